"""Open a library: pragmas, the version check, a backup, then pending migrations."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime
from pathlib import Path

from desktop.core.errors import LibraryError, LibraryTooNew
from desktop.core.store.connection import LibraryDb

SCHEMA_VERSION = 4  # how many migrations store/migrations.py holds (it checks this on import)


def _check_writable(path: Path) -> None:
    folder = path.parent if path.parent.exists() else None
    if path.exists() and not os.access(path, os.R_OK | os.W_OK):
        raise LibraryError(
            str(path), "permission denied: Yandu cannot read and write this library file"
        )
    if folder is not None and not os.access(folder, os.W_OK | os.X_OK):
        raise LibraryError(
            str(path),
            f"permission denied: cannot write in {folder}; choose another place with --db or YANDU_DB",
        )


def connect(path: Path) -> LibraryDb:
    """A connection in autocommit mode: every write goes through `db.atomic()`."""
    _check_writable(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=10)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a committed note survives a power cut
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it on its connections
        conn.execute(
            "PRAGMA cache_size = -8192"
        )  # 8 MiB while reading; imports raise it (library.py)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(
            str(path), f"cannot open the library ({exc}); is it a Yandu library file?"
        ) from None
    except OSError as exc:
        raise LibraryError(
            str(path), f"cannot create the library ({exc.strerror or exc})"
        ) from None
    return LibraryDb(conn)


def user_version(db: LibraryDb) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


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


def prepare(db: LibraryDb, path: Path) -> Path | None:
    """Refuse a newer library, back up an older one, apply pending migrations.

    Returns the backup's path if one was made.
    """
    try:
        version = user_version(db)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(
            str(path), f"not a Yandu library or the file is damaged ({exc})"
        ) from None
    if version > SCHEMA_VERSION:
        raise LibraryTooNew(
            str(path),
            f"this library was written by a newer Yandu (schema {version}, this version knows {SCHEMA_VERSION}); "
            "update Yandu to open it",
        )
    if version == SCHEMA_VERSION:
        return None  # up to date: the migrations (and sqlite-utils) need not load to open it
    from desktop.core.store.migrations import migrations

    if version == 0:
        foreign = [
            name
            for (name,) in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
            if name != migrations.migrations_table
        ]
        if foreign:
            raise LibraryError(
                str(path),
                f"this SQLite file was made by another program (it holds {', '.join(sorted(foreign)[:3])}); "
                "choose another file for the library",
            )
    pending = migrations.pending(db.database)
    if not pending:
        return None
    made = backup(db, path, version) if version > 0 else None
    try:
        migrations.apply(db.database)
    except sqlite3.Error as exc:
        raise LibraryError(
            str(path), f"cannot upgrade the library ({exc}); the backup is {made}"
        ) from None
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return made


def open_library(path: Path | str):
    """Open (creating if need be) the library at `path`."""
    from desktop.core.library import Library

    path = Path(path)
    db = connect(path)
    try:
        backup_path = prepare(db, path)
    except Exception:
        db.close()
        raise
    return Library(db, path, backup_path)
