"""Certificate numbers on the request form: resident ID (GB 11643) and 统一社会信用代码 (GB 32100)."""
import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone
from hypothesis import given
from hypothesis import strategies as st

from gongkai.disclosure_pages.organ_codes import CREDIT_CODE_ALPHABET, credit_code_check_character
from gongkai.disclosure_requests.public.identity import (
    resident_id_check_character,
    validate_credit_code,
    validate_resident_id,
)

birth_dates = st.dates(min_value=datetime.date(1900, 1, 1), max_value=timezone.localdate())
regions = st.from_regex(r"\A[1-8][0-9]{5}\Z", fullmatch=True)
sequences = st.from_regex(r"\A[0-9]{3}\Z", fullmatch=True)


@st.composite
def resident_ids(draw):
    first17 = f"{draw(regions)}{draw(birth_dates):%Y%m%d}{draw(sequences)}"
    return first17 + resident_id_check_character(first17)


@st.composite
def credit_codes(draw):
    first17 = draw(st.text(alphabet=CREDIT_CODE_ALPHABET, min_size=17, max_size=17))
    return first17 + credit_code_check_character(first17)


def test_the_standard_example_resident_id_is_accepted_in_either_case():
    validate_resident_id("11010519491231002X")
    validate_resident_id(" 11010519491231002x ")


@given(resident_ids())
def test_every_well_formed_resident_id_is_accepted(number):
    validate_resident_id(number)


@given(resident_ids(), st.integers(min_value=0, max_value=17), st.sampled_from("0123456789X"))
def test_any_single_changed_character_of_a_resident_id_is_refused(number, position, replacement):
    changed = number[:position] + replacement + number[position + 1 :]
    if changed == number:
        return
    with pytest.raises(ValidationError):
        validate_resident_id(changed)


@pytest.mark.parametrize(
    "number, message",
    [
        ("110105194902300020", "出生日期"),  # 30 February
        ("110105189912310029", "出生日期"),  # before 1900
        ("1101051949123100", "18"),
        ("11010519491231002Y", "18"),
        ("１１０１０５１９４９１２３１００２X", "18"),  # full-width digits
    ],
)
def test_malformed_resident_ids_are_refused_with_a_chinese_reason(number, message):
    with pytest.raises(ValidationError) as error:
        validate_resident_id(number)
    assert message in " ".join(error.value.messages)


def test_a_resident_id_born_tomorrow_is_refused():
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    first17 = f"110105{tomorrow:%Y%m%d}002"
    with pytest.raises(ValidationError):
        validate_resident_id(first17 + resident_id_check_character(first17))


@given(credit_codes())
def test_every_well_formed_credit_code_is_accepted(code):
    validate_credit_code(code.lower())


@given(credit_codes(), st.integers(min_value=0, max_value=17), st.sampled_from(CREDIT_CODE_ALPHABET))
def test_any_single_changed_character_of_a_credit_code_is_refused(code, position, replacement):
    changed = code[:position] + replacement + code[position + 1 :]
    if changed == code:
        return
    with pytest.raises(ValidationError):
        validate_credit_code(changed)


@pytest.mark.parametrize("code", ["91350100M000100Y4", "91350100M000100Y44", "91350100M0001O0Y43", ""])
def test_malformed_credit_codes_are_refused(code):
    with pytest.raises(ValidationError, match="统一社会信用代码"):
        validate_credit_code(code)
