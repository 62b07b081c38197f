"""What a visitor and an editor would notice of a site, as plain data, to compare two databases.

The backup tests take a snapshot of the test database in-process, and of a restored database by
running this module in a subprocess (`python -m cabinet_site.tests.site_snapshot`), which prints
the snapshot as JSON. Ids are left out on purpose where they would hide nothing: pages are known
by their tree path, which a restore keeps.
"""

import hashlib
import json


def sha256(field_file):
    digest = hashlib.sha256()
    with field_file.storage.open(field_file.name, "rb") as handle:
        for chunk in iter(lambda: handle.read(65536), b""):
            digest.update(chunk)
    return digest.hexdigest()


def snapshot():
    from django.contrib.auth import get_user_model
    from wagtail.images import get_image_model
    from wagtail.models import Page, Revision, Site
    from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

    from corners.models import Question
    from events.models import Registration
    from resources.models import CabinetDocument, ResourcePage

    pages = [
        {
            "path": page.path,
            "url_path": page.url_path,
            "title": page.title,
            "draft_title": page.draft_title,
            "live": page.live,
            "has_unpublished_changes": page.has_unpublished_changes,
            "locale": page.locale.language_code,
            "translation_key": str(page.translation_key),
            "type": page.specific_class._meta.label if page.specific_class else None,
            "alias_of": page.alias_of.path if page.alias_of_id else None,
            "revisions": Revision.page_revisions.filter(object_id=str(page.pk)).count(),
            "live_revision_is_latest": page.live_revision_id == page.latest_revision_id,
        }
        for page in Page.objects.select_related("locale", "alias_of").order_by("path")
    ]
    sources = [
        {
            "object": str(source.object.translation_key),
            "locale": source.locale.language_code,
            "type": source.specific_content_type.model,
            "segments": StringSegment.objects.filter(source=source).count(),
            "targets": sorted(
                (translation.target_locale.language_code, translation.enabled)
                for translation in Translation.objects.filter(source=source).select_related("target_locale")
            ),
        }
        for source in TranslationSource.objects.select_related("object", "locale", "specific_content_type")
    ]
    string_translations = sorted(
        (translation.locale.language_code, translation.translation_of.data, translation.data)
        for translation in StringTranslation.objects.select_related("locale", "translation_of")
    )
    records = [
        {
            "path": record.path,
            "title": record.title,
            "resource_type": record.resource_type.slug,
            "tags": sorted(tag.name for tag in record.tags.all()),
            "documents": [link.document.file.name for link in record.document_links.all()],
            "cover_image": record.cover_image.file.name if record.cover_image_id else None,
        }
        for record in ResourcePage.objects.order_by("path")
    ]
    registrations = [
        {
            "event": registration.event.path,
            "name": registration.name,
            "email": registration.email,
            "status": registration.status,
            "token": str(registration.token),
        }
        for registration in Registration.objects.select_related("event").order_by("token")
    ]
    questions = [
        {"corner": question.corner.path, "question": question.question, "answer": question.answer}
        for question in Question.objects.select_related("corner").order_by("question")
    ]
    media = {
        item.file.name: sha256(item.file)
        for model in (CabinetDocument, get_image_model())
        for item in model.objects.all()
    }
    users = sorted(
        (user.username, user.is_superuser, sorted(group.name for group in user.groups.all()))
        for user in get_user_model().objects.all()
    )
    sites = sorted(
        (site.hostname, site.port, site.root_page.path, site.is_default_site) for site in Site.objects.all()
    )
    found = sorted(page.title for page in Page.objects.live().search("жоспарлары"))
    return {
        "pages": pages,
        "revisions": Revision.objects.count(),
        "translation_sources": sorted(sources, key=lambda source: (source["object"], source["locale"])),
        "string_translations": string_translations,
        "records": records,
        "registrations": registrations,
        "questions": questions,
        "media": media,
        "users": users,
        "sites": sites,
        "search": found,
    }


def add_after_restore():
    """A page, a revision and a registration added to a restored site: its id sequences must go on."""
    from django.utils import timezone

    from events.models import EventPage, Registration
    from home.models import HomePage, StandardPage

    home = HomePage.objects.get(locale__language_code="kk")
    page = home.add_child(instance=StandardPage(title="Қалпына келтірілгеннен кейін", slug="keiin"))
    page.save_revision().publish()
    event = EventPage.objects.filter(locale__language_code="kk").first()
    Registration.objects.create(
        event=event,
        event_key=event.translation_key,
        name="Жаңа қатысушы",
        school="№1 мектеп",
        email="new@example.kz",
        consent_at=timezone.now(),
    )
    return {"page": page.url_path}


if __name__ == "__main__":
    import sys

    import django

    django.setup()
    result = snapshot()
    if "--add" in sys.argv:
        result["added"] = add_after_restore()
    print(json.dumps(result, ensure_ascii=False))
