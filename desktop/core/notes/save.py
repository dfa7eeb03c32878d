"""Write a file atomically: a temporary file beside it, flushed to disk, then renamed over it.

A failure (a read-only folder, a full disk, a file locked by another program)
ends with a clear message and leaves any earlier file intact.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from desktop.core.errors import ExportFailed


def save_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    subject = str(target)
    if not folder.is_dir():
        raise ExportFailed(subject, "export.no_folder", folder=str(folder))
    temporary = None
    try:
        handle, name = tempfile.mkstemp(prefix=f".{target.stem}.", suffix=".tmp", dir=folder)
        os.close(handle)
        temporary = Path(name)
        write(temporary)
        with open(temporary, "rb+") as written:
            os.fsync(written.fileno())
        os.replace(temporary, target)
        temporary = None
    except PermissionError:
        if target.exists() and os.access(folder, os.W_OK):
            raise ExportFailed(subject, "export.locked") from None
        raise ExportFailed(subject, "export.permission", folder=str(folder)) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise ExportFailed(subject, "export.full") from None
        raise ExportFailed(subject, "export.os_error", reason=exc.strerror or str(exc)) from None
    finally:
        if temporary is not None and temporary.exists():
            temporary.unlink()
    return target
