"""Hypothesis strategies shared by the tests that send generated input to the site."""

from hypothesis import strategies as st

# Text that breaks naive parsers: quotes, query syntax of FTS5 and tsquery, SQL, format strings,
# control characters (PostgreSQL refuses NUL), invisible and right-to-left marks, emoji, mixed
# scripts, very long strings.
NASTY = st.sampled_from(
    [
        '"',
        "'",
        '"мұғалім',
        "«қазақ",
        "(((",
        "*",
        "мұғ*",
        "AND",
        "OR NOT",
        "NEAR(a b, 2)",
        "title:қазақ",
        "a & b | !c <-> d",
        "'; DROP TABLE wagtailcore_page; --",
        "%s %(x)s {0}",
        "\x00",
        "каталог\x00ы",
        "\u202e\u200b\ufeff",
        "😀👩‍🏫",
        "қazaқ тiлi Тіл Til",
        "../../etc/passwd",
        "<script>alert(1)</script>",
        "x" * 10_000,
        "қ" * 10_000,
        "мұғалім " * 2_000,
    ]
)
