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

from desktop.core.errors import YanduError


def save_atomically(target: Path, write: Callable[[Path], None]) -> Path:
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    subject = str(target)
    if not folder.is_dir():
        raise YanduError(subject, f"the folder {folder} does not exist")
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
            raise YanduError(
                subject, "the file is open or locked in another program; close it and export again"
            ) from None
        raise YanduError(
            subject, f"permission denied: cannot write in {folder}; choose another folder"
        ) from None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise YanduError(
                subject, "the disk is full; free some space and export again"
            ) from None
        raise YanduError(subject, f"cannot write the file ({exc.strerror or exc})") from None
    finally:
        if temporary is not None and temporary.exists():
            temporary.unlink()
    return target
