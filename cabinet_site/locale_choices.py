"""Translatable snippets (subjects, types, kinds of event) offered in one language, not all three.

Every term exists in kk, ru and en. Forms, choosers and listings show the terms of the page
being edited, or of the admin's language where there is no page; Wagtail's own locale filter
(in listings and in the chooser modal) still shows the other languages, or all of them.
"""

from django.forms import ModelChoiceField, ModelMultipleChoiceField
from django.http import QueryDict
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.utils import set_query_params
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.widgets import AdminSnippetChooser

LOCALE_PARAMETER = "locale"  # the name Wagtail's locale filters read


def with_default_locale(query):
    """`query` (request.GET) with the admin language as its locale, unless a locale (or "All") was chosen."""
    if LOCALE_PARAMETER in query:
        return query
    query = query.copy() if isinstance(query, QueryDict) else QueryDict(mutable=True)
    query[LOCALE_PARAMETER] = Locale.get_active().language_code
    return query


class DefaultLocaleListingMixin:
    """For a listing view of translatable objects: its locale filter starts at the admin language.

    That language is the filter's initial value too, so Wagtail shows no "active filter" for it;
    "All" (or another language) is one, and removing it comes back to the admin language.
    """

    def get_filterset_kwargs(self):
        kwargs = super().get_filterset_kwargs()
        kwargs["data"] = with_default_locale(kwargs["data"])
        return kwargs

    @cached_property
    def filters(self):
        filters = super().filters
        if filters is not None and LOCALE_PARAMETER in filters.form.fields:
            filters.form.fields[LOCALE_PARAMETER].initial = Locale.get_active().language_code
        return filters


class DefaultLocaleChooserMixin:
    """For a chooser modal's views: its locale filter starts at the locale asked for, else the admin language."""

    def get_filter_form(self):
        form = self.get_filter_form_class()(with_default_locale(self.request.GET))
        if LOCALE_PARAMETER in form.fields:
            # Wagtail's chooser gives its locale field no label, so Django writes the field's name,
            # "Locale", in English; its listings' locale filter has Wagtail's translated one.
            form.fields[LOCALE_PARAMETER].label = _("Locale")
        return form


class DefaultLocaleChooseView(DefaultLocaleChooserMixin, ChooseView):
    pass


class DefaultLocaleChooseResultsView(DefaultLocaleChooserMixin, ChooseResultsView):
    pass


class DefaultLocaleChooserViewSet(SnippetChooserViewSet):
    choose_view_class = DefaultLocaleChooseView
    choose_results_view_class = DefaultLocaleChooseResultsView


class LocaleSnippetChooser(AdminSnippetChooser):
    """A snippet chooser whose modal opens on the terms of one locale (the page's)."""

    def __init__(self, model, locale, **kwargs):
        self.locale = locale
        super().__init__(model, **kwargs)

    def get_chooser_modal_url(self):
        return set_query_params(super().get_chooser_modal_url(), {LOCALE_PARAMETER: self.locale.language_code})


def is_translatable_choice(field):
    return isinstance(field, ModelChoiceField) and issubclass(field.queryset.model, TranslatableMixin)


def offer_terms_of_locale(form, locale):
    """Limit the form's translatable choices to `locale`'s, keeping whatever the object has already.

    A single choice made through a snippet chooser keeps the chooser (opened on `locale`, with the
    modal's filter for the others); checkboxes and selects list the terms of `locale` only.
    """
    for name, field in form.fields.items():
        if not is_translatable_choice(field):
            continue
        if isinstance(field.widget, AdminSnippetChooser):
            field.widget = LocaleSnippetChooser(field.queryset.model, locale, attrs=field.widget.attrs)
            continue
        kept = form.initial.get(name) or []
        if not isinstance(field, ModelMultipleChoiceField):
            kept = [kept]
        kept_pks = [getattr(value, "pk", value) for value in kept if value]
        field.queryset = field.queryset.filter(locale=locale) | field.queryset.filter(pk__in=kept_pks)
