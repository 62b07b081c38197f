"""What every walk of a staff role through the admin does: sign in, and look at each screen as a
Kazakh editor does — no English words, no Python values (cabinet_site/tests/latin_allowlist.py)."""

from cabinet_site.tests.latin_allowlist import latin_words, python_values

# A language's own name, as the site's language switcher and the admin's language choices write it
# (Қазақша, Русский, English): allowed on the screens that offer the languages.
OWN_LANGUAGE_NAMES = ("English",)

# What a person reads on a screen: the visible text, the tab's title, and the words that stand for
# text on visible controls (placeholders, labels of icon buttons, tooltips).
SCREEN_TEXT = """() => {
    const visible = (el) => !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length);
    const parts = [document.title, document.body.innerText];
    for (const el of document.querySelectorAll("[placeholder], [aria-label], [title]")) {
        if (!visible(el)) continue;
        for (const name of ["placeholder", "aria-label", "title"]) {
            const value = el.getAttribute(name);
            if (value) parts.push(value);
        }
    }
    return parts.join("\\n");
}"""


def sign_in_as(page, staff_site, username):
    """Sign in through the admin's login form, in Kazakh, and land on the dashboard."""
    page.goto(f"{staff_site.admin_url}login/")
    assert page.locator("html").get_attribute("lang") == "kk"
    look_at(page, "login")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", staff_site.passwords[username])
    page.locator("form button[type=submit]").click()
    page.wait_for_url(staff_site.admin_url)
    page.wait_for_load_state("networkidle")


def look_at(page, screen, allow=()):
    """Fail if the screen shows an English word or a Python value; `allow` names the real names it
    may show (an English title the walk typed itself, say)."""
    page.wait_for_load_state()
    text = page.evaluate(SCREEN_TEXT)
    english = latin_words(text, allow)
    assert not english, f"English on the Kazakh screen «{screen}» ({page.url}): {english}"
    leaked = python_values(text)
    assert not leaked, f"Python values on the Kazakh screen «{screen}» ({page.url}): {leaked}"
