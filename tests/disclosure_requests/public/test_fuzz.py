"""Fuzz: malformed applications and wrong tracking look-ups never make a 500, never make a case,
and wrong look-ups end in a lock-out."""
import random

from gongkai.disclosure_requests.models import DisclosureRequest

from .conftest import proof

GARBAGE = [
    "", " ", "\x00", "\u202e", "😀" * 50, "<script>alert(1)</script>", "' OR 1=1 --", "9" * 300,
    "x" * 6000, "-1", "0", "99999999999999999999", "１２３", "\ud7ff", "NaN", "[]", "{}", "%00", "../../etc/passwd",
]
FIELDS = [
    "applicant_kind", "applicant_name", "legal_representative", "certificate_type", "certificate_number", "phone",
    "email", "postal_address", "postal_code", "organ", "description", "document_number", "index_number",
    "delivery_form", "submit_although_public",
]


def invalidators(organ_pk):
    """Changes each of which alone makes an application invalid."""
    return [
        lambda data, rng: data.update(certificate_number="11010519491231002" + rng.choice("013456789")),
        lambda data, rng: data.update(certificate_number=rng.choice(GARBAGE)),
        lambda data, rng: data.pop("description"),
        lambda data, rng: data.update(description=rng.choice(["", " ", "x" * 6000])),
        lambda data, rng: data.update(applicant_kind=rng.choice(GARBAGE + ["法人"])),
        lambda data, rng: data.update(organ=rng.choice(GARBAGE + [str(organ_pk + 1000)])),
        lambda data, rng: data.update(website=rng.choice(["http://x", "a"])),
        lambda data, rng: data.update(proof=proof(bytes(rng.randrange(256) for _ in range(rng.randrange(64))))),
        lambda data, rng: data.pop("proof"),
        lambda data, rng: data.update(delivery_form="carrier pigeon"),
        lambda data, rng: data.update(applicant_name=rng.choice(["", " ", "\x00张三", "x" * 300])),
        lambda data, rng: data.update(phone="", email="", postal_address=""),
    ]


def test_a_thousand_malformed_applications_make_no_500_and_no_case(client, application, organ):
    rng = random.Random(20261202)
    breakers = invalidators(organ.pk)
    for _ in range(1000):
        data = application()
        for field in rng.sample(FIELDS, rng.randrange(4)):
            data[field] = rng.choice(GARBAGE)
        for breaker in rng.sample(breakers, rng.randrange(1, 4)):
            breaker(data, rng)
        response = client.post("/requests/apply/", data)
        assert response.status_code in (200, 400), response.status_code
    assert not DisclosureRequest.objects.exists()
    assert client.post("/requests/apply/", application()).status_code == 302  # a real applicant still gets through


def test_ten_thousand_wrong_look_ups_make_no_500_open_nothing_and_lock_out(client, submit, settings):
    settings.GONGKAI_REQUESTS_TRACK_FAILURE_LIMIT = 10
    # A fast hasher: the look-ups, not PBKDF2's rounds, are under test here.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    case, code = submit()
    rng = random.Random(7)
    addresses = ["10.9.0.1", "10.9.0.2", "10.9.0.3", "2001:db8::1"]
    alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ-"
    for _ in range(10_000):
        number = rng.choice([case.number, case.number.lower(), f"{case.number[:-4]}{rng.randrange(10000):04d}"] + GARBAGE[:12])
        wrong = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 30)))
        response = client.post(
            "/requests/track/", {"number": number, "code": wrong if wrong != code else wrong + "X"},
            REMOTE_ADDR=rng.choice(addresses),
        )
        assert response.status_code in (200, 403), response.status_code
    assert client.get("/requests/track/case/").status_code == 404
    # Every address used is locked out now, even with the right code; so is the number itself.
    assert client.post("/requests/track/", {"number": case.number, "code": code}, REMOTE_ADDR=addresses[0]).status_code == 403
    assert client.post("/requests/track/", {"number": case.number, "code": code}, REMOTE_ADDR="10.200.0.1").status_code == 403
    assert DisclosureRequest.objects.count() == 1
