"""Members of the study group and the highlight categories, in the library (inside the caller's transaction)."""

from __future__ import annotations

from desktop.core.errors import Invalid, NotFound
from desktop.core.model import Category, Member
from desktop.core.store.connection import LibraryDb, utc_now

DEFAULT_COLOUR = "#e8a33d"


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
        raise NotFound(("member", member_id), "member.not_found")
    return Member(*row)


def add_member(db: LibraryDb, name: str, colour: str | None = None) -> Member:
    name = name.strip()
    if not name:
        raise Invalid(("member", None), "member.no_name")
    if member_by_name(db, name):
        raise Invalid(("member", name), "member.exists")
    cursor = db.execute(
        "INSERT INTO members (name, colour, created_at) VALUES (?, ?, ?)",
        [name, colour or DEFAULT_COLOUR, utc_now()],
    )
    return member_by_id(db, int(cursor.lastrowid))


def update_member(
    db: LibraryDb, member_id: int, name: str | None = None, colour: str | None = None
) -> Member:
    member = member_by_id(db, member_id)
    if name is not None and name.strip() != member.name:
        if not name.strip():
            raise Invalid(("member", member.name), "member.no_name")
        if member_by_name(db, name.strip()):
            raise Invalid(("member", name.strip()), "member.exists")
        db.execute("UPDATE members SET name = ? WHERE id = ?", [name.strip(), member_id])
    if colour is not None:
        db.execute("UPDATE members SET colour = ? WHERE id = ?", [colour, member_id])
    return member_by_id(db, member_id)


def list_categories(db: LibraryDb) -> list[Category]:
    return [
        Category(*row)
        for row in db.execute("SELECT name, colour FROM categories ORDER BY position, id")
    ]


def category_colour(db: LibraryDb, name: str) -> str | None:
    return db.one("SELECT colour FROM categories WHERE name = ?", [name])


def set_category(db: LibraryDb, name: str, colour: str) -> None:
    db.execute(
        "INSERT INTO categories (name, colour, position) VALUES (?, ?, (SELECT COUNT(*) FROM categories)) "
        "ON CONFLICT(name) DO UPDATE SET colour = excluded.colour",
        [name, colour],
    )


def remove_category(db: LibraryDb, name: str) -> None:
    db.execute("DELETE FROM categories WHERE name = ?", [name])
