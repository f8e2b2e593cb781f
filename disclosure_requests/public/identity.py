"""Is this certificate number well formed? The resident identity card number (GB 11643-1999:
17 digits, a valid date of birth at digits 7–14, an ISO 7064 MOD 11-2 check character) and the
统一社会信用代码 (GB 32100-2015, checked by disclosure_pages.organ_codes, the one place of that rule)."""
import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from gongkai.disclosure_pages.organ_codes import is_valid_credit_code

RESIDENT_ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
RESIDENT_ID_CHECK_CHARACTERS = "10X98765432"
# The oldest living people were born after 1900; an earlier year is a typing error.
EARLIEST_BIRTH_YEAR = 1900


def resident_id_check_character(first17):
    total = sum(int(c) * w for c, w in zip(first17, RESIDENT_ID_WEIGHTS))
    return RESIDENT_ID_CHECK_CHARACTERS[total % 11]


def resident_id_birth_date(number):
    """The date of birth a resident ID number carries, or None if it is no date."""
    try:
        born = datetime.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return None
    if born.year < EARLIEST_BIRTH_YEAR or born > timezone.localdate():
        return None
    return born


def normalize_certificate_number(value):
    """Certificate numbers are compared and stored upper-case without surrounding blanks."""
    return (value or "").strip().upper()


def validate_resident_id(value):
    number = normalize_certificate_number(value)
    if len(number) != 18 or not number.isascii() or not number[:17].isdigit() or number[17] not in "0123456789X":
        raise ValidationError(_("A resident ID number has 18 characters: 17 digits and a final digit or X."))
    if resident_id_birth_date(number) is None:
        raise ValidationError(_("The date of birth in this resident ID number is not a valid date."))
    if resident_id_check_character(number[:17]) != number[17]:
        raise ValidationError(_("The check digit of this resident ID number is wrong; please check it."))


def validate_credit_code(value):
    code = normalize_certificate_number(value)
    if not is_valid_credit_code(code):
        raise ValidationError(
            _("This is not a valid unified social credit code: 18 characters whose last is a check character.")
        )
