from .images import CabinetImage, CabinetRendition
from .pages import BasePage, SectionIndexPage
from .site import SiteSettings, SiteText
from .users import User

__all__ = [
    "BasePage",
    "CabinetImage",
    "CabinetRendition",
    "SectionIndexPage",
    "SiteSettings",
    "SiteText",
    "User",
]
