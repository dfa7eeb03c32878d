"""The shape every format is read into before repair and segmentation.

A `Block` is a line of a text layout (txt, pdf) or a whole paragraph that the
source marks as such (docx, html, markdown). `level` is a heading level the
source states (markdown `###`, a Word heading style, an html `<h2>`), 0 if none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

# control characters but tab and newline (C0, DEL, C1), and what XML cannot hold at all: none
# is text, and a .docx cannot carry them (pdftotext's form feeds, a stray vertical tab)
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff\ud800-\udfff]")


def without_controls(text: str, breaks: bool = False) -> str:
    """`text` with control characters removed. With `breaks` (layout text), a page break (form
    feed, as pdftotext writes one before each page) or a vertical tab is a line break first,
    and repair decides, as for any line, whether a paragraph ends there; else both are spaces."""
    if not CONTROLS.search(text):
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    for mark in "\f\v":
        if breaks:  # at the start of a line it adds no blank line: a page is not a gap
            text = text.replace("\n" + mark, "\n").replace(mark, "\n")
        else:
            text = text.replace(mark, " ")
    return CONTROLS.sub("", text)


def clean_block(block: Block) -> Block:
    """A block of any reader with control characters removed (a block is one line: no breaks)."""
    text = without_controls(block.text).replace("\n", " ")
    return block if text == block.text else replace(block, text=text)


class Unreadable(ValueError):
    """A file a reader cannot turn into text; `code` and `params` say why (core/messages.py)."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


@dataclass(frozen=True)
class Block:
    text: str
    gap_before: int = 0
    indented: bool = False
    whole: bool = False
    level: int = 0
    rule: bool = False  # a horizontal rule: ends the current story
    link: str | None = None  # the block is only a link (e.g. 查看原文) to this address


@dataclass
class Extracted:
    """What a format reader found: blocks plus what the file says about itself."""

    blocks: list[Block]
    format: str
    title: str | None = None
    date: str | None = None
    meta_date: str | None = None  # from file metadata: weaker than a date in the text
    header_text: str = ""  # text around the article (web page header) to look for a date


def split_layout_lines(text: str) -> list[Block]:
    """Plain text to layout lines: count blank lines, note indentation, strip it."""
    blocks: list[Block] = []
    gap = 0
    text = without_controls(text.replace("\r\n", "\n").replace("\r", "\n"), breaks=True)
    for raw in text.split("\n"):
        stripped = raw.strip(" \t\u3000\u00a0\ufeff")
        if not stripped:
            gap += 1
            continue
        lead = raw[: len(raw) - len(raw.lstrip(" \t\u3000\u00a0"))]
        indented = "\u3000" in lead or "\t" in lead or len(lead) >= 2
        blocks.append(Block(stripped, gap_before=gap if blocks else 0, indented=indented))
        gap = 0
    return blocks
