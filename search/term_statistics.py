"""How common each query word is in the catalogue, read from the index's own term statistics.

A word held by most items (政府, 通知, 方山县) says little about what is sought, and a word no
item holds (a typo, a citizen's own wording) can never match: requiring either of them is what
made long colloquial questions find nothing. One `_termvectors` request on an artificial
document gives the number of items holding each of the query's bigrams; a word is held by at
most as many items as its rarest bigram.
"""
import math
import re
from dataclasses import dataclass, field

from .connection import client
from .query_builder import FIELD_BOOSTS

TEXT_FIELDS = tuple(FIELD_BOOSTS)
# Runs the standard tokenizer keeps apart: ASCII letters and digits, and Chinese characters.
RUNS = re.compile(r"[a-z0-9]+|[\u3400-\u9fff]+")


@dataclass(frozen=True)
class WordStatistics:
    """Items holding each word (an upper bound) among `items` searchable ones."""

    items: int = 0
    holders: dict = field(default_factory=dict)

    def share(self, word):
        return self.holders.get(word, 0) / self.items if self.items else 0.0

    def weight(self, word):
        """BM25's inverse document frequency of the word: rare words weigh more."""
        held = self.holders.get(word, 0)
        return math.log(1 + (self.items - held + 0.5) / (held + 0.5))


def word_statistics(index, words):
    """WordStatistics of `words` (each of two or more characters, or ASCII) in `index`."""
    if not words:
        return WordStatistics()
    text = " ".join(words)
    response = client().termvectors(
        index=index,
        doc={name: text for name in TEXT_FIELDS},
        fields=list(TEXT_FIELDS),
        term_statistics=True,
        field_statistics=True,
        positions=False,
        offsets=False,
    )
    vectors = response.get("term_vectors", {})
    items = max((vector.get("field_statistics", {}).get("doc_count", 0) for vector in vectors.values()), default=0)
    frequencies = {}
    for vector in vectors.values():
        for token, stats in vector.get("terms", {}).items():
            frequencies[token] = max(frequencies.get(token, 0), stats.get("doc_freq", 0))
    return WordStatistics(items=items, holders={word: min((frequencies.get(token, 0) for token in bigrams(word)), default=0) for word in words})


def bigrams(word):
    """The tokens the bigram analyzer makes of a word: ASCII runs whole, Chinese runs as their
    character pairs (a lone character as itself)."""
    tokens = []
    for run in RUNS.findall(word.lower()):
        if run.isascii() or len(run) < 2:
            tokens.append(run)
        else:
            tokens += [run[i : i + 2] for i in range(len(run) - 1)]
    return tokens
