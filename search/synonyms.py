"""The editable synonym list (同义词表) and its expansion of queries.

The list is a reviewed data file (setting GONGKAI_SEARCH_SYNONYMS_FILE, default
search/data/synonyms.json: a JSON list of groups of equivalent terms) rather than a snippet:
a change is versioned, reviewed and deployed with the code, and since expansion happens at
query time, no reindex is needed — the next start of the site applies it.
"""
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

from django.conf import settings

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "synonyms.json"


def synonyms_file():
    return Path(getattr(settings, "GONGKAI_SEARCH_SYNONYMS_FILE", DEFAULT_FILE))


@lru_cache(maxsize=4)
def load_synonym_groups(path):
    """Groups of equivalent terms, each a tuple of two or more."""
    groups = json.loads(Path(path).read_text(encoding="utf-8"))
    return tuple(
        tuple(unicodedata.normalize("NFKC", term.strip()) for term in group if term.strip())
        for group in groups
        if len(group) > 1
    )


def synonym_alternatives(folded_query):
    """Terms that mean the same as a term the query contains, excluding what it already says."""
    alternatives = []
    for group in load_synonym_groups(synonyms_file()):
        if any(term in folded_query for term in group):
            alternatives.extend(
                term for term in group if term not in folded_query and term not in alternatives
            )
    return alternatives
