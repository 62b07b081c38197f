"""The admin report of what visitors searched for: the commonest queries and those that found nothing."""

import django_filters
from django.conf import settings
from django.utils.dates import MONTHS
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy

from cabinet_site import i18n

from .models import SearchQuery


def month_choices():
    months = SearchQuery.objects.order_by("-month").values_list("month", flat=True).distinct()
    return [(month.isoformat(), f"{MONTHS[month.month]} {month.year}") for month in months]


def language_name(query):
    """The language as editors name it («Қазақша»), not its code."""
    return i18n.language_name(query.language_code)


def month_name(query):
    """The month as a month («желтоқсан 2026»), not as the date of its first day."""
    return date_format(query.month, "YEAR_MONTH_FORMAT")


class SearchQueryFilterSet(WagtailFilterSet):
    language_code = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    month = django_filters.ChoiceFilter(label=_("Month"), choices=month_choices)
    nothing_found = django_filters.BooleanFilter(
        label=_("Found nothing"), method="filter_nothing_found", widget=django_filters.widgets.BooleanWidget
    )

    class Meta:
        model = SearchQuery
        fields = ["language_code", "month", "nothing_found"]

    def filter_nothing_found(self, queryset, name, value):
        if value:
            return queryset.filter(no_results__gt=0).order_by("-no_results", "-count", "query")
        if value is False:
            return queryset.filter(no_results=0)
        return queryset


class SearchQueriesReportView(ReportView):
    page_title = _("Search queries")
    header_icon = "search"
    filterset_class = SearchQueryFilterSet
    index_url_name = "search_queries_report"
    index_results_url_name = "search_queries_report_results"
    permission_policy = ModelPermissionPolicy(SearchQuery)
    any_permission_required = ["view"]
    columns = [
        Column("query", label=_("Query")),
        Column("language_code", label=_("Language"), accessor=language_name),
        Column("month", label=_("Month"), accessor=month_name),
        Column("count", label=_("Searches")),
        Column("no_results", label=_("Searches without results")),
    ]
    list_export = ["query", "language_code", "month", "count", "no_results"]
    export_headings = {
        "query": _("Query"),
        "language_code": _("Language"),
        "month": _("Month"),
        "count": _("Searches"),
        "no_results": _("Searches without results"),
    }

    def get_queryset(self):
        return SearchQuery.objects.order_by("-month", "-count", "query")
