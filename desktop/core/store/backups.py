"""Rolling backups of the library, and restoring one.

Backups are whole SQLite files in `backups/` beside the library, named after the
library and the local time they were made, so that two libraries in one folder
never share them and a listing sorts by age:

    backups/library.sqlite3-2026-05-01-143000.sqlite3
    backups/library.sqlite3-2026-05-02-091500-before-restore.sqlite3

They are made with SQLite's backup API, which copies a consistent state even
while another connection writes, into a hidden temporary file that is renamed
into place when complete: a backup is whole or absent. (An automatic backup
does not wait for the disk; one cut short by a power cut is passed over as
damaged when a backup is looked for.) `prune` keeps the
seven newest and the newest of each month. A copy taken just before a restore
(`-before-restore`, byte for byte, the log beside it included, so even a
damaged library keeps everything it held) is never pruned: it may be the only
copy of what the restore replaced.

The library (`core/library.py`) decides when to back up; this module only
knows how.
"""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from desktop.core.errors import LibraryError
from desktop.core.store import db as store_db

FOLDER = "backups"
KEEP = 7  # the newest seven, and beyond them the newest of each month
# A backup copies the whole library (3.5 s for the 800 MB benchmark library on this machine):
# a script that runs one command after another does not pay for a copy after each
CLOSE_GAP = timedelta(minutes=15)
_BEFORE_RESTORE = "-before-restore"
_STALE_SECONDS = 24 * 3600  # a temporary file this old belongs to a backup that was killed
_NAME = re.compile(
    r"^(?P<library>.+)-(?P<day>\d{4}-\d{2}-\d{2})-(?P<time>\d{6})(?P<kind>-before-restore)?\.sqlite3$"
)


@dataclass(frozen=True)
class Backup:
    path: Path
    made: datetime  # local time, from the name
    size: int
    before_restore: bool = False


def folder(library: Path) -> Path:
    return library.parent / FOLDER


def _name(library: Path, now: datetime, before_restore: bool = False) -> str:
    kind = _BEFORE_RESTORE if before_restore else ""
    return f"{library.name}-{now:%Y-%m-%d-%H%M%S}{kind}.sqlite3"


def _parse(path: Path) -> tuple[str, datetime, bool] | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        made = datetime.strptime(f"{match['day']} {match['time']}", "%Y-%m-%d %H%M%S")
    except ValueError:
        return None
    return match["library"], made, bool(match["kind"])


def listing(library: Path) -> list[Backup]:
    """The library's backups, newest first."""
    found = []
    try:
        entries = list(folder(library).iterdir())
    except OSError:  # no backups yet, or a folder we cannot read
        return []
    for path in entries:
        parsed = _parse(path)
        if parsed is None or parsed[0] != library.name:
            continue
        try:
            size = path.stat().st_size
        except OSError:
            continue
        found.append(Backup(path, parsed[1], size, parsed[2]))
    return sorted(found, key=lambda backup: (backup.made, backup.path.name), reverse=True)


def owner(backup: Path) -> Path | None:
    """The library a backup was made of, as its name and folder say; None for another file."""
    parsed = _parse(backup)
    if parsed is None or backup.parent.name != FOLDER:
        return None
    return backup.parent.parent / parsed[0]


def due(library: Path, now: datetime, closing: bool = False) -> bool:
    """Whether a library that changed is due for a backup: while it is open, when today has
    none yet; as it closes, when the newest is `CLOSE_GAP` old."""
    rolling = [backup for backup in listing(library) if not backup.before_restore]
    if not rolling:
        return True
    if closing:
        return now - rolling[0].made >= CLOSE_GAP
    return rolling[0].made.date() < now.date()


def _fsync(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def _fsync_folder(path: Path) -> None:
    """Make a rename in `path` durable (POSIX; Windows has no directory handles to sync)."""
    if os.name != "posix":
        return
    handle = os.open(path, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _copy_database(source: sqlite3.Connection, target: Path, durable: bool = True) -> None:
    """A consistent copy of `source` at `target` (which is replaced); on disk when this returns
    if `durable`."""
    target.unlink(missing_ok=True)
    destination = sqlite3.connect(str(target), isolation_level=None)
    try:
        # a half-made copy is thrown away, never rolled back: no journal, and one fsync at the end
        # rather than one per step (1.1 s instead of 1.6 s for the 800 MB benchmark library)
        destination.execute("PRAGMA journal_mode = OFF")
        destination.execute("PRAGMA synchronous = OFF")
        source.backup(destination)
    finally:
        destination.close()
    if durable:
        _fsync(target)


def make(conn: sqlite3.Connection, library: Path, now: datetime, durable: bool = True) -> Path:
    """Back up the library that `conn` is open on; the backup's path.

    An automatic backup is not `durable`: waiting for the disk is most of its cost
    (3.7 s instead of 1.2 s for the 800 MB benchmark library), the library itself is
    safe on disk, and a backup cut short by a power cut is passed over as damaged,
    with six more behind it.
    """
    where = folder(library)
    target = where / _name(library, now)
    temporary = where / f".{target.name}.tmp"
    try:
        where.mkdir(exist_ok=True)
        _copy_database(conn, temporary, durable)
        os.replace(temporary, target)
        if durable:
            _fsync_folder(where)
    except (OSError, sqlite3.Error) as exc:
        raise LibraryError(
            str(library),
            "library.backup_failed",
            folder=str(where),
            reason=_discard(temporary, exc),
        ) from None
    return target


def prune(library: Path, now: datetime | None = None) -> list[Path]:
    """Delete the backups the policy no longer keeps (and temporary files of killed backups);
    the paths deleted."""
    rolling = [backup for backup in listing(library) if not backup.before_restore]
    keep = {backup.path for backup in rolling[:KEEP]}
    newest_of_month: dict[tuple[int, int], Path] = {}
    for backup in rolling:  # newest first: the first seen of a month is its newest
        newest_of_month.setdefault((backup.made.year, backup.made.month), backup.path)
    keep |= set(newest_of_month.values())
    removed = []
    for backup in rolling:
        if backup.path not in keep:
            try:
                backup.path.unlink()
                removed.append(backup.path)
            except OSError:
                pass  # kept until next time; a backup too many is no harm
    stale = (now or datetime.now()).timestamp() - _STALE_SECONDS
    try:
        leftovers = list(folder(library).glob(f".{library.name}-*.tmp"))
    except OSError:
        leftovers = []
    for leftover in leftovers:
        try:
            if leftover.stat().st_mtime < stale:
                leftover.unlink()
                removed.append(leftover)
        except OSError:
            pass
    return removed


def damage(path: Path) -> str | None:
    """What is wrong with a backup (or any file offered as one); None if it is a whole library
    this Yandu can open. Reads every page."""
    try:
        detail, version = store_db.check(path, full=True, shared=False)
    except OSError as exc:
        return exc.strerror or str(exc)
    except LibraryError as exc:
        return str(exc.params.get("detail", exc.code))
    if detail == store_db.EMPTY:
        return "0 bytes"
    if detail == store_db.NOT_SQLITE:
        return "file is not a database"
    if detail is not None:
        return detail
    if version < 1:
        return "not a Yandu library"
    if version > store_db.SCHEMA_VERSION:
        return f"made by a newer Yandu (schema {version})"
    return None


def newest_good(library: Path) -> Backup | None:
    """The newest backup that is whole (each is read through until one is)."""
    for backup in listing(library):
        if damage(backup.path) is None:
            return backup
    return None


def _hold(library: Path) -> sqlite3.Connection | None:
    """An exclusive lock on the library while it is replaced, or None for a file SQLite cannot
    open (nobody can be using it). Refuses while any other connection has it open."""
    if not library.exists() or library.stat().st_size == 0:
        return None
    conn = sqlite3.connect(str(library), isolation_level=None, timeout=1)
    try:
        # in exclusive locking mode the lock taken stays until the connection closes, and it
        # cannot be taken while another connection, even an idle one, has the library open
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("ROLLBACK")
    except sqlite3.Error as exc:
        conn.close()
        name = getattr(exc, "sqlite_errorname", "") or ""
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc):
            raise LibraryError(str(library), "library.restore_in_use") from None
        return None
    return conn


def _save_as_found(library: Path, now: datetime) -> Path:
    """The library byte for byte (and its log), whatever state it is in, before it is replaced."""
    where = folder(library)
    where.mkdir(exist_ok=True)
    target = where / _name(library, now, before_restore=True)
    while target.exists():  # two restores within a second: the first copy is kept too
        now += timedelta(seconds=1)
        target = where / _name(library, now, before_restore=True)
    shutil.copyfile(library, target)
    _fsync(target)
    wal = library.with_name(library.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        copy = target.with_name(target.name + "-wal")
        shutil.copyfile(wal, copy)
        _fsync(copy)
    return target


def resolve(library: Path, name: Path | str) -> Path:
    """A backup given by path, or by its name in the library's backups folder."""
    given = Path(name)
    if given.exists() or given.parent != Path("."):
        return given
    return folder(library) / given


def restore(library: Path, source: Path, now: datetime) -> tuple[Path, Path | None]:
    """Replace the library by a backup; (the backup, the copy of the library as it was).

    Refused while the library is open in a window or a command, for a backup that
    is damaged or not a library, and for the library itself. The library as it
    was is copied first (`-before-restore`), then the backup is copied beside it
    and renamed over it.
    """
    if not source.is_file():
        raise LibraryError(str(source), "library.backup_not_found", folder=str(folder(library)))
    if library.exists() and source.resolve() == library.resolve():
        raise LibraryError(str(source), "library.restore_same")
    wrong = damage(source)
    if wrong is not None:
        raise LibraryError(str(source), "library.backup_damaged", detail=wrong)
    temporary = library.with_name(f".{library.name}.restoring.tmp")
    lock = _hold(library)
    try:
        saved = (
            _save_as_found(library, now) if library.exists() and library.stat().st_size else None
        )
        reader = sqlite3.connect(store_db.reading_uri(source, False), uri=True)
        try:
            _copy_database(reader, temporary)
        finally:
            reader.close()
    except (OSError, sqlite3.Error) as exc:
        reason = _discard(temporary, exc)
        raise LibraryError(str(library), "library.restore_failed", reason=reason) from None
    finally:
        if lock is not None:
            lock.close()
    try:
        # the log and index of the library being replaced must not be applied to the backup
        for suffix in ("-wal", "-shm"):
            library.with_name(library.name + suffix).unlink(missing_ok=True)
        os.replace(temporary, library)
        _fsync_folder(library.parent)
    except OSError as exc:
        raise LibraryError(
            str(library), "library.restore_failed", reason=exc.strerror or str(exc)
        ) from None
    return source, saved


def refuse_damaged(path: Path, detail: str) -> LibraryError:
    """The error for a damaged (or emptied) library: it names the newest good backup, if any."""
    good = newest_good(path)
    if detail == store_db.EMPTY:
        if good is None:
            return LibraryError(str(path), "library.empty_file")
        return LibraryError(str(path), "library.empty_backup_available", backup=str(good.path))
    if detail == store_db.NOT_SQLITE:
        if good is None:  # someone else's file, most likely: say it is not a library
            return LibraryError(str(path), "library.cannot_open", detail="file is not a database")
        detail = "file is not a database"
    if good is None:
        return LibraryError(str(path), "library.damaged", detail=detail)
    return LibraryError(
        str(path), "library.damaged_backup_available", detail=detail, backup=str(good.path)
    )


def _discard(temporary: Path, exc: OSError | sqlite3.Error) -> str:
    """Remove a copy left half-written by `exc`; the reason to give the user."""
    try:
        temporary.unlink(missing_ok=True)
    except OSError:
        pass
    return getattr(exc, "strerror", None) or str(exc)
