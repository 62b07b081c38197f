"""Word forms that must meet: how teachers type Kazakh, Russian and English."""

import pytest

from search.analysis import fold, index_text, query_terms, terms, transliterate_latin, words


def meet(query_word, document_word):
    return bool(terms(query_word.lower()) & terms(document_word.lower()))


@pytest.mark.parametrize(
    "typed, written",
    [
        ("қазақ", "казак"),
        ("ҚАЗАҚ", "казак"),
        ("тілі", "тили"),
        ("тiлi", "тили"),  # Latin i inside a Cyrillic word
        ("әдістеме", "адистеме"),
        ("өнер", "онер"),
        ("ұстаз", "устаз"),
        ("үй", "уи"),
        ("ғылым", "гылым"),
        ("жаңа", "жана"),
        ("һижра", "хижра"),
        ("ёлка", "елка"),
    ],
)
def test_folding_makes_keyboard_substitutes_one_form(typed, written):
    assert fold(typed) == written


@pytest.mark.parametrize(
    "latin, cyrillic",
    [
        ("qazaq tili", "қазақ тілі"),  # informal, as in the issue
        ("qazaq tılı", "қазақ тілі"),  # 2021 alphabet: і is ı
        ("mūğalım", "мұғалім"),  # 2021
        ("muǵalim", "мұғалім"),  # 2018 acute accents
        ("mug'alim", "мұғалім"),  # 2017 apostrophes
        ("ädebiet", "әдебиет"),
        ("shygarmashylyq", "шығармашылық"),  # informal sh
        ("şyğarmaşylyq", "шығармашылық"),  # 2021
        ("sabaq", "сабақ"),
        ("jas maman", "жас маман"),
        ("zhas maman", "жас маман"),  # informal zh
        ("oqushy", "оқушы"),
        ("kitaptar", "кітаптар"),
        ("mektep", "мектеп"),
        ("dóńgelek ústel", "дөңгелек үстел"),
        ("dongelek ustel", "дөңгелек үстел"),
        ("söılem", "сөйлем"),
    ],
)
def test_kazakh_latin_variants_fold_like_cyrillic(latin, cyrillic):
    assert [fold(w) for w in words(latin)] == [fold(w) for w in words(cyrillic)]


def test_transliteration_of_the_2021_alphabet():
    assert transliterate_latin("qazaqstan") == "қазақстан"
    assert transliterate_latin("būryñğy") == "бұрыңғы"


KAZAKH_LEMMAS = {
    "мұғалім": ["мұғалімдер", "мұғалімге", "мұғалімдерге", "мұғалімдердің", "мұғалімнің", "мұғалімді"],
    "мұғалімдер": ["мұғалімдермен"],
    "кітап": ["кітаптар", "кітапқа", "кітаптың", "кітабы", "кітабын", "кітаптарға", "кітапта", "кітаптан"],
    "сабақ": ["сабақтар", "сабаққа", "сабақтың", "сабағы", "сабақта", "сабақтан", "сабақтары"],
    "оқушы": ["оқушылар", "оқушыға", "оқушылардың", "оқушылармен", "оқушының", "оқушыны"],
    "мектеп": ["мектептер", "мектепке", "мектептің", "мектепте", "мектептен", "мектептегі"],
    "бағалау": ["бағалауға", "бағалаудың", "бағалауы", "бағалауда"],
    "әдебиет": ["әдебиеттер", "әдебиетке", "әдебиеттің", "әдебиетте", "әдебиеттері"],
    "сөздік": ["сөздіктер", "сөздікке", "сөздіктің", "сөздігі", "сөздіктері"],
    "жоспар": ["жоспарлар", "жоспарға", "жоспардың", "жоспары", "жоспарлары"],
    "бала": ["балалар", "балаға", "баланың", "баласы", "балалардың", "балада"],
    "маман": ["мамандар", "маманға", "маманның", "мамандарға", "маманы"],
    "орын": ["орны", "орнын"],
    "ауыз": ["аузы"],
    "жүрек": ["жүрегі"],
    "үй": ["үйге", "үйлер", "үйде", "үйдің"],
}


@pytest.mark.parametrize("lemma, form", [(lemma, form) for lemma, forms in KAZAKH_LEMMAS.items() for form in forms])
def test_kazakh_word_forms_meet_their_lemma(lemma, form):
    assert meet(form, lemma), (form, sorted(terms(form)), sorted(terms(lemma)))


@pytest.mark.parametrize(
    "lemma, form",
    [(lemma, form) for lemma, forms in KAZAKH_LEMMAS.items() for form in forms],
)
def test_kazakh_forms_typed_on_a_russian_keyboard_meet_too(lemma, form):
    assert meet(fold(form), lemma)


@pytest.mark.parametrize(
    "a, b",
    [
        ("учитель", "учителям"),
        ("учителя", "учителей"),
        ("методическое", "методические"),
        ("пособие", "пособия"),
        ("оценивание", "оценивания"),
        ("урок", "уроков"),
    ],
)
def test_russian_word_forms_meet(a, b):
    assert meet(a, b)


@pytest.mark.parametrize("a, b", [("teacher", "teachers"), ("assessment", "assessments"), ("planning", "plans")])
def test_english_word_forms_meet(a, b):
    assert meet(a, b)


@pytest.mark.parametrize("a, b", [("мұғалім", "кітап"), ("сабақ", "сөздік"), ("учитель", "урок"), ("қол", "бала")])
def test_different_words_do_not_meet(a, b):
    assert not meet(a, b)


def test_query_terms_drop_stop_words_but_never_everything():
    assert len(query_terms("қазақ тілі және әдебиеті")) == 3
    assert len(query_terms("и")) == 1


def test_index_text_is_plain_words_without_duplicates():
    text = index_text("Мұғалімдерге арналған кітап", "мұғалім")
    assert text.split() == list(dict.fromkeys(text.split()))
    assert "мугалим" in text.split()
    assert all(term.isalnum() for term in text.split())
