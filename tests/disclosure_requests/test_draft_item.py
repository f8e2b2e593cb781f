"""A replied 予以公开 or 部分公开 case becomes a draft disclosure item of the organ in one action:
its subject the title, its approved released files the attachments; never published."""
import datetime

import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.models import GroupPagePermission

from gongkai.disclosure_pages.models import DisclosureCatalogueIndexPage, DisclosureItemPage
from gongkai.disclosure_requests.actions.draft_item import DraftItemError, DraftItemFromReply, DraftItemPermissionError
from gongkai.disclosure_requests.actions.release_files import AddReleasedFile, ApproveReleasedFile, RefuseReleasedFile
from gongkai.disclosure_requests.actions.reply import ReplyToRequest

D = datetime.date
APPROVED = b"%PDF-1.4 the approved public part"


@pytest.fixture
def catalogue_of_office(home_page, organ, office):
    catalogue = home_page.add_child(instance=DisclosureCatalogueIndexPage(title="县政府办信息公开目录", slug="office", organ=organ))
    GroupPagePermission.objects.create(group=office.handlers, page=catalogue, permission_type="add")
    return catalogue


@pytest.fixture
def replied(make_case, handler, secrecy_reviewer, catalogue_of_office):
    def reply(outcome="public"):
        case = make_case(D(2026, 11, 2), description="2025年方山县防汛物资采购合同")
        kept = AddReleasedFile(case, user=handler, on=D(2026, 11, 4), title="采购合同（公开部分）", upload=ContentFile(APPROVED, name="合同.pdf")).execute()
        ApproveReleasedFile(kept, user=secrecy_reviewer, on=D(2026, 11, 4), sha256=kept.sha256).execute()
        refused = AddReleasedFile(case, user=handler, on=D(2026, 11, 4), title="报价单", upload=ContentFile(b"%PDF-1.4 secret", name="报价.pdf")).execute()
        RefuseReleasedFile(refused, user=secrecy_reviewer, on=D(2026, 11, 4), reason="商业秘密。").execute()
        ReplyToRequest(case, user=handler, on=D(2026, 11, 5), outcome=outcome, legal_basis="《条例》第三十六条", reply_text="答复。").execute()
        case.refresh_from_db()
        return case

    return reply


def test_a_disclosed_reply_becomes_an_unpublished_draft_item_with_its_approved_files(replied, handler, topic, genre):
    case = replied()
    item = DraftItemFromReply(case, user=handler, topic=topic, genre=genre).execute()
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert not item.live and item.has_unpublished_changes and item.organ == case.organ
    assert item.title == "2025年方山县防汛物资采购合同" and item.written_date == D(2026, 11, 5)
    documents = [attachment.document for attachment in item.attachments.all()]
    assert [d.title for d in documents] == ["采购合同（公开部分）"]
    with documents[0].file.open("rb") as handle:
        assert handle.read() == APPROVED
    assert case.events.last().kind == "draft_item_made"
    with pytest.raises(DraftItemError, match="已据此答复"):
        DraftItemFromReply(case, user=handler, topic=topic, genre=genre).execute()


def test_a_withholding_reply_does_not_become_an_item(replied, handler, topic, genre):
    case = replied(outcome="withheld_third_party")
    with pytest.raises(DraftItemError, match="予以公开或部分公开"):
        DraftItemFromReply(case, user=handler, topic=topic, genre=genre).execute()
    assert not DisclosureItemPage.objects.exists()


def test_a_handler_without_the_right_to_add_items_is_refused(replied, handler, topic, genre, catalogue_of_office):
    case = replied()
    GroupPagePermission.objects.filter(page=catalogue_of_office).delete()
    with pytest.raises(DraftItemPermissionError):
        DraftItemFromReply(case, user=handler, topic=topic, genre=genre).execute()


def test_the_case_page_offers_the_step_and_takes_it(client, replied, handler, topic, genre):
    case = replied()
    client.force_login(handler)
    assert "转为主动公开信息草稿" in client.get(reverse("disclosure_requests:case", args=[case.pk])).content.decode()
    response = client.post(
        reverse("disclosure_requests:take_step", args=[case.pk, "draft_item"]),
        {"draft_item-on": "2026-11-06", "draft_item-topic": topic.pk, "draft_item-genre": genre.pk},
    )
    assert response.status_code == 302
    assert DisclosureItemPage.objects.get().live is False
