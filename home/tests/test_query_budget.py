"""The home page and the standard pages read the database a fixed number of times, however many
events, news, records, corners, subpages and content blocks they show (issue 8, query budgets)."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cabinet_site.tests import builders
from cabinet_site.tests.budgets import measure_twice
from corners.tests.factories import make_corner
from events.tests.factories import make_event, make_news
from home.models import StandardPage
from resources.models import Subject
from resources.tests.factories import make_full_record

pytestmark = pytest.mark.django_db

HOME_BUDGET = 54
STANDARD_PAGE_BUDGET = 30


def image(number):
    return get_image_model().objects.create(title=f"Сурет {number}", file=get_test_image_file())


def test_home_page(count_queries, site_tree):
    subjects = list(Subject.objects.filter(locale__language_code="kk")[:3])

    def add(start, count):
        """Of each section, one more than the home page shows from the start, and more after."""
        for number in range(start, start + count):
            event = make_event(
                site_tree.events["kk"], f"Семинар {number}", timezone.now() + datetime.timedelta(days=1 + number)
            )
            event.subjects.add(*subjects)
            event.save_revision().publish()
            news = make_news(
                site_tree.news["kk"], f"Жаңалық {number}", datetime.date(2025, 1, 1 + number), lead_image=image(number)
            )
            news.tags.add("семинар")
            news.save_revision().publish()
            make_full_record(site_tree.resources["kk"], f"Жаңа құрал {number}", number)
            make_corner(site_tree.corners["kk"], f"Бұрыш {number}", f"burysh-{number}", introduction="Жас мамандарға")

    add(0, 1)
    few, more, _response, response = measure_twice(count_queries, site_tree.home["kk"].url, None, lambda: add(1, 7))
    html = response.content.decode()
    assert html.count('<article class="event-card') == 3
    assert html.count('class="news-card"') == 3
    assert html.count("Жаңа құрал ") == 6
    assert html.count('class="corner-card ') == 8 + 1  # and the test site's corner
    assert (few, more) == (HOME_BUDGET, HOME_BUDGET)


def test_standard_page(count_queries, site_tree):
    page = site_tree.about["kk"]
    Document = get_document_model()

    def add(start, count):
        """More subpages, and more image and document blocks in the body."""
        body = list(page.body.raw_data)
        for number in range(start, start + count):
            builders.add_page(page, StandardPage, f"Бөлім {number}", f"bolim-{number}")
            document = Document.objects.create(title=f"Құжат {number}", file=ContentFile(b"text", name="doc.txt"))
            body.append({"type": "image", "value": {"image": image(number).pk, "caption": f"Сурет {number}"}})
            body.append({"type": "documents", "value": {"heading": "Құжаттар", "documents": [document.pk]}})
        page.body = body
        page.save_revision().publish()

    add(0, 1)
    few, more, _response, response = measure_twice(count_queries, page.url, None, lambda: add(1, 3))
    html = response.content.decode()
    assert html.count('class="figure"') == 4
    assert html.count('class="document-list"') == 4
    assert html.count("Бөлім ") == 4
    assert (few, more) == (STANDARD_PAGE_BUDGET, STANDARD_PAGE_BUDGET)
