"""The ledger report (审查台账): filters, .xlsx export, links to the exact revision reviewed."""
import io

from django.urls import reverse
from openpyxl import load_workbook


def test_the_ledger_lists_reviews_linked_to_the_revision_and_filters_by_conclusion(
    make_item, reviewed, reviewer, client
):
    revision = reviewed(make_item())
    client.force_login(reviewer)
    page = client.get(reverse("review_workflow:ledger")).content.decode()
    assert "保密审查台账" in page
    assert reverse("wagtailadmin_pages:revisions_view", args=[revision.object_id, revision.pk]) in page
    withheld = client.get(reverse("review_workflow:ledger"), {"conclusion": "withhold"}).content.decode()
    assert "尚无保密审查记录" in withheld or revision.object_str not in withheld


def test_the_ledger_exports_as_xlsx(make_item, reviewed, reviewer, client):
    reviewed(make_item())
    client.force_login(reviewer)
    response = client.get(reverse("review_workflow:ledger"), {"export": "xlsx"})
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.values)
    assert "审查结论" in rows[0]
    assert "同意公开" in rows[1]


def test_an_editor_cannot_see_the_ledger(editor, client):
    client.force_login(editor)
    assert client.get(reverse("review_workflow:ledger")).status_code in (302, 403)
