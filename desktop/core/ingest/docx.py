"""Word .docx to blocks: one block per paragraph, headings by style or by shape."""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Callable
from statistics import median
from typing import cast

import docx
from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.styles.style import ParagraphStyle
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from desktop.core.ingest.blocks import Block, Extracted, Unreadable
from desktop.core.ingest.limits import active, check_count, check_zip
from desktop.core.ingest.meta import clean_title
from desktop.core.ingest.repair import HEADLINE, headline_shaped

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_INDENT = " \t\u3000\u00a0"
_PYTHON_DOCX_TEMPLATE_DATE = "2013-12-23"


class DocxUnreadable(Unreadable):
    pass


def read_docx(data: bytes) -> Extracted:
    document = _open(data)
    paragraphs = _body_paragraphs(document)
    check_count(len(paragraphs), active().paragraphs, "import.too_many_paragraphs")
    style_of = _styles(document)
    sizes = [
        s for p in paragraphs if (s := _font_size(p, style_of(p))) and len(p.text.strip()) > 40
    ]
    body_size = median(sizes) if sizes else None
    blocks: list[Block] = []
    gap = 0
    for paragraph in paragraphs:
        raw = paragraph.text
        text = raw.strip(_INDENT + "\n")
        if not text:
            gap += 1
            continue
        blocks.append(
            Block(
                text,
                gap_before=gap,
                indented=raw[:1] in _INDENT,
                whole=True,
                level=_heading_level(paragraph, style_of(paragraph), text, body_size),
            )
        )
        gap = 0
    properties = document.core_properties
    created = properties.created.date().isoformat() if properties.created else None
    if created == _PYTHON_DOCX_TEMPLATE_DATE:
        created = None  # every file python-docx makes carries its template's date: it says nothing
    return Extracted(blocks, "docx", title=clean_title(properties.title), meta_date=created)


def _open(data: bytes) -> Document:
    if data.startswith(_OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise DocxUnreadable("docx.password")
        raise DocxUnreadable("docx.old_word")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocxUnreadable("docx.not_docx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise DocxUnreadable("docx.damaged") from exc
    with archive:
        check_zip(archive)  # from its directory, before python-docx unpacks every part
        _check_paragraphs(archive)
    try:
        return docx.Document(io.BytesIO(data))
    except etree.XMLSyntaxError as exc:
        code = getattr(exc, "code", None)
        if code == etree.ErrorTypes.ERR_NO_MEMORY:  # libxml2 says so in a syntax error
            raise MemoryError from exc
        if code == etree.ErrorTypes.ERR_RESOURCE_LIMIT:  # its limits: 256 deep, 10 MB of text
            raise Unreadable("import.too_complex") from exc
        raise DocxUnreadable("docx.damaged") from exc
    except (
        PackageNotFoundError,
        KeyError,
        zipfile.BadZipFile,
        ValueError,
    ) as exc:
        raise DocxUnreadable("docx.damaged") from exc


_PARAGRAPH_TAG = re.compile(rb"<w:p[\s>/]")


def _check_paragraphs(archive: zipfile.ZipFile) -> None:
    """Refuse a document of too many paragraphs by counting them in its XML as it unpacks:
    parsed, 500,000 paragraphs took the reader 400 MB before they could be counted. (A document
    stored elsewhere, or spelt with another prefix than w:, is counted once parsed instead.)"""
    count, tail = 0, b""
    try:
        with archive.open("word/document.xml") as part:
            while chunk := part.read(1024 * 1024):
                # the tail (shorter than a tag) carries a tag cut in two, and never counts twice
                count += len(_PARAGRAPH_TAG.findall(tail + chunk))
                tail = chunk[-4:]
    except KeyError:
        return  # python-docx says what is missing
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
        raise DocxUnreadable("docx.damaged") from exc
    check_count(count, active().paragraphs, "import.too_many_paragraphs")


def _body_paragraphs(document: Document) -> list[WordParagraph]:
    """Paragraphs in reading order, those inside tables included."""
    out: list[WordParagraph] = []
    body = document.element.body
    for element in body.iter("{*}p"):
        out.append(WordParagraph(element, document))
    return out


def _styles(document: Document) -> Callable[[WordParagraph], ParagraphStyle | None]:
    """`paragraph.style`, looked up once per style: python-docx searches the styles part on every
    call, which was most of the time a long document took to read."""
    found: dict[str | None, ParagraphStyle | None] = {}
    part = document.part

    def style_of(paragraph: WordParagraph) -> ParagraphStyle | None:
        style_id = paragraph._p.style
        if style_id not in found:
            found[style_id] = cast(
                ParagraphStyle, part.get_style(style_id, WD_STYLE_TYPE.PARAGRAPH)
            )
        return found[style_id]

    return style_of


def _font_size(paragraph: WordParagraph, style: ParagraphStyle | None) -> float | None:
    sizes = [
        run.font.size.pt for run in paragraph.runs if run.font.size is not None and run.text.strip()
    ]
    if sizes:
        return max(sizes)
    while style is not None:
        if style.font is not None and style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return None


def _heading_level(
    paragraph: WordParagraph, style: ParagraphStyle | None, text: str, body_size: float | None
) -> int:
    """Title → 1, Heading N / 标题 N / outline level N → N + 1: a document title stands above its articles."""
    name = (style.name if style is not None else "") or ""
    lowered = name.lower()
    if lowered in ("title", "标题"):
        return 1
    for prefix in ("heading ", "标题 ", "标题"):
        if lowered.startswith(prefix) and lowered[len(prefix) :].strip().isdigit():
            return int(lowered[len(prefix) :].strip()) + 1
    outline = paragraph._p.find(".//{*}outlineLvl")
    if outline is not None:
        value = outline.get("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}val")
        if value is not None and value.isdigit() and int(value) < 8:
            return int(value) + 2
    if not headline_shaped(text):
        return 0
    runs = [run for run in paragraph.runs if run.text.strip()]
    bold = bool(runs) and all(run.bold for run in runs)
    size = _font_size(paragraph, style)
    larger = body_size is not None and size is not None and size >= body_size * 1.15
    return HEADLINE if (bold or larger) else 0
