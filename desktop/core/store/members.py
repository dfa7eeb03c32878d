"""Members of the study group and the highlight categories, in the library (inside the caller's transaction)."""

from __future__ import annotations

from desktop.core.errors import Invalid, NotFound
from desktop.core.model import Category, Member
from desktop.core.store.connection import LibraryDb, utc_now

# a new member's colour: the first of these no member has yet. The Okabe-Ito palette, which
# readers with any common colour-vision deficiency can tell apart (black and yellow left out:
# one is the text, the other the 重点 highlight), then a few more once those are taken
PALETTE = (
    "#e69f00", "#56b4e9", "#009e73", "#0072b2", "#d55e00", "#cc79a7",
    "#8c564b", "#7f7f7f", "#17becf", "#bcbd22",
)  # fmt: skip


_MEMBER = "SELECT id, name, colour, uuid, origin IS NULL FROM members"


def _member(row: tuple) -> Member:
    return Member(row[0], row[1], row[2], row[3], bool(row[4]))


def list_members(db: LibraryDb) -> list[Member]:
    """Every member: this library's own first by name, then those whose notes came in files."""
    return [_member(row) for row in db.execute(f"{_MEMBER} ORDER BY origin IS NOT NULL, name, id")]


def member_by_name(db: LibraryDb, name: str) -> Member | None:
    """This library's own member of that name (names are unique among them), else one from a
    file of that name (the first, if two computers have one)."""
    row = db.execute(
        f"{_MEMBER} WHERE name = ? ORDER BY origin IS NOT NULL, id LIMIT 1", [name]
    ).fetchone()
    return _member(row) if row else None


def member_by_id(db: LibraryDb, member_id: int) -> Member:
    row = db.execute(f"{_MEMBER} WHERE id = ?", [member_id]).fetchone()
    if row is None:
        raise NotFound(("member", member_id), "member.not_found")
    return _member(row)


def add_member(db: LibraryDb, name: str, colour: str | None = None) -> Member:
    name = name.strip()
    if not name:
        raise Invalid(("member", None), "member.no_name")
    if _local_named(db, name):
        raise Invalid(("member", name), "member.exists")
    import uuid  # a member's identity, made here, travels with their notes (core/exchange)

    cursor = db.execute(
        "INSERT INTO members (uuid, name, colour, created_at) VALUES (?, ?, ?, ?)",
        [str(uuid.uuid4()), name, colour or _free_colour(db), utc_now()],
    )
    return member_by_id(db, int(cursor.lastrowid))


def update_member(
    db: LibraryDb, member_id: int, name: str | None = None, colour: str | None = None
) -> Member:
    member = member_by_id(db, member_id)
    if name is not None and name.strip() != member.name:
        if not name.strip():
            raise Invalid(("member", member.name), "member.no_name")
        if _local_named(db, name.strip()):
            raise Invalid(("member", name.strip()), "member.exists")
        db.execute("UPDATE members SET name = ? WHERE id = ?", [name.strip(), member_id])
    if colour is not None:
        db.execute("UPDATE members SET colour = ? WHERE id = ?", [colour, member_id])
    return member_by_id(db, member_id)


def _free_colour(db: LibraryDb) -> str:
    used = {row[0].lower() for row in db.execute("SELECT colour FROM members")}
    return next(
        (colour for colour in PALETTE if colour not in used), PALETTE[len(used) % len(PALETTE)]
    )


def _local_named(db: LibraryDb, name: str) -> bool:
    return db.one("SELECT 1 FROM members WHERE name = ? AND origin IS NULL", [name]) is not None


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
