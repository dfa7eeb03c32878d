"""The shape every format is read into before repair and segmentation.

A `Block` is a line of a text layout (txt, pdf) or a whole paragraph that the
source marks as such (docx, html, markdown). `level` is a heading level the
source states (markdown `###`, a Word heading style, an html `<h2>`), 0 if none.
"""

from __future__ import annotations

from dataclasses import dataclass


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
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        stripped = raw.strip(" \t\u3000\u00a0\ufeff")
        if not stripped:
            gap += 1
            continue
        lead = raw[: len(raw) - len(raw.lstrip(" \t\u3000\u00a0"))]
        indented = "\u3000" in lead or "\t" in lead or len(lead) >= 2
        blocks.append(Block(stripped, gap_before=gap if blocks else 0, indented=indented))
        gap = 0
    return blocks
