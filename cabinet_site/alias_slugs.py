"""The ru and en aliases of a page (wagtail-localize's copies until it is translated) follow its slug.

Wagtail keeps an alias's own slug when it updates the alias (aliases may stand beside their original
in one tree), so an alias kept the slug its page had when it was first saved, often a half-typed
title. An alias in another language's tree is a copy of the page: it takes the page's new slug (a free
variant if a page there has it). An alias in the page's own tree keeps its slug, as Wagtail means.
"""

from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_slug_changed

from .slugs import free_slug


def follow_slug_of(page):
    for alias in Page.objects.filter(alias_of=page).exclude(locale_id=page.locale_id).exclude(slug=page.slug):
        alias.slug = free_slug(page.slug, alias.get_parent(), alias)
        # As Wagtail saves an alias (update_aliases): a copy, nothing to validate; descendants' paths follow.
        alias.save(clean=False)


@receiver(page_slug_changed)
def aliases_follow_the_slug(sender, instance, **kwargs):
    follow_slug_of(instance)
