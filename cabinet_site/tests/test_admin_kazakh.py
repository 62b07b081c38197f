"""The admin in Kazakh: the catalogues in locale/admin/kk, the language editors choose, what they see.

The coverage and placeholder tests compare locale/admin/kk with the English catalogues of the
Wagtail and wagtail-localize versions installed now, so an upgrade that brings new strings makes
them fail until `manage.py missing_admin_translations` lists nothing important
(docs/admin-in-kazakh.md).
"""

import contextlib
import importlib.util
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation
from wagtail.admin.forms.account import LocalePreferencesForm
from wagtail.users.models import UserProfile

from cabinet_site import admin_translations

# The most visible English strings of the admin pages below: menus, buttons, column headings,
# tabs, status labels (picked from the pages rendered in English).
VISIBLE_STRINGS = [
    # the sidebar and the dashboard
    "Pages",
    "Images",
    "Documents",
    "Snippets",
    "Reports",
    "Settings",
    "Help",
    "Search",
    "Account",
    "Log out",
    "Skip to main content",
    "Toggle sidebar",
    "Site summary",
    "Keyboard shortcuts",
    "Actions",  # hard-coded in Wagtail's headers/_actions.html; see templates/wagtailadmin/shared/headers/
    # the explorer
    "Add child page",
    "Edit",
    "Move",
    "Delete",
    "Publish",
    "Unpublish",
    "History",
    "View live",
    "Sort menu order",
    "Title",
    "Status",
    "Updated",
    "Type",
    "Locale",
    "Owner",
    "Select all",
    "Bulk actions",
    "Translate this page",
    "Sync translated pages",
    "Show filters",
    "Live",
    "Private",
    "Change privacy",
    "View history",
    "Usage",
    "Previous",
    "Next",
    # the page editor
    "Save draft",
    "Content",
    "Promote",
    "Comments",
    "Add comment",
    "Lock",
    "More actions",
    "Set publishing schedule",
    "For search engines",
    "For site menus",
    "Checks",
    "Toggle preview",
    # images and documents
    "Add to collection",
    "Usage count",
    "Add an image",
    "Add a document",
    "Collection",
]


class VisibleText(HTMLParser):
    """The text an editor meets: text nodes, labelling attributes and the strings of JSON props."""

    ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")

    def __init__(self):
        super().__init__()
        self.strings = set()
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("script", "style", "template"):
            self._script = attrs.get("type") if tag == "script" else "style"
        for name in self.ATTRIBUTES:
            if attrs.get(name):
                self.strings.add(" ".join(attrs[name].split()))

    def handle_endtag(self, tag):
        if tag in ("script", "style", "template"):
            self._script = None

    def handle_data(self, data):
        if self._script == "application/json":
            with contextlib.suppress(ValueError):
                self._add_json(json.loads(data))
        elif self._script is None and data.strip():
            self.strings.add(" ".join(data.split()))

    def _add_json(self, value):
        if isinstance(value, str):
            self.strings.add(value.strip())
        elif isinstance(value, dict):
            for item in value.values():
                self._add_json(item)
        elif isinstance(value, list):
            for item in value:
                self._add_json(item)


def visible_strings(response):
    parser = VisibleText()
    parser.feed(response.content.decode())
    return parser.strings


def set_admin_language(user, code):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = code
    profile.save()


def admin_urls(site_tree):
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore", args=[site_tree.home["kk"].pk]),
        "page edit": reverse("wagtailadmin_pages:edit", args=[site_tree.about["kk"].pk]),
        "images": reverse("wagtailimages:index"),
        "documents": reverse("wagtaildocs:index"),
        # about/ru is a wagtail-localize translation: its edit view is the translation editor
        "translation editor": reverse("wagtailadmin_pages:edit", args=[site_tree.about["ru"].pk]),
    }


# The catalogues ---------------------------------------------------------------------------------


def test_the_kazakh_admin_catalogues_are_a_locale_path_after_the_projects_own():
    paths = [str(path) for path in settings.LOCALE_PATHS]
    assert paths.index(str(settings.BASE_DIR / "locale")) < paths.index(str(admin_translations.ADMIN_LOCALE_DIR))
    for domain in admin_translations.DOMAINS:
        po = admin_translations.ADMIN_LOCALE_DIR / "kk" / "LC_MESSAGES" / f"{domain}.po"
        assert po.exists(), po
        assert po.with_suffix(".mo").exists(), f"{po.with_suffix('.mo')}: run make compilemessages"


def test_the_english_catalogues_of_the_installed_packages_are_found():
    django = admin_translations.english_catalogues("django")
    assert any("wagtail_localize" in str(path) for path in django)
    assert any(path.parts[-5:-3] == ("admin", "locale") for path in django)
    assert len(admin_translations.source_entries("djangojs")) > 50


def test_at_least_95_per_cent_of_wagtails_and_wagtail_localizes_strings_are_in_kazakh():
    coverages = [admin_translations.coverage(domain) for domain in admin_translations.DOMAINS]
    percent = admin_translations.total_percent(coverages)
    missing = [entry.msgid for item in coverages for entry in item.missing]
    assert percent >= admin_translations.MIN_COVERAGE, (
        f"{percent:.1f}% translated; {len(missing)} missing, e.g. {missing[:10]} "
        "(manage.py missing_admin_translations lists them all)"
    )


@pytest.mark.parametrize("domain", admin_translations.DOMAINS)
def test_every_kazakh_translation_keeps_the_placeholders_of_its_source(domain):
    catalogue = admin_translations.admin_catalogue(domain)
    errors = [
        f"{entry.msgid!r}: {'; '.join(problems)}"
        for entry in catalogue
        if admin_translations.is_translated(entry) and (problems := admin_translations.placeholder_errors(entry))
    ]
    assert not errors, "\n".join(errors)


@pytest.mark.parametrize("domain", admin_translations.DOMAINS)
def test_the_kazakh_catalogues_have_two_plural_forms_like_djangos_own(domain):
    catalogue = admin_translations.admin_catalogue(domain)
    assert catalogue.metadata["Plural-Forms"].replace(" ", "") == "nplurals=2;plural=(n!=1);"
    for entry in catalogue:
        if entry.msgid_plural and admin_translations.is_translated(entry):
            assert sorted(entry.msgstr_plural) == [0, 1], entry.msgid


def test_the_placeholder_check_finds_what_would_break():
    good = polib.POEntry(msgid="Edit %(title)s", msgstr="%(title)s өңдеу")
    lost = polib.POEntry(msgid="Edit %(title)s", msgstr="Өңдеу")
    renamed = polib.POEntry(msgid="{count} pages", msgstr="{n} бет")
    plural = polib.POEntry(
        msgid="%(count)s page", msgid_plural="%(count)s pages", msgstr_plural={0: "бір бет", 1: "%(count)s бет"}
    )
    plural_lost = polib.POEntry(
        msgid="%(count)s page", msgid_plural="%(count)s pages", msgstr_plural={0: "бет", 1: "беттер"}
    )
    assert admin_translations.placeholder_errors(good) == []
    assert admin_translations.placeholder_errors(lost)
    assert admin_translations.placeholder_errors(renamed)
    assert admin_translations.placeholder_errors(plural) == []
    assert admin_translations.placeholder_errors(plural_lost)
    assert admin_translations.placeholders("100%% of %s and %(n)d, {0}") == {"%s": 1, "%(n)d": 1, "{0}": 1}


def test_the_visible_strings_have_kazakh_translations():
    with translation.override("kk"):
        untranslated = [text for text in VISIBLE_STRINGS if translation.gettext(text) == text]
    assert not untranslated


# The language an editor chooses -------------------------------------------------------------------


def test_editors_choose_between_kazakh_russian_and_english_with_kazakh_the_default():
    with translation.override("kk"):
        choices = LocalePreferencesForm().fields["preferred_language"].choices
    codes = [code for code, _label in choices]
    assert sorted(codes) == sorted(["", "kk", "ru", "en"])
    # The first choice, the default of every new account, is the server language: Kazakh.
    assert codes[0] == ""
    assert "Қазақ" in str(choices[0][1])
    assert settings.LANGUAGE_CODE == "kk"


def test_a_new_editors_admin_is_in_kazakh(client, site_tree, staff):
    client.force_login(staff["methodologist"])
    assert UserProfile.get_for_user(staff["methodologist"]).preferred_language == ""
    response = client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert '<html lang="kk"' in html
    with translation.override("kk"):
        pages = translation.gettext("Pages")
    assert pages != "Pages"
    assert pages in visible_strings(response)


def account_form_data(client):
    """What the account page's forms would post unchanged (Wagtail saves all its panels at once)."""
    response = client.get(reverse("wagtailadmin_account"))
    data = {}
    for panels in response.context["panels_by_tab"].values():
        for panel in panels:
            form = panel.get_form()
            for name, field in form.fields.items():
                value = form.initial.get(name, field.initial)
                if value not in (None, False, ""):
                    data[form.add_prefix(name)] = value
    return data


def test_an_editor_who_chooses_russian_in_the_account_settings_gets_a_russian_admin(client, site_tree, staff):
    user = staff["methodologist"]
    client.force_login(user)
    data = account_form_data(client)
    data.update({"name_email-first_name": "Айгүл", "name_email-last_name": "Серікқызы"})
    data["locale-preferred_language"] = "ru"
    response = client.post(reverse("wagtailadmin_account"), data)
    assert response.status_code == 302, response.context and [
        (panel.name, panel.get_form().errors)
        for panels in response.context["panels_by_tab"].values()
        for panel in panels
    ]
    assert UserProfile.get_for_user(user).preferred_language == "ru"
    response = client.get(reverse("wagtailadmin_home"))
    assert '<html lang="ru"' in response.content.decode()
    assert "Страницы" in visible_strings(response)


def test_the_account_page_offers_the_language_choice_in_kazakh(client, site_tree, staff):
    client.force_login(staff["teacher"])
    response = client.get(reverse("wagtailadmin_account"))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="locale-preferred_language"' in html
    for code in ("kk", "ru", "en"):
        assert f'value="{code}"' in html


# What a Kazakh-preferring editor sees ----------------------------------------------------------------


@pytest.fixture
def kazakh_editor(client, site_tree, superuser):
    set_admin_language(superuser, "kk")
    client.force_login(superuser)
    return client


@pytest.mark.parametrize("name", ["dashboard", "explorer", "page edit", "images", "documents", "translation editor"])
def test_key_admin_pages_show_no_english_labels_to_a_kazakh_editor(kazakh_editor, site_tree, name):
    response = kazakh_editor.get(admin_urls(site_tree)[name])
    assert response.status_code == 200
    assert '<html lang="kk"' in response.content.decode()
    english = sorted(set(VISIBLE_STRINGS) & visible_strings(response))
    assert not english, f"untranslated on the {name}: {english}"


def test_the_translation_editor_is_wagtail_localizes(kazakh_editor, site_tree):
    response = kazakh_editor.get(admin_urls(site_tree)["translation editor"])
    assert "wagtail_localize/admin/edit_translation.html" in [template.name for template in response.templates]


def test_the_visible_strings_are_really_on_those_pages_in_english(client, site_tree, superuser):
    """Guards the test above: the listed strings are the pages' labels when the admin is in English."""
    set_admin_language(superuser, "en")
    client.force_login(superuser)
    seen = set()
    for url in admin_urls(site_tree).values():
        seen |= visible_strings(client.get(url)) & set(VISIBLE_STRINGS)
    assert len(seen) >= 45, sorted(set(VISIBLE_STRINGS) - seen)


JS_CATALOGUES = {
    "wagtailadmin_javascript_catalog": "wagtail/admin/",
    "wagtail_localize:javascript_catalog": "wagtail_localize/",
}


@pytest.mark.parametrize("url_name", JS_CATALOGUES)
def test_the_admins_javascript_catalogues_are_in_kazakh(kazakh_editor, url_name):
    """Django's JavaScriptCatalog adds LOCALE_PATHS to the packages' catalogues, so both views find ours."""
    english = next(
        path
        for path in admin_translations.english_catalogues("djangojs")
        if JS_CATALOGUES[url_name] in path.as_posix()
    )
    kazakh = {
        admin_translations.key(entry): entry
        for entry in admin_translations.admin_catalogue("djangojs")
        if admin_translations.is_translated(entry) and not entry.msgid_plural and not entry.msgctxt
    }
    entries = [kazakh[key] for key in map(admin_translations.key, polib.pofile(str(english))) if key in kazakh][:20]
    assert entries, f"nothing of {english} is translated"
    body = kazakh_editor.get(reverse(url_name)).content.decode()
    missing = [entry.msgid for entry in entries if json.dumps(entry.msgstr) not in body]
    assert not missing


# The tools: manage.py missing_admin_translations, scripts/merge_admin_translations.py -----------------


def write_catalogue(directory, domain, entries):
    po = polib.POFile()
    po.metadata = {"Content-Type": "text/plain; charset=UTF-8", "Plural-Forms": "nplurals=2; plural=(n!=1);"}
    for entry in entries:
        po.append(entry)
    path = directory / "kk" / "LC_MESSAGES" / f"{domain}.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    po.save(str(path))
    return path


def translated_copy(entry):
    if entry.msgid_plural:
        return polib.POEntry(
            msgid=entry.msgid,
            msgctxt=entry.msgctxt,
            msgid_plural=entry.msgid_plural,
            msgstr_plural={0: entry.msgid_plural, 1: entry.msgid_plural},
        )
    return polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, msgstr=entry.msgid)


def test_the_command_lists_missing_msgids_and_fails_below_95_per_cent(tmp_path, monkeypatch):
    monkeypatch.setattr(admin_translations, "ADMIN_LOCALE_DIR", tmp_path)
    sources = list(admin_translations.source_entries("djangojs").values())
    write_catalogue(tmp_path, "djangojs", [translated_copy(entry) for entry in sources[1:]])
    out = io.StringIO()
    with pytest.raises(SystemExit) as raised:
        call_command("missing_admin_translations", stdout=out)
    assert raised.value.code == 1
    text = out.getvalue()
    assert f"djangojs: {sources[0].msgid!r}" in text
    assert f"djangojs: {len(sources) - 1} of {len(sources)} translated" in text
    assert "django: 0 of" in text


def test_the_command_passes_when_the_coverage_is_enough(tmp_path, monkeypatch):
    monkeypatch.setattr(admin_translations, "ADMIN_LOCALE_DIR", tmp_path)
    for domain in admin_translations.DOMAINS:
        sources = admin_translations.source_entries(domain).values()
        write_catalogue(tmp_path, domain, [translated_copy(entry) for entry in sources])
    out = io.StringIO()
    call_command("missing_admin_translations", "--summary", stdout=out)
    assert "total coverage for kk: 100.0%" in out.getvalue()


def load_merge_script():
    path = Path(settings.BASE_DIR) / "scripts" / "merge_admin_translations.py"
    spec = importlib.util.spec_from_file_location("merge_admin_translations", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_merge_script_joins_the_parts_into_the_two_catalogues(tmp_path, capsys):
    parts = tmp_path / "parts"
    part1 = write_catalogue(
        parts / "1",
        "django",
        [
            polib.POEntry(msgid="Pages", msgstr="Беттер"),
            polib.POEntry(msgid="Edit", msgstr=""),
            polib.POEntry(msgid="Edit '%(title)s'", msgstr="Өңдеу"),  # lost placeholder
        ],
    )
    part2 = write_catalogue(
        parts / "2",
        "django",
        [
            polib.POEntry(msgid="Edit", msgstr="Өңдеу"),
            polib.POEntry(msgid="Pages", msgstr=""),  # does not undo part 1
            polib.POEntry(msgid="%(n)s page", msgid_plural="%(n)s pages", msgstr_plural={0: "%(n)s бет"}),
        ],
    )
    js = write_catalogue(parts / "3", "djangojs", [polib.POEntry(msgid="Close", msgstr="Жабу")])
    part1 = part1.rename(tmp_path / "part1-django.po")
    part2 = part2.rename(tmp_path / "part2-django.po")
    js = js.rename(tmp_path / "part2-djangojs.po")
    out = tmp_path / "out"

    load_merge_script().main([str(part1), str(part2), str(js), "--out", str(out)])

    django = {entry.msgid: entry for entry in polib.pofile(str(out / "django.po"))}
    assert django["Pages"].msgstr == "Беттер"
    assert django["Edit"].msgstr == "Өңдеу"
    assert "fuzzy" in django["Edit '%(title)s'"].flags
    assert django["%(n)s page"].msgstr_plural == {0: "%(n)s бет", 1: "%(n)s бет"}
    assert polib.pofile(str(out / "django.po")).metadata["Language"] == "kk"
    assert {entry.msgid: entry.msgstr for entry in polib.pofile(str(out / "djangojs.po"))} == {"Close": "Жабу"}
    mo = {entry.msgid: entry.msgstr for entry in polib.mofile(str(out / "django.mo"))}
    assert mo["Pages"] == "Беттер" and "Edit '%(title)s'" not in mo
    assert "Edit '%(title)s'" in capsys.readouterr().err
