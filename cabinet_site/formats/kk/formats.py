# Kazakh date and time formats (Django has none for kk and falls back to the US "N j, Y, P"):
# day month year and a 24-hour clock, «8 желтоқсан 2026, 16:04». "E" is the month as it stands
# inside a date, lower-case (the "alt. month" strings in locale/admin/kk). The *_INPUT_FORMATS are
# left to the settings: Wagtail's date pickers post ISO dates, which Django always accepts.
DATE_FORMAT = "j E Y"
TIME_FORMAT = "H:i"
DATETIME_FORMAT = "j E Y, H:i"
YEAR_MONTH_FORMAT = "E Y"
MONTH_DAY_FORMAT = "j E"
SHORT_DATE_FORMAT = "d.m.Y"
SHORT_DATETIME_FORMAT = "d.m.Y H:i"
FIRST_DAY_OF_WEEK = 1  # Monday (Django's Russian formats say the same)
