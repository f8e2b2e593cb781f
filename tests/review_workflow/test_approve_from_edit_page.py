"""Approving from the edit page, as reviewers do in the browser: an approval that changes
nothing saves no revision and never sends the item back to the first step; a refusal says
why in Chinese."""
import json

from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import Revision

from gongkai.disclosure_pages.models import DisclosureAttachment, DisclosureItemPage
from gongkai.review_workflow.models import SecrecyReviewRecord, SecrecyReviewTask

from .conftest import form_data
from .test_secrecy_review_task import APPROVE


def reload(item):
    return DisclosureItemPage.objects.get(pk=item.pk)


def revision_count(item):
    return Revision.page_revisions.filter(object_id=str(item.pk)).count()


def approve_from_edit_page(client, user, item, extra=None):
    client.force_login(user)
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    data = form_data(
        client.get(url).content.decode(),
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps(extra or {}),
        },
    )
    return client.post(url, data, follow=True)


def current_step(item):
    return reload(item).current_workflow_task_state.task.specific


def live_item_with_a_new_attachment(make_item, reviewed, editor, catalogue):
    item = make_item()
    reviewed(item).publish()
    item = reload(item)
    document = Document.objects.create(title="附件一", file=ContentFile("第一条 总则".encode(), name="rules.txt"))
    item.attachments.add(DisclosureAttachment(document=document))
    item.save_revision(user=editor)
    catalogue.get_workflow().start(item, editor)
    return reload(item)


def test_approving_a_live_item_with_a_new_attachment_from_the_edit_page_saves_no_revision_and_moves_on(
    make_item, reviewed, editor, section_head, reviewer, leader, catalogue, client
):
    item = live_item_with_a_new_attachment(make_item, reviewed, editor, catalogue)
    revisions = revision_count(item)
    approve_from_edit_page(client, section_head, item)
    assert revision_count(item) == revisions
    assert isinstance(current_step(item), SecrecyReviewTask)
    shown = reload(item).get_latest_revision()
    response = approve_from_edit_page(client, reviewer, item, {**APPROVE, "revision": shown.pk, "acknowledged": []})
    assert "没有权限" not in response.content.decode()
    assert revision_count(item) == revisions
    assert SecrecyReviewRecord.objects.filter(revision_id=shown.pk).exists()
    assert current_step(item).name.startswith("领导签发")
    approve_from_edit_page(client, leader, item)
    item = reload(item)
    assert item.live and item.current_workflow_state is None
    assert [attachment.document.title for attachment in item.attachments.all()] == ["附件一"]


def at_secrecy_review_from_edit_page(make_item, reviewed, editor, section_head, catalogue, client):
    item = live_item_with_a_new_attachment(make_item, reviewed, editor, catalogue)
    approve_from_edit_page(client, section_head, item)
    assert isinstance(current_step(item), SecrecyReviewTask)
    return item


def test_a_reviewer_who_edits_while_approving_from_the_edit_page_is_told_why_and_nothing_is_saved(
    make_item, reviewed, editor, section_head, reviewer, catalogue, client
):
    item = at_secrecy_review_from_edit_page(make_item, reviewed, editor, section_head, catalogue, client)
    revisions = revision_count(item)
    shown = reload(item).get_latest_revision()
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    data = form_data(
        client.get(url).content.decode(),
        title="审查员改动的标题",
        **{
            "action-workflow-action": "1",
            "workflow-action-name": "approve",
            "workflow-action-extra-data": json.dumps({**APPROVE, "revision": shown.pk, "acknowledged": []}),
        },
    )
    page = client.post(url, data, follow=True).content.decode()
    assert "您在审查时修改了内容" in page and "没有权限" not in page
    assert revision_count(item) == revisions
    assert not SecrecyReviewRecord.objects.filter(revision_id=shown.pk).exists()


def test_an_approval_from_the_edit_page_of_content_changed_since_is_refused_with_the_reason(
    make_item, reviewed, editor, section_head, reviewer, catalogue, client
):
    item = at_secrecy_review_from_edit_page(make_item, reviewed, editor, section_head, catalogue, client)
    shown = reload(item).get_latest_revision()
    changed = reload(item).get_latest_revision_as_object()
    changed.abstract = "编辑随后补充的内容概述"
    changed.save_revision(user=editor)
    page = approve_from_edit_page(client, reviewer, item, {**APPROVE, "revision": shown.pk}).content.decode()
    assert "您打开审查后该条目已被修改" in page
    assert not SecrecyReviewRecord.objects.filter(revision_id=shown.pk).exists()


def test_damaged_decision_data_from_the_edit_page_is_refused_without_an_error_page(
    make_item, reviewed, editor, section_head, reviewer, catalogue, client
):
    item = at_secrecy_review_from_edit_page(make_item, reviewed, editor, section_head, catalogue, client)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:edit", args=[item.pk])
    data = form_data(
        client.get(url).content.decode(),
        **{"action-workflow-action": "1", "workflow-action-name": "approve", "workflow-action-extra-data": "{not json"},
    )
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    assert "未注明您所审查的内容版本" in response.content.decode()
