"""OFD (GB/T 33190, the format of Chinese e-government documents) to layout lines.

An OFD file is a zip of XML parts: `OFD.xml` names each document's root (`DocBody/DocRoot`,
usually `Doc_0/Document.xml`) and its metadata (`DocInfo`: Title, CreationDate); the document
lists its pages in order (`Pages/Page@BaseLoc`), and each page's `Content.xml` draws text as
`TextObject`s (a `Boundary` "x y w h" on the page, millimetres, y down) holding `TextCode`s
(the text, its start `X Y` inside the boundary, and `DeltaX` the advance after each glyph).

Nothing in the file says where a line or a paragraph is: the text is placed glyph by glyph, as
in a PDF. So the lines are rebuilt from positions (runs on one baseline, side by side, make a
line) and each line becomes a `Block` as the PDF reader makes them: indented when it starts
about two characters right of the page's margin (the first line of a paragraph), with the blank
lines before it counted from the baselines; repair (repair.py) then joins lines into paragraphs,
across page breaks too. A line of larger type than the body that is shaped like a headline is
marked as one, as the Word reader does with its font sizes.

Encryption (GM/T 0099: `Encryptions.xml` beside `OFD.xml`) and a document's `Permissions` that
forbid taking its text out (`Export` false, or a `ValidPeriod` that is over or not yet begun)
are refused with `ofd.encrypted`: the text of such a file is not ours to copy.

Not read: templates (`Template`: the page furniture repeated on every page, page numbers,
header rules), annotations, attachments and versions. The parser resolves no entities and
fetches nothing; the zip is checked against the limits (limits.py) before anything is unpacked.
"""

from __future__ import annotations

import io
import math
import posixpath
import re
import unicodedata
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from statistics import median

from lxml import etree

from desktop.core.ingest.blocks import Block, Extracted, Unreadable
from desktop.core.ingest.limits import active, check_count, check_zip
from desktop.core.ingest.meta import clean_title
from desktop.core.ingest.repair import HEADLINE, headline_shaped

# 1, - 1 -, — 2 —, 第3页, 3/12: a page number, alone on the first or last line of a page
_PAGE_NUMBER = re.compile(r"^[-—–－\s]*(第\s*)?\d{1,4}(\s*页)?[-—–－\s]*$|^\d+\s*/\s*\d+$")
_INDENT = " \t\u3000\u00a0"
_DATE = re.compile(r"^\s*((?:19|20)\d{2})-(\d{2})-(\d{2})")


class OfdUnreadable(Unreadable):
    pass


def read_ofd(data: bytes) -> Extracted:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise OfdUnreadable("ofd.damaged", detail="not a zip archive")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise OfdUnreadable("ofd.damaged", detail=f"zip: {exc}") from None
    with archive:
        check_zip(archive)  # from its directory, before any part is unpacked
        try:
            return _Package(archive).read()
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise OfdUnreadable("ofd.damaged", detail=f"zip: {exc}") from None


@dataclass
class _Run:
    """Text drawn on one baseline from one start: a TextCode, or a part of one."""

    text: str
    x0: float
    x1: float
    y: float
    size: float


@dataclass
class _Line:
    runs: list[_Run] = field(default_factory=list)
    y: float = 0.0
    x0: float = math.inf
    x1: float = -math.inf
    size: float = 0.0
    text: str = ""

    def add(self, run: _Run) -> None:
        if not self.runs:
            self.y = run.y
        self.runs.append(run)
        self.x0, self.x1 = min(self.x0, run.x0), max(self.x1, run.x1)
        self.size = max(self.size, run.size)


class _Package:
    def __init__(self, archive: zipfile.ZipFile) -> None:
        self.archive = archive
        self.names = {info.filename: info for info in archive.infolist() if not info.is_dir()}
        self.folded = {name.lower(): name for name in self.names}
        self.parser = etree.XMLParser(
            resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False
        )

    # the package

    def read(self) -> Extracted:
        if "encryptions.xml" in self.folded:
            raise OfdUnreadable("ofd.encrypted")  # GM/T 0099: its parts are SM4-encrypted
        entry = self._find("OFD.xml")
        if entry is None:
            raise OfdUnreadable("ofd.damaged", detail="no OFD.xml: not an OFD document")
        root = self._xml(entry)
        if _local(root) != "OFD":
            raise OfdUnreadable("ofd.damaged", detail=f"{entry}: not an OFD entry file")
        bodies = _children(root, "DocBody")
        title = created = None
        documents: list[tuple[str, etree._Element]] = []
        for body in bodies:
            info = _child(body, "DocInfo")
            if info is not None:
                title = title or clean_title(_text(info, "Title"))
                created = created or _date(_text(info, "CreationDate"))
            location = _text(body, "DocRoot")
            if not location:
                continue
            name = self._resolve("", location)
            document = self._xml(name)
            self._check_permissions(document)
            documents.append((name, document))
        if not documents:
            raise OfdUnreadable("ofd.damaged", detail="OFD.xml names no document (DocRoot)")
        pages: list[str] = []
        for name, document in documents:
            listing = _child(document, "Pages")
            for page in _children(listing, "Page") if listing is not None else []:
                base = page.get("BaseLoc")
                if base:
                    pages.append(self._resolve(posixpath.dirname(name), base))
        check_count(len(pages), active().pdf_pages, "import.too_many_pages")
        lines = [self._page_lines(name) for name in pages]
        return Extracted(_blocks(lines), "ofd", title=title, meta_date=created)

    def _check_permissions(self, document: etree._Element) -> None:
        """Refuse a document whose permissions forbid taking its text out (GB/T 33190 §7.5)."""
        permissions = _child(document, "Permissions")
        if permissions is None:
            return
        if _text(permissions, "Export").lower() == "false":
            raise OfdUnreadable("ofd.encrypted")
        period = _child(permissions, "ValidPeriod")
        if period is not None:
            now = datetime.now(UTC).replace(tzinfo=None).isoformat()
            start, end = period.get("StartDate") or "", period.get("EndDate") or ""
            if (start and now < start.strip()[:19]) or (end and now > end.strip()[:19]):
                raise OfdUnreadable("ofd.encrypted")

    # parts

    def _find(self, name: str) -> str | None:
        name = posixpath.normpath(name).lstrip("/")
        if name in self.names:
            return name
        return self.folded.get(name.lower())

    def _resolve(self, base: str, location: str) -> str:
        """A location as the standard writes it: from the package root if it begins with /,
        else from the folder of the part that names it."""
        location = location.strip().replace("\\", "/")
        joined = location if location.startswith("/") else posixpath.join(base, location)
        found = self._find(joined)
        if found is None:
            raise OfdUnreadable("ofd.damaged", detail=f"{location} is missing")
        return found

    def _xml(self, name: str) -> etree._Element:
        try:
            root = etree.fromstring(self.archive.read(name), self.parser)
        except etree.XMLSyntaxError as exc:
            code = getattr(exc, "code", None)
            if code == etree.ErrorTypes.ERR_NO_MEMORY:
                raise MemoryError from exc
            if code == etree.ErrorTypes.ERR_RESOURCE_LIMIT:
                raise Unreadable("import.too_complex") from exc
            raise OfdUnreadable("ofd.damaged", detail=f"{name}: {exc}") from None
        except KeyError:
            raise OfdUnreadable("ofd.damaged", detail=f"{name} is missing") from None
        if root is None:
            raise OfdUnreadable("ofd.damaged", detail=f"{name} is empty")
        return root

    # a page

    def _page_lines(self, name: str) -> list[_Line]:
        if self.names[name].file_size > active().page_content:
            raise Unreadable("import.too_complex")  # a page that draws megabytes
        page = self._xml(name)
        lines: list[_Line] = []
        for element in page.iter():
            if isinstance(element.tag, str) and _local(element) == "TextObject":
                for run in _runs(element):
                    _place(run, lines)
        if _scrambled(lines):
            lines.sort(key=lambda line: (round(line.y, 1), line.x0))
        for line in lines:
            line.text = unicodedata.normalize("NFC", _joined(line.runs))
        return [line for line in lines if line.text.strip(_INDENT)]


# XML, with or without the ofd: prefix


def _local(element: etree._Element) -> str:
    return etree.QName(element).localname if isinstance(element.tag, str) else ""


def _children(element: etree._Element, name: str) -> list[etree._Element]:
    return [child for child in element if _local(child) == name]


def _child(element: etree._Element, name: str) -> etree._Element | None:
    return next(iter(_children(element, name)), None)


def _text(element: etree._Element, name: str) -> str:
    child = _child(element, name)
    return (child.text or "").strip() if child is not None else ""


def _date(value: str) -> str | None:
    match = _DATE.match(value)
    if not match:
        return None
    try:
        year, month, day = map(int, match.groups())
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _numbers(value: str | None) -> list[float]:
    out: list[float] = []
    for token in (value or "").split():
        try:
            number = float(token)
        except ValueError:
            continue
        if math.isfinite(number):
            out.append(number)
    return out


def _deltas(value: str | None, wanted: int) -> list[float]:
    """DeltaX/DeltaY: advances, `g N D` standing for N advances of D (the first `wanted`)."""
    tokens = (value or "").split()
    out: list[float] = []
    index = 0
    while index < len(tokens) and len(out) < wanted:
        if tokens[index] == "g" and index + 2 < len(tokens):
            count, step = _numbers(tokens[index + 1]), _numbers(tokens[index + 2])
            if count and step:
                out.extend([step[0]] * max(0, min(int(count[0]), wanted - len(out))))
            index += 3
            continue
        out.extend(_numbers(tokens[index]))
        index += 1
    return out


# glyphs to runs to lines


def _wide(char: str) -> bool:
    return unicodedata.east_asian_width(char) in ("W", "F")


def _advance(char: str, size: float) -> float:
    return size if _wide(char) else size * 0.5


def _runs(text_object: etree._Element) -> list[_Run]:
    """The runs of a TextObject, placed on the page: Boundary origin + CTM (X, Y)."""
    box = _numbers(text_object.get("Boundary")) + [0.0, 0.0]
    left, top = box[0], box[1]
    ctm = _numbers(text_object.get("CTM"))
    a, b, c, d, e, f = ctm if len(ctm) == 6 else (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)
    scale = math.sqrt(abs(a * d - b * c)) or 1.0
    own = (_numbers(text_object.get("Size")) or [0.0])[0] or 3.5  # in the object's units
    size = own * scale  # on the page

    def placed(x: float, y: float) -> tuple[float, float]:
        return left + a * x + c * y + e, top + b * x + d * y + f

    runs: list[_Run] = []
    x = y = 0.0
    for code in text_object:
        if _local(code) != "TextCode":
            continue
        text = code.text or ""
        x = (_numbers(code.get("X")) or [x])[0]
        y = (_numbers(code.get("Y")) or [y])[0]
        delta_x = _deltas(code.get("DeltaX"), len(text))
        delta_y = _deltas(code.get("DeltaY"), len(text))
        if not text:
            continue
        if any(delta_y) and not any(delta_x):  # vertical writing: the run is read as one piece
            px, py = placed(x, y)
            runs.append(_Run(text, px, px + size, py, size))
            y += sum(delta_y[: len(text)])
            continue
        chars: list[str] = []
        start = x
        step = 0.0
        for index, char in enumerate(text):
            # Latin words set apart by their advances rather than by a space glyph
            if (
                chars
                and char != " "
                and chars[-1] != " "
                and not _wide(char)
                and not _wide(chars[-1])
                and step > own * 1.1
            ):
                chars.append(" ")
            chars.append(char)
            step = delta_x[index] if index < len(delta_x) else _advance(char, own)
            if index < len(text) - 1:
                x += step
        end = x + _advance(text[-1], own)
        (x0, baseline), (x1, _) = placed(start, y), placed(end, y)
        runs.append(_Run("".join(chars), min(x0, x1), max(x0, x1), baseline, size))
        x = end
    return runs


def _place(run: _Run, lines: list[_Line]) -> None:
    """Put `run` on the line it continues (same baseline, beside it), or start a line."""
    for line in reversed(lines[-8:]):
        size = max(line.size, run.size)
        if abs(line.y - run.y) > size * 0.35:
            continue
        if run.x0 - line.x1 > size * 4 or line.x0 - run.x1 > size * 4:
            continue  # a column further along the same baseline is not this line
        if any(r.text == run.text and abs(r.x0 - run.x0) < size * 0.3 for r in line.runs[-4:]):
            return  # drawn twice, a hair apart, to look bold
        line.add(run)
        return
    line = _Line()
    line.add(run)
    lines.append(line)


def _scrambled(lines: list[_Line]) -> bool:
    """Lines drawn out of reading order (up the page often, not once per column)."""
    ups = sum(1 for first, second in zip(lines, lines[1:], strict=False) if second.y < first.y)
    return len(lines) > 3 and ups > len(lines) // 3


def _joined(runs: list[_Run]) -> str:
    ordered = sorted(runs, key=lambda run: run.x0)
    parts: list[str] = []
    previous: _Run | None = None
    for run in ordered:
        if previous is not None and previous.text and run.text:
            gap = run.x0 - previous.x1
            size = max(previous.size, run.size)
            left, right = previous.text[-1], run.text[0]
            latin = not (_wide(left) and _wide(right))
            if " " not in (left, right) and ((latin and gap > size * 0.2) or gap > size * 2):
                parts.append(" ")
        parts.append(run.text)
        previous = run
    return "".join(parts)


# lines to blocks


def _margin(values: list[float], tolerance: float) -> float:
    """The left margin: the leftmost start that many lines share (within `tolerance`), not a
    stray line further out, nor the indent where most lines of a page begin paragraphs."""
    ordered = sorted(values)
    counts: list[int] = []
    end = 0
    for index, value in enumerate(ordered):
        end = max(end, index)
        while end + 1 < len(ordered) and ordered[end + 1] - value <= tolerance:
            end += 1
        counts.append(end - index + 1)
    if not counts:
        return 0.0
    enough = max(2, max(counts) // 4) if len(ordered) > 2 else 1
    return next(value for value, count in zip(ordered, counts, strict=True) if count >= enough)


def _blocks(pages: list[list[_Line]]) -> list[Block]:
    every = [line for page in pages for line in page]
    if not every:
        return []
    body_size = median(line.size for line in every for _ in line.text) or 1.0
    steps = [
        second.y - first.y
        for page in pages
        for first, second in zip(page, page[1:], strict=False)
        if 0 < second.y - first.y and abs(second.size - body_size) < body_size * 0.1
    ]
    pitch = median(steps) if steps else body_size * 1.5
    sized = [line for line in every if abs(line.size - body_size) < body_size * 0.1] or every
    document_margin = _margin([line.x0 for line in sized], body_size * 0.3)
    blocks: list[Block] = []
    for page in pages:
        page = [
            line
            for index, line in enumerate(page)
            if not ((index == 0 or index == len(page) - 1) and _PAGE_NUMBER.match(line.text))
        ]
        if not page:
            continue
        body = [line for line in page if abs(line.size - body_size) < body_size * 0.1] or page
        margin = _margin([line.x0 for line in body], body_size * 0.3)
        if body_size * 1.2 <= margin - document_margin <= body_size * 4.5:
            margin = document_margin  # a page of one-line paragraphs: all of them indented
        previous: _Line | None = None
        for line in page:
            text = line.text.strip(_INDENT)
            offset = line.x0 - margin
            # the first line of a paragraph starts about two characters in; a line further
            # in is centred or set right (a title, a signature), not a paragraph's start
            indented = line.size * 1.2 <= offset <= line.size * 4.5 or line.text[0] in _INDENT
            gap = 0  # at the top of a page: a page break is not a paragraph break
            if previous is not None and line.y > previous.y:
                gap = max(0, int((line.y - previous.y) / pitch - 0.5))
            larger = line.size >= body_size * 1.15
            level = HEADLINE if larger and headline_shaped(text) else 0
            blocks.append(Block(text, gap if blocks else 0, indented, level=level))
            previous = line
    return blocks
