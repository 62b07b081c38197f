"""The site's catalogue comes first in LOCALE_PATHS, so a project msgid equal to one of Wagtail's
replaces Wagtail's Kazakh in the admin too. Where the project means something else, its string
has a msgctxt; the coinciding msgids left are reviewed below."""

import glob
from pathlib import Path

import polib
import wagtail
from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext

PROJECT = Path(settings.BASE_DIR) / "locale" / "kk" / "LC_MESSAGES" / "django.po"
ADMIN = Path(settings.BASE_DIR) / "locale" / "admin" / "kk" / "LC_MESSAGES" / "django.po"
LIBRARIES = Path(wagtail.__file__).parent.parent

# msgid: why the project's Kazakh may stand for Wagtail's too.
REVIEWED = {
    "Heading 2": "«2-деңгейлі тақырып» names the level, in the project's blocks and Draftail alike",
    "Heading 3": "as Heading 2",
    "Heading 4": "as Heading 2",
    "item": "«тармақ» (a list item) reads right in Wagtail's list blocks too",
    "items": "as item",
    "description": "«сипаттамасы» is the possessive form of a field label, the same word",
    "slug": "the slug's label explains the Latin short name (the slugs helper's wording)",
    "Updated": "«Жаңартылды» as a column of dates, the same meaning",
}


def translated(path):
    return {entry.msgid: entry.msgstr for entry in polib.pofile(str(path)) if not entry.msgctxt and entry.msgstr}


def wagtail_kazakh():
    found = {}
    paths = [
        ADMIN,
        *sorted(
            glob.glob(
                str(LIBRARIES / "wagtail*" / "**" / "locale" / "kk" / "LC_MESSAGES" / "django.po"), recursive=True
            )
        ),
    ]
    for path in paths:
        for msgid, msgstr in translated(path).items():
            found.setdefault(msgid, msgstr)
    return found


def coinciding():
    admin = wagtail_kazakh()
    return {
        msgid: (ours, admin[msgid])
        for msgid, ours in translated(PROJECT).items()
        if msgid in admin and admin[msgid] != ours
    }


def test_a_project_msgid_overrides_wagtail_s_kazakh_only_where_reviewed():
    unreviewed = {msgid: pair for msgid, pair in coinciding().items() if msgid not in REVIEWED}
    assert unreviewed == {}, "give the project's string a msgctxt (pgettext), or review it: " + repr(unreviewed)


def test_the_editor_reads_wagtail_s_kazakh_for_a_page_s_title_and_a_cancelled_state():
    with translation.override("kk"):
        assert gettext("title") == "тақырып"
        assert gettext("Title") == "Тақырып"
        assert gettext("subject") == wagtail_kazakh()["subject"]
        assert gettext("Cancelled") == wagtail_kazakh()["Cancelled"]
