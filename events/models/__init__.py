from .news import NewsIndexPage, NewsPage, NewsPageGalleryImage, NewsPageTag
from .pages import (
    EventGalleryImage,
    EventIndexPage,
    EventLevel,
    EventPage,
    EventResourceLink,
    EventStatus,
)
from .registration import Registration, RegistrationStatus
from .taxonomy import EventKind

__all__ = [
    "EventGalleryImage",
    "EventIndexPage",
    "EventKind",
    "EventLevel",
    "EventPage",
    "EventResourceLink",
    "EventStatus",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageGalleryImage",
    "NewsPageTag",
    "Registration",
    "RegistrationStatus",
]
