"""The undo log: every annotation change with what the member had before and after it, one history per member.

Undo and redo put back what a member edits (`SNAPSHOT`: comment, tags, category,
colour, session, deleted or not). Where the annotation sits is left to anchoring,
so an undo after a corrected issue was re-imported keeps the note where
re-anchoring put it (or keeps it an orphan). An entry whose annotation is gone
is skipped, never left stuck at the top of the stack.

The command line and the window share it, so `yandu undo` takes back what was
done in the window and the other way round. A new change ends what could be redone.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.model import Undone
from desktop.core.store.connection import LibraryDb, utc_now

# what a member edits: the undo log keeps it before and after each change
SNAPSHOT = ("session_id", "category", "colour", "comment", "tags", "deleted")


def snapshot(db: LibraryDb, annotation_id: int) -> dict[str, Any]:
    row = db.execute(
        f"SELECT {', '.join(SNAPSHOT)} FROM annotations WHERE id = ?", [annotation_id]
    ).fetchone()
    return dict(zip(SNAPSHOT, row, strict=True))


def restore(db: LibraryDb, annotation_id: int, values: dict[str, Any]) -> bool:
    """Put back the member's fields (entries written before placement was left out of the
    log also hold offsets: those are ignored). False if the annotation is gone."""
    kept = {column: values[column] for column in SNAPSHOT if column in values}
    session = kept.get("session_id")
    if session is not None and db.one("SELECT 1 FROM sessions WHERE id = ?", [session]) is None:
        kept["session_id"] = None  # the session was removed since: the note stays, unfiled
    cursor = db.execute(
        f"UPDATE annotations SET {', '.join(f'{c} = ?' for c in kept)}, updated_at = ? WHERE id = ?",
        [*kept.values(), utc_now(), annotation_id],
    )
    return cursor.rowcount == 1


def record(
    db: LibraryDb,
    member_id: int,
    annotation_id: int,
    before: dict[str, Any] | None,
    after: dict[str, Any],
) -> None:
    db.execute("DELETE FROM operations WHERE member_id = ? AND undone = 1", [member_id])
    db.execute(
        "INSERT INTO operations (member_id, annotation_id, before, after, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            member_id,
            annotation_id,
            json.dumps(before, ensure_ascii=False) if before else None,
            json.dumps(after, ensure_ascii=False),
            utc_now(),
        ],
    )


def undo(db: LibraryDb, member_id: int) -> Undone | None:
    """Undo the member's last change; None when there is nothing to undo."""
    row = db.execute(
        "SELECT id, annotation_id, before FROM operations WHERE member_id = ? AND undone = 0 "
        "ORDER BY id DESC LIMIT 1",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    operation_id, annotation_id, before = row
    done = restore(db, annotation_id, json.loads(before))
    db.execute("UPDATE operations SET undone = 1 WHERE id = ?", [operation_id])
    return Undone(int(annotation_id), skipped=not done)


def redo(db: LibraryDb, member_id: int) -> Undone | None:
    row = db.execute(
        "SELECT id, annotation_id, after FROM operations WHERE member_id = ? AND undone = 1 "
        "ORDER BY id LIMIT 1",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    operation_id, annotation_id, after = row
    done = restore(db, annotation_id, json.loads(after))
    db.execute("UPDATE operations SET undone = 0 WHERE id = ?", [operation_id])
    return Undone(int(annotation_id), skipped=not done)


def can_undo(db: LibraryDb, member_id: int) -> bool:
    return db.one("SELECT 1 FROM operations WHERE member_id = ? AND undone = 0", [member_id]) == 1


def can_redo(db: LibraryDb, member_id: int) -> bool:
    return db.one("SELECT 1 FROM operations WHERE member_id = ? AND undone = 1", [member_id]) == 1


def last_done_at(db: LibraryDb, member_id: int) -> str | None:
    return db.one(
        "SELECT created_at FROM operations WHERE member_id = ? AND undone = 0 "
        "ORDER BY id DESC LIMIT 1",
        [member_id],
    )
