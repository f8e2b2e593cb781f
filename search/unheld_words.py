"""Queries with a word no item holds: a typo (`公组房`, `大气污然`) or a citizen's own word
(`工钱`, `便宜房子`). Such a word can never match, so the search leans on what is left:

- in the first request, half of the query's bigrams may find an item (the neighbours of a
  misspelt character), and its single characters add a little to the score;
- in the relaxed retry, made when nothing at all was found, the query's single characters
  (`.chars`, as Wagtail's stock search indexes text) find items holding most of them.
"""
from .coverage import is_single_character

# Half of the bigrams: a misspelt character spoils the two bigrams it is in.
BIGRAMS_MINIMUM_MATCH = "1<50%"
CHARACTERS_MINIMUM_MATCH = "60%"
# Characters weigh little: they share no meaning, only spelling.
CHARACTERS_SCORE_BOOST = 0.5
CHARACTERS_FIELDS = ("title", "abstract", "body")


def has_unheld_word(words, statistics):
    """Some word of two or more characters is held by no item."""
    return any(statistics.holders.get(word, 0) == 0 for word in words if not is_single_character(word))


def bigrams_gate(text, fields):
    return {"multi_match": {"query": text, "type": "cross_fields", "fields": fields, "minimum_should_match": BIGRAMS_MINIMUM_MATCH}}


def characters_clause(text, field_boosts, minimum_match=None):
    """The query's single characters in the items' `.chars` fields (at least `minimum_match`
    of them when given), weighted by field as the text is."""
    fields = [f"{name}.chars^{boost}" for name, boost in field_boosts.items() if name in CHARACTERS_FIELDS]
    clause = {"query": text, "type": "cross_fields", "fields": fields, "boost": CHARACTERS_SCORE_BOOST}
    if minimum_match:
        clause["minimum_should_match"] = minimum_match
    return {"multi_match": clause}
