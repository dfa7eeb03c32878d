"""Counts for the small charts (core/study/charts.py): a key phrase's issues, month by month."""

from __future__ import annotations

from desktop.core.store.connection import LibraryDb
from desktop.core.store.trash import TRASHED


def phrase_issues_by_month(db: LibraryDb, phrase: str) -> list[tuple[str, int]]:
    """("YYYY-MM", distinct issues whose items carry `phrase`) for each month that has one,
    oldest first. An issue dated by its year alone, or not dated, has no month and is left out;
    so is the 回收站."""
    rows = db.execute(
        f"""
        SELECT substr(issues.date, 1, 7) AS month, COUNT(DISTINCT issues.id)
        FROM phrases
        JOIN items ON items.id = phrases.item_id
        JOIN issues ON issues.id = items.issue_id
        WHERE phrases.text = ? AND length(issues.date) >= 7 AND issues.id NOT IN ({TRASHED})
        GROUP BY month ORDER BY month
        """,
        [phrase],
    )
    return [(month, count) for month, count in rows]
