"""政策解读 三同步: a policy marked as needing an interpretation is submitted only with one (or a
recorded reason); the secrecy review of the policy decides its pending interpretations too; the
policy and its interpretations go live together; an interpretation never goes live before its
policy; a report lists policies without a timely interpretation."""
import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import querydict_from_html

from gongkai.disclosure_pages.constants import EDITORS, LEADERS, ROLES, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.disclosure_pages.models import DisclosureItemPage, PolicyInterpretationLink, PolicyInterpretationPage
from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.publication import PublicationRefused
from gongkai.review_workflow.models import SecrecyReviewRecord

pytestmark = pytest.mark.django_db

APPROVE = {"checklist": [], "conclusion": "approve", "opinion": "", "override_reason": ""}
POLICY_TITLE = "方山县优化营商环境若干措施"
INTERPRETATION_TITLE = "《方山县优化营商环境若干措施》政策解读"


@pytest.fixture
def organ_setup(home_page):
    return SetUpOrganAction(name="方山县人民政府办公室", code="111411994056312813", short_name="县政府办", parent_page=home_page, slug="office").execute()


@pytest.fixture
def catalogue(organ_setup):
    return organ_setup.catalogue


def person(organ_setup, name, group):
    user = get_user_model().objects.create_user(username=name, password="pw-" + name)
    user.groups.add(organ_setup.groups[group])
    return user


@pytest.fixture
def people(organ_setup):
    return {group: person(organ_setup, group, group) for group in ROLES}


def add_interpretation(catalogue, policy, topic, genre, **fields):
    interpretation = PolicyInterpretationPage(
        title=INTERPRETATION_TITLE, written_date=datetime.date(2025, 3, 20), topic=topic, genre=genre,
        disclosure="public", body="<p>一、起草背景。</p>", live=False, **fields,
    )
    catalogue.add_child(instance=interpretation)
    PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=policy)
    interpretation.save_revision()
    return interpretation


def fresh(page):
    return type(page).objects.get(pk=page.pk)


def decide_secrecy_review(item, people):
    """The reviewer approves the item as the dialog showed it: its revision and its interpretations' revisions."""
    state = fresh(item).current_workflow_task_state.specific
    companions = PolicyInterpretationPage.objects.filter(interpreted_policies__policy=item).exclude(pk=item.pk)
    state.task.specific.on_action(
        state, people[SECRECY_REVIEWERS], "approve", revision=fresh(item).get_latest_revision().pk,
        companion_revisions=[str(companion.get_latest_revision().pk) for companion in companions], **APPROVE,
    )


def through_review(item, catalogue, people):
    """Submit as the editor, approve as section head, decide the secrecy review, sign off as leader."""
    item.save_revision(user=people[EDITORS])
    catalogue.get_workflow().start(item, people[EDITORS])
    fresh(item).current_workflow_task_state.approve(user=people[SECTION_HEADS])
    decide_secrecy_review(item, people)
    fresh(item).current_workflow_task_state.approve(user=people[LEADERS])


def edit_and_submit(admin_client, page, **changes):
    url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = querydict_from_html(admin_client.get(url).content.decode(), form_id="page-edit-form")
    # A ticked checkbox posts "on" (the form parser gives its missing value attribute as "").
    data["needs_interpretation"] = "on"
    for name, value in changes.items():
        data[name] = value
    data["action-submit"] = "1"
    return admin_client.post(url, data)


def test_a_policy_needing_an_interpretation_cannot_be_submitted_without_one(admin_client, make_item):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    policy.save_revision()

    response = edit_and_submit(admin_client, policy)

    assert response.status_code == 200
    assert "本政策须同步发布政策解读：请先添加与其关联的解读再提交审核，或填写无需解读的理由。" in response.content.decode()
    assert fresh(policy).workflow_states.count() == 0


def test_a_recorded_reason_lets_the_policy_be_submitted_without_an_interpretation(admin_client, make_item):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    policy.save_revision()

    response = edit_and_submit(admin_client, policy, no_interpretation_reason="内容简单，无需解读")

    assert response.status_code == 302
    assert fresh(policy).workflow_states.count() == 1


def test_the_policy_is_submitted_once_it_has_an_interpretation(admin_client, make_item, catalogue, topic, genre):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    policy.save_revision()
    add_interpretation(catalogue, policy, topic, genre)

    assert edit_and_submit(admin_client, policy).status_code == 302


def test_the_review_of_the_policy_decides_its_interpretation_and_both_go_live_together(
    client, make_item, catalogue, topic, genre, people
):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True)
    interpretation = add_interpretation(catalogue, policy, topic, genre)

    through_review(policy, catalogue, people)

    assert SecrecyReviewRecord.objects.filter(page_id=interpretation.pk, conclusion="approve").count() == 1
    policy, interpretation = fresh(policy), fresh(interpretation)
    assert policy.live and interpretation.live
    policy_html = client.get(policy.url).content.decode()
    interpretation_html = client.get(interpretation.url).content.decode()
    assert interpretation.url in policy_html and INTERPRETATION_TITLE in policy_html
    assert policy.url in interpretation_html


def test_an_interpretation_never_goes_live_before_its_policy(make_item, catalogue, topic, genre, people):
    policy = make_item(title=POLICY_TITLE)
    interpretation = add_interpretation(catalogue, policy, topic, genre)

    through_review(interpretation, catalogue, people)

    assert not fresh(interpretation).live
    with pytest.raises(PublicationRefused, match="政策解读须与所解读的政策同步发布"):
        fresh(interpretation).get_latest_revision().publish(user=people[LEADERS])
    assert not fresh(interpretation).live


def test_a_policy_needing_an_interpretation_does_not_go_live_alone(make_item, people, catalogue):
    policy = make_item(title=POLICY_TITLE, needs_interpretation=True, no_interpretation_reason="")

    with pytest.raises(PublicationRefused, match="本政策须与政策解读同步发布"):
        through_review(policy, catalogue, people)

    assert not fresh(policy).live


def test_the_report_lists_policies_without_interpretation_or_past_the_deadline(
    admin_client, make_item, catalogue, topic, genre, people, settings
):
    settings.GONGKAI_COLUMN_INTERPRETATION_DEADLINE_DAYS = 5
    reasoned = make_item(title="无需解读的政策", slug="reasoned", doc_number="方政办〔2025〕21号",
                         needs_interpretation=True, no_interpretation_reason="技术性文件")
    through_review(reasoned, catalogue, people)
    timely = make_item(title=POLICY_TITLE, needs_interpretation=True)
    add_interpretation(catalogue, timely, topic, genre)
    through_review(timely, catalogue, people)
    late = fresh(timely).copy(update_attrs={"title": "迟到解读的政策", "slug": "late"})
    DisclosureItemPage.objects.filter(pk=late.pk).update(
        live=True, needs_interpretation=True, published_date=datetime.date(2025, 1, 2)
    )
    DisclosureItemPage.objects.filter(pk=fresh(timely).pk).update(published_date=datetime.date(2025, 1, 2))

    html = admin_client.get(reverse("disclosure_column:interpretations")).content.decode()

    assert "迟到解读的政策" in html
    assert "无需解读的政策" not in html
    assert POLICY_TITLE + "<" not in html.replace(INTERPRETATION_TITLE, "")

