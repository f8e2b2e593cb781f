"""/requests/track/: the number and 查询码 open one case; the applicant corrects or withdraws
there and downloads the reply's released files; wrong codes are throttled."""
import io
import re

import pypdf
import pytest
from django.core.files.base import ContentFile

from gongkai.disclosure_requests.actions.accept import AcceptRequest
from gongkai.disclosure_requests.actions.correction import RequestCorrection
from gongkai.disclosure_requests.actions.reply import ReplyError, ReplyToRequest
from gongkai.disclosure_requests.deadlines import reply_deadline
from gongkai.disclosure_requests.actions.release_files import (
    AddReleasedFile,
    ApproveReleasedFile,
    RefuseReleasedFile,
    ReleaseReviewPermissionError,
)

WRONG = "编号或查询码不正确"  # the start of the one refusal, whatever was wrong


def page_without(response, number):
    """The page as a visitor reads it, without the typed number and the (masked) CSRF token."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", response.content.decode().replace(number, ""))


def open_case(client, case, code, **extra):
    return client.post("/requests/track/", {"number": case.number, "code": code}, **extra)


@pytest.fixture
def accepted(submit, reviewer):
    case, code = submit()
    AcceptRequest(case, user=reviewer).execute()
    case.refresh_from_db()
    return case, code


def test_the_number_and_code_show_status_steps_and_the_due_date_with_its_reason(client, accepted):
    case, code = accepted
    response = open_case(client, case, code.lower())
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert case.number in html and str(case.get_status_display()) in html
    assert f"{case.due_date.year}年{case.due_date.month}月{case.due_date.day}日" in html
    assert "计算依据" in html and reply_deadline(case).reason in html
    assert html.count("<tr>") >= 3  # head row, received, accepted


def test_a_wrong_code_and_an_unknown_number_get_the_same_answer(client, accepted):
    case, _ = accepted
    wrong_code = open_case(client, case, "AAAA-BBBB-CCCC")
    unknown = client.post("/requests/track/", {"number": case.number + "9", "code": "AAAA-BBBB-CCCC"})
    assert wrong_code.status_code == unknown.status_code == 403
    assert WRONG in wrong_code.content.decode() and WRONG in unknown.content.decode()
    assert page_without(wrong_code, case.number) == page_without(unknown, case.number + "9")
    assert client.get("/requests/track/case/").status_code == 404


def test_repeated_wrong_codes_lock_the_address_out_even_for_the_right_code(client, accepted, settings):
    settings.GONGKAI_REQUESTS_TRACK_FAILURE_LIMIT = 3
    case, code = accepted
    for attempt in range(3):
        assert open_case(client, case, f"WRONG{attempt}").status_code == 403
    assert open_case(client, case, code).status_code == 403
    assert open_case(client, case, code, REMOTE_ADDR="10.1.1.1").status_code == 403  # the number is locked too


def test_guessing_many_numbers_from_one_address_locks_it_out(client, accepted, settings):
    settings.GONGKAI_REQUESTS_TRACK_FAILURE_LIMIT = 3
    case, code = accepted
    for serial in range(3):
        client.post("/requests/track/", {"number": f"X-{serial}", "code": "AAAA"})
    assert open_case(client, case, code).status_code == 403
    assert open_case(client, case, code, REMOTE_ADDR="10.1.1.2").status_code == 302


def test_the_applicant_corrects_the_request_and_the_period_restarts(client, accepted, reviewer):
    case, code = accepted
    RequestCorrection(case, user=reviewer, note="请写明合同的签订年份。").execute()
    open_case(client, case, code)
    html = client.get("/requests/track/case/").content.decode()
    assert "请写明合同的签订年份" in html and "补正申请" in html
    response = client.post("/requests/track/case/correct/", {"description": "2025年签订的县城防汛物资采购合同"})
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.corrected and case.status == "in_progress" and case.description.startswith("2025年签订")
    assert list(case.events.values_list("kind", flat=True))[-1] == "corrected"


def notice_url(case, kind, extension="pdf"):
    return f"/requests/track/case/notices/{case.notices.get(kind=kind).token}.{extension}"


def test_the_tracking_page_offers_the_correction_notice_as_pdf_with_what_to_correct(client, accepted, reviewer):
    case, code = accepted
    open_case(client, case, code)
    html = client.get("/requests/track/case/").content.decode()
    assert notice_url(case, "receipt") in html and "补正申请告知书" not in html
    RequestCorrection(case, user=reviewer, note="请写明合同的签订年份。").execute()
    assert "补正申请告知书" in client.get("/requests/track/case/").content.decode()
    content = b"".join(client.get(notice_url(case, "correction")).streaming_content)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(content)).pages).replace("\n", "")
    assert "补正申请告知书" in text and "请写明合同的签订年份" in text and case.number in text
    client.cookies.clear()
    assert client.get(notice_url(case, "receipt")).status_code == 404


def test_a_correction_when_none_was_asked_for_is_refused_in_chinese(client, accepted):
    case, code = accepted
    open_case(client, case, code)
    response = client.post("/requests/track/case/correct/", {"description": "更正"})
    assert response.status_code == 400 and 'role="alert"' in response.content.decode()
    case.refresh_from_db()
    assert not case.corrected


def test_the_applicant_withdraws_after_confirming(client, accepted):
    case, code = accepted
    open_case(client, case, code)
    assert client.post("/requests/track/case/withdraw/", {}).status_code == 400
    assert client.post("/requests/track/case/withdraw/", {"confirm": "on"}).status_code == 302
    case.refresh_from_db()
    assert case.status == "closed" and case.events.last().kind == "withdrawn"


def attach(case, user, content, title="防汛物资采购合同（公开部分）"):
    return AddReleasedFile(case, user=user, title=title, upload=ContentFile(content, name="合同.pdf")).execute()


@pytest.fixture
def released(reviewer, secrecy_reviewer):
    """Attach a file to a case as the handler; the organ's secrecy reviewer approves its bytes."""

    def add(case, content, title="防汛物资采购合同（公开部分）"):
        file = attach(case, reviewer, content, title)
        return ApproveReleasedFile(file, user=secrecy_reviewer, sha256=file.sha256).execute()

    return add


def test_a_handler_who_is_no_secrecy_reviewer_may_not_review_and_the_reply_waits(accepted, reviewer):
    case, _ = accepted
    file = attach(case, reviewer, b"%PDF-1.4 x")
    with pytest.raises(ReleaseReviewPermissionError):
        ApproveReleasedFile(file, user=reviewer, sha256=file.sha256).execute()
    with pytest.raises(ReplyError, match="保密审查"):
        ReplyToRequest(case, user=reviewer, outcome="public", reply_text="予以公开。").execute()


def download_status(client, file):
    return client.get(f"/requests/track/case/files/{file.token}/").status_code


def test_pending_refused_and_replaced_files_are_never_downloaded_by_the_applicant(
    client, accepted, reviewer, secrecy_reviewer, released
):
    case, code = accepted
    pending = attach(case, reviewer, b"%PDF-1.4 pending", title="待审文件")
    refused = attach(case, reviewer, b"%PDF-1.4 refused", title="未通过文件")
    RefuseReleasedFile(refused, user=secrecy_reviewer, reason="含有国家秘密。").execute()
    replaced = released(case, b"%PDF-1.4 approved bytes", title="被替换文件")
    with pytest.raises(ReplyError, match="待审文件"):
        ReplyToRequest(case, user=reviewer, outcome="public", reply_text="予以公开。").execute()
    RefuseReleasedFile(pending, user=secrecy_reviewer, reason="不属于申请内容。").execute()
    ReplyToRequest(case, user=reviewer, outcome="public", reply_text="予以公开。").execute()
    with open(replaced.file.path, "wb") as handle:
        handle.write(b"%PDF-1.4 swapped after the review")
    open_case(client, case, code)
    html = client.get("/requests/track/case/").content.decode()
    assert "未通过文件" not in html and "待审文件" not in html
    assert [download_status(client, f) for f in (pending, refused, replaced)] == [404, 404, 404]
    client.cookies.clear()
    assert [download_status(client, f) for f in (pending, refused, replaced)] == [404, 404, 404]


def test_a_reply_is_refused_when_approved_bytes_were_swapped_before_it(accepted, reviewer, released):
    case, _ = accepted
    file = released(case, b"%PDF-1.4 approved")
    with open(file.file.path, "wb") as handle:
        handle.write(b"%PDF-1.4 swapped")
    with pytest.raises(ReplyError, match=file.title):
        ReplyToRequest(case, user=reviewer, outcome="partial", legal_basis="第三十七条", reply_text="部分公开。").execute()


def test_a_withholding_reply_never_hands_out_an_approved_file(client, accepted, reviewer, released):
    case, code = accepted
    file = released(case, b"%PDF-1.4 approved but withheld")
    ReplyToRequest(case, user=reviewer, outcome="withheld_state_secret", legal_basis="第十四条", reply_text="不予公开。").execute()
    open_case(client, case, code)
    assert download_status(client, file) == 404


def test_the_reply_and_its_reviewed_files_are_shown_and_downloaded_only_by_this_case(client, accepted, reviewer, released):
    case, code = accepted
    file = released(case, b"%PDF-1.4 released part")
    ReplyToRequest(case, user=reviewer, outcome="partial", legal_basis="《条例》第三十七条", reply_text="部分公开。").execute()
    open_case(client, case, code)
    html = client.get("/requests/track/case/").content.decode()
    assert "部分公开" in html and "行政复议" in html and file.title in html
    download = client.get(f"/requests/track/case/files/{file.token}/")
    assert download.status_code == 200 and b"".join(download.streaming_content) == b"%PDF-1.4 released part"
    other = client.__class__()
    assert other.get(f"/requests/track/case/files/{file.token}/").status_code == 404


def test_a_released_file_whose_bytes_changed_after_review_is_refused(client, accepted, reviewer, released):
    case, code = accepted
    file = released(case, b"%PDF-1.4 reviewed bytes")
    ReplyToRequest(case, user=reviewer, outcome="public", reply_text="予以公开。").execute()
    with open(file.file.path, "wb") as handle:
        handle.write(b"%PDF-1.4 swapped bytes")
    open_case(client, case, code)
    assert client.get(f"/requests/track/case/files/{file.token}/").status_code == 404


def test_no_file_is_offered_before_the_reply(client, accepted, released):
    case, code = accepted
    file = released(case, b"%PDF-1.4 early")
    open_case(client, case, code)
    assert file.title not in client.get("/requests/track/case/").content.decode()
    assert client.get(f"/requests/track/case/files/{file.token}/").status_code == 404
