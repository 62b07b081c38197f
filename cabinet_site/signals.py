from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import Page
from wagtail_localize.models import LocaleSynchronization, sync_trees_on_locale_sync_save

from cabinet_site.roles import grant_section_permissions


@receiver(post_save)
def give_section_to_its_editors(sender, instance, created, raw=False, **kwargs):
    if created and not raw and isinstance(instance, Page):
        grant_section_permissions(instance)


# wagtail-localize syncs the page trees whenever a LocaleSynchronization is saved, also while
# loaddata or a test's serialized rollback restores rows (raw saves), when the Locale it points
# to may not be back yet. Sync only on real saves.
post_save.disconnect(sync_trees_on_locale_sync_save, sender=LocaleSynchronization)


@receiver(post_save, sender=LocaleSynchronization)
def sync_trees_unless_restoring(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_trees_on_locale_sync_save(instance=instance, **kwargs)
