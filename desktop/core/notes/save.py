"""Write a file atomically: a temporary file beside it, flushed to disk, then renamed over it.

A failure (a read-only folder, a full disk, a file locked by another program)
ends with a clear message and leaves any earlier file intact, and no temporary
file behind: one left by an export that was killed is removed by the next
export of the same name (one still being written, by another window, is
locked and left alone). The file gets the permissions any new file gets
(0666 less the umask), so colleagues on a shared folder can open it. A file
marked read-only is replaced only when the caller says so (`replace_read_only`:
the window asks first, the command line has `--force`).
"""

from __future__ import annotations

import errno
import gc
import logging
import os
import re
import stat
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import ExportFailed

try:
    import fcntl
except ImportError:  # Windows: a file another process has open cannot be deleted anyway
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)


def _umask() -> int:
    """The process's umask, read without changing it where the system allows (another thread
    creating a file meanwhile would get the wrong permissions)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _lock(handle: int) -> None:
    if fcntl is not None:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX)
        except OSError:  # a network folder without locks: the export goes on unlocked
            pass


def _chmod(path: Path, mode: int) -> None:
    try:
        os.chmod(path, mode)
    except OSError:  # a file system with permissions of its own (a FAT stick, a Windows share)
        pass


def _remove_stale(folder: Path, target: Path) -> None:
    """Temporary files of earlier exports of this name that nobody is writing any more."""
    name = re.compile(rf"^\.{re.escape(target.stem)}\.[a-z0-9_]{{8}}\.tmp$")
    try:
        candidates = [path for path in folder.iterdir() if name.match(path.name)]
    except OSError:
        return
    for path in candidates:
        try:
            with open(path, "rb") as handle:
                if fcntl is not None:  # an export still writing it holds the lock
                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                path.unlink()
        except OSError:
            continue


def _read_only(target: Path) -> bool:
    """Marked read-only (no write permission for its owner, or none for us)."""
    try:
        mode = target.stat().st_mode
    except OSError:
        return False
    return not mode & stat.S_IWUSR or not os.access(target, os.W_OK)


def _close_quietly(error: BaseException) -> None:
    """Close what a writer that failed midway left open, now and without a word.

    python-docx's zip file, cut short by a full disk, stays open in the frames of
    the error; when the garbage collector later closes it, the flush fails again
    and Python prints that traceback after our one-line message. Its frames are
    cleared here, so it is closed now, and what that close raises goes to the log.
    """
    previous = sys.unraisablehook
    sys.unraisablehook = lambda unraisable: log.info(
        "closing a failed export: %s", unraisable.exc_value
    )
    try:
        seen: BaseException | None = error
        while seen is not None:
            if seen.__traceback__ is not None:
                traceback.clear_frames(seen.__traceback__)
            seen = seen.__context__
        gc.collect()
    finally:
        sys.unraisablehook = previous


def save_atomically(
    target: Path, write: Callable[[Path], None], replace_read_only: bool = False
) -> Path:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    subject = str(target)
    if not folder.is_dir():
        raise ExportFailed(subject, "export.no_folder", folder=str(folder))
    _remove_stale(folder, target)
    temporary = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
        temporary = Path(name)
        try:
            _lock(handle)  # until it is renamed: the next export must not take it for stale
            if _read_only(target) and not replace_read_only:
                raise ExportFailed(subject, "export.read_only")
            # mkstemp makes the file 0600; an export is a document like any other
            _chmod(temporary, 0o666 & ~_umask())
            write(temporary)
            with open(temporary, "rb+") as written:
                os.fsync(written.fileno())
        finally:
            os.close(handle)  # before the rename: Windows renames no file that is open
        if replace_read_only and os.name == "nt" and _read_only(target):
            _chmod(target, stat.S_IWRITE)  # Windows replaces no file marked read-only
        os.replace(temporary, target)
        temporary = None
    except PermissionError as exc:
        _close_quietly(exc)
        if target.exists() and os.access(folder, os.W_OK):
            raise ExportFailed(subject, "export.locked") from None
        raise ExportFailed(subject, "export.permission", folder=str(folder)) from None
    except OSError as exc:
        _close_quietly(exc)
        if exc.errno == errno.ENOSPC:
            raise ExportFailed(subject, "export.full") from None
        raise ExportFailed(subject, "export.os_error", reason=exc.strerror or str(exc)) from None
    finally:
        if temporary is not None:
            try:
                temporary.unlink(missing_ok=True)
            except OSError:
                log.warning("could not remove %s", temporary, exc_info=True)
    return target
