from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.translation import get_language_info
from django.views.decorators.cache import cache_control
from wagtail.models import Locale, Page

from cabinet_site.page_cache import page_cache_exempt
from cabinet_site.text import visible_text

from .analysis import words
from .query import run_search
from .querylog import log_query

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
MAX_SUGGESTIONS = 8


def visitor_language_first(results, locale):
    """The visitor's pages first; another language's page only if it has no live version in the visitor's."""
    own = [page for page in results if page.locale_id == locale.pk]
    others = [page for page in results if page.locale_id != locale.pk]
    translated = set(
        Page.objects.live()
        .filter(locale=locale, translation_key__in={page.translation_key for page in others})
        .values_list("translation_key", flat=True)
    )
    others = [page for page in others if page.translation_key not in translated]
    for page in others:
        page.language_name = get_language_info(page.locale.language_code)["name_translated"]
    return own + others


@page_cache_exempt  # every search is logged (search/querylog.py)
def search(request):
    """Site-wide search over the live pages, the visitor's language first."""
    query = visible_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    locale = Locale.get_active()
    pages = Page.objects.live().public().specific().select_related("locale")
    outcome = run_search(pages, query)
    results = visitor_language_first(outcome.results, locale)
    if words(query):
        log_query(locale.language_code, query, found=bool(results))
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "outcome": outcome, "results": page_of_results},
    )


@cache_control(max_age=60)
def suggest(request):
    """Titles of live pages in the visitor's language that start with what has been typed: {"suggestions": [...]}."""
    query = visible_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    titles = []
    if words(query):
        pages = Page.objects.live().public().filter(locale=Locale.get_active())
        for page in pages.autocomplete(query)[: MAX_SUGGESTIONS * 2]:
            if page.title not in titles:
                titles.append(page.title)
    return JsonResponse({"query": query, "suggestions": titles[:MAX_SUGGESTIONS]})
