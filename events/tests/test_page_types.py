from wagtail.test.utils import WagtailPageTestCase

from cabinet_site.tests.page_checks import SectionIndexPageChecks
from events.models import EventIndexPage, NewsIndexPage


class EventIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = EventIndexPage


class NewsIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = NewsIndexPage
