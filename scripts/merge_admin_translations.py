"""Merge the translators' part files into the Kazakh admin catalogues in locale/admin/kk/LC_MESSAGES.

Usage: python scripts/merge_admin_translations.py [--language kk] [--out DIR] PART.po ...

A part file named *djangojs.po goes into djangojs.po, every other one into django.po. When a
msgid (with its context) is in several parts, the last part that translates it wins. A
translation whose placeholders differ from its source's is kept but marked fuzzy (so it is not
compiled) and reported. Both catalogues are rewritten from the parts, then compiled to .mo.
Run `manage.py missing_admin_translations` afterwards to see what is still missing.

Example, with the translators' files:
    python scripts/merge_admin_translations.py /work/main/var/kk-admin/part*.po
"""

import argparse
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from cabinet_site.admin_translations import is_translated, key, placeholder_errors  # noqa: E402

HEADER = {
    "Project-Id-Version": "Cabinet: Wagtail and wagtail-localize admin",
    "Language": "{language}",
    "MIME-Version": "1.0",
    "Content-Type": "text/plain; charset=UTF-8",
    "Content-Transfer-Encoding": "8bit",
    # Django's own Kazakh catalogue uses the same plural rule, so Django merges the catalogues.
    "Plural-Forms": "nplurals=2; plural=(n!=1);",
}


def domain_of(path):
    return "djangojs" if Path(path).name.endswith("djangojs.po") else "django"


def merge(parts, language):
    """{domain: POFile} from the part files, and a list of placeholder problems."""
    merged = {}
    problems = []
    for part in parts:
        domain = domain_of(part)
        catalogue = merged.setdefault(domain, {})
        for entry in polib.pofile(str(part)):
            if entry.obsolete or not entry.msgid:
                continue
            current = catalogue.get(key(entry))
            if current is not None and is_translated(current) and not is_translated(entry):
                continue
            entry = polib.POEntry(
                msgid=entry.msgid,
                msgid_plural=entry.msgid_plural,
                msgctxt=entry.msgctxt,
                msgstr=entry.msgstr,
                msgstr_plural=dict(entry.msgstr_plural),
                flags=list(entry.flags),
            )
            if entry.msgid_plural:
                # Kazakh has two forms ("one", "other"); parts written with one form get it copied.
                forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)] or [""]
                forms = (forms + [forms[-1]])[:2]
                entry.msgstr_plural = dict(enumerate(forms))
            errors = placeholder_errors(entry) if is_translated(entry) else []
            if errors:
                problems.append(f"{Path(part).name}: {entry.msgid!r}: {'; '.join(errors)}")
                if "fuzzy" not in entry.flags:
                    entry.flags.append("fuzzy")
            catalogue[key(entry)] = entry
    catalogues = {}
    for domain, entries in merged.items():
        po = polib.POFile(wrapwidth=0)
        po.metadata = {name: value.format(language=language) for name, value in HEADER.items()}
        for entry in sorted(entries.values(), key=lambda entry: (entry.msgctxt or "", entry.msgid)):
            po.append(entry)
        catalogues[domain] = po
    return catalogues, problems


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("parts", nargs="+", type=Path, help="the translators' .po files")
    parser.add_argument("--language", default="kk")
    parser.add_argument("--out", type=Path, help="default: locale/admin/<language>/LC_MESSAGES")
    args = parser.parse_args(argv)
    missing = [str(part) for part in args.parts if not part.is_file()]
    if missing:
        parser.error(f"no such file: {', '.join(missing)}")
    out = args.out or ROOT / "locale" / "admin" / args.language / "LC_MESSAGES"
    out.mkdir(parents=True, exist_ok=True)
    catalogues, problems = merge(args.parts, args.language)
    for domain, po in catalogues.items():
        po_path = out / f"{domain}.po"
        po.save(str(po_path))
        po.save_as_mofile(str(po_path.with_suffix(".mo")))
        print(f"wrote {po_path} ({len(po.translated_entries())} translated of {len(po)})")
    for problem in problems:
        print(f"placeholders differ, marked fuzzy: {problem}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
