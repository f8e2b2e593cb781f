"""The secrecy review step (保密审查): a structured decision, validated on the server, by the
organ's secrecy reviewers only, recorded in the ledger and bound to the reviewed content."""
import pytest
from django.core.files.base import ContentFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.models import TaskState

from gongkai.disclosure_pages.constants import SECRECY_REVIEWERS
from gongkai.disclosure_pages.models import DisclosureAttachment, DisclosureItemPage
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.review_workflow.fingerprints import revision_fingerprint
from gongkai.review_workflow.models import SecrecyReviewRecord, SecrecyReviewTask
from gongkai.review_workflow.acknowledgements import keyed_findings
from gongkai.review_workflow.review_rules import ReviewRefused
from gongkai.review_workflow.scanning import scan_item

from .conftest import make_user
from .documents import pdf_with_text

VALID_ID_NUMBER = "11010519491231002X"
APPROVE = {"checklist": [], "conclusion": "approve", "opinion": "", "override_reason": ""}


@pytest.fixture
def at_secrecy_review(make_item, editor, section_head, catalogue):
    """Submit an item as the editor; the section head approves; it waits for secrecy review."""

    def submit(**fields):
        item = make_item(**fields)
        item.save_revision(user=editor)
        catalogue.get_workflow().start(item, editor)
        item.current_workflow_task_state.approve(user=section_head)
        state = DisclosureItemPage.objects.get(pk=item.pk).current_workflow_task_state.specific
        assert isinstance(state.task.specific, SecrecyReviewTask)
        return state

    return submit


def act(state, user, action, data):
    """Decide as the dialog does: naming the revision it showed, unless `data` names one."""
    data = {"revision": shown_revision(state).pk, **data}
    return state.task.specific.on_action(state, user, action, **data)


def shown_revision(state):
    return DisclosureItemPage.objects.get(pk=state.revision.object_id).get_latest_revision()


def acknowledgements(state):
    """The keys of every finding of the scan the dialog shows, as if each box were ticked."""
    return [key for key, _finding in keyed_findings(scan_item(shown_revision(state).as_object()))]


def current_state(state):
    return TaskState.objects.get(pk=state.pk)


def test_an_approval_records_the_review_bound_to_the_content_and_the_leader_publishes(
    at_secrecy_review, reviewer, leader, client
):
    state = at_secrecy_review()
    act(state, reviewer, "approve", APPROVE)
    record = SecrecyReviewRecord.objects.get()
    assert record.conclusion == "approve" and record.reviewer == reviewer
    assert record.fingerprint == revision_fingerprint(state.revision.content_object.get_latest_revision())
    assert current_state(state).status == "approved"
    item = DisclosureItemPage.objects.get(pk=state.revision.object_id)
    item.current_workflow_task_state.approve(user=leader)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    assert item.live
    assert item.title in client.get(item.url).content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"checklist": [], "conclusion": "approve_redacted", "opinion": ""},
        {"checklist": ["personal_information"], "conclusion": "approve", "opinion": " "},
        {"checklist": ["state_secret"], "conclusion": "approve", "opinion": "已核实"},
        {"checklist": ["not_a_concern"], "conclusion": "approve"},
        {"conclusion": "publish_anyway"},
    ],
    ids=["redacted-without-opinion", "concern-without-opinion", "state-secret", "bad-checklist", "bad-conclusion"],
)
def test_invalid_review_data_is_refused_on_the_server_and_nothing_is_recorded(at_secrecy_review, reviewer, data):
    state = at_secrecy_review()
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", data)
    assert "保密审查未记录" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    assert current_state(state).status == "in_progress"


def test_requesting_changes_needs_an_opinion(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    with pytest.raises(ReviewRefused):
        act(state, reviewer, "reject", {"opinion": ""})
    act(state, reviewer, "reject", {"opinion": "附件含个人信息，请删除"})
    assert current_state(state).status == "rejected"


def test_the_submitter_may_not_review_their_own_item(at_secrecy_review, editor, organ_setup):
    editor.groups.add(organ_setup.groups[SECRECY_REVIEWERS])
    state = at_secrecy_review()
    assert state.task.specific.get_actions(state.revision.as_object(), editor) == []
    with pytest.raises(ReviewRefused) as refused:
        act(state, editor, "approve", APPROVE)
    assert "须由其他保密审查员进行审查" in str(refused.value)


def test_separation_of_duties_can_be_switched_off(at_secrecy_review, editor, organ_setup, settings):
    settings.GONGKAI_SEPARATION_OF_DUTIES = False
    editor.groups.add(organ_setup.groups[SECRECY_REVIEWERS])
    state = at_secrecy_review()
    act(state, editor, "approve", APPROVE)
    assert current_state(state).status == "approved"


def test_only_the_organs_secrecy_reviewers_review_its_items(at_secrecy_review, superuser, home_page):
    other = SetUpOrganAction(name="方山县生态环境局", code="11141199405631361N", parent_page=home_page, slug="ecology").execute()
    other_reviewer = make_user("other_reviewer", other.groups[SECRECY_REVIEWERS])
    state = at_secrecy_review()
    for outsider in (other_reviewer, superuser):
        assert state.task.specific.get_actions(state.revision.as_object(), outsider) == []
        with pytest.raises(ReviewRefused):
            act(state, outsider, "approve", APPROVE)


def test_a_valid_id_number_in_an_attached_pdf_blocks_approval_until_an_override_reason_is_given(
    make_item, at_secrecy_review, reviewer
):
    document = Document.objects.create(
        title="救助对象名单", file=ContentFile(pdf_with_text(f"Name list ID {VALID_ID_NUMBER}"), name="list.pdf")
    )
    state = at_secrecy_review()
    item = DisclosureItemPage.objects.get(pk=state.revision.object_id)
    item.attachments.add(DisclosureAttachment(document=document))
    item.save_revision(user=item.get_latest_revision().user)
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", {**APPROVE, "acknowledged": acknowledgements(state)})
    assert "高风险" in str(refused.value)
    act(
        state,
        reviewer,
        "approve",
        {**APPROVE, "acknowledged": acknowledgements(state), "override_reason": "经核实为已公开的法人代表证件号，依法公示"},
    )
    record = SecrecyReviewRecord.objects.get()
    assert record.override_reason.startswith("经核实")
    assert record.scan_summary[0]["kind"] == "id_number"
    assert VALID_ID_NUMBER not in str(record.scan_summary)
    assert current_state(state).status == "approved"


def test_the_review_modal_shows_the_scan_and_refuses_a_missing_override(at_secrecy_review, reviewer, client):
    state = at_secrecy_review(title=f"身份证号{VALID_ID_NUMBER}的公示")
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    modal = client.get(url).json()["html"]
    assert "居民身份证号" in modal and "110***" in modal
    response = client.post(
        url,
        {"conclusion": "approve", "revision": state.revision.pk, "acknowledged": acknowledgements(state)},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert "高风险" in response.json()["html"]
    assert not SecrecyReviewRecord.objects.exists()
