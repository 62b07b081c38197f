"""The English that wagtail-localize's translation editor writes past every catalogue, and its
words in the admin's language.

wagtail-localize 1.14 writes three things in English whatever the editor's language: the heading
of each tab («Қазақша to Русский translation», a template literal in its bundle), the hidden label
of its actions menu ("More actions", likewise), and the date in each string's comment («8 December
2026 күні қолмен аударылды»: `StringTranslation.get_comment` formats it with strftime, which knows
only English month names). No hook reaches them, so templates/wagtail_localize/admin/edit_translation.html
puts these words in their place once the editor has drawn; cabinet_site/tests/test_kazakh_screens.py
fails when the bundle or the model no longer writes them so.
"""

import datetime

from django.utils.dates import MONTHS_ALT
from django.utils.translation import gettext


def replacements(translation):
    """{"texts": {English text: its translation}, "months": {English month: the month in a date}}."""
    source = translation.source.locale.get_display_name()
    target = translation.target_locale.get_display_name()
    return {
        "texts": {
            f"{source} to {target} translation": gettext("%(source)s to %(target)s translation")
            % {"source": source, "target": target},
            "More actions": gettext("More actions"),
        },
        # the month names strftime writes (the C locale's), and the month as a date in this language has it
        "months": {datetime.date(2000, month, 1).strftime("%B"): str(MONTHS_ALT[month]) for month in range(1, 13)},
    }
