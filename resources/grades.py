"""School grades as the catalogue and the events name them: 0 (the pre-school class) to 11."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

PRESCHOOL = 0
MAX_GRADE = 11
GRADE_CHOICES = [(PRESCHOOL, _("Pre-school"))] + [(grade, str(grade)) for grade in range(1, MAX_GRADE + 1)]


def grade_range_label(grade_min, grade_max):
    """The grades under a heading such as «Сыныптар»: «5», «5–9», «0–4», or the pre-school class's name."""
    if grade_min == grade_max:
        return str(dict(GRADE_CHOICES)[grade_min])
    return f"{grade_min}–{grade_max}"


def grades_phrase(grade_min, grade_max):
    """The grades as a sentence names them: «5-сынып», «5–9-сыныптар»; «5 класс», «5–9 классы»."""
    if grade_min == grade_max == PRESCHOOL:
        return str(dict(GRADE_CHOICES)[PRESCHOOL])
    if grade_min == grade_max:
        return gettext("grade %(grade)s") % {"grade": grade_min}
    return gettext("grades %(grades)s") % {"grades": f"{grade_min}–{grade_max}"}
