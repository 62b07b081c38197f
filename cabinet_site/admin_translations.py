"""The Kazakh translations of Wagtail's and wagtail-localize's own strings (locale/admin/kk).

Wagtail and wagtail-localize ship no Kazakh catalogue; ours lives in a locale path of its own
(settings.LOCALE_PATHS, docs/admin-in-kazakh.md). This module compares it with the English
catalogues of the installed versions: which msgids are still missing, how much is covered,
and whether every translation keeps the placeholders of its source.

Only polib and the standard library are imported at module level, so that
scripts/merge_admin_translations.py can use the placeholder check without Django.
"""

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import polib

DOMAINS = ("django", "djangojs")
PACKAGES = ("wagtail", "wagtail_localize")  # app names starting with these are counted
MIN_COVERAGE = 95.0
ADMIN_LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale" / "admin"

# %(name)s, %s, %d, %5.2f … (not %%), and {name} / {0} / {} as in Python and JavaScript formats.
PLACEHOLDER = re.compile(r"%(?:\([^)]+\))?[#0 +-]*\d*(?:\.\d+)?[sdifrxXeEgGc]|%%|\{[\w.\[\]]*\}")


def placeholders(text):
    """The placeholders of a message, as a multiset (%% is not one)."""
    return Counter(match for match in PLACEHOLDER.findall(text or "") if match != "%%")


def placeholder_errors(entry):
    """What is wrong with the placeholders of a translated entry: a list of messages (empty if all is well).

    A singular message must keep exactly its source's placeholders. In a plural message every
    form may use only placeholders of the singular or plural source, and the last ("other")
    form must keep all of the plural source's: Kazakh may write the "one" form without the
    number, as the source's singular often does.
    """
    errors = []
    if entry.msgid_plural:
        allowed = set(placeholders(entry.msgid)) | set(placeholders(entry.msgid_plural))
        forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
        for index, text in enumerate(forms):
            if not text:
                continue
            extra = set(placeholders(text)) - allowed
            if extra:
                errors.append(f"form {index} adds {', '.join(sorted(extra))}")
        if forms and forms[-1] and set(placeholders(forms[-1])) != set(placeholders(entry.msgid_plural)):
            errors.append(f"form {len(forms) - 1} does not keep {', '.join(sorted(placeholders(entry.msgid_plural)))}")
    elif entry.msgstr and placeholders(entry.msgstr) != placeholders(entry.msgid):
        wanted = ", ".join(sorted(placeholders(entry.msgid).elements())) or "none"
        errors.append(f"placeholders {wanted} expected")
    return errors


def is_translated(entry):
    if entry.obsolete or "fuzzy" in entry.flags:
        return False
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def key(entry):
    return (entry.msgctxt or None, entry.msgid)


def english_catalogues(domain):
    """The English .po files of the installed Wagtail and wagtail-localize apps for `domain`."""
    from django.apps import apps

    paths = []
    for app_config in apps.get_app_configs():
        if app_config.name.split(".")[0] not in PACKAGES:
            continue
        path = Path(app_config.path) / "locale" / "en" / "LC_MESSAGES" / f"{domain}.po"
        if path.exists():
            paths.append(path)
    return paths


def source_entries(domain):
    """The msgids of the installed packages' English catalogues for `domain`, each once, in file order."""
    entries = {}
    for path in english_catalogues(domain):
        for entry in polib.pofile(str(path)):
            if not entry.obsolete and entry.msgid:
                entries.setdefault(key(entry), entry)
    return entries


def admin_catalogue(domain, language="kk", locale_dir=None):
    path = Path(locale_dir or ADMIN_LOCALE_DIR) / language / "LC_MESSAGES" / f"{domain}.po"
    return polib.pofile(str(path)) if path.exists() else polib.POFile()


@dataclass
class Coverage:
    domain: str
    total: int
    missing: list  # polib entries of the English catalogues with no translation

    @property
    def translated(self):
        return self.total - len(self.missing)

    @property
    def percent(self):
        return 100.0 * self.translated / self.total if self.total else 100.0


def coverage(domain, language="kk", locale_dir=None):
    sources = source_entries(domain)
    translated = {key(entry) for entry in admin_catalogue(domain, language, locale_dir) if is_translated(entry)}
    missing = [entry for entry_key, entry in sources.items() if entry_key not in translated]
    return Coverage(domain=domain, total=len(sources), missing=missing)


def total_percent(coverages):
    total = sum(item.total for item in coverages)
    translated = sum(item.translated for item in coverages)
    return 100.0 * translated / total if total else 100.0
