"""Issues and items in the library: save (insert, or update a corrected version in place), read."""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.core.errors import NotFound
from desktop.core.model import Issue, IssueSummary, Item, ItemAnalysis
from desktop.core.store.analysis import store_analysis
from desktop.core.store.connection import LibraryDb, utc_now
from desktop.core.store.search import index_item, unindex_item
from desktop.core.text.search_terms import item_search_text

_ITEM_COLUMNS = "id, issue_id, position, kind, kicker, headline, subhead, body, source_url"


def content_hash(issue: Issue) -> str:
    import hashlib  # this module opens the window too; hashing and diffing are for imports

    payload = [
        [item.kind, item.kicker, item.headline, item.subhead, list(item.paragraphs)]
        for item in issue.items
    ]
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Derived:
    """What the library worked out from an issue before storing it: each item's analysis (by
    analysis `version`) and, for a new issue, its search grams."""

    analyses: tuple[ItemAnalysis, ...]
    version: int
    keys: tuple[str, ...]  # each item's content key (core/exchange/keys.py)
    grams: tuple[str, ...] | None = None


def find_same(
    db: LibraryDb, issue: Issue, digest: str, source_name: str | None
) -> tuple[int | None, bool]:
    """(id, identical): the issue already stored with this content, or an earlier version of it.

    An earlier version has the same file name, or the same title and date, and
    at least half of its stories are still there: two different bulletins that
    share a name (简报.docx) stay two issues.
    """
    row = db.execute("SELECT id FROM issues WHERE content_hash = ?", [digest]).fetchone()
    if row:
        return row[0], True
    candidates: list[int] = []
    if source_name:
        candidates += [
            r[0]
            for r in db.execute(
                "SELECT id FROM issues WHERE source_name = ? ORDER BY id DESC", [source_name]
            )
        ]
    if issue.date:
        candidates += [
            r[0]
            for r in db.execute(
                "SELECT id FROM issues WHERE title = ? AND date = ? ORDER BY id DESC",
                [issue.title, issue.date],
            )
        ]
    for candidate in dict.fromkeys(candidates):
        old = get_issue(db, candidate)
        if len(match_items(old.items, issue.items)) * 2 >= min(len(old.items), len(issue.items)):
            return candidate, False
    return None, False


def insert_issue(
    db: LibraryDb,
    issue: Issue,
    digest: str,
    source_name: str | None,
    derived: Derived,
    index_later: list[tuple[int, str]] | None = None,
) -> int:
    """Store a new issue with what was derived from it. Its items' search-index rows are put in
    `index_later` if given (the caller indexes them: importing.Batch), else indexed now."""
    cursor = db.execute(
        "INSERT INTO issues (title, date, source, source_name, format, content_hash, imported_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        [issue.title, issue.date, issue.source, source_name, issue.format, digest, utc_now()],
    )
    issue_id = int(cursor.lastrowid)
    for position, item in enumerate(issue.items):
        item_grams = _grams_at(derived, position)
        if index_later is None or item_grams is None:
            _insert_item(db, issue_id, position, item, derived, position, item_grams)
        else:
            item_id = _insert_item(
                db, issue_id, position, item, derived, position, searchable=False
            )
            index_later.append((item_id, item_grams))
    _attach_waiting(db, issue_id)
    return issue_id


def _grams_at(derived: Derived, position: int) -> str | None:
    return derived.grams[position] if derived.grams is not None else None


def _columns(item: Item) -> list:
    """An item's stored columns, in the order of the items table (after issue_id and position)."""
    return [item.kind, item.kicker, item.headline, item.subhead, item.body, item.source_url]


def _search_text(item: Item) -> str:
    return item_search_text(item.kicker, item.headline, item.subhead, item.body)


def _attach_waiting(db: LibraryDb, issue_id: int) -> None:
    """Place the notes from other computers that waited for an article of this issue (loaded
    with the first import, not at start-up)."""
    from desktop.core.store.exchange import attach_waiting

    attach_waiting(db, issue_id)


def _insert_item(
    db: LibraryDb,
    issue_id: int,
    position: int,
    item: Item,
    derived: Derived,
    index: int,
    item_grams: str | None = None,
    *,
    searchable: bool = True,
) -> int:
    cursor = db.execute(
        "INSERT INTO items (issue_id, position, kind, kicker, headline, subhead, body, source_url, "
        "analysis_version, content_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [issue_id, position, *_columns(item), derived.version, derived.keys[index]],
    )
    item_id = int(cursor.lastrowid)
    if searchable:  # else the caller indexes it (insert_issue's index_later)
        index_item(db, item_id, _search_text(item), item_grams)
    store_analysis(db, item_id, derived.analyses[index], derived.version, fresh=True)
    return item_id


def update_issue(
    db: LibraryDb,
    issue_id: int,
    issue: Issue,
    digest: str,
    source_name: str | None,
    derived: Derived,
) -> list[int]:
    """Replace an issue's content with a corrected version, keeping the ids of the same stories.

    Returns the ids of the items that were kept.
    """
    from desktop.core.store.reanchoring import old_items, reanchor_issue  # see trash.merge_issues

    old = get_issue(db, issue_id)
    before = old_items(db, issue_id)  # texts and speakers the annotations were made on
    pairs = match_items(old.items, issue.items)
    edited = db.execute("SELECT edited FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
    if edited:
        db.execute(
            "UPDATE issues SET source = ?, source_name = ?, format = ?, content_hash = ?, updated_at = ? WHERE id = ?",
            [issue.source, source_name, issue.format, digest, utc_now(), issue_id],
        )
    else:
        db.execute(
            "UPDATE issues SET title = ?, date = ?, source = ?, source_name = ?, format = ?, content_hash = ?, "
            "updated_at = ? WHERE id = ?",
            [
                issue.title,
                issue.date,
                issue.source,
                source_name,
                issue.format,
                digest,
                utc_now(),
                issue_id,
            ],
        )
    kept: list[int] = []
    matched_old = set()
    bodies: dict[int, str] = {}
    for position, item in enumerate(issue.items):
        previous = pairs.get(position)
        previous_id = previous.id if previous is not None else None
        if previous is None or previous_id is None:
            item_grams = _grams_at(derived, position)
            bodies[_insert_item(db, issue_id, position, item, derived, position, item_grams)] = (
                item.body
            )
            continue
        bodies[previous_id] = item.body
        matched_old.add(previous_id)
        kept.append(previous_id)
        unindex_item(db, previous_id, _search_text(previous))
        db.execute(
            "UPDATE items SET position = ?, kind = ?, kicker = ?, headline = ?, subhead = ?, body = ?, source_url = ?, "
            "content_key = ? WHERE id = ?",
            [position, *_columns(item), derived.keys[position], previous_id],
        )
        index_item(db, previous_id, _search_text(item), _grams_at(derived, position))
        store_analysis(db, previous_id, derived.analyses[position], derived.version)
    reanchor_issue(db, issue_id, bodies, before)  # before the stories that went are deleted
    _attach_waiting(db, issue_id)
    for item in old.items:
        if item.id is not None and item.id not in matched_old:
            unindex_item(db, item.id, _search_text(item))
            db.execute("DELETE FROM items WHERE id = ?", [item.id])
    return kept


def match_items(old: tuple[Item, ...], new: tuple[Item, ...]) -> dict[int, Item]:
    """Pair each new item (by position) with the old item that is the same story.

    Same headline first; then, for stories without one or with a corrected
    headline, the most similar text (at least half the same).
    """
    pairs: dict[int, Item] = {}
    free = list(old)
    for position, item in enumerate(new):
        if item.headline:
            same = next(
                (o for o in free if o.headline == item.headline and o.kind == item.kind), None
            )
            if same is not None:
                pairs[position] = same
                free.remove(same)
    from difflib import SequenceMatcher

    for position, item in enumerate(new):
        if position in pairs or not free:
            continue
        scored = [
            (SequenceMatcher(None, o.body, item.body, autojunk=False).quick_ratio(), o)
            for o in free
        ]
        score, best = max(scored, key=lambda pair: pair[0])
        if (
            score >= 0.5
            and SequenceMatcher(None, best.body, item.body, autojunk=False).ratio() >= 0.5
        ):
            pairs[position] = best
            free.remove(best)
    return pairs


def _item_from_row(row: tuple) -> Item:
    item_id, issue_id, position, kind, kicker, headline, subhead, body, source_url = row
    return Item(
        kind=kind,
        paragraphs=tuple(body.split("\n")) if body else (),
        headline=headline,
        kicker=kicker,
        subhead=subhead,
        source_url=source_url,
        id=item_id,
        issue_id=issue_id,
        position=position,
    )


def get_issue(db: LibraryDb, issue_id: int) -> Issue:
    row = db.execute(
        "SELECT id, title, date, source, format, imported_at FROM issues WHERE id = ?", [issue_id]
    ).fetchone()
    if row is None:
        raise NotFound(("issue", issue_id), "issue.not_found")
    items = tuple(
        _item_from_row(r)
        for r in db.execute(
            f"SELECT {_ITEM_COLUMNS} FROM items WHERE issue_id = ? ORDER BY position", [issue_id]
        )
    )
    return Issue(
        title=row[1],
        date=row[2],
        format=row[4],
        items=items,
        source=row[3],
        id=row[0],
        imported_at=row[5],
    )


def get_item(db: LibraryDb, item_id: int) -> Item:
    row = db.execute(f"SELECT {_ITEM_COLUMNS} FROM items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise NotFound(("item", item_id), "item.not_found")
    return _item_from_row(row)


def list_issues(
    db: LibraryDb, limit: int | None = None, after: IssueSummary | None = None
) -> list[IssueSummary]:
    """Issues newest first (undated last); `limit` of them, from the one that comes after `after`.

    The next page starts from the last issue read, not from a row count, so an issue imported
    meanwhile by another process cannot shift a page (and list an issue twice). The dated issues
    come from the date index read backwards (date, then id, newest first: the order of its
    entries), then the undated ones by id, so a page reads its own rows only; one query sorting
    the whole table took 4 ms of a large library's start."""
    found: list[IssueSummary] = []
    if after is None or after.date is not None:
        where, arguments = "date IS NOT NULL", []
        if after is not None:
            where += " AND (date, id) < (?, ?)"
            arguments = [after.date, after.id]
        found = _summaries(db, where, "date DESC, id DESC", arguments, limit)
        if limit is not None and len(found) == limit:
            return found
        limit = None if limit is None else limit - len(found)
        after = None  # every undated issue comes after every dated one
    where, arguments = "date IS NULL", []
    if after is not None:
        where += " AND id < ?"
        arguments = [after.id]
    return found + _summaries(db, where, "id DESC", arguments, limit)


def _summaries(
    db: LibraryDb, where: str, order: str, arguments: list, limit: int | None
) -> list[IssueSummary]:
    rows = db.execute(
        f"""
        SELECT id, title, date, source, format,
               (SELECT COUNT(*) FROM items WHERE items.issue_id = issues.id)
        FROM issues
        WHERE trashed_at IS NULL AND {where}
        ORDER BY {order}
        LIMIT ?
        """,
        [*arguments, -1 if limit is None else limit],
    )
    return [IssueSummary(*row) for row in rows]


def count_issues_and_items(db: LibraryDb) -> tuple[int, int]:
    """Issues out of the trash, and their items: all of them less the trashed ones. SQLite counts
    a whole table from its pages (0.01 ms), and the trashed issues and their items by index,
    where counting the others row by row took 7 ms of a large library's start."""
    issues, items = db.execute(
        "SELECT (SELECT COUNT(*) FROM issues), (SELECT COUNT(*) FROM items)"
    ).fetchone()
    trashed, trashed_items = db.execute(
        "SELECT COUNT(*), COALESCE(SUM((SELECT COUNT(*) FROM items WHERE items.issue_id = issues.id)), 0) "
        "FROM issues WHERE trashed_at IS NOT NULL"
    ).fetchone()
    return issues - trashed, items - trashed_items


def edit_issue(db: LibraryDb, issue_id: int, title: str | None, date: str | None) -> None:
    get_issue(db, issue_id)
    if title is not None:
        db.execute(
            "UPDATE issues SET title = ?, edited = 1, updated_at = ? WHERE id = ?",
            [title, utc_now(), issue_id],
        )
    if date is not None:
        db.execute(
            "UPDATE issues SET date = ?, edited = 1, updated_at = ? WHERE id = ?",
            [date or None, utc_now(), issue_id],
        )
