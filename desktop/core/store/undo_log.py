"""The undo log: every annotation change with the row before and after it, one history per member.

Undo and redo put an annotation's row back as the log has it (`SNAPSHOT` columns).

The command line and the window share it, so `yandu undo` takes back what was
done in the window and the other way round. A new change ends what could be redone.
"""

from __future__ import annotations

import json
from typing import Any

from desktop.core.store.connection import LibraryDb, utc_now

# the columns a change may touch: the undo log keeps them before and after
SNAPSHOT = (
    "item_id",
    "issue_id",
    "session_id",
    "category",
    "colour",
    "quote",
    "prefix",
    "suffix",
    "start",
    "end",
    "orphan",
    "comment",
    "tags",
    "deleted",
)


def snapshot(db: LibraryDb, annotation_id: int) -> dict[str, Any]:
    row = db.execute(
        f"SELECT {', '.join(SNAPSHOT)} FROM annotations WHERE id = ?", [annotation_id]
    ).fetchone()
    return dict(zip(SNAPSHOT, row, strict=True))


def restore(db: LibraryDb, annotation_id: int, values: dict[str, Any]) -> None:
    db.execute(
        f"UPDATE annotations SET {', '.join(f'{c} = ?' for c in SNAPSHOT)}, updated_at = ? WHERE id = ?",
        [*(values[c] for c in SNAPSHOT), utc_now(), annotation_id],
    )


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


def undo(db: LibraryDb, member_id: int) -> int | None:
    """Undo the member's last change; the id of the annotation it touched, or None."""
    row = db.execute(
        "SELECT id, annotation_id, before FROM operations WHERE member_id = ? AND undone = 0 "
        "ORDER BY id DESC LIMIT 1",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    operation_id, annotation_id, before = row
    restore(db, annotation_id, json.loads(before))
    db.execute("UPDATE operations SET undone = 1 WHERE id = ?", [operation_id])
    return int(annotation_id)


def redo(db: LibraryDb, member_id: int) -> int | None:
    row = db.execute(
        "SELECT id, annotation_id, after FROM operations WHERE member_id = ? AND undone = 1 "
        "ORDER BY id LIMIT 1",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    operation_id, annotation_id, after = row
    restore(db, annotation_id, json.loads(after))
    db.execute("UPDATE operations SET undone = 0 WHERE id = ?", [operation_id])
    return int(annotation_id)


def can_undo(db: LibraryDb, member_id: int) -> bool:
    return db.one("SELECT 1 FROM operations WHERE member_id = ? AND undone = 0", [member_id]) == 1


def can_redo(db: LibraryDb, member_id: int) -> bool:
    return db.one("SELECT 1 FROM operations WHERE member_id = ? AND undone = 1", [member_id]) == 1
