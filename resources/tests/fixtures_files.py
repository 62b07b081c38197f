"""Real files for the extraction tests, built in code: PDF, DOCX, PPTX, ODT, ODP.

No document library is needed. The PDF is written by hand: one Type1 Helvetica font whose
single-byte codes carry a /ToUnicode map, so pages can hold Kazakh and Russian text that a
reader extracts exactly. The Office and OpenDocument files are zip archives with the parts
their formats require ([Content_Types].xml and relationships; mimetype first and stored, and a
manifest).
"""

import io
import struct
import zipfile
from xml.sax.saxutils import escape

# PDF --------------------------------------------------------------------------------------------


def _pdf_string(codes):
    out = bytearray(b"(")
    for code in codes:
        if code in b"()\\":
            out += b"\\" + bytes([code])
        elif 32 <= code < 127:
            out.append(code)
        else:
            out += b"\\%03o" % code
    return bytes(out + b")")


def _to_unicode_cmap(mapping):
    lines = [
        b"/CIDInit /ProcSet findresource begin 12 dict begin begincmap",
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
        b"/CMapName /Cabinet-UCS def /CMapType 2 def",
        b"1 begincodespacerange <00> <FF> endcodespacerange",
    ]
    items = sorted(mapping.items())
    for start in range(0, len(items), 100):
        chunk = items[start : start + 100]
        lines.append(b"%d beginbfchar" % len(chunk))
        lines += [b"<%02X> <%04X>" % (code, ord(char)) for code, char in chunk]
        lines.append(b"endbfchar")
    lines += [b"endcmap CMapName currentdict /CMap defineresource pop end end"]
    return b"\n".join(lines)


def make_pdf(pages, *, image_pages=()):
    """A PDF whose page i shows the lines of pages[i] (a string, lines split on "\\n").

    A page given as None has no text; pages whose index is in `image_pages` carry a small
    greyscale image, as a scan does.
    """
    mapping, codes_of = {}, {}
    next_code = 128

    def encode(text):
        nonlocal next_code
        codes = bytearray()
        for char in text:
            if 32 <= ord(char) < 127:
                codes.append(ord(char))
                continue
            if char not in codes_of:
                if next_code > 255:
                    raise ValueError("too many different non-ASCII characters for one simple font")
                codes_of[char], mapping[next_code] = next_code, char
                next_code += 1
            codes.append(codes_of[char])
        return bytes(codes)

    streams = []
    for index, text in enumerate(pages):
        ops = []
        if index in image_pages:
            ops.append(b"q 400 0 0 500 100 150 cm /Im1 Do Q")
        if text:
            ops.append(b"BT /F1 12 Tf 14 TL 72 740 Td")
            for line in text.split("\n"):
                ops.append(_pdf_string(encode(line)) + b" Tj T*")
            ops.append(b"ET")
        streams.append(b"\n".join(ops))
    ascii_map = {code: chr(code) for code in range(32, 127)}
    cmap = _to_unicode_cmap({**ascii_map, **mapping})

    objects = {}  # number -> bytes (the object's body)
    page_numbers = [6 + 2 * i for i in range(len(pages))]
    objects[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objects[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % n for n in page_numbers),
        len(pages),
    )
    objects[3] = (
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 32 /LastChar 255"
        b" /Widths [" + b" ".join([b"556"] * 224) + b"] /ToUnicode 4 0 R >>"
    )
    objects[4] = b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream"
    pixels = bytes((x * 16 + y * 7) % 256 for y in range(16) for x in range(16))
    objects[5] = (
        b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray"
        b" /BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
    )
    for number, stream in zip(page_numbers, streams, strict=True):
        objects[number] = (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
            b" /Resources << /Font << /F1 3 0 R >> /XObject << /Im1 5 0 R >> >> >>" % (number + 1)
        )
        objects[number + 1] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    xref_at = len(out)
    size = max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number]
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref_at)
    return bytes(out)


def encrypt_pdf(data, *, user_password="secret", owner_password="owner-secret"):
    """The same PDF encrypted by pypdf (RC4, which pypdf reads without a crypto library)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


# Zip-based formats --------------------------------------------------------------------------------


def _zip(parts, *, stored_first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        if stored_first:
            name, content = stored_first
            archive.writestr(zipfile.ZipInfo(name), content, compress_type=zipfile.ZIP_STORED)
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def _run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def docx_document_xml(paragraphs):
    """word/document.xml with one paragraph per item; an item may be a list of runs, and a
    "\\t" inside a run becomes a tab element."""
    body = []
    for paragraph in paragraphs:
        runs = paragraph if isinstance(paragraph, list) else [paragraph]
        xml = []
        for run in runs:
            pieces = run.split("\t")
            xml.append("<w:r><w:tab/></w:r>".join(_run(piece) for piece in pieces))
        body.append("<w:p>" + "".join(xml) + "</w:p>")
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        "<w:body>" + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )


def make_docx(paragraphs=None, *, document_xml=None):
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1"'
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
        ' Target="word/document.xml"/></Relationships>'
    )
    return _zip(
        {
            "[Content_Types].xml": content_types,
            "_rels/.rels": rels,
            "word/document.xml": document_xml if document_xml is not None else docx_document_xml(paragraphs),
        }
    )


def _slide_xml(paragraphs):
    shapes = []
    for index, text in enumerate(paragraphs, start=2):
        lines = "".join(f"<a:p><a:r><a:t>{escape(line)}</a:t></a:r></a:p>" for line in text.split("\n"))
        shapes.append(
            f'<p:sp><p:nvSpPr><p:cNvPr id="{index}" name="Text {index}"/><p:cNvSpPr/><p:nvPr/></p:nvSpPr>'
            f"<p:spPr/><p:txBody><a:bodyPr/>{lines}</p:txBody></p:sp>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<p:sld xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        ' xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">'
        '<p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr>'
        "<p:grpSpPr/>" + "".join(shapes) + "</p:spTree></p:cSld></p:sld>"
    )


def make_pptx(slides, *, order=None):
    """A presentation: slides[i] (a list of text boxes) is stored as ppt/slides/slide{i+1}.xml;
    `order` lists the file numbers in the order the presentation shows them."""
    order = order or list(range(1, len(slides) + 1))
    slide_type = "application/vnd.openxmlformats-officedocument.presentationml.slide+xml"
    overrides = "".join(
        f'<Override PartName="/ppt/slides/slide{n}.xml" ContentType="{slide_type}"/>'
        for n in range(1, len(slides) + 1)
    )
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/ppt/presentation.xml"'
        ' ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/>'
        + overrides
        + "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1"'
        ' Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"'
        ' Target="ppt/presentation.xml"/></Relationships>'
    )
    slide_rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/slide"
    presentation_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="rId{n + 10}" Type="{slide_rel}" Target="slides/slide{n}.xml"/>'
            for n in range(1, len(slides) + 1)
        )
        + "</Relationships>"
    )
    presentation = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<p:presentation xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
        ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        ' xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:sldIdLst>'
        + "".join(f'<p:sldId id="{255 + i}" r:id="rId{n + 10}"/>' for i, n in enumerate(order, start=1))
        + '</p:sldIdLst><p:sldSz cx="9144000" cy="6858000"/><p:notesSz cx="6858000" cy="9144000"/>'
        "</p:presentation>"
    )
    parts = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": rels,
        "ppt/presentation.xml": presentation,
        "ppt/_rels/presentation.xml.rels": presentation_rels,
    }
    for number, boxes in enumerate(slides, start=1):
        parts[f"ppt/slides/slide{number}.xml"] = _slide_xml(boxes)
    return _zip(parts)


ODF_NAMESPACES = (
    ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    ' xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"'
    ' xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0"'
    ' xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"'
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
)


def _odf(mimetype, body_xml):
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"'
        ' manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<office:document-content{ODF_NAMESPACES} office:version="1.2"><office:body>'
        + body_xml
        + "</office:body></office:document-content>"
    )
    return _zip({"META-INF/manifest.xml": manifest, "content.xml": content}, stored_first=("mimetype", mimetype))


def make_odt(body_xml):
    """A text document; `body_xml` is the inside of <office:text> (text:h, text:p, …)."""
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body_xml}</office:text>")


def make_odp(slides):
    """A presentation: one draw:page per item, each a list of text frames."""
    pages = []
    for number, frames in enumerate(slides, start=1):
        boxes = "".join(
            '<draw:frame svg:width="20cm" svg:height="3cm"><draw:text-box>'
            + "".join(f"<text:p>{escape(line)}</text:p>" for line in frame.split("\n"))
            + "</draw:text-box></draw:frame>"
            for frame in frames
        )
        pages.append(f'<draw:page draw:name="page{number}">{boxes}</draw:page>')
    return _odf(
        "application/vnd.oasis.opendocument.presentation",
        "<office:presentation>" + "".join(pages) + "</office:presentation>",
    )


# Hostile files ------------------------------------------------------------------------------------


def make_docx_bomb(unpacked_bytes):
    """A DOCX whose document.xml unpacks to `unpacked_bytes` bytes of one paragraph (it packs to
    about a thousandth of that)."""
    head = docx_document_xml(["x"]).split("<w:t", 1)[0]
    filler = "а" * (unpacked_bytes // 2)
    document_xml = head + f"<w:t>{filler}</w:t></w:r></w:p></w:body></w:document>"
    return make_docx(document_xml=document_xml)


def understate_sizes(data, member, declared):
    """The same archive with `member`'s uncompressed size declared as `declared` bytes (a lie)."""
    data = bytearray(data)
    name = member.encode()
    # Local file header: signature, ..., uncompressed size at offset 22, name length at 26.
    local = data.find(b"PK\x03\x04")
    while local >= 0:
        name_length = struct.unpack_from("<H", data, local + 26)[0]
        if bytes(data[local + 30 : local + 30 + name_length]) == name:
            struct.pack_into("<I", data, local + 22, declared)
        local = data.find(b"PK\x03\x04", local + 4)
    # Central directory header: uncompressed size at offset 24, name length at 28, name at 46.
    central = data.find(b"PK\x01\x02")
    while central >= 0:
        name_length = struct.unpack_from("<H", data, central + 28)[0]
        if bytes(data[central + 46 : central + 46 + name_length]) == name:
            struct.pack_into("<I", data, central + 24, declared)
        central = data.find(b"PK\x01\x02", central + 4)
    return bytes(data)


def make_xml_entity_docx():
    """A DOCX whose document.xml declares entities (the "billion laughs" shape, kept small)."""
    document_xml = (
        '<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&b;</w:t></w:r></w:p></w:body></w:document>"
    )
    return make_docx(document_xml=document_xml)
