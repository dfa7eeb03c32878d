"""What the small charts show: a key phrase's issues month by month, and a session's directives
with how many members marked each.

Plain values for a face to draw (`ui/widgets/bar_chart.py`); nothing here knows Qt.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.model import Annotation, Directive
from desktop.core.store.charts import phrase_issues_by_month

SHORT = 24  # characters of a directive a chart's label shows


def months_between(first: str, last: str) -> list[str]:
    """Every "YYYY-MM" from `first` to `last`, both included."""
    year, month = int(first[:4]), int(first[5:7])
    end = (int(last[:4]), int(last[5:7]))
    months = []
    while (year, month) <= end:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def phrase_months(library, phrase: str) -> list[tuple[str, int]]:
    """("YYYY-MM", how many issues carry `phrase`) by the issues' dates, from the first month
    that has one to the last, the months between with 0. Issues without a month in their date
    and those in the 回收站 are not counted; a phrase no issue carries gives []."""
    counted = dict(phrase_issues_by_month(library.db, phrase))
    if not counted:
        return []
    months = sorted(counted)
    return [(month, counted.get(month, 0)) for month in months_between(months[0], months[-1])]


def markers(
    directives: Iterable[Directive], annotations: Iterable[Annotation]
) -> dict[tuple[int, int], list[int]]:
    """For each directive's (start, end): the ids of the members (in order of first mark) whose
    placed annotations overlap it. The annotations are one item's; orphans do not count. The
    window's 要点 panel uses it too (ui/study/group.py `who_marked`)."""
    placed = sorted(
        (a.start, a.end, a.member_id)
        for a in annotations
        if not a.orphan and a.start is not None and a.end is not None and a.end > a.start
    )
    found: dict[tuple[int, int], list[int]] = {}
    for directive in directives:
        seen: dict[int, None] = {}
        for start, end, member_id in placed:
            if start >= directive.end:
                break  # sorted by start: none further on overlaps
            if end > directive.start:
                seen.setdefault(member_id)
        if seen:
            found[(directive.start, directive.end)] = list(seen)
    return found


def session_marks(library, session_id: int) -> list[tuple[Directive, int]]:
    """Each directive of the session's articles (those chosen for it, then those annotated in
    it, as its record is gathered: core/notes/content.py), in order, with how many members
    marked it in that session. NotFound for a session that is not there."""
    session = library.sessions.get(session_id)
    annotations = library.annotations.find(session_id=session_id)
    by_item: dict[int, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.item_id is not None:
            by_item.setdefault(annotation.item_id, []).append(annotation)
    rows = []
    for item_id in dict.fromkeys([*session.item_ids, *by_item]):
        directives = library.item_directives(item_id)
        marked = markers(directives, by_item.get(item_id, []))
        rows += [(d, len(marked.get((d.start, d.end), []))) for d in directives]
    return rows


def shorten(text: str, length: int = SHORT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= length else text[: length - 1] + "…"


def session_directive_marks(library, session_id: int) -> list[tuple[str, int]]:
    """(the directive's text shortened, how many members marked it) for each directive of the
    session's articles: `session_marks` as a chart labels it."""
    return [
        (shorten(directive.text), count) for directive, count in session_marks(library, session_id)
    ]
