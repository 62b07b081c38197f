"""The browser tests' demo servers: the test settings, with the media folder served as the
development server serves it (cabinet_site/media.py), so that pages show their pictures."""

from cabinet_site.settings.test import *  # noqa: F403

ROOT_URLCONF = "cabinet_site.tests.urls_with_media"
