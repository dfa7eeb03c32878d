"""Reflections (心得体会): one text per member and article, or per member and session."""

from __future__ import annotations

from desktop.core.model import Reflection
from desktop.core.store.connection import LibraryDb, utc_now


def save_reflection(
    db: LibraryDb, member_id: int, item_id: int | None, session_id: int | None, text: str
) -> None:
    row = db.execute(
        "SELECT id FROM reflections WHERE member_id = ? AND item_id IS ? AND session_id IS ?",
        [member_id, item_id, session_id],
    ).fetchone()
    if row:
        db.execute(
            "UPDATE reflections SET text = ?, updated_at = ? WHERE id = ?",
            [text, utc_now(), row[0]],
        )
    else:
        db.execute(
            "INSERT INTO reflections (member_id, item_id, session_id, text, updated_at) VALUES (?, ?, ?, ?, ?)",
            [member_id, item_id, session_id, text, utc_now()],
        )


def get_reflection(
    db: LibraryDb, member_id: int, item_id: int | None, session_id: int | None
) -> str:
    row = db.execute(
        "SELECT text FROM reflections WHERE member_id = ? AND item_id IS ? AND session_id IS ?",
        [member_id, item_id, session_id],
    ).fetchone()
    return row[0] if row else ""


def list_reflections(
    db: LibraryDb, member_id: int | None = None, session_id: int | None = None
) -> list[Reflection]:
    where, args = ["text != ''"], []
    if member_id is not None:
        where.append("member_id = ?")
        args.append(member_id)
    if session_id is not None:
        where.append("session_id = ?")
        args.append(session_id)
    rows = db.execute(
        f"SELECT member_id, item_id, session_id, text, updated_at FROM reflections WHERE {' AND '.join(where)} "
        "ORDER BY session_id, item_id",
        args,
    )
    return [Reflection(*row) for row in rows]
