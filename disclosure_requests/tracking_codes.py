"""The 查询码: unguessable, shown to the applicant once, stored only as a password hash."""
import secrets

from django.contrib.auth.hashers import check_password, make_password

# No 0/O, 1/I/L: the code is read aloud and copied from paper.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 12  # 31**12 ≈ 8e17 codes


def new_tracking_code():
    """(code to show once, hash to store)."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return code, make_password(code)


def normalized(code):
    return "".join(str(code or "").split()).replace("-", "").upper()[: LENGTH * 2]


def tracking_code_matches(case, code):
    return bool(case.tracking_code_hash) and check_password(normalized(code), case.tracking_code_hash)
