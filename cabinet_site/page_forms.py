"""The editor's form for every page of the site: Latin slugs, a free one for a new page, terms in its language."""

from django.core.exceptions import NON_FIELD_ERRORS
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.slug import SlugInput

from .locale_choices import offer_terms_of_locale
from .slugs import free_slug, latin_slug, slug_formatters


def tab_heading_of(page_class, field_name):
    """The heading of the editor's tab that shows `field_name` (the slug is on "Promote")."""
    for tab in page_class.get_edit_handler().children:
        if field_name in tab.get_form_options().get("fields", []):
            return tab.heading
    return None


class CabinetPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.instance.locale if self.instance.locale_id else getattr(self.parent_page, "locale", None)
        if "slug" in self.fields:
            # The editor derives the slug from the title with the same table as the server.
            self.fields["slug"].widget = SlugInput(
                attrs=self.fields["slug"].widget.attrs, formatters=slug_formatters(), locale=locale
            )
            # Left empty, the slug is derived from the title (clean()).
            self.fields["slug"].required = False
        if locale is not None:
            offer_terms_of_locale(self, locale)

    def clean(self):
        self.clean_slug_from_title()
        cleaned_data = super().clean()
        if "slug" in self.errors and NON_FIELD_ERRORS not in self.errors:
            # The slug is on a tab the editor rarely opens: say at the top of the form where it is.
            self.add_error(
                None,
                _("The address (slug) is not accepted; correct it on the “%(tab)s” tab.")
                % {"tab": tab_heading_of(type(self.instance), "slug") or "—"},
            )
        return cleaned_data

    def clean_slug_from_title(self):
        """A slug the editor left empty, or the one derived from the title, made free among the page's siblings.

        A slug typed in Cyrillic is transliterated; a slug typed by hand that another page has stays
        an error (Wagtail's own, in clean()): the editor chose it.
        """
        title = self.cleaned_data.get("title") or ""
        slug = self.cleaned_data.get("slug")
        if slug is None:  # invalid, already reported
            return
        derived = latin_slug(title)
        # The editor's script does not shorten the slug as the server does.
        as_typed = {derived, latin_slug(title, length=255)}
        if slug and not slug.isascii() and (self.instance.pk is None or "slug" in self.changed_data):
            slug = latin_slug(slug)
        is_new = self.instance.pk is None
        if (not slug or (is_new and slug in as_typed)) and derived and self.parent_page is not None:
            slug = free_slug(derived, self.parent_page, self.instance)
        self.cleaned_data["slug"] = slug
