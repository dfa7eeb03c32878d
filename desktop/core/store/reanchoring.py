"""Placing an issue's annotations again when a corrected version replaces its text.

Each annotation is placed in its own item if it can be, else in another item of
the issue that holds its words, else it becomes an orphan: it keeps its quote,
comment and tags, and its item if that item is still there (the item's title is
kept for when it is not). A place in another speaker's words is refused
(anchoring.same_speaker): a note on one leader's words never lands on another's.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.store.connection import LibraryDb, utc_now
from desktop.core.text.anchoring import EXACT, FUZZY, ORPHAN, Placement, Target, Voice, same_speaker
from desktop.core.text.anchoring import reanchor as place


@dataclass(frozen=True)
class OldItem:
    """An item as it was before the correction: its text, its directives' speakers, its title."""

    body: str
    voices: tuple[Voice, ...]
    title: str


def voices(db: LibraryDb, item_id: int) -> tuple[Voice, ...]:
    return tuple(
        db.execute(
            "SELECT start, end, speaker FROM directives WHERE item_id = ? ORDER BY start",
            [item_id],
        )
    )


def old_items(db: LibraryDb, issue_id: int) -> dict[int, OldItem]:
    """Read before the issue's items are replaced."""
    found = {}
    for item_id, body, headline, kicker in db.execute(
        "SELECT id, body, headline, kicker FROM items WHERE issue_id = ?", [issue_id]
    ):
        title = headline or kicker or body[:20]
        found[item_id] = OldItem(body, voices(db, item_id), title)
    return found


def reanchor_issue(
    db: LibraryDb, issue_id: int, bodies: dict[int, str], before: dict[int, OldItem]
) -> None:
    """Place every annotation of the issue in the new bodies (`item id → body`, directives
    already stored); orphans of an earlier correction are tried again."""
    rows = db.execute(
        "SELECT id, item_id, quote, prefix, suffix, start, end, placement FROM annotations "
        "WHERE issue_id = ?",
        [issue_id],
    ).fetchall()
    new_voices: dict[int, tuple[Voice, ...]] = {}

    def speakers(item_id: int) -> tuple[Voice, ...]:
        if item_id not in new_voices:
            new_voices[item_id] = voices(db, item_id)
        return new_voices[item_id]

    for annotation_id, item_id, quote, prefix, suffix, start, end, placement in rows:
        target = Target(quote, prefix, suffix, start or 0, end or 0)
        old = before.get(item_id)
        was_placed = start is not None
        once = was_placed and sum(o.body.count(quote) for o in before.values()) == 1
        old_voices = old.voices if old is not None and was_placed else ()
        placed, where = Placement(None, ORPHAN), item_id
        candidates = [item_id] if item_id in bodies else []
        candidates += [
            other for other, body in bodies.items() if other != item_id and quote in body
        ]
        for candidate in candidates:
            allowed = same_speaker(old_voices, speakers(candidate), target)
            placed = place(bodies[candidate], target, allowed, once_before=once)
            if placed.target is not None:
                where = candidate
                break
        if placed.target is None:
            title = old.title if old is not None else None
            db.execute(
                "UPDATE annotations SET orphan = 1, start = NULL, end = NULL, placement = NULL, "
                "item_title = COALESCE(?, item_title), updated_at = ? WHERE id = ?",
                [title, utc_now(), annotation_id],
            )
            continue
        new = placed.target
        how = placement if placed.how == EXACT else placed.how  # unchanged words keep their state
        db.execute(
            "UPDATE annotations SET item_id = ?, quote = ?, prefix = ?, suffix = ?, start = ?, "
            "end = ?, orphan = 0, placement = ?, "
            "previous_quote = CASE WHEN ? THEN COALESCE(previous_quote, quote) END WHERE id = ?",
            [
                where,
                new.quote,
                new.prefix,
                new.suffix,
                new.start,
                new.end,
                how,
                how == FUZZY,
                annotation_id,
            ],
        )
