from django import template
from wagtail.models import Page

from cabinet_site import fragment_cache, i18n, links
from cabinet_site.translation_editor_words import replacements as translation_editor_words_for

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    return i18n.language_links(context["request"], page if isinstance(page, Page) else None)


@register.simple_tag(takes_context=True)
def absolute_url(context, page):
    """The page's address at the site's real host, never localhost (cabinet_site/links.py)."""
    return links.page_url(page, context.get("request"))


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, page):
    return i18n.alternates(context["request"], page)


@register.simple_tag
def breadcrumbs(page):
    """The page's ancestors from the home page down, without the tree's root."""
    return page.get_ancestors().filter(depth__gt=1).specific()


@register.simple_tag
def main_menu(home_page):
    if not home_page:
        return []
    return home_page.get_children().live().public().in_menu()


@register.filter
def is_within(page, section):
    """True when `page` lies below `section` in the page tree."""
    return isinstance(page, Page) and page.path.startswith(section.path) and page.pk != section.pk


@register.filter
def content_language(page):
    return i18n.content_language(page) if isinstance(page, Page) else ""


@register.filter
def sorted_query(request):
    """The request's query string, parameters sorted: a kept fragment's key for a page whose links keep
    the visitor's parameters (`{% querystring %}`)."""
    return fragment_cache.sorted_query_string(request)


@register.simple_tag
def translation_editor_words(translation):
    """What templates/wagtail_localize/admin/edit_translation.html writes over wagtail-localize's English."""
    return translation_editor_words_for(translation)
