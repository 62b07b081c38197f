from .images import CabinetImage, CabinetRendition
from .pages import BasePage, CabinetPageMixin, SectionIndexPage
from .site import SiteSettings, SiteText
from .users import User

__all__ = [
    "BasePage",
    "CabinetPageMixin",
    "CabinetImage",
    "CabinetRendition",
    "SectionIndexPage",
    "SiteSettings",
    "SiteText",
    "User",
]
