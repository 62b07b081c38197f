from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cabinet_site.tests import builders
from cabinet_site.tests.page_checks import PageTypeChecks, SectionIndexPageChecks
from resources.models import Language, ResourceIndexPage, ResourcePage, ResourceType, Subject


class ResourceIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = ResourceIndexPage
    subpage_types = {ResourcePage}


class ResourcePageTests(PageTypeChecks, WagtailPageTestCase):
    page_class = ResourcePage

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.catalogue = builders.add_page(cls.home, ResourceIndexPage, "Каталог", "katalog")

    def form_data(self, **changes):
        data = {
            "title": "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
            "slug": "qazaq-tili-5",
            "description": "Жаңартылған бағдарлама бойынша қысқа мерзімді жоспарлар.",
            "resource_type": ResourceType.objects.get(slug="lesson-plan", locale__language_code="kk").pk,
            "subjects": [Subject.objects.get(slug="kazakh-language", locale__language_code="kk").pk],
            "grade_min": "5",
            "grade_max": "5",
            "languages": [Language.objects.get(code="kk").pk],
            "authors": "Абаев А. Б.",
            "year": "2021",
            "isbn": "978-601-7151-13-3",
            "copies": "3",
            "availability": "on_shelf",
            "tags": "жас маман",
            "document_links": inline_formset([]),
        }
        data.update(changes)
        return nested_form_data(data)

    def test_only_under_the_catalogue_and_without_children(self):
        self.assertAllowedParentPageTypes(ResourcePage, {ResourceIndexPage})
        self.assertAllowedSubpageTypes(ResourcePage, set())
        self.assertCanNotCreateAt(type(self.home), ResourcePage)

    def test_librarian_form_creates_a_record_that_renders(self):
        self.assertCanCreate(self.catalogue, ResourcePage, self.form_data())
        record = ResourcePage.objects.get(slug="qazaq-tili-5", locale__language_code="kk")
        self.assertEqual(record.isbn, "9786017151133")
        self.assertEqual(record.grade_label(), "5")
        response = self.client.get(record.url)
        self.assertContains(response, "Қазақ тілі. 5-сынып. Сабақ жоспарлары")
        self.assertContains(response, "ISBN 9786017151133")

    def test_a_bad_isbn_or_grade_range_is_refused_with_a_message(self):
        url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", self.catalogue.pk])
        response = self.client.post(url, self.form_data(isbn="978-601-7151-13-4", grade_min="9", grade_max="5"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "978-601-7151-13-4")
        self.assertFalse(ResourcePage.objects.exists())
