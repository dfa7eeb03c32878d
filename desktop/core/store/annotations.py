"""Members, categories, study sessions, annotations, reflections, and the undo log, in the library.

Functions here run inside the caller's transaction (`Library` opens one per
change). Annotation changes are logged with the row before and after, so the
command line and the window share one undo history per member. Deleting only
marks a row: undo brings it back, and nothing a member wrote is dropped.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from desktop.core.errors import NotFound, YanduError
from desktop.core.model import Annotation, Category, Member, Reflection, StudySession
from desktop.core.store.connection import LibraryDb
from desktop.core.text.anchoring import Target, reanchor, target_for

_SNAPSHOT = (
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
_COLUMNS = (
    "a.id, a.uuid, a.item_id, a.issue_id, m.name, a.member_id, a.session_id, a.category, "
    "COALESCE(a.colour, m.colour), a.quote, a.prefix, a.suffix, a.start, a.end, a.orphan, a.comment, a.tags, "
    "a.created_at, a.updated_at, m.colour"
)


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# members and categories


def list_members(db: LibraryDb) -> list[Member]:
    return [
        Member(*row) for row in db.execute("SELECT id, name, colour FROM members ORDER BY name")
    ]


def member_by_name(db: LibraryDb, name: str) -> Member | None:
    row = db.execute("SELECT id, name, colour FROM members WHERE name = ?", [name]).fetchone()
    return Member(*row) if row else None


def member_by_id(db: LibraryDb, member_id: int) -> Member:
    row = db.execute("SELECT id, name, colour FROM members WHERE id = ?", [member_id]).fetchone()
    if row is None:
        raise NotFound(f"member {member_id}", "no such member")
    return Member(*row)


def add_member(db: LibraryDb, name: str, colour: str | None = None) -> Member:
    name = name.strip()
    if not name:
        raise YanduError("member", "a member needs a name")
    if member_by_name(db, name):
        raise YanduError(f"member {name}", "a member with this name exists already")
    db.execute(
        "INSERT INTO members (name, colour, created_at) VALUES (?, ?, ?)",
        [name, colour or "#e8a33d", now()],
    )
    return member_by_name(db, name)


def ensure_member(db: LibraryDb, name: str) -> Member:
    return member_by_name(db, name.strip()) or add_member(db, name)


def update_member(
    db: LibraryDb, member_id: int, name: str | None = None, colour: str | None = None
) -> Member:
    member = member_by_id(db, member_id)
    if name is not None and name.strip() != member.name:
        if not name.strip():
            raise YanduError("member", "a member needs a name")
        if member_by_name(db, name.strip()):
            raise YanduError(f"member {name}", "a member with this name exists already")
        db.execute("UPDATE members SET name = ? WHERE id = ?", [name.strip(), member_id])
    if colour is not None:
        db.execute("UPDATE members SET colour = ? WHERE id = ?", [colour, member_id])
    return member_by_id(db, member_id)


def list_categories(db: LibraryDb) -> list[Category]:
    return [
        Category(*row)
        for row in db.execute("SELECT name, colour FROM categories ORDER BY position, id")
    ]


def set_category(db: LibraryDb, name: str, colour: str) -> None:
    db.execute(
        "INSERT INTO categories (name, colour, position) VALUES (?, ?, (SELECT COUNT(*) FROM categories)) "
        "ON CONFLICT(name) DO UPDATE SET colour = excluded.colour",
        [name, colour],
    )


def remove_category(db: LibraryDb, name: str) -> None:
    db.execute("DELETE FROM categories WHERE name = ?", [name])


# study sessions


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
        raise YanduError("session", "a study session needs a title")
    cursor = db.execute(
        "INSERT INTO sessions (title, starts_at, place, host_id, created_at) VALUES (?, ?, ?, ?, ?)",
        [title.strip(), starts_at, place, host_id, now()],
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
    db.execute(
        "UPDATE sessions SET title = ?, starts_at = ?, place = ?, host_id = ? WHERE id = ?",
        [title.strip(), starts_at, place, host_id, session_id],
    )
    db.execute("DELETE FROM session_members WHERE session_id = ?", [session_id])
    db.execute("DELETE FROM session_items WHERE session_id = ?", [session_id])
    _set_session_people(db, session_id, attendee_ids, absentees, item_ids)


def _set_session_people(db, session_id, attendee_ids, absentees, item_ids) -> None:
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
        raise NotFound(
            f"session {session_id}", "no such study session; `yandu sessions` lists them"
        )
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


# annotations


def _annotation(row) -> Annotation:
    values = list(row)
    values[14] = (
        bool(values[14]) or values[2] is None
    )  # no item to stand in: an orphan, whatever the flag says
    values[16] = tuple(json.loads(values[16])) if values[16] not in (None, "[]") else ()
    return Annotation(*values)


def get_annotation(db: LibraryDb, annotation_id: int, include_deleted: bool = False) -> Annotation:
    row = db.execute(
        f"SELECT {_COLUMNS} FROM annotations a JOIN members m ON m.id = a.member_id WHERE a.id = ?"
        + ("" if include_deleted else " AND a.deleted = 0"),
        [annotation_id],
    ).fetchone()
    if row is None:
        raise NotFound(f"annotation {annotation_id}", "no such annotation")
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
    where, args = ["a.deleted = 0"], []
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
        f"SELECT {_COLUMNS} FROM annotations a JOIN members m ON m.id = a.member_id WHERE {' AND '.join(where)} "
        "ORDER BY a.item_id IS NULL, a.item_id, a.start, a.id",
        args,
    )
    found = [_annotation(row) for row in rows]
    if tag is not None:
        found = [a for a in found if tag in a.tags]
    return found


def _snapshot(db: LibraryDb, annotation_id: int) -> dict:
    row = db.execute(
        f"SELECT {', '.join(_SNAPSHOT)} FROM annotations WHERE id = ?", [annotation_id]
    ).fetchone()
    return dict(zip(_SNAPSHOT, row, strict=True))


def _restore(db: LibraryDb, annotation_id: int, snapshot: dict) -> None:
    db.execute(
        f"UPDATE annotations SET {', '.join(f'{c} = ?' for c in _SNAPSHOT)}, updated_at = ? WHERE id = ?",
        [*(snapshot[c] for c in _SNAPSHOT), now(), annotation_id],
    )


def _log(
    db: LibraryDb, member_id: int, annotation_id: int, before: dict | None, after: dict
) -> None:
    db.execute(
        "DELETE FROM operations WHERE member_id = ? AND undone = 1", [member_id]
    )  # a new change ends redo
    db.execute(
        "INSERT INTO operations (member_id, annotation_id, before, after, created_at) VALUES (?, ?, ?, ?, ?)",
        [
            member_id,
            annotation_id,
            json.dumps(before, ensure_ascii=False) if before else None,
            json.dumps(after, ensure_ascii=False),
            now(),
        ],
    )


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

    try:
        target = target_for(body, start, end)
    except ValueError as exc:
        raise YanduError(f"item {item_id}", str(exc)) from None
    if colour is None and category is not None:
        row = db.execute("SELECT colour FROM categories WHERE name = ?", [category]).fetchone()
        colour = row[0] if row else None
    stamp = now()
    cursor = db.execute(
        "INSERT INTO annotations (uuid, item_id, issue_id, member_id, session_id, category, colour, quote, prefix, "
        "suffix, start, end, comment, tags, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        ],
    )
    annotation_id = int(cursor.lastrowid)
    after = _snapshot(db, annotation_id)
    _log(db, member_id, annotation_id, {**after, "deleted": 1}, after)
    return annotation_id


def _own(db: LibraryDb, annotation_id: int, member_id: int) -> Annotation:
    annotation = get_annotation(db, annotation_id)
    if annotation.member_id != member_id:
        raise YanduError(
            f"annotation {annotation_id}",
            f"this is {annotation.member}'s annotation; only its author can change it",
        )
    return annotation


def update_annotation(db: LibraryDb, annotation_id: int, member_id: int, **changes) -> None:
    _own(db, annotation_id, member_id)
    before = _snapshot(db, annotation_id)
    after = dict(before)
    for key, value in changes.items():
        if value is None:
            continue
        if key == "tags":
            value = json.dumps(list(value), ensure_ascii=False)
        if key not in ("comment", "tags", "category", "colour", "session_id"):
            raise ValueError(key)
        after[key] = value
    if after == before:
        return
    _restore(db, annotation_id, after)
    _log(db, member_id, annotation_id, before, after)


def delete_annotation(db: LibraryDb, annotation_id: int, member_id: int) -> None:
    _own(db, annotation_id, member_id)
    before = _snapshot(db, annotation_id)
    after = {**before, "deleted": 1}
    _restore(db, annotation_id, after)
    _log(db, member_id, annotation_id, before, after)


def undo(db: LibraryDb, member_id: int) -> int | None:
    """Undo the member's last annotation change; the id of the annotation it touched, or None."""
    row = db.execute(
        "SELECT id, annotation_id, before FROM operations WHERE member_id = ? AND undone = 0 ORDER BY id DESC LIMIT 1",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    operation_id, annotation_id, before = row
    _restore(db, annotation_id, json.loads(before))
    db.execute("UPDATE operations SET undone = 1 WHERE id = ?", [operation_id])
    return annotation_id


def redo(db: LibraryDb, member_id: int) -> int | None:
    row = db.execute(
        "SELECT id, annotation_id, after FROM operations WHERE member_id = ? AND undone = 1 ORDER BY id LIMIT 1",
        [member_id],
    ).fetchone()
    if row is None:
        return None
    operation_id, annotation_id, after = row
    _restore(db, annotation_id, json.loads(after))
    db.execute("UPDATE operations SET undone = 0 WHERE id = ?", [operation_id])
    return annotation_id


def can_undo(db: LibraryDb, member_id: int) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM operations WHERE member_id = ? AND undone = 0", [member_id]
        ).fetchone()
        is not None
    )


def can_redo(db: LibraryDb, member_id: int) -> bool:
    return (
        db.execute(
            "SELECT 1 FROM operations WHERE member_id = ? AND undone = 1", [member_id]
        ).fetchone()
        is not None
    )


# re-anchoring after a corrected issue is re-imported


def reanchor_issue(db: LibraryDb, issue_id: int, bodies: dict[int, str]) -> None:
    """Place every annotation of the issue in the new bodies (`item id → body`); the rest become orphans.

    An annotation stays in its item if it can; else it may move to another item
    of the issue that holds its quote; else it is an orphan, kept whole.
    """
    rows = db.execute(
        "SELECT id, item_id, quote, prefix, suffix, start, end FROM annotations WHERE issue_id = ? AND orphan = 0",
        [issue_id],
    ).fetchall()
    for annotation_id, item_id, quote, prefix, suffix, start, end in rows:
        target = Target(quote, prefix, suffix, start or 0, end or 0)
        placed, where = None, item_id
        if item_id in bodies:
            placed = reanchor(bodies[item_id], target)
        if placed is None:
            for other, body in bodies.items():
                if other != item_id and quote in body:
                    placed, where = reanchor(body, target), other
                    break
        if placed is None:
            db.execute(
                "UPDATE annotations SET orphan = 1, item_id = NULL, start = NULL, end = NULL, updated_at = ? "
                "WHERE id = ?",
                [now(), annotation_id],
            )
        else:
            db.execute(
                "UPDATE annotations SET item_id = ?, quote = ?, prefix = ?, suffix = ?, start = ?, end = ? WHERE id = ?",
                [
                    where,
                    placed.quote,
                    placed.prefix,
                    placed.suffix,
                    placed.start,
                    placed.end,
                    annotation_id,
                ],
            )


# reflections


def save_reflection(
    db: LibraryDb, member_id: int, item_id: int | None, session_id: int | None, text: str
) -> None:
    row = db.execute(
        "SELECT id FROM reflections WHERE member_id = ? AND item_id IS ? AND session_id IS ?",
        [member_id, item_id, session_id],
    ).fetchone()
    if row:
        db.execute(
            "UPDATE reflections SET text = ?, updated_at = ? WHERE id = ?", [text, now(), row[0]]
        )
    else:
        db.execute(
            "INSERT INTO reflections (member_id, item_id, session_id, text, updated_at) VALUES (?, ?, ?, ?, ?)",
            [member_id, item_id, session_id, text, now()],
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
