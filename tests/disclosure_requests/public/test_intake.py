"""The public request form at /requests/apply/, the receipt and the printable 回执."""
import io
from pathlib import Path

import pypdf
from django.conf import settings

from gongkai.disclosure_requests.models import CaseEvent, DisclosureRequest
from gongkai.disclosure_requests.tracking_codes import tracking_code_matches

from .conftest import proof


def test_the_form_is_in_chinese_with_labelled_fields_grouped_under_legends(client, organ):
    html = client.get(f"/requests/apply/?organ={organ.pk}").content.decode()
    for text in ("政府信息公开申请", "申请人类型", "<legend>申请人信息</legend>", "证件号码", "身份证明", "文号", "索引号"):
        assert text in html
    assert f'<option value="{organ.pk}" selected>' in html
    assert 'for="id_certificate_number"' in html


def test_a_citizen_applies_and_the_receipt_shows_the_number_and_the_code_once(client, submit, organ):
    case, code = submit()
    assert case.organ == organ and case.applicant_name == "张三" and case.channel == "online"
    assert case.number.startswith(f"{organ.index_number_code}-") and case.number.endswith("-0001")
    assert code and tracking_code_matches(case, code) and code not in case.tracking_code_hash
    assert list(case.events.values_list("kind", flat=True)) == ["received"]
    again = client.get("/requests/apply/receipt/").content.decode()
    assert case.number in again and code not in again and "不再显示" in again


def test_numbers_are_never_reused_within_an_organ_and_year(submit):
    first, _ = submit()
    second, _ = submit()
    assert first.serial + 1 == second.serial and first.number != second.number


def test_the_printable_receipt_is_a_chinese_pdf_with_the_number(client, submit):
    case, _ = submit()
    response = client.get("/requests/apply/receipt/notice.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = pypdf.PdfReader(io.BytesIO(b"".join(response.streaming_content if response.streaming else [response.content]))).pages[0].extract_text()
    assert "政府信息公开申请登记回执" in text and case.number in text.replace("\n", "")
    assert client.get("/requests/apply/receipt/notice.docx").status_code == 200


def test_another_browser_gets_no_receipt(client, submit, django_user_model):
    submit()
    client.cookies.clear()
    assert client.get("/requests/apply/receipt/").status_code == 404
    assert client.get("/requests/apply/receipt/notice.pdf").status_code == 404


def test_a_wrong_resident_id_is_explained_in_the_error_summary_and_nothing_is_saved(client, application):
    response = client.post("/requests/apply/", application(certificate_number="110105194912310021"))
    html = response.content.decode()
    assert response.status_code == 200 and 'role="alert"' in html
    assert "校验码不正确" in html and 'href="#id_certificate_number"' in html
    assert not DisclosureRequest.objects.exists()


def test_an_organization_must_give_a_valid_credit_code(client, application):
    data = application(applicant_kind="commercial", applicant_name="方山县某建筑有限公司", certificate_type="credit_code")
    data["certificate_number"] = "91350100M000100Y44"
    assert "统一社会信用代码" in client.post("/requests/apply/", data).content.decode()
    data["proof"], data["certificate_number"] = proof(), "91350100m000100y43"
    assert client.post("/requests/apply/", data).status_code == 302
    assert DisclosureRequest.objects.get().certificate_number == "91350100M000100Y43"


def test_a_person_may_not_apply_with_a_credit_code(client, application):
    response = client.post("/requests/apply/", application(certificate_type="credit_code"))
    assert "证件类型与申请人类型不符" in response.content.decode()


def test_a_proof_that_is_no_picture_or_pdf_is_refused(client, application):
    response = client.post("/requests/apply/", application(proof=proof(b"MZ\x90\x00" + b"\0" * 100, "id.png")))
    assert "JPEG 或 PNG 图片或 PDF" in response.content.decode()
    assert not DisclosureRequest.objects.exists()


def test_a_proof_over_the_size_limit_is_refused(client, application, settings):
    settings.GONGKAI_REQUESTS_PROOF_MAX_BYTES = 50
    response = client.post("/requests/apply/", application())
    assert "身份证明文件过大" in response.content.decode()


def test_the_proof_is_stored_outside_public_media_under_a_name_that_is_not_the_applicants(submit, private_root):
    case, _ = submit()
    stored = Path(case.proofs.get().file.path)
    assert stored.is_file() and private_root in stored.parents
    assert Path(settings.MEDIA_ROOT) not in stored.parents and "身份证" not in stored.name


def test_a_filled_honeypot_saves_nothing(client, application):
    response = client.post("/requests/apply/", application(website="http://spam.example"))
    assert "申请未能提交" in response.content.decode()
    assert not DisclosureRequest.objects.exists()


def test_one_address_may_submit_only_a_few_requests_an_hour(client, submit, application, settings):
    settings.GONGKAI_REQUESTS_APPLY_LIMIT = 2
    submit()
    submit()
    response = client.post("/requests/apply/", application())
    assert response.status_code == 429 and "提交的申请过多" in response.content.decode()
    assert DisclosureRequest.objects.count() == 2
    other = client.post("/requests/apply/", application(), REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 302


def test_already_public_information_is_named_with_its_link_and_may_still_be_requested(
    client, application, make_item, publish
):
    item = publish(make_item(doc_number="方政办〔2025〕12号"))
    response = client.post("/requests/apply/", application(document_number="方政办[2025]12号"))
    html = response.content.decode()
    assert "该信息已经公开" in html and f'href="{item.url}"' in html and "第三十六条" in html
    assert not DisclosureRequest.objects.exists()
    response = client.post("/requests/apply/", application(document_number="方政办[2025]12号", submit_although_public="on"))
    assert response.status_code == 302 and DisclosureRequest.objects.count() == 1


def test_a_draft_item_with_that_number_is_not_offered(client, application, make_item):
    make_item(doc_number="方政办〔2025〕12号")
    response = client.post("/requests/apply/", application(document_number="方政办〔2025〕12号"))
    assert response.status_code == 302


def test_the_organs_request_and_guide_sections_link_to_the_form(client, organ):
    for section in ("requests", "guide"):
        html = client.get(f"/disclosure/{section}/{organ.pk}/").content.decode()
        assert f'href="/requests/apply/?organ={organ.pk}"' in html and "在线申请" in html


def test_the_timeline_starts_with_the_online_submission_and_the_proof_keeps_its_true_type(submit):
    case, _ = submit()
    event = CaseEvent.objects.get(request=case)
    assert event.kind == "received" and event.data == {"channel": "online"}
    assert case.proofs.get().content_type == "image/png"
