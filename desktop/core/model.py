"""The values the core hands out: frozen dataclasses, no behaviour beyond derived fields."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.core.errors import Problem

ITEM_KINDS = ("article", "caption", "brief")


@dataclass(frozen=True)
class Item:
    """One story of an issue: an article, a photo caption or a brief.

    Offsets used anywhere in Yandu are code points into `body`, the paragraphs
    joined by a single newline.
    """

    kind: str
    paragraphs: tuple[str, ...]
    headline: str | None = None
    kicker: str | None = None
    subhead: str | None = None
    source_url: str | None = None
    id: int | None = None
    issue_id: int | None = None
    position: int = 0

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    @property
    def has_text(self) -> bool:
        """False for a story the source gave only as a headline and a link."""
        return bool(self.paragraphs)


@dataclass(frozen=True)
class Issue:
    """One issue of a bulletin, as parsed from a file (id None) or read from the library."""

    title: str
    date: str | None
    format: str
    items: tuple[Item, ...]
    source: str | None = None
    id: int | None = None
    imported_at: str | None = None
    skipped: int = 0  # stories of the file left out as junk (parsing only; not stored)


@dataclass(frozen=True)
class IssueSummary:
    id: int
    title: str
    date: str | None
    source: str | None
    format: str
    item_count: int


@dataclass(frozen=True)
class SearchHit:
    item_id: int
    issue_id: int
    headline: str | None
    snippet: str
    issue_title: str
    issue_date: str | None
    hits: int = 1  # occurrences in the body (0: only in the headline)
    match: tuple[int, int] = (0, 0)  # where the hit is in the snippet


@dataclass(frozen=True)
class ImportResult:
    """What happened to one file. `status` is imported, updated, unchanged, failed, or skipped
    (a file of a folder that is no bulletin: a photo, a spreadsheet; `problem` says which)."""

    path: str
    status: str
    issue_id: int | None = None
    title: str | None = None
    item_count: int = 0
    problem: Problem | None = None  # why it failed
    kept_item_ids: tuple[int, ...] = field(default=())
    skipped: int = 0  # stories of the file left out as junk (a scraper's `undefined`)

    @property
    def failed(self) -> bool:
        return self.status == "failed"


@dataclass(frozen=True)
class Directive:
    """A sentence of an item that lays down what should be done (requirement) or is attributed (statement).

    `start`/`end` are code points into the item's body; `text` is exactly body[start:end].
    """

    item_id: int
    start: int
    end: int
    text: str
    kind: str
    speaker: str | None
    issue_id: int | None = None
    cue: str = ""  # why it was marked (core/explain.py words it)
    attribution: str = ""  # how its speaker is known


@dataclass(frozen=True)
class Found:
    """A directive found by the analysis in an item body: code-point offsets into the body."""

    start: int
    end: int
    kind: str  # requirement | statement
    speaker: str | None
    cue: str = ""  # why it was marked, e.g. modal:必须, numbered_task:第三 (analysis/cues.py)
    attribution: str = ""  # how the speaker is known: named, pronoun, span, byline, body, unnamed


@dataclass(frozen=True)
class ItemAnalysis:
    """What the analysis found in one item: directives, quoted phrases, people with their titles."""

    directives: tuple[Found, ...]
    phrases: tuple[tuple[int, int, str], ...]
    people: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True)
class PhraseCount:
    text: str
    count: int
    issues: int


@dataclass(frozen=True)
class Person:
    name: str
    titles: tuple[str, ...]
    directives: int
    issues: int


@dataclass(frozen=True)
class Member:
    """A member of the study group. `uuid` is who they are on every computer (names are labels);
    `local` is false for a member whose notes came in a file: their layer is read-only here."""

    id: int
    name: str
    colour: str
    uuid: str = ""
    local: bool = True


@dataclass(frozen=True)
class Category:
    name: str
    colour: str


@dataclass(frozen=True)
class StudySession:
    """A 学习会: who hosted, who came, who was away and why, what was studied."""

    id: int
    title: str
    starts_at: str | None
    place: str | None
    host: str | None
    attendees: tuple[str, ...]
    absentees: tuple[tuple[str, str], ...]  # (name, reason)
    item_ids: tuple[int, ...]


@dataclass(frozen=True)
class Annotation:
    """A member's highlight, comment and tags on a span of an item (offsets in code points of its body).

    `orphan` is true when a re-imported version of the item no longer holds the
    quote; the annotation keeps its quote, comment and tags, and its item if the item
    is still there (`item_title` names it when it is not). `placement` says how
    re-anchoring placed it: None (where the member put it, or the same words where they
    were), "moved" (the same words elsewhere), "fuzzy" (changed words: the member is
    asked to confirm), "confirmed".
    """

    id: int
    uuid: str
    item_id: int | None
    issue_id: int | None
    member: str
    member_id: int
    session_id: int | None
    category: str | None
    colour: str
    quote: str
    prefix: str
    suffix: str
    start: int | None
    end: int | None
    orphan: bool
    comment: str
    tags: tuple[str, ...]
    created_at: str
    updated_at: str
    member_colour: str = "#e8a33d"
    placement: str | None = None
    item_title: str | None = None

    @property
    def to_confirm(self) -> bool:
        """Placed on changed words by re-anchoring: the member should look and confirm."""
        return self.placement == "fuzzy" and not self.orphan


@dataclass(frozen=True)
class Undone:
    """What an undo or redo did: the annotation it touched, or that the annotation was gone."""

    annotation_id: int
    skipped: bool = False


@dataclass(frozen=True)
class Reflection:
    member_id: int
    item_id: int | None
    session_id: int | None
    text: str
    updated_at: str
