"""Catalogue records for tests, made as an editor would: published pages under the catalogue."""

import itertools

from resources.models import Language, ResourceIndexPage, ResourcePage, ResourceType, Subject

_numbers = itertools.count(1)


def make_catalogue(home, slug="katalog"):
    return home.add_child(instance=ResourceIndexPage(title="Каталог", slug=slug))


def term(model, slug, locale_code="kk"):
    return model.objects.get(slug=slug, locale__language_code=locale_code)


def make_record(
    catalogue,
    title=None,
    *,
    type_slug="methodological-guide",
    subjects=(),
    languages=("kk",),
    tags=(),
    live=True,
    **fields,
):
    number = next(_numbers)
    record = ResourcePage(
        title=title or f"Құрал {number}",
        slug=f"record-{number}",
        resource_type=term(ResourceType, type_slug),
        **fields,
    )
    catalogue.add_child(instance=record)
    record.subjects.set([term(Subject, slug) for slug in subjects])
    record.languages.set(Language.objects.filter(code__in=languages))
    if tags:
        record.tags.add(*tags)
    revision = record.save_revision()
    if live:
        revision.publish()
    else:
        record.unpublish()
    record.refresh_from_db()
    return record
