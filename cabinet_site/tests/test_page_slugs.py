"""Page addresses as the editor meets them: Latin slugs from Kazakh and Russian titles, a free one for a
second page of the same title, a clash explained at the top of the form, no page left by an abandoned add form,
and aliases that follow their page's slug."""

import json

from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.users.models import UserProfile

from cabinet_site.slugs import latin_slug
from cabinet_site.tests import builders
from cabinet_site.tests.page_checks import page_form_data
from home.models import StandardPage


class PageSlugTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.locales = builders.make_locales()
        cls.home = builders.make_home(cls.locales)
        cls.home_ru = builders.translate(cls.home, cls.locales["ru"], title="Методический кабинет")
        cls.home_en = builders.translate(cls.home, cls.locales["en"], title="Methodological cabinet")
        cls.superuser = builders.make_staff_user("admin", superuser=True)
        profile = UserProfile.get_for_user(cls.superuser)
        profile.preferred_language = "kk"
        profile.save()

    def setUp(self):
        self.client.force_login(self.superuser)
        self.add_url = reverse("wagtailadmin_pages:add", args=["home", "standardpage", self.home.pk])

    def add(self, title, slug="", *, publish=False, **headers):
        data = page_form_data(title, slug)
        if publish:
            data["action-publish"] = "action-publish"
        return self.client.post(self.add_url, data, **headers)

    def created(self, title):
        return StandardPage.objects.child_of(self.home).get(title=title)

    def test_a_kazakh_title_gets_a_latin_address(self):
        response = self.add("Шығармашылық топтар: жұмыс жоспары", publish=True)
        self.assertEqual(response.status_code, 302)
        page = self.created("Шығармашылық топтар: жұмыс жоспары")
        self.assertEqual(page.slug, "shygarmashylyq-toptar-zhumys-zhospary")
        self.assertEqual(self.client.get("/kk/shygarmashylyq-toptar-zhumys-zhospary/").status_code, 200)
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
        self.assertRegex(edit, r'name="slug" value="shygarmashylyq-toptar-zhumys-zhospary"')

    def test_a_russian_title_and_a_slug_typed_in_cyrillic_become_latin(self):
        self.assertEqual(
            latin_slug("Методическое объединение учителей истории"), "metodicheskoe-obedinenie-uchitelei-istorii"
        )
        self.add("Педагогические чтения", "педагогические-чтения")
        self.assertEqual(self.created("Педагогические чтения").slug, "pedagogicheskie-chteniya")

    def test_a_page_saved_in_code_without_a_slug_gets_a_latin_one(self):
        page = self.home.add_child(instance=StandardPage(title="Әдістемелік бірлестік"))
        self.assertEqual(page.slug, "adistemelik-birlestik")

    def test_a_second_page_of_the_same_title_gets_a_free_address(self):
        self.assertEqual(self.add("Жас маман мектебі", publish=True).status_code, 302)
        response = self.add("Жас маман мектебі", latin_slug("Жас маман мектебі"), publish=True)
        self.assertEqual(response.status_code, 302)  # no error: the editor did not choose the address
        slugs = set(
            StandardPage.objects.child_of(self.home).filter(title="Жас маман мектебі").values_list("slug", flat=True)
        )
        self.assertEqual(slugs, {"zhas-maman-mektebi", "zhas-maman-mektebi-2"})

    def test_an_address_chosen_by_hand_that_is_taken_is_explained_at_the_top_of_the_form(self):
        self.add("Байланыс", "bailanys", publish=True)
        response = self.add("Мекенжай мен телефондар", "bailanys", publish=True)
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        messages = html[html.index('class="messages') : html.index("</ul>", html.index('class="messages'))]
        self.assertIn("«bailanys» слагы ата-бетте қолданыста бар.", messages)  # Wagtail's error, on the field
        self.assertIn("Слаг (беттің мекенжайы) қабылданбады: оны «Ілгерілету» қойындысында түзетіңіз.", messages)
        self.assertRegex(html, r'role="tab"[^>]*>(?:\s|<[^>]+>)*Ілгерілету')  # the tab it names
        self.assertFalse(StandardPage.objects.filter(title="Мекенжай мен телефондар").exists())

    def test_an_abandoned_add_form_leaves_no_draft_and_no_aliases(self):
        pages_before = Page.objects.count()
        response = self.add("Жаңа б", HTTP_ACCEPT="application/json")  # what autosave posts while one types
        self.assertEqual(response.status_code, 400)
        # The editor's footer shows it, in Kazakh, with the buttons' names as the editor sees them.
        self.assertEqual(
            json.loads(response.content)["error_message"],
            "Жаңа бет «Нобайды сақтау» немесе «Жариялау» батырмасын басқанда ғана жасалады.",
        )
        self.assertEqual(Page.objects.count(), pages_before)
        # Saved on purpose, the page exists, and so do its aliases in the other trees.
        self.assertEqual(self.add("Жаңа бет").status_code, 302)
        page = self.created("Жаңа бет")
        self.assertEqual(Page.objects.filter(translation_key=page.translation_key).count(), 3)

    def test_the_aliases_follow_the_slug_their_page_is_published_with(self):
        self.add("Ашық", "ashyq")  # saved as a draft while the title was still being written
        page = self.created("Ашық")
        edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
        data = page_form_data("Ашық сабақтар апталығы", "ashyq-sabaqtar-aptalygy")
        data["action-publish"] = "action-publish"
        with self.captureOnCommitCallbacks(execute=True):  # Wagtail says a slug changed once it is committed
            self.assertEqual(self.client.post(edit_url, data).status_code, 302)
        for code in ("ru", "en"):
            alias = Page.objects.get(translation_key=page.translation_key, locale=self.locales[code])
            self.assertEqual(alias.slug, "ashyq-sabaqtar-aptalygy")
            self.assertEqual(self.client.get(f"/{code}/ashyq-sabaqtar-aptalygy/").status_code, 200)
