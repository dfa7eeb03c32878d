"""The library: the one object the command line and the window talk to.

Every change runs in one transaction; a file that fails leaves no trace.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import ImportFailed, YanduError
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
from desktop.core.store.connection import LibraryDb
from desktop.core.store.search import search as search_items
from desktop.core.study import StudyMixin

if TYPE_CHECKING:
    from desktop.core.prepare import Prepared

Progress = Callable[[int, int, str], None]
log = logging.getLogger(__name__)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def display_path(path: Path | str) -> str:
    """A path as printable text. The ingest package (the readers' front) loads with the first import."""
    from desktop.core.ingest import printable_path

    return printable_path(path)


def _read(path: Path) -> Prepared | ImportResult:
    """Read, parse and analyse one file (no library access: runs on the reading thread)."""
    from desktop.core.prepare import read_and_prepare  # the readers: loaded on the first import

    shown = display_path(path)
    try:
        return read_and_prepare(path)
    except YanduError as exc:
        return ImportResult(shown, "failed", message=exc.message)
    except (
        Exception
    ) as exc:  # a reader library choked on a malformed file: that file fails, not the batch
        log.warning("reading %s failed", shown, exc_info=True)
        return ImportResult(
            shown,
            "failed",
            message=f"cannot read the file, it may be damaged ({type(exc).__name__}: {exc})",
        )


def valid_date(text: str) -> bool:
    """YYYY, YYYY-MM or YYYY-MM-DD naming a real day."""
    match = _DATE.match(text)
    if not match:
        return False
    year, month, day = (int(part) if part else 1 for part in match.groups())
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


# formats a folder of bulletins may hold that Yandu cannot read: said, not skipped silently
_DOCUMENT_LIKE = {
    ".doc": ".docx",
    ".wps": ".docx",
    ".rtf": ".docx",
    ".odt": ".docx",
    ".pages": ".docx",
}


def collect_files(paths: Iterable[Path | str]) -> list[tuple[Path, str | None]]:
    """Files as given and the bulletins inside folders (name order, hidden skipped), each with the
    reason it cannot be imported, if one is known before reading it."""
    from desktop.core import ingest

    found: list[tuple[Path, str | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append((path, None))
            continue
        before = len(found)
        problems: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=problems.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                if name.startswith("."):
                    continue
                if ingest.is_supported(candidate):
                    found.append((candidate, None))
                elif candidate.suffix.lower() in _DOCUMENT_LIKE:
                    wanted = _DOCUMENT_LIKE[candidate.suffix.lower()]
                    found.append(
                        (
                            candidate,
                            f"Yandu cannot read {candidate.suffix} files; save it as {wanted} and import that",
                        )
                    )
        for problem in problems:
            where = Path(problem.filename) if problem.filename else path
            reason = (
                "permission denied"
                if isinstance(problem, PermissionError)
                else (problem.strerror or str(problem))
            )
            found.append((where, f"cannot read the folder ({reason})"))
        if len(found) == before:
            found.append((path, "no bulletin files (.txt, .md, .html, .docx, .pdf) in this folder"))
    return found


class Library(StudyMixin):
    def __init__(self, db: LibraryDb, path: Path, backup_path: Path | None = None) -> None:
        self.db = db
        self.path = path
        self.backup_path = backup_path

    def close(self) -> None:
        self.db.close()

    # reading

    def issues(
        self, limit: int | None = None, after: IssueSummary | None = None
    ) -> list[IssueSummary]:
        """Newest first; `limit` of them after `after` (the window reads the list in pages)."""
        return store.list_issues(self.db, limit, after)

    def counts(self) -> tuple[int, int]:
        """How many issues and articles the library holds."""
        return store.count_issues_and_items(self.db)

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

    def item_phrases(self, item_id: int) -> list[tuple[int, int, str]]:
        """(start, end, text) of the quoted formulations in one item's body."""
        return stored_analysis.item_phrases(self.db, item_id)

    def item_titles(self, item_id: int) -> dict[str, list[str]]:
        """The people named in one item, with their titles."""
        return stored_analysis.item_people(self.db, item_id)

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
        return self._finish(Path(path), _read(Path(path)))

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        on_result: Callable[[ImportResult], None] | None = None,
    ) -> list[ImportResult]:
        """Import files and folders; `on_result` hears of each file as soon as it is done."""
        files = collect_files(paths)
        results: list[ImportResult] = []
        # An import can always be done again: its commits need not wait for the disk, as a member's
        # notes do (synchronous=FULL). A crash loses at most the issue being stored, never half of one.
        self.db.execute("PRAGMA synchronous = NORMAL")
        # the full-text index merges in a 64 MiB cache, and the log is checkpointed every 40 MB rather
        # than every 4 (measured 8% faster on 700 files of the benchmark corpus)
        self.db.execute("PRAGMA cache_size = -65536")
        self.db.execute("PRAGMA wal_autocheckpoint = 10000")
        try:
            for index, (path, problem) in enumerate(files):
                if cancelled is not None and cancelled():
                    break
                if progress is not None:
                    progress(index, len(files), display_path(path))
                if problem is None:
                    result = self._finish(path, _read(path))
                else:
                    result = ImportResult(display_path(path), "failed", message=problem)
                results.append(result)
                if on_result is not None:
                    on_result(result)
        finally:
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.execute("PRAGMA cache_size = -8192")
            self.db.execute("PRAGMA wal_autocheckpoint = 1000")
        if progress is not None:
            progress(len(results), len(files), "")
        return results

    def _finish(self, path: Path, read: Prepared | ImportResult) -> ImportResult:
        if isinstance(read, ImportResult):
            return read
        try:
            return self._store(read.issue, display_path(path.name), display_path(path), read)
        except YanduError as exc:
            return ImportResult(display_path(path), "failed", message=exc.message)

    def _store(
        self, issue: Issue, source_name: str, shown: str, prepared: Prepared | None = None
    ) -> ImportResult:
        digest = store.content_hash(issue)
        subject = shown
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
                    issue_id = store.insert_issue(self.db, issue, digest, source_name, prepared)
        except sqlite3.Error as exc:
            raise ImportFailed(
                subject, f"could not store the issue in the library ({exc})"
            ) from None
        title, count = self.db.execute(
            "SELECT title, (SELECT COUNT(*) FROM items WHERE issue_id = issues.id) FROM issues WHERE id = ?",
            [issue_id],
        ).fetchone()
        return ImportResult(subject, status, issue_id, title, count, kept_item_ids=tuple(kept))

    def edit_issue(self, issue_id: int, title: str | None = None, date: str | None = None) -> Issue:
        """Correct an issue's title or date; a later re-import keeps the correction."""
        if title is not None and not title.strip():
            raise YanduError(f"issue {issue_id}", "the title cannot be empty")
        if date and not valid_date(date):
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
