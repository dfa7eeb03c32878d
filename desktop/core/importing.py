"""From paths to what the library stores: the files to read, each read and worked out before storing.

Reading, parsing, the analysis of every item, the search grams and the content
keys need no library, so they are done apart from the transaction that stores
the issue. A file's format reader runs in a process with limits on size, time
and memory (`ingest/cage.py`), so that a hostile file costs only its own
refusal. When an import has more than one file, that process does all of this
(`prepared_ahead`): two of them prepare the next files, up to `AHEAD` of them,
while this process stores the last, so the two halves of an import run on two
cores and the readers do not wait while a batch's index is written. (With
jieba's whole dictionary to load in every process that was not worth it; with
the dictionary looked up as needed, text/words.py, the reader process starts in
a tenth of a second.) A single file is prepared here: there is nothing to
overlap.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.core.errors import ImportFailed, Problem, YanduError
from desktop.core.model import ImportResult, Issue
from desktop.core.store.connection import LibraryDb
from desktop.core.store.issues import Derived

if TYPE_CHECKING:  # the readers' process pool loads with the first import
    from desktop.core.ingest.cage import Cage, Pending

log = logging.getLogger(__name__)

Pages = Callable[[int, int], None]  # pages done, pages in all: a slow reader's progress in a file

# what a folder holds that is nobody's document: the system's and Office's own files (a Word
# document open elsewhere leaves an owner file `~$…` beside it). Every other file is looked at,
# whatever its name: what is not a bulletin is listed as skipped, with the reason.
_SYSTEM_FILES = {"desktop.ini", "thumbs.db", "ehthumbs.db", ".ds_store"}
# the codes of files a folder import passes over (ingest/sniff.py; repeated here so that the
# window can start without loading the readers)
SKIPS = (
    "import.skipped_image",
    "import.skipped_spreadsheet",
    "import.skipped_presentation",
    "import.skipped_archive",
    "import.skipped_media",
    "import.skipped_data",
    "import.skipped_other",
)


def display_path(path: Path | str) -> str:
    """A path as printable text. The ingest package (the readers' front) loads with the first import."""
    from desktop.core.ingest import printable_path

    return printable_path(path)


def derive(issue: Issue) -> Derived:
    """The analysis of every item (people named early are known later), the content keys and the
    search grams."""
    from desktop.core.analysis import ANALYSIS_VERSION, analyse_issue
    from desktop.core.exchange.keys import article_key
    from desktop.core.text.search_terms import grams, item_search_text

    return Derived(
        analyse_issue(issue.items),
        ANALYSIS_VERSION,
        tuple(article_key(item.headline, item.body) for item in issue.items),
        tuple(
            grams(item_search_text(item.kicker, item.headline, item.subhead, item.body))
            for item in issue.items
        ),
    )


@dataclass(frozen=True)
class Prepared:
    """A file read and worked out, ready to be stored."""

    issue: Issue
    derived: Derived


def prepare(path: Path, pages: Pages | None = None) -> Prepared | Problem:
    """Read, parse and analyse one file (no library access); a Problem if it cannot be read.
    `pages` hears of each page a slow reader (OCR) is done with, and may stop it by raising."""
    from desktop.core.ingest import printable, read_issue  # loaded with the first import

    shown = display_path(path)
    try:
        issue = read_issue(path, pages)
        return Prepared(issue, derive(issue))
    except YanduError as exc:
        return exc.problem
    except Exception as exc:  # repair or analysis choked on what a reader found: it fails alone
        log.warning("reading %s failed", shown, exc_info=True)
        detail = printable(f"{type(exc).__name__}: {exc}")[:300]  # a message may quote the file
        return ImportFailed(shown, "import.damaged", detail=detail).problem


def prepare_read(kind: str, data: bytes, name: str, source: str) -> Prepared:
    """A file's bytes (as `ingest.reader_input` gives them) read, made an issue and worked out:
    what the reader process does for `prepared_ahead`. Raises ImportFailed."""
    from desktop.core.ingest import read_here

    issue = read_here(kind, data, name, source)
    return Prepared(issue, derive(issue))


def prepare_all(
    files: Sequence[tuple[Path, Problem | None]],
    pages_for: Callable[[int], Pages | None],
    idle: Callable[[], None] | None = None,
) -> Generator[tuple[int, Prepared | Problem], None, None]:
    """Each file prepared, in order: by the reader processes (`prepared_ahead`, which calls
    `idle` when the next file is not ready yet), or here when there is only one."""
    if len(files) != 1:
        yield from prepared_ahead(files, pages_for, idle)
        return
    path, problem = files[0]
    yield 0, prepare(path, pages_for(0)) if problem is None else problem


def start_readers(paths: Sequence[Path | str]) -> None:
    """Start the reader processes of an import of more than one file (a folder, several files)
    now, so that they start while the library opens. One that cannot start is left to the
    import, which says why."""
    from desktop.core.ingest.cage import reader_pool

    if len(paths) < 2 and not any(Path(path).is_dir() for path in paths):
        return
    _launch(reader_pool(READER_PROCESSES))


def _launch(cages: list[Cage]) -> None:
    """Start the readers side by side, not one after the other; one that cannot start is left to
    its first file, which fails with the reason."""
    from desktop.core.ingest.blocks import Unreadable

    for cage in cages:
        try:
            cage.launch()
        except Unreadable:
            return


def prepared_ahead(
    files: Sequence[tuple[Path, Problem | None]],
    pages_for: Callable[[int], Pages | None],
    idle: Callable[[], None] | None = None,
) -> Iterator[tuple[int, Prepared | Problem]]:
    """Each file (by its index in `files`) prepared, in order, by the reader processes.

    Each reader process has a thread of this process that hands it the next file not yet given
    out as soon as it is done with its last, up to `AHEAD` files ahead of the caller: while the
    library stores a file, or writes out a batch's search index (a tenth of a second and more),
    the readers go on with the next files rather than wait with one file done each; and a reader
    done with a short file does not wait for the other's long one (`_Shares`). What comes back
    out of order waits for its turn.

    `pages_for(index)` is told of a slow reader's pages (and may stop it by raising, on that
    reader's thread: the caller gets the exception when it comes to that file); a file stopped so
    is not given out. Closing the iterator early stops the readers' files.

    `idle()` is called, on the caller's thread, when the caller asks for the next file and it is
    not prepared yet: time the caller would spend waiting (the library writes a batch's index
    then, rather than after the last file while the readers stand idle)."""
    from desktop.core.ingest.cage import reader_pool

    cages = reader_pool(READER_PROCESSES)
    shares = _Shares(files, pages_for)
    threads = [
        threading.Thread(target=shares.serve, args=(cage,), name=READERS_THREAD, daemon=True)
        for cage in cages
    ]
    for thread in threads:
        thread.start()
    try:
        for index in range(len(files)):
            item = shares.take(index, idle)
            if isinstance(item, _Raised):
                raise item.error
            yield index, item
    finally:
        shares.stop()  # stopped early (or done): no more files given out, busy readers stopped
        while any(thread.is_alive() for thread in threads):  # (a thread may start one anew)
            for cage in cages:
                cage.close()
            for thread in threads:
                thread.join(0.1)


READERS_THREAD = "yandu-import-readers"


@dataclass(frozen=True)
class _Raised:
    error: BaseException


class _Shares:
    """An import's files shared out among the readers' threads, and what they gave back."""

    def __init__(
        self, files: Sequence[tuple[Path, Problem | None]], pages_for: Callable[[int], Pages | None]
    ) -> None:
        self.files, self.pages_for = files, pages_for
        self.turn = threading.Condition()
        self.given = 0  # the files given out to a reader so far
        self.taken = 0  # the files the caller has taken
        self.stopped = False
        self.ready: dict[int, Prepared | Problem | _Raised] = {}

    def serve(self, cage: Cage) -> None:
        """One reader's thread: its next file until there are none, the caller has stopped, or
        handing one over failed (the caller raises that in turn). Each thread starts its reader,
        so that they start side by side."""
        try:
            _launch([cage])
        except BaseException as exc:  # not a reader that cannot start (its file says why):
            if (index := self._next()) is not None:  # something unforeseen, raised in turn
                self._put(index, _Raised(exc))
            return
        while (index := self._next()) is not None:
            path, problem = self.files[index]
            try:
                result: Prepared | Problem | _Raised | None = self._prepare(
                    cage, path, problem, self.pages_for(index)
                )
            except BaseException as exc:  # the caller raises it when it comes to that file
                result = _Raised(exc)
            if result is None:  # the caller stopped while the file was read in: not begun
                return
            self._put(index, result)
            if isinstance(result, _Raised):
                return

    def _prepare(
        self, cage: Cage, path: Path, problem: Problem | None, pages: Pages | None
    ) -> Prepared | Problem | None:
        """The file prepared by `cage`'s reader; None if the caller stopped before it was handed
        over (reading it in can take a while: a .doc goes through LibreOffice first)."""
        begun = _begin(cage, path, problem)
        if isinstance(begun, Problem):
            return begun
        if self.stopped:
            cage.abandon(begun)
            return None
        return _end(cage, begun, path, pages)

    def _next(self) -> int | None:
        with self.turn:
            while not self.stopped and self.taken + AHEAD <= self.given < len(self.files):
                self.turn.wait()
            if self.stopped or self.given >= len(self.files):
                return None
            self.given += 1
            return self.given - 1

    def _put(self, index: int, result: Prepared | Problem | _Raised) -> None:
        with self.turn:
            self.ready.setdefault(index, result)
            self.turn.notify_all()

    def take(self, index: int, idle: Callable[[], None] | None) -> Prepared | Problem | _Raised:
        """File `index` once it is prepared; `idle()` first if it is not yet."""
        with self.turn:
            waiting = index not in self.ready
        if waiting and idle is not None:
            idle()
        with self.turn:
            while index not in self.ready:
                self.turn.wait()
            self.taken = index + 1
            self.turn.notify_all()
            return self.ready.pop(index)

    def stop(self) -> None:
        with self.turn:
            self.stopped = True
            self.turn.notify_all()


def _begin(cage: Cage, path: Path, problem: Problem | None) -> Pending | Problem:
    """A file handed to a reader process (a Pending), or the Problem that keeps it from it."""
    if problem is not None:
        return problem
    from desktop.core.ingest import printable_path, read_bytes, reader_input

    path = Path(os.path.abspath(path))
    source = printable_path(path)
    try:
        data, kind = reader_input(read_bytes(path), path.suffix, source)
    except YanduError as exc:
        return exc.problem
    return cage.begin(("call", prepare_read, kind, data, printable_path(path.name), source))


def _end(cage: Cage, pending: Pending, path: Path, pages: Pages | None) -> Prepared | Problem:
    from desktop.core.ingest.blocks import Unreadable

    shown = display_path(path)
    try:
        prepared: Prepared = cage.end(pending, shown, pages)
        return prepared
    except Unreadable as exc:
        return ImportFailed(display_path(os.path.abspath(path)), exc.code, **exc.params).problem


# reader processes that prepare an import's files: two keep both cores of a small office computer
# busy (preparing a file costs about twice what storing it does, measured on 新闻联播 transcripts);
# more would wait for the one that stores
READER_PROCESSES = min(2, os.cpu_count() or 1)
# files prepared ahead of the library at most: enough for the readers to go on through a batch's
# index write (about twenty transcripts' worth), few enough to hold in memory
AHEAD = 32
BATCH_SECONDS = 0.5
# a batch this old is committed when the next file is not ready yet (Batch.idle)
IDLE_BATCH_SECONDS = 0.1


class Batch:
    """The issues of an import stored in one transaction, each in a savepoint of its own, until it
    has run for `BATCH_SECONDS`: a commit and the full-text index's flush of what it gathered are
    paid once for many issues (one commit per issue made the import a third slower, measured on
    the benchmark corpus), while another program waiting to write waits at most that long. A
    file that fails to store is rolled back alone. What a batch stored is told only once it is
    committed: a crash loses at most the issues of the last half second, none of them reported
    imported.

    New items' search-index rows wait in `index_rows` and go in together just before the commit:
    FTS5 writes out what it holds at every savepoint, so with a savepoint per issue the index was
    written issue by issue after all (40% of the time of storing, measured)."""

    def __init__(self, db: LibraryDb) -> None:
        self.db = db
        self.index_rows: list[tuple[int, str]] = []  # (item id, grams) for item_grams
        self._began: float | None = None
        self._done: list[ImportResult] = []

    def add(self, result: ImportResult) -> list[ImportResult]:
        """A file that stored nothing (it failed or was skipped); what can be told now."""
        self._done.append(result)
        return self._done_now() if self._began is None else []

    def store(self, work: Callable[[], ImportResult]) -> list[ImportResult]:
        """Store one issue (`work` runs its own savepoint); what can be told now."""
        if self._began is None:
            self.db.execute("BEGIN IMMEDIATE")
            self._began = time.monotonic()
        self._done.append(work())
        return self.commit() if self._has_run(BATCH_SECONDS) else []

    def idle(self) -> list[ImportResult]:
        """Nothing to store until the readers have the next file: a batch that has run for
        `IDLE_BATCH_SECONDS` is committed now, its index written while they read (measured: on
        200 transcripts the last batch's index took 0.25 s after the last file was read, the
        readers idle). Younger ones go on, so that a commit is not paid per file."""
        return self.commit() if self._has_run(IDLE_BATCH_SECONDS) else []

    def _has_run(self, seconds: float) -> bool:
        return self._began is not None and time.monotonic() - self._began >= seconds

    def flush_index(self) -> None:
        """Put the waiting index rows in the index now (before an update takes items out of it)."""
        if self.index_rows:
            from desktop.core.store.search import hold_batches_whole, index_rows

            hold_batches_whole(self.db)  # once per library; after that one lookup
            index_rows(self.db, self.index_rows)
            self.index_rows = []

    def commit(self) -> list[ImportResult]:
        if self._began is not None:
            self.flush_index()
            self.db.execute("COMMIT")
            self._began = None
        return self._done_now()

    def rollback(self) -> None:
        if self._began is not None and self.db.conn.in_transaction:
            self.db.conn.rollback()
        self._began = None
        self._done = []
        self.index_rows = []

    def _done_now(self) -> list[ImportResult]:
        done, self._done = self._done, []
        return done


def collect_files(paths: Iterable[Path | str]) -> list[tuple[Path, Problem | None]]:
    """Files as given and the bulletins inside folders (name order, hidden skipped), each with the
    reason it cannot be imported, if one is known before reading it.

    A folder's links are followed only where they stay inside it: a folder shared by others may
    hold `passwd.txt` pointing at /etc/passwd. A file given by itself is read wherever it is."""
    found: list[tuple[Path, Problem | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append((path, None))
            continue
        before = len(found)
        found.extend(_folder_files(path))
        if len(found) == before:
            found.append((path, ImportFailed(display_path(path), "import.folder_empty").problem))
    return found


def _folder_files(folder: Path) -> list[tuple[Path, Problem | None]]:
    found: list[tuple[Path, Problem | None]] = []
    top = Path(os.path.realpath(folder))
    walked: set[Path] = set()  # real folders already walked: a link may lead back up, or twice
    taken: set[Path] = set()  # real files already listed: a link and its target are one file
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append, followlinks=True):
        real_root = Path(os.path.realpath(root))
        if real_root in walked:
            dirs[:] = []
            continue
        walked.add(real_root)
        inside = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            escape = _outside(Path(root) / name, top)
            if escape is not None:
                found.append((Path(root) / name, escape))
            else:
                inside.append(name)
        dirs[:] = inside
        for name in sorted(files):
            candidate = Path(root) / name
            if name.startswith((".", "~$")) or name.lower() in _SYSTEM_FILES:
                continue
            escape = _outside(candidate, top)
            if escape is not None:
                found.append((candidate, escape))
                continue
            real = Path(os.path.realpath(candidate))
            if real in taken:
                continue
            taken.add(real)
            found.append((candidate, None))
    for problem in problems:
        where = Path(problem.filename) if problem.filename else folder
        reason = (
            "permission denied"
            if isinstance(problem, PermissionError)
            else (problem.strerror or str(problem))
        )
        failed = ImportFailed(display_path(where), "import.folder_unreadable", reason=reason)
        found.append((where, failed.problem))
    return found


def _outside(path: Path, top: Path) -> Problem | None:
    """Why `path` (inside a folder being imported) is not taken: it leads outside the folder."""
    real = Path(os.path.realpath(path))
    if real == top or real.is_relative_to(top):
        return None
    return ImportFailed(
        display_path(path), "import.outside_folder", target=display_path(real)
    ).problem
