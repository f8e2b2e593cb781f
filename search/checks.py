"""System checks of search's settings: where the cluster is, and values a query would trip on."""
import re
from pathlib import Path
from urllib.parse import urlsplit

from django.core.checks import Error, register

from . import conf

# Elasticsearch's rule for index names, of which the prefix is the start.
INDEX_PREFIX = re.compile(r"[a-z0-9][a-z0-9._-]*")
# Each numeric setting: what it must be, and the test of it.
NUMBERS = {
    "GONGKAI_SEARCH_TIMEOUT": ("a positive number of seconds", lambda value: value > 0),
    "GONGKAI_SEARCH_MAX_PAGE": ("a whole number of at least 1", lambda value: isinstance(value, int) and value >= 1),
    "GONGKAI_SEARCH_REPLICAS": ("a whole number of at least 0", lambda value: isinstance(value, int) and value >= 0),
}


@register
def elasticsearch_url_is_set(app_configs, **kwargs):
    url = conf.get("ELASTICSEARCH_URL")
    if isinstance(url, str) and urlsplit(url).scheme in ("http", "https") and urlsplit(url).hostname:
        return []
    return [
        Error(
            f"ELASTICSEARCH_URL must be the http:// or https:// address of the Elasticsearch "
            f"cluster holding the public catalogue index, not {url!r}.",
            hint='e.g. ELASTICSEARCH_URL = "https://user:password@es.example.gov.cn:9200" (docs/settings.md).',
            id="search.E001",
        )
    ]


@register
def search_settings_are_usable(app_configs, **kwargs):
    errors = []
    if not isinstance(conf.get("ELASTICSEARCH_OPTIONS"), dict):
        errors.append(Error("ELASTICSEARCH_OPTIONS must be a dict of client options.", id="search.E002"))
    prefix = conf.get("GONGKAI_INDEX_PREFIX")
    if not isinstance(prefix, str) or not INDEX_PREFIX.fullmatch(prefix):
        errors.append(
            Error(
                f"GONGKAI_INDEX_PREFIX {prefix!r} cannot start an Elasticsearch index name.",
                hint="Use lowercase letters, digits, '.', '_' and '-', starting with a letter or digit.",
                id="search.E003",
            )
        )
    for name, (expected, holds) in NUMBERS.items():
        value = conf.get(name)
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not holds(value):
            errors.append(Error(f"{name} must be {expected}, not {value!r}.", id="search.E004"))
    synonyms_file = conf.get("GONGKAI_SEARCH_SYNONYMS_FILE")
    if not Path(synonyms_file).is_file():
        errors.append(Error(f"GONGKAI_SEARCH_SYNONYMS_FILE {synonyms_file} is not a file.", id="search.E005"))
    return errors
