"""search's settings: each has its default; the cluster's address must be set by the site, and
values a request would trip on are refused by `manage.py check`."""
from pathlib import Path

from django.core.checks import run_checks

from gongkai.search import conf
from gongkai.search.documents import index_body
from gongkai.search.index_names import alias_name
from gongkai.search.engine import max_page
from gongkai.search.synonyms import synonyms_file


def errors_of_search():
    return {error.id: error.msg for error in run_checks() if error.id.startswith("search.")}


def test_a_site_that_sets_only_the_cluster_address_gets_the_documented_defaults(settings):
    for name in conf.DEFAULTS:
        if name != "ELASTICSEARCH_URL" and hasattr(settings, name):
            delattr(settings, name)
    assert alias_name() == "gongkai-catalogue"
    assert index_body()["settings"]["number_of_replicas"] == 0
    assert max_page() == 50
    assert conf.get("GONGKAI_SEARCH_TIMEOUT") == 5
    assert conf.get("ELASTICSEARCH_OPTIONS") == {}
    assert synonyms_file() == Path(conf.__file__).parent / "data" / "synonyms.json"
    assert errors_of_search() == {}


def test_a_site_without_an_elasticsearch_url_is_told_to_set_it(settings):
    del settings.ELASTICSEARCH_URL
    assert "ELASTICSEARCH_URL must be the http:// or https:// address" in errors_of_search()["search.E001"]


def test_an_elasticsearch_url_without_a_scheme_is_refused_at_check(settings):
    settings.ELASTICSEARCH_URL = "es.example.gov.cn:9200"
    assert "'es.example.gov.cn:9200'" in errors_of_search()["search.E001"]


def test_an_index_prefix_elasticsearch_would_refuse_is_refused_at_check(settings):
    settings.GONGKAI_INDEX_PREFIX = "Gongkai Staging"
    assert "GONGKAI_INDEX_PREFIX" in errors_of_search()["search.E003"]


def test_client_options_that_are_not_a_dict_are_refused_at_check(settings):
    settings.ELASTICSEARCH_OPTIONS = "api_key=abc"
    assert "ELASTICSEARCH_OPTIONS" in errors_of_search()["search.E002"]


def test_page_limits_and_timeouts_that_are_not_usable_numbers_are_refused_at_check(settings):
    settings.GONGKAI_SEARCH_MAX_PAGE = 0
    settings.GONGKAI_SEARCH_TIMEOUT = "5"
    settings.GONGKAI_SEARCH_REPLICAS = 1.5
    assert sorted(error.msg for error in run_checks() if error.id == "search.E004") == [
        "GONGKAI_SEARCH_MAX_PAGE must be a whole number of at least 1, not 0.",
        "GONGKAI_SEARCH_REPLICAS must be a whole number of at least 0, not 1.5.",
        "GONGKAI_SEARCH_TIMEOUT must be a positive number of seconds, not '5'.",
    ]


def test_a_missing_synonyms_file_is_refused_at_check(settings, tmp_path):
    settings.GONGKAI_SEARCH_SYNONYMS_FILE = tmp_path / "missing.json"
    assert "missing.json is not a file" in errors_of_search()["search.E005"]
