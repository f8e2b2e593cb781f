"""review_workflow's settings: each has its default, and a review chain that cannot be built
is refused by `manage.py check`, before any organ is set up."""
from django.core.checks import run_checks

from gongkai.disclosure_pages.constants import LEADERS, SECRECY_REVIEWERS, SECTION_HEADS
from gongkai.review_workflow import conf
from gongkai.review_workflow.ledger_anchors import anchor_file
from gongkai.review_workflow.models import private_letter_storage
from gongkai.review_workflow.organ_workflows import review_steps
from gongkai.review_workflow.separation import separation_of_duties_applies


def errors_of_review_workflow():
    return {error.id: error.msg for error in run_checks() if error.id.startswith("review_workflow.E")}


def test_a_site_that_sets_none_of_the_settings_gets_the_documented_defaults(settings, tmp_path):
    for name in conf.DEFAULTS:
        if hasattr(settings, name):
            delattr(settings, name)
    settings.MEDIA_ROOT = tmp_path / "media"
    assert review_steps() == [SECTION_HEADS, SECRECY_REVIEWERS, LEADERS]
    assert separation_of_duties_applies() is True
    assert anchor_file() is None
    assert private_letter_storage().location == str(tmp_path / "private-media")
    assert errors_of_review_workflow() == {}


def test_review_steps_without_the_secrecy_review_are_refused_at_check(settings):
    settings.GONGKAI_REVIEW_STEPS = [SECTION_HEADS, LEADERS]
    assert SECRECY_REVIEWERS in errors_of_review_workflow()["review_workflow.E003"]


def test_review_steps_naming_an_unknown_role_are_refused_at_check(settings):
    settings.GONGKAI_REVIEW_STEPS = [SECRECY_REVIEWERS, "directors"]
    assert "directors" in errors_of_review_workflow()["review_workflow.E003"]


def test_review_steps_that_are_not_a_list_are_refused_at_check(settings):
    settings.GONGKAI_REVIEW_STEPS = 3
    assert "GONGKAI_REVIEW_STEPS" in errors_of_review_workflow()["review_workflow.E003"]
