"""Notices are kept with the case when the step that issues them happens: the PDF and .docx
bytes in private storage, the template version and each file's SHA-256; the case page and the
tracking page serve those bytes, so a later change of the templates never alters a sent notice."""
import datetime
import hashlib
import io

import pypdf
import pytest
from django.urls import reverse

from gongkai.disclosure_requests.actions.consultation import ConsultThirdParty, RecordThirdPartyAnswer
from gongkai.disclosure_requests.actions.correction import RecordCorrection, RequestCorrection
from gongkai.disclosure_requests.actions.reply import ReplyToRequest
from gongkai.disclosure_requests.documents import notices
from gongkai.disclosure_requests.documents.notices import CURRENT_VERSION

D = datetime.date


def pdf_text(content):
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages).replace("\n", "")


def served(response):
    assert response.status_code == 200
    return b"".join(response.streaming_content)


@pytest.fixture
def handled(make_case, handler):
    """A case through 补正, its correction, a consultation and a 不予公开 reply."""
    case = make_case(D(2026, 11, 2))
    RequestCorrection(case, user=handler, on=D(2026, 11, 3), note="请写明合同的签订年份。").execute()
    RecordCorrection(case, user=handler, on=D(2026, 11, 5), description="2025年签订的防汛物资采购合同").execute()
    ConsultThirdParty(case, user=handler, on=D(2026, 11, 6), third_party="方山县某建筑有限公司", matter="报价").execute()
    case.refresh_from_db()
    return case


def test_each_issuing_step_stores_its_notice_with_version_and_digest(handled):
    stored = {notice.kind: notice for notice in handled.notices.all()}
    assert set(stored) == {"receipt", "correction", "consultation"}
    for notice in stored.values():
        assert notice.template_version == CURRENT_VERSION
        for extension in ("pdf", "docx"):
            with getattr(notice, extension).open("rb") as handle:
                assert hashlib.sha256(handle.read()).hexdigest() == getattr(notice, f"{extension}_sha256")
    assert stored["correction"].event.kind == "correction_requested"
    with stored["correction"].pdf.open("rb") as handle:
        assert "请写明合同的签订年份" in pdf_text(handle.read())
    assert not stored["consultation"].for_applicant and "方山县某建筑有限公司" in stored["consultation"].title + pdf_text(stored["consultation"].pdf.open("rb").read())


def test_the_case_page_lists_every_notice_and_serves_the_stored_bytes_after_a_template_change(
    client, handler, handled, monkeypatch
):
    client.force_login(handler)
    page = client.get(reverse("disclosure_requests:case", args=[handled.pk])).content.decode()
    correction = handled.notices.get(kind="correction")
    for notice in handled.notices.all():
        assert reverse("disclosure_requests:notice", args=[notice.token, "pdf"]) in page
    assert "征求第三方意见函" in page and "模板版本 1" in page
    before = served(client.get(reverse("disclosure_requests:notice", args=[correction.token, "pdf"])))
    monkeypatch.setattr(notices, "render_to_string", lambda *args, **kwargs: "改动后的措辞\n另一段")
    after = served(client.get(reverse("disclosure_requests:notice", args=[correction.token, "pdf"])))
    assert after == before and "请写明合同的签订年份" in pdf_text(after)


def test_a_stored_notice_whose_bytes_changed_is_not_served(client, handler, handled):
    notice = handled.notices.get(kind="receipt")
    with open(notice.docx.path, "wb") as handle:
        handle.write(b"tampered")
    client.force_login(handler)
    assert client.get(reverse("disclosure_requests:notice", args=[notice.token, "docx"])).status_code == 404


def test_another_organs_handler_gets_no_notice(client, handled, other_office, django_user_model):
    stranger = django_user_model.objects.create_user("stranger")
    stranger.groups.add(other_office.handlers)
    client.force_login(stranger)
    notice = handled.notices.get(kind="receipt")
    assert client.get(reverse("disclosure_requests:notice", args=[notice.token, "pdf"])).status_code == 404


def test_the_reply_notice_is_stored_when_the_reply_is_given(handled, handler):
    RecordThirdPartyAnswer(handled.consultations.get(), user=handler, on=D(2026, 11, 9), answer="objects").execute()
    handled.refresh_from_db()
    ReplyToRequest(
        handled, user=handler, on=D(2026, 11, 9), outcome="withheld_third_party",
        legal_basis="《中华人民共和国政府信息公开条例》第十五条", reply_text="涉及商业秘密，不予公开。",
    ).execute()
    reply = handled.notices.get(kind="reply")
    assert reply.event.kind == "replied"
    with reply.pdf.open("rb") as handle:
        text = pdf_text(handle.read())
    assert "第十五条" in text and "行政复议" in text
