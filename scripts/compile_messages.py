"""Compile every gettext catalogue (.po) of the project into .mo files without system gettext.

Usage: python scripts/compile_messages.py [--force] [paths...]

With no paths it compiles locale/ and each app's locale/ folder. A .mo file is rewritten only
when it is missing or older than its .po file, unless --force is given. Like msgfmt, fuzzy and
untranslated entries are left out of the .mo file.
"""

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
SKIP = {".venv", "node_modules", "var", ".git"}


def catalogues(paths):
    for base in paths:
        base = Path(base)
        if base.is_file() and base.suffix == ".po":
            yield base
            continue
        for po in sorted(base.rglob("*.po")):
            if "LC_MESSAGES" in po.parts and not SKIP.intersection(po.relative_to(base).parts):
                yield po


def default_paths():
    return [p for p in ROOT.glob("*/") if p.is_dir() and p.name not in SKIP and not p.name.startswith(".")]


def main(argv):
    force = "--force" in argv
    paths = [a for a in argv if a != "--force"] or default_paths()
    compiled = 0
    for po_path in catalogues(paths):
        mo_path = po_path.with_suffix(".mo")
        if not force and mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
            continue
        catalogue = polib.pofile(str(po_path))
        catalogue.save_as_mofile(str(mo_path))
        compiled += 1
        shown = po_path.resolve()
        shown = shown.relative_to(ROOT) if shown.is_relative_to(ROOT) else shown
        print(f"compiled {shown} ({catalogue.percent_translated()}% translated)")
    if not compiled:
        print("translations: all .mo files up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
