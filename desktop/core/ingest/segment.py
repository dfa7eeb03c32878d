"""Paragraphs to items: articles (kicker, headline, subhead, paragraphs), captions, briefs.

Two ways, by what the source gives:
- stated headings (markdown `###`, Word heading styles, html `<h1>`): the most
  frequent heading level makes the items; what comes before the first of them
  is the issue's front matter (its title, a summary list) and is not an item
  unless it is real text; deeper headings stay as paragraphs of their item;
- layout only (txt, pdf): a run of headline lines opens an article (one line is
  the headline; two are headline and subhead; three are kicker, headline,
  subhead); text after a wide gap that is not under a headline is its own item,
  a caption when it is one short paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from desktop.core.ingest.repair import HEADLINE, Paragraph
from desktop.core.model import Item

_FRONT_MATTER = re.compile(r"摘要|目录|要目|导读|提要|本期")
_NUMBERED = re.compile(r"^\s*(\d+[.、．]|[（(]\d+[)）]|[一二三四五六七八九十]+、)")
_CAPTION_MAX = 150
_BRIEF_MAX = 400
# what a scraper writes where it found nothing: a story titled so is junk, a body so is no text
_JUNK = {"undefined", "null", "none", "nan", "[object object]"}


def is_junk(text: str | None) -> bool:
    return text is not None and (not text.strip() or text.strip().lower() in _JUNK)


@dataclass
class _Draft:
    paragraphs: list[str] = field(default_factory=list)
    headline: str | None = None
    kicker: str | None = None
    subhead: str | None = None
    source_url: str | None = None
    closed: bool = False  # a rule ended it: text until the next heading is not its

    def to_item(self) -> Item | None:
        paragraphs = tuple(p for p in self.paragraphs if p and not is_junk(p))
        if not paragraphs and not self.headline:
            return None
        kind = "article"
        if self.headline is None:
            if len(paragraphs) == 1 and len(paragraphs[0]) <= _CAPTION_MAX:
                kind = "caption"
            elif sum(map(len, paragraphs)) <= _BRIEF_MAX:
                kind = "brief"
        return Item(
            kind=kind,
            paragraphs=paragraphs,
            headline=self.headline,
            kicker=self.kicker,
            subhead=self.subhead,
            source_url=self.source_url,
        )


@dataclass(frozen=True)
class Segmented:
    items: tuple[Item, ...]
    title: str | None  # a heading above the item level, e.g. `# 《新闻联播》 (20240126)`
    skipped: int = 0  # stories left out as scraper junk (titled `undefined`, or untitled and empty)


def segment(paragraphs: list[Paragraph]) -> Segmented:
    stated = [p.level for p in paragraphs if 0 < p.level < HEADLINE]
    if stated:
        return _by_stated_headings(paragraphs, stated)
    return Segmented(_by_layout(paragraphs), None)


def _item_level(levels: list[int]) -> int:
    counts = Counter(levels)
    top = max(counts.values())
    return max(level for level, n in counts.items() if n == top)


def _by_stated_headings(paragraphs: list[Paragraph], levels: list[int]) -> Segmented:
    level = _item_level(levels)
    title = next((p.text for p in paragraphs if 0 < p.level < level), None)
    items: list[Item] = []
    front: list[Paragraph] = []
    current: _Draft | None = None
    for para in paragraphs:
        if para.level == level:
            _finish(current, items)
            current = _Draft(headline=para.text)
            continue
        if current is None:
            front.append(para)
            continue
        if para.rule or (0 < para.level < level):
            current.closed = True
            continue
        if current.closed:
            continue
        if para.link:
            current.source_url = current.source_url or para.link
            continue
        current.paragraphs.append(para.text)
    _finish(current, items)
    junk = [item for item in items if is_junk(item.headline)]
    items = [item for item in items if not is_junk(item.headline)]
    if len(items) > 1:
        # a heading with nothing under it is a section title, not a story; a story whose text
        # the source lacks still has its link to the original, and is kept with its headline
        items = [item for item in items if item.paragraphs or item.source_url]
    front_item = _front_matter_item(front)
    if front_item is not None:
        items.insert(0, front_item)
    return Segmented(tuple(items), title, skipped=len(junk))


def _front_matter_item(front: list[Paragraph]) -> Item | None:
    """Text before the first item heading: dropped if it is a summary or table of contents."""
    headings = [p.text for p in front if p.level]
    body = [p.text for p in front if not p.level and not p.rule and not p.link]
    if not body:
        return None
    if any(_FRONT_MATTER.search(h) for h in headings):
        return None
    numbered = sum(bool(_NUMBERED.match(text)) for text in body)
    if numbered >= len(body) * 0.6:
        return None
    return _Draft(paragraphs=body).to_item()


def _finish(draft: _Draft | None, items: list[Item]) -> None:
    if draft is None:
        return
    item = draft.to_item()
    if item is not None:
        items.append(item)


def _by_layout(paragraphs: list[Paragraph]) -> tuple[Item, ...]:
    items: list[Item] = []
    current: _Draft | None = None
    heads: list[str] = []
    for para in paragraphs:
        if para.level == HEADLINE:
            if not heads:
                _finish(current, items)
                current = None
            heads.append(para.text)
            continue
        if para.rule:
            _finish(current, items)
            current = None
            continue
        if heads:
            current = _article_from_heads(heads)
            heads = []
        elif current is None or (para.gap_before >= 2 and current.paragraphs):
            _finish(current, items)
            current = _Draft()
        if para.link:
            current.source_url = current.source_url or para.link
            continue
        current.paragraphs.append(para.text)
    if heads:  # headlines with nothing under them still make an item
        _finish(current, items)
        current = _article_from_heads(heads)
    _finish(current, items)
    return tuple(items)


def _article_from_heads(heads: list[str]) -> _Draft:
    """One line: headline. Two: headline and subhead. Three: kicker, headline, subhead.

    A line opening with a dash (——在…会议上) is always a subhead; lines after the
    subhead (a byline) begin the body.
    """
    draft = _Draft()
    rest = list(heads)
    if len(rest) >= 3 and not rest[1].startswith("—"):
        draft.kicker = rest.pop(0)
    draft.headline = rest.pop(0)
    if rest:
        draft.subhead = rest.pop(0)
    draft.paragraphs.extend(rest)
    return draft
