"""The library: the one object the command line and the window talk to.

`Library.open(path)` opens (creating or upgrading) a library file. It reads
issues, items and what the analysis found; it imports files, each in one
transaction, so a file that fails leaves no trace; and it holds the study
group's features as objects of their own (`members`, `categories`, `sessions`,
`annotations`, `reflections`, `undo_log`), as Anki's collection holds its
managers. A `Library` and its connection belong to the thread that opened it.

Backups (store/backups.py, loaded by the methods that use it: a window's start needs none of
it): a library that changed is backed up when it is
closed (unless its newest backup is less than a quarter of an hour old), and at
most once a day while it keeps changing (`backup_if_due`, which the window
calls every hour); `backup()` makes one now. The seven newest and the newest of
each month are kept. A damaged library is refused at open, naming
the newest good backup, which `Library.restore` puts back.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, closing
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import Invalid, LibraryError, Problem, StorageError, YanduError
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
from desktop.core.store import trash
from desktop.core.store.connection import LibraryDb
from desktop.core.store.db import Damaged, open_db
from desktop.core.store.search import search as search_items
from desktop.core.study.annotations import Annotations
from desktop.core.study.exchange import Exchange
from desktop.core.study.members import Categories, Members
from desktop.core.study.reflections import Reflections
from desktop.core.study.sessions import Sessions
from desktop.core.study.undo import UndoLog

if TYPE_CHECKING:  # importing loads with the first import: the window's start needs none of it
    from desktop.core.importing import Batch, Prepared
    from desktop.core.store.backups import Backup

# files done, files in all, the file now; and, from a slow reader (OCR), its pages (done, in all)
Progress = Callable[..., None]
log = logging.getLogger(__name__)
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


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


def _analysis_version() -> int:
    from desktop.core.analysis import ANALYSIS_VERSION  # the rules load with the first analysis

    return ANALYSIS_VERSION


class Library:
    clock: Callable[[], datetime] = datetime.now  # when a backup is made (tests set their own days)

    def __init__(
        self,
        db: LibraryDb,
        path: Path,
        backup_path: Path | None = None,
        read_only: bool = False,
    ) -> None:
        self.db = db
        self.path = path
        self.backup_path = backup_path  # made before an upgrade of the schema, if one was
        self.read_only = read_only  # a file, folder or medium that cannot be written: reads work
        # how many changes this connection had made at the last backup
        self._backed_up_at = db.conn.total_changes
        self._closed = False
        self.members = Members(db)
        self.categories = Categories(db)
        self.sessions = Sessions(db)
        self.annotations = Annotations(db)
        self.reflections = Reflections(db)
        self.exchange = Exchange(db)
        self.undo_log = UndoLog(db)

    @classmethod
    def open(cls, path: Path | str, verify: bool = True) -> Library:
        """Open (creating or upgrading if need be) the library at `path`.

        A damaged library is refused (`library.damaged_backup_available` names the
        backup to restore) before anything is written to it. `verify` reads every
        page first (about 0.6 ms a MB: 0.5 s for the 800 MB benchmark library);
        without it only the header and schema are checked (under a millisecond),
        for the window, which checks every page on its worker.
        """
        path = Path(path)
        try:
            db, backup_path, read_only = open_db(path, verify)
        except Damaged as exc:  # refused untouched, with the backup to restore named
            from desktop.core.store import backups as stored_backups

            raise stored_backups.refuse_damaged(path, exc.detail) from None
        return cls(db, path, backup_path, read_only)

    def close(self, backup: bool = True) -> None:
        """Close the library, backing it up first if it changed since its last backup and that
        one is at least a quarter of an hour old (`backups.CLOSE_GAP`)."""
        from desktop.core.store import backups as stored_backups

        if self._closed:  # closing twice stays harmless
            return
        try:
            if backup and self._changed() and stored_backups.due(self.path, self.clock(), True):
                self._rolling_backup()
        finally:
            self._closed = True
            self.db.close()

    # backups

    def backup(self, durable: bool = True) -> Path:
        """Back the library up now; the backup's path. Older backups are pruned.
        (Automatic backups are not `durable`: they do not wait for the disk.)"""
        from desktop.core.store import backups as stored_backups

        made = stored_backups.make(self.db.conn, self.path, self.clock(), durable)
        self._backed_up_at = self.db.conn.total_changes
        stored_backups.prune(self.path, self.clock())
        return made

    def backup_if_due(self) -> Path | None:
        """The daily backup: made if the library changed and today has none yet."""
        from desktop.core.store import backups as stored_backups

        if self._changed() and stored_backups.due(self.path, self.clock()):
            return self._rolling_backup()
        return None

    def _changed(self) -> bool:
        return not self.read_only and self.db.conn.total_changes > self._backed_up_at

    def _rolling_backup(self) -> Path | None:
        """A backup nobody asked for: if it cannot be made, the log says why and work goes on."""
        try:
            return self.backup(durable=False)
        except LibraryError:
            log.warning("no backup of %s could be made", self.path, exc_info=True)
            return None

    @staticmethod
    def backups(path: Path | str) -> list[Backup]:
        """The backups of the library at `path`, newest first."""
        from desktop.core.store import backups as stored_backups

        return stored_backups.listing(Path(path))

    @staticmethod
    def backup_owner(backup: Path | str) -> Path | None:
        """The library a backup was made of, as its name and folder say (None for another file)."""
        from desktop.core.store import backups as stored_backups

        return stored_backups.owner(Path(backup))

    @staticmethod
    def restore(
        path: Path | str, backup: Path | str, now: datetime | None = None
    ) -> tuple[Path, Path | None]:
        """Replace the library at `path` (which must not be open) by a backup, given by path or
        by name; (the backup, the copy of the library as it was, if there was one)."""
        from desktop.core.store import backups as stored_backups

        path = Path(path)
        source = stored_backups.resolve(path, backup)
        return stored_backups.restore(path, source, now or datetime.now())

    def transaction(self) -> AbstractContextManager[LibraryDb]:
        """Several changes as one: all of them are stored, or none (the managers' own
        transactions become savepoints inside it)."""
        return self.db.atomic()

    def data_version(self) -> int:
        """Changes whenever another connection (another window, a command) commits a change."""
        return self.db.data_version()

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

    def is_empty(self) -> bool:
        return self.db.one("SELECT NOT EXISTS (SELECT 1 FROM issues WHERE trashed_at IS NULL)") == 1

    # the analysis

    def stale_analysis(self) -> int:
        """How many items were analysed by an older version of the analysis."""
        return stored_analysis.stale_items(self.db, _analysis_version())

    def reanalyse(
        self, progress: Callable[[int, int], None] | None = None, batch: int = 500
    ) -> int:
        """Bring every item's analysis up to the current version, a batch of issues per
        transaction. Annotations are not touched."""
        from desktop.core.analysis import analyse_issue

        version = _analysis_version()
        total = self.stale_analysis()
        done = 0
        while issue_ids := stored_analysis.stale_issues(self.db, version, batch):
            with self.db.atomic():
                for issue_id in issue_ids:
                    items = store.get_issue(self.db, issue_id).items
                    for item, result in zip(items, analyse_issue(items), strict=True):
                        assert item.id is not None  # read from the library
                        stored_analysis.store_analysis(self.db, item.id, result, version)
                        done += 1
            if progress is not None:
                progress(done, total)
        return done

    # importing

    def import_file(self, path: Path | str) -> ImportResult:
        """Parse and store one file in one transaction. Never raises for a bad file."""
        from desktop.core.importing import prepare

        return self._store(Path(path), prepare(Path(path)))

    def import_paths(
        self,
        paths: Iterable[Path | str],
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
        on_result: Callable[[ImportResult], None] | None = None,
    ) -> list[ImportResult]:
        """Import files and folders; `on_result` hears of each file as soon as it is done.

        A file that cannot be read or stored fails alone; a library that can take no more
        (a full disk, a read-only file) ends the import with its StorageError.
        """
        from desktop.core.importing import Batch, collect_files, display_path, prepare_all

        paths = list(paths)
        files = collect_files(paths)
        given = {Path(raw) for raw in paths}  # files named by the user, not found in a folder
        results: list[ImportResult] = []

        def tell(done: list[ImportResult]) -> None:
            for result in done:
                results.append(result)
                if on_result is not None:
                    on_result(result)

        def idle() -> None:  # the next file is not prepared yet: the batch may commit meanwhile
            tell(batch.idle())

        def pages_for(index: int) -> Callable[[int, int], None] | None:
            return _pages(progress, cancelled, index, len(files), display_path(files[index][0]))

        # An import can always be done again: its commits need not wait for the disk, as a member's
        # notes do (synchronous=FULL). A crash loses at most the last batch (importing.Batch),
        # never half an issue, and nothing that was reported imported.
        self.db.execute("PRAGMA synchronous = NORMAL")
        # the full-text index merges in a 64 MiB cache, and the log is checkpointed every 40 MB rather
        # than every 4 (measured 8% faster on 700 files of the benchmark corpus)
        self.db.execute("PRAGMA cache_size = -65536")
        self.db.execute("PRAGMA wal_autocheckpoint = 10000")
        batch = Batch(self.db)
        try:
            try:
                with closing(prepare_all(files, pages_for, idle)) as prepared:
                    for index, read in prepared:
                        if cancelled is not None and cancelled():
                            break
                        path = files[index][0]
                        if progress is not None:
                            progress(index, len(files), display_path(path))
                        in_folder = path not in given
                        if isinstance(read, Problem):
                            tell(batch.add(self._store(path, read, in_folder)))
                        else:
                            tell(batch.store(partial(self._store, path, read, in_folder, batch)))
            except Cancelled:  # stopped inside a file (OCR): that file is not imported
                pass
            tell(batch.commit())
        except BaseException:
            batch.rollback()
            raise
        finally:
            self.db.execute("PRAGMA synchronous = FULL")
            self.db.execute("PRAGMA cache_size = -8192")
            self.db.execute("PRAGMA wal_autocheckpoint = 1000")
        if progress is not None:
            progress(len(results), len(files), "")
        return results

    def _store(
        self,
        path: Path,
        read: Prepared | Problem,
        in_folder: bool = False,
        batch: Batch | None = None,
    ) -> ImportResult:
        """Store what was read, or say why not; in `batch`'s transaction if one is given (its
        search-index rows then wait for its commit: importing.Batch)."""
        from desktop.core.importing import SKIPS, display_path

        shown = display_path(path)
        if isinstance(read, Problem):
            # what is no bulletin (a photo, a spreadsheet) in a folder is passed over, and listed
            skipped = in_folder and read.code in SKIPS
            return ImportResult(shown, "skipped" if skipped else "failed", problem=read)
        issue, derived = read.issue, read.derived
        digest = store.content_hash(issue)
        source_name = display_path(path.name)
        staged = batch.index_rows if batch is not None else None
        mark = len(staged) if staged is not None else 0
        try:
            found = None
            if batch is not None:  # the batch holds the write lock already
                found = store.find_same(self.db, issue, digest, source_name)
                if found[0] is not None:  # an update takes items out of the index: all must be in
                    batch.flush_index()
                    mark = 0
            with self.db.atomic():
                if found is None:
                    found = store.find_same(self.db, issue, digest, source_name)
                existing, identical = found
                kept: list[int] = []
                restored = existing is not None and trash.is_trashed(self.db, existing)
                if restored and existing is not None:  # imported again: out of the 回收站
                    trash.restore_issue(self.db, existing)
                if identical:
                    status, issue_id = "imported" if restored else "unchanged", existing
                elif existing is not None:
                    status, issue_id = "updated", existing
                    kept = store.update_issue(
                        self.db, existing, issue, digest, source_name, derived
                    )
                else:
                    status = "imported"
                    issue_id = store.insert_issue(
                        self.db, issue, digest, source_name, derived, staged
                    )
        except StorageError as exc:
            if staged is not None:
                del staged[mark:]
            if exc.fatal:
                raise
            return ImportResult(shown, "failed", problem=exc.problem)
        except YanduError as exc:
            if staged is not None:
                del staged[mark:]
            return ImportResult(shown, "failed", problem=exc.problem)
        assert issue_id is not None
        title, count = self.db.execute(
            "SELECT title, (SELECT COUNT(*) FROM items WHERE issue_id = issues.id) "
            "FROM issues WHERE id = ?",
            [issue_id],
        ).fetchone()
        return ImportResult(
            shown, status, issue_id, title, count, kept_item_ids=tuple(kept), skipped=issue.skipped
        )

    def edit_issue(self, issue_id: int, title: str | None = None, date: str | None = None) -> Issue:
        """Correct an issue's title or date; a later re-import keeps the correction."""
        if title is not None and not title.strip():
            raise Invalid(("issue", issue_id), "issue.empty_title")
        if date and not valid_date(date):
            raise Invalid(("issue", issue_id), "issue.bad_date", date=date)
        with self.db.atomic():
            store.edit_issue(self.db, issue_id, title.strip() if title else None, date)
        return self.issue(issue_id)

    # the 回收站 and merging (the window's library menu; undone from its 编辑 menu)

    def trash_issue(self, issue_id: int) -> None:
        """Put an issue in the 回收站 with its notes; `restore_issue` brings both back."""
        with self.db.atomic():
            self.issue(issue_id)  # NotFound for an issue that is not there
            trash.trash_issue(self.db, issue_id)

    def restore_issue(self, issue_id: int) -> None:
        with self.db.atomic():
            trash.restore_issue(self.db, issue_id)

    def trashed(self) -> list[tuple[int, str, str | None, str, int]]:
        """(id, title, date, when trashed, notes on it) for each issue in the 回收站."""
        return trash.trashed_issues(self.db)

    def empty_trash(self) -> int:
        """Remove the 回收站's issues for good; the notes on them stay, as orphans."""
        with self.db.atomic():
            return trash.empty_trash(self.db)

    def merge_issues(self, kept: int, merged: int) -> trash.MergeRecord:
        """Two imports of one bulletin: `merged`'s notes, reflections and session articles move to
        `kept`, and `merged` goes to the 回收站. The record undoes it (`undo_merge`)."""
        if kept == merged:
            raise Invalid(("issue", merged), "issue.merge_self")
        with self.db.atomic():
            self.issue(kept)
            self.issue(merged)
            return trash.merge_issues(self.db, kept, merged)

    def undo_merge(self, record: trash.MergeRecord) -> None:
        with self.db.atomic():
            trash.undo_merge(self.db, record)

    # settings kept in the library

    def get_meta(self, key: str) -> str | None:
        value = self.db.one("SELECT value FROM meta WHERE key = ?", [key])
        return None if value is None else str(value)

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


class Cancelled(BaseException):
    """The user stopped the import while a slow reader (OCR) was inside a file. A BaseException,
    so that no reader's `except Exception` takes it for the file's failure."""


def _pages(
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
    index: int,
    total: int,
    shown: str,
) -> Callable[[int, int], None] | None:
    """What a slow reader calls with each page: progress to the caller, and a stop if asked."""
    if progress is None and cancelled is None:
        return None

    def pages(done: int, in_all: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled
        if progress is not None:
            progress(index, total, shown, (done, in_all))

    return pages
