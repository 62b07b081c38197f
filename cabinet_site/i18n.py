"""Finding a page's counterparts in the other languages."""

from django.conf import settings
from django.http import Http404
from django.urls import translate_url
from django.utils import translation
from wagtail.models import DraftStateMixin, Locale, Page, Site

from cabinet_site import fragment_cache
from cabinet_site.links import page_url


def language_name(code):
    """The language as editors and visitors name it («Қазақша»); a code the site has no longer, as it is."""
    return dict(settings.LANGUAGES).get(code, code)


def translated_in(page, locale):
    """The live, really translated (not alias) version of `page` in `locale`, or None."""
    if page.locale_id == locale.pk:
        return page
    return page.get_translations().live().filter(locale=locale, alias_of__isnull=True).first()


def counterpart_in(page, locale):
    """The live page in `locale` that stands for `page`: its translation or its synced alias."""
    if page.locale_id == locale.pk:
        return page
    return page.get_translations().live().filter(locale=locale).first()


def nearest_counterpart(page, locale):
    """The page in `locale`, else its nearest ancestor that exists in `locale`."""
    for candidate in [page, *reversed(page.get_ancestors().filter(depth__gt=1))]:
        found = counterpart_in(candidate, locale)
        if found is not None:
            return found
    return None


def content_language(page):
    """The language a page's content is written in: an alias shows its source's content."""
    source = page.alias_of if page.alias_of_id else page
    return source.locale.language_code


def language_links(request, page=None):
    """One entry per language for the switcher: where the current page lives in that language.

    A page that reads its address's query (a catalogue's words and filters, an events section's
    filters) says, with `query_across_languages(params)`, what its counterparts are asked for; the
    nearest ancestor that stands in for a missing counterpart is asked for nothing.
    """
    current = translation.get_language()
    counterparts = {}
    if page is not None:
        counterparts = fragment_cache.remember(
            request, "counterpart-links", [request.get_host(), page.pk], lambda: counterpart_urls(request, page)
        )
    carry = getattr(page, "query_across_languages", None) if request.GET else None
    query = carry(request.GET).urlencode() if carry else ""
    links = []
    for code, name in settings.LANGUAGES:
        url, same_page = counterparts.get(code) or (translate_url(request.get_full_path(), code), False)
        if same_page and query:
            url = f"{url}?{query}"
        links.append({"code": code, "name": name, "url": url, "is_current": code == current})
    return links


def counterpart_urls(request, page):
    """{language code: (the address of the page's nearest counterpart in that language, whether
    that is the page's own counterpart rather than an ancestor's)}."""
    urls = {}
    for locale in Locale.objects.all():
        target = nearest_counterpart(page, locale)
        if target is not None:
            urls[locale.language_code] = (
                target.get_url(request=request),
                target.translation_key == page.translation_key,
            )
    return urls


def alternates(request, page):
    """hreflang alternates: every live, really translated version of the page, and x-default."""
    versions = [page] if page.alias_of_id is None else []
    versions += list(page.get_translations().live().filter(alias_of__isnull=True).select_related("locale"))
    links = [
        {"hreflang": version.locale.language_code, "url": page_url(version, request)}
        for version in sorted(versions, key=lambda p: language_order(p.locale.language_code))
    ]
    default = next((link for link in links if link["hreflang"] == settings.LANGUAGE_CODE), None)
    if default:
        links.append({"hreflang": "x-default", "url": default["url"]})
    return links


def language_order(code):
    codes = [code for code, _name in settings.LANGUAGES]
    return codes.index(code) if code in codes else len(codes)


def pages_for_path(request, path):
    """Live pages that answer `path` (without its language prefix) in each language's tree."""
    site = Site.find_for_request(request)
    if site is None:
        return []
    components = [part for part in path.split("/") if part]
    found = []
    for locale in Locale.objects.all():
        root = site.root_page.get_translation_or_none(locale)
        if root is None:
            continue
        try:
            result = root.specific.route(request, components)
        except Http404:
            continue
        page = getattr(result, "page", None) or (result[0] if isinstance(result, tuple) else None)
        if isinstance(page, Page) and page.live:
            found.append(page)
    return found


def localized_all(objects):
    """`[obj.localized for obj in objects]` (translatable objects of one model) in two queries, not
    one or two per object: each one's live translation in the active language, else itself."""
    objects = list(objects)
    if not objects or not getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return objects
    try:
        locale = Locale.get_active()
    except (LookupError, Locale.DoesNotExist):
        return objects
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    if not keys:
        return objects
    model = type(objects[0])
    translations = {
        translation.translation_key: translation
        for translation in model._default_manager.filter(translation_key__in=keys, locale=locale)
    }
    localized = []
    for obj in objects:
        translation = translations.get(obj.translation_key) if obj.locale_id != locale.pk else None
        if translation is None or (isinstance(obj, DraftStateMixin) and not translation.live):
            translation = obj
        localized.append(translation)
    return localized
