"""The admin's 依申请公开 screens: each organ's handlers and leaders see their own cases only."""
import datetime
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from gongkai.disclosure_requests.actions.withdraw import WithdrawRequest
from gongkai.disclosure_requests.choices import Status
from gongkai.disclosure_requests.models import DisclosureRequest, IdentityProof, ProofView

D = datetime.date


def test_the_inbox_lists_own_open_cases_by_due_date_with_masked_ids(client, handler, make_case, other_office):
    later = make_case(D(2025, 3, 3))
    sooner = make_case(D(2025, 2, 3), certificate_number="110105194912310045")
    client.force_login(handler)
    page = client.get(reverse("disclosure_requests:inbox")).content.decode()
    assert page.index(sooner.number) < page.index(later.number)
    assert "11010519491231002X" not in page and "110*************2X" in page
    assert "gk-urgency--overdue" in page


def test_another_organs_case_is_not_found_and_outsiders_are_refused(client, make_case, other_office, django_user_model):
    case = make_case(D(2025, 3, 3))
    stranger = django_user_model.objects.create_user("stranger")
    stranger.groups.add(other_office.handlers)
    client.force_login(stranger)
    assert case.number not in client.get(reverse("disclosure_requests:inbox")).content.decode()
    assert client.get(reverse("disclosure_requests:case", args=[case.pk])).status_code == 404
    nobody = django_user_model.objects.create_user("nobody")
    client.force_login(nobody)
    assert client.get(reverse("disclosure_requests:inbox")).status_code in (302, 403)


def test_a_handler_registers_a_letter_and_accepts_it(client, handler, office, private_root):
    client.force_login(handler)
    response = client.post(
        reverse("disclosure_requests:register"),
        {
            "organ": office.organ.pk, "channel": "registered_post", "received_on": "2025-09-23",
            "applicant_kind": "commercial", "applicant_name": "方山县某建材有限公司", "certificate_type": "credit_code",
            "certificate_number": "91141128MA0K12345X", "description": "2025年采石场许可名单", "delivery_form": "paper_post",
            "proof": SimpleUploadedFile("营业执照.pdf", b"%PDF-1.4 proof", content_type="application/pdf"),
        },
    )
    case = DisclosureRequest.objects.get()
    assert response.status_code == 302
    accept = client.post(reverse("disclosure_requests:take_step", args=[case.pk, "accept"]), {"accept-on": "2025-09-23"})
    assert accept.status_code == 302
    case.refresh_from_db()
    assert (case.status, case.due_date) == (Status.IN_PROGRESS, D(2025, 10, 27))


def test_a_refused_step_shows_the_reason_in_chinese(client, handler, make_case):
    case = make_case(D(2025, 3, 3))
    client.force_login(handler)
    response = client.post(
        reverse("disclosure_requests:take_step", args=[case.pk, "reply"]),
        {"reply-on": "2025-03-10", "reply-outcome": "withheld_internal", "reply-legal_basis": ""},
    )
    assert response.status_code == 302  # the usual article filled the empty legal basis
    other = make_case(D(2025, 3, 3))
    response = client.post(
        reverse("disclosure_requests:take_step", args=[other.pk, "request_correction"]),
        {"request_correction-on": "2025-03-20", "request_correction-note": "请明确"},
    )
    assert response.status_code == 200
    assert "补正通知应当在2025-03-12前发出" in response.content.decode()


def test_a_proof_is_served_only_to_the_organs_staff_and_each_view_is_recorded(client, handler, make_case, private_root, other_office, django_user_model):
    case = make_case(D(2025, 3, 3))
    proof = IdentityProof.objects.create(request=case, token="proof-token", original_name="id.jpg", content_type="image/jpeg",
                                         file=SimpleUploadedFile("id.jpg", b"jpeg-bytes"))
    assert str(private_root) in proof.file.path
    client.force_login(handler)
    response = client.get(reverse("disclosure_requests:proof", args=["proof-token"]))
    assert b"".join(response.streaming_content) == b"jpeg-bytes"
    assert ProofView.objects.filter(proof=proof, user=handler).count() == 1
    stranger = django_user_model.objects.create_user("stranger")
    stranger.groups.add(other_office.handlers)
    client.force_login(stranger)
    assert client.get(reverse("disclosure_requests:proof", args=["proof-token"])).status_code == 404
    assert ProofView.objects.count() == 1


def test_proofs_of_cases_closed_longer_ago_than_the_retention_are_deleted(make_case, handler, private_root, settings):
    settings.GONGKAI_REQUESTS_PROOF_RETENTION_DAYS = 30
    # Closed 31 days and 29 days before the day the command runs: the test holds on any day.
    today = timezone.localdate()
    old, recent = make_case(today - datetime.timedelta(days=31)), make_case(today - datetime.timedelta(days=29))
    for case in (old, recent):
        IdentityProof.objects.create(request=case, token=f"t{case.pk}", original_name="id.jpg", content_type="image/jpeg",
                                     file=SimpleUploadedFile("id.jpg", b"jpeg"))
        WithdrawRequest(case, by_applicant=True, on=case.received_on).execute()
    call_command("delete_expired_proofs", stdout=io.StringIO())
    assert old.proofs.get().deleted_on is not None and not old.proofs.get().file
    assert recent.proofs.get().deleted_on is None


def test_the_register_export_masks_ids_and_neutralises_formulas(client, handler, make_case):
    make_case(D(2025, 3, 3), applicant_name="=HYPERLINK(\"http://x\")")
    client.force_login(handler)
    response = client.get(reverse("disclosure_requests:export"))
    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = list(sheet.values)
    assert rows[0][0] == "申请编号"
    assert rows[1][3].startswith("'=") and rows[1][4] == "110*************2X"


def test_the_deadline_calculator_counts_working_days(client, handler):
    client.force_login(handler)
    page = client.get(reverse("disclosure_requests:calculator"), {"start": "2025-01-24", "working_days": "20"}).content.decode()
    assert "2025-02-27" in page
    assert client.get(reverse("disclosure_requests:calculator"), {"start": "not-a-date", "working_days": "x"}).status_code == 200


def test_the_case_screen_shows_the_timeline_why_the_date_and_the_open_steps(client, handler, leader, make_case):
    from gongkai.disclosure_requests.actions.consultation import ConsultThirdParty

    case = make_case(D(2025, 9, 15))
    ConsultThirdParty(case, user=handler, on=D(2025, 9, 19), third_party="方山县某建材有限公司").execute()
    client.force_login(leader)
    page = client.get(reverse("disclosure_requests:case", args=[case.pk])).content.decode()
    assert "征求第三方意见" in page and "2025-09-15收到申请" in page
    assert "登记第三方意见" in page and "方山县某建材有限公司" in page
    assert "/step/reply/" not in page  # no reply while the clock is paused
    response = client.post(
        reverse("disclosure_requests:take_step", args=[case.pk, "third_party_answer"]),
        {"third_party_answer-on": "2025-10-13", "third_party_answer-consultation": case.consultations.get().pk,
         "third_party_answer-answer": "objects"},
    )
    assert response.status_code == 302
    assert client.get(reverse("disclosure_requests:inbox"), {"closed": "1"}).status_code == 200
    assert client.post(reverse("disclosure_requests:take_step", args=[case.pk, "no-such-step"])).status_code == 404


def test_administrators_set_an_organs_periods_in_the_request_offices(client, office, django_user_model):
    admin = django_user_model.objects.create_superuser("root", password="x-password-2026")
    client.force_login(admin)
    listing = client.get(reverse("request_offices:index"))
    assert listing.status_code == 200 and "方山县人民政府办公室" in listing.content.decode()
    edit = client.get(reverse("request_offices:edit", args=[office.pk]))
    assert "答复期限（工作日）" in edit.content.decode()


def test_the_menu_shows_requests_to_handlers(client, handler):
    client.force_login(handler)
    assert reverse("disclosure_requests:inbox") in client.get(reverse("wagtailadmin_home")).content.decode()


def test_the_forwarding_step_opens_the_case_at_the_organ_on_the_platform(client, handler, make_case, other_office, django_user_model):
    case = make_case(D(2025, 3, 3))
    client.force_login(handler)
    response = client.post(
        reverse("disclosure_requests:take_step", args=[case.pk, "forward"]),
        {"forward-on": "2025-03-10", "forward-organ_on_platform": other_office.organ.pk},
    )
    assert response.status_code == 302
    case.refresh_from_db()
    assert case.forwarded_case.number in client.get(reverse("disclosure_requests:case", args=[case.pk])).content.decode()
    colleague = django_user_model.objects.create_user("ecology-handler")
    colleague.groups.add(other_office.handlers)
    client.force_login(colleague)
    page = client.get(reverse("disclosure_requests:case", args=[case.forwarded_case.pk])).content.decode()
    assert "转来机关" in page and case.number in page


def test_forwarding_without_any_organ_says_so_in_chinese(client, handler, make_case):
    case = make_case(D(2025, 3, 3))
    client.force_login(handler)
    response = client.post(reverse("disclosure_requests:take_step", args=[case.pk, "forward"]), {"forward-on": "2025-03-10"})
    assert response.status_code == 200 and "请填写负责公开该信息的机关" in response.content.decode()
