"""`manage.py load_demo_content`: the demo cabinet in three languages, safe to run again.

wagtail-localize publishes a translation when its transaction commits. Most tests here share one
demo build inside a transaction that is rolled back after the module, with commit callbacks run
at once (as on an install, where each translation's transaction commits before the next step);
test_demo_content_install.py builds it with real commits, exactly as an install sees it.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.test import override_settings
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, Revision, Site
from wagtail_localize.models import LocaleSynchronization, Translation, TranslationSource

from cabinet_site import roles
from cabinet_site.models import SiteText
from cabinet_site.tests.demo import demo_home, load_demo_content, requires_command, run_now
from home.models import HomePage, StandardPage

pytestmark = requires_command

STAFF = {
    "admin": None,
    "librarian": roles.LIBRARIANS,
    "methodologist": roles.METHODOLOGISTS,
    "teacher": roles.TEACHERS,
}


@pytest.fixture(scope="module")
def _module_demo_site(django_db_setup, django_db_blocker, tmp_path_factory):
    media = override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("demo-media"), DEBUG=False)
    media.enable()
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(transaction, "on_commit", run_now)
                load_demo_content()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            media.disable()
            raise
    yield
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
    media.disable()


@pytest.fixture
def demo_site(_module_demo_site, db, monkeypatch, settings):
    """The demo site, built once (with settings.DEBUG False); running the command again is allowed."""
    monkeypatch.setattr(transaction, "on_commit", run_now)
    settings.DEBUG = False


def counts():
    return {
        "pages": Page.objects.count(),
        "live pages": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "users": get_user_model().objects.count(),
        "groups": Group.objects.count(),
        "group page permissions": GroupPagePermission.objects.count(),
        "site texts": SiteText.objects.count(),
        "translation sources": TranslationSource.objects.count(),
        "translations": Translation.objects.count(),
        "locale synchronizations": LocaleSynchronization.objects.count(),
        "locales": Locale.objects.count(),
        "sites": Site.objects.count(),
    }


def test_builds_a_site_in_three_languages_translated_with_wagtail_localize(demo_site):
    home = demo_home()
    assert isinstance(home, HomePage)
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"kk", "ru", "en"}
    assert home.locale.language_code == "kk"
    translations = {page.locale.language_code: page for page in home.get_translations().live()}
    assert set(translations) == {"ru", "en"}
    assert all(page.alias_of_id is None for page in translations.values())
    assert Translation.objects.filter(source__object_id=home.translation_key).count() == 2
    # The sections and the about/contacts pages exist in every language.
    for code in ("kk", "ru", "en"):
        tree = home if code == "kk" else translations[code]
        children = {type(page).__name__ for page in tree.get_children().live().specific()}
        assert {"CornerIndexPage", "ResourceIndexPage", "EventIndexPage", "NewsIndexPage", "StandardPage"} <= children
    # Wagtail's placeholder "Welcome" page is gone.
    assert not Page.objects.filter(depth=2).exclude(pk__in=[home.pk, *[p.pk for p in translations.values()]]).exists()


def test_every_demo_picture_is_described_in_three_languages(demo_site):
    for image in get_image_model().objects.all():
        texts = [image.description, image.description_ru, image.description_en]
        assert all(texts) and len(set(texts)) == 3, image.title


def test_running_it_again_changes_nothing(demo_site, settings):
    first = counts()
    load_demo_content()
    assert counts() == first
    assert first["pages"] > 3 and first["translations"] > 0 and first["site texts"] == 3


def test_running_it_again_with_staff_accounts_changes_nothing(demo_site, settings):
    settings.DEBUG = True
    load_demo_content()
    first = counts()
    assert first["users"] == len(STAFF)
    load_demo_content()
    assert counts() == first


def test_a_second_run_keeps_what_editors_changed(demo_site):
    home = demo_home()
    home.title = "Біздің әдістемелік кабинет"
    home.save_revision().publish()
    about_ru = StandardPage.objects.filter(locale__language_code="ru", depth=3).first()
    about_ru.title = "Наш кабинет"
    about_ru.save_revision().publish()
    editors_page = home.add_child(instance=StandardPage(title="Мұғалімдерге кеңес", slug="mugalimderge-kenes"))
    site_text = SiteText.objects.get(locale__language_code="kk")
    site_text.address = "Жаңа мекенжай"
    site_text.save()

    load_demo_content()

    assert Page.objects.get(pk=home.pk).title == "Біздің әдістемелік кабинет"
    assert Page.objects.get(pk=about_ru.pk).title == "Наш кабинет"
    assert Page.objects.filter(pk=editors_page.pk).exists()
    assert SiteText.objects.get(pk=site_text.pk).address == "Жаңа мекенжай"


def test_staff_accounts_only_when_debug(demo_site, settings, client):
    assert not get_user_model().objects.filter(username__in=STAFF).exists()

    settings.DEBUG = True
    load_demo_content()
    User = get_user_model()
    for username, group_name in STAFF.items():
        user = User.objects.get(username=username)
        assert user.has_usable_password()
        if group_name is None:
            assert user.is_superuser
        else:
            assert not user.is_superuser
            assert list(user.groups.values_list("name", flat=True)) == [group_name]
        client.force_login(user)
        assert client.get("/admin/").status_code == 200, username
