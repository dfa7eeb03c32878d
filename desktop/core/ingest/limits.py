"""How big and how complex a file may be before Yandu refuses to read it, and the checks.

A file is at most 50 MB on disk (`MAX_BYTES`), but what its parsers make of it is
not bounded by that: a .docx is a zip whose parts can inflate a thousandfold, an
HTML element can carry 200,000 attributes (libxml2's HTML parser checks them for
duplicates pairwise: 49 s), a PDF can hold 50,000 blank pages. These checks run
first thing inside the reader process (cage.py), before the expensive step they
guard; the time and memory limits of that process catch whatever they miss.

Every limit is far above any real bulletin (the samples unpack to under 0.2 MB,
have under 200 paragraphs and a few pages) and each is reported as such: a file
over one is refused with a one-line reason, never read halfway.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass

from desktop.core.ingest.blocks import Unreadable

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    # a zip (.docx): any one part, and all parts together, unpacked. Media do not compress, so a
    # 50 MB file of photos unpacks to about 50 MB; Word's XML compresses 4-10 fold and takes ten
    # times its size once parsed (32 MiB of document.xml is a book of ~20,000 paragraphs).
    unpacked_member: int = 32 * MiB
    unpacked_total: int = 128 * MiB
    # a part that unpacks to over `ratio_floor` at more than `ratio` to 1 is a zip bomb: real Word
    # XML compresses 4-30 fold
    ratio: int = 100
    ratio_floor: int = 4 * MiB
    members: int = 10_000
    # Word paragraphs: python-docx costs ~75 µs each (a 1,000-page book has about 20,000)
    paragraphs: int = 50_000
    # PDF pages: text extraction costs ~15 ms a page (a bulletin has a few dozen); and what one
    # page draws: pypdf reads ~1 MB of drawing a second (a real page draws 10-500 KB)
    pdf_pages: int = 1_000
    page_content: int = 4 * MiB
    # HTML: attributes of one element (the parser's cost is quadratic in them), and tags in all
    attributes: int = 2_000
    tags: int = 1_000_000
    # the reader process: address space (Linux) and wall-clock time per file; and the size at
    # which it leaves after a file, so that what a big file took is given back (Linux)
    memory: int = 1024 * MiB
    seconds: float = 60.0
    retire: int = 256 * MiB
    # text recognition of scanned pages (ocr.py), measured on 2 cores at 150 dpi (an A4 page,
    # about 2.2 million pixels): 3-4 s a page, 0.8 GB resident and 1.5-1.8 GB of address space at
    # its peak (onnxruntime's threads and the detection network's feature maps), so the reader
    # process may take `ocr_memory` once it starts recognising (1 GiB fails with bad_alloc), and
    # leaves after that file. Each page recognised gives the next one `ocr_page_seconds` more
    # (eight times the time measured here: a slow laptop), on top of the file's `seconds`; and a
    # file has at most `ocr_pages` pages to recognise (about a quarter of an hour here).
    ocr_memory: int = 2560 * MiB
    ocr_page_seconds: float = 30.0
    ocr_pages: int = 200


LIMITS = Limits()
_active = LIMITS


def active() -> Limits:
    """The limits the readers of this process enforce."""
    return _active


def install(limits: Limits) -> None:
    """Make `limits` the ones enforced here (the reader process gets them from its parent)."""
    global _active
    _active = limits


def _megabytes(size: int) -> int:
    return max(1, round(size / MiB))


def check_zip(archive: zipfile.ZipFile) -> None:
    """Refuse a zip whose directory says it unpacks to too much, before anything is unpacked.

    A directory that lies (a part declared small that inflates to more) gets no further:
    `zipfile` reads a part only up to its declared size (in steps: `bound_zip_reads`), where
    it fails its checksum or ends.
    """
    limits = active()
    members = archive.infolist()
    if len(members) > limits.members:
        raise Unreadable("import.too_complex")
    for member in members:
        size = member.file_size
        if size > limits.unpacked_member:
            raise Unreadable(
                "import.too_large_unpacked",
                size=_megabytes(size),
                limit=_megabytes(limits.unpacked_member),
            )
        if size > limits.ratio_floor and size > limits.ratio * max(member.compress_size, 1):
            raise Unreadable("import.zip_bomb", ratio=size // max(member.compress_size, 1))
    total = sum(member.file_size for member in members)
    if total > limits.unpacked_total:
        raise Unreadable(
            "import.too_large_unpacked",
            size=_megabytes(total),
            limit=_megabytes(limits.unpacked_total),
        )


def bound_zip_reads() -> None:
    """Make `zipfile` inflate a part at most 8 MiB at a time (for the reader process).

    It reads a whole part in one call that may inflate 2 GiB, and only then cuts it to the size
    the directory declares: a part declared as 1 KB that inflates to 1 GB took 1 GB. Read in
    steps, a part costs at most its declared size (checked above) and one step more.
    """
    zipfile.ZipExtFile.MAX_N = 8 * MiB


def check_count(count: int, limit: int, code: str) -> None:
    if count > limit:
        raise Unreadable(code, count=count, limit=limit)
