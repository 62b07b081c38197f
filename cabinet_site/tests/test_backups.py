"""backup_site and restore_site: a whole site survives the round trip, bad archives are refused.

The round trip backs up the test database in-process and restores the archive with
`manage.py restore_site` in a subprocess into an empty database: a new SQLite file (from
PostgreSQL that is the cross-vendor case), and, when the tests run on PostgreSQL, a temporary
PostgreSQL database too. Both sites are compared through cabinet_site/tests/site_snapshot.py.
"""

import hashlib
import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command
from django.db import connection
from django.utils import timezone, translation
from PIL import Image
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from cabinet_site.models import CabinetImage
from cabinet_site.tests.builders import translate
from cabinet_site.tests.site_snapshot import snapshot
from corners.models import Question
from events.models import Registration
from resources.models import CabinetDocument, ResourceDocumentLink
from resources.tests.fixtures_files import make_pdf

pytestmark = pytest.mark.django_db
BASE_DIR = Path(settings.BASE_DIR)


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (64, 48), (30, 120, 200)).save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def full_site(site_tree, media_root):
    """The test site with a record holding a document, a cover image and tags (kk, and its ru
    translation), a draft on top of published revisions, a live event with registrations and a
    question in a corner."""
    document = CabinetDocument.objects.create(
        title="Сабақ жоспары", file=ContentFile(make_pdf(["Сабақ жоспары: 5-сынып"]), name="sabaq-zhospary.pdf")
    )
    image = CabinetImage.objects.create(title="Мұқаба", file=ContentFile(png_bytes(), name="muqaba.png"))
    image.get_rendition("fill-20x20")
    record = site_tree.record["kk"]
    record.document_links = [ResourceDocumentLink(document=document)]
    record.cover_image = image
    record.tags.add("алгебра", "5-сынып")
    record.save_revision().publish()
    record.description = "Жаңа сипаттама"
    record.save_revision()
    ru = site_tree.locales["ru"]
    translate(record, ru, title="Казахский язык. 5 класс. Поурочные планы", slug="kazakh-5")
    # A string translated in wagtail-localize's editor.
    source, _created = TranslationSource.get_or_create_from_instance(record)
    segment = StringSegment.objects.select_related("string", "context").get(source=source, context__path="description")
    StringTranslation.objects.create(
        translation_of=segment.string,
        locale=ru,
        context=segment.context,
        data="Новое описание",
        translation_type="manual",
    )

    event = site_tree.event["kk"]
    event.save_revision().publish()
    for number, status in ((1, "confirmed"), (2, "waitlisted")):
        Registration.objects.create(
            event=event,
            event_key=event.translation_key,
            name=f"Мұғалім {number}",
            school="№5 мектеп-гимназия",
            email=f"teacher{number}@example.kz",
            status=status,
            consent_at=timezone.now(),
        )
    Question.objects.create(
        corner=site_tree.corner["kk"], language="kk", question="Ашық сабақ қалай жоспарланады?", answer="Кестемен."
    )
    return site_tree


def backup(path):
    call_command("backup_site", str(path), stdout=io.StringIO())
    return path


def restore(path, *options):
    with translation.override("en"):
        call_command("restore_site", str(path), *options, stdout=io.StringIO())


def restore_error(path, *options):
    with translation.override("en"), pytest.raises(CommandError) as error:
        call_command("restore_site", str(path), *options, stdout=io.StringIO())
    return str(error.value)


def files_in(folder):
    return sorted(
        (str(path.relative_to(folder)), hashlib.sha256(path.read_bytes()).hexdigest())
        for path in Path(folder).rglob("*")
        if path.is_file()
    )


# The round trip into an empty database ---------------------------------------------------------


def run(args, database_url, media):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cabinet_site.settings.dev",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(media),
        "TASKS_BACKEND": "immediate",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("REDIS_URL", None)
    return subprocess.run(
        [sys.executable, *args], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=900, check=False
    )


class TemporaryPostgresDatabase:
    """A database next to the test database, dropped at the end."""

    def __init__(self):
        self.params = connection.settings_dict
        self.name = f"{self.params['NAME']}_restored"

    def execute(self, sql):
        import psycopg

        with psycopg.connect(
            host=self.params["HOST"] or None,
            port=self.params["PORT"] or None,
            user=self.params["USER"] or None,
            password=self.params["PASSWORD"] or None,
            dbname="postgres",
            autocommit=True,
        ) as admin:
            admin.execute(sql)

    def __enter__(self):
        self.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self.execute(f"CREATE DATABASE \"{self.name}\" ENCODING 'UTF8' TEMPLATE template0")
        user = self.params["USER"]
        password = f":{self.params['PASSWORD']}" if self.params["PASSWORD"] else ""
        host = self.params["HOST"] or "localhost"
        port = self.params["PORT"] or 5432
        return f"postgres://{user}{password}@{host}:{port}/{self.name}"

    def __exit__(self, *exc_info):
        self.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


TARGETS = ["sqlite"]
if os.environ.get("DATABASE_URL", "").startswith("postgres"):
    TARGETS.append("postgresql")


@pytest.mark.parametrize("target", TARGETS)
def test_a_site_restored_into_an_empty_database_is_the_site_backed_up(full_site, tmp_path, target):
    archive = backup(tmp_path / "cabinet.tar.gz")
    before = json.loads(json.dumps(snapshot()))  # as the subprocess reports it
    # What the comparison covers is really there.
    assert "Казахский язык. 5 класс. Поурочные планы" in [page["title"] for page in before["pages"]]
    assert {page["locale"] for page in before["pages"]} == {"kk", "ru", "en"}
    assert any(record["tags"] == ["5-сынып", "алгебра"] for record in before["records"])
    assert len(before["registrations"]) == 2 and len(before["questions"]) == 1
    assert sorted(before["media"]) == ["documents/sabaq-zhospary.pdf", "original_images/muqaba.png"]
    assert before["string_translations"] and any(source["segments"] for source in before["translation_sources"])
    with tarfile.open(archive) as tar:  # renditions are made again, not backed up
        assert sorted(name for name in tar.getnames() if name.startswith("media/")) == [
            "media/documents/sabaq-zhospary.pdf",
            "media/original_images/muqaba.png",
        ]

    media = tmp_path / "restored-media"
    if target == "sqlite":
        # As if the archive had been made before the site's last migration of the corners: the
        # restore loads the rows at the archive's schema, then migrates on.
        archive = rewrite(archive, tmp_path / "older.tar.gz", before_the_last_corners_migration)
        database_url = f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        restored = run(["manage.py", "restore_site", str(archive)], database_url, media)
        assert restored.returncode == 0, restored.stderr
        after = json.loads(run(["-m", "cabinet_site.tests.site_snapshot", "--add"], database_url, media).stdout)
    else:
        with TemporaryPostgresDatabase() as database_url:
            restored = run(["manage.py", "restore_site", str(archive)], database_url, media)
            assert restored.returncode == 0, restored.stderr
            checked = run(["-m", "cabinet_site.tests.site_snapshot", "--add"], database_url, media)
            assert checked.returncode == 0, checked.stderr
            after = json.loads(checked.stdout)

    # The restored site's search index was rebuilt: it finds the record by a word of its title.
    assert "Қазақ тілі. 5-сынып. Сабақ жоспарлары" in after.pop("search")
    before.pop("search")
    # New rows get new ids after the restored ones (the sequences were reset).
    assert after.pop("added") == {"page": "/home/keiin/"}
    assert after == before
    assert files_in(media) == sorted(before["media"].items())


def before_the_last_corners_migration(name, data):
    if name != "manifest.json":
        return data
    manifest = json.loads(data)
    assert manifest["migrations"]["corners"].pop() == "0004_methodologists_answer_questions"
    return json.dumps(manifest).encode()


# Refusals and damaged archives -----------------------------------------------------------------


def test_restore_refuses_a_database_that_holds_a_site(full_site, media_root, tmp_path):
    archive = backup(tmp_path / "cabinet.tar.gz")
    Page.objects.filter(pk=full_site.about["kk"].pk).update(title="Өзгертілген")
    media_before = files_in(media_root)

    message = restore_error(archive)

    assert "already holds a site" in message and "--force" in message
    assert Page.objects.get(pk=full_site.about["kk"].pk).title == "Өзгертілген"
    assert files_in(media_root) == media_before


def test_restore_with_force_replaces_the_site(full_site, media_root, tmp_path):
    before = snapshot()
    archive = backup(tmp_path / "cabinet.tar.gz")
    Page.objects.filter(pk=full_site.about["kk"].pk).update(title="Өзгертілген")
    Registration.objects.filter(email="teacher1@example.kz").delete()
    (media_root / "documents" / "sabaq-zhospary.pdf").write_bytes(b"overwritten")

    restore(archive, "--force")

    assert snapshot() == before


def rewrite(archive, target, change):
    """A copy of `archive` whose members pass through change(name, data) -> data."""
    with tarfile.open(archive) as source, tarfile.open(target, "w:gz") as copy:
        for member in source.getmembers():
            data = change(member.name, source.extractfile(member).read())
            member.size = len(data)
            copy.addfile(member, io.BytesIO(data))
    return target


def test_a_damaged_media_file_stops_the_restore_before_the_database_changes(full_site, media_root, tmp_path):
    archive = backup(tmp_path / "cabinet.tar.gz")
    damaged = rewrite(
        archive,
        tmp_path / "damaged.tar.gz",
        lambda name, data: data[:-10] + b"0123456789" if name.endswith(".pdf") else data,
    )
    Page.objects.filter(pk=full_site.about["kk"].pk).update(title="Өзгертілген")

    message = restore_error(damaged, "--force")

    assert "documents/sabaq-zhospary.pdf" in message and "damaged" in message
    assert Page.objects.get(pk=full_site.about["kk"].pk).title == "Өзгертілген"


def newer_format(name, data):
    if name != "manifest.json":
        return data
    manifest = json.loads(data)
    manifest["format_version"] = 99
    return json.dumps(manifest).encode()


def unknown_migration(name, data):
    if name != "manifest.json":
        return data
    manifest = json.loads(data)
    manifest["migrations"]["resources"].append("0999_from_the_future")
    return json.dumps(manifest).encode()


@pytest.mark.parametrize(
    ("make_archive", "expected"),
    [
        (lambda archive, path: path, "There is no file"),
        (lambda archive, path: path.write_bytes(b"not an archive") and path, "is not a backup of this site"),
        (
            lambda archive, path: path.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2]) and path,
            "is not a backup of this site, or the archive is damaged",
        ),
        (lambda archive, path: rewrite(archive, path, newer_format), "backup format 99"),
        (lambda archive, path: rewrite(archive, path, unknown_migration), "resources.0999_from_the_future"),
    ],
    ids=["missing", "not-an-archive", "truncated", "newer-format", "newer-migrations"],
)
def test_a_bad_archive_is_refused_with_a_clear_message(full_site, media_root, tmp_path, make_archive, expected):
    archive = backup(tmp_path / "cabinet.tar.gz")
    bad = make_archive(archive, tmp_path / "bad.tar.gz")
    pages = Page.objects.count()

    message = restore_error(bad, "--force")

    assert expected in message
    assert Page.objects.count() == pages


def test_backup_into_a_missing_folder_is_refused(site_tree, media_root, tmp_path):
    with translation.override("en"), pytest.raises(CommandError, match="There is no folder"):
        call_command("backup_site", str(tmp_path / "nowhere" / "cabinet.tar.gz"), stdout=io.StringIO())
    assert not (tmp_path / "nowhere").exists()
