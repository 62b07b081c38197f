"""Checks every page type gets, as mixins for wagtail.test.utils.WagtailPageTestCase.

An app's tests subclass `PageTypeChecks` (or `SectionIndexPageChecks`) together with
WagtailPageTestCase and set `page_class`; the mixins are not collected on their own.
"""

from django.core.cache import cache
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cabinet_site.tests import builders
from home.models import HomePage


def page_form_data(title, slug, *, introduction="", paragraph="<p>Сабақ жоспарының үлгілері.</p>"):
    """What an editor posts in the admin: title, slug, introduction and a body of real blocks."""
    return nested_form_data(
        {
            "title": title,
            "slug": slug,
            "introduction": introduction,
            "body": streamfield(
                [
                    ("heading", {"text": "Жас маманға көмек", "level": "h2"}),
                    ("paragraph", rich_text(paragraph)),
                ]
            ),
        }
    )


class PageTypeChecks:
    """Set `page_class`; `setUpTestData` gives a bare Kazakh site and a superuser."""

    page_class = None

    @classmethod
    def setUpTestData(cls):
        cls.locales = builders.make_locales()
        cls.home = builders.make_home(cls.locales)
        cls.superuser = builders.make_staff_user("admin", superuser=True)

    def setUp(self):
        cache.clear()
        self.client.force_login(self.superuser)

    def add_url(self, parent):
        meta = self.page_class._meta
        return reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, parent.pk])

    def create_through_admin(self, parent, title, slug, **kwargs):
        """Post the admin's add form, as a superuser, publishing; return the stored page."""
        self.assertCanCreate(parent, self.page_class, page_form_data(title, slug, **kwargs))
        page = self.page_class.objects.child_of(parent).get(slug=slug)
        self.assertTrue(page.live)
        self.assertEqual(page.title, title)
        self.assertEqual([block.block_type for block in page.body], ["heading", "paragraph"])
        self.assertEqual(page.body[0].value["text"], "Жас маманға көмек")
        self.assertIn("Сабақ жоспарының үлгілері.", page.body[1].render())
        self.assertEqual(page.locale, parent.locale)
        return page


class SectionIndexPageChecks(PageTypeChecks):
    """The rules every section index (corners, catalogue, events, news) follows."""

    subpage_types = set()  # the page types its issue adds below it

    def test_only_allowed_under_the_home_page(self):
        self.assertAllowedParentPageTypes(self.page_class, {HomePage})

    def test_allowed_subpages(self):
        self.assertAllowedSubpageTypes(self.page_class, self.subpage_types)

    def test_at_most_one_per_home_page(self):
        self.assertTrue(self.page_class.can_create_at(self.home))
        builders.add_page(self.home, self.page_class, "Бөлім", "bolim")
        self.assertFalse(self.page_class.can_create_at(self.home))
        # The admin refuses a second one too.
        response = self.client.get(self.add_url(self.home))
        self.assertIn(response.status_code, (302, 403))
        self.assertEqual(self.page_class.objects.child_of(self.home).count(), 1)

    def test_editor_creates_it_through_the_admin_and_it_renders(self):
        page = self.create_through_admin(self.home, "Бөлім", "bolim", introduction="Бөлімнің сипаттамасы.")
        self.assertPageIsRenderable(page)
        response = self.client.get(page.url)
        self.assertContains(response, "Бөлімнің сипаттамасы.")
        self.assertContains(response, "Сабақ жоспарының үлгілері.")
