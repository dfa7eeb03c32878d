"""Open a library file: pragmas, the version check, a backup, then pending migrations."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.core.errors import LibraryError, LibraryTooNew, StorageError
from desktop.core.store.connection import LibraryDb

SCHEMA_VERSION = 6  # how many migrations store/migrations.py holds (a test holds the two together)


def _check_writable(path: Path) -> None:
    folder = path.parent if path.parent.exists() else None
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise LibraryError(str(path), "library.permission_file")
    if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
        raise LibraryError(str(path), "library.permission_folder", folder=str(folder))


def connect(path: Path) -> LibraryDb:
    """A connection in autocommit mode, for this thread: every write goes through `db.atomic()`."""
    _check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
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


def migrate(db: LibraryDb, path: Path) -> Path | None:
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


def open_db(path: Path) -> tuple[LibraryDb, Path | None]:
    """The library's connection, up to date, and the backup made to upgrade it (if one was)."""
    db = connect(path)
    try:
        return db, migrate(db, path)
    except Exception:
        db.close()
        raise
