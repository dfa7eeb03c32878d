"""Stored analysis: directives, phrases and people per item, and queries across the library."""

from __future__ import annotations

import json

from desktop.core.model import Directive, ItemAnalysis, Person, PhraseCount
from desktop.core.store.connection import LibraryDb
from desktop.core.store.trash import TRASHED


def store_analysis(
    db: LibraryDb, item_id: int, result: ItemAnalysis, version: int, fresh: bool = False
) -> None:
    """Replace the analysis of one item with `result`, made by analysis `version`.

    Runs inside the caller's transaction; `fresh`: the item was just inserted, so
    there is nothing to delete first.
    """
    if not fresh:
        db.execute("DELETE FROM directives WHERE item_id = ?", [item_id])
        db.execute("DELETE FROM phrases WHERE item_id = ?", [item_id])
        db.execute("DELETE FROM people WHERE item_id = ?", [item_id])
    db.executemany(
        "INSERT INTO directives (item_id, start, end, kind, speaker, cue, attribution) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (item_id, d.start, d.end, d.kind, d.speaker, d.cue, d.attribution)
            for d in result.directives
        ],
    )
    db.executemany(
        "INSERT INTO phrases (item_id, start, end, text) VALUES (?, ?, ?, ?)",
        [(item_id, start, end, text) for start, end, text in result.phrases],
    )
    db.executemany(
        "INSERT INTO people (item_id, name, titles) VALUES (?, ?, ?)",
        [
            (item_id, name, json.dumps(list(titles), ensure_ascii=False))
            for name, titles in result.people
        ],
    )
    if not fresh:  # a fresh item was inserted with its version already
        db.execute("UPDATE items SET analysis_version = ? WHERE id = ?", [version, item_id])


def stale_items(db: LibraryDb, version: int) -> int:
    """How many items were analysed by a version older than `version`."""
    return int(db.one("SELECT COUNT(*) FROM items WHERE analysis_version < ?", [version]))


def stale_issues(db: LibraryDb, version: int, limit: int) -> list[int]:
    return [
        row[0]
        for row in db.execute(
            "SELECT DISTINCT issue_id FROM items WHERE analysis_version < ? LIMIT ?",
            [version, limit],
        )
    ]


_DIRECTIVE_SELECT = """
    SELECT directives.item_id, directives.start, directives.end, directives.kind, directives.speaker,
           substr(items.body, directives.start + 1, directives.end - directives.start), items.issue_id,
           directives.cue, directives.attribution
    FROM directives JOIN items ON items.id = directives.item_id
"""


def _directives(rows) -> list[Directive]:
    return [
        Directive(item_id, start, end, text, kind, speaker, issue_id, cue, attribution)
        for item_id, start, end, kind, speaker, text, issue_id, cue, attribution in rows
    ]


def item_directives(db: LibraryDb, item_id: int) -> list[Directive]:
    """One item's directives; the text is cut from its body here (SQLite's substr walks the UTF-8
    from the start for every row, which a long article with hundreds of directives notices)."""
    row = db.execute("SELECT body, issue_id FROM items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        return []
    body, issue_id = row
    return [
        Directive(item_id, start, end, body[start:end], kind, speaker, issue_id, cue, attribution)
        for start, end, kind, speaker, cue, attribution in db.execute(
            "SELECT start, end, kind, speaker, cue, attribution FROM directives "
            "WHERE item_id = ? ORDER BY start",
            [item_id],
        )
    ]


def issue_directives(db: LibraryDb, issue_id: int) -> list[Directive]:
    return _directives(
        db.execute(
            _DIRECTIVE_SELECT
            + " WHERE items.issue_id = ? ORDER BY items.position, directives.start",
            [issue_id],
        )
    )


def speaker_directives(db: LibraryDb, speaker: str) -> list[Directive]:
    return _directives(
        db.execute(
            _DIRECTIVE_SELECT + " JOIN issues ON issues.id = items.issue_id"
            " WHERE directives.speaker = ? AND issues.trashed_at IS NULL"
            " ORDER BY issues.date DESC, items.position, directives.start",
            [speaker],
        )
    )


def item_phrases(db: LibraryDb, item_id: int) -> list[tuple[int, int, str]]:
    return [
        (start, end, text)
        for start, end, text in db.execute(
            "SELECT start, end, text FROM phrases WHERE item_id = ? ORDER BY start", [item_id]
        )
    ]


def item_people(db: LibraryDb, item_id: int) -> dict[str, list[str]]:
    return {
        name: json.loads(titles)
        for name, titles in db.execute(
            "SELECT name, titles FROM people WHERE item_id = ?", [item_id]
        )
    }


def phrase_counts(db: LibraryDb, issue_id: int | None = None) -> list[PhraseCount]:
    """Each quoted formulation with how often it occurs, and in how many issues (in the scope asked)."""
    where, args = (
        ("WHERE items.issue_id = ?", [issue_id])
        if issue_id is not None
        else (f"WHERE items.issue_id NOT IN ({TRASHED})", [])  # the 回收站 is not counted
    )
    rows = db.execute(
        f"""
        SELECT phrases.text, COUNT(*), COUNT(DISTINCT items.issue_id)
        FROM phrases JOIN items ON items.id = phrases.item_id {where}
        GROUP BY phrases.text ORDER BY COUNT(DISTINCT items.issue_id) DESC, COUNT(*) DESC, MIN(items.issue_id), MIN(phrases.item_id), MIN(phrases.start)
        """,
        args,
    )
    return [PhraseCount(text, count, issues) for text, count, issues in rows]


def people(db: LibraryDb, issue_id: int | None = None) -> list[Person]:
    # directives counted once per (issue, speaker), then joined: a correlated count per person
    # row searched all of a frequent speaker's directives each time (minutes on 100,000 articles)
    where, args = (
        ("WHERE items.issue_id = ?", [issue_id])
        if issue_id is not None
        else (f"WHERE items.issue_id NOT IN ({TRASHED})", [])  # the 回收站 is not counted
    )
    rows = db.execute(
        f"""
        WITH said AS (
            SELECT items.issue_id AS issue_id, directives.speaker AS speaker, COUNT(*) AS n
            FROM directives JOIN items ON items.id = directives.item_id
            WHERE directives.speaker IS NOT NULL AND {where.removeprefix("WHERE ")}
            GROUP BY items.issue_id, directives.speaker
        )
        SELECT people.name, people.titles, items.issue_id, COALESCE(said.n, 0)
        FROM people JOIN items ON items.id = people.item_id
        LEFT JOIN said ON said.issue_id = items.issue_id AND said.speaker = people.name
        {where}
        ORDER BY items.issue_id, items.position
        """,
        args * 2,
    )
    merged: dict[str, dict] = {}
    for name, titles, issue, count in rows:
        entry = merged.setdefault(name, {"titles": [], "issues": set(), "directives": 0})
        for title in json.loads(titles):
            if title not in entry["titles"]:
                entry["titles"].append(title)
        if issue not in entry["issues"]:  # a directive counts once, however many items name him
            entry["directives"] += count
        entry["issues"].add(issue)
    return sorted(
        (
            Person(name, tuple(e["titles"]), e["directives"], len(e["issues"]))
            for name, e in merged.items()
        ),
        key=lambda person: (-person.directives, person.name),
    )
