"""Yandu's log file, for both faces: warnings from the core and every unforeseen error's traceback.

A user sees one line or a dialog; the details go to `~/.local/state/Yandu/log/yandu.log`
(platformdirs' user log folder), which the message names.
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path

from desktop.paths import log_path

_installed: list[logging.Handler] = []


def log_to_file() -> None:
    """Send warnings and errors to the log file (once per process)."""
    root = logging.getLogger()
    if _installed:
        return
    try:
        path = log_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8", delay=True)
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _installed.append(handler)
    if root.level > logging.WARNING or root.level == logging.NOTSET:
        root.setLevel(logging.WARNING)


def log_traceback(exc: BaseException) -> Path:
    """Write the error with its traceback to the log; the log's path, for the message."""
    path = log_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as handle:
            handle.write("".join(traceback.format_exception(exc)) + "\n")
    except OSError:
        logging.getLogger(__name__).exception("could not write the log")
    return path
