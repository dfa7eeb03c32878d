"""A member's layer as a W3C Web Annotation Data Model file (JSON-LD), and back.

One file is one member's: an `AnnotationCollection` whose `creator` is the member (a
`urn:uuid:` made where they work, with their name as a label) and whose first page holds
their annotations. Each annotation has `id`, `creator`, `created`, `modified`, its
motivations (highlighting; commenting with a comment; tagging with tags), a `target` whose
`source` names the article by its content key (`urn:yandu:article:…`, core/exchange/keys.py)
with its headline and issue for people, and two selectors: `TextQuoteSelector` (exact,
prefix, suffix) and `TextPositionSelector` (start, end: code points of the article's text).
The category is a `classifying` body, each tag a `tagging` body, the comment a
`commenting` one. A deleted annotation travels as a tombstone (`yandu:deleted`). The
member's reflections and the sessions their notes belong to ride along as `yandu:`
extensions, which W3C readers ignore.

`read` checks a file against all of this before anything is merged: `Unfit` says why not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from desktop.core.exchange.keys import article_urn, key_of
from desktop.core.store.exchange import Incoming

CONTEXT = ["http://www.w3.org/ns/anno.jsonld", {"yandu": "urn:yandu:vocab#"}]
_UUID = re.compile(r"urn:uuid:([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})")
_TIME = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)?")


class Unfit(ValueError):
    """The file is not an exchange file Yandu can merge (the reason in `args[0]`)."""


class NotTheirs(Unfit):
    """An annotation in the file has another creator than the member the file is of."""


@dataclass(frozen=True)
class Person:
    uuid: str
    name: str
    colour: str


@dataclass(frozen=True)
class ReflectionOut:
    article_key: str | None
    session_uuid: str | None
    text: str
    modified: str


@dataclass(frozen=True)
class SessionOut:
    uuid: str
    title: str
    starts_at: str | None
    article_keys: tuple[str, ...]


@dataclass(frozen=True)
class Layer:
    """What one file holds: whose it is and everything they wrote."""

    member: Person
    annotations: tuple[Incoming, ...]
    reflections: tuple[ReflectionOut, ...] = ()
    sessions: tuple[SessionOut, ...] = ()


def urn(uuid: str) -> str:
    return f"urn:uuid:{uuid}"


def write(layer: Layer, generated: str) -> dict[str, Any]:
    creator = urn(layer.member.uuid)
    sessions = {session.uuid: session for session in layer.sessions}
    return {
        "@context": CONTEXT,
        "id": f"{creator}:notes",
        "type": "AnnotationCollection",
        "label": f"研读笔记：{layer.member.name}",
        "creator": {
            "id": creator,
            "type": "Person",
            "name": layer.member.name,
            "yandu:colour": layer.member.colour,
        },
        "generator": {"id": "urn:yandu:app", "type": "Software", "name": "研读 Yandu"},
        "generated": generated,
        "total": len(layer.annotations),
        "first": {
            "type": "AnnotationPage",
            "items": [_annotation(note, creator, sessions) for note in layer.annotations],
        },
        "yandu:reflections": [
            {
                "article": article_urn(r.article_key) if r.article_key else None,
                "session": urn(r.session_uuid) if r.session_uuid else None,
                "text": r.text,
                "modified": r.modified,
            }
            for r in layer.reflections
        ],
        "yandu:sessions": [
            {
                "id": urn(s.uuid),
                "title": s.title,
                "startsAt": s.starts_at,
                "articles": [article_urn(key) for key in s.article_keys],
            }
            for s in layer.sessions
        ],
    }


def _annotation(note: Incoming, creator: str, sessions: dict[str, SessionOut]) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = []
    motivations = ["highlighting"]
    if note.comment:
        motivations.append("commenting")
        bodies.append(
            {"type": "TextualBody", "purpose": "commenting", "value": note.comment,
             "format": "text/plain", "language": "zh"}
        )  # fmt: skip
    if note.category:
        bodies.append({"type": "TextualBody", "purpose": "classifying", "value": note.category})
    if note.tags:
        motivations.append("tagging")
        bodies += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in note.tags]
    found: dict[str, Any] = {
        "id": urn(note.uuid),
        "type": "Annotation",
        "motivation": motivations if len(motivations) > 1 else motivations[0],
        "creator": creator,
        "created": note.created,
        "modified": note.modified,
        # a list of one, as Hypothesis and other Web Annotation clients write and read it
        "target": [{
            "source": article_urn(note.article_key),
            "yandu:headline": note.headline,
            "yandu:issue": note.issue_title,
            "selector": [
                {"type": "TextQuoteSelector", "exact": note.quote, "prefix": note.prefix,
                 "suffix": note.suffix},
                {"type": "TextPositionSelector", "start": note.start, "end": note.end},
            ],
        }],
    }  # fmt: skip
    if bodies:
        found["body"] = bodies
    if note.session_uuid and note.session_uuid in sessions:
        found["yandu:session"] = urn(note.session_uuid)
    if note.deleted:
        found["yandu:deleted"] = True
    return found


# reading


def read(document: Any) -> Layer:
    """The layer a parsed JSON document holds. Raises Unfit (NotTheirs) with the reason."""
    if not isinstance(document, dict) or document.get("type") != "AnnotationCollection":
        raise Unfit("not an AnnotationCollection")
    creator = document.get("creator")
    if not isinstance(creator, dict):
        raise Unfit("the collection names no creator")
    member_uuid = _uuid_of(creator.get("id"), "the creator's id")
    name = creator.get("name")
    if not isinstance(name, str) or not name.strip():
        raise Unfit("the creator has no name")
    colour = creator.get("yandu:colour")
    colour = (
        colour
        if isinstance(colour, str) and re.fullmatch(r"#[0-9a-fA-F]{6}", colour)
        else "#e8a33d"
    )
    page = document.get("first")
    items = page.get("items") if isinstance(page, dict) else None
    if not isinstance(items, list):
        raise Unfit("the collection has no page of annotations")
    sessions = tuple(_session(s) for s in _list(document.get("yandu:sessions")))
    known_sessions = {s.uuid for s in sessions}
    notes = []
    for number, item in enumerate(items, 1):
        note = _incoming(item, number, urn(member_uuid), known_sessions)
        notes.append(note)
    if len({note.uuid for note in notes}) != len(notes):
        raise Unfit("an annotation id occurs twice")
    reflections = tuple(_reflection(r) for r in _list(document.get("yandu:reflections")))
    return Layer(Person(member_uuid, name.strip(), colour), tuple(notes), reflections, sessions)


def _list(value: Any) -> list:
    if value is None:
        return []
    if not isinstance(value, list):
        raise Unfit("an extension list is not a list")
    return value


def _uuid_of(value: Any, what: str) -> str:
    match = _UUID.fullmatch(value) if isinstance(value, str) else None
    if match is None:
        raise Unfit(f"{what} is not a urn:uuid")
    return match.group(1)


def _time(value: Any, what: str) -> str:
    if not isinstance(value, str) or not _TIME.fullmatch(value):
        raise Unfit(f"{what} is not a time")
    return value


def _text(value: Any, what: str, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value):
        raise Unfit(f"{what} is not text")
    return value


def _incoming(item: Any, number: int, creator: str, sessions: set[str]) -> Incoming:
    where = f"annotation {number}"
    if not isinstance(item, dict) or item.get("type") != "Annotation":
        raise Unfit(f"{where} is not an Annotation")
    note_uuid = _uuid_of(item.get("id"), f"{where}'s id")
    if item.get("creator") != creator:
        raise NotTheirs(f"{where} is by {item.get('creator')!r}")
    target = item.get("target")
    if isinstance(target, list) and len(target) == 1:
        target = target[0]
    if not isinstance(target, dict):
        raise Unfit(f"{where} has no target")
    source = target.get("source")
    key = key_of(source) if isinstance(source, str) else None
    if key is None:
        raise Unfit(f"{where}'s target names no article")
    selectors = target.get("selector")
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next(
        (s for s in selectors if isinstance(s, dict) and s.get("type") == "TextQuoteSelector"), None
    )
    position = next((s for s in selectors if isinstance(s, dict) and s.get("type") == "TextPositionSelector"), None)  # fmt: skip
    if quote is None or position is None:
        raise Unfit(f"{where} lacks a TextQuoteSelector or a TextPositionSelector")
    start, end = position.get("start"), position.get("end")
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        raise Unfit(f"{where}'s position is not a span")
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    by_purpose: dict[str, list[str]] = {}
    for body in bodies:
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            by_purpose.setdefault(str(body.get("purpose", "commenting")), []).append(body["value"])
    session = item.get("yandu:session")
    session_uuid = _uuid_of(session, f"{where}'s session") if session is not None else None
    if session_uuid is not None and session_uuid not in sessions:
        raise Unfit(f"{where}'s session is not in the file")
    return Incoming(
        uuid=note_uuid,
        article_key=key,
        headline=_text(target.get("yandu:headline", ""), f"{where}'s headline"),
        issue_title=_text(target.get("yandu:issue", ""), f"{where}'s issue"),
        quote=_text(quote.get("exact"), f"{where}'s exact text", empty=False),
        prefix=_text(quote.get("prefix", ""), f"{where}'s prefix"),
        suffix=_text(quote.get("suffix", ""), f"{where}'s suffix"),
        start=start,
        end=end,
        category=next(iter(by_purpose.get("classifying", [])), None),
        comment="\n".join(by_purpose.get("commenting", [])),
        tags=tuple(by_purpose.get("tagging", [])),
        created=_time(item.get("created"), f"{where}'s created"),
        modified=_time(item.get("modified"), f"{where}'s modified"),
        deleted=item.get("yandu:deleted") is True,
        session_uuid=session_uuid,
    )


def _reflection(value: Any) -> ReflectionOut:
    if not isinstance(value, dict):
        raise Unfit("a reflection is not an object")
    article = value.get("article")
    session = value.get("session")
    key = key_of(article) if isinstance(article, str) else None
    if article is not None and key is None:
        raise Unfit("a reflection names no article")
    session_uuid = _uuid_of(session, "a reflection's session") if session is not None else None
    if key is None and session_uuid is None:
        raise Unfit("a reflection is on nothing")
    return ReflectionOut(
        key, session_uuid, _text(value.get("text"), "a reflection's text"),
        _time(value.get("modified"), "a reflection's modified"),
    )  # fmt: skip


def _session(value: Any) -> SessionOut:
    if not isinstance(value, dict):
        raise Unfit("a session is not an object")
    keys = []
    for article in _list(value.get("articles")):
        key = key_of(article) if isinstance(article, str) else None
        if key is None:
            raise Unfit("a session names no article")
        keys.append(key)
    starts = value.get("startsAt")
    return SessionOut(
        _uuid_of(value.get("id"), "a session's id"),
        _text(value.get("title"), "a session's title", empty=False),
        starts if isinstance(starts, str) else None,
        tuple(keys),
    )
