"""A search query analysed once: folded, its identifiers split off, its question words taken
out, segmented, and its lexicon terms rewritten. The text query, the highlight query and the
relaxed retry all read the same AnalysedQuery.
"""
from dataclasses import dataclass
from functools import lru_cache

from .analysis import fold_query, normalise_query, query_words, strip_question
from .identifiers import Identifiers, find_identifiers
from .synonyms import lexicon_rewrites

ANALYSED_QUERIES_CACHED = 512


@dataclass(frozen=True)
class Rewrite:
    """The query said with another term of a lexicon group: that term, and the query's other
    content words."""

    term: str
    other_words: tuple[str, ...]


@dataclass(frozen=True)
class AnalysedQuery:
    verbatim: str = ""
    folded: str = ""
    identifiers: Identifiers = Identifiers()
    text: str = ""
    words: tuple[str, ...] = ()
    rewrites: tuple[Rewrite, ...] = ()

    @property
    def is_empty(self):
        return not self.folded

    @property
    def alternative_terms(self):
        return tuple(dict.fromkeys(rewrite.term for rewrite in self.rewrites))


@lru_cache(maxsize=ANALYSED_QUERIES_CACHED)
def analyse_query(raw_query):
    """The AnalysedQuery of what a user typed (cached: a query is often asked again)."""
    verbatim = " ".join(normalise_query(raw_query).split())
    folded = fold_query(raw_query)
    if not folded:
        return AnalysedQuery()
    identifiers = find_identifiers(folded)
    text = strip_question(identifiers.remaining_text) if identifiers.remaining_text else ""
    rewrites = tuple(
        Rewrite(term=alternative, other_words=tuple(query_words(rest)))
        for alternative, rest in lexicon_rewrites(text)
    )
    return AnalysedQuery(
        verbatim=verbatim,
        folded=folded,
        identifiers=identifiers,
        text=text,
        words=tuple(query_words(text)),
        rewrites=rewrites,
    )
