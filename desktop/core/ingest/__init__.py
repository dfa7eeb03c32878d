"""A bulletin file to an `Issue`: check, decode, extract blocks, repair, segment, name and date it.

Nothing here touches the library; `store.issues.save_issue` does, in one transaction.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import ImportFailed
from desktop.core.ingest.blocks import Extracted, Unreadable
from desktop.core.ingest.meta import clean_title, date_from_name, date_from_text, document_title
from desktop.core.model import Issue

MAX_BYTES = 50 * 1024 * 1024


# The readers are imported when a file of their kind is read, not when Yandu starts: python-docx,
# pypdf, lxml and markdown-it together cost the window about 0.4 s of start-up otherwise.


def read_text(data: bytes) -> Extracted:
    return plain_text(data) or read_html(data)


def plain_text(data: bytes) -> Extracted | None:
    """A .txt file's lines, or None if it is a web page saved as .txt."""
    from desktop.core.ingest.blocks import split_layout_lines
    from desktop.core.ingest.decode import decode_bytes

    text = decode_bytes(data)
    if _LOOKS_LIKE_HTML.match(text):
        return None
    return Extracted(split_layout_lines(text), "txt")


def read_markdown(data: bytes) -> Extracted:
    from desktop.core.ingest.markdown import read_markdown as read

    return read(data)


def read_html(data: bytes) -> Extracted:
    from desktop.core.ingest.html import page_to_extracted

    return page_to_extracted(data)


def read_docx(data: bytes) -> Extracted:
    from desktop.core.ingest.docx import read_docx as read

    return read(data)


def read_pdf(data: bytes) -> Extracted:
    from desktop.core.ingest.pdf import read_pdf as read

    return read(data)


def read_mhtml(data: bytes) -> Extracted:
    from desktop.core.ingest.mhtml import read_mhtml as read

    return read(data)


def read_ofd(data: bytes) -> Extracted:
    from desktop.core.ingest.ofd import read_ofd as read

    return read(data)


_LOOKS_LIKE_HTML = re.compile(r"\s*(<!doctype html|<html[\s>])", re.IGNORECASE)


# by kind (ingest/sniff.py tells a file's kind from its bytes; the extension is a hint)
READERS: dict[str, Callable[[bytes], Extracted]] = {
    ".txt": read_text,
    ".md": read_markdown,
    ".html": read_html,
    ".mht": read_mhtml,
    ".docx": read_docx,
    ".pdf": read_pdf,
    ".ofd": read_ofd,
}
# kinds LibreOffice turns into .docx first (ingest/office.py)
CONVERTED = (".doc", ".rtf", ".odt")

SUPPORTED_KINDS = ".txt, .md, .html (.htm, .shtml, .mht…), .docx, .doc, .wps, .pdf, .ofd"


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ImportFailed saying plainly why not."""
    subject = printable_path(path)
    if not path.exists():
        if path.is_symlink():
            raise ImportFailed(subject, "import.dangling_link")
        raise ImportFailed(subject, "import.missing")
    if path.is_dir():
        raise ImportFailed(subject, "import.is_folder")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            _not_a_bulletin(
                path, subject
            )  # a film or a photo album is passed over, not "too large"
            raise ImportFailed(subject, "import.too_large", size=round(size / 1048576))
        if size == 0:
            raise ImportFailed(subject, "import.empty")
        with open(path, "rb") as handle:
            return handle.read()
    except PermissionError:
        raise ImportFailed(subject, "import.permission") from None
    except OSError as exc:
        raise ImportFailed(subject, "import.os_error", reason=exc.strerror or str(exc)) from None


def _not_a_bulletin(path: Path, subject: str) -> None:
    """Raise ImportFailed (a skip) if the head of a file too large to read is no document."""
    from desktop.core.ingest.sniff import Skipped, kind

    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
        if not head.startswith(b"PK"):  # a zip's kind is in its directory, at its end
            kind(head, path.suffix)
    except Skipped as exc:
        raise ImportFailed(subject, exc.code, **exc.params) from None


def parse_issue(
    data: bytes,
    name: str,
    suffix: str,
    source: str | None = None,
    pages: Callable[[int, int], None] | None = None,
) -> Issue:
    """Bytes of a bulletin to an Issue (ids unset). Raises ImportFailed. `pages` hears of a slow
    reader's progress (OCR: pages done, pages in all)."""
    subject = source or name
    data, found = reader_input(data, suffix, subject)
    try:
        extracted = extract(data, found, subject, pages)
    except Unreadable as exc:
        raise ImportFailed(subject, exc.code, **exc.params) from None
    return issue_from(extracted, name, subject, source)


def reader_input(data: bytes, suffix: str, subject: str) -> tuple[bytes, str]:
    """What a reader is given for a file: its bytes and its kind, told from the bytes (the suffix is
    a hint); a kind only LibreOffice reads is converted to .docx first, here, outside the reader
    process. Raises ImportFailed (a photo or a spreadsheet is skipped with its reason)."""
    from desktop.core.ingest.sniff import kind

    try:
        found = kind(data, suffix)
        if found in CONVERTED:  # LibreOffice makes a .docx of it
            from desktop.core.ingest.office import to_docx

            data, found = to_docx(data, found), ".docx"
    except Unreadable as exc:
        raise ImportFailed(subject, exc.code, **exc.params) from None
    return data, found


def read_here(kind: str, data: bytes, name: str, source: str | None) -> Issue:
    """The reader for `kind` (reader_input) run in this process, and the issue made of what it
    found: what the reader process does with a file (importing.prepare_read). Raises ImportFailed."""
    subject = source or name
    try:
        extracted = READERS[kind](data)
    except Unreadable as exc:
        raise ImportFailed(subject, exc.code, **exc.params) from None
    return issue_from(extracted, name, subject, source)


def issue_from(extracted: Extracted, name: str, subject: str, source: str | None) -> Issue:
    """What a reader found, as an issue: blocks cleaned, layout breaks repaired, cut into items,
    named and dated. Raises ImportFailed when no text is left."""
    from desktop.core.ingest.blocks import clean_block, without_controls
    from desktop.core.ingest.repair import repair
    from desktop.core.ingest.segment import segment

    blocks = []
    for block in extracted.blocks:
        cleaned = clean_block(block)
        if cleaned is block or cleaned.text.strip() or block.rule or block.link:
            blocks.append(cleaned)  # (a line that was nothing but control characters is gone)
    if extracted.title:
        extracted.title = without_controls(extracted.title)
    segmented = segment(repair(blocks))
    items = tuple(item for item in segmented.items if item.paragraphs or item.headline)
    if not items:
        raise ImportFailed(subject, "import.no_text")
    stem = Path(name).stem
    first = items[0]
    title = (
        clean_title(segmented.title)
        or clean_title(extracted.title)
        or document_title(first.kicker or first.headline)
    )
    if not title:
        single = items[0].headline if len(items) == 1 else None
        title = clean_title(single) or clean_title(stem) or "未命名"
    first_text = "\n".join(
        filter(None, [items[0].headline, items[0].subhead, *items[0].paragraphs[:1]])
    )
    date = (
        date_from_name(segmented.title or "")
        or date_from_name(stem)
        or extracted.date
        or date_from_text(extracted.header_text[:500])
        or date_from_text(first_text[:300])
        or extracted.meta_date
    )
    return Issue(
        title=title,
        date=date,
        format=extracted.format,
        items=items,
        source=source,
        skipped=segmented.skipped,
    )


def extract(
    data: bytes, suffix: str, name: str = "", pages: Callable[[int, int], None] | None = None
) -> Extracted:
    """The format reader's work, bytes of the kind `suffix` (sniff.kind) to blocks. Raises
    Unreadable.

    Every reader built on a third-party parser (python-docx, pypdf, lxml, markdown-it) runs in
    the cage, a worker process with limits on time and memory (cage.py). Plain text is decoded
    and split into lines here: that is linear work in the standard library and charset
    detection (which samples), and the trip to the worker (about 2 ms a file, measured on the
    bench corpus) would cost a .txt file as much as reading it.
    """
    if suffix == ".txt":
        plain = plain_text(data)
        if plain is not None:
            return plain
        suffix = ".html"  # a web page saved as .txt is read as what it is
    from desktop.core.ingest.cage import read_caged

    return read_caged(suffix, data, name, progress=pages)


# what must not reach a terminal raw: C0 and C1 controls (newlines, ESC, the 8-bit CSI), Unicode's
# line and paragraph separators, and the bidirectional overrides that reorder what is shown
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escaped(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _ESCAPES.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def printable(text: str) -> str:
    """`text` safe to print on one line: control characters become visible escapes (a newline
    \\n, ESC \\x1b), so no file name or message taken from a file can forge a line."""
    return _UNPRINTABLE.sub(_escaped, text)


def printable_path(path: Path | str) -> str:
    """A path as text that can always be printed and stored, on one line (`printable`);
    undecodable bytes become �."""
    return printable(os.fsencode(path).decode("utf-8", errors="replace"))


def read_issue(path: Path, pages: Callable[[int, int], None] | None = None) -> Issue:
    path = Path(os.path.abspath(path))
    data = read_bytes(path)
    return parse_issue(data, printable_path(path.name), path.suffix, printable_path(path), pages)
