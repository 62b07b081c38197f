from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cabinet_site.tests import builders
from cabinet_site.tests.page_checks import PageTypeChecks, SectionIndexPageChecks
from corners.models import CornerIndexPage, CornerPage
from home.models import HomePage


class CornerIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = CornerIndexPage
    subpage_types = {CornerPage}


class CornerPageTests(PageTypeChecks, WagtailPageTestCase):
    page_class = CornerPage

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.corners = builders.add_page(cls.home, CornerIndexPage, "Бұрыштар", "burystar")

    def form_data(self):
        return nested_form_data(
            {
                "title": "Жас маманға көмек",
                "slug": "zhas-maman",
                "introduction": "Алғашқы жылдарға арналған материалдар.",
                "audience": "Жас мамандар мен тәлімгерлер",
                "accent": "green",
                "icon": "sprout",
                "body": streamfield(
                    [
                        ("paragraph", rich_text("<p>Сабақ жоспарының үлгілері.</p>")),
                        ("checklist", {"heading": "Бірінші жыл", "items": streamfield([("item", "Тәлімгерді табу")])}),
                        (
                            "catalogue_filter",
                            {
                                "heading": "Жоспарлар",
                                "resource_type": "lesson-plan",
                                "subject": "",
                                "grade_from": "5",
                                "grade_to": "9",
                                "language": "",
                                "tag": "жас маман",
                                "words": "",
                                "limit": "6",
                            },
                        ),
                    ]
                ),
            }
        )

    def test_only_under_the_corners_section_and_without_children(self):
        self.assertAllowedParentPageTypes(CornerPage, {CornerIndexPage})
        self.assertAllowedSubpageTypes(CornerPage, set())
        self.assertCanNotCreateAt(HomePage, CornerPage)

    def test_methodologist_form_creates_a_corner_that_renders(self):
        self.assertCanCreate(self.corners, CornerPage, self.form_data())
        corner = CornerPage.objects.child_of(self.corners).get(slug="zhas-maman")
        self.assertEqual([block.block_type for block in corner.body], ["paragraph", "checklist", "catalogue_filter"])
        response = self.client.get(corner.url)
        self.assertContains(response, "Жас мамандар мен тәлімгерлер")
        self.assertContains(response, "Тәлімгерді табу")
        self.assertContains(response, 'class="page-content container corner corner--green"')
        listing = self.client.get(self.corners.url)
        self.assertContains(listing, "Жас маманға көмек")

    def test_a_grade_range_backwards_is_refused(self):
        data = self.form_data()
        data["body-2-value-grade_from"] = "9"
        data["body-2-value-grade_to"] = "5"
        meta = CornerPage._meta
        url = reverse("wagtailadmin_pages:add", args=[meta.app_label, meta.model_name, self.corners.pk])
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)
        self.assertFalse(CornerPage.objects.filter(slug="zhas-maman").exists())
