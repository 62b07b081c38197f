"""Settings read from the environment, checked in fresh interpreters so that nothing leaks in."""

import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.conf import settings
from django.utils import timezone

BASE_DIR = settings.BASE_DIR
ENVIRONMENT_SETTINGS = (
    "SECRET_KEY",
    "DATABASE_URL",
    "REDIS_URL",
    "DEBUG",
    "DJANGO_SETTINGS_MODULE",
    "MEDIA_ROOT",
    "STATIC_ROOT",
    "AWS_STORAGE_BUCKET_NAME",
    "AWS_S3_ENDPOINT_URL",
)


def run_python(code, settings_module, **environ):
    """Run `code` in a new interpreter with a clean environment plus `environ`."""
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_SETTINGS}
    env.update(DJANGO_SETTINGS_MODULE=settings_module, **environ)
    return subprocess.run(
        [sys.executable, "-c", code], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )


def settings_value(expression, settings_module="cabinet_site.settings.dev", **environ):
    """The JSON value of `expression` (evaluated with `settings` in scope) in a fresh interpreter."""
    code = f"import json; from django.conf import settings; print(json.dumps({expression}, default=str))"
    result = run_python(code, settings_module, **environ)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


# Production refuses to start without a secret key -----------------------------------------------


def test_production_refuses_to_start_without_secret_key():
    result = run_python("import django; django.setup()", "cabinet_site.settings.production")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert "SECRET_KEY" in result.stderr


def test_production_refuses_an_empty_secret_key():
    result = run_python("import django; django.setup()", "cabinet_site.settings.production", SECRET_KEY="")
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr


def test_production_starts_with_secret_key_and_passes_system_checks():
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_SETTINGS}
    env.update(DJANGO_SETTINGS_MODULE="cabinet_site.settings.production", SECRET_KEY="x" * 60)
    result = subprocess.run(
        [sys.executable, "manage.py", "check"], cwd=BASE_DIR, env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (
        settings_value("settings.DEBUG", "cabinet_site.settings.production", SECRET_KEY="x" * 60, DEBUG="true")
        is False
    )


# Time zone ------------------------------------------------------------------------------------


def test_time_zone_is_almaty():
    assert settings.TIME_ZONE == "Asia/Almaty"
    assert settings.USE_TZ


def test_almaty_is_utc_plus_five_since_2024():
    """Kazakhstan moved to a single time zone, UTC+5, on 1 March 2024 (tzdata 2024b)."""
    almaty = ZoneInfo("Asia/Almaty")
    assert datetime(2026, 6, 1, 12, 0, tzinfo=almaty).utcoffset() == timedelta(hours=5)
    assert datetime(2023, 6, 1, 12, 0, tzinfo=almaty).utcoffset() == timedelta(hours=6)


def test_the_tzdata_package_itself_knows_the_2024_change():
    """Python prefers the system's zone files; the pinned tzdata package must be right on its own."""
    code = (
        "from datetime import datetime; from zoneinfo import ZoneInfo; "
        "print(datetime(2026, 6, 1, tzinfo=ZoneInfo('Asia/Almaty')).utcoffset().total_seconds())"
    )
    result = run_python(code, "cabinet_site.settings.dev", PYTHONTZPATH="")
    assert result.returncode == 0, result.stderr
    assert float(result.stdout) == 5 * 3600


def test_times_are_shown_in_almaty_time():
    moment = datetime(2026, 6, 1, 4, 30, tzinfo=UTC)
    local = timezone.localtime(moment)
    assert (local.hour, local.minute) == (9, 30)


# Database and cache from the environment ------------------------------------------------------


def test_database_defaults_to_sqlite_in_the_project_folder():
    database = settings_value("settings.DATABASES['default']")
    assert database["ENGINE"] == "django.db.backends.sqlite3"
    assert database["NAME"] == str(BASE_DIR / "db.sqlite3")


def test_database_url_selects_postgresql():
    database = settings_value(
        "settings.DATABASES['default']", DATABASE_URL="postgres://cabinet:secret@db.example:5433/cabinet_prod"
    )
    assert database["ENGINE"] == "django.db.backends.postgresql"
    assert (database["NAME"], database["USER"], database["PASSWORD"], database["HOST"], database["PORT"]) == (
        "cabinet_prod",
        "cabinet",
        "secret",
        "db.example",
        5433,
    )


def test_media_stay_in_a_folder_without_a_bucket():
    assert settings_value('settings.STORAGES["default"]["BACKEND"]', MEDIA_ROOT="/srv/cabinet/media") == (
        "django.core.files.storage.FileSystemStorage"
    )
    assert settings_value("settings.MEDIA_ROOT", MEDIA_ROOT="/srv/cabinet/media") == "/srv/cabinet/media"


def test_a_bucket_name_moves_media_to_s3_compatible_storage():
    expression = '[settings.STORAGES["default"]["BACKEND"], settings.AWS_S3_ENDPOINT_URL, settings.AWS_DEFAULT_ACL]'
    value = settings_value(
        expression,
        "cabinet_site.settings.production",
        SECRET_KEY="x",
        AWS_STORAGE_BUCKET_NAME="cabinet-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.kz",
    )
    assert value == ["storages.backends.s3.S3Storage", "https://s3.example.kz", None]


def test_static_root_can_be_moved():
    assert settings_value("settings.STATIC_ROOT", STATIC_ROOT="/srv/cabinet/static") == "/srv/cabinet/static"


def test_cache_is_local_memory_without_redis_url():
    backend = settings_value("settings.CACHES['default']['BACKEND']")
    assert backend == "django.core.cache.backends.locmem.LocMemCache"


def test_redis_url_switches_the_cache_to_django_redis():
    cache = settings_value("settings.CACHES['default']", REDIS_URL="redis://cache.example:6379/1")
    assert cache["BACKEND"] == "django_redis.cache.RedisCache"
    assert cache["LOCATION"] == "redis://cache.example:6379/1"


def test_redis_cache_is_used_and_an_unreachable_redis_does_not_break_the_site():
    code = (
        "import django; django.setup(); from django.core.cache import caches; cache = caches['default']; "
        "cache.set('k', 'v'); print(type(cache).__module__, cache.get('k', 'missing'))"
    )
    result = run_python(code, "cabinet_site.settings.dev", REDIS_URL="redis://127.0.0.1:1/0")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django_redis.cache", "missing"]


@pytest.mark.parametrize("module", ["dev", "test", "production"])
def test_every_settings_module_uses_kazakh_as_default_language(module):
    assert settings_value(
        "[settings.LANGUAGE_CODE, [code for code, _ in settings.LANGUAGES]]",
        f"cabinet_site.settings.{module}",
        SECRET_KEY="x" * 60,
    ) == ["kk", ["kk", "ru", "en"]]
