"""The ru and en page trees follow the Kazakh one: a new page appears there until translated."""

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.models import LocaleSynchronization

from cabinet_site.tests import builders
from cabinet_site.tests.page_checks import page_form_data
from home.models import StandardPage


class TreeSyncTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.locales = builders.make_locales()
        cls.home = builders.make_home(cls.locales)
        cls.home_ru = builders.translate(cls.home, cls.locales["ru"], title="Методический кабинет")
        cls.home_en = builders.translate(cls.home, cls.locales["en"], title="Methodological cabinet")
        cls.superuser = builders.make_staff_user("admin", superuser=True)

    def setUp(self):
        self.client.force_login(self.superuser)

    def test_the_content_locales_are_synced_from_kazakh_by_migration(self):
        pairs = set(LocaleSynchronization.objects.values_list("locale__language_code", "sync_from__language_code"))
        self.assertEqual(pairs, {("ru", "kk"), ("en", "kk")})

    def test_a_page_made_in_kazakh_appears_in_the_other_trees_as_an_alias(self):
        url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", self.home.pk])
        data = page_form_data("Шығармашылық топтар", "toptar")
        data["action-publish"] = "action-publish"
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        page = StandardPage.objects.get(slug="toptar", locale=self.locales["kk"])
        for code, parent in (("ru", self.home_ru), ("en", self.home_en)):
            alias = Page.objects.get(translation_key=page.translation_key, locale=self.locales[code])
            self.assertEqual(alias.alias_of_id, page.pk)
            self.assertEqual(alias.get_parent().pk, parent.pk)
            self.assertEqual(self.client.get(f"/{code}/toptar/").status_code, 200)
