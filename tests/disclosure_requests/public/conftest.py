"""Fixtures of the public request pages: empty rate counters, a valid application and a way to publish a catalogue item after its review."""
import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile

from gongkai.disclosure_requests.models import DisclosureRequest

# The smallest valid PNG: 1×1 pixel.
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
RESIDENT_ID = "11010519491231002X"


@pytest.fixture(autouse=True)
def empty_rate_counters():
    caches["default"].clear()
    yield
    caches["default"].clear()


@pytest.fixture
def organ(catalogue):
    return catalogue.organ


def proof(content=PNG, name="身份证.png"):
    return SimpleUploadedFile(name, content, content_type="image/png")


@pytest.fixture
def application(organ):
    """The fields of a complete application by a natural person, proof included."""

    def make(**overrides):
        data = {
            "applicant_kind": "natural_person",
            "applicant_name": "张三",
            "certificate_type": "resident_id",
            "certificate_number": RESIDENT_ID,
            "phone": "0358-6021234",
            "email": "zhangsan@example.cn",
            "organ": str(organ.pk),
            "description": "2025年县城防汛物资采购合同及验收记录",
            "delivery_form": "electronic_online",
            "proof": proof(),
        }
        data.update(overrides)
        return {key: value for key, value in data.items() if value is not None}

    return make


@pytest.fixture
def submit(client, application):
    """Apply through the form; returns (case, tracking code shown on the receipt)."""

    def submit_application(**overrides):
        response = client.post("/requests/apply/", application(**overrides))
        assert response.status_code == 302, response.content.decode()[:2000]
        receipt = client.get(response["Location"])
        return DisclosureRequest.objects.latest("pk"), receipt.context["tracking_code"]

    return submit_application


