"""disclosure_pages' settings: each has its default, and a value that would break a save is
refused by `manage.py check` with a message naming the setting."""
from django.core.checks import run_checks

from gongkai.disclosure_pages import conf
from gongkai.disclosure_pages.index_numbers import index_number_pattern
from gongkai.disclosure_pages.index_retries import retry_delay


def errors_of_disclosure_pages():
    return {error.id: error.msg for error in run_checks() if error.id.startswith("disclosure_pages.")}


def test_a_site_that_sets_none_of_the_settings_gets_the_documented_defaults(settings):
    for name in conf.DEFAULTS:
        if hasattr(settings, name):
            delattr(settings, name)
    assert index_number_pattern() == "{organ_code}/{year}-{serial:05d}"
    assert conf.get("GONGKAI_ATTACHMENT_MAX_BYTES") == 50 * 1024 * 1024
    assert [retry_delay(attempt).total_seconds() for attempt in range(6)] == [5, 10, 20, 40, 60, 60]
    assert errors_of_disclosure_pages() == {}


def test_a_site_value_wins_over_the_default(settings):
    settings.GONGKAI_INDEX_NUMBER_PATTERN = "{organ_code}-{year}-{serial:04d}"
    assert index_number_pattern() == "{organ_code}-{year}-{serial:04d}"


def test_an_index_number_pattern_with_an_unknown_field_is_refused_at_check(settings):
    settings.GONGKAI_INDEX_NUMBER_PATTERN = "{organ}/{year}-{serial}"
    assert "GONGKAI_INDEX_NUMBER_PATTERN" in errors_of_disclosure_pages()["disclosure_pages.E001"]


def test_an_index_number_pattern_without_the_serial_is_refused_at_check(settings):
    settings.GONGKAI_INDEX_NUMBER_PATTERN = "{organ_code}/{year}"
    assert "{serial}" in errors_of_disclosure_pages()["disclosure_pages.E002"]


def test_a_size_limit_or_retry_delay_that_is_not_a_positive_number_is_refused_at_check(settings):
    settings.GONGKAI_ATTACHMENT_MAX_BYTES = "50MB"
    settings.GONGKAI_SEARCH_RETRY_DELAY = 0
    assert sorted(error.msg for error in run_checks() if error.id == "disclosure_pages.E003") == [
        "GONGKAI_ATTACHMENT_MAX_BYTES must be a positive number, not '50MB'.",
        "GONGKAI_SEARCH_RETRY_DELAY must be a positive number, not 0.",
    ]
