"""Reflections (心得体会): one text per member and article, or per member and session."""

from __future__ import annotations

from desktop.core.model import Reflection
from desktop.core.store.connection import LibraryDb, utc_now

# between two versions of a reflection, when both were written and neither saw the other
KEPT_BOTH = "\n\n——以下为另一处同时写下的内容，两份都已保留，请合并——\n\n"


def save_reflection(
    db: LibraryDb,
    member_id: int,
    item_id: int | None,
    session_id: int | None,
    text: str,
    based_on: str | None = None,
) -> tuple[str, bool]:
    """Store `text`; returns what is stored and whether it had to keep two versions.

    `based_on` is the text the editor loaded or last saved. If what is stored now is
    neither that nor `text`, someone else (the command line, another window) wrote in
    between: their text is kept first, this one after it, and the caller says so.
    """
    row = db.execute(
        "SELECT id, text FROM reflections WHERE member_id = ? AND item_id IS ? AND session_id IS ?",
        [member_id, item_id, session_id],
    ).fetchone()
    stored = row[1] if row else ""
    if based_on is not None and text == based_on:
        return stored, False  # nothing typed since it was loaded: what is stored stays
    both = based_on is not None and stored not in (based_on, text) and stored != ""
    if both:
        text = stored + KEPT_BOTH + text
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
    return text, both


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
