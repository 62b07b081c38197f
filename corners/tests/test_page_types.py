from wagtail.test.utils import WagtailPageTestCase

from cabinet_site.tests.page_checks import SectionIndexPageChecks
from corners.models import CornerIndexPage


class CornerIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = CornerIndexPage
