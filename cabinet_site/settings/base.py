"""Settings shared by every environment. Environment variables are documented in .env.example."""

import os
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "cabinet_site",
    "home",
    "corners",
    "resources",
    "events",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "cabinet_site.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "cabinet_site.kept_site.KeptSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "cabinet_site.admin_language.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "cabinet_site.content_security_policy.ContentSecurityPolicyMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cabinet_site.urls"
# Where the Wagtail admin lives, e.g. "office/" (a guessable /admin/ draws password-guessing bots).
ADMIN_PATH = os.environ.get("ADMIN_PATH", "admin/").strip("/") + "/"
WSGI_APPLICATION = "cabinet_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "OPTIONS": {
            # Wagtail's templates show workflow and task names in the admin's language
            # (cabinet_site/workflow_names.py).
            "loaders": [
                (
                    "django.template.loaders.cached.Loader",
                    ["django.template.loaders.filesystem.Loader", "cabinet_site.workflow_names.AppDirectoriesLoader"],
                )
            ],
            "builtins": ["cabinet_site.templatetags.workflow_names"],
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "cabinet_site.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several gunicorn workers read while one writes (a search counted, a registration): in WAL mode
    # readers go on during a write, and NORMAL syncs the log at checkpoints instead of at every commit
    # (a power cut may lose the last commits, never the database). A transaction takes the write lock
    # when it begins (IMMEDIATE): one that read first and wrote later fails at once with "database is
    # locked" when another request wrote in between, which no timeout helps; waiting for the lock at
    # BEGIN does obey the timeout, up to 20 s. Docs: docs/deployment.md, "SQLite".
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        init_command="PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        transaction_mode="IMMEDIATE",
        timeout=20,
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "cabinet_site.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Seconds an anonymous visitor's copy of a public page or feed is kept (cabinet_site/page_cache.py);
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# Seconds the parts every page shares (header, footer, breadcrumbs, home page sections) are kept
# for the requests the page cache does not answer (cabinet_site/fragment_cache.py); 0 turns it off.
FRAGMENT_CACHE_SECONDS = int(os.environ.get("FRAGMENT_CACHE_SECONDS", "600"))

# Languages: Kazakh is the default and the source of every translation.
LANGUAGE_CODE = "kk"
LANGUAGES = [
    ("kk", "Қазақша"),
    ("ru", "Русский"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# The project's own strings first (they win), then the Kazakh translations of Wagtail's and
# wagtail-localize's strings (docs/admin-in-kazakh.md), kept apart so that makemessages
# --no-obsolete on the project's catalogues never drops them.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Almaty"
# Kazakh date formats, and Monday as the first day of the week (cabinet_site/formats/).
FORMAT_MODULE_PATH = ["cabinet_site.formats"]

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "var" / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "var" / "media"))
MEDIA_URL = "/media/"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded files in an S3-compatible bucket instead of MEDIA_ROOT (docs/deployment.md). Needs
# django-storages with boto3 installed; credentials come from AWS_ACCESS_KEY_ID and
# AWS_SECRET_ACCESS_KEY in the environment, which boto3 reads itself.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "")
    # A private bucket: files are reached through signed, expiring links; an upload never
    # replaces another file of the same name.
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_S3_FILE_OVERWRITE = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "cabinet@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Admin sign-in throttle (cabinet_site/login_throttle.py): after this many failed attempts for one
# account, or from one address, further attempts for it are refused for the cool-down.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_COOLDOWN_SECONDS = int(os.environ.get("LOGIN_COOLDOWN_SECONDS", "900"))
# Reverse proxies in front of the site that append the client's address to X-Forwarded-For (0: none,
# REMOTE_ADDR is the client). Production sets 1.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))

# Wagtail
WAGTAILADMIN_USER_LOGIN_FORM = "cabinet_site.login_throttle.ThrottledLoginForm"
WAGTAIL_SITE_NAME = _("Methodological cabinet")
# No Gravatar pictures in the admin: they would send a hash of each editor's e-mail to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask wagtail.org for new releases: the pins in requirements.txt are updated
# by the site's maintainers, and the admin's Content-Security-Policy allows no outside connections.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_FINISH_WORKFLOW_ACTION = "cabinet_site.workflows.publish_approved"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "cabinet_site.CabinetImage"
WAGTAILDOCS_DOCUMENT_MODEL = "resources.CabinetDocument"
WAGTAILDOCS_EXTENSIONS = [
    "pdf",
    "docx",
    "doc",
    "pptx",
    "ppt",
    "odt",
    "odp",
    "xlsx",
    "xls",
    "ods",
    "rtf",
    "txt",
    "csv",
    "zip",
]
# What is inside an upload is checked by cabinet_site/uploads.py, which has one check per extension
# listed here. Documents are always served through Django (so a private collection's restriction
# applies), as attachments, never shown inline: a PDF can carry scripts too.
MAX_UPLOAD_MB = int(os.environ.get("MAX_UPLOAD_MB", "50"))
MAX_IMAGE_UPLOAD_MB = int(os.environ.get("MAX_IMAGE_UPLOAD_MB", "20"))
WAGTAILDOCS_MAX_UPLOAD_SIZE = MAX_UPLOAD_MB * 1024 * 1024
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILIMAGES_IMAGE_FORM_BASE = "cabinet_site.image_forms.CabinetImageForm"
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # never SVG: it can hold scripts
WAGTAILIMAGES_MAX_UPLOAD_SIZE = MAX_IMAGE_UPLOAD_MB * 1024 * 1024
# A picture is unpacked whole to make its renditions: 50 megapixels take about 200 MB of memory.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("MAX_IMAGE_MEGAPIXELS", "50")) * 1_000_000
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}
# Addresses are in Latin letters: cabinet_site/slugs.py transliterates Kazakh and Russian titles.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAIL_WORKFLOW_ENABLED = True
WAGTAIL_MODERATION_ENABLED = True
# The site's CSS gives embedded frames their ratio; the responsive wrapper's inline style would be
# refused by the Content-Security-Policy (cabinet_site/content_security_policy.py).
WAGTAILEMBEDS_RESPONSIVE_HTML = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # With IGNORE_EXCEPTIONS, a Redis outage is only visible here: the pages are served uncached.
    "loggers": {"django_redis": {"handlers": ["console"], "level": "ERROR", "propagate": False}},
}

# Background tasks (django-tasks) -----------------------------------------------------------------
# Text extraction from uploaded files, and Wagtail's own search/reference index updates, run as
# tasks. By default they run at once, inside the request. With TASKS_BACKEND=database they are
# stored in the database (django-tasks-db) and run by `manage.py db_worker`.
INSTALLED_APPS.append("django_tasks_db")
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip().lower()
if TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
