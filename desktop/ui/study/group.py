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
from desktop.core.study.charts import markers


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
    placed annotations overlap it, counted as the session chart counts (core/study/charts.py)."""
    annotations = list(annotations)
    names = {a.member_id: labels.get(a.member_id, a.member) for a in annotations}
    return {
        span: [names[member_id] for member_id in ids]
        for span, ids in markers(directives, annotations).items()
    }
