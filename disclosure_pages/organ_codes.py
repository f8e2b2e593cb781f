"""Validation of organ codes: the 18-character 统一社会信用代码 (GB 32100-2015) and the
9-character 组织机构代码 (GB 11714-1997) it embeds."""
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CREDIT_CODE_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CREDIT_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORGANIZATION_CODE_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def credit_code_check_character(first17):
    total = sum(CREDIT_CODE_ALPHABET.index(c) * w for c, w in zip(first17, CREDIT_CODE_WEIGHTS))
    return CREDIT_CODE_ALPHABET[(31 - total % 31) % 31]


def organization_code_check_character(first8):
    total = sum(int(c, 36) * w for c, w in zip(first8, ORGANIZATION_CODE_WEIGHTS))
    check = 11 - total % 11
    return {10: "X", 11: "0"}.get(check, str(check))


def is_valid_credit_code(code):
    return (
        len(code) == 18
        and all(c in CREDIT_CODE_ALPHABET for c in code)
        and credit_code_check_character(code[:17]) == code[17]
    )


def is_valid_organization_code(code):
    return (
        len(code) == 9
        and code[:8].isalnum()
        and code[:8].isascii()
        and organization_code_check_character(code[:8]) == code[8]
    )


def validate_organ_code(value):
    code = value.strip().upper()
    if len(code) == 18:
        if not is_valid_credit_code(code):
            raise ValidationError(
                _("The check character of the unified social credit code “%(code)s” is wrong; please check it."), params={"code": value}
            )
    elif len(code) == 9:
        if not is_valid_organization_code(code):
            raise ValidationError(
                _("The check character of the organization code “%(code)s” is wrong; please check it."), params={"code": value}
            )
    else:
        raise ValidationError(_("Enter an 18-character unified social credit code or a 9-character organization code."))
