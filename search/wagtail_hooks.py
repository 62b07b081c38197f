from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .reports import SearchQueriesReportView


class SearchQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("search.view_searchquery")


@hooks.register("register_admin_urls")
def register_search_queries_report_urls():
    return [
        path("reports/search-queries/", SearchQueriesReportView.as_view(), name="search_queries_report"),
        path(
            "reports/search-queries/results/",
            SearchQueriesReportView.as_view(results_only=True),
            name="search_queries_report_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_search_queries_menu_item():
    return SearchQueriesMenuItem(
        _("Search queries"), reverse("search_queries_report"), name="search-queries", icon_name="search", order=1100
    )
