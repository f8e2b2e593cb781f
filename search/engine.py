"""The one search engine of the public catalogue, behind `/search/`, `/api/search/` and the
portal's catalogue browsing.

    results = search_catalogue(CatalogueQuery(q="营商环境", organ=("111411994056312813",)))

Several values of one facet are OR-ed, different facets AND-ed; each facet's counts ignore
its own selection. Raises SearchUnavailable when Elasticsearch cannot answer.
"""
import datetime
import logging
from dataclasses import dataclass, field

from django.utils.translation import gettext_lazy
from elasticsearch import NotFoundError

from gongkai.disclosure_pages.choices import Validity
from gongkai.disclosure_pages.constants import SEARCH_LOGGER

from . import conf
from .connection import client
from .documents import LABEL_SEPARATOR, NORMATIVE, OTHER_DOCUMENT
from .index_names import alias_name
from .query_analysis import analyse_query
from .query_builder import build_highlight_query, build_text_query, can_relax
from .term_statistics import word_statistics

logger = logging.getLogger(SEARCH_LOGGER)

PAGE_SIZE = 20
SORTS = ("relevance", "newest", "oldest")
HIGHLIGHT_TAGS = ("<mark>", "</mark>")
NORMATIVE_LABELS = {NORMATIVE: gettext_lazy("Normative documents"), OTHER_DOCUMENT: gettext_lazy("Other documents")}
SNIPPET_FIELDS = ("abstract", "body", "attachments")
RESULT_SOURCE = [
    "page_id",
    "index_number",
    "title",
    "url",
    "organ_name",
    "doc_number",
    "written_date",
    "published_date",
    "topic_name",
    "genre_name",
    "validity",
    "abstract",
]


def max_page():
    """Deepest page served: results beyond it are reached by refining the search."""
    return conf.get("GONGKAI_SEARCH_MAX_PAGE")


class SearchUnavailable(Exception):
    """Elasticsearch cannot answer right now (down, overloaded or refusing)."""


@dataclass(frozen=True)
class CatalogueQuery:
    q: str = ""
    organ: tuple[str, ...] = ()
    topic: tuple[str, ...] = ()
    genre: tuple[str, ...] = ()
    year: tuple[int, ...] = ()
    validity: tuple[str, ...] = ()
    normative: tuple[str, ...] = ()
    written_from: datetime.date | None = None
    written_to: datetime.date | None = None
    published_from: datetime.date | None = None
    published_to: datetime.date | None = None
    sort: str = "relevance"
    page: int = 1
    title_only: bool = False


@dataclass
class CatalogueResults:
    total: int
    page: int
    results: list[dict]
    facets: dict[str, list[dict]] = field(default_factory=dict)

    @property
    def page_count(self):
        return min(max_page(), -(-self.total // PAGE_SIZE))

    @property
    def depth_limited(self):
        """More results exist than the bounded pages show."""
        return self.total > max_page() * PAGE_SIZE


@dataclass(frozen=True)
class Facet:
    """A filterable dimension: the query parameter, the field filtered on, and the field
    counted (values with their labels, `code<LABEL_SEPARATOR>label`, where labels exist)."""

    name: str
    field: str
    counted_field: str = ""
    size: int = 50

    def count_field(self):
        return self.counted_field or self.field

    def value_and_label(self, key):
        value, _, label = str(key).partition(LABEL_SEPARATOR)
        if self.name == "validity":
            label = str(Validity(value).label) if value in Validity.values else value
        if self.name == "normative":
            label = str(NORMATIVE_LABELS.get(value, value))
        return value, label or value


FACETS = (
    Facet("organ", "organ_path", "organ_labels"),
    Facet("topic", "topic_codes", "topic_labels", size=100),
    Facet("genre", "genre", "genre_labels"),
    Facet("year", "year"),
    Facet("validity", "validity"),
    Facet("normative", "normative"),
)


def search_catalogue(params, index=None):
    """Run a catalogue search; `index` overrides the alias (benchmarks, measurements)."""
    if not 1 <= params.page <= max_page():
        raise ValueError(f"page must be between 1 and {max_page()}")
    try:
        analysed = analyse_query(params.q)
        statistics = word_statistics(index or alias_name(), [*analysed.words, *analysed.alternative_terms])
        response = client().search(index=index or alias_name(), **search_body(params, analysed, statistics=statistics))
        if response["hits"]["total"]["value"] == 0 and can_relax(analysed):
            response = client().search(index=index or alias_name(), **search_body(params, analysed, relaxed=True, statistics=statistics))
    except NotFoundError:
        return CatalogueResults(total=0, page=params.page, results=[], facets=empty_facets(params))
    except Exception as error:
        logger.warning("Catalogue search failed: %s", error)
        raise SearchUnavailable from error
    return CatalogueResults(
        total=response["hits"]["total"]["value"],
        page=params.page,
        results=[result_of(hit) for hit in response["hits"]["hits"]],
        facets=facets_of(response.get("aggregations", {}), params),
    )


def search_body(params, analysed, relaxed=False, statistics=None):
    """The Elasticsearch request for a catalogue query; `analysed` is params.q's AnalysedQuery,
    made once per search and read by the text query, the highlight query and the relaxed retry
    (see query_builder for `relaxed` and `statistics`)."""
    selections = {facet.name: facet_filter(facet, getattr(params, facet.name)) for facet in FACETS}
    body = {
        "query": {"bool": {"must": [build_text_query(analysed, params.title_only, relaxed, statistics)], "filter": date_filters(params)}},
        "post_filter": {"bool": {"filter": [f for f in selections.values() if f]}},
        "aggs": {
            facet.name: {
                "filter": {"bool": {"filter": [f for name, f in selections.items() if f and name != facet.name]}},
                "aggs": {"values": {"terms": {"field": facet.count_field(), "size": facet.size}}},
            }
            for facet in FACETS
        },
        "sort": sort_clause(params),
        "from_": (params.page - 1) * PAGE_SIZE,
        "size": PAGE_SIZE,
        "track_total_hits": True,
        "source": RESULT_SOURCE,
    }
    highlight_query = build_highlight_query(analysed)
    if highlight_query:
        body["highlight"] = {
            "encoder": "html",
            "pre_tags": [HIGHLIGHT_TAGS[0]],
            "post_tags": [HIGHLIGHT_TAGS[1]],
            "highlight_query": highlight_query,
            "fields": {
                "title": {"number_of_fragments": 0},
                **{name: {"fragment_size": 90, "number_of_fragments": 2} for name in SNIPPET_FIELDS},
            },
        }
    return body


def facet_filter(facet, values):
    return {"terms": {facet.field: list(values)}} if values else None


def date_filters(params):
    ranges = []
    for field_name in ("written", "published"):
        start, end = getattr(params, f"{field_name}_from"), getattr(params, f"{field_name}_to")
        bounds = {key: day.isoformat() for key, day in (("gte", start), ("lte", end)) if day}
        if bounds:
            ranges.append({"range": {f"{field_name}_date": bounds}})
    return ranges


def sort_clause(params):
    newest = [{"published_date": {"order": "desc", "missing": "_last"}}, {"written_date": "desc"}]
    if params.sort == "oldest":
        return [{"published_date": {"order": "asc", "missing": "_last"}}, {"written_date": "asc"}]
    if params.sort == "newest" or not params.q.strip():
        return newest
    return ["_score", *newest]


def result_of(hit):
    source, highlight = hit["_source"], hit.get("highlight", {})
    snippet = [fragment for name in SNIPPET_FIELDS for fragment in highlight.get(name, [])][:2]
    return {
        "page_id": source["page_id"],
        "index_number": source["index_number"],
        "title": source["title"],
        "title_highlight": (highlight.get("title") or [""])[0],
        "url": source["url"],
        "organ": source["organ_name"],
        "doc_number": source.get("doc_number") or "",
        "written_date": source["written_date"],
        "published_date": source.get("published_date"),
        "topic": source["topic_name"],
        "genre": source["genre_name"],
        "validity": str(Validity(source["validity"]).label) if source["validity"] in Validity.values else "",
        "highlight": " … ".join(snippet),
        "abstract": source.get("abstract") or "",
    }


def facets_of(aggregations, params):
    facets = {}
    for facet in FACETS:
        buckets = aggregations.get(facet.name, {}).get("values", {}).get("buckets", [])
        entries = {}
        for bucket in buckets:
            value, label = facet.value_and_label(bucket["key"])
            entries[value] = {"value": value, "label": label, "count": bucket["doc_count"]}
        selected = [str(value) for value in getattr(params, facet.name)]
        for value in selected:
            entries.setdefault(value, {"value": value, "label": facet.value_and_label(value)[1], "count": 0})
        facets[facet.name] = [{**entry, "selected": entry["value"] in selected} for entry in entries.values()]
    return facets


def empty_facets(params):
    return facets_of({}, params)
