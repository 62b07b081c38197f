"""The demo command with real commits (transactional database), as on an install."""

import pytest
from wagtail.models import Locale

from cabinet_site.models import SiteText
from cabinet_site.tests.demo import demo_home, load_demo_content, requires_command
from cabinet_site.tests.html import heading, html_lang, main_lang, soup

pytestmark = [requires_command, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_demo_home_page_renders_in_each_language_with_its_own_title(client, settings, tmp_path):
    """With real commits, as `manage.py load_demo_content` runs on an install."""
    settings.MEDIA_ROOT = tmp_path
    load_demo_content()
    titles = {}
    for code in ("kk", "ru", "en"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200
        assert html_lang(response) == code
        assert main_lang(response) is None  # real translations, not aliases
        titles[code] = heading(response)
        assert titles[code] == demo_home().get_translation(Locale.objects.get(language_code=code)).title
        footer = soup(response).find("footer").get_text(" ", strip=True)
        assert SiteText.objects.get(locale__language_code=code).site_name in footer
    assert len(set(titles.values())) == 3, titles
