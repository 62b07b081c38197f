from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.shortcuts import render
from wagtail.models import Locale, Page

from cabinet_site.text import visible_text
from search.analysis import words

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    """Site-wide search over the live pages of the visitor's language."""
    query = visible_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
    # Only the words go to the search backend: quotes, operators and control characters do not.
    safe_query = " ".join(words(query))
    results = Page.objects.none()
    if safe_query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).specific()
        results = pages.search(safe_query)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    try:
        page_of_results = paginator.page(request.GET.get("page", 1))
    except (PageNotAnInteger, EmptyPage):
        page_of_results = paginator.page(1)
    return render(
        request,
        "search/search.html",
        {"search_query": query, "results": page_of_results},
    )
