"""文号 normalised and split for search; 发布日期 set at first publication, never moved."""
import datetime

import pytest
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from gongkai.disclosure_pages.doc_numbers import parse_doc_number
from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("written", [
    "方政办[2022]45号", "方政办(2022)45号", "方政办（2022）45号", "方政办【2022】45号",
    "方政办〔2022〕45号", "方政办 〔２０２２〕 ４５ 号",
])
def test_every_bracket_variant_of_a_doc_number_is_stored_in_its_canonical_form(make_item, written):
    item = make_item(doc_number=written)
    assert item.doc_number == "方政办〔2022〕45号"
    assert (item.doc_number_agency, item.doc_number_year, item.doc_number_serial) == ("方政办", 2022, 45)


def test_a_doc_number_of_another_shape_is_kept_without_parts():
    assert parse_doc_number("内部通知第三期") == parse_doc_number("内部通知第三期")
    parsed = parse_doc_number("内部通知第三期")
    assert (parsed.text, parsed.agency, parsed.year, parsed.serial) == ("内部通知第三期", "", None, None)


def test_the_doc_number_is_optional(make_item):
    item = make_item(doc_number="")
    assert item.doc_number == "" and item.doc_number_year is None


def test_the_published_date_is_set_at_first_publication(make_item, publish):
    item = make_item()
    assert item.published_date is None
    assert publish(item).published_date == timezone.localdate()


def test_later_revisions_never_move_the_published_date(make_item, publish):
    item = publish(make_item())
    DisclosureItemPage.objects.filter(pk=item.pk).update(published_date=datetime.date(2025, 3, 20))
    item = DisclosureItemPage.objects.get(pk=item.pk)
    item.title = "修改后再次发布"
    item.published_date = datetime.date(2025, 12, 1)
    revision = item.save_revision()
    revision.publish()
    item.unpublish()
    revision.publish()
    assert DisclosureItemPage.objects.get(pk=item.pk).published_date == datetime.date(2025, 3, 20)


def create_through_admin(admin_client, catalogue, data):
    from django.urls import reverse

    url = reverse("wagtailadmin_pages:add", args=("disclosure_pages", "disclosureitempage", catalogue.pk))
    return admin_client.post(url, data)


@pytest.mark.parametrize("serial", ["1" * 20, "1234567890", "1000000"])
def test_a_doc_number_with_an_absurd_serial_is_refused_on_its_field_in_chinese(
    admin_client, catalogue, new_item_data, serial
):
    response = create_through_admin(admin_client, catalogue, new_item_data(doc_number=f"方政办〔2025〕{serial}号"))

    assert response.status_code == 200, "the form is shown again with its error, never a 500"
    assert [str(message) for message in response.context["form"].errors["doc_number"]] == [
        "文号的序号不能超过6位数字。"
    ]
    assert not DisclosureItemPage.objects.filter(title="方山县人民政府办公室关于印发防汛应急预案的通知").exists()


def test_a_six_digit_serial_is_a_doc_number_like_any_other(admin_client, catalogue, new_item_data):
    response = create_through_admin(admin_client, catalogue, new_item_data(doc_number="方政办〔2025〕123456号"))
    assert response.status_code == 302
    assert DisclosureItemPage.objects.get(title="方山县人民政府办公室关于印发防汛应急预案的通知").doc_number_serial == 123456


@pytest.mark.parametrize("raw", ["方政办〔2025〕" + "9" * 20 + "号", "方" * 45 + "〔2025〕1号"])
def test_a_doc_number_too_odd_to_split_is_kept_whole_without_parts(make_item, raw):
    """Saved by a path that skips the form (a shell, an old import), it must not break the save."""
    item = make_item(doc_number=raw)
    assert item.doc_number == raw
    assert (item.doc_number_agency, item.doc_number_year, item.doc_number_serial) == ("", None, None)


@given(serial=st.text(alphabet="0123456789０１２３４５６７８９", min_size=1, max_size=40))
def test_a_split_serial_always_fits_the_stored_and_indexed_integer_fields(serial):
    from gongkai.disclosure_pages.doc_numbers import doc_number_errors

    parsed = parse_doc_number(f"方政办〔2025〕{serial}号")
    assert parsed.serial is None or 0 <= parsed.serial <= 999_999
    assert (parsed.serial is None) == bool(doc_number_errors(f"方政办〔2025〕{serial}号"))
