from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from cabinet_site.tests import builders
from cabinet_site.tests.page_checks import PageTypeChecks
from corners.models import CornerIndexPage
from events.models import EventIndexPage, NewsIndexPage
from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage

SECTIONS = (CornerIndexPage, ResourceIndexPage, EventIndexPage, NewsIndexPage)


class HomePageTests(PageTypeChecks, WagtailPageTestCase):
    page_class = HomePage

    def test_only_allowed_under_the_tree_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        root = Page.get_first_root_node()
        self.assertTrue(HomePage.can_create_at(root))
        self.assertFalse(HomePage.can_create_at(self.home))

    def test_never_below_another_page_type(self):
        for parent_class in (HomePage, StandardPage, *SECTIONS):
            self.assertCanNotCreateAt(parent_class, HomePage)

    def test_children_are_the_sections_and_standard_pages(self):
        self.assertAllowedSubpageTypes(HomePage, {StandardPage, *SECTIONS})

    def test_editor_creates_it_through_the_admin_and_it_renders(self):
        root = Page.get_first_root_node()
        page = self.create_through_admin(root, "Екінші кабинет", "ekinshi-kabinet")
        # Not the site's root, so it has no URL of its own; the site's home page still renders.
        self.assertIsNone(page.get_url())
        self.assertPageIsRenderable(self.home)


class StandardPageTests(PageTypeChecks, WagtailPageTestCase):
    page_class = StandardPage

    def test_allowed_under_the_home_page_and_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        for section in SECTIONS:
            self.assertCanNotCreateAt(section, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_children_are_standard_pages_only(self):
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_editor_creates_it_through_the_admin_and_it_renders(self):
        page = self.create_through_admin(self.home, "Кабинет туралы", "kabinet-turaly", introduction="Біз туралы.")
        self.assertPageIsRenderable(page)
        self.assertContains(self.client.get(page.url), "Сабақ жоспарының үлгілері.")

    def test_editor_creates_a_standard_page_below_a_standard_page(self):
        about = builders.add_page(self.home, StandardPage, "Кабинет туралы", "kabinet-turaly")
        page = self.create_through_admin(about, "Шығармашылық топтар", "shygarmashylyq-toptar")
        self.assertEqual(page.get_parent().pk, about.pk)
        self.assertPageIsRenderable(page)
