"""The librarians' "Catalogue" menu in the Wagtail admin: every record in one filterable listing, and the
type and subject vocabularies (registered in wagtail_hooks.py).

The listing filters by type and subject through their shared slugs, so one choice finds the records
of every language, whichever language's term a record points to.
"""

import django_filters
from django.core.exceptions import PermissionDenied
from django.db.models import prefetch_related_objects
from django.forms import CheckboxSelectMultiple
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.ui.tables.pages import BulkActionsColumn, PageStatusColumn, PageTitleColumn
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.models import Locale
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.snippets.views.snippets import IndexView as SnippetIndexView
from wagtail.snippets.views.snippets import SnippetViewSet

from cabinet_site.locale_choices import DefaultLocaleChooserViewSet, DefaultLocaleListingMixin

from .catalogue import label_records, localised_names
from .models import Availability, ResourceIndexPage, ResourcePage, ResourceType, Subject

CATALOGUE_EDITING = {"change_page", "publish_page"}


def can_keep_catalogue(user):
    """Whether the user edits catalogue records: a superuser, or change/publish rights over a catalogue page.

    Teachers, who may only add (submit) records, and methodologists, who edit other sections, may not.
    """
    if not user.is_active or user.is_anonymous:
        return False
    if user.is_superuser:
        return True
    granted = [
        perm.page.path
        for perm in PagePermissionPolicy().get_cached_permissions_for_user(user)
        if perm.permission.codename in CATALOGUE_EDITING
    ]
    if not granted:
        return False
    catalogue_paths = ResourceIndexPage.objects.values_list("path", flat=True)
    return any(path.startswith(prefix) for path in catalogue_paths for prefix in granted)


def term_choices(model):
    """(slug, name) pairs in the admin user's language, ordered as the vocabulary is."""

    def choices():
        names = localised_names(model, Locale.get_active())
        order = dict(model.objects.order_by("sort_order", "slug").values_list("slug", "sort_order").distinct())
        return sorted(names.items(), key=lambda item: (order.get(item[0], 0), item[1]))

    return choices


class TermSlugFilter(django_filters.MultipleChoiceFilter):
    """Records whose term (or one of whose terms) has one of the chosen slugs, in any language."""

    def __init__(self, *args, lookup, **kwargs):
        self.lookup = lookup
        super().__init__(*args, **kwargs)

    def filter(self, queryset, values):
        if not values:
            return queryset
        return queryset.filter(pk__in=ResourcePage.objects.filter(**{f"{self.lookup}__in": values}).values("pk"))


class CatalogueFilterSet(PageFilterSet):
    resource_type = TermSlugFilter(
        label=_("Type"),
        lookup="resource_type__slug",
        choices=term_choices(ResourceType),
        widget=CheckboxSelectMultiple,
    )
    subject = TermSlugFilter(
        label=_("Subject"),
        lookup="subjects__slug",
        choices=term_choices(Subject),
        widget=CheckboxSelectMultiple,
    )
    availability = django_filters.MultipleChoiceFilter(
        label=_("Availability"),
        choices=Availability.choices,
        widget=CheckboxSelectMultiple,
    )

    class Meta:
        model = ResourcePage
        fields = []  # the locale filter is added by WagtailFilterSet, as for every translatable model


class CatalogueIndexView(DefaultLocaleListingMixin, IndexView):
    """The flat listing of records, for those who keep the catalogue; type and subjects in their language.

    It lists the records of the admin's language first (each record exists in kk, ru and en);
    the locale filter shows another language's, or all.
    """

    def dispatch(self, request, *args, **kwargs):
        if not can_keep_catalogue(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_table(self, object_list):
        # Evaluating the page of results caches it, so the table renders the labelled instances.
        records = list(object_list)
        prefetch_related_objects(records, "resource_type", "subjects")
        label_records(records, Locale.get_active())
        return super().get_table(object_list)

    @cached_property
    def show_locale_labels(self):
        return self.i18n_enabled


class CatalogueMenuItem(MenuItem):
    def is_shown(self, request):
        return can_keep_catalogue(request.user)


class CatalogueRecordsViewSet(PageListingViewSet):
    model = ResourcePage
    index_view_class = CatalogueIndexView
    filterset_class = CatalogueFilterSet
    icon = "list-ul"
    menu_label = _("Records")
    menu_name = "catalogue-records"
    add_to_admin_menu = False
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn(
            "title", label=pgettext_lazy("catalogue record", "Title"), sort_key="title", classname="title"
        ),
        Column("type_label", label=_("Type"), width="14%"),
        Column("subjects", label=_("Subjects"), accessor=lambda record: ", ".join(record.subject_labels)),
        Column(
            "availability",
            label=_("Availability"),
            accessor="get_availability_display",
            sort_key="availability",
            width="12%",
        ),
        Column("copies", label=_("Copies"), sort_key="copies", width="8%"),
        DateColumn(
            "latest_revision_created_at", label=_("Updated"), sort_key="latest_revision_created_at", width="12%"
        ),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="10%"),
    ]

    @cached_property
    def menu_item_class(self):
        return CatalogueMenuItem


class TermIndexView(DefaultLocaleListingMixin, SnippetIndexView):
    pass


class TermViewSet(SnippetViewSet):
    """A vocabulary librarians keep: the name in each language, one slug for all of them.

    Its listing and chooser show the terms of one language (the admin's, or the page's being edited);
    their locale filter shows the others.
    """

    index_view_class = TermIndexView
    chooser_viewset_class = DefaultLocaleChooserViewSet

    list_display = ["name", "slug", "sort_order"]
    list_export = ["name", "slug", "sort_order"]
    ordering = ["sort_order", "name"]
    copy_view_enabled = False


class ResourceTypeViewSet(TermViewSet):
    model = ResourceType
    icon = "tag"
    menu_label = _("Resource types")
    menu_name = "resource-types"


class SubjectViewSet(TermViewSet):
    model = Subject
    icon = "folder-inverse"
    menu_label = _("Subjects")
    menu_name = "subjects"


class CatalogueViewSetGroup(ViewSetGroup):
    menu_label = _("Catalogue")
    menu_icon = "folder-open-inverse"
    menu_name = "catalogue"
    menu_order = 150
    submenu_hook = "register_catalogue_menu_item"
    items = (CatalogueRecordsViewSet("catalogue_records"), ResourceTypeViewSet, SubjectViewSet)
