"""The check every Kazakh screen passes finds what an editor would notice, and only that."""

from cabinet_site.tests.latin_allowlist import latin_words, python_values


def test_english_words_on_a_kazakh_screen_are_found_once_each_in_order():
    text = "6 minutes бұрын · Title тегі · Meta сипаттамасы · 10 minutes бұрын"
    assert latin_words(text) == ["minutes", "Title", "Meta"]


def test_codes_addresses_file_names_and_names_the_screen_may_show_are_not_english():
    text = "CSV немесе XLSX, ISBN 978-601-00-0000-0, жоспар.docx, plan-2026.PDF, https://bilim.kz/a, info@mektep.kz"
    assert latin_words(text) == []
    assert latin_words(".xlsx немесе .csv файлы, бір .zip мұрағаты; Excel, PISA, STEM") == []
    assert latin_words("the .zip archive") == ["the", "archive"]
    assert latin_words("Күнтізбеге қосу (.ics) · Google Күнтізбесіне қосу · English · PO файлын жүктеп алу") == []
    assert latin_words("«Reading for pleasure» курсы", allow={"Reading", "for", "pleasure"}) == []


def test_identifiers_sizes_numerals_and_encodings_are_not_english_but_leaked_values_always_are():
    text = "external_id; events.eventpage; 1200x675; UTF-8; XXI ғасыр; 13 None ішінен 1-13"
    assert latin_words(text) == ["None"]
    assert latin_words("Иә False True", allow={"True"}) == ["False", "True"]


def test_python_values_are_found_but_not_inside_words():
    assert python_values("13 None ішінен 1-13 · Иә: True") == ["None", "True"]
    assert python_values("Nonexistent · Falsehood") == []
