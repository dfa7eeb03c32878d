"""Annotations in the library: a member's highlight, comment and tags on a span of an item.

Functions here run inside the caller's transaction. Each change is written to
the undo log (store/undo_log.py) with the row before and after it. Deleting
only marks a row: undo brings it back, and nothing a member wrote is dropped.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.errors import Invalid, NotFound, NotYours
from desktop.core.model import Annotation
from desktop.core.store import undo_log
from desktop.core.store.connection import LibraryDb, utc_now
from desktop.core.store.trash import TRASHED
from desktop.core.store.undo_log import restore, snapshot

EDITABLE = ("comment", "tags", "category", "colour", "session_id")
_COLUMNS = (
    "a.id, a.uuid, a.item_id, a.issue_id, m.name, a.member_id, a.session_id, a.category, "
    "COALESCE(a.colour, m.colour), a.quote, a.prefix, a.suffix, a.start, a.end, a.orphan, a.comment, a.tags, "
    "a.created_at, a.updated_at, m.colour, a.placement, a.item_title"
)


def _annotation(row: tuple) -> Annotation:
    values = list(row)
    values[14] = bool(values[14]) or values[2] is None or values[12] is None  # nowhere: an orphan
    values[16] = tuple(json.loads(values[16])) if values[16] not in (None, "[]") else ()
    return Annotation(*values)


def get_annotation(db: LibraryDb, annotation_id: int, include_deleted: bool = False) -> Annotation:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM annotations a JOIN members m ON m.id = a.member_id WHERE a.id = ?"
        + ("" if include_deleted else " AND a.deleted = 0"),
        [annotation_id],
    ).fetchone()
    if row is None:
        raise NotFound(("annotation", annotation_id), "annotation.not_found")
    return _annotation(row)


def list_annotations(
    db: LibraryDb,
    item_id: int | None = None,
    member_id: int | None = None,
    session_id: int | None = None,
    category: str | None = None,
    tag: str | None = None,
    issue_id: int | None = None,
) -> list[Annotation]:
    # notes on an issue in the 回收站 are put away with it (and come back with it)
    where, args = (
        ["a.deleted = 0", "(a.issue_id IS NULL OR a.issue_id NOT IN (" + TRASHED + "))"],
        [],
    )
    for column, value in (
        ("a.item_id", item_id),
        ("a.member_id", member_id),
        ("a.session_id", session_id),
        ("a.category", category),
        ("a.issue_id", issue_id),
    ):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM annotations a JOIN members m ON m.id = a.member_id "
        f"WHERE {' AND '.join(where)} ORDER BY a.item_id IS NULL, a.item_id, a.start, a.id",
        args,
    )
    found = [_annotation(row) for row in rows]
    if tag is not None:
        found = [a for a in found if tag in a.tags]
    return found


def create_annotation(
    db: LibraryDb,
    item_id: int,
    body: str,
    issue_id: int,
    start: int,
    end: int,
    member_id: int,
    session_id: int | None = None,
    category: str | None = None,
    colour: str | None = None,
    comment: str = "",
    tags: tuple[str, ...] = (),
) -> int:
    import uuid  # loaded with the first note, not when the window starts

    from desktop.core.text.anchoring import target_for  # likewise

    try:
        target = target_for(body, start, end)
    except ValueError:
        raise Invalid(
            ("item", item_id), "annotation.outside", start=start, end=end, length=len(body)
        ) from None
    if colour is None and category is not None:
        colour = db.one("SELECT colour FROM categories WHERE name = ?", [category])
    stamp = utc_now()
    cursor = db.execute(
        "INSERT INTO annotations (uuid, item_id, issue_id, member_id, session_id, category, colour, "
        "quote, prefix, suffix, start, end, comment, tags, created_at, updated_at, target_key) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "(SELECT content_key FROM items WHERE id = ?))",
        [
            str(uuid.uuid4()),
            item_id,
            issue_id,
            member_id,
            session_id,
            category,
            colour,
            target.quote,
            target.prefix,
            target.suffix,
            target.start,
            target.end,
            comment,
            json.dumps(list(tags), ensure_ascii=False),
            stamp,
            stamp,
            item_id,
        ],
    )
    annotation_id = int(cursor.lastrowid)
    after = snapshot(db, annotation_id)
    undo_log.record(db, member_id, annotation_id, {**after, "deleted": 1}, after)
    return annotation_id


def own(db: LibraryDb, annotation_id: int, member_id: int) -> Annotation:
    """The annotation, if it is `member_id`'s: only its author may change it."""
    annotation = get_annotation(db, annotation_id)
    if annotation.member_id != member_id:
        raise NotYours(("annotation", annotation_id), member=annotation.member)
    if db.one("SELECT origin FROM members WHERE id = ?", [member_id]) is not None:
        raise Invalid(("member", annotation.member), "member.from_elsewhere")  # read-only here
    return annotation


# between two versions of a comment, when both were written and neither saw the other
KEPT_BOTH = "\n——另一处同时写下的批注，两份都已保留——\n"


def update_annotation(
    db: LibraryDb,
    annotation_id: int,
    member_id: int,
    based_on: str | None = None,
    **changes: Any,
) -> None:
    """`based_on`: the comment the editor loaded. If the stored comment changed meanwhile (the
    command line, another window) and the new one differs from it, both are kept."""
    own(db, annotation_id, member_id)
    before = snapshot(db, annotation_id)
    comment = changes.get("comment")
    if (
        based_on is not None
        and comment is not None
        and before["comment"] not in (based_on, comment)
        and before["comment"]
    ):
        changes["comment"] = before["comment"] + KEPT_BOTH + comment
    after = dict(before)
    for key, value in changes.items():
        if key not in EDITABLE:
            raise ValueError(key)
        if value is None:
            continue
        after[key] = json.dumps(list(value), ensure_ascii=False) if key == "tags" else value
    if after == before:
        return
    restore(db, annotation_id, after)
    undo_log.record(db, member_id, annotation_id, before, after)


def delete_annotation(db: LibraryDb, annotation_id: int, member_id: int) -> None:
    own(db, annotation_id, member_id)
    before = snapshot(db, annotation_id)
    after = {**before, "deleted": 1}
    restore(db, annotation_id, after)
    undo_log.record(db, member_id, annotation_id, before, after)


def settle_placement(db: LibraryDb, annotation_id: int, member_id: int, right: bool) -> None:
    """The member's answer on a note re-anchoring placed on changed words: keep it there, or
    make it an orphan at its article (it keeps its quote and comment either way)."""
    own(db, annotation_id, member_id)
    if right:
        db.execute(
            "UPDATE annotations SET placement = 'confirmed', previous_quote = NULL, "
            "updated_at = ? WHERE id = ?",
            [utc_now(), annotation_id],
        )
    else:  # back to the words it was made on
        db.execute(
            "UPDATE annotations SET orphan = 1, start = NULL, end = NULL, placement = NULL, "
            "quote = COALESCE(previous_quote, quote), previous_quote = NULL, "
            "item_title = (SELECT COALESCE(headline, kicker) FROM items WHERE id = item_id), "
            "updated_at = ? WHERE id = ?",
            [utc_now(), annotation_id],
        )
