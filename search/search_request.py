"""Reading a search request's parameters into a CatalogueQuery, with clear errors.

Unknown parameters, repeated single values, non-numbers and out-of-range pages are refused
with a message saying what is wrong (HTTP 400); unknown facet values simply match nothing.
Characters nobody can type or see (controls, lone surrogates) are dropped from every value.
"""
import datetime
import re

from django.utils.translation import gettext as _

from .analysis import CONTROL_CHARACTERS
from .engine import SORTS, CatalogueQuery, max_page

MAX_QUERY_LENGTH = 200
MAX_VALUES_PER_FACET = 20
MAX_VALUE_LENGTH = 60
FACET_PARAMETERS = ("organ", "topic", "genre", "year", "validity", "normative")
DATE_PARAMETERS = ("written_from", "written_to", "published_from", "published_to")
SINGLE_PARAMETERS = ("q", "sort", "page", "scope", *DATE_PARAMETERS)
SCOPES = ("all", "title")
# Not covered by CONTROL_CHARACTERS and still invalid in XML 1.0, which the search feed writes.
NON_CHARACTERS = re.compile(r"[\ud800-\udfff\ufffe\uffff]")


def clean_search_text(value):
    """A value as typed, without the invisible characters a query can never mean."""
    return NON_CHARACTERS.sub("", CONTROL_CHARACTERS.sub("", value)).strip()


class InvalidSearch(ValueError):
    """The request cannot be understood; `errors` are messages for the user."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


def parse_search_request(data):
    """A CatalogueQuery from a QueryDict, or InvalidSearch listing every problem."""
    errors = []
    unknown = sorted(set(data) - set(SINGLE_PARAMETERS) - set(FACET_PARAMETERS))
    if unknown:
        errors.append(
            _("Unknown parameter(s): %(names)s. Allowed: %(allowed)s.")
            % {"names": ", ".join(unknown)[:200], "allowed": ", ".join(SINGLE_PARAMETERS + FACET_PARAMETERS)}
        )
    single = {}
    for name in SINGLE_PARAMETERS:
        values = data.getlist(name)
        if len(values) > 1:
            errors.append(_("The parameter %(name)s may be given only once.") % {"name": name})
        single[name] = clean_search_text(values[-1]) if values else ""
    query = {"q": _read_q(single["q"], errors)}
    query["sort"] = _read_choice(single["sort"] or "relevance", SORTS, "sort", errors)
    query["title_only"] = _read_choice(single["scope"] or "all", SCOPES, "scope", errors) == "title"
    query["page"] = _read_page(single["page"], errors)
    for name in DATE_PARAMETERS:
        query[name] = _read_date(single[name], name, errors)
    for name in FACET_PARAMETERS:
        query[name] = _read_facet(data.getlist(name), name, errors)
    if errors:
        raise InvalidSearch(errors)
    return CatalogueQuery(**query)


def _read_q(value, errors):
    if len(value) > MAX_QUERY_LENGTH:
        errors.append(
            _("The search text is too long: at most %(limit)d characters.") % {"limit": MAX_QUERY_LENGTH}
        )
        return ""
    return value


def _read_choice(value, choices, name, errors):
    if value not in choices:
        errors.append(
            _("%(name)s must be one of: %(choices)s.") % {"name": name, "choices": ", ".join(choices)}
        )
        return choices[0]
    return value


def _read_page(value, errors):
    if not value:
        return 1
    if not value.isascii() or not value.isdigit() or not 1 <= int(value) <= max_page():
        errors.append(_("page must be a whole number from 1 to %(limit)d.") % {"limit": max_page()})
        return 1
    return int(value)


def _read_date(value, name, errors):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors.append(_("%(name)s must be a date written as YYYY-MM-DD.") % {"name": name})
        return None


def _read_facet(values, name, errors):
    values = [cleaned for value in values if (cleaned := clean_search_text(value))]
    if len(values) > MAX_VALUES_PER_FACET or any(len(value) > MAX_VALUE_LENGTH for value in values):
        errors.append(
            _("Too many or too long values for %(name)s (at most %(count)d of %(length)d characters).")
            % {"name": name, "count": MAX_VALUES_PER_FACET, "length": MAX_VALUE_LENGTH}
        )
        return ()
    if name == "year":
        if not all(value.isascii() and value.isdigit() and 1900 <= int(value) <= 2200 for value in values):
            errors.append(_("year must be a four-digit year."))
            return ()
        return tuple(sorted({int(value) for value in values}))
    return tuple(dict.fromkeys(values))
