"""A secrecy-review decision is bound to what the reviewer saw: the revision the dialog
showed, every scan finding acknowledged, by someone who wrote none of the content; a referral
to the secrecy administration is settled by another reviewer with the authority's letter."""
import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import TaskState

from disclosure_pages.models import DisclosureItemPage
from review_workflow.models import SecrecyReviewRecord
from review_workflow.review_rules import ReviewRefused

from .conftest import make_user
from .documents import pdf_with_text
from .test_secrecy_review_task import (  # noqa: F401 (at_secrecy_review is a fixture)
    APPROVE,
    acknowledgements,
    act,
    at_secrecy_review,
    current_state,
    shown_revision,
)

VALID_ID_NUMBER = "11010519491231002X"
MOBILE = "13912345678"


def latest(state):
    return DisclosureItemPage.objects.get(pk=state.revision.object_id)


def test_the_dialog_names_the_revision_it_shows(at_secrecy_review, reviewer, client):
    state = at_secrecy_review()
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    modal = client.get(url).json()["html"]
    assert f'name="revision" value="{shown_revision(state).pk}"' in modal


def test_an_approval_of_a_revision_changed_since_it_was_shown_is_refused_and_nothing_recorded(
    at_secrecy_review, reviewer, editor
):
    state = at_secrecy_review()
    seen = shown_revision(state)
    item = latest(state)
    item.body = f"<p>救助对象身份证号 {VALID_ID_NUMBER}</p>"
    item.save_revision(user=editor)
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", {**APPROVE, "revision": seen.pk})
    assert "您打开审查后该条目已被修改" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    assert current_state(state).status == "in_progress"


def test_the_dialog_shows_the_change_to_a_reviewer_whose_revision_is_out_of_date(
    at_secrecy_review, reviewer, editor, client
):
    state = at_secrecy_review()
    seen = shown_revision(state)
    item = latest(state)
    item.abstract = "补充内容概述"
    item.save_revision(user=editor)
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[item.pk, "approve", state.pk])
    response = client.post(url, {"conclusion": "approve", "revision": seen.pk}, headers={"x-requested-with": "XMLHttpRequest"})
    assert "您打开审查后该条目已被修改" in response.json()["html"]
    assert not SecrecyReviewRecord.objects.exists()


def test_a_decision_that_names_no_revision_is_refused(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    for revision in ("", "abc", 10**9):
        with pytest.raises(ReviewRefused) as refused:
            act(state, reviewer, "approve", {**APPROVE, "revision": revision})
        assert "未注明您所审查的内容版本" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()


def test_a_save_that_changes_nothing_does_not_make_the_shown_revision_out_of_date(
    at_secrecy_review, reviewer, editor
):
    state = at_secrecy_review()
    seen = shown_revision(state)
    latest(state).save_revision(user=editor)
    act(state, reviewer, "approve", {**APPROVE, "revision": seen.pk})
    record = SecrecyReviewRecord.objects.get()
    assert record.revision_id == seen.pk


def test_a_revision_of_another_item_is_not_accepted_as_the_one_shown(at_secrecy_review, reviewer, make_item):
    state = at_secrecy_review()
    other = make_item(title="另一条目").save_revision()
    with pytest.raises(ReviewRefused):
        act(state, reviewer, "approve", {**APPROVE, "revision": other.pk})


def test_a_reviewer_who_wrote_an_earlier_revision_may_not_review_after_an_editors_small_edit(
    make_item, reviewer, editor, section_head, catalogue
):
    item = make_item()
    item.body = "<p>审查员起草的全文。</p>"
    item.save_revision(user=reviewer)
    item = DisclosureItemPage.objects.get(pk=item.pk)
    item.title = item.title + "（修订）"
    item.save_revision(user=editor)
    catalogue.get_workflow().start(item, editor)
    item.current_workflow_task_state.approve(user=section_head)
    state = DisclosureItemPage.objects.get(pk=item.pk).current_workflow_task_state
    assert state.task.specific.get_actions(item, reviewer) == []
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", APPROVE)
    assert "本版本或此前版本" in str(refused.value)


def test_a_save_by_the_reviewer_that_changes_nothing_does_not_make_them_an_author(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    latest(state).save_revision(user=reviewer)
    act(state, reviewer, "approve", APPROVE)
    assert current_state(state).status == "approved"


def test_a_phone_number_needs_an_explicit_acknowledgement_before_a_plain_approval(at_secrecy_review, reviewer):
    state = at_secrecy_review(body=f"<p>联系人电话 {MOBILE}</p>")
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", APPROVE)
    assert "尚未确认" in str(refused.value)
    assert "手机号码" in str(refused.value) and "139****5678" in str(refused.value)
    assert not SecrecyReviewRecord.objects.exists()
    act(state, reviewer, "approve", {**APPROVE, "acknowledged": acknowledgements(state)})
    record = SecrecyReviewRecord.objects.get()
    assert record.scan_summary == [
        {"kind": "mobile_number", "severity": "medium", "source": "正文", "excerpt": "139****5678", "acknowledged": True}
    ]


def test_an_acknowledgement_of_another_finding_does_not_count(at_secrecy_review, reviewer):
    state = at_secrecy_review(body=f"<p>电话 {MOBILE}，备用 13800001111</p>")
    first_only = acknowledgements(state)[:1]
    with pytest.raises(ReviewRefused) as refused:
        act(state, reviewer, "approve", {**APPROVE, "acknowledged": first_only + ["forged-key"]})
    assert "138****1111" in str(refused.value)


def test_the_dialog_lists_each_finding_with_a_box_to_tick(at_secrecy_review, reviewer, client):
    state = at_secrecy_review(body=f"<p>联系人电话 {MOBILE}</p>")
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    modal = client.get(url).json()["html"]
    assert f'name="acknowledged" value="{acknowledgements(state)[0]}"' in modal
    response = client.post(
        url,
        {"conclusion": "approve", "revision": shown_revision(state).pk},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert "139****5678" in response.json()["html"] and "尚未确认" in response.json()["html"]


@pytest.fixture
def referred(at_secrecy_review, reviewer):
    state = at_secrecy_review()
    act(state, reviewer, "approve", {"checklist": ["work_secret"], "conclusion": "escalate", "opinion": "无法确定是否涉密"})
    assert current_state(state).status == "in_progress"
    return state


def determination(state, **changes):
    data = {
        "revision": shown_revision(state).pk,
        "determination_reference": "吕保审〔2025〕3号",
        "determination_date": "2025-04-02",
        "result": "approve",
        "opinion": "经审定不涉密",
        "letter": SimpleUploadedFile("reply.pdf", pdf_with_text("Determination 2025-3")),
    }
    data.update(changes)
    return data


def test_the_reviewer_who_referred_an_item_may_not_record_the_determination(referred, reviewer, client):
    client.force_login(reviewer)
    url = reverse("review_workflow:record_determination", args=[referred.revision.object_id])
    page = client.get(url).content.decode()
    assert "审定结论须由其他保密审查员录入" in page
    client.post(url, determination(referred))
    assert SecrecyReviewRecord.objects.count() == 1
    assert current_state(referred).status == "in_progress"


def test_another_reviewer_records_the_determination_with_the_reference_and_the_letter(
    referred, organ_setup, client, settings
):
    colleague = make_user("colleague", organ_setup.groups["secrecy_reviewers"])
    client.force_login(colleague)
    url = reverse("review_workflow:record_determination", args=[referred.revision.object_id])
    response = client.post(url, determination(referred))
    assert response.status_code == 302
    record = SecrecyReviewRecord.objects.order_by("-sequence").first()
    assert record.kind == "authority_determination" and record.reviewer == colleague
    assert record.determination_reference == "吕保审〔2025〕3号"
    assert record.determination_date == datetime.date(2025, 4, 2)
    letter = record.determination_letter
    assert letter.sha256 == record.determination_letter_sha256
    assert Path(letter.file.path).read_bytes().startswith(b"%PDF")
    assert not Path(letter.file.path).is_relative_to(Path(settings.MEDIA_ROOT))
    assert current_state(referred).status == "approved"


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"determination_reference": "无"}, "请填写复函上印制的文号"),
        ({"letter": None}, "请上传保密行政管理部门的审定复函"),
        ({"determination_date": "2999-01-01"}, "审定日期不能晚于今天"),
    ],
    ids=["reference-without-number", "no-letter", "future-date"],
)
def test_a_determination_without_its_reference_or_letter_is_refused(referred, organ_setup, client, changes, message):
    colleague = make_user("colleague", organ_setup.groups["secrecy_reviewers"])
    client.force_login(colleague)
    url = reverse("review_workflow:record_determination", args=[referred.revision.object_id])
    data = {key: value for key, value in determination(referred, **changes).items() if value is not None}
    response = client.post(url, data)
    assert message in response.content.decode()
    assert SecrecyReviewRecord.objects.count() == 1


def test_a_records_only_item_is_reviewed_and_filed_never_offered_approval_for_publishing(
    at_secrecy_review, reviewer, leader, client
):
    state = at_secrecy_review(disclosure="on_request", reason="process_information")
    client.force_login(reviewer)
    url = reverse("wagtailadmin_pages:workflow_action", args=[state.revision.object_id, "approve", state.pk])
    modal = client.get(url).json()["html"]
    assert 'value="file_record"' in modal and 'value="approve"' not in modal
    with pytest.raises(ReviewRefused):
        act(state, reviewer, "approve", APPROVE)
    act(state, reviewer, "approve", {"checklist": [], "conclusion": "file_record", "opinion": "依申请公开，归档备查"})
    item = latest(state)
    assert not item.live and item.current_workflow_state is None
    assert not TaskState.objects.reviewable_by(leader).exists()
    assert SecrecyReviewRecord.objects.get().conclusion == "file_record"


def test_the_determination_on_a_records_only_item_cannot_approve_it_for_publishing(
    at_secrecy_review, reviewer, organ_setup, client
):
    state = at_secrecy_review(disclosure="on_request", reason="process_information")
    act(state, reviewer, "approve", {"checklist": ["work_secret"], "conclusion": "escalate", "opinion": "提请审定"})
    colleague = make_user("colleague", organ_setup.groups["secrecy_reviewers"])
    client.force_login(colleague)
    url = reverse("review_workflow:record_determination", args=[state.revision.object_id])
    response = client.post(url, determination(state, result="approve"))
    assert "该条目的公开属性不适用此审查结论" in response.content.decode()
    client.post(url, determination(state, result="file_record"))
    assert SecrecyReviewRecord.objects.order_by("-sequence").first().conclusion == "file_record"
    assert latest(state).current_workflow_state is None and not latest(state).live


def test_the_letter_is_opened_by_the_organs_reviewers_and_leaders_only(referred, organ_setup, leader, editor, client):
    colleague = make_user("colleague", organ_setup.groups["secrecy_reviewers"])
    client.force_login(colleague)
    client.post(reverse("review_workflow:record_determination", args=[referred.revision.object_id]), determination(referred))
    record = SecrecyReviewRecord.objects.order_by("-sequence").first()
    url = reverse("review_workflow:determination_letter", args=[record.pk])
    client.force_login(leader)
    response = client.get(url)
    assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF")
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    client.logout()
    assert client.get(url).status_code == 302
