"""Study sessions (学习会) in the library: who hosted, who came, who was away and why, what was studied."""

from __future__ import annotations

from desktop.core.errors import Invalid, NotFound
from desktop.core.model import StudySession
from desktop.core.store.connection import LibraryDb, utc_now


def add_session(
    db: LibraryDb,
    title: str,
    starts_at: str | None = None,
    place: str | None = None,
    host_id: int | None = None,
    attendee_ids: tuple[int, ...] = (),
    absentees: tuple[tuple[int, str], ...] = (),
    item_ids: tuple[int, ...] = (),
) -> int:
    if not title.strip():
        raise Invalid(("session", None), "session.no_title")
    import uuid  # a session's identity travels with the notes made in it (core/exchange)

    cursor = db.execute(
        "INSERT INTO sessions (uuid, title, starts_at, place, host_id, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        [str(uuid.uuid4()), title.strip(), starts_at, place, host_id, utc_now()],
    )
    session_id = int(cursor.lastrowid)
    _set_session_people(db, session_id, attendee_ids, absentees, item_ids)
    return session_id


def update_session(
    db: LibraryDb,
    session_id: int,
    title: str,
    starts_at: str | None,
    place: str | None,
    host_id: int | None,
    attendee_ids: tuple[int, ...],
    absentees: tuple[tuple[int, str], ...],
    item_ids: tuple[int, ...],
) -> None:
    get_session(db, session_id)
    if not title.strip():
        raise Invalid(("session", session_id), "session.no_title")
    db.execute(
        "UPDATE sessions SET title = ?, starts_at = ?, place = ?, host_id = ? WHERE id = ?",
        [title.strip(), starts_at, place, host_id, session_id],
    )
    db.execute("DELETE FROM session_members WHERE session_id = ?", [session_id])
    db.execute("DELETE FROM session_items WHERE session_id = ?", [session_id])
    _set_session_people(db, session_id, attendee_ids, absentees, item_ids)


def _set_session_people(
    db: LibraryDb,
    session_id: int,
    attendee_ids: tuple[int, ...],
    absentees: tuple[tuple[int, str], ...],
    item_ids: tuple[int, ...],
) -> None:
    for member_id in dict.fromkeys(attendee_ids):
        db.execute(
            "INSERT OR REPLACE INTO session_members (session_id, member_id, present) VALUES (?, ?, 1)",
            [session_id, member_id],
        )
    for member_id, reason in absentees:
        db.execute(
            "INSERT OR REPLACE INTO session_members (session_id, member_id, present, reason) VALUES (?, ?, 0, ?)",
            [session_id, member_id, reason],
        )
    for item_id in dict.fromkeys(item_ids):
        db.execute(
            "INSERT OR IGNORE INTO session_items (session_id, item_id) VALUES (?, ?)",
            [session_id, item_id],
        )


def get_session(db: LibraryDb, session_id: int) -> StudySession:
    row = db.execute(
        "SELECT s.id, s.title, s.starts_at, s.place, m.name FROM sessions s "
        "LEFT JOIN members m ON m.id = s.host_id WHERE s.id = ?",
        [session_id],
    ).fetchone()
    if row is None:
        raise NotFound(("session", session_id), "session.not_found")
    people = db.execute(
        "SELECT m.name, sm.present, sm.reason FROM session_members sm JOIN members m ON m.id = sm.member_id "
        "WHERE sm.session_id = ? ORDER BY m.name",
        [session_id],
    ).fetchall()
    items = tuple(
        r[0]
        for r in db.execute(
            "SELECT si.item_id FROM session_items si JOIN items i ON i.id = si.item_id "
            "JOIN issues s ON s.id = i.issue_id WHERE si.session_id = ? ORDER BY s.date, i.issue_id, i.position",
            [session_id],
        )
    )
    return StudySession(
        id=row[0],
        title=row[1],
        starts_at=row[2],
        place=row[3],
        host=row[4],
        attendees=tuple(name for name, present, _ in people if present),
        absentees=tuple((name, reason or "") for name, present, reason in people if not present),
        item_ids=items,
    )


def list_sessions(db: LibraryDb) -> list[StudySession]:
    return [
        get_session(db, row[0])
        for row in db.execute(
            "SELECT id FROM sessions ORDER BY starts_at IS NULL, starts_at DESC, id DESC"
        )
    ]
