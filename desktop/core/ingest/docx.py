"""Word .docx to blocks: one block per paragraph, headings by style or by shape."""

from __future__ import annotations

import io
import zipfile
from statistics import median

import docx
from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.text.paragraph import Paragraph as WordParagraph
from lxml import etree

from desktop.core.ingest.blocks import Block, Extracted, Unreadable
from desktop.core.ingest.meta import clean_title
from desktop.core.ingest.repair import HEADLINE, headline_shaped

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_INDENT = " \t\u3000\u00a0"
_PYTHON_DOCX_TEMPLATE_DATE = "2013-12-23"


class DocxUnreadable(Unreadable):
    pass


def read_docx(data: bytes) -> Extracted:
    document = _open(data)
    paragraphs = [p for p in _body_paragraphs(document)]
    sizes = [s for p in paragraphs if (s := _font_size(p)) and len(p.text.strip()) > 40]
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
                level=_heading_level(paragraph, text, body_size),
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
        return docx.Document(io.BytesIO(data))
    except (
        PackageNotFoundError,
        KeyError,
        zipfile.BadZipFile,
        etree.XMLSyntaxError,
        ValueError,
    ) as exc:
        raise DocxUnreadable("docx.damaged") from exc


def _body_paragraphs(document: Document) -> list[WordParagraph]:
    """Paragraphs in reading order, those inside tables included."""
    out: list[WordParagraph] = []
    body = document.element.body
    for element in body.iter("{*}p"):
        out.append(WordParagraph(element, document))
    return out


def _font_size(paragraph: WordParagraph) -> float | None:
    sizes = [
        run.font.size.pt for run in paragraph.runs if run.font.size is not None and run.text.strip()
    ]
    if sizes:
        return max(sizes)
    style = paragraph.style
    while style is not None:
        if style.font is not None and style.font.size is not None:
            return style.font.size.pt
        style = style.base_style
    return None


def _heading_level(paragraph: WordParagraph, text: str, body_size: float | None) -> int:
    """Title → 1, Heading N / 标题 N / outline level N → N + 1: a document title stands above its articles."""
    name = (paragraph.style.name if paragraph.style is not None else "") or ""
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
    size = _font_size(paragraph)
    larger = body_size is not None and size is not None and size >= body_size * 1.15
    return HEADLINE if (bold or larger) else 0
