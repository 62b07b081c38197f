"""Plain text from the files librarians attach: PDF, DOCX, PPTX, ODT and ODP.

The text is stored on the document and indexed with every catalogue record that attaches it.
Nothing here raises: a file that cannot be read — encrypted, broken, scanned without a text
layer, too large, a zip bomb, a format we do not read — gives a result with the status
"text not available" and a reason, which is logged.

Office Open XML and OpenDocument files are zip archives of XML parts; they are read with
zipfile and defusedxml (no DTDs, no entities), each part's uncompressed size checked before
and while it is read. PDFs are read with pypdf, a bounded number of pages within a time budget.
"""

import io
import logging
import posixpath
import re
import struct
import time
import unicodedata
import zipfile
from dataclasses import dataclass

from .models.documents import TextStatus

try:
    from defusedxml.ElementTree import fromstring as _defused_fromstring
except ImportError:  # pragma: no cover - defusedxml comes with Wagtail
    _defused_fromstring = None

logger = logging.getLogger(__name__)

MAX_FILE_BYTES = 30 * 1024 * 1024  # larger files are not read at all
MAX_TEXT_CHARS = 200_000  # the text kept per document
MAX_PDF_PAGES = 500
PDF_TIME_BUDGET_SECONDS = 60.0  # reading stops after this, keeping the pages read so far
MAX_XML_MEMBER_BYTES = 25 * 1024 * 1024  # one uncompressed XML part of an Office/ODF file
MAX_XML_TOTAL_BYTES = 60 * 1024 * 1024  # all the parts read from one archive
MAX_SLIDES = 1000
MAX_ZIP_ENTRIES = 10_000  # an archive listing more is refused before its directory is parsed
# A PDF with less text than this has no real text layer (a scan, perhaps with a typed title).
MIN_TEXT_CHARS = 20
MIN_CHARS_PER_PAGE = 10

FORMAT_PDF = "pdf"
FORMAT_DOCX = "docx"
FORMAT_PPTX = "pptx"
FORMAT_ODT = "odt"
FORMAT_ODP = "odp"

ODF_MIMETYPES = {
    "application/vnd.oasis.opendocument.text": FORMAT_ODT,
    "application/vnd.oasis.opendocument.presentation": FORMAT_ODP,
}

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A_NS = "http://schemas.openxmlformats.org/drawingml/2006/main"
P_NS = "http://schemas.openxmlformats.org/presentationml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
TEXT_NS = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


@dataclass(frozen=True)
class ExtractionResult:
    """What came out of a file: the text (possibly empty), a TextStatus value and why."""

    text: str
    status: str
    reason: str = ""

    @property
    def ok(self):
        return self.status == TextStatus.EXTRACTED


class Unreadable(Exception):
    """The file's text cannot be had; the message says why, in plain words."""


def unavailable(reason):
    return ExtractionResult("", TextStatus.UNAVAILABLE, reason)


# Entry points ------------------------------------------------------------------------------------


def extract_document(document):
    """Extract the text of a Wagtail document's file; never raises."""
    name = getattr(document.file, "name", "") or ""
    try:
        size = document.file.size
    except Exception as error:  # missing from storage, storage unreachable
        return _log(name, unavailable(f"the file cannot be opened ({type(error).__name__})"))
    if size > MAX_FILE_BYTES:
        return _log(name, unavailable(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB"))
    try:
        document.file.open("rb")
        try:
            data = document.file.read(MAX_FILE_BYTES + 1)
        finally:
            document.file.close()
    except Exception as error:
        return _log(name, unavailable(f"the file cannot be read ({type(error).__name__})"))
    return extract_bytes(data, name)


def extract_bytes(data, filename=""):
    """Extract the text of a file's content; `filename` only helps to tell the format. Never raises."""
    try:
        result = _extract(data, filename)
    except Exception as error:  # a bug or a library's surprise must not break an upload
        logger.exception("Text extraction failed on %s", filename or "a file")
        result = unavailable(f"the file could not be read ({type(error).__name__})")
    return _log(filename, result)


def _log(filename, result):
    if result.status == TextStatus.UNAVAILABLE:
        logger.warning("Text not available for %s: %s", filename or "a file", result.reason)
    elif result.reason:
        logger.info("Text of %s: %s", filename or "a file", result.reason)
    return result


def _extract(data, filename):
    if len(data) > MAX_FILE_BYTES:
        return unavailable(f"the file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    if not data:
        return unavailable("the file is empty")
    if data[:4] == b"PK\x03\x04" and zip_entry_count(data) > MAX_ZIP_ENTRIES:
        return unavailable(f"the archive holds more than {MAX_ZIP_ENTRIES} parts")
    file_format = detect_format(data, filename)
    if file_format is None:
        return unavailable("the file's format is not one whose text we read (PDF, DOCX, PPTX, ODT, ODP)")
    try:
        if file_format == FORMAT_PDF:
            text, notes = _pdf_text(data)
        else:
            text, notes = _archive_text(data, file_format)
    except Unreadable as error:
        return unavailable(str(error))
    text, truncated = cap_text(normalise_text(text))
    if truncated:
        notes.append(f"the text was cut to {MAX_TEXT_CHARS} characters")
    if not text:
        return unavailable("the file has no text")
    return ExtractionResult(text, TextStatus.EXTRACTED, "; ".join(notes))


def detect_format(data, filename=""):
    """The format by the file's content (the name is only a hint): a FORMAT_* value or None."""
    if b"%PDF-" in data[:1024]:
        return FORMAT_PDF
    if data[:4] != b"PK\x03\x04" or zip_entry_count(data) > MAX_ZIP_ENTRIES:
        return None
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" in names:
                return FORMAT_DOCX
            if "ppt/presentation.xml" in names or any(_is_slide(name) for name in names):
                return FORMAT_PPTX
            if "content.xml" in names:
                mimetype = ""
                if "mimetype" in names:
                    mimetype = _read_member(archive, "mimetype", 200).decode("ascii", "replace").strip()
                if mimetype in ODF_MIMETYPES:
                    return ODF_MIMETYPES[mimetype]
                extension = posixpath.splitext(filename.lower())[1].lstrip(".")
                if not mimetype and extension in (FORMAT_ODT, FORMAT_ODP):
                    return extension
    except (zipfile.BadZipFile, Unreadable, OSError, EOFError, ValueError, RuntimeError, NotImplementedError):
        return None
    return None


def zip_entry_count(data):
    """The number of entries an archive's end-of-directory record declares (0 when there is none)."""
    end = data.rfind(b"PK\x05\x06", max(0, len(data) - 65_557))
    if end < 0 or end + 22 > len(data):
        return 0
    (count,) = struct.unpack_from("<H", data, end + 10)
    if count == 0xFFFF:  # ZIP64: the real count is elsewhere; no Office file needs that many
        return MAX_ZIP_ENTRIES + 1
    return count


# Text clean-up ------------------------------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_WHITESPACE = re.compile(r"[^\S\n]+")


def normalise_text(text):
    """One line per paragraph, single spaces, no control characters, no empty lines, NFC."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE)
    # PostgreSQL refuses NUL; other control characters and lone surrogates are noise.
    text = "".join(" " if (unicodedata.category(char) in ("Cc", "Cs") and char != "\n") else char for char in text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    lines = (_WHITESPACE.sub(" ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def cap_text(text, limit=None):
    """The text cut to `limit` characters at a word boundary, and whether it was cut."""
    limit = MAX_TEXT_CHARS if limit is None else limit
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    boundary = max(cut.rfind(" "), cut.rfind("\n"))
    if boundary > limit * 0.9:
        cut = cut[:boundary]
    return cut.rstrip(), True


# PDF ------------------------------------------------------------------------------------------------


def _pdf_text(data):
    from pypdf import PdfReader

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # A PDF with only an owner password (copy/print restrictions) opens with an empty
            # user password; one that needs a password to be read is "text not available".
            try:
                opened = reader.decrypt("")
            except Exception as error:
                raise Unreadable(f"the PDF is encrypted ({type(error).__name__})") from error
            if not opened:
                raise Unreadable("the PDF is protected by a password")
        page_count = len(reader.pages)
    except Unreadable:
        raise
    except Exception as error:  # pypdf's PdfReadError and whatever a damaged file provokes
        raise Unreadable(f"the PDF is broken or not a PDF ({type(error).__name__})") from error
    if page_count == 0:
        raise Unreadable("the PDF has no pages")

    notes, parts, length, failed = [], [], 0, 0
    started = time.monotonic()
    pages_read = 0
    for number in range(min(page_count, MAX_PDF_PAGES)):
        if time.monotonic() - started > PDF_TIME_BUDGET_SECONDS:
            notes.append(f"reading stopped after {pages_read} pages (time limit)")
            break
        try:
            page_text = reader.pages[number].extract_text() or ""
        except Exception:
            failed += 1
            page_text = ""
        pages_read += 1
        parts.append(page_text)
        length += len(page_text)
        if length > MAX_TEXT_CHARS * 2:  # enough text: the rest would be cut anyway
            break
    if page_count > MAX_PDF_PAGES and pages_read == MAX_PDF_PAGES:
        notes.append(f"only the first {MAX_PDF_PAGES} of {page_count} pages were read")
    if failed == pages_read:
        raise Unreadable("the PDF's pages cannot be read")
    if failed:
        notes.append(f"{failed} pages could not be read")
    text = "\n".join(parts)
    meaningful = sum(1 for char in text if char.isalnum())
    if meaningful < MIN_TEXT_CHARS or (pages_read >= 3 and meaningful < MIN_CHARS_PER_PAGE * pages_read):
        raise Unreadable("the PDF has no text layer (a scan?)")
    return text, notes


# Office Open XML and OpenDocument -------------------------------------------------------------------


def _archive_text(data, file_format):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            budget = _Budget(MAX_XML_TOTAL_BYTES)
            if file_format == FORMAT_DOCX:
                return _docx_text(archive, budget), []
            if file_format == FORMAT_PPTX:
                return _pptx_text(archive, budget)
            return _odf_text(archive, budget), []
    except Unreadable:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as error:
        # RuntimeError: an encrypted member; NotImplementedError: an unknown compression method.
        raise Unreadable(f"the file is broken ({type(error).__name__})") from error


class _Budget:
    def __init__(self, total):
        self.left = total

    def take(self, size):
        if size > self.left:
            raise Unreadable("the file's contents are too large when unpacked (a zip bomb?)")
        self.left -= size


def _read_member(archive, name, limit, budget=None):
    """One member's bytes, refusing any whose uncompressed size passes `limit` (declared or real)."""
    try:
        info = archive.getinfo(name)
    except KeyError as error:
        raise Unreadable(f"the file has no part {name}") from error
    if info.file_size > limit:
        raise Unreadable(f"the part {name} is too large when unpacked (a zip bomb?)")
    if budget is not None:
        budget.take(info.file_size)
    with archive.open(info) as member:
        content = member.read(limit + 1)  # the declared size may lie: never read more than the limit
    if len(content) > limit:
        raise Unreadable(f"the part {name} is too large when unpacked (a zip bomb?)")
    return content


def _parse_xml(content, name):
    try:
        if _defused_fromstring is not None:
            return _defused_fromstring(content, forbid_dtd=True, forbid_entities=True, forbid_external=True)
        if b"<!DOCTYPE" in content[:4096].upper():  # pragma: no cover - without defusedxml
            raise Unreadable(f"the part {name} declares a DTD")
        from xml.etree.ElementTree import fromstring

        return fromstring(content)  # pragma: no cover
    except Unreadable:
        raise
    except Exception as error:  # ParseError, defusedxml's DTD/entity refusals
        raise Unreadable(f"the part {name} is not valid XML ({type(error).__name__})") from error


def _xml_member(archive, name, budget):
    return _parse_xml(_read_member(archive, name, MAX_XML_MEMBER_BYTES, budget), name)


def _ooxml_paragraphs(root, ns):
    """Paragraph texts of a WordprocessingML or DrawingML tree (w:p / a:p with w:t / a:t runs)."""
    paragraph_tag, text_tag = f"{{{ns}}}p", f"{{{ns}}}t"
    line_breaks = {f"{{{ns}}}br", f"{{{ns}}}cr"}
    tabs = {f"{{{ns}}}tab"} if ns == W_NS else set()
    paragraphs, current = [], []

    def walk(element):
        nonlocal current
        for child in element:
            tag = child.tag
            if tag == paragraph_tag:
                outer, current = current, []
                walk(child)  # a text box's paragraphs inside this one come out on their own
                paragraphs.append("".join(current))
                current = outer
            elif tag == text_tag:
                current.append(child.text or "")
            elif tag in line_breaks:
                current.append("\n")
            elif tag in tabs:
                current.append(" ")
            else:
                walk(child)

    walk(root)
    return paragraphs


def _docx_text(archive, budget):
    root = _xml_member(archive, "word/document.xml", budget)
    return "\n".join(_ooxml_paragraphs(root, W_NS))


_SLIDE_NAME = re.compile(r"^ppt/slides/slide(\d+)\.xml$")


def _is_slide(name):
    return bool(_SLIDE_NAME.match(name))


def _slide_names(archive, budget):
    """The slides in the presentation's order (its slide list), else by their number."""
    names = set(archive.namelist())
    by_number = sorted((n for n in names if _is_slide(n)), key=lambda n: int(_SLIDE_NAME.match(n).group(1)))
    if "ppt/presentation.xml" not in names or "ppt/_rels/presentation.xml.rels" not in names:
        return by_number
    presentation = _xml_member(archive, "ppt/presentation.xml", budget)
    relations = _xml_member(archive, "ppt/_rels/presentation.xml.rels", budget)
    targets = {}
    for relation in relations.iter(f"{{{PKG_REL_NS}}}Relationship"):
        target = relation.get("Target", "")
        target = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("ppt", target))
        targets[relation.get("Id")] = target
    ordered = []
    for slide_id in presentation.iter(f"{{{P_NS}}}sldId"):
        target = targets.get(slide_id.get(f"{{{R_NS}}}id"))
        if target in names and target not in ordered:
            ordered.append(target)
    # Slides the list does not name (a damaged file) still count, after the listed ones.
    return ordered + [name for name in by_number if name not in ordered] if ordered else by_number


def _pptx_text(archive, budget):
    slides = _slide_names(archive, budget)
    if not slides:
        raise Unreadable("the presentation has no slides")
    notes = []
    if len(slides) > MAX_SLIDES:
        notes.append(f"only the first {MAX_SLIDES} of {len(slides)} slides were read")
        slides = slides[:MAX_SLIDES]
    texts, length = [], 0
    for name in slides:
        slide_text = "\n".join(_ooxml_paragraphs(_xml_member(archive, name, budget), A_NS))
        texts.append(slide_text)
        length += len(slide_text)
        if length > MAX_TEXT_CHARS * 2:
            break
    return "\n".join(texts), notes


_ODF_PARAGRAPHS = {f"{{{TEXT_NS}}}p", f"{{{TEXT_NS}}}h"}
_ODF_SPACE = f"{{{TEXT_NS}}}s"
_ODF_TAB = f"{{{TEXT_NS}}}tab"
_ODF_BREAK = f"{{{TEXT_NS}}}line-break"
# Text that is not part of the document's reading text: comments and tracked deletions.
_ODF_SKIP = {f"{{{OFFICE_NS}}}annotation", f"{{{OFFICE_NS}}}annotation-end", f"{{{TEXT_NS}}}tracked-changes"}


def _odf_text(archive, budget):
    root = _xml_member(archive, "content.xml", budget)
    paragraphs = []

    def inline(element, out):
        """The mixed content of a paragraph: text, spans, links, spaces, tabs, notes."""
        if element.text:
            out.append(element.text)
        for child in element:
            tag = child.tag
            if tag in _ODF_SKIP:
                pass
            elif tag == _ODF_SPACE:
                count = child.get(f"{{{TEXT_NS}}}c", "1")
                out.append(" " * min(int(count) if count.isdigit() else 1, 100))
            elif tag == _ODF_TAB:
                out.append(" ")
            elif tag == _ODF_BREAK:
                out.append("\n")
            elif tag in _ODF_PARAGRAPHS:  # a paragraph in a note or a frame inside this one
                nested = []
                inline(child, nested)
                out.append("\n" + "".join(nested) + "\n")
            else:
                inline(child, out)
            if child.tail:
                out.append(child.tail)

    def walk(element):
        for child in element:
            if child.tag in _ODF_SKIP:
                continue
            if child.tag in _ODF_PARAGRAPHS:
                out = []
                inline(child, out)
                paragraphs.append("".join(out))
            else:
                walk(child)

    body = root.find(f"{{{OFFICE_NS}}}body")
    walk(body if body is not None else root)
    return "\n".join(paragraphs)
