"""Production static files: hashed names, compressed copies, and far-future caching by WhiteNoise."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.management import call_command
from django.http import HttpResponseNotFound
from django.test import RequestFactory, override_settings
from whitenoise.middleware import WhiteNoiseMiddleware

TEN_YEARS = 10 * 365 * 24 * 60 * 60
# Closing a response sends request_finished, which checks the database connections.
pytestmark = pytest.mark.django_db


def production_settings():
    """The production settings as a deployment gets them (read in a separate process: importing
    them here would change the test settings they share with the base module)."""
    code = (
        "import json; from django.conf import settings; "
        "print(json.dumps({'storage': settings.STORAGES['staticfiles']['BACKEND'], "
        "'middleware': settings.MIDDLEWARE}))"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "cabinet_site.settings.production", "SECRET_KEY": "static-test"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, check=True
    )
    return json.loads(done.stdout)


@pytest.fixture(scope="module")
def production():
    return production_settings()


@pytest.fixture
def collected(tmp_path, production):
    """collectstatic of the site's own static files with the production storage."""
    storages = {**settings.STORAGES, "staticfiles": {"BACKEND": production["storage"]}}
    overrides = {
        "STATIC_ROOT": tmp_path,
        "STORAGES": storages,
        "STATICFILES_FINDERS": ["django.contrib.staticfiles.finders.FileSystemFinder"],
        "WHITENOISE_USE_FINDERS": False,
        "WHITENOISE_AUTOREFRESH": False,
    }
    with override_settings(**overrides):
        call_command("collectstatic", interactive=False, verbosity=0)
        manifest = json.loads((tmp_path / "staticfiles.json").read_text())["paths"]
        yield tmp_path, manifest


def test_production_serves_static_files_with_whitenoise(production):
    assert "whitenoise.middleware.WhiteNoiseMiddleware" in production["middleware"]
    assert production["middleware"].index("whitenoise.middleware.WhiteNoiseMiddleware") == 1


def test_collectstatic_writes_hashed_and_compressed_files(collected):
    root, manifest = collected
    hashed = manifest["css/site.css"]
    assert hashed != "css/site.css" and hashed.startswith("css/site.") and hashed.endswith(".css")
    for name in (hashed, hashed + ".gz", hashed + ".br"):
        assert (root / name).is_file(), name
    assert (root / (hashed + ".br")).stat().st_size < (root / hashed).stat().st_size


def serve(path, **headers):
    middleware = WhiteNoiseMiddleware(lambda request: HttpResponseNotFound())
    return middleware(RequestFactory().get(path, headers=headers))


def test_whitenoise_serves_hashed_files_compressed_with_far_future_caching(collected):
    _root, manifest = collected
    response = serve(settings.STATIC_URL + manifest["css/site.css"], accept_encoding="br, gzip")
    assert response.status_code == 200
    assert response["Content-Encoding"] == "br"
    assert "immutable" in response["Cache-Control"]
    assert f"max-age={TEN_YEARS}" in response["Cache-Control"]
    response.close()

    unhashed = serve(settings.STATIC_URL + "css/site.css")
    assert unhashed.status_code == 200
    assert "immutable" not in unhashed["Cache-Control"]
    unhashed.close()
