"""The site's own strings are translated into Kazakh and Russian, and the compiled catalogues match."""

import shutil
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from django.utils import translation

LOCALE_DIR = Path(settings.BASE_DIR) / "locale"
TRANSLATED = ["kk", "ru"]


def catalogue(language, suffix="po"):
    path = LOCALE_DIR / language / "LC_MESSAGES" / f"django.{suffix}"
    assert path.exists(), f"{path} is missing"
    return polib.pofile(str(path)) if suffix == "po" else polib.mofile(str(path))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated_and_none_is_fuzzy(language):
    po = catalogue(language)
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{language}: untranslated strings: {untranslated}"
    assert not fuzzy, f"{language}: fuzzy strings: {fuzzy}"


@pytest.mark.parametrize("language", TRANSLATED)
def test_translations_keep_the_placeholders(language):
    import re

    placeholder = re.compile(r"%\(\w+\)[sd]|\{\w*\}|%[sd]")
    for entry in catalogue(language).translated_entries():
        pairs = zip_plural(entry) if entry.msgid_plural else [(entry.msgid, entry.msgstr)]
        for source, translated in pairs:
            assert sorted(placeholder.findall(source)) == sorted(placeholder.findall(translated)), entry.msgid


def zip_plural(entry):
    return [(entry.msgid_plural, text) for text in entry.msgstr_plural.values()]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_compiled_catalogue_matches_the_source(language):
    po = {(e.msgctxt, e.msgid): e.msgstr or dict(e.msgstr_plural) for e in catalogue(language).translated_entries()}
    mo = {(e.msgctxt, e.msgid): e.msgstr or dict(e.msgstr_plural) for e in catalogue(language, "mo")}
    assert po == mo, f"locale/{language}: the .mo file is out of date; run `make compilemessages`"


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="GNU gettext (xgettext) is not installed")
def test_catalogues_hold_every_string_in_the_code(tmp_path, monkeypatch):
    """Extract the strings again into a scratch copy and compare with the committed catalogues."""
    scratch = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, scratch)
    # makemessages writes into ./locale whenever the current folder has one, whatever LOCALE_PATHS
    # says, so it runs in a copy of the sources without it.
    sources = tmp_path / "sources"
    shutil.copytree(
        settings.BASE_DIR,
        sources,
        ignore=shutil.ignore_patterns(
            ".*", "locale", "var", "static", "media", "node_modules", "test-artifacts", "*.pyc"
        ),
    )
    monkeypatch.chdir(sources)
    with override_settings(LOCALE_PATHS=[scratch]):
        call_command("makemessages", locale=TRANSLATED, verbosity=0, no_obsolete=True)
    for language in TRANSLATED:
        committed = {(entry.msgctxt, entry.msgid) for entry in catalogue(language)}
        extracted = polib.pofile(str(scratch / language / "LC_MESSAGES" / "django.po"))
        missing = sorted(
            (
                (entry.msgctxt, entry.msgid)
                for entry in extracted
                if (entry.msgctxt, entry.msgid) not in committed and not translated_elsewhere(entry, language)
            ),
            key=lambda key: (key[0] or "", key[1]),
        )
        assert not missing, f"locale/{language} lacks strings found in the code (run `make messages`): {missing}"


def translated_elsewhere(entry, language):
    """Whether one of the other catalogues Django reads translates the entry: Wagtail's strings in the
    templates the project overrides are Wagtail's, translated in Wagtail's catalogues (and, for
    Kazakh, in locale/admin/kk), not again in the site's own."""
    context, singular, plural = entry.msgctxt, entry.msgid, entry.msgid_plural
    with translation.override(language):
        if plural:
            found = (
                translation.npgettext(context, singular, plural, 1)
                if context
                else translation.ngettext(singular, plural, 1)
            )
        else:
            found = translation.pgettext(context, singular) if context else translation.gettext(singular)
    return found != entry.msgid
