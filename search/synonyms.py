"""The government-domain lexicon (同义词表) and the rewrites of queries it allows.

The lexicon is a reviewed data file (setting GONGKAI_SEARCH_SYNONYMS_FILE, default
search/data/synonyms.json: a JSON list of groups, the official term first, then the everyday
words, abbreviations and older names people type for it) rather than a snippet: a change is
versioned, reviewed and deployed with the code, and since rewriting happens at query time, no
reindex is needed — the next start of the site applies it. Every term is also given to jieba
as a word, so a query is never segmented inside a term.
"""
import json
import unicodedata
from functools import lru_cache
from pathlib import Path

import jieba

from . import conf

# A query rarely holds more than two lexicon terms; more rewrites only slow the search.
MAX_REWRITES = 12


def synonyms_file():
    return Path(conf.get("GONGKAI_SEARCH_SYNONYMS_FILE"))


@lru_cache(maxsize=4)
def load_synonym_groups(path):
    """Groups of equivalent terms, each a tuple of two or more, official term first."""
    groups = json.loads(Path(path).read_text(encoding="utf-8"))
    loaded = tuple(
        tuple(unicodedata.normalize("NFKC", term.strip()).lower() for term in group if term.strip())
        for group in groups
        if len(group) > 1
    )
    for group in loaded:
        for term in group:
            jieba.add_word(term)
    return loaded


def lexicon_rewrites(folded_text):
    """(other term, the text without the term it replaces) for each lexicon term the text
    contains (the longest when terms overlap), excluding terms the text already says."""
    text = folded_text.lower()
    found = [term for group in load_synonym_groups(synonyms_file()) for term in group if term in text]
    found = [term for term in found if not any(term != longer and term in longer for longer in found)]
    rewrites = []
    for group in load_synonym_groups(synonyms_file()):
        for term in group:
            if term not in found:
                continue
            rest = text.replace(term, " ")
            rewrites += [(other, rest) for other in group if other != term and other not in rest and (other, rest) not in rewrites]
    return rewrites[:MAX_REWRITES]
