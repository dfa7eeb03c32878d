"""PDF to layout lines: from its text layer (pypdf), or from its pictures for scanned pages.

pypdf, not pypdfium2, reads the text layer. pypdfium2 extracts text about seven times faster
(measured on the sample PDF repeated to 300 pages: 2 ms a page against 15-18 ms), but what it
gives loses what the paragraphs are made from: an indented first line starts with one space, as
does a line with none, and it puts spaces around numbers (`27 日`), so the sample came out as
20 paragraphs where the Word file of the same article has 16; pypdf's text gives exactly those.

A page without text that is a picture (a scan) is read by text recognition (ocr.py, the optional
extra `ocr`); its text then takes the same way as a text layer's. Without the extra, a PDF that
has no text anywhere but scanned pages is refused with what to install (`pdf.ocr_missing`); a
PDF with text elsewhere is read without its scanned pages, as before. A page that has neither
text nor pictures is blank: a PDF of nothing else is refused (`pdf.no_text`).
"""

from __future__ import annotations

import io
import logging
import re
import unicodedata
from collections.abc import Mapping

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError
from pypdf.generic import DictionaryObject

from desktop.core.ingest.blocks import Block, Extracted, Unreadable, split_layout_lines
from desktop.core.ingest.limits import active, check_count
from desktop.core.ingest.meta import clean_title

logging.getLogger("pypdf").setLevel(logging.ERROR)

_PAGE_NUMBER = re.compile(r"^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?[-—–\s]*$|^\d+\s*/\s*\d+$")


class PdfUnreadable(Unreadable):
    pass


def read_pdf(data: bytes) -> Extracted:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise PdfUnreadable("pdf.password")
        pages = _page_texts(reader)
        pictures = [
            i for i, text in enumerate(pages) if not text.strip() and _has_picture(reader, i)
        ]
        metadata: Mapping[str, object] = reader.metadata or {}
        title = clean_title(str(metadata.get("/Title") or "")) if metadata else None
        created = _pdf_date(str(metadata.get("/CreationDate") or "")) if metadata else None
    except FileNotDecryptedError as exc:
        raise PdfUnreadable("pdf.password") from exc
    except Unreadable:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise PdfUnreadable("pdf.damaged") from exc
    if pictures:
        pages = _recognised(data, pages, pictures)
    blocks: list[Block] = []
    for page_text in pages:
        lines = [b for b in split_layout_lines(page_text) if not _PAGE_NUMBER.match(b.text)]
        if blocks and lines:
            # a page break is not a paragraph break: the first line keeps its own indentation
            lines[0] = Block(lines[0].text, 0, lines[0].indented)
        blocks.extend(lines)
    if not any(b.text.strip() for b in blocks):
        raise PdfUnreadable("pdf.no_text")
    return Extracted(blocks, "pdf", title=title, meta_date=created)


def _page_texts(reader: PdfReader) -> list[str]:
    """The text of every page; a PDF of more pages than a bulletin can have is refused before
    any is read, by the count its page tree declares, or else when the pages run past it."""
    limit = active().pdf_pages
    declared = _declared_pages(reader)
    if declared is not None:
        check_count(declared, limit, "import.too_many_pages")
    texts: list[str] = []
    for page in reader.pages:
        check_count(len(texts) + 1, limit, "import.too_many_pages")
        contents = page.get_contents()
        if contents is not None and len(contents.get_data()) > active().page_content:
            raise Unreadable("import.too_complex")  # a page that draws megabytes: minutes to read
        texts.append(unicodedata.normalize("NFC", fix_radicals(page.extract_text() or "")))
    return texts


def _recognised(data: bytes, pages: list[str], pictures: list[int]) -> list[str]:
    """`pages` with the text of its scanned ones (of the `pictures` pages) recognised."""
    from desktop.core.ingest import ocr

    has_text = any(text.strip() for text in pages)
    try:
        ocr.available()
    except Unreadable:
        if has_text:  # a page of pictures in a PDF of text: its text is read, as before
            return pages
        raise
    scans = ocr.scanned_pages(data, pictures)
    if not scans:
        return pages
    recognised = ocr.recognise(data, scans)
    out = list(pages)
    for index, text in recognised.items():
        out[index] = unicodedata.normalize("NFC", text)
    if not has_text and not any(text.strip() for text in recognised.values()):
        raise PdfUnreadable("pdf.ocr_nothing", page=scans[0] + 1)
    return out


def _has_picture(reader: PdfReader, index: int) -> bool:
    """Whether page `index` draws a picture (an image, or a form that holds one): one that has
    no text may be a scan. Only its resources are looked at, nothing is decoded."""
    try:
        resources = reader.pages[index].get("/Resources")
        return _pictures_in(resources.get_object() if resources is not None else None, 0)
    except (KeyError, TypeError, AttributeError, ValueError, PdfReadError):
        return False


def _pictures_in(resources: object, depth: int) -> bool:
    if not isinstance(resources, DictionaryObject) or depth > 4:
        return False
    objects = resources.get("/XObject")
    objects = objects.get_object() if objects is not None else None
    if not isinstance(objects, DictionaryObject):
        return False
    for reference in list(objects.values())[:100]:
        drawn = reference.get_object()
        if not isinstance(drawn, DictionaryObject):
            continue
        kind = drawn.get("/Subtype")
        if kind == "/Image":
            return True
        if kind == "/Form":
            inner = drawn.get("/Resources")
            if _pictures_in(inner.get_object() if inner is not None else None, depth + 1):
                return True
    return False


def _declared_pages(reader: PdfReader) -> int | None:
    """/Root /Pages /Count: one lookup, where counting the pages walks the whole page tree."""
    try:
        tree = reader.root_object.get("/Pages")
        tree = tree.get_object() if tree is not None else None
        count = tree.get("/Count") if isinstance(tree, DictionaryObject) else None
    except (KeyError, TypeError, AttributeError, ValueError, PdfReadError):
        return None
    return int(count) if isinstance(count, int) else None


# CJK Radicals Supplement forms that PDF producers emit for ordinary characters; the Kangxi radicals
# (U+2F00–U+2FD5) map back through NFKC, these have no compatibility mapping and need the table
_RADICAL_SUPPLEMENT = str.maketrans(
    {
        "\u2ea0": "民",
        "\u2ed3": "长",
        "\u2ed4": "门",
        "\u2ec5": "见",
        "\u2edb": "风",
        "\u2ee2": "马",
        "\u2ecb": "车",
        "\u2edc": "飞",
        "\u2ed8": "青",
        "\u2edd": "食",
        "\u2ec9": "贝",
        "\u2eda": "页",
        "\u2ec4": "西",
        "\u2ec6": "角",
        "\u2eca": "足",
        "\u2ed9": "韦",
        "\u2ee4": "鬼",
        "\u2ee5": "鱼",
        "\u2ee6": "鸟",
        "\u2e9f": "母",
        "\u2ee1": "首",
        "\u2ee8": "麦",
        "\u2ee9": "黄",
        "\u2eec": "齐",
        "\u2eee": "齿",
        "\u2ef0": "龙",
        "\u2ef3": "龟",
        "\u2ee3": "骨",
        "\u2e81": "厂",
    }
)
_KANGXI = re.compile("[\u2f00-\u2fd5]")


def fix_radicals(text: str) -> str:
    """⼤⽣⺠ → 大生民: some PDF writers map ideographs to look-alike radical code points."""
    text = _KANGXI.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    return text.translate(_RADICAL_SUPPLEMENT)


def _pdf_date(value: str) -> str | None:
    match = re.match(r"D:(\d{4})(\d{2})(\d{2})", value)
    return f"{match.group(1)}-{match.group(2)}-{match.group(3)}" if match else None
