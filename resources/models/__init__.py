from .documents import CabinetDocument, MaterialLanguage, TextStatus
from .pages import ResourceDocumentLink, ResourceIndexPage, ResourcePage, ResourcePageTag
from .taxonomy import Availability, Language, ResourceType, Subject, Taxonomy

__all__ = [
    "Availability",
    "CabinetDocument",
    "Language",
    "MaterialLanguage",
    "ResourceDocumentLink",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourcePageTag",
    "ResourceType",
    "Subject",
    "Taxonomy",
    "TextStatus",
]
