"""非政府信息 (domain.md §1): a record of something that is not government information is kept
in the admin and refused by "may this be public now?" on every public path."""
import pytest
from django.core.exceptions import ValidationError

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import PublicationRefused, publication_refusal

from .conftest import add_url

pytestmark = pytest.mark.django_db

REFUSAL = "非政府信息不在公开目录中发布。"


def test_the_admin_offers_non_government_information_as_a_disclosure_attribute(admin_client, catalogue):
    html = admin_client.get(add_url(catalogue)).content.decode()
    assert '<option value="non_government">非政府信息</option>' in html


def test_a_non_government_record_is_saved_without_a_withholding_reason(admin_client, catalogue, new_item_data):
    response = admin_client.post(add_url(catalogue), new_item_data(disclosure="non_government", reason=""))
    assert response.status_code == 302
    assert DisclosureItemPage.objects.get(title="方山县人民政府办公室关于印发防汛应急预案的通知").disclosure == "non_government"


def test_a_non_government_record_takes_no_withholding_reason(make_item):
    item = make_item(disclosure="non_government", reason="internal_affairs")
    with pytest.raises(ValidationError) as error:
        item.full_clean()
    assert error.value.message_dict["reason"] == ["非政府信息无须填写不公开理由。"]


def test_publishing_a_non_government_record_is_refused_by_the_one_rule(make_item, reviewer):
    item = make_item(disclosure="non_government")
    assert publication_refusal(item) == REFUSAL
    with pytest.raises(PublicationRefused):
        item.save_revision(user=reviewer).publish(user=reviewer)
    assert not DisclosureItemPage.objects.get(pk=item.pk).live


def test_an_item_turned_non_government_in_the_database_leaves_page_feed_and_search(
    client, make_item, publish, catalogue_index
):
    item = publish(make_item(title="方山县人民政府办公室关于门卫值班安排的通知"))
    catalogue_index(item)
    assert client.get(item.url).status_code == 200
    assert "门卫值班安排" in client.get("/feeds/latest/").content.decode()
    assert item.url in client.get("/search/", {"q": "门卫值班"}).content.decode()

    # A change no signal announces: the index still holds the item.
    DisclosureItemPage.objects.filter(pk=item.pk).update(disclosure="non_government")

    assert client.get(item.url).status_code == 404
    assert "门卫值班安排" not in client.get("/feeds/latest/").content.decode()
    assert item.url not in client.get("/search/", {"q": "门卫值班"}).content.decode()
    assert item.index_number not in client.get("/api/search/", {"q": "门卫值班"}).content.decode()
    assert item.url not in client.get("/sitemap.xml").content.decode()
