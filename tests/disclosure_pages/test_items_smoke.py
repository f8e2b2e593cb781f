import pytest
from django.urls import reverse

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import PublicationRefused


def test_a_new_item_gets_an_index_number_from_its_organ_and_written_year(make_item):
    item = make_item()
    assert item.index_number == "111411994056312813/2025-00001"
    assert item.organ.name == "方山县人民政府办公室"
    assert make_item(title="第二条").index_number == "111411994056312813/2025-00002"


def test_an_item_disclosed_on_request_is_refused_by_save_with_live_true(make_item):
    item = make_item(disclosure="on_request", reason="process_information")
    item.live = True
    with pytest.raises(PublicationRefused):
        item.save()
    assert not DisclosureItemPage.objects.get(pk=item.pk).live


def test_the_item_form_has_no_slug_field_to_type(admin_client, catalogue):
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    html = admin_client.get(url).content.decode()
    assert 'name="slug"' not in html


def test_the_first_save_of_a_new_item_with_a_chinese_title_takes_its_slug_from_the_index_number(
    admin_client, catalogue, new_item_data
):
    data = new_item_data(title="方山县人民政府办公室关于印发防汛应急预案的通知")
    data.pop("slug", None)
    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    response = admin_client.post(url, data)
    assert response.status_code == 302
    item = DisclosureItemPage.objects.get(title="方山县人民政府办公室关于印发防汛应急预案的通知")
    assert item.index_number == "111411994056312813/2025-00001"
    assert item.slug == "111411994056312813-2025-00001"


def test_two_new_items_with_the_same_title_each_get_their_own_slug(make_item):
    first = make_item(slug="")
    second = make_item(slug="")
    assert (first.slug, second.slug) == ("111411994056312813-2025-00001", "111411994056312813-2025-00002")


def test_a_slug_given_by_code_is_kept(make_item):
    assert make_item(slug="legacy-notice").slug == "legacy-notice"


def test_copying_an_item_in_the_admin_asks_for_no_slug_and_the_copy_takes_its_new_index_number(
    admin_client, make_item
):
    original = make_item()
    url = reverse("wagtailadmin_pages:copy", args=(original.pk,))
    html = admin_client.get(url).content.decode()
    assert html.count('name="new_slug"') == html.count('type="hidden" name="new_slug"') == 1
    response = admin_client.post(
        url, {"new_title": "复制的条目", "new_parent_page": str(original.get_parent().pk)}
    )
    assert response.status_code == 302
    copy = DisclosureItemPage.objects.get(title="复制的条目")
    assert copy.index_number == "111411994056312813/2025-00002"
    assert copy.slug == "111411994056312813-2025-00002"
