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
from gongkai.disclosure_requests.public.release_review import (
    AddReleasedFile,
    ReleaseReviewPermissionError,
    ReviewReleasedFile,
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


def test_the_tracking_page_offers_the_correction_notice_as_pdf_with_what_to_correct(client, accepted, reviewer):
    case, code = accepted
    open_case(client, case, code)
    html = client.get("/requests/track/case/").content.decode()
    assert "/requests/track/case/notices/receipt.pdf" in html and "notices/correction.pdf" not in html
    assert client.get("/requests/track/case/notices/correction.pdf").status_code == 404
    RequestCorrection(case, user=reviewer, note="请写明合同的签订年份。").execute()
    response = client.get("/requests/track/case/notices/correction.pdf")
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(response.content)).pages).replace("\n", "")
    assert "补正申请告知书" in text and "请写明合同的签订年份" in text and case.number in text
    client.cookies.clear()
    assert client.get("/requests/track/case/notices/receipt.pdf").status_code == 404


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


@pytest.fixture
def released(reviewer, django_user_model):
    """Add a file to a case as the handler, and have another user pass it in review."""
    secrecy_reviewer = django_user_model.objects.create_superuser("secrecy", password="unused-in-tests")

    def add(case, content, title="防汛物资采购合同（公开部分）"):
        file = AddReleasedFile(case, user=reviewer, title=title, upload=ContentFile(content, name="合同.pdf")).execute()
        return ReviewReleasedFile(file, user=secrecy_reviewer).execute()

    return add


def test_the_one_who_added_a_file_may_not_review_it(accepted, reviewer):
    case, _ = accepted
    file = AddReleasedFile(case, user=reviewer, title="合同", upload=ContentFile(b"%PDF-1.4 x", name="a.pdf")).execute()
    with pytest.raises(ReleaseReviewPermissionError):
        ReviewReleasedFile(file, user=reviewer).execute()
    with pytest.raises(ReplyError, match="保密审查|secrecy"):
        ReplyToRequest(case, user=reviewer, outcome="public", reply_text="予以公开。").execute()


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
