"""The recall tier of a text search: items holding enough of the query's informative words,
ranked by how much of the query they cover (docs/search-analysis.md, issue 15).

The precise tier (query_builder.words_query) asks for most of the query's words; a citizen's
long question or a query with extra words then finds nothing, or one item sharing a frequent
word. Here a word counts by its rarity in the catalogue (term_statistics.WordStatistics): an
item covering the rare words of a query ranks above one repeating a single word, and a word
most items hold (政府, 通知) or none holds (a typo) is not required.
"""
import math

# A word held by more than this share of the searchable items does not open the recall tier.
COMMON_SHARE = 0.2
# Share of the query's informative words an item must hold to be found by the recall tier.
RECALL_SHARE = 0.5
# Points per unit of a word's rarity (BM25 idf) when an item holds it, and more in its title.
COVERAGE_POINTS = 1.0
TITLE_COVERAGE_POINTS = 1.0


def counted_words(words, statistics):
    """The query's words that some item holds (lone Chinese characters have no token)."""
    return [word for word in dict.fromkeys(words) if statistics.holders.get(word, 0) > 0 and not is_single_character(word)]


def informative_words(words, statistics):
    return [word for word in counted_words(words, statistics) if statistics.share(word) <= COMMON_SHARE]


def recall_gate(words, alternatives, statistics, fields):
    """Items holding enough of the informative words, or a lexicon alternative of one; None
    when the query has no informative word."""
    informative = informative_words(words, statistics)
    if not informative:
        return None
    required = max(1, math.ceil(len(informative) * RECALL_SHARE))
    should = [phrase(word, fields) for word in informative] + [phrase(term, fields) for term in alternatives]
    return {"constant_score": {"filter": {"bool": {"should": should, "minimum_should_match": required}}, "boost": 0}}


def coverage_scores(words, alternatives, statistics, fields, title_field):
    """Points for each counted word an item holds, by the word's rarity, more in the title."""
    scores = []
    for word in [*counted_words(words, statistics), *counted_words(alternatives, statistics)]:
        weight = statistics.weight(word)
        scores.append({"constant_score": {"filter": phrase(word, fields), "boost": weight * COVERAGE_POINTS}})
        if title_field:
            scores.append({"constant_score": {"filter": phrase(word, [title_field]), "boost": weight * TITLE_COVERAGE_POINTS}})
    return scores


def phrase(text, fields):
    return {"multi_match": {"query": text, "type": "phrase", "fields": fields}}


def is_single_character(word):
    """A lone Chinese character: the bigram index has no token for it (`雾`, `镇`), so it
    cannot count as a word; the bigram clause still sees it with its neighbours."""
    return len(word) == 1 and not word.isascii()
