"""Text recognition for scanned PDF pages: a page drawn as a picture, with no text layer.

The optional extra `ocr` (pyproject.toml) brings it, offline: pypdfium2 renders the page at
150 dpi (in grey, at most `MAX_PIXELS`), and rapidocr finds the lines of text on it and reads
them with the detection and recognition models its wheel carries (PP-OCRv6, about 30 MB), run
by onnxruntime; nothing is fetched. Measured here (2 cores): 3-4 s a page, 0.8 GB resident.
It runs in the reader process (cage.py), whose address-space limit it raises for that file
(`Limits.ocr_memory`), and it reports each page done, which gives the next page its own time
(`Limits.ocr_page_seconds`).

What it gives is what pypdf gives for a page with a text layer: the page's lines, top to bottom,
each a line of text, with the first line of a paragraph indented (two ideographic spaces) when it
starts about two characters right of the page's left margin, and a blank line where the lines
are further apart than usual. So the text recognised goes through the same steps as any PDF
text (pdf.py, then repair.py): page numbers dropped, lines joined into paragraphs.
"""

from __future__ import annotations

import importlib
import math
import os
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median
from typing import Any

from desktop.core.ingest.blocks import Unreadable
from desktop.core.ingest.cage import allow_memory, report_progress
from desktop.core.ingest.limits import active, check_count

DPI = 150
# an A4 page at 150 dpi is 2.2 million pixels; a larger page is rendered smaller, so that no page
# costs more memory than the one measured (limits.py)
MAX_PIXELS = 2_500_000
# a page whose pictures cover less than this share of it is a page of photos, not a scan
SCANNED_SHARE = 0.3
INDENT = "\u3000\u3000"
# the extra's modules, imported when a scan is read (untyped: used through `Any`)
_MODULES = ("onnxruntime", "pypdfium2", "rapidocr")
# the recogniser reads some full-width marks as their ASCII look-alikes: `（新闻联播）：` comes out
# `(新闻联播):`. Beside a Chinese character they are the full-width ones (not in `10:30`, `(1)`)
_HALF_WIDTH = str.maketrans(
    {",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）"}
)
_HAN = "\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff"
_BESIDE_HAN = re.compile(f"(?<=[{_HAN}])[,:;?!()]|[,:;?!()](?=[{_HAN}])")


def install_hint() -> str:
    """What to install to read scanned PDFs, for the message `pdf.ocr_missing`."""
    if getattr(sys, "frozen", False):  # the packaged Yandu has no pip, and no recognition yet
        return "Yandu from source with its ocr extra (rapidocr, onnxruntime, pypdfium2)"
    return f"{sys.executable} -m pip install 'rapidocr>=3.10,<4' onnxruntime pypdfium2"


def available() -> None:
    """Raise Unreadable("pdf.ocr_missing") unless the extra `ocr` is installed."""
    allow_memory(active().ocr_memory)  # onnxruntime alone maps half a gigabyte
    try:
        for name in _MODULES:
            importlib.import_module(name)
    except (ImportError, OSError):  # OSError: a native library it needs is missing
        raise Unreadable("pdf.ocr_missing", install=install_hint()) from None


def scanned_pages(data: bytes, candidates: Sequence[int]) -> list[int]:
    """Those of the `candidates` (page indexes) that are scans: pictures cover most of them."""
    pdfium_c = importlib.import_module("pypdfium2.raw")

    found = []
    document = _opened(data)
    try:
        for index in candidates:
            page = document[index]
            width, height = page.get_size()
            covered = 0.0
            for picture in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=4):
                left, bottom, right, top = picture.get_bounds()
                covered += max(0.0, min(right, width) - max(left, 0.0)) * max(
                    0.0, min(top, height) - max(bottom, 0.0)
                )
            if width > 0 and height > 0 and covered >= SCANNED_SHARE * width * height:
                found.append(index)
            page.close()
    finally:
        document.close()
    return found


def recognise(data: bytes, pages: Sequence[int]) -> dict[int, str]:
    """The text of each of `pages` (indexes) of the PDF `data`, recognised, laid out as lines."""
    check_count(len(pages), active().ocr_pages, "import.too_many_pages")
    engine = _engine()
    report_progress(0, len(pages))  # the models are loaded: the first page has its own time
    texts: dict[int, str] = {}
    document = _opened(data)
    try:
        for done, index in enumerate(pages, 1):
            page = document[index]
            width, height = page.get_size()
            scale = DPI / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = math.sqrt(MAX_PIXELS / (width * height))
            bitmap = page.render(scale=scale, grayscale=True)
            image = bitmap.to_numpy().copy()
            bitmap.close()
            page.close()
            texts[index] = page_text(_boxes(engine, image))
            report_progress(done, len(pages))
    finally:
        document.close()
    return texts


def _opened(data: bytes) -> Any:
    """The PDF in pdfium, which reads it again after pypdf (its own way: it may not)."""
    pdfium = importlib.import_module("pypdfium2")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        raise Unreadable("pdf.damaged") from None


_ENGINE: Any = None


def _engine() -> Any:
    global _ENGINE
    if _ENGINE is None:
        rapidocr = importlib.import_module("rapidocr")
        _ENGINE = rapidocr.RapidOCR(
            params={
                "Global.log_level": "critical",
                # one line at a time: as fast here, and 0.25 GB less at the peak than six
                "Rec.rec_batch_num": 1,
                "EngineConfig.onnxruntime.intra_op_num_threads": min(4, os.cpu_count() or 1),
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
    return _ENGINE


@dataclass
class Box:
    """A piece of text found on the page: its text and its bounds, in pixels (y down)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def height(self) -> float:
        return self.y1 - self.y0


def _boxes(engine: Any, image: Any) -> list[Box]:
    try:
        result = engine(image)
    except Exception as exc:  # onnxruntime reports std::bad_alloc as its own RuntimeException
        if "bad_alloc" in str(exc) or "Insufficient memory" in str(exc):
            raise MemoryError from exc
        raise
    boxes, texts = getattr(result, "boxes", None), getattr(result, "txts", None)
    if boxes is None or texts is None:
        return []
    found = []
    for corners, text in zip(boxes, texts, strict=False):
        xs = [float(point[0]) for point in corners]
        ys = [float(point[1]) for point in corners]
        if str(text).strip():
            found.append(Box(str(text).strip(), min(xs), min(ys), max(xs), max(ys)))
    return found


@dataclass
class _Line:
    boxes: list[Box] = field(default_factory=list)

    @property
    def x0(self) -> float:
        return min(box.x0 for box in self.boxes)

    @property
    def middle(self) -> float:
        return median(box.middle for box in self.boxes)

    @property
    def height(self) -> float:
        return median(box.height for box in self.boxes)

    @property
    def text(self) -> str:
        ordered = sorted(self.boxes, key=lambda box: box.x0)
        parts: list[str] = []
        for previous, box in zip([None, *ordered], ordered, strict=False):
            if previous is not None and box.x0 - previous.x1 > 0.8 * box.height:
                parts.append(" ")  # a gap wider than a character: two pieces, not one word
            parts.append(box.text)
        return "".join(parts)


def lines_of(boxes: Sequence[Box]) -> list[_Line]:
    """Boxes to lines, top to bottom: a box belongs to the line whose middle its own is near."""
    lines: list[_Line] = []
    for box in sorted(boxes, key=lambda box: (box.middle, box.x0)):
        line = lines[-1] if lines else None
        if line is not None and abs(box.middle - line.middle) < 0.5 * min(box.height, line.height):
            line.boxes.append(box)
        else:
            lines.append(_Line([box]))
    return lines


def page_text(boxes: Sequence[Box]) -> str:
    """A page's boxes as its text: one line a line, a paragraph's first line indented."""
    lines = lines_of(boxes)
    if not lines:
        return ""
    texts = [line.text for line in lines]
    # the width of a character: a line's width over its characters, on the lines long enough
    widths = [
        (max(box.x1 for box in line.boxes) - line.x0) / len(text)
        for line, text in zip(lines, texts, strict=True)
        if len(text) >= 8
    ]
    char = median(widths) if widths else median(line.height for line in lines)
    margin = _margin([line.x0 for line in lines], char * 0.5)
    steps = [b.middle - a.middle for a, b in zip(lines, lines[1:], strict=False)]
    pitch = median(steps) if steps else char * 1.5
    out: list[str] = []
    for index, (line, text) in enumerate(zip(lines, texts, strict=True)):
        if index and pitch > 0:
            gap = int((line.middle - lines[index - 1].middle) / pitch - 0.5)
            out.extend([""] * max(0, gap))
        # the first line of a paragraph starts about two characters in; a line further in is
        # centred or set right (a title, a signature), not a paragraph's start (as ofd.py)
        indented = char * 1.2 <= line.x0 - margin <= char * 4.5
        out.append((INDENT if indented else "") + full_width(text))
    return "\n".join(out)


def full_width(text: str) -> str:
    """`text` with the ASCII marks beside Chinese characters made full-width, as set in print."""
    return _BESIDE_HAN.sub(lambda match: match.group().translate(_HALF_WIDTH), text)


def _margin(values: list[float], tolerance: float) -> float:
    """The left margin: the leftmost start that several lines share (within `tolerance`), not
    a stray line further out."""
    ordered = sorted(values)
    counts = [
        sum(1 for other in ordered[index:] if other - value <= tolerance)
        for index, value in enumerate(ordered)
    ]
    enough = max(2, max(counts) // 4) if len(ordered) > 2 else 1
    return next(
        (value for value, count in zip(ordered, counts, strict=True) if count >= enough),
        ordered[0],
    )
