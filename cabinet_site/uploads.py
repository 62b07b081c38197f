"""What the site accepts as an uploaded document or image: the content decides, not the name.

A document's extension must be on WAGTAILDOCS_EXTENSIONS and its bytes must be a file of that
kind (a ".pdf" starts with %PDF-, a ".docx" is a zip holding word/document.xml, …). Whatever
the name, web pages, SVG, other markup browsers would run, programs and scripts are refused,
and so are Office files with macros and archives holding programs or web pages. Images are
opened with Pillow: the pixel count is checked before any pixel is decoded (a decompression
bomb is refused, not unpacked) and the file is verified.

The checks raise ValidationError with a message for the person uploading; they are used by the
document model's clean() (so by every admin form for documents), by the admin's image form
(cabinet_site/image_forms.py) and by the catalogue import.
"""

import io
import logging
import os
import struct
import warnings
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger(__name__)

HEAD_BYTES = 4096
MAX_ZIP_ENTRIES = 10_000
MAX_MANIFEST_BYTES = 1024 * 1024

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt of Office 97–2003
OOXML_MAIN_PART = {"docx": "word/document.xml", "xlsx": "xl/workbook.xml", "pptx": "ppt/presentation.xml"}
ODF_MIMETYPE = {
    "odt": "application/vnd.oasis.opendocument.text",
    "odp": "application/vnd.oasis.opendocument.presentation",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
}
# Names that must not travel inside an uploaded archive: they run when opened.
RUNNABLE_EXTENSIONS = {
    "apk", "app", "bat", "cmd", "com", "cpl", "dll", "exe", "hta", "htm", "html", "jar", "js", "jse",
    "lnk", "msi", "msp", "pif", "ps1", "reg", "scr", "sh", "svg", "svgz", "vbe", "vbs", "wsf", "xhtml",
}  # fmt: skip
# The tags that make a browser take a file for a web page (WHATWG MIME Sniffing, "HTML" signatures).
HTML_TAGS = (
    b"<!doctype html", b"<html", b"<head", b"<script", b"<iframe", b"<h1", b"<div", b"<font",
    b"<table", b"<a", b"<style", b"<title", b"<b", b"<body", b"<br", b"<p", b"<!--",
)  # fmt: skip
TAG_ENDS = b" >\t\n\x0c\r"

WEB_PAGE = _(
    "This file is a web page (HTML). Web pages cannot be uploaded: they could run code in visitors’ browsers."
)
SVG = _(
    "SVG images cannot be uploaded: they can hold code that runs in visitors’ browsers. "
    "Save the picture as PNG or JPEG."
)
PROGRAM = _("Programs and scripts cannot be uploaded.")
MACROS = _("Files with macros cannot be uploaded. Save the file without macros and upload it again.")
ARCHIVE_WITH_PROGRAMS = _("The archive holds programs, scripts or web pages (%(names)s), which cannot be uploaded.")
NOT_THAT_KIND = _(
    "The file is named “.%(extension)s”, but its content is not a %(kind)s file. Open it in the program "
    "that made it, save it again as %(kind)s and upload it again."
)
EMPTY = _("The file is empty.")
TOO_LARGE = _("The file is too large (%(size)s). The largest file the site accepts is %(limit)s.")
BROKEN_IMAGE = _("The image is damaged or is not an image the site can read. Save it again as JPEG or PNG.")
TOO_MANY_PIXELS = _(
    "The image is too large in pixels (%(width)s × %(height)s). Make it smaller than %(megapixels)s megapixels "
    "and upload it again."
)


def extension_of(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def is_new_upload(field_file):
    """True for a file just chosen and not stored yet: files stored before are not checked again."""
    return bool(field_file) and not field_file._committed


def check_document(file, name=None, *, max_size=None):
    """Raise ValidationError unless the file's content is a document of the kind its name says."""
    name = name if name is not None else file.name
    extension = extension_of(name)
    max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None) if max_size is None else max_size
    _check_size(file, max_size)
    head = _read_head(file)
    if not head:
        raise ValidationError(EMPTY, code="empty")
    _refuse_runnable(head)
    check = DOCUMENT_CHECKS.get(extension)
    try:
        matches = check is not None and check(file, head, extension)
    except ValidationError:
        raise
    except Exception:  # a file too damaged for the checks to read is not the document it claims to be
        logger.warning("Could not read the upload %s to check its content", name, exc_info=True)
        matches = False
    if not matches:
        raise ValidationError(
            NOT_THAT_KIND, code="content_mismatch", params={"extension": extension, "kind": extension.upper()}
        )


def check_image(file, name=None):
    """Raise ValidationError unless Pillow reads the file as an image of an allowed size."""
    from PIL import Image

    max_size = getattr(settings, "WAGTAILIMAGES_MAX_UPLOAD_SIZE", None)
    max_pixels = getattr(settings, "WAGTAILIMAGES_MAX_IMAGE_PIXELS", None)
    _check_size(file, max_size)
    head = _read_head(file)
    if not head:
        raise ValidationError(EMPTY, code="empty")
    _refuse_runnable(head)
    position = file.tell()
    try:
        file.seek(0)
        with warnings.catch_warnings():
            # Pillow only warns between its limit and twice that; for an upload both are refusals.
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            try:
                with Image.open(file) as image:
                    width, height = image.size
                    pixels = width * height * getattr(image, "n_frames", 1)
                    if max_pixels and pixels > max_pixels:
                        raise _too_many_pixels(width, height, max_pixels)
                    image.verify()
            except (Image.DecompressionBombError, Image.DecompressionBombWarning) as error:
                raise _too_many_pixels(*_declared_size(file), max_pixels or Image.MAX_IMAGE_PIXELS) from error
            except ValidationError:
                raise
            except Exception as error:  # Pillow raises many kinds of errors for a broken file
                raise ValidationError(BROKEN_IMAGE, code="broken_image") from error
    finally:
        file.seek(position)


def _too_many_pixels(width, height, max_pixels):
    return ValidationError(
        TOO_MANY_PIXELS,
        code="too_many_pixels",
        params={"width": width or "?", "height": height or "?", "megapixels": max(1, max_pixels // 1_000_000)},
    )


def _declared_size(file):
    """The width and height a PNG declares in its header (for the message), else unknown."""
    file.seek(0)
    header = file.read(24)
    if header[:8] == b"\x89PNG\r\n\x1a\n" and header[12:16] == b"IHDR":
        return struct.unpack(">II", header[16:24])
    return None, None


# What any upload is checked for ---------------------------------------------------------------------


def _check_size(file, max_size):
    size = getattr(file, "size", None)
    if size is None:
        position = file.tell()
        size = file.seek(0, io.SEEK_END)
        file.seek(position)
    if max_size and size > max_size:
        raise ValidationError(
            TOO_LARGE, code="file_too_large", params={"size": filesizeformat(size), "limit": filesizeformat(max_size)}
        )


def _read_head(file):
    position = file.tell()
    try:
        file.seek(0)
        return file.read(HEAD_BYTES)
    finally:
        file.seek(position)


def _refuse_runnable(head):
    if _is_program(head):
        raise ValidationError(PROGRAM, code="program")
    markup = _markup_kind(head)
    if markup == "svg":
        raise ValidationError(SVG, code="svg")
    if markup == "html":
        raise ValidationError(WEB_PAGE, code="html")
    if markup == "script":
        raise ValidationError(PROGRAM, code="program")


def _is_program(head):
    if head[:4] in (b"\x7fELF", b"\xca\xfe\xba\xbe", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xcf\xfa\xed\xfe"):
        return True
    if head[:2] == b"#!":
        return True
    if head[:2] == b"MZ" and len(head) >= 64:  # a Windows program: MZ, then "PE\0\0" where the header says
        (pe_offset,) = struct.unpack_from("<I", head, 60)
        return head[pe_offset : pe_offset + 4] == b"PE\0\0" or b"This program cannot be run in DOS mode" in head
    return False


def _markup_kind(head):
    """'html', 'svg' or 'script' if a browser or a server could take the file for one, else None."""
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = head.decode("utf-16", "replace").encode("ascii", "replace")
    else:
        text = head.removeprefix(b"\xef\xbb\xbf")
    text = text.lstrip(b" \t\n\r\x0c").lower()
    if text.startswith((b"<?php", b"<%")):
        return "script"
    if text.startswith(b"<?xml") or text.startswith(b"<!doctype svg") or text.startswith(b"<svg"):
        if b"<svg" in text:
            return "svg"
        if b"<html" in text or b"<script" in text or b"xhtml" in text:
            return "html"
        return None
    for tag in HTML_TAGS:
        if text.startswith(tag) and text[len(tag) : len(tag) + 1] in TAG_ENDS:  # b"" (the end) is in it too
            return "html"
    return None


# One check per document type --------------------------------------------------------------------------


def _is_pdf(file, head, extension):
    # Readers accept a header within the first 1024 bytes; what comes before it must not be markup.
    start = head.find(b"%PDF-", 0, 1024)
    return start == 0 or (start > 0 and b"<" not in head[:start])


def _is_ole2(file, head, extension):
    return head.startswith(OLE2_MAGIC)


def _is_rtf(file, head, extension):
    return head.startswith(b"{\\rtf")


def _is_text(file, head, extension):
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return True
    return b"\0" not in head


def _is_ooxml(file, head, extension):
    names = _zip_names(file, head)
    if names is None or "[Content_Types].xml" not in names or OOXML_MAIN_PART[extension] not in names:
        return False
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise ValidationError(MACROS, code="macros")
    return True


def _is_odf(file, head, extension):
    names = _zip_names(file, head)
    if names is None or "content.xml" not in names:
        return False
    expected = ODF_MIMETYPE[extension].encode()
    declared = _zip_member(file, "mimetype") if "mimetype" in names else None
    if declared is None and "META-INF/manifest.xml" in names:
        manifest = _zip_member(file, "META-INF/manifest.xml") or b""
        declared = expected if b'media-type="' + expected + b'"' in manifest else None
    if (declared or b"").strip() != expected:
        return False
    if any(name.startswith(("Basic/", "Scripts/")) for name in names):
        raise ValidationError(MACROS, code="macros")
    return True


def _is_zip(file, head, extension):
    names = _zip_names(file, head)
    if names is None:
        return False
    runnable = sorted({name.rsplit("/", 1)[-1] for name in names if extension_of(name) in RUNNABLE_EXTENSIONS})
    if runnable:
        shown = ", ".join(runnable[:5]) + (", …" if len(runnable) > 5 else "")
        raise ValidationError(ARCHIVE_WITH_PROGRAMS, code="archive_with_programs", params={"names": shown})
    return True


def _zip_names(file, head):
    """The names in a zip archive, or None if the file is not one (or lists too many to be a document)."""
    if not head.startswith(b"PK\x03\x04"):
        return None
    position = file.tell()
    try:
        if _zip_entry_count(file) > MAX_ZIP_ENTRIES:
            return None
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            return [info.filename for info in archive.infolist()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, ValueError, NotImplementedError):
        return None
    finally:
        file.seek(position)


def _zip_member(file, name):
    position = file.tell()
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive, archive.open(name) as member:
            return member.read(MAX_MANIFEST_BYTES)
    except (KeyError, zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        return None
    finally:
        file.seek(position)


def _zip_entry_count(file):
    """The number of entries the archive's end record declares, read before its directory is parsed."""
    end = file.seek(0, io.SEEK_END)
    start = max(0, end - 65_557)  # the end record (22 bytes) and its comment (up to 65,535)
    file.seek(start)
    tail = file.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or at + 22 > len(tail):
        return 0
    (count,) = struct.unpack_from("<H", tail, at + 10)
    return MAX_ZIP_ENTRIES + 1 if count == 0xFFFF else count


DOCUMENT_CHECKS = {
    "pdf": _is_pdf,
    "doc": _is_ole2,
    "xls": _is_ole2,
    "ppt": _is_ole2,
    "docx": _is_ooxml,
    "xlsx": _is_ooxml,
    "pptx": _is_ooxml,
    "odt": _is_odf,
    "odp": _is_odf,
    "ods": _is_odf,
    "rtf": _is_rtf,
    "txt": _is_text,
    "csv": _is_text,
    "zip": _is_zip,
}
