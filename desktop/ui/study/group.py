"""The group's view: members named so two of one name are told apart, and who marked each directive.

A member whose notes came in a file from another computer (`Member.local` false) may share a
name with one of this library's own members: lists show them as "张三（另一台电脑）". The
directives panel shows beside each directive how many members marked a passage overlapping it,
read from the annotations of the article shown (one query, already made to draw the article).
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from desktop.core.model import Annotation, Directive, Member


def member_labels(members: Iterable[Member]) -> dict[int, str]:
    """Each member's name as lists show it: a member from another computer is marked so."""
    return {
        member.id: member.name
        if member.local
        else QCoreApplication.translate("GroupView", "%1（另一台电脑）").replace("%1", member.name)
        for member in members
    }


def who_marked(
    directives: Iterable[Directive], annotations: Iterable[Annotation], labels: dict[int, str]
) -> dict[tuple[int, int], list[str]]:
    """For each directive's (start, end): the members (labelled, in order of first mark) whose
    placed annotations overlap it. The annotations are one article's, deleted ones left out."""
    placed = sorted(
        (
            (a.start, a.end, a.member_id, labels.get(a.member_id, a.member))
            for a in annotations
            if not a.orphan and a.start is not None and a.end is not None and a.end > a.start
        ),
        key=lambda row: row[0],
    )
    found: dict[tuple[int, int], list[str]] = {}
    for directive in directives:
        seen: dict[int, str] = {}
        for start, end, member_id, label in placed:
            if start >= directive.end:
                break  # sorted by start: none further on overlaps
            if end > directive.start:
                seen.setdefault(member_id, label)
        if seen:
            found[(directive.start, directive.end)] = list(seen.values())
    return found
