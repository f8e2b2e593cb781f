"""The public search: `/search/` (HTML) and `/api/search/` (JSON), one engine behind both."""
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from .engine import FACETS, SearchUnavailable
from .public_results import search_public_catalogue
from .search_request import MAX_QUERY_LENGTH, InvalidSearch, clean_search_text, parse_search_request

RESULT_FIELDS = (
    "index_number",
    "title",
    "url",
    "organ",
    "doc_number",
    "written_date",
    "published_date",
    "topic",
    "genre",
    "validity",
    "highlight",
)


def unavailable_message():
    return _("Search is temporarily unavailable. Please try again in a few minutes.")


@require_GET
def search_page(request):
    context = {"q": clean_search_text(request.GET.get("q", ""))[:MAX_QUERY_LENGTH], "facet_names": [facet.name for facet in FACETS]}
    try:
        params = parse_search_request(request.GET)
    except InvalidSearch as invalid:
        return render(request, "catalogue_search/search.html", {**context, "errors": invalid.errors}, status=400)
    context["params"] = params
    try:
        results = search_public_catalogue(params)
    except SearchUnavailable:
        return render(
            request, "catalogue_search/search.html", {**context, "unavailable": unavailable_message()}, status=503
        )
    context.update(results=results, pages=_page_links(request, results))
    return render(request, "catalogue_search/search.html", context)


def _page_links(request, results):
    """Numbers and query strings of the pages around the current one."""
    links = []
    for number in range(max(1, results.page - 4), min(results.page_count, results.page + 4) + 1):
        query = request.GET.copy()
        query["page"] = str(number)
        links.append({"number": number, "query": query.urlencode(), "current": number == results.page})
    return links


@require_GET
def search_api(request):
    try:
        params = parse_search_request(request.GET)
    except InvalidSearch as invalid:
        return JsonResponse({"error": " ".join(invalid.errors), "errors": invalid.errors}, status=400)
    try:
        results = search_public_catalogue(params)
    except SearchUnavailable:
        return JsonResponse({"error": unavailable_message()}, status=503)
    return JsonResponse(
        {
            "total": results.total,
            "page": results.page,
            "page_count": results.page_count,
            "results": [{name: result[name] for name in RESULT_FIELDS} for result in results.results],
            "facets": results.facets,
        },
        json_dumps_params={"ensure_ascii": False},
    )
