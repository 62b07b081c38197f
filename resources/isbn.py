"""ISBN-10 and ISBN-13 check-digit validation."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SEPARATORS = re.compile(r"[\s-]")


def normalise_isbn(value):
    return SEPARATORS.sub("", value or "").upper()


def is_valid_isbn(value):
    digits = normalise_isbn(value)
    if re.fullmatch(r"\d{9}[\dX]", digits):
        total = sum((10 - i) * (10 if c == "X" else int(c)) for i, c in enumerate(digits))
        return total % 11 == 0
    if re.fullmatch(r"97[89]\d{10}", digits):
        total = sum((3 if i % 2 else 1) * int(c) for i, c in enumerate(digits))
        return total % 10 == 0
    return False


def validate_isbn(value):
    if value and not is_valid_isbn(value):
        raise ValidationError(
            _("“%(value)s” is not a valid ISBN: check the digits (10 or 13, the last one is a check digit)."),
            code="invalid_isbn",
            params={"value": value},
        )
