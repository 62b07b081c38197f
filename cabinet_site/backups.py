"""Backing up the whole site into one archive, and rebuilding a site from it.

The archive is a .tar.gz holding

    data.jsonl      every row of the database, one object a line (Django's "jsonl" serialisation,
                    foreign keys to content types and permissions as natural keys, so it loads into
                    any database vendor whose own ids for them differ)
    media/<name>    every file of the default storage, read through the storage API (S3 works too)
    manifest.json   format version, versions of Django/Wagtail, when, the database vendor, the applied
                    migrations, row counts per model and the sha256 of each media file

Rows that the site rebuilds by itself are left out (EXCLUDED_MODELS): docs/backups.md explains them.
"""

import hashlib
import io
import json
import os
import tarfile
import tempfile
import time
from contextlib import contextmanager
from importlib.metadata import version

from django.apps import apps
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import serializers
from django.core.cache import cache
from django.core.files import File
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.management.sql import emit_post_migrate_signal
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.recorder import MigrationRecorder
from django.db.models import signals
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.images.models import AbstractRendition

FORMAT = "cabinet-site-backup"
FORMAT_VERSION = 1
SERIALIZATION_FORMAT = "cabinet-backup-jsonl"
MANIFEST_NAME = "manifest.json"
DATA_NAME = "data.jsonl"
MEDIA_PREFIX = "media/"
CHUNK_SIZE = 1024 * 1024
# Media files up to this size are copied in memory, larger ones through a temporary file.
SPOOL_SIZE = 8 * 1024 * 1024

# Models whose rows are not backed up, and why. Renditions (every subclass of AbstractRendition)
# are left out too, with their files: Wagtail makes them again from the original images.
EXCLUDED_MODELS = {
    "contenttypes.ContentType": "made by migrate; rows refer to them by natural key",
    "auth.Permission": "made by migrate; groups refer to them by natural key",
    "sessions.Session": "everyone signs in again after a restore",
    "wagtailsearch.IndexEntry": "the search index: update_index rebuilds it",
    "wagtailsearch.SQLiteFTSIndexEntry": "the search index: update_index rebuilds it",
    "wagtailcore.ReferenceIndex": "rebuild_references_index rebuilds it",
    "wagtailadmin.EditingSession": "who has an edit form open at this moment",
    "django_tasks_database.DBTaskResult": "the background task queue and its results",
}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the person running the command."""


def backed_up_models():
    """Concrete models whose rows go into the archive, in a stable order."""
    models = []
    for model in apps.get_models():
        if model._meta.proxy or not model._meta.managed or model._meta.label in EXCLUDED_MODELS:
            continue
        if issubclass(model, AbstractRendition):
            continue
        models.append(model)
    return sorted(models, key=lambda model: model._meta.label)


def excluded_labels():
    return sorted({model._meta.label for model in apps.get_models()} - {m._meta.label for m in backed_up_models()})


def row_counts(using=DEFAULT_DB_ALIAS):
    return {model._meta.label: model._base_manager.using(using).count() for model in backed_up_models()}


def applied_migrations(connection):
    applied = {}
    for app_label, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app_label, []).append(name)
    return applied


def stale_content_types(using):
    """Content types of models that are gone (their log entries still refer to them)."""
    return sorted(
        [content_type.app_label, content_type.model]
        for content_type in ContentType.objects.using(using).order_by("pk")
        if content_type.model_class() is None
    )


def permissions(using):
    """Every permission as [codename, app_label, model, name]: some are made by data migrations only."""
    return sorted(
        [*permission.natural_key(), permission.name]
        for permission in Permission.objects.using(using).select_related("content_type")
    )


def recreate_content_types_and_permissions(manifest, using):
    content_types = ContentType.objects.db_manager(using)
    content_types.clear_cache()
    for app_label, model in manifest.get("stale_content_types", []):
        content_types.get_or_create(app_label=app_label, model=model)
    for codename, app_label, model, name in manifest.get("permissions", []):
        content_type, _created = content_types.get_or_create(app_label=app_label, model=model)
        Permission.objects.using(using).get_or_create(
            codename=codename, content_type=content_type, defaults={"name": name}
        )


def delete_rows(connection):
    """Empty every table but the content types and permissions, which the archive refers to by name."""
    kept = {ContentType._meta.db_table, Permission._meta.db_table}
    tables = [table for table in connection.introspection.django_table_names(only_existing=True) if table not in kept]
    statements = connection.ops.sql_flush(no_style(), tables, reset_sequences=True, allow_cascade=False)
    if connection.vendor == "postgresql":
        # TRUNCATE refuses tables with foreign-key checks still pending in this transaction.
        statements = ["SET CONSTRAINTS ALL IMMEDIATE", *statements, "SET CONSTRAINTS ALL DEFERRED"]
    connection.ops.execute_sql_flush(statements)


def rendition_files():
    names = set()
    for model in apps.get_models():
        if issubclass(model, AbstractRendition):
            names.update(model._base_manager.values_list("file", flat=True))
    return names


def storage_files(storage, path=""):
    """Every file name in `storage` below `path`, walking folders through the storage API."""
    try:
        folders, files = storage.listdir(path)
    except FileNotFoundError:
        return
    for name in sorted(files):
        yield f"{path}/{name}" if path else name
    for folder in sorted(folders):
        yield from storage_files(storage, f"{path}/{folder}" if path else folder)


def copy_hashed(source, target):
    """Copy file-like `source` into `target`; return (sha256 hex digest, size)."""
    digest, size = hashlib.sha256(), 0
    while chunk := source.read(CHUNK_SIZE):
        digest.update(chunk)
        target.write(chunk)
        size += len(chunk)
    return digest.hexdigest(), size


def write_backup(path, *, using=DEFAULT_DB_ALIAS, storage=None, log=None):
    """Write the archive to `path` and return its manifest."""
    storage = storage or default_storage
    log = log or (lambda message: None)
    connection = connections[using]
    directory = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(directory):
        raise BackupError(_("There is no folder %(path)s.") % {"path": directory})
    skipped = rendition_files()
    serializers.register_serializer(SERIALIZATION_FORMAT, "cabinet_site.backup_format")
    # Written next to the target and renamed at the end: a failed backup never leaves half an archive.
    partial = f"{path}.partial"
    try:
        with tempfile.TemporaryDirectory() as work, tarfile.open(partial, "w:gz") as archive:
            data_path = os.path.join(work, DATA_NAME)
            already_in_transaction = connection.in_atomic_block
            with transaction.atomic(using=using):
                if connection.vendor == "postgresql" and not already_in_transaction:
                    with connection.cursor() as cursor:
                        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
                counts = row_counts(using)
                call_command(
                    "dumpdata",
                    *[model._meta.label for model in backed_up_models()],
                    format=SERIALIZATION_FORMAT,
                    use_base_manager=True,
                    database=using,
                    output=data_path,
                    stdout=io.StringIO(),
                )
                migrations = applied_migrations(connection)
                names_referred_to = {
                    "stale_content_types": stale_content_types(using),
                    "permissions": permissions(using),
                }
            archive.add(data_path, arcname=DATA_NAME)
            total = sum(counts.values())
            log(ngettext("Database: %(count)s row.", "Database: %(count)s rows.", total) % {"count": total})

            media = {}
            for name in storage_files(storage):
                if name in skipped:
                    continue
                with storage.open(name, "rb") as source, tempfile.SpooledTemporaryFile(SPOOL_SIZE) as copy:
                    sha256, size = copy_hashed(source, copy)
                    copy.seek(0)
                    info = tarfile.TarInfo(MEDIA_PREFIX + name)
                    info.size = size
                    info.mtime = int(time.time())
                    archive.addfile(info, copy)
                media[name] = {"sha256": sha256, "size": size}
            log(ngettext("Media: %(count)s file.", "Media: %(count)s files.", len(media)) % {"count": len(media)})

            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": timezone.now().isoformat(),
                "django": version("django"),
                "wagtail": version("wagtail"),
                "wagtail_localize": version("wagtail-localize"),
                "database_vendor": connection.vendor,
                "migrations": migrations,
                "counts": counts,
                "excluded": excluded_labels(),
                **names_referred_to,
                "media": media,
            }
            encoded = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
            info = tarfile.TarInfo(MANIFEST_NAME)
            info.size = len(encoded)
            info.mtime = int(time.time())
            archive.addfile(info, io.BytesIO(encoded))
        os.replace(partial, path)
    except OSError as error:
        raise BackupError(
            _("The archive %(path)s could not be written: %(error)s")
            % {"path": path, "error": error.strerror or error}
        ) from error
    finally:
        if os.path.exists(partial):
            os.remove(partial)
    return manifest


class BackupArchive:
    """An archive opened for restoring; its manifest is read and checked on opening."""

    def __init__(self, path):
        self.path = path
        if not os.path.isfile(path):
            raise BackupError(_("There is no file %(path)s.") % {"path": path})
        try:
            self.tar = tarfile.open(path, "r:gz")  # noqa: SIM115 (closed by close())
            self.manifest = json.load(self.tar.extractfile(MANIFEST_NAME))
        except (tarfile.TarError, KeyError, OSError, EOFError, ValueError, TypeError, AttributeError) as error:
            raise self.damaged() from error
        self.check_manifest()

    def damaged(self):
        return BackupError(
            _("%(path)s is not a backup of this site, or the archive is damaged.") % {"path": self.path}
        )

    def check_manifest(self):
        manifest = self.manifest
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise self.damaged()
        if manifest.get("format_version") != FORMAT_VERSION:
            raise BackupError(
                _("The archive is in backup format %(found)s; this version of the site reads format %(expected)s.")
                % {"found": manifest.get("format_version"), "expected": FORMAT_VERSION}
            )
        for key, kind in (("migrations", dict), ("counts", dict), ("media", dict)):
            if not isinstance(manifest.get(key), kind):
                raise self.damaged()

    def close(self):
        self.tar.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()

    def open_member(self, name):
        try:
            member = self.tar.extractfile(name)
        except (tarfile.TarError, KeyError, OSError, EOFError) as error:
            raise self.damaged() from error
        if member is None:
            raise self.damaged()
        return member

    def extract_data(self, directory):
        target = os.path.join(directory, DATA_NAME)
        try:
            with self.open_member(DATA_NAME) as source, open(target, "wb") as copy:
                while chunk := source.read(CHUNK_SIZE):
                    copy.write(chunk)
        except (tarfile.TarError, EOFError, OSError) as error:
            raise self.damaged() from error
        return target

    def restore_media(self, storage, log):
        for name, expected in sorted(self.manifest["media"].items()):
            with self.open_member(MEDIA_PREFIX + name) as source, tempfile.SpooledTemporaryFile(SPOOL_SIZE) as copy:
                try:
                    sha256, _size = copy_hashed(source, copy)
                except (tarfile.TarError, EOFError, OSError, ValueError) as error:
                    raise self.damaged() from error
                if sha256 != expected.get("sha256"):
                    raise BackupError(
                        _("The file %(name)s in the archive is damaged (its checksum does not match).")
                        % {"name": name}
                    )
                copy.seek(0)
                if storage.exists(name):
                    storage.delete(name)
                saved = storage.save(name, File(copy, name=name))
            if saved != name:
                raise BackupError(_("The file %(name)s could not be restored.") % {"name": name})
        count = len(self.manifest["media"])
        log(ngettext("Media: %(count)s file restored.", "Media: %(count)s files restored.", count) % {"count": count})


def database_has_content(using=DEFAULT_DB_ALIAS):
    """Whether the database holds a site: anything beyond what the migrations themselves create.

    A database without tables, and a freshly migrated one (Wagtail's tree root and its
    "Welcome" page, the default groups), count as empty.
    """
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import Page

    from corners.models import Question
    from events.models import Registration

    connection = connections[using]
    if MigrationRecorder.Migration._meta.db_table not in connection.introspection.table_names():
        return False
    if not MigrationRecorder(connection).applied_migrations():
        return False
    from django.contrib.auth import get_user_model

    plain_page = ContentType.objects.db_manager(using).get_for_model(Page)
    pages = Page.objects.using(using)
    return any(
        (
            get_user_model()._base_manager.using(using).exists(),
            pages.filter(depth__gt=2).exists(),
            pages.filter(depth=2).exclude(content_type=plain_page).exists(),
            get_document_model()._base_manager.using(using).exists(),
            get_image_model()._base_manager.using(using).exists(),
            Registration._base_manager.using(using).exists(),
            Question._base_manager.using(using).exists(),
        )
    )


def migrate_to(connection, targets):
    executor = MigrationExecutor(connection)
    plan = executor.migration_plan(targets)
    if plan:
        executor.migrate(targets, plan=plan)


def archive_migration_targets(connection, archived):
    """The migration state the archive's rows fit: for each app the last migration it had applied.

    Raises BackupError when the archive knows migrations this code does not (a newer site made it).
    """
    loader = MigrationExecutor(connection).loader
    graph = loader.graph
    installed = {app_config.label for app_config in apps.get_app_configs()}
    replaced = {old for migration in loader.replacements.values() for old in migration.replaces}
    archived_nodes = {
        (app_label, name)
        for app_label, names in archived.items()
        if app_label in installed
        for name in names
        if (app_label, name) not in replaced
    }
    unknown = sorted(
        f"{app_label}.{name}" for app_label, name in archived_nodes if (app_label, name) not in graph.nodes
    )
    if unknown:
        raise BackupError(
            _(
                "The archive was made by a newer version of the site (migrations unknown here: %(names)s). "
                "Update the site first."
            )
            % {"names": ", ".join(unknown[:5])}
        )
    targets = []
    for app_label, name in sorted(archived_nodes):
        children = graph.node_map[(app_label, name)].children
        if not any(child[0] == app_label and child in archived_nodes for child in children):
            targets.append((app_label, name))
    return targets


def fully_migrated(connection, targets):
    graph = MigrationExecutor(connection).loader.graph
    return set(targets) == set(graph.leaf_nodes())


def reset_sequences(connection):
    models = [model for model in apps.get_models() if model._meta.managed and not model._meta.proxy]
    statements = connection.ops.sequence_reset_sql(no_style(), models)
    if statements:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(statement)


@contextmanager
def muted_model_signals():
    """No model signal handlers while rows are loaded: a restore copies rows, it does not edit them.

    Some handlers ignore `raw` (wagtail-localize's for string translations reads rows not loaded
    yet); indexes the handlers would update are rebuilt at the end of the restore.
    """
    model_signals = (signals.pre_save, signals.post_save, signals.m2m_changed)
    saved = [(signal, signal.receivers) for signal in model_signals]
    try:
        for signal, _receivers in saved:
            signal.receivers = []
            signal.sender_receivers_cache.clear()
        yield
    finally:
        for signal, receivers in saved:
            signal.receivers = receivers
            signal.sender_receivers_cache.clear()


def restore_backup(path, *, force=False, using=DEFAULT_DB_ALIAS, storage=None, log=None):
    """Rebuild the site from the archive at `path` into the database `using`; return the manifest."""
    storage = storage or default_storage
    log = log or (lambda message: None)
    connection = connections[using]
    with BackupArchive(path) as archive, tempfile.TemporaryDirectory() as work:
        manifest = archive.manifest
        targets = archive_migration_targets(connection, manifest["migrations"])
        if not force and database_has_content(using):
            raise BackupError(
                _(
                    "The database already holds a site. Restore into an empty database, or add --force "
                    "to replace everything in it with the archive. Nothing was changed."
                )
            )
        data_path = archive.extract_data(work)
        # Media first: a damaged file stops the restore before the database is touched.
        archive.restore_media(storage, log)

        if fully_migrated(connection, targets):
            call_command("migrate", database=using, interactive=False, verbosity=0)
        else:
            # The rows fit the schema of the archive's migrations: load them there, then migrate on.
            migrate_to(connection, targets)
            emit_post_migrate_signal(0, False, using)
        with transaction.atomic(using=using):
            delete_rows(connection)
            recreate_content_types_and_permissions(manifest, using)
            with muted_model_signals():
                call_command("loaddata", data_path, database=using, verbosity=0)
            found = row_counts(using)
            expected = manifest["counts"]
            differences = sorted(label for label, count in expected.items() if found.get(label) != count)
            if differences:
                raise BackupError(
                    _("The restored database does not match the archive (%(models)s). Nothing was changed.")
                    % {"models": ", ".join(differences[:5])}
                )
            reset_sequences(connection)
        total = sum(found.values())
        log(
            ngettext("Database: %(count)s row restored.", "Database: %(count)s rows restored.", total)
            % {"count": total}
        )
        call_command("migrate", database=using, interactive=False, verbosity=0)

    cache.clear()
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0, stdout=io.StringIO())
    log(_("Search index rebuilt."))
    return manifest
