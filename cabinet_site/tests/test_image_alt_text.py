"""Pictures are described in the language of the page that shows them."""

import datetime
import re

import pytest
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cabinet_site.tests import builders
from events.tests.factories import make_news

pytestmark = pytest.mark.django_db


def alt_texts(response, css_class):
    assert response.status_code == 200
    figure = re.search(rf'<figure class="{css_class}">(.*?)</figure>', response.content.decode(), re.S).group(1)
    return re.findall(r'alt="([^"]*)"', figure)


@pytest.fixture
def news_in_three_languages(site_tree):
    image = get_image_model().objects.create(
        title="Семинар",
        file=get_test_image_file(),
        description="Дөңгелек үстел басындағы мұғалімдер",
        description_ru="Учителя за круглым столом",
        description_en="Teachers at a round table",
    )
    news = make_news(site_tree.news["kk"], "Семинар өтті", datetime.date(2025, 1, 1), lead_image=image)
    return {
        "kk": news,
        "ru": builders.translate(news, site_tree.locales["ru"], title="Семинар прошёл"),
        "en": builders.translate(news, site_tree.locales["en"], title="The seminar took place"),
    }, image


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("kk", "Дөңгелек үстел басындағы мұғалімдер"),
        ("ru", "Учителя за круглым столом"),
        ("en", "Teachers at a round table"),
    ],
)
def test_a_news_items_picture_is_described_in_the_language_of_the_page(
    client, news_in_three_languages, language, expected
):
    pages, _image = news_in_three_languages
    assert alt_texts(client.get(pages[language].url), "news__lead") == [expected]


def test_a_picture_without_a_description_in_the_pages_language_has_the_kazakh_one(client, news_in_three_languages):
    pages, image = news_in_three_languages
    image.description_en = ""
    image.save()
    assert alt_texts(client.get(pages["en"].url), "news__lead") == ["Дөңгелек үстел басындағы мұғалімдер"]
    assert alt_texts(client.get(pages["ru"].url), "news__lead") == ["Учителя за круглым столом"]


def test_editors_describe_a_picture_in_each_language_in_the_image_library(client, admin_user):
    image = get_image_model().objects.create(title="Сөре", file=get_test_image_file())
    client.force_login(admin_user)
    form = client.get(f"/admin/images/{image.pk}/").content.decode()
    for name in ("description", "description_ru", "description_en"):
        assert f'name="{name}"' in form
