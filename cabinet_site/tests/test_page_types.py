"""Rules that hold for every page type of the project, present and future."""

import pytest
from wagtail.models import Page, get_page_models

from cabinet_site.tests.builders import PAGE_ATTRIBUTES

PROJECT_APPS = {"cabinet_site", "home", "corners", "resources", "events", "search"}


def project_page_models():
    return [model for model in get_page_models() if model._meta.app_label in PROJECT_APPS]


@pytest.mark.parametrize("model", project_page_models(), ids=lambda model: model.__name__)
def test_every_page_type_says_where_it_may_live_and_what_it_may_hold(model):
    assert model.parent_page_types is not None, f"{model.__name__} must set parent_page_types"
    assert model.subpage_types is not None, f"{model.__name__} must set subpage_types"
    assert model.allowed_parent_page_models(), f"{model.__name__} can be created nowhere"


def test_every_page_type_appears_in_the_test_site(site_tree):
    """The shared test site (cabinet_site/tests/builders.py) holds one of each page type."""
    in_tree = {type(page) for name in PAGE_ATTRIBUTES for page in getattr(site_tree, name).values()}
    missing = {model.__name__ for model in project_page_models()} - {model.__name__ for model in in_tree}
    assert not missing, f"add these page types to make_site_tree(): {sorted(missing)}"


def test_only_home_pages_may_sit_at_the_top_of_the_tree():
    top_level = [model for model in project_page_models() if Page in model.allowed_parent_page_models()]
    assert [model.__name__ for model in top_level] == ["HomePage"]
