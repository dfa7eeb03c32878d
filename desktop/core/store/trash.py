"""The 回收站 and merging duplicates: issue changes the window can undo.

An issue deleted goes to the trash whole (its items, directives and the notes on
them stay in the library, hidden), so putting it back restores everything.
Emptying the trash removes its issues for good; the notes on them are kept as
orphans with their quote, comment and article title: nothing a member wrote goes.

Merging keeps one issue and moves the other's notes, reflections and session
articles onto the matching articles of the one kept, then puts the other in the
trash. What was moved is returned, so the merge can be undone exactly.
Functions here run inside the caller's transaction.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.store.connection import LibraryDb, utc_now

# issues in the trash, for queries that must leave them out (a partial index keeps it cheap)
TRASHED = "SELECT id FROM issues WHERE trashed_at IS NOT NULL"

_MOVED = (
    "id, item_id, issue_id, quote, prefix, suffix, start, end, orphan, placement, "
    "previous_quote, item_title, updated_at"
)


@dataclass(frozen=True)
class MergeRecord:
    """What a merge changed, to put back on undo."""

    kept: int
    merged: int
    annotations: tuple[tuple, ...]  # rows of _MOVED as they were
    reflections: tuple[tuple[int, int], ...]  # (reflection id, item id it was on)
    session_items: tuple[tuple[int, int, int], ...]  # (session, item before, item after)


def trash_issue(db: LibraryDb, issue_id: int) -> None:
    db.execute(
        "UPDATE issues SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL",
        [utc_now(), issue_id],
    )


def restore_issue(db: LibraryDb, issue_id: int) -> None:
    db.execute("UPDATE issues SET trashed_at = NULL WHERE id = ?", [issue_id])


def is_trashed(db: LibraryDb, issue_id: int) -> bool:
    return db.one("SELECT trashed_at IS NOT NULL FROM issues WHERE id = ?", [issue_id]) == 1


def trashed_issues(db: LibraryDb) -> list[tuple[int, str, str | None, str, int]]:
    """(id, title, date, when trashed, how many notes on it), most recently trashed first."""
    return [
        tuple(row)
        for row in db.execute(
            "SELECT id, title, date, trashed_at, "
            "(SELECT COUNT(*) FROM annotations a WHERE a.issue_id = issues.id AND a.deleted = 0) "
            "FROM issues WHERE trashed_at IS NOT NULL ORDER BY trashed_at DESC, id DESC"
        )
    ]


def empty_trash(db: LibraryDb) -> int:
    """Remove the trashed issues for good; their notes stay, as orphans that keep their words."""
    db.execute(
        "UPDATE annotations SET orphan = 1, start = NULL, end = NULL, "
        "item_title = COALESCE(item_title, (SELECT COALESCE(headline, kicker, substr(body, 1, 20)) "
        "FROM items WHERE items.id = annotations.item_id)), updated_at = ? "
        f"WHERE issue_id IN ({TRASHED})",
        [utc_now()],
    )
    cursor = db.execute("DELETE FROM issues WHERE trashed_at IS NOT NULL")
    return cursor.rowcount


def _item_map(db: LibraryDb, merged: int, kept: int) -> dict[int, int]:
    """The merged issue's items → the kept issue's items with the same text (its content key),
    else the same title: what a session's article list and reflections move to."""
    kept_rows = db.execute(
        "SELECT id, content_key, COALESCE(headline, kicker) FROM items WHERE issue_id = ?", [kept]
    ).fetchall()
    by_key = {key: item for item, key, _ in kept_rows if key}
    by_title = {title: item for item, _, title in kept_rows if title}
    found = {}
    for item, key, title in db.execute(
        "SELECT id, content_key, COALESCE(headline, kicker) FROM items WHERE issue_id = ?", [merged]
    ):
        target = by_key.get(key) or by_title.get(title)
        if target is not None:
            found[item] = target
    return found


def merge_issues(db: LibraryDb, kept: int, merged: int) -> MergeRecord:
    """Move `merged`'s notes, reflections and session articles onto `kept`; trash `merged`."""
    # placing notes again loads with the first merge or correction: the window's start needs none
    from desktop.core.store.reanchoring import old_items, reanchor_issue

    annotations = tuple(
        tuple(row)
        for row in db.execute(f"SELECT {_MOVED} FROM annotations WHERE issue_id = ?", [merged])
    )
    items = _item_map(db, merged, kept)
    reflections = []
    for reflection, item, member, session in db.execute(
        "SELECT r.id, r.item_id, r.member_id, r.session_id FROM reflections r "
        "JOIN items i ON i.id = r.item_id WHERE i.issue_id = ?",
        [merged],
    ).fetchall():
        target = items.get(item)
        taken = target is not None and db.one(
            "SELECT 1 FROM reflections WHERE item_id = ? AND member_id = ? AND session_id IS ?",
            [target, member, session],
        )
        if target is not None and not taken:  # a reflection already there is not replaced
            db.execute("UPDATE reflections SET item_id = ? WHERE id = ?", [target, reflection])
            reflections.append((reflection, item))
    session_items = []
    for session, item in db.execute(
        "SELECT si.session_id, si.item_id FROM session_items si JOIN items i ON i.id = si.item_id "
        "WHERE i.issue_id = ?",
        [merged],
    ).fetchall():
        target = items.get(item)
        if target is not None:
            moved = db.execute(
                "UPDATE OR IGNORE session_items SET item_id = ? WHERE session_id = ? AND item_id = ?",
                [target, session, item],
            ).rowcount
            if moved:  # the session lists the kept article already: the other stays, in the trash
                session_items.append((session, item, target))
    # the notes are placed again in the kept issue's text as a corrected version would place them
    before = old_items(db, merged) | old_items(db, kept)
    db.execute("UPDATE annotations SET issue_id = ? WHERE issue_id = ?", [kept, merged])
    bodies = dict(db.execute("SELECT id, body FROM items WHERE issue_id = ?", [kept]).fetchall())
    reanchor_issue(db, kept, bodies, before)
    trash_issue(db, merged)
    return MergeRecord(kept, merged, annotations, tuple(reflections), tuple(session_items))


def undo_merge(db: LibraryDb, record: MergeRecord) -> None:
    """Put back what `merge_issues` moved, and the merged issue out of the trash."""
    columns = _MOVED.split(", ")
    assignments = ", ".join(f"{column} = ?" for column in columns[1:])
    for row in record.annotations:
        db.execute(f"UPDATE annotations SET {assignments} WHERE id = ?", [*row[1:], row[0]])
    for reflection, item in record.reflections:
        db.execute("UPDATE reflections SET item_id = ? WHERE id = ?", [item, reflection])
    for session, item, target in record.session_items:
        db.execute(
            "UPDATE OR IGNORE session_items SET item_id = ? WHERE session_id = ? AND item_id = ?",
            [item, session, target],
        )
    restore_issue(db, record.merged)
