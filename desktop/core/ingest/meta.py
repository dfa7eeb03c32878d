"""An issue's title and date, from its text, its metadata and its file name."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

_YMD_COMPACT = re.compile(
    r"(?<!\d)((?:19|20)\d{2})[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)"
)
_YM = re.compile(r"(?<!\d)((?:19|20)\d{2})[-_.](0[1-9]|1[0-2])(?!\d)")
_YMD_TEXT = re.compile(
    r"((?:19|20)\d{2})\s*(?:年|/|-|\.)\s*(\d{1,2})\s*(?:月|/|-|\.)\s*(\d{1,2})\s*日?"
)
# digits set apart by the layout: 1 9 9 8 年3 月5 日
_SPACED_DIGITS = re.compile(r"(?<=\d)[ \t\u3000](?=\d)")
# a title line that names the document itself: …政府工作报告, …简报 第27期, …讲话
_DOCUMENT_TITLE = re.compile(
    r"(报告|讲话|致辞|简报|公报|通报|纪要|快报|周报|月报|专报|要报|动态|通讯|决定|意见|通知|规划|纲要|"
    r"第\s*[\d一二三四五六七八九十百]+\s*期)(（[^）]{1,6}）)?$"
)
_JUNK_TITLES = re.compile(r"^(microsoft word - |untitled|无标题|新建)", re.IGNORECASE)


def _valid(year: str, month: str, day: str | None = None) -> str | None:
    try:
        if day is None:
            date(int(year), int(month), 1)
            return f"{int(year):04d}-{int(month):02d}"
        return date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_from_name(name: str) -> str | None:
    """`xinwenlianbo-20190927` → 2019-09-27; `kaifaqu-bulletin-2020-07` → 2020-07."""
    name = unicodedata.normalize("NFKC", name)
    match = _YMD_COMPACT.search(name)
    if match:
        found = _valid(*match.groups())
        if found:
            return found
    match = _YM.search(name)
    if match:
        return _valid(*match.groups())
    return None


def date_from_text(text: str) -> str | None:
    """The first full date written out in `text`: 2021/6/9, 2020年7月18日, １９６４年１２月２１日."""
    text = _SPACED_DIGITS.sub("", unicodedata.normalize("NFKC", text))
    for match in _YMD_TEXT.finditer(text):
        found = _valid(*match.groups())
        if found:
            return found
    return None


def clean_title(title: str | None) -> str | None:
    """A usable title, or None for blanks and the names programs invent (Microsoft Word - x.doc)."""
    if not title:
        return None
    title = " ".join(title.split())
    if not title or _JUNK_TITLES.match(title):
        return None
    return title[:200]


def document_title(line: str | None) -> str | None:
    """The text's first heading, if it names the document (2016政府工作报告) rather than an article."""
    title = clean_title(line)
    return title if title and _DOCUMENT_TITLE.search(title) else None
