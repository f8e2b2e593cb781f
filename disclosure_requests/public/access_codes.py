"""The 查询码: a random code shown to the applicant once and stored only as a keyed hash, so a
copy of the database does not let anyone follow or withdraw a request."""
import secrets

from django.conf import settings
from django.utils.crypto import constant_time_compare, salted_hmac

from . import conf

# No 0/O, 1/I/L: the code is read off paper and typed again.
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
LENGTH = 16  # 16 × log2(31) ≈ 79 bits
GROUP = 4
HASH_SALT = "gongkai.disclosure_requests.access_code"


def new_access_code():
    """A fresh code, grouped for reading: e.g. 7KQM-2XWD-9PHT-C4RB."""
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return "-".join(code[i : i + GROUP] for i in range(0, LENGTH, GROUP))


def normalize_access_code(value):
    """What the applicant typed, without blanks and hyphens, upper-case."""
    return "".join(c for c in (value or "").upper() if c not in " -\t")


def hash_access_code(number, code):
    """The stored form of `code` for the request `number` (bound to it, so hashes never match
    across requests)."""
    secret = conf.get("GONGKAI_REQUESTS_ACCESS_CODE_KEY") or settings.SECRET_KEY
    value = f"{number}\n{normalize_access_code(code)}"
    return salted_hmac(HASH_SALT, value, secret=secret, algorithm="sha256").hexdigest()


def access_code_matches(number, code, stored_hash):
    """Does `code` open the request `number`? Takes the same time whether or not it does, and
    whether or not the request exists (pass stored_hash="" for a number that does not)."""
    return constant_time_compare(hash_access_code(number, code), stored_hash or "") and bool(stored_hash)
