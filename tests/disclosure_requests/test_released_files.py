"""Released files in the admin: a handler attaches one on the case page; the organ's secrecy
reviewers (not its handlers, not another organ's reviewers) approve exactly the bytes shown to
them, or refuse the file with a reason."""
import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from gongkai.disclosure_requests.models import ReleasedFile

from .conftest import set_up_review_groups

D = datetime.date
CONTENT = b"%PDF-1.4\n% the public part of the contract\n"


@pytest.fixture
def case(make_case):
    return make_case(D(2025, 9, 23))


def attach(client, case, title="防汛物资采购合同（公开部分）", content=CONTENT):
    upload = SimpleUploadedFile("合同.pdf", content, content_type="application/pdf")
    return client.post(reverse("disclosure_requests:attach", args=[case.pk]), {"title": title, "upload": upload})


def test_a_handler_attaches_a_file_that_then_awaits_the_secrecy_reviewers(client, handler, case):
    client.force_login(handler)
    assert attach(client, case).status_code == 302
    page = client.get(reverse("disclosure_requests:case", args=[case.pk])).content.decode()
    assert "防汛物资采购合同（公开部分）" in page and "等待本机关保密审查员审查" in page
    released = ReleasedFile.objects.get()
    assert released.is_pending and released.added_by == handler and len(released.sha256) == 64
    assert "已附发布文件" in page  # the timeline's step


def test_attaching_without_a_file_or_title_says_so_in_chinese(client, handler, case):
    client.force_login(handler)
    response = client.post(reverse("disclosure_requests:attach", args=[case.pk]), {"title": ""})
    assert response.status_code == 200 and "必需字段" in response.content.decode()
    assert not ReleasedFile.objects.exists()


def test_the_reviewer_sees_pending_files_on_the_dashboard_and_approves_the_bytes_shown(client, handler, secrecy_reviewer, case):
    client.force_login(handler)
    attach(client, case)
    released = ReleasedFile.objects.get()
    client.force_login(secrecy_reviewer)
    assert "防汛物资采购合同（公开部分）" in client.get(reverse("wagtailadmin_home")).content.decode()
    listing = client.get(reverse("release_reviews:list")).content.decode()
    assert case.number in listing and released.token in listing
    review = client.get(reverse("release_reviews:review", args=[released.token])).content.decode()
    assert released.sha256 in review and case.description in review
    file = client.get(reverse("release_reviews:file", args=[released.token]))
    assert b"".join(file.streaming_content) == CONTENT
    response = client.post(reverse("release_reviews:decide", args=[released.token, "approve"]), {"sha256": released.sha256})
    assert response.status_code == 302
    released.refresh_from_db()
    assert released.is_approved and released.reviewed_by == secrecy_reviewer
    assert released.token not in client.get(reverse("release_reviews:list")).content.decode().split("已审查")[0]


def test_an_approval_of_other_bytes_than_those_stored_is_refused(client, handler, secrecy_reviewer, case):
    client.force_login(handler)
    attach(client, case)
    released = ReleasedFile.objects.get()
    with open(released.file.path, "wb") as handle:
        handle.write(b"%PDF-1.4 swapped after attaching")
    client.force_login(secrecy_reviewer)
    response = client.post(reverse("release_reviews:decide", args=[released.token, "approve"]), {"sha256": released.sha256})
    assert response.status_code == 400 and "文件在向您显示后已被更改" in response.content.decode()
    stale = client.post(reverse("release_reviews:decide", args=[released.token, "approve"]), {"sha256": "0" * 64})
    assert stale.status_code == 400
    released.refresh_from_db()
    assert released.is_pending


def test_a_refusal_needs_a_reason_and_is_shown_to_the_handler(client, handler, secrecy_reviewer, case):
    client.force_login(handler)
    attach(client, case)
    released = ReleasedFile.objects.get()
    client.force_login(secrecy_reviewer)
    empty = client.post(reverse("release_reviews:decide", args=[released.token, "refuse"]), {"reason": " "})
    assert empty.status_code == 400
    client.post(reverse("release_reviews:decide", args=[released.token, "refuse"]), {"reason": "第3页含有个人隐私。"})
    released.refresh_from_db()
    assert released.is_refused and released.refused_by == secrecy_reviewer
    client.force_login(handler)
    page = client.get(reverse("disclosure_requests:case", args=[case.pk])).content.decode()
    assert "第3页含有个人隐私。" in page


def test_handlers_and_other_organs_reviewers_may_not_review(client, handler, case, other_office, django_user_model):
    client.force_login(handler)
    attach(client, case)
    released = ReleasedFile.objects.get()
    # Wagtail answers a refused admin view with a redirect to the dashboard and a message.
    assert client.get(reverse("release_reviews:list")).status_code in (302, 403)
    assert client.post(reverse("release_reviews:decide", args=[released.token, "approve"]), {"sha256": released.sha256}).status_code in (302, 403)
    stranger = django_user_model.objects.create_user("other-reviewer")
    stranger.groups.add(set_up_review_groups(other_office.organ).secrecy_reviewers)
    client.force_login(stranger)
    assert client.get(reverse("release_reviews:review", args=[released.token])).status_code == 404
    assert client.post(reverse("release_reviews:decide", args=[released.token, "approve"]), {"sha256": released.sha256}).status_code == 404
    assert client.get(reverse("release_reviews:file", args=[released.token])).status_code == 404
    released.refresh_from_db()
    assert released.is_pending


def test_a_reviewer_who_attached_the_file_may_not_approve_it(client, handler, secrecy_reviewer, case):
    handler.groups.add(*secrecy_reviewer.groups.all())
    client.force_login(handler)
    attach(client, case)
    released = ReleasedFile.objects.get()
    assert released.token not in client.get(reverse("release_reviews:list")).content.decode()
    response = client.post(reverse("release_reviews:decide", args=[released.token, "approve"]), {"sha256": released.sha256})
    assert response.status_code == 400 and "由添加者以外的人审查" in response.content.decode()
