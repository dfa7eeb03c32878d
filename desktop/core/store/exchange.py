"""The library's side of exchanging layers: members by UUID, notes merged by id, notes that wait.

Functions here run inside the caller's transaction. A note from another computer is placed on
the article with its content key, as re-import places notes (text/anchoring.py): on the same
words, on the words moved, on changed words to be confirmed, or kept as an orphan at its
article; when this library has no such article, it waits (`waiting = 1`) with its quote and
its article's headline, and `attach_waiting` places it when the article is imported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.core.store.connection import LibraryDb, utc_now
from desktop.core.text.anchoring import EXACT, FUZZY, MOVED, Target, reanchor


@dataclass(frozen=True)
class Incoming:
    """One annotation as a file carries it (core/exchange/webannotation.py reads it)."""

    uuid: str
    article_key: str
    headline: str
    issue_title: str
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    category: str | None
    comment: str
    tags: tuple[str, ...]
    created: str
    modified: str
    deleted: bool
    session_uuid: str | None = None


def exchange_member(db: LibraryDb, member_uuid: str, name: str, colour: str) -> int | None:
    """The member a file belongs to, added as one whose layer came from elsewhere; their name
    follows the newest file (renaming keeps the id). None if the UUID is one of this library's
    own members: a file may not write into a layer that is kept here."""
    row = db.execute("SELECT id, origin FROM members WHERE uuid = ?", [member_uuid]).fetchone()
    if row is not None:
        if row[1] is None:
            return None
        db.execute("UPDATE members SET name = ?, colour = ? WHERE id = ?", [name, colour, row[0]])
        return int(row[0])
    cursor = db.execute(
        "INSERT INTO members (uuid, name, colour, created_at, origin) VALUES (?, ?, ?, ?, 'exchange')",
        [member_uuid, name, colour, utc_now()],
    )
    return int(cursor.lastrowid)


def session_by_uuid(db: LibraryDb, session_uuid: str, title: str, starts_at: str | None) -> int:
    found = db.one("SELECT id FROM sessions WHERE uuid = ?", [session_uuid])
    if found is not None:
        return int(found)
    cursor = db.execute(
        "INSERT INTO sessions (uuid, title, starts_at, created_at) VALUES (?, ?, ?, ?)",
        [session_uuid, title, starts_at, utc_now()],
    )
    return int(cursor.lastrowid)


def merge_annotation(db: LibraryDb, member_id: int, note: Incoming, session_id: int | None) -> str:
    """Store `note` for the member: 'added', 'updated', 'deleted' or 'unchanged' (the copy here
    is as new or newer). Merged by id; the newer `modified` wins; a tombstone deletes."""
    row = db.execute(
        "SELECT id, member_id, updated_at, deleted FROM annotations WHERE uuid = ?", [note.uuid]
    ).fetchone()
    if row is not None:
        if row[1] != member_id:
            raise ValueError("an annotation id of another member")
        if row[2] >= note.modified:
            return "unchanged"
        db.execute(
            "UPDATE annotations SET category = ?, comment = ?, tags = ?, deleted = ?, updated_at = ?, "
            "session_id = ? WHERE id = ?",
            [note.category, note.comment, _tags(note), int(note.deleted), note.modified,
             session_id, row[0]],
        )  # fmt: skip
        return "deleted" if note.deleted and not row[3] else "updated"
    colour = db.one("SELECT colour FROM categories WHERE name = ?", [note.category])
    cursor = db.execute(
        "INSERT INTO annotations (uuid, item_id, issue_id, member_id, session_id, category, colour, "
        "quote, prefix, suffix, start, end, orphan, comment, tags, deleted, created_at, updated_at, "
        "target_key, waiting, item_title) "
        "VALUES (?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, 1, ?)",
        [note.uuid, member_id, session_id, note.category, colour, note.quote, note.prefix,
         note.suffix, note.start, note.end, note.comment, _tags(note), int(note.deleted),
         note.created, note.modified, note.article_key, note.headline],
    )  # fmt: skip
    item = db.execute(
        "SELECT id, body FROM items WHERE content_key = ? ORDER BY id LIMIT 1", [note.article_key]
    ).fetchone()
    if item is not None:
        _place(db, int(cursor.lastrowid), item[0], item[1])
    return "deleted" if note.deleted else "added"


def _tags(note: Incoming) -> str:
    return json.dumps(list(note.tags), ensure_ascii=False)


def _place(db: LibraryDb, annotation_id: int, item_id: int, body: str) -> None:
    quote, prefix, suffix, start, end = db.execute(
        "SELECT quote, prefix, suffix, start, end FROM annotations WHERE id = ?", [annotation_id]
    ).fetchone()
    placed = reanchor(body, Target(quote, prefix, suffix, start or 0, end or 0))
    issue_id = db.one("SELECT issue_id FROM items WHERE id = ?", [item_id])
    if placed.target is None:  # on its article, but its words are not there: an orphan
        db.execute(
            "UPDATE annotations SET item_id = ?, issue_id = ?, waiting = 0, orphan = 1, "
            "start = NULL, end = NULL WHERE id = ?",
            [item_id, issue_id, annotation_id],
        )
        return
    target = placed.target
    how = {EXACT: None, MOVED: "moved", FUZZY: "fuzzy"}.get(placed.how)
    db.execute(
        "UPDATE annotations SET item_id = ?, issue_id = ?, waiting = 0, orphan = 0, start = ?, "
        "end = ?, quote = ?, prefix = ?, suffix = ?, placement = ?, "
        "previous_quote = CASE WHEN ? = 'fuzzy' THEN quote ELSE previous_quote END WHERE id = ?",
        [item_id, issue_id, target.start, target.end, target.quote, target.prefix, target.suffix,
         how, how, annotation_id],
    )  # fmt: skip


def attach_waiting(db: LibraryDb, issue_id: int) -> int:
    """Place the notes from other computers that waited for an article of this issue, now
    imported (one query per issue: the waiting notes are few, found by their partial index)."""
    waiting = db.execute(
        "SELECT a.id, i.id, i.body FROM annotations a JOIN items i ON i.content_key = a.target_key "
        "WHERE a.waiting = 1 AND i.issue_id = ?",
        [issue_id],
    ).fetchall()
    for annotation_id, item_id, body in waiting:
        _place(db, annotation_id, item_id, body)
    return len(waiting)


@dataclass(frozen=True)
class Waiting:
    """Notes from other computers waiting for an article this library does not have."""

    headline: str
    count: int
    members: tuple[str, ...]


def waiting(db: LibraryDb) -> list[Waiting]:
    rows = db.execute(
        "SELECT a.target_key, MAX(a.item_title), COUNT(*), GROUP_CONCAT(DISTINCT m.name) "
        "FROM annotations a JOIN members m ON m.id = a.member_id "
        "WHERE a.waiting = 1 AND a.deleted = 0 GROUP BY a.target_key ORDER BY 2"
    ).fetchall()
    return [Waiting(row[1] or "", row[2], tuple(sorted((row[3] or "").split(",")))) for row in rows]


def merge_reflection(
    db: LibraryDb, member_id: int, article_key: str | None, session_id: int | None, text: str,
    modified: str,
) -> str:  # fmt: skip
    """A reflection from another computer, by member and article (or session); the newer wins.
    On an article this library lacks, it is not kept (its text names no place to show it)."""
    item_id = None
    if article_key is not None:
        item_id = db.one(
            "SELECT id FROM items WHERE content_key = ? ORDER BY id LIMIT 1", [article_key]
        )
        if item_id is None:
            return "waiting"
    row = db.execute(
        "SELECT id, updated_at FROM reflections WHERE member_id = ? AND item_id IS ? "
        "AND session_id IS ?",
        [member_id, item_id, session_id],
    ).fetchone()
    if row is None:
        db.execute(
            "INSERT INTO reflections (member_id, item_id, session_id, text, updated_at) "
            "VALUES (?, ?, ?, ?, ?)",
            [member_id, item_id, session_id, text, modified],
        )
        return "added"
    if row[1] >= modified:
        return "unchanged"
    db.execute(
        "UPDATE reflections SET text = ?, updated_at = ? WHERE id = ?", [text, modified, row[0]]
    )
    return "updated"
