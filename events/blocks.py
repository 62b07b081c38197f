"""StreamField blocks of an event page."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("time"), required=False)
    title = blocks.CharBlock(label=pgettext_lazy("block heading", "title"))
    speaker = blocks.CharBlock(label=_("speaker"), required=False)
    room = blocks.CharBlock(label=_("room"), required=False)

    class Meta:
        icon = "time"
        label = _("Programme item")


class ProgrammeBlock(blocks.StreamBlock):
    item = ProgrammeItemBlock()
