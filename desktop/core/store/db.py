"""Open a library file: a check that it is whole, pragmas, the version check, a backup, then pending migrations.

Nothing is written to a library before it has been checked: the check reads it
through a read-only connection (which can neither migrate, set a pragma that
writes, nor checkpoint the log), and only a library that passes gets the
read-write connection. A damaged library is refused with the newest good backup
named (store/backups.py). A library that cannot be written (a read-only file,
folder or medium) is opened for reading.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import datetime
from pathlib import Path

from desktop.core.errors import LibraryError, LibraryTooNew, StorageError
from desktop.core.store.connection import LibraryDb

SCHEMA_VERSION = 8  # how many migrations store/migrations.py holds (a test holds the two together)

_MAGIC = b"SQLite format 3\x00"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
# SQLite's names for damage (their extended codes start with them)
_DAMAGE = ("SQLITE_CORRUPT", "SQLITE_NOTADB")
# what `check` finds besides SQLite's own words: a file of 0 bytes, a file that is no SQLite file
EMPTY = "empty"
NOT_SQLITE = "not_sqlite"


def _read_only(path: Path) -> bool:
    """Whether the library can only be read; raises if it cannot even be read (or created)."""
    folder = path.parent if path.parent.exists() else None
    if path.exists():
        if not os.access(path, os.R_OK):
            raise LibraryError(str(path), "library.permission_file")
        # WAL keeps two files beside the library: a folder we cannot write is as read-only as the file
        return not os.access(path, os.W_OK) or (
            folder is not None and not os.access(folder, os.W_OK | os.X_OK)
        )
    if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
        raise LibraryError(str(path), "library.permission_folder", folder=str(folder))
    return False


def reading_uri(path: Path, writable: bool) -> str:
    """A read-only SQLite URI for `path` (`writable`: whether we could write the library).

    A library we can write is read with SQLite's locks, so another program's
    writes are seen whole. One we cannot write is read as an immutable file
    unless a log (`-wal`) lies beside it, which means someone has it open (or
    closed it uncleanly) and its committed transactions are in the log: SQLite
    would otherwise create its lock files beside it, with the library's
    read-only permissions, and they would keep the library read-only after its
    permissions are restored.
    """
    wal = path.with_name(path.name + "-wal")
    query = "mode=ro" if writable or wal.exists() else "mode=ro&immutable=1"
    return f"{path.resolve().as_uri()}?{query}"


def check(path: Path, full: bool, shared: bool = True) -> tuple[str | None, int]:
    """(what is damaged, or None; the schema version) for an existing library file.

    Reads without writing: the header, the log's header and the schema always
    (well under a millisecond at any size), every page too when `full`
    (`PRAGMA quick_check`, which reads the whole file: about 0.6 ms a MB).
    The version is -1 when SQLite could not be asked (the library is locked).
    `shared=False` is for a file nobody else opens (a backup): it is read without
    SQLite's lock files, which would otherwise be left beside it.
    """
    size = path.stat().st_size
    if size == 0:
        return EMPTY, 0
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(_MAGIC):
        return NOT_SQLITE, 0
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1) or size % page_size:
        return f"the file is {size} bytes, not whole pages of {page_size}", 0
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        with open(wal, "rb") as handle:
            head = handle.read(32)
        if len(head) < 32 or int.from_bytes(head[:4], "big") not in _WAL_MAGIC:
            return "the write-ahead log beside it is not a log", 0
    try:
        writable = shared and not _read_only(path)
        conn = sqlite3.connect(reading_uri(path, writable), uri=True, isolation_level=None)
    except sqlite3.Error:
        return None, -1
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        if full:
            (first,) = conn.execute("PRAGMA quick_check(1)").fetchone()
            if first != "ok":
                lines = [line for line in str(first).splitlines() if not line.startswith("***")]
                return (lines[0] if lines else str(first))[:160], version
    except sqlite3.DatabaseError as exc:
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(_DAMAGE) or "malformed" in str(exc):
            return str(exc), 0
        # locked, or lock files we may not touch: no verdict here; the connection that
        # opens the library meets the same and says so
        return None, -1
    finally:
        conn.close()
    return None, version


class Damaged(LibraryError):
    """The library failed its check (`detail`: SQLite's words, or EMPTY, or NOT_SQLITE). The
    library layer words it with the newest good backup (store/backups.py: refuse_damaged)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(str(path), "library.damaged", detail=detail)
        self.detail = detail


def connect(path: Path, read_only: bool = False) -> LibraryDb:
    """A connection in autocommit mode, for this thread: every write goes through `db.atomic()`.

    A read-only library gets a read-only connection: reads work, and a write fails
    with SQLite's read-only error (`storage.read_only`).
    """
    try:
        if read_only:
            uri = reading_uri(path, False)
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, timeout=10)
        else:
            path.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
            conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA synchronous = FULL")  # a committed note survives a power cut
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it on its connections
        conn.execute("PRAGMA cache_size = -8192")  # 8 MiB while reading; imports raise it
    except sqlite3.DatabaseError as exc:
        raise LibraryError(str(path), "library.cannot_open", detail=str(exc)) from None
    except OSError as exc:
        raise LibraryError(
            str(path), "library.cannot_create", reason=exc.strerror or str(exc)
        ) from None
    return LibraryDb(conn, path)


def user_version(db: LibraryDb) -> int:
    return int(db.one("PRAGMA user_version"))


def backup(db: LibraryDb, path: Path, version: int) -> Path:
    """Copy the library beside itself before changing its schema."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.v{version}-{stamp}.bak")
    destination = sqlite3.connect(str(target))
    try:
        db.conn.backup(destination)
    finally:
        destination.close()
    return target


def _import_sqlite_utils() -> None:
    """Import sqlite-utils without numpy and pandas. It imports both when they are installed, to
    convert their values on insert; the library stores neither, and numpy (installed for text
    recognition, which runs in the reader processes) would add about 90 ms to creating or
    upgrading a library. One already imported is used as it is."""
    if "sqlite_utils" in sys.modules:
        return
    hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
    for name in hidden:
        sys.modules[name] = None  # type: ignore[assignment]  # import of it raises ImportError
    try:
        import sqlite_utils  # noqa: F401
    finally:
        for name in hidden:
            if sys.modules.get(name, ...) is None:
                del sys.modules[name]


def migrate(db: LibraryDb, path: Path, read_only: bool = False) -> Path | None:
    """Refuse a newer library, back up an older one, apply pending migrations.

    Returns the backup's path if one was made.
    """
    try:
        version = user_version(db)
    except StorageError as exc:
        raise LibraryError(
            str(path), "library.damaged", detail=exc.params.get("detail", "")
        ) from None
    if version > SCHEMA_VERSION:
        raise LibraryTooNew(str(path), "library.too_new", version=version, known=SCHEMA_VERSION)
    if version == SCHEMA_VERSION:
        return None  # up to date: the migrations (and sqlite-utils) need not load to open it
    if read_only:  # an older library must be upgraded, and this one cannot be written
        raise LibraryError(str(path), "library.read_only_old")
    _import_sqlite_utils()
    from sqlite_utils import Database

    from desktop.core.store.migrations import migrations

    # no plugins: one installed beside Yandu would run its hooks on the library's connection
    database = Database(db.conn, execute_plugins=False)
    if version == 0:
        foreign = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name != migrations.migrations_table
        ]
        if foreign:
            raise LibraryError(str(path), "library.foreign", tables=", ".join(sorted(foreign)[:3]))
    pending = migrations.pending(database)
    if not pending:
        return None
    made = backup(db, path, version) if version > 0 else None
    try:
        migrations.apply(database)
    except sqlite3.Error as exc:
        raise LibraryError(
            str(path), "library.upgrade_failed", detail=str(exc), backup=str(made)
        ) from None
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return made


def open_db(path: Path, verify: bool = True) -> tuple[LibraryDb, Path | None, bool]:
    """The library's connection, up to date; the backup made to upgrade it (if one was); whether
    it can only be read.

    `verify` reads every page before opening (see `check`); without it, the
    header and schema are checked, and every page only when an upgrade is due
    (an upgrade writes). The window opens without it and checks on its worker
    after it has painted.
    """
    read_only = _read_only(path)
    if path.exists():
        damage, version = check(path, verify)
        if damage is None and not verify and 0 < version < SCHEMA_VERSION:
            damage, version = check(path, True)
        if damage is not None:
            raise Damaged(path, damage)
    db = connect(path, read_only)
    try:
        return db, migrate(db, path, read_only), read_only
    except Exception:
        db.close()
        raise
