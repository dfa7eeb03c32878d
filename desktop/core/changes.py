"""What a window shows, summed up in a few numbers, to tell whether another process changed it.

SQLite's `PRAGMA data_version` says that *something* was committed by another
connection (the command line, another window, this window's own worker); these
marks say whether it touched what is on screen, so a window redraws only what
changed: its library list, its members and sessions, or the article it shows.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.store.connection import LibraryDb


@dataclass(frozen=True)
class Marks:
    issues: tuple  # the library list: issues, their newest import or correction
    people: tuple  # members and study sessions
    item: tuple  # the article shown: its text's issue, its annotations in every layer


def marks(db: LibraryDb, item_id: int | None) -> Marks:
    issues = tuple(
        db.execute(
            "SELECT COUNT(*), MAX(imported_at), MAX(updated_at), "
            "(SELECT COUNT(*) FROM items) FROM issues"
        ).fetchone()
    )
    people = tuple(
        db.execute(
            "SELECT (SELECT group_concat(id || name || colour) FROM members), "
            "(SELECT group_concat(id || title || IFNULL(starts_at, '') || IFNULL(place, '')) "
            "FROM sessions), (SELECT COUNT(*) FROM session_items)"
        ).fetchone()
    )
    item: tuple = ()
    if item_id is not None:
        item = tuple(
            db.execute(
                # every field of every note (times are to the second: two edits within one
                # second would look alike by time alone)
                "SELECT (SELECT updated_at FROM issues WHERE id = items.issue_id), "
                "(SELECT group_concat(id || deleted || orphan || IFNULL(start, '') || "
                "IFNULL(category, '') || IFNULL(colour, '') || tags || comment, char(31)) "
                "FROM annotations WHERE item_id = items.id) "
                "FROM items WHERE id = ?",
                [item_id],
            ).fetchone()
            or ()
        )
    return Marks(issues, people, item)
