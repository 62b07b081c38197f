"""Reading rendered pages the way a visitor (or a crawler) sees them."""

from bs4 import BeautifulSoup


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def html_lang(response):
    return soup(response).html.get("lang")


def main_lang(response):
    """The lang attribute of <main>, or None when the content is in the page's own language."""
    return soup(response).find("main").get("lang")


def heading(response):
    return soup(response).find("h1").get_text(strip=True)


def language_switcher(response):
    """{language code: (href, aria-current)} from the header's language switcher."""
    nav = soup(response).find("nav", class_="language-switcher")
    return {a["hreflang"]: (a["href"], a.get("aria-current")) for a in nav.find_all("a")}


def canonical(response):
    links = soup(response).find_all("link", rel="canonical")
    assert len(links) == 1, f"expected one canonical link, found {len(links)}"
    return links[0]["href"]


def alternates(response):
    """[(hreflang, href)] of <link rel="alternate" hreflang>, in document order."""
    return [
        (link["hreflang"], link["href"]) for link in soup(response).find_all("link", rel="alternate", hreflang=True)
    ]


def template_names(response):
    return [template.name for template in response.templates]
