"""政策解读 三同步 off the review path: publishing a policy's revision directly (a shell, scheduled
publishing) publishes its reviewed interpretations in the same transaction; when one of them cannot
be published, the policy is not published either, and nothing half-published is ever public."""
import datetime

import pytest
from django.core.exceptions import ValidationError

from gongkai.disclosure_pages.models import DisclosureItemPage, PolicyInterpretationLink, PolicyInterpretationPage
from gongkai.review_workflow.legacy import record_legacy_review

pytestmark = pytest.mark.django_db


def reviewed_revision(page, reviewer):
    revision = page.save_revision(user=reviewer)
    record_legacy_review(revision, reviewer, basis="测试")
    return revision


@pytest.fixture
def policy_with_interpretation(catalogue, make_item, topic, genre, reviewer):
    """A policy needing an interpretation and its interpretation, both reviewed, neither live."""

    def make(interpretation_slug="jiedu"):
        policy = make_item(title="方山县优化营商环境若干措施", slug="cuoshi", needs_interpretation=True)
        interpretation = PolicyInterpretationPage(
            title="《方山县优化营商环境若干措施》政策解读", slug="jiedu", written_date=datetime.date(2025, 3, 20),
            topic=topic, genre=genre, disclosure="public", body="<p>一、起草背景。</p>", live=False,
        )
        catalogue.add_child(instance=interpretation)
        PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=policy)
        interpretation.slug = interpretation_slug
        reviewed_revision(interpretation, reviewer)
        return reviewed_revision(policy, reviewer), interpretation

    return make


def test_publishing_the_policys_revision_directly_publishes_its_interpretation_too(policy_with_interpretation, reviewer):
    revision, interpretation = policy_with_interpretation()

    revision.publish(user=reviewer)

    assert DisclosureItemPage.objects.get(pk=revision.object_id).live
    assert PolicyInterpretationPage.objects.get(pk=interpretation.pk).live


def test_an_interpretation_that_fails_to_publish_rolls_the_policy_back(policy_with_interpretation, make_item, reviewer, client):
    # The interpretation's reviewed revision moves it to an address another item took since: saving it live fails.
    revision, interpretation = policy_with_interpretation(interpretation_slug="jiedu-2025")
    make_item(title="方山县人民政府办公室关于2025年解读工作的通知", slug="jiedu-2025", doc_number="方政办〔2025〕99号")

    with pytest.raises(ValidationError):
        revision.publish(user=reviewer)

    policy = DisclosureItemPage.objects.get(pk=revision.object_id)
    assert not policy.live and policy.live_revision_id is None
    assert not PolicyInterpretationPage.objects.get(pk=interpretation.pk).live
    assert client.get(f"/{policy.url_path.split('/', 2)[2]}").status_code == 404
