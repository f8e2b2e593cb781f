"""The full-text part of a catalogue search, as chosen by measurement (docs/search-analysis.md).

An exact 索引号 or 文号 wins outright, then documents whose text cites that 文号; a 文号 written
by parts matches the parsed parts, and when it names a 机关代字 only documents of that code.
The rest of the query must match as words (most of its jieba words, each as a phrase of its
CJK bigrams) or as bigrams, or as a lexicon rewrite (the other term as a phrase); phrases
decide the order. Given the term statistics of the query's words, an item holding half its
informative words is found too, and the rarity of the words an item covers adds to the score
(gongkai.search.coverage); a query with a word no item holds leans on its bigrams and
characters (gongkai.search.unheld_words). Every function reads an AnalysedQuery
(gongkai.search.query_analysis).
"""
from .citations import part_keys
from .documents import INTERPRETED, NORMATIVE
from .coverage import coverage_scores, informative_words, is_single_character, recall_gate
from .unheld_words import CHARACTERS_MINIMUM_MATCH, bigrams_gate, characters_clause, has_unheld_word

EXACT_BOOST = 1000
CITED_EXACT_BOOST = 200
PARTS_BOOST = 200
CITED_PARTS_BOOST = 100
# A code typed without its first characters: below the codes it is, above citing items.
SHORTENED_AGENCY_BOOST = 300
FIELD_BOOSTS = {"title": 4, "abstract": 2, "body": 1, "attachments": 1}
# The item's own 文号 as text: a 文号 typed without its serial (`方政办2022`) matches its parts.
DOC_NUMBER_TEXT_FIELD = "doc_number.text^4"
# Long natural questions may miss a word or two; short queries must match every word.
WORDS_MINIMUM_MATCH = "2<67%"
BIGRAMS_MINIMUM_MATCH = "3<80%"
# When nothing matches strictly (typos, chatty questions), about half the words or bigrams do.
RELAXED_MINIMUM_MATCH = "1<50%"
# An item no longer in force (已修改/已废止/失效) scores this share of what its text match
# would: the item that replaced it, matching about as well, comes first. Identifier matches
# keep their score: whoever types an old 文号 wants that document.
NOT_IN_FORCE_WEIGHT = 0.3
IN_FORCE = "valid"
# Matching about as well, the policy comes before the lists, notices and interpretations about
# it: a 规范性文件 and a document with interpretations are what a search for a subject
# usually seeks (measured on the tuning sets, docs/search-analysis.md).
NORMATIVE_WEIGHT = 1.2
INTERPRETED_WEIGHT = 1.3


def field_boosts(title_only):
    return {"title": FIELD_BOOSTS["title"]} if title_only else FIELD_BOOSTS


def text_fields(title_only):
    fields = [f"{name}^{boost}" for name, boost in field_boosts(title_only).items()]
    return fields if title_only else fields + [DOC_NUMBER_TEXT_FIELD]


def build_text_query(analysed, title_only=False, relaxed=False, statistics=None):
    """The scoring query of the search box (match_all when it is empty); `relaxed` asks for
    fewer of the words, for a second try when the strict query found nothing; `statistics`
    (term_statistics.WordStatistics of the query's words) adds the recall tier."""
    if analysed.is_empty:
        return {"match_all": {}}
    should = identifier_clauses(analysed, relaxed)
    if analysed.text:
        should.append(ranked_by_standing(words_query(analysed, title_only, relaxed, statistics)))
    return {"bool": {"should": should, "minimum_should_match": 1}}


def identifier_clauses(analysed, relaxed=False):
    identifiers = analysed.identifiers
    # Any 索引号 an organ's pattern or an import made, whatever its prefix, as typed and folded.
    index_numbers = [number for number in dict.fromkeys([analysed.verbatim, analysed.folded]) if number]
    clauses = [_constant({"terms": {"index_number": index_numbers}}, EXACT_BOOST)]
    if identifiers.exact_doc_number:
        clauses.append(_constant({"term": {"doc_number": identifiers.exact_doc_number}}, EXACT_BOOST))
        clauses.append(_constant({"term": {"cited_doc_numbers": identifiers.exact_doc_number}}, CITED_EXACT_BOOST))
    parts = identifiers.doc_number_parts
    if parts:
        clauses += doc_number_part_clauses(parts, relaxed)
    return clauses


def doc_number_part_clauses(parts, relaxed=False):
    """The item's own parsed 文号, then 文号 its text cites. A 机关代字 in the query is required
    as any ending of two or more characters ("防汛的方政办" may carry words before the code), so
    `国办发〔2022〕8号` never matches `方政发〔2022〕8号`; a code typed without its first
    characters (`政办`, `青政`, `环审` for 方政办, 方青政, 方环审) matches the codes it ends, below
    those it is; the relaxed retry accepts any part of two or more characters (a code typed with a
    character too many: `方政办发`)."""
    numbers = [{"term": {f"doc_number_{name}": value}} for name, value in (("serial", parts.serial), ("year", parts.year)) if value]
    agencies = agency_spellings(parts.agency, relaxed)
    if not agencies:
        clauses = [_constant({"bool": {"filter": numbers}}, PARTS_BOOST)] if numbers else []
        return clauses + cited_part_clauses(parts, [""])
    clauses = [_constant({"bool": {"filter": [*numbers, {"terms": {"doc_number_agency": agencies}}]}}, PARTS_BOOST * 2)]
    if numbers:
        endings = {"bool": {"should": [_ends_with("doc_number_agency", agency) for agency in agencies]}}
        clauses.append(_constant({"bool": {"filter": [*numbers, endings]}}, SHORTENED_AGENCY_BOOST))
    return clauses + cited_part_clauses(parts, agencies)


def cited_part_clauses(parts, agencies):
    """Items whose text cites a 文号 with these parts: by the agency as typed, or by a code it
    ends (`国办发||8`); without an agency, a year and serial (`|2022|8`) or a serial alone."""
    if not parts.serial:
        return []
    year = str(parts.year or "")
    if agencies == [""]:
        key = part_keys("", year, parts.serial)[2] if parts.year else None
        query = {"term": {"cited_doc_number_parts": key}} if key else _ends_with("cited_doc_number_parts", f"||{parts.serial}")
        return [_constant(query, CITED_PARTS_BOOST / (1 if key else 2))]
    keys = [part_keys(agency, year, parts.serial)[0 if parts.year else 1] for agency in agencies]
    shortened = [_ends_with("cited_doc_number_parts", key) for key in keys]
    return [
        _constant({"terms": {"cited_doc_number_parts": keys}}, CITED_PARTS_BOOST),
        _constant({"bool": {"should": shortened}}, CITED_PARTS_BOOST / 2),
    ]


def _ends_with(field, value):
    return {"wildcard": {field: {"value": f"*{value}"}}}


def agency_spellings(agency, relaxed):
    """The 机关代字 a query's code may stand for: its endings, or (relaxed) any part of it."""
    if len(agency) < 2:
        return [agency] if agency else []
    if relaxed:
        return sorted({agency[i:j] for i in range(len(agency)) for j in range(i + 2, len(agency) + 1)})
    return [agency[i:] for i in range(len(agency) - 1)]


def ranked_by_standing(query):
    """The text score, weighted by what the item is: no longer in force, a 规范性文件, a policy
    with interpretations."""
    not_in_force = {"bool": {"must_not": {"term": {"validity": IN_FORCE}}}}
    functions = [
        {"filter": not_in_force, "weight": NOT_IN_FORCE_WEIGHT},
        {"filter": {"term": {"normative": NORMATIVE}}, "weight": NORMATIVE_WEIGHT},
        {"filter": {"term": {"standing": INTERPRETED}}, "weight": INTERPRETED_WEIGHT},
    ]
    return {"function_score": {"query": query, "functions": functions, "score_mode": "multiply", "boost_mode": "multiply"}}


def words_query(analysed, title_only, relaxed=False, statistics=None):
    """Most query words must be in the item, as words or as bigrams (segmentation of a short
    query does not always find the words of the document), or a lexicon rewrite must be;
    phrases add to the score. With `statistics`, an item holding enough of the informative
    words is found too, and covering the query's rare words adds to the score (gongkai.search.coverage)."""
    fields = text_fields(title_only)
    minimum_match = RELAXED_MINIMUM_MATCH if relaxed else BIGRAMS_MINIMUM_MATCH
    matches = [
        {"multi_match": {"query": analysed.text, "type": "cross_fields", "fields": fields, "minimum_should_match": minimum_match}},
        *(rewrite_clause(rewrite, fields) for rewrite in analysed.rewrites),
    ]
    # Relaxed, a word most items hold (政府) or none holds would let half the query match anything.
    relaxed_words = informative_words(analysed.words, statistics) if relaxed and statistics else analysed.words
    words = words_clause(relaxed_words, fields, relaxed)
    if words:
        matches.insert(0, words)
    if relaxed:
        matches.append(characters_clause(analysed.text, field_boosts(title_only), CHARACTERS_MINIMUM_MATCH))
    phrase = {"multi_match": {"query": analysed.text, "type": "phrase", "fields": fields, "boost": 2}}
    precise = {"bool": {"should": [*matches, phrase], "minimum_should_match": 1}}
    if statistics is None:
        return precise
    gates = [precise, *filter(None, [recall_gate(analysed.words, analysed.alternative_terms, statistics, fields)])]
    scores = coverage_scores(analysed.words, analysed.alternative_terms, statistics, fields, None if title_only else "title")
    if has_unheld_word(analysed.words, statistics):
        gates.append(bigrams_gate(analysed.text, fields))
        scores.append(characters_clause(analysed.text, field_boosts(title_only)))
    return {"bool": {"must": [{"bool": {"should": gates, "minimum_should_match": 1}}], "should": scores}}


def rewrite_clause(rewrite, fields):
    """The other term of a lexicon group, found whole; the query's other words add to the score."""
    return {
        "bool": {
            "must": [_phrase(rewrite.term, fields)],
            "should": [_phrase(word, fields) for word in rewrite.other_words if not is_single_character(word)],
        }
    }


def words_clause(words, fields, relaxed):
    """Most of the words, each found whole: a word's bigrams adjacent, in the same field
    (None when the query has no word of two or more characters)."""
    words = [word for word in words if not is_single_character(word)]
    if not words:
        return None
    return {
        "bool": {
            "should": [_phrase(word, fields) for word in words],
            "minimum_should_match": RELAXED_MINIMUM_MATCH if relaxed else WORDS_MINIMUM_MATCH,
            "boost": 2,
        }
    }


def can_relax(analysed):
    """True when a relaxed query would ask less: fewer text words, or a 文号's code only as a hint."""
    parts = analysed.identifiers.doc_number_parts
    return bool(analysed.text or (parts and parts.agency))


def build_highlight_query(analysed):
    """What to mark in snippets: the query text's bigrams and the lexicon terms it was rewritten to."""
    if not analysed.text:
        return None
    terms = [analysed.text, *analysed.alternative_terms]
    return {"bool": {"should": [{"multi_match": {"query": term, "fields": list(FIELD_BOOSTS)}} for term in terms]}}


def _phrase(text, fields):
    return {"multi_match": {"query": text, "type": "phrase", "fields": fields}}


def _constant(query, boost):
    return {"constant_score": {"filter": query, "boost": boost}}
