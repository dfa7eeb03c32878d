"""Undo the line breaks that page layout leaves in the middle of sentences.

A line that ends without closing punctuation was usually cut by the layout, not
by the author (`…强化风险管` + `控。`), so it is joined to the next. Headlines
also end without punctuation: a short unpunctuated line that starts a paragraph
is a headline unless the next line carries on its last word (`以培` + `育…`
makes 培育: that is one word cut in two, so the line is a broken sentence).
Where a document marks paragraphs by indentation (PDF, indented text), an
unindented line continues the paragraph even after a full stop, because the
sentence just happened to end at the margin.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.core.ingest.blocks import Block
from desktop.core.text.words import cut

HEADLINE = 9  # level given to headlines detected from layout rather than stated by the source

_SENTENCE_END = "。！？!?…；;：:"
_CLOSING_QUOTES = "”’」』\"'）)"
_MAX_HEADLINE = 40
_NO_HEADLINE_END = "，,、。！？!?；;：:…—-"


@dataclass(frozen=True)
class Paragraph:
    text: str
    gap_before: int = 0
    level: int = 0
    rule: bool = False
    link: str | None = None


# a numbered heading: 一、2015年工作回顾, （三）深化改革 (a section: a headline even when indented);
# 第一，进一步稳定和加强农业, 一是… (a point of the text: its own paragraph, never joined to the next)
SECTION_HEADING = re.compile(r"^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)])")
NUMBERED_POINT = re.compile(r"^\s*(第[一二三四五六七八九十]+[，,、]|[一二三四五六七八九十]+是)")


def numbered_line(text: str) -> bool:
    """A numbered heading or point that ends without a full stop: a line of its own."""
    stripped = text.strip()
    numbered = SECTION_HEADING.match(stripped) or NUMBERED_POINT.match(stripped)
    return bool(numbered) and headline_shaped(stripped)


def ends_sentence(text: str) -> bool:
    """True if the line ends a sentence: 。！？；： or one of them before a closing quote."""
    stripped = text.rstrip()
    while stripped and stripped[-1] in _CLOSING_QUOTES:
        stripped = stripped[:-1]
        if stripped and stripped[-1] in _SENTENCE_END:
            return True
    return bool(stripped) and stripped[-1] in _SENTENCE_END


def headline_shaped(text: str) -> bool:
    """Short, no sentence punctuation inside or at the end."""
    if not (2 <= len(text) <= _MAX_HEADLINE):
        return False
    if text[-1] in _NO_HEADLINE_END:
        return False
    return not any(mark in text for mark in "。！？；;")


_HAN = re.compile("[\u3400-\u9fff\U00020000-\U0003134f]")


def word_crosses(left: str, right: str) -> bool:
    """Does a word run across the join of `left` and `right`? (jieba decides)."""
    if not left or not right or not _HAN.match(left[-1]) or not _HAN.match(right[0]):
        return False
    window_left, window_right = left[-6:], right[:6]
    joint = len(window_left)
    position = 0
    for token in cut(window_left + window_right):
        end = position + len(token)
        if position < joint < end:
            return True
        position = end
    return False


def _indent_starts_paragraphs(blocks: list[Block]) -> bool:
    """Most lines indented: then an indented line begins a paragraph whatever the line before ends with."""
    body = [b for b in blocks if not b.whole]
    return len(body) >= 4 and sum(b.indented for b in body) >= len(body) * 0.5


def _uses_indentation(blocks: list[Block]) -> bool:
    body = [b for b in blocks[1:] if not b.whole]
    if len(body) < 4:
        return False
    indented = sum(b.indented for b in body)
    spaced = sum(b.gap_before > 0 for b in body)
    return indented >= len(body) * 0.1 and spaced < len(body) * 0.5


def repair(blocks: list[Block]) -> list[Paragraph]:
    """Join layout lines into paragraphs; whole blocks pass through untouched."""
    by_indent = _uses_indentation(blocks)
    indent_paragraphs = _indent_starts_paragraphs(blocks)
    widths = sorted(len(b.text) for b in blocks if not b.whole)
    full_line = widths[len(widths) // 2] * 0.8 if widths else 0
    out: list[Paragraph] = []
    parts: list[str] = []
    first: Block | None = None
    previous: Block | None = None
    previous_headline = False

    def flush(level: int = 0) -> None:
        nonlocal parts, first
        if first is not None:
            out.append(
                Paragraph(
                    "".join(parts), first.gap_before, level or first.level, first.rule, first.link
                )
            )
        parts, first = [], None

    for index, block in enumerate(blocks):
        if block.whole or block.rule or block.level:
            flush()
            out.append(Paragraph(block.text, block.gap_before, block.level, block.rule, block.link))
            previous, previous_headline = block, bool(block.level)
            continue
        starts = _starts_paragraph(previous, previous_headline, block, by_indent, full_line)
        starts = starts or (indent_paragraphs and block.indented)
        if starts:
            flush()
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if starts and _is_headline(block, following, by_indent, full_line):
            out.append(Paragraph(block.text, block.gap_before, HEADLINE))
            previous, previous_headline = block, True
            continue
        if first is None:
            first = block
        parts.append(block.text)
        previous, previous_headline = block, False
    flush()
    return out


def _starts_paragraph(
    previous: Block | None, previous_headline: bool, block: Block, by_indent: bool, full_line: float
) -> bool:
    if previous is None or previous_headline or previous.whole or previous.level or previous.rule:
        return True
    if numbered_line(block.text) or numbered_line(previous.text):
        return True  # a numbered heading is never glued to the text before or after it
    if block.gap_before >= 2:
        return True
    if by_indent:
        # a sentence that ends short of the margin ends its paragraph too
        short = ends_sentence(previous.text) and len(previous.text) < full_line
        return block.indented or block.gap_before > 0 or short
    return ends_sentence(previous.text)


def _is_headline(block: Block, following: Block | None, by_indent: bool, full_line: float) -> bool:
    # 一、2015年工作回顾: a section of a report, indented like its paragraphs or not
    if SECTION_HEADING.match(block.text) and headline_shaped(block.text.strip()):
        return True
    if NUMBERED_POINT.match(block.text):
        return (
            False  # 第一，…: a point of the text, a paragraph of its article (a directive, maybe)
        )
    if not headline_shaped(block.text) or len(block.text) >= full_line:
        return False  # a line that runs to the margin is body text
    if by_indent and block.indented:
        return False  # where paragraphs are indented, headlines are not
    if following is None or following.whole or following.level or following.rule:
        return True
    if following.gap_before >= 2 or (by_indent and following.indented):
        return True
    return not word_crosses(block.text, following.text)
