"""The full-text index of the library (FTS5 over character bigrams) and the search over it.

How text becomes grams and a query becomes an FTS5 expression is in core/text/search_terms.py.
"""

from __future__ import annotations

import json
import sqlite3

from desktop.core.model import SearchHit
from desktop.core.store.connection import LibraryDb, storage_error
from desktop.core.text.search_terms import (
    find_terms,
    grams,
    item_search_text,
    match_expression,
    snippet,
)


def index_item(db: LibraryDb, item_id: int, text: str, precomputed: str | None = None) -> None:
    db.execute(
        "INSERT INTO item_grams(rowid, grams) VALUES (?, ?)",
        [item_id, precomputed if precomputed is not None else grams(text)],
    )


def index_rows(db: LibraryDb, rows: list[tuple[int, str]]) -> None:
    """Many items at once: (item id, grams) each."""
    db.executemany("INSERT INTO item_grams(rowid, grams) VALUES (?, ?)", rows)


# how much of the new entries FTS5 holds in memory before it writes them out as a segment
BATCH_HASH_SIZE = 8 * 1024 * 1024


def hold_batches_whole(db: LibraryDb) -> None:
    """Let the index hold 8 MB of new entries before it writes a segment, instead of FTS5's 1 MB:
    a half-second batch of an import (three or four megabytes of grams for 新闻联播 transcripts)
    then becomes one segment rather than several, merged again later. The index holds the same
    entries and answers the same queries. Set by the first import that writes the index, in
    its transaction (a setting of the index's own, kept in its config table), not by a
    migration: a library of an older Yandu keeps its version, still opens read-only, and is
    not backed up for it. An FTS5 that does not know the setting keeps its default."""
    held = db.one("SELECT v FROM item_grams_config WHERE k = 'hashsize'")
    if held == BATCH_HASH_SIZE:
        return
    try:
        db.conn.execute(
            "INSERT INTO item_grams(item_grams, rank) VALUES ('hashsize', ?)", [BATCH_HASH_SIZE]
        )
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorcode", None) != sqlite3.SQLITE_ERROR:  # not an unknown setting
            raise storage_error(exc, db.subject) from exc


def unindex_item(db: LibraryDb, item_id: int, text: str) -> None:
    db.execute(
        "INSERT INTO item_grams(item_grams, rowid, grams) VALUES ('delete', ?, ?)",
        [item_id, grams(text)],
    )


CANDIDATES = 1000


def search(db: LibraryDb, query: str, limit: int = 50) -> list[SearchHit]:
    """Up to `limit` items holding the query, newest issue first.

    The index gives candidates newest-stored first and stops at 1000, so a word in tens
    of thousands of items costs no more than a rare one; those candidates are put in
    date order and confirmed in the text.
    """
    expression = match_expression(query)
    if expression is None:
        return []
    ids = [
        row[0]
        for row in db.execute(
            "SELECT rowid FROM item_grams WHERE item_grams MATCH ? ORDER BY rowid DESC LIMIT ?",
            [expression, CANDIDATES],
        )
    ]
    if not ids:
        return []
    rows = db.execute(
        """
        SELECT items.id, items.issue_id, items.kicker, items.headline, items.subhead, items.body,
               issues.title, issues.date
        FROM items JOIN issues ON issues.id = items.issue_id
        WHERE items.id IN (SELECT value FROM json_each(?)) AND issues.trashed_at IS NULL
        ORDER BY issues.date DESC, issues.id DESC, items.position
        """,
        [json.dumps(ids)],
    )
    hits: list[SearchHit] = []
    for item_id, issue_id, kicker, headline, subhead, body, title, date in rows:
        in_body = find_terms(body, query)
        text, spans = (
            (body, in_body) if in_body else (item_search_text(kicker, headline, subhead, ""), None)
        )
        if spans is None:
            spans = find_terms(text, query)
        if not spans:
            continue  # the bigrams matched across punctuation the query does not have
        piece, at, to = snippet(text, *spans[0])
        hits.append(
            SearchHit(item_id, issue_id, headline, piece, title, date, len(in_body), (at, to))
        )
        if len(hits) >= limit:
            break
    return hits
