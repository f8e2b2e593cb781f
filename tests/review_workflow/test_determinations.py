"""A referral to the secrecy administration is settled by another reviewer with the
authority's reference and letter; a records-only item is filed, never approved for publishing."""
import datetime
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import TaskState

from gongkai.disclosure_pages.constants import SECRECY_REVIEWERS
from gongkai.review_workflow.models import SecrecyReviewRecord
from gongkai.review_workflow.review_rules import ReviewRefused

from .conftest import make_user
from .documents import pdf_with_text
from .test_review_decisions import latest
from .test_secrecy_review_task import (  # noqa: F401 (at_secrecy_review is a fixture)
    APPROVE,
    act,
    at_secrecy_review,
    current_state,
    shown_revision,
)


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
    colleague = make_user("colleague", organ_setup.groups[SECRECY_REVIEWERS])
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
    colleague = make_user("colleague", organ_setup.groups[SECRECY_REVIEWERS])
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
    colleague = make_user("colleague", organ_setup.groups[SECRECY_REVIEWERS])
    client.force_login(colleague)
    url = reverse("review_workflow:record_determination", args=[state.revision.object_id])
    response = client.post(url, determination(state, result="approve"))
    assert "该条目的公开属性不适用此审查结论" in response.content.decode()
    client.post(url, determination(state, result="file_record"))
    assert SecrecyReviewRecord.objects.order_by("-sequence").first().conclusion == "file_record"
    assert latest(state).current_workflow_state is None and not latest(state).live


def test_the_letter_is_opened_by_the_organs_reviewers_and_leaders_only(referred, organ_setup, leader, editor, client):
    colleague = make_user("colleague", organ_setup.groups[SECRECY_REVIEWERS])
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
