"""The text of a PDF Qt wrote, repaired so it copies and searches as it was written.

Qt's PDF writer tells readers which character each glyph stands for (the font's
ToUnicode map) by taking the lowest code point the font draws with that glyph. The
CJK faces draw the radical ⼀ (U+2F00) and the ideograph 一 (U+4E00) with one glyph,
⻔ (U+2ED4) and 门 (U+95E8) with another, the tab and the space with a third, the em
space and 全角 space with a fourth: the notes' 一工门 would copy, search and extract as
⼀⼯⻔, 09:00 after a tab. `repair_text` gives each such glyph back the character the
notes use, the one the same face draws with it among ordinary text (ASCII, CJK
punctuation, ideographs, full-width forms). Kangxi radicals, which decompose to their
ideograph, fall back on that where no face was found.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from io import BytesIO
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from PySide6.QtGui import QFont, QRawFont

RADICALS = range(0x2E80, 0x2FE0)  # CJK Radicals Supplement and Kangxi Radicals
# what Qt may name a glyph by, and what the notes more likely mean by it
UNLIKELY = (range(0x01, 0x20), range(0x2000, 0x200B), RADICALS)
ORDINARY = (range(0x20, 0x7F), range(0x3000, 0x3040), range(0x4E00, 0xA000), range(0xFF01, 0xFF5F))
_HEX = re.compile(rb"<([0-9A-Fa-f]{4})>")


def _text(ranges) -> str:
    return "".join(chr(code) for codes in ranges for code in codes)


@cache
def ordinary_characters(families: tuple[tuple[str, ...], ...]) -> dict[int, int]:
    """Unlikely code point -> the ordinary character drawn with the same glyph, in the faces
    `families` resolve to (regular and bold)."""
    unlikely, ordinary = _text(UNLIKELY), _text(ORDINARY)
    found: dict[int, int] = {}
    for faces in families:
        for weight in (QFont.Weight.Normal, QFont.Weight.Bold):
            font = QFont()
            font.setFamilies(list(faces))
            font.setWeight(weight)
            raw = QRawFont.fromFont(font)
            if not raw.isValid():
                continue
            glyphs: dict[int, int] = {}
            for character, glyph in zip(
                ordinary, raw.glyphIndexesForString(ordinary), strict=False
            ):
                if glyph:
                    glyphs.setdefault(glyph, ord(character))
            for character, glyph in zip(
                unlikely, raw.glyphIndexesForString(unlikely), strict=False
            ):
                if glyph in glyphs:
                    found.setdefault(ord(character), glyphs[glyph])
    for radical in RADICALS:
        decomposed = unicodedata.normalize("NFKC", chr(radical))
        if radical not in found and decomposed != chr(radical) and len(decomposed) == 1:
            found[radical] = ord(decomposed)
    return found


def _repair_cmap(data: bytes, mapping: dict[int, int]) -> bytes:
    """The ToUnicode map with each unlikely character a glyph stands for replaced by the
    ordinary one. Only the right-hand side of bfchar and bfrange lines changes, never the
    glyph codes."""
    lines = data.split(b"\n")
    section = None
    for number, line in enumerate(lines):
        words = line.strip()
        if words.endswith((b"beginbfchar", b"beginbfrange")):
            section = 1 if words.endswith(b"beginbfchar") else 2
            continue
        if words.startswith((b"endbfchar", b"endbfrange")):
            section = None
            continue
        if section is None:
            continue
        codes = list(_HEX.finditer(line))
        if len(codes) <= section:
            continue
        cut = codes[section - 1].end()

        def swap(match: re.Match) -> bytes:
            value = int(match.group(1), 16)
            return b"<%04X>" % mapping[value] if value in mapping else match.group(0)

        lines[number] = line[:cut] + _HEX.sub(swap, line[cut:])
    return b"\n".join(lines)


def repair_text(path: Path, families: tuple[tuple[str, ...], ...]) -> None:
    """Rewrite the PDF at `path` with its fonts' ToUnicode maps repaired (when any needs it)."""
    mapping = ordinary_characters(families)
    with open(path, "rb") as handle:
        writer = PdfWriter(clone_from=PdfReader(BytesIO(handle.read())))
    seen: set[int] = set()
    changed = False
    for page in writer.pages:
        resources = page.get("/Resources")
        fonts = resources.get_object().get("/Font") if resources is not None else None
        for reference in fonts.get_object().values() if fonts is not None else ():
            font = reference.get_object()
            if "/ToUnicode" not in font:
                continue
            stream = font["/ToUnicode"].get_object()
            if id(stream) in seen:
                continue
            seen.add(id(stream))
            data = stream.get_data()
            repaired = _repair_cmap(data, mapping)
            if repaired != data:
                stream.set_data(repaired)
                changed = True
    if changed:
        buffer = BytesIO()
        writer.write(buffer)
        with open(path, "wb") as handle:
            handle.write(buffer.getvalue())
