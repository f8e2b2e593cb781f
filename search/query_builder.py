"""The full-text part of a catalogue search, as chosen by measurement (docs/search-analysis.md).

An exact 索引号 or 文号 wins outright; a 文号 written by parts matches the parsed parts;
the rest of the query must match as words (most of its jieba words, each as a phrase of its
CJK bigrams) or as bigrams, and phrases and synonyms decide the order.
"""
from .analysis import fold_query, query_words
from .identifiers import find_identifiers
from .synonyms import synonym_alternatives

EXACT_BOOST = 1000
PARTS_BOOST = 200
FIELD_BOOSTS = {"title": 4, "abstract": 2, "body": 1, "attachments": 1}
# Long natural questions may miss a word or two; short queries must match every word.
WORDS_MINIMUM_MATCH = "2<67%"
BIGRAMS_MINIMUM_MATCH = "3<80%"
# When nothing matches strictly (typos, chatty questions), about half the words or bigrams do.
RELAXED_MINIMUM_MATCH = "1<50%"


def text_fields(title_only):
    names = ["title"] if title_only else list(FIELD_BOOSTS)
    return [f"{name}^{FIELD_BOOSTS[name]}" for name in names]


def build_text_query(raw_query, title_only=False, relaxed=False):
    """The scoring query of the search box (match_all when it is empty); `relaxed` asks for
    fewer of the words, for a second try when the strict query found nothing."""
    folded = fold_query(raw_query)
    if not folded:
        return {"match_all": {}}
    identifiers = find_identifiers(folded)
    should = identifier_clauses(identifiers)
    text = identifiers.remaining_text
    if text:
        should.append(words_query(text, title_only, relaxed))
    if not should:
        return {"match_none": {}}
    return {"bool": {"should": should, "minimum_should_match": 1}}


def identifier_clauses(identifiers):
    clauses = []
    if identifiers.exact_index_number:
        clauses.append(_constant({"term": {"index_number": identifiers.exact_index_number}}, EXACT_BOOST))
    if identifiers.exact_doc_number:
        clauses.append(_constant({"term": {"doc_number": identifiers.exact_doc_number}}, EXACT_BOOST))
    parts = identifiers.doc_number_parts
    if parts:
        required = [{"term": {"doc_number_serial": parts.serial}}]
        if parts.year:
            required.append({"term": {"doc_number_year": parts.year}})
        agency = []
        if parts.agency:
            # "防汛的方政办" may carry words before the code: any ending of two or more characters.
            endings = [parts.agency[i:] for i in range(len(parts.agency) - 1)] or [parts.agency]
            agency.append(_constant({"terms": {"doc_number_agency": endings}}, PARTS_BOOST))
        clauses.append(
            {"bool": {"must": [_constant({"bool": {"filter": required}}, PARTS_BOOST)], "should": agency}}
        )
    return clauses


def words_query(text, title_only, relaxed=False):
    """Most query words must be in the item, as words or as bigrams (segmentation of a short
    query does not always find the words of the document); phrases and synonyms add to the score."""
    fields = text_fields(title_only)
    minimum_match = RELAXED_MINIMUM_MATCH if relaxed else BIGRAMS_MINIMUM_MATCH
    matches = [
        {"multi_match": {"query": text, "type": "cross_fields", "fields": fields, "minimum_should_match": minimum_match}},
        *(
            {"multi_match": {"query": alternative, "type": "phrase", "fields": fields}}
            for alternative in synonym_alternatives(text)
        ),
    ]
    words = words_clause(query_words(text), fields, relaxed)
    if words:
        matches.insert(0, words)
    phrase = {"multi_match": {"query": text, "type": "phrase", "fields": fields, "boost": 2}}
    return {"bool": {"should": [*matches, phrase], "minimum_should_match": 1}}


def words_clause(words, fields, relaxed):
    """Most of the words, each found whole: a word's bigrams adjacent, in the same field
    (None when the query has no word of two or more characters)."""
    words = [word for word in words if not is_single_character(word)]
    if not words:
        return None
    return {
        "bool": {
            "should": [{"multi_match": {"query": word, "type": "phrase", "fields": fields}} for word in words],
            "minimum_should_match": RELAXED_MINIMUM_MATCH if relaxed else WORDS_MINIMUM_MATCH,
            "boost": 2,
        }
    }


def is_single_character(word):
    """A lone Chinese character: the bigram index has no token for it (`雾`, `镇`), so it
    cannot count as a word; the bigram clause still sees it with its neighbours."""
    return len(word) == 1 and not word.isascii()


def can_relax(raw_query):
    """True when a query has text words that a relaxed query would ask fewer of."""
    folded = fold_query(raw_query)
    return bool(folded and find_identifiers(folded).remaining_text)


def build_highlight_query(raw_query):
    """What to mark in snippets: the folded query's bigrams and its synonyms."""
    folded = fold_query(raw_query)
    text = find_identifiers(folded).remaining_text if folded else ""
    if not text:
        return None
    terms = [text, *synonym_alternatives(text)]
    return {
        "bool": {
            "should": [
                {"multi_match": {"query": term, "fields": list(FIELD_BOOSTS)}} for term in terms
            ]
        }
    }


def _constant(query, boost):
    return {"constant_score": {"filter": query, "boost": boost}}
