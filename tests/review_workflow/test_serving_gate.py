"""Serving asks the gate too: content that reaches the page table by a path other than
publishing (a plain `Page` save, a database update) is never served unreviewed."""
from wagtail.models import Page

from gongkai.disclosure_pages.models import DisclosureItemPage

from .test_publication_gate import NEW_TEXT, reload


def make_live_by_plain_save(item):
    """The reproduction: a `Page` (not the item model) is set live and saved."""
    page = Page.objects.get(pk=item.pk)
    page.live = True
    page.save()
    return page


def test_a_plain_page_save_does_not_put_an_on_request_item_on_its_public_url(make_item, reviewed, client):
    item = make_item(disclosure="on_request", reason="process_information", title="依申请公开的过程性信息")
    reviewed(item)
    page = make_live_by_plain_save(item)
    response = client.get(page.url)
    assert response.status_code == 404
    assert "依申请公开的过程性信息" not in response.content.decode()


def test_a_plain_page_save_does_not_put_an_unreviewed_draft_on_its_public_url(make_item, client):
    item = make_item(title="未经审查的草稿")
    page = make_live_by_plain_save(item)
    assert client.get(page.url).status_code == 404


def test_a_live_item_whose_stored_content_changed_without_review_is_not_served(make_item, reviewed, client):
    item = make_item()
    reviewed(item).publish()
    DisclosureItemPage.objects.filter(pk=item.pk).update(body=f"<p>{NEW_TEXT}</p>")
    response = client.get(reload(item).url)
    assert response.status_code == 404
    assert NEW_TEXT not in response.content.decode()
