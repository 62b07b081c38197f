"""The title of Wagtail's root page, which editors see in the explorer and its breadcrumbs.

Wagtail's first migration names the root page "Root", in English, and the admin shows that title
as it is («Шолу: Root»). The root holds the home page of every language, so it is named for what
it is in the site's default language; a title someone has already changed is left alone.
"""

from django.db.models.signals import post_migrate

WAGTAILS_ROOT_TITLE = "Root"
ROOT_TITLE = "Барлық беттер"  # "all pages", the whole tree


def name_the_root_page(using="default", **kwargs):
    from wagtail.models import Page

    Page.objects.using(using).filter(depth=1, title=WAGTAILS_ROOT_TITLE).update(
        title=ROOT_TITLE, draft_title=ROOT_TITLE
    )


def register(app_config):
    post_migrate.connect(name_the_root_page, sender=app_config, dispatch_uid="cabinet_site.name_the_root_page")
