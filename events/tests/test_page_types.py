from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cabinet_site.tests import builders
from cabinet_site.tests.page_checks import PageTypeChecks, SectionIndexPageChecks
from events.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from events.tests.factories import almaty, kind
from resources.models import Subject


class EventIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = EventIndexPage
    subpage_types = {EventPage}


class NewsIndexPageTests(SectionIndexPageChecks, WagtailPageTestCase):
    page_class = NewsIndexPage
    subpage_types = {NewsPage}


class EventPageTests(PageTypeChecks, WagtailPageTestCase):
    page_class = EventPage

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.events = builders.add_page(cls.home, EventIndexPage, "Іс-шаралар", "is-sharalar")

    def form_data(self, **changes):
        data = {
            "title": "Қалыптастырушы бағалау: шеберлік сыныбы",
            "slug": "shegerlik-synyby",
            "introduction": "Қазақ тілі мен әдебиеті мұғалімдеріне арналған шеберлік сыныбы.",
            "kind": kind("master-class").pk,
            "level": "city",
            "status": "scheduled",
            "start": "2030-02-01 10:00",
            "end": "2030-02-01 13:00",
            "venue": "№57 мектеп, акт залы",
            "address": "Алматы, Жетісу ауданы",
            "subjects": [Subject.objects.get(slug="kazakh-language", locale__language_code="kk").pk],
            "grade_min": "5",
            "grade_max": "9",
            "organisers": "Қалалық әдістемелік орталық",
            "speakers": "Г. Қожабекова",
            "body": streamfield([]),
            "programme": streamfield(
                [("item", {"time": "10:00", "title": "Ашылу", "speaker": "", "room": "Акт залы"})]
            ),
            "report": streamfield([]),
            "resource_links": inline_formset([]),
            "gallery_images": inline_formset([]),
        }
        data.update(changes)
        return nested_form_data(data)

    def test_only_under_the_events_section_and_without_children(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_methodologist_form_creates_an_event_in_almaty_time_that_renders(self):
        self.assertCanCreate(self.events, EventPage, self.form_data())
        event = EventPage.objects.get(slug="shegerlik-synyby", locale__language_code="kk")
        # The admin's times are Almaty times: 10:00 in Almaty is 05:00 UTC.
        self.assertEqual(event.start, almaty(2030, 2, 1, 10))
        response = self.client.get(event.url)
        self.assertContains(response, "10:00–13:00")
        self.assertContains(response, "Шеберлік сыныбы")
        self.assertContains(response, "Ашылу")
        self.assertContains(response, "Акт залы")

    def test_an_end_before_the_start_is_refused(self):
        response = self.client.post(self.add_url(self.events), self.form_data(end="2030-01-31 09:00"))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(EventPage.objects.exists())

    def test_moved_online_needs_a_link(self):
        response = self.client.post(self.add_url(self.events), self.form_data(status="online"))
        self.assertEqual(response.status_code, 200)
        self.assertFalse(EventPage.objects.exists())


class NewsPageTests(PageTypeChecks, WagtailPageTestCase):
    page_class = NewsPage

    @classmethod
    def setUpTestData(cls):
        super().setUpTestData()
        cls.news = builders.add_page(cls.home, NewsIndexPage, "Жаңалықтар", "zhanalyktar")

    def test_only_under_the_news_section_and_without_children(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_editor_creates_news_that_renders(self):
        data = nested_form_data(
            {
                "title": "Тәжірибе алаңы өтті",
                "slug": "tazhiribe-alany",
                "introduction": "Қалалық семинардың есебі.",
                "date": "2019-02-01",
                "tags": "семинар",
                "body": streamfield([]),
                "gallery_images": inline_formset([]),
            }
        )
        self.assertCanCreate(self.news, NewsPage, data)
        news = NewsPage.objects.get(slug="tazhiribe-alany", locale__language_code="kk")
        response = self.client.get(news.url)
        self.assertContains(response, "Қалалық семинардың есебі.")
        self.assertContains(response, 'datetime="2019-02-01"')
