"""Full-text search for Chinese from one character up.

SQLite's trigram tokenizer cannot match a query shorter than three characters
(安全 finds nothing), and on SQLite 3.40 its LIKE fallback mis-handles Chinese.
So each item is indexed as overlapping character bigrams, plus the last
character of every run: 安全生产 → "安全 全生 生产 产". A query of two or more
characters is the phrase of its bigrams; one character is a prefix query,
served by a one-character prefix index. Hits are then confirmed in the text,
which also gives the snippet.
"""

from __future__ import annotations

import re
import unicodedata
from operator import add

from sqlite_utils import Database

from desktop.core.model import SearchHit

_RUN = re.compile(r"[^\W_]+")
# full-width Latin letters and digits fold to ASCII (２５ finds 25, ＡＢＣ finds abc); one character for one
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str, normalise: bool = True) -> str:
    """Case- and width-insensitive form of `text`, with the same length (so offsets still hold).

    Stored text is NFC already (`normalise=False` skips that pass on the indexing path).
    """
    folded = (unicodedata.normalize("NFC", text) if normalise else text).translate(_WIDTH)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


SNIPPET_BEFORE = 24
SNIPPET_AFTER = 56


def grams(text: str) -> str:
    # map(add, run, run[1:]) pairs each character with the next at C speed: the index's hot loop
    return " ".join(
        " ".join(map(add, run, run[1:])) + " " + run[-1] if len(run) > 1 else run
        for run in _RUN.findall(fold(text, normalise=False))
    )


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query, or None if it has no searchable character."""
    parts = []
    for run in _RUN.findall(fold(query)):
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            parts.append('"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"')
    return " AND ".join(parts) if parts else None


def item_search_text(
    kicker: str | None, headline: str | None, subhead: str | None, body: str
) -> str:
    return "\n".join(part for part in (kicker, headline, subhead, body) if part)


def index_item(db: Database, item_id: int, text: str, precomputed: str | None = None) -> None:
    db.execute(
        "INSERT INTO item_grams(rowid, grams) VALUES (?, ?)",
        [item_id, precomputed if precomputed is not None else grams(text)],
    )


def unindex_item(db: Database, item_id: int, text: str) -> None:
    db.execute(
        "INSERT INTO item_grams(item_grams, rowid, grams) VALUES ('delete', ?, ?)",
        [item_id, grams(text)],
    )


def snippet(text: str, start: int, end: int) -> str:
    left = max(0, start - SNIPPET_BEFORE)
    right = min(len(text), end + SNIPPET_AFTER)
    piece = text[left:right].replace("\n", " ")
    return ("…" if left else "") + piece + ("…" if right < len(text) else "")


def find_terms(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's words occur in `text`, case-insensitively, as code-point spans."""
    folded = fold(text)
    if len(folded) != len(
        text
    ):  # stored text is NFC already; this guards against the odd exception
        folded = text
    spans: list[tuple[int, int]] = []
    for term in fold(query).split():
        start = folded.find(term)
        while start != -1:
            spans.append((start, start + len(term)))
            start = folded.find(term, start + len(term))
    return sorted(spans)


def search(db: Database, query: str, limit: int = 50) -> list[SearchHit]:
    expression = match_expression(query)
    if expression is None:
        return []
    rows = db.execute(
        """
        SELECT items.id, items.issue_id, items.kicker, items.headline, items.subhead, items.body,
               issues.title, issues.date
        FROM item_grams
        JOIN items ON items.id = item_grams.rowid
        JOIN issues ON issues.id = items.issue_id
        WHERE item_grams MATCH ?
        ORDER BY issues.date DESC, issues.id DESC, items.position
        """,
        [expression],
    )
    hits: list[SearchHit] = []
    for item_id, issue_id, kicker, headline, subhead, body, title, date in rows:
        text = item_search_text(kicker, headline, subhead, body)
        spans = find_terms(text, query)
        if not spans:
            continue  # the bigrams matched across punctuation the query does not have
        start, end = spans[0]
        hits.append(
            SearchHit(
                item_id, issue_id, headline, snippet(text, start, end), title, date, len(spans)
            )
        )
        if len(hits) >= limit:
            break
    return hits
