"""Catalogue records for tests, made as an editor would: published pages under the catalogue."""

import itertools

from django.core.files.base import ContentFile

from resources.models import (
    CabinetDocument,
    Language,
    ResourceDocumentLink,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Subject,
)

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


def attach_file(record, title, content=b"plain text"):
    document = CabinetDocument.objects.create(title=title, file=ContentFile(content, name="file.txt"))
    ResourceDocumentLink.objects.create(page=record, document=document)
    return document


def make_full_record(catalogue, title, number, **fields):
    """A record with everything a card or a record page shows: two subjects, two languages of the
    material, two tags (one shared by every such record, one of its own) and an attached file."""
    record = make_record(
        catalogue,
        title,
        subjects=["pedagogy", "mathematics"],
        languages=("kk", "ru"),
        tags=["әдістеме", f"тақырып {number}"],
        authors="Абаев А. Б.; Серікова Г. Т.",
        year=2020,
        grade_min=5,
        grade_max=9,
        **fields,
    )
    attach_file(record, f"{title}: файл")
    return record
