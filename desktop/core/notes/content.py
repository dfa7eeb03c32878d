"""What a study-notes export holds, gathered from the library as plain values (no formatting here).

Scope: the session's articles, or an issue's, or else the articles the member
(or anyone, for a whole-session record) annotated. Parts: the session table,
一、主要精神摘录 (directives by article and speaker, the member's highlights
marked), 二、批注与摘录 (each highlight with comment and tags, by article or by
category), 三、心得体会 (reflections).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop.core.errors import ExportFailed
from desktop.core.model import Annotation, Directive, Item, StudySession

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[ T](\d{1,2}:\d{2}))?")


def chinese_date(text: str) -> str:
    """2026-12-02 09:22 as a Chinese document writes it: 2026年12月2日 09:22 (a month alone:
    2026年12月); anything else as it is."""
    match = _ISO_DATE.fullmatch(text.strip())
    if match is None:
        return text
    year, month, day, time = match.groups()
    written = f"{year}年{int(month)}月" + (f"{int(day)}日" if day else "")
    return f"{written} {time}" if time else written


@dataclass(frozen=True)
class ArticleRef:
    item: Item
    issue_title: str
    issue_date: str | None

    @property
    def name(self) -> str:
        return self.item.headline or (
            self.item.paragraphs[0][:24] + "…" if self.item.paragraphs else ""
        )

    @property
    def source(self) -> str:
        date = chinese_date(self.issue_date) if self.issue_date else None
        return "，".join(part for part in (self.issue_title, date) if part)


@dataclass(frozen=True)
class SpeakerDirectives:
    speaker: str | None
    titles: tuple[str, ...]
    directives: tuple[Directive, ...]


@dataclass(frozen=True)
class ArticleDirectives:
    article: ArticleRef
    speakers: tuple[SpeakerDirectives, ...]
    highlights: tuple[tuple[int, int], ...]  # spans of the body the member highlighted


@dataclass(frozen=True)
class AnnotationGroup:
    heading: str
    annotations: tuple[Annotation, ...]


@dataclass(frozen=True)
class ReflectionEntry:
    heading: str
    member: str
    text: str


@dataclass
class NotesContent:
    title: str
    subtitle: str
    session: StudySession | None
    member: str | None
    articles: list[ArticleRef] = field(default_factory=list)
    directives: list[ArticleDirectives] = field(default_factory=list)
    annotation_groups: list[AnnotationGroup] = field(default_factory=list)
    reflections: list[ReflectionEntry] = field(default_factory=list)
    include: tuple[str, ...] = ("directives", "annotations", "reflections")


def gather(
    library,
    member: str | None = None,
    session_id: int | None = None,
    issue_id: int | None = None,
    group_by: str = "article",
    include: tuple[str, ...] = ("directives", "annotations", "reflections"),
    title: str | None = None,
) -> NotesContent:
    if group_by not in ("article", "category"):
        raise ExportFailed(("export", None), "export.group_by")
    member_row = library.members.named(member) if member else None
    session = library.sessions.get(session_id) if session_id is not None else None
    filters = {}
    if member_row is not None:
        filters["member_id"] = member_row.id
    if session is not None:
        filters["session_id"] = session.id
    if issue_id is not None:
        filters["issue_id"] = issue_id
    annotations = library.annotations.find(**filters)
    item_ids: list[int] = []
    if session is not None:
        item_ids += list(session.item_ids)
    if issue_id is not None:
        item_ids += [item.id for item in library.issue(issue_id).items]
    item_ids += [a.item_id for a in annotations if a.item_id is not None]
    item_ids = list(dict.fromkeys(item_ids))
    if not item_ids and not annotations:
        raise ExportFailed(("export", None), "export.nothing")
    articles = []
    issues = {}
    for item_id in item_ids:
        item = library.item(item_id)
        if item.issue_id not in issues:
            issues[item.issue_id] = library.issue(item.issue_id)
        issue = issues[item.issue_id]
        articles.append(ArticleRef(item, issue.title, issue.date))
    default_title = (
        "学习笔记" if member_row is not None or session is None else "理论学习中心组学习记录"
    )
    subtitle_parts = [member_row.name if member_row else None, session.title if session else None]
    content = NotesContent(
        title=title or default_title,
        subtitle="　".join(p for p in subtitle_parts if p),
        session=session,
        member=member_row.name if member_row else None,
        articles=articles,
        include=include,
    )
    if "directives" in include:
        for article in articles:
            found = library.item_directives(article.item.id)
            titles = library.item_titles(article.item.id)
            by_speaker: dict[str | None, list[Directive]] = {}
            for directive in found:
                by_speaker.setdefault(directive.speaker, []).append(directive)
            spans = tuple(
                (a.start, a.end)
                for a in annotations
                if a.item_id == article.item.id and a.start is not None
            )
            content.directives.append(
                ArticleDirectives(
                    article,
                    tuple(
                        SpeakerDirectives(s, tuple(titles.get(s, []) if s else []), tuple(d))
                        for s, d in by_speaker.items()
                    ),
                    spans,
                )
            )
    if "annotations" in include:
        content.annotation_groups = _group(annotations, articles, group_by, library)
    if "reflections" in include:
        names = {m.id: m.name for m in library.members.all()}
        for reflection in library.reflections.all(member_row.id if member_row else None):
            if reflection.item_id is not None and reflection.item_id in item_ids:
                heading = next(a.name for a in articles if a.item.id == reflection.item_id)
            elif (
                reflection.session_id is not None
                and session is not None
                and reflection.session_id == session.id
            ):
                heading = session.title
            else:
                continue
            content.reflections.append(
                ReflectionEntry(heading, names.get(reflection.member_id, ""), reflection.text)
            )
    return content


def _group(
    annotations: list[Annotation], articles: list[ArticleRef], group_by: str, library
) -> list[AnnotationGroup]:
    if group_by == "category":
        order = [c.name for c in library.categories.all()]
        keys = sorted(
            {a.category or "未分类" for a in annotations},
            key=lambda k: (k not in order, order.index(k) if k in order else 0, k),
        )
        return [
            AnnotationGroup(k, tuple(a for a in annotations if (a.category or "未分类") == k))
            for k in keys
        ]
    groups = []
    for article in articles:
        mine = tuple(a for a in annotations if a.item_id == article.item.id)
        if mine:
            groups.append(AnnotationGroup(article.name, mine))
    orphans = tuple(a for a in annotations if a.item_id is None)
    if orphans:
        groups.append(AnnotationGroup("原文已更正或删除的批注", orphans))
    return groups


def session_rows(content: NotesContent) -> list[tuple[str, str]]:
    """The session table of the notes, label and value, as the Word file and the print lay it
    out: time, place, host, who attended, who was away and why, what was studied."""
    session = content.session
    studied = "；".join(f"{a.name}（{a.source}）" for a in content.articles)
    return [
        ("学习时间", chinese_date(session.starts_at) if session and session.starts_at else ""),
        ("地　　点", session.place if session and session.place else ""),
        ("主 持 人", session.host if session and session.host else ""),
        ("参加人员", "、".join(session.attendees) if session else (content.member or "")),
        (
            "缺席人员及原因",
            "；".join(f"{n}（{r}）" if r else n for n, r in session.absentees) if session else "",
        ),
        ("学习内容", studied),
    ]


def by_person(reflections: list[ReflectionEntry]) -> dict[str, list[ReflectionEntry]]:
    """The group record's reflections: each member's together, members in order of first."""
    people: dict[str, list[ReflectionEntry]] = {}
    for entry in reflections:
        people.setdefault(entry.member, []).append(entry)
    return people
