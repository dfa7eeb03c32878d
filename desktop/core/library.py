"""The library: the one object the command line and the window talk to.

Every change runs in one transaction; a file that fails leaves no trace.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sqlite_utils import Database

from desktop.core.errors import ImportFailed, YanduError
from desktop.core.ingest import is_supported, read_issue
from desktop.core.model import (
    Directive,
    ImportResult,
    Issue,
    IssueSummary,
    Item,
    Person,
    PhraseCount,
    SearchHit,
)
from desktop.core.store import analysis as stored_analysis
from desktop.core.store import issues as store
from desktop.core.store.search import search as search_items

Progress = Callable[[int, int, str], None]
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def expand_paths(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files as given; folders walked in name order for the formats Yandu reads (hidden files skipped)."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    candidate = Path(root) / name
                    if not name.startswith(".") and is_supported(candidate):
                        yield candidate
        else:
            yield path


class Library:
    def __init__(self, db: Database, path: Path, backup_path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self.backup_path = backup_path

    def close(self) -> None:
        self.db.close()

    # reading

    def issues(self) -> list[IssueSummary]:
        return store.list_issues(self.db)

    def issue(self, issue_id: int) -> Issue:
        return store.get_issue(self.db, issue_id)

    def item(self, item_id: int) -> Item:
        return store.get_item(self.db, item_id)

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        return search_items(self.db, query, limit)

    def directives(self, issue_id: int) -> list[Directive]:
        self.issue(issue_id)  # NotFound for an unknown issue
        return stored_analysis.issue_directives(self.db, issue_id)

    def item_directives(self, item_id: int) -> list[Directive]:
        return stored_analysis.item_directives(self.db, item_id)

    def speaker_directives(self, speaker: str) -> list[Directive]:
        return stored_analysis.speaker_directives(self.db, speaker)

    def phrases(self, issue_id: int | None = None) -> list[PhraseCount]:
        if issue_id is not None:
            self.issue(issue_id)
        return stored_analysis.phrase_counts(self.db, issue_id)

    def people(self, issue_id: int | None = None) -> list[Person]:
        if issue_id is not None:
            self.issue(issue_id)
        return stored_analysis.people(self.db, issue_id)

    def stale_analysis(self) -> int:
        """How many items were analysed by an older version of the analysis."""
        return stored_analysis.stale_items(self.db)

    def reanalyse(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Bring every item's analysis up to the current version. Annotations are not touched."""
        return stored_analysis.reanalyse(self.db, progress)

    def is_empty(self) -> bool:
        return self.db.execute("SELECT NOT EXISTS (SELECT 1 FROM issues)").fetchone()[0] == 1

    # changing

    def import_file(self, path: Path | str) -> ImportResult:
        """Parse and store one file in one transaction. Never raises for a bad file."""
        path = Path(path)
        try:
            issue = read_issue(path)
            return self._store(issue, path.name)
        except YanduError as exc:
            return ImportResult(str(path), "failed", message=exc.message)

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ImportResult]:
        files = list(expand_paths(paths))
        results: list[ImportResult] = []
        for index, path in enumerate(files):
            if cancelled is not None and cancelled():
                break
            if progress is not None:
                progress(index, len(files), str(path))
            results.append(self.import_file(path))
        if progress is not None:
            progress(len(results), len(files), "")
        return results

    def _store(self, issue: Issue, source_name: str) -> ImportResult:
        digest = store.content_hash(issue)
        subject = issue.source or source_name
        try:
            with self.db.atomic():
                existing, identical = store.find_same(self.db, issue, digest, source_name)
                if identical:
                    status, issue_id, kept = "unchanged", existing, []
                elif existing is not None:
                    status, issue_id = "updated", existing
                    kept = store.update_issue(self.db, existing, issue, digest, source_name)
                else:
                    status, kept = "imported", []
                    issue_id = store.insert_issue(self.db, issue, digest, source_name)
        except sqlite3.Error as exc:
            raise ImportFailed(
                subject, f"could not store the issue in the library ({exc})"
            ) from None
        stored = self.issue(issue_id)
        return ImportResult(
            subject, status, issue_id, stored.title, len(stored.items), kept_item_ids=tuple(kept)
        )

    def edit_issue(self, issue_id: int, title: str | None = None, date: str | None = None) -> Issue:
        """Correct an issue's title or date; a later re-import keeps the correction."""
        if title is not None and not title.strip():
            raise YanduError(f"issue {issue_id}", "the title cannot be empty")
        if date and not _DATE.match(date):
            raise YanduError(
                f"issue {issue_id}",
                f"'{date}' is not a date; write it as YYYY-MM-DD, YYYY-MM or YYYY",
            )
        with self.db.atomic():
            store.edit_issue(self.db, issue_id, title.strip() if title else None, date)
        return self.issue(issue_id)

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", [key, value])

    def ensure_sample(self, sample: Path) -> ImportResult | None:
        """On the very first start, put the bundled sample bulletin in the library (once, ever)."""
        if self.get_meta("sample_imported") or not self.is_empty() or not sample.is_file():
            return None
        result = self.import_file(sample)
        self.set_meta("sample_imported", "1")
        return result
