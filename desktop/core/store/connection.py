"""The library's database handle: one SQLite connection, its transactions, and SQLite's errors made ours.

Every write runs in `atomic()`, which begins `IMMEDIATE`: the write lock is
taken at the start, where SQLite applies the busy timeout, rather than on the
first write inside a read transaction, where another connection holding the
lock makes it fail at once ("database is locked") whatever the timeout.
Nested `atomic()` blocks are savepoints.

SQLite's errors leave this module as `StorageError`s the user can act on (a
full disk, a read-only or damaged library, a library held too long by another
program), or as a `Bug` naming the log. A connection belongs to the thread that
opened it (Python's check is left on); the window's worker opens its own.

sqlite-utils (0.1 s to import, with click, dateutil and pluggy) is loaded only
for the migrations (store/db.py), never to open or use an up-to-date library.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop.core.errors import Bug, LibraryBusy, StorageError

log = logging.getLogger(__name__)
_savepoints = itertools.count(1)

# what each family of SQLite's result codes means for the user (sqlite3.Error.sqlite_errorname)
_KNOWN = {
    "SQLITE_FULL": "storage.full",
    "SQLITE_READONLY": "storage.read_only",
    "SQLITE_PERM": "storage.read_only",
    "SQLITE_CANTOPEN": "storage.read_only",
    "SQLITE_CORRUPT": "storage.corrupt",
    "SQLITE_NOTADB": "storage.corrupt",
    "SQLITE_IOERR": "storage.io",
}


def utc_now() -> str:
    # microseconds: a note edited within the second it was made is newer (merging by modified)
    return datetime.now(UTC).isoformat(timespec="microseconds")


def storage_error(exc: sqlite3.Error, subject: str) -> StorageError | Bug:
    """Our error for one of SQLite's."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    family = name.split("_", 2)
    base = "_".join(family[:2]) if len(family) >= 2 else name
    if base in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return LibraryBusy(subject)
    code = _KNOWN.get(base)
    if code is None and isinstance(exc, sqlite3.OperationalError):
        # some builds report a full disk or a read-only file without an error name
        text = str(exc).lower()
        if "disk is full" in text or "database or disk is full" in text:
            code = "storage.full"
        elif "readonly" in text or "read-only" in text:
            code = "storage.read_only"
    if code is not None:
        return StorageError(subject, code, detail=str(exc))
    from desktop.paths import log_path

    log.error("unexpected SQLite error on %s", subject, exc_info=exc)
    return Bug(subject, "bug", detail=f"{type(exc).__name__}: {exc}", log=str(log_path()))


class LibraryDb:
    def __init__(self, conn: sqlite3.Connection, path: Path) -> None:
        self.conn = conn
        self.path = path

    @property
    def subject(self) -> str:
        return str(self.path)

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None):
        """A cursor over the statement's rows."""
        try:
            if parameters is None:
                return self.conn.execute(sql)
            return self.conn.execute(sql, parameters)
        except sqlite3.Error as exc:
            raise storage_error(exc, self.subject) from exc

    def executemany(self, sql: str, rows: Iterable[Sequence]) -> None:
        try:
            self.conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise storage_error(exc, self.subject) from exc

    def one(self, sql: str, parameters: Sequence | None = None) -> Any:
        """The first column of the first row, or None."""
        row = self.execute(sql, parameters).fetchone()
        return row[0] if row else None

    @contextmanager
    def atomic(self) -> Iterator[LibraryDb]:
        """One transaction (or a savepoint inside one): all of it is stored, or none of it."""
        conn = self.conn
        if conn.in_transaction:
            name = f"yandu_{next(_savepoints)}"
            self.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                if conn.in_transaction:  # an error may have ended the whole transaction already
                    conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                    conn.execute(f"RELEASE SAVEPOINT {name}")
                raise
            self.execute(f"RELEASE SAVEPOINT {name}")
            return
        self.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                try:
                    conn.execute("ROLLBACK")
                except sqlite3.Error:
                    log.warning("rollback failed on %s", self.subject, exc_info=True)
            if isinstance(exc, sqlite3.Error):  # raised past `execute`, by a caller using `conn`
                raise storage_error(exc, self.subject) from exc
            raise

    def data_version(self) -> int:
        """Changes when another connection commits (PRAGMA data_version)."""
        return int(self.one("PRAGMA data_version"))

    def close(self) -> None:
        self.conn.close()
