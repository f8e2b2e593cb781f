"""setup_organ gives each organ its review workflow 信息公开发布审核 on its catalogue."""
import pytest
from django.core.exceptions import ImproperlyConfigured

from gongkai.disclosure_pages.actions.set_up_organ import SetUpOrganAction
from gongkai.disclosure_pages.constants import LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.review_workflow.models import SecrecyReviewTask


def task_names(catalogue):
    return [task.name for task in catalogue.get_workflow().tasks.order_by("workflow_tasks__sort_order")]


def test_an_organ_gets_section_review_secrecy_review_and_leader_sign_off(organ_setup):
    catalogue = organ_setup.catalogue
    assert catalogue.get_workflow().name == "信息公开发布审核（县政府办）"
    assert task_names(catalogue) == ["科室审核（县政府办）", "保密审查（县政府办）", "领导签发（县政府办）"]
    secrecy = SecrecyReviewTask.objects.get(organ=organ_setup.organ)
    assert list(secrecy.groups.all()) == [organ_setup.groups[SECRECY_REVIEWERS]]


def test_the_steps_are_configurable_and_running_setup_again_updates_the_workflow(organ_setup, settings, home_page):
    settings.GONGKAI_REVIEW_STEPS = [SECRECY_REVIEWERS, LEADERS]
    SetUpOrganAction(name="方山县人民政府办公室", code=organ_setup.organ.code, short_name="县政府办", parent_page=home_page).execute()
    assert task_names(organ_setup.catalogue) == ["保密审查（县政府办）", "领导签发（县政府办）"]


def test_a_workflow_without_the_secrecy_review_is_refused(db, home_page, settings):
    settings.GONGKAI_REVIEW_STEPS = [SECTION_HEADS, LEADERS]
    with pytest.raises(ImproperlyConfigured):
        SetUpOrganAction(name="方山县生态环境局", code="11141199405631361N", parent_page=home_page).execute()
