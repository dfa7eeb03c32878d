"""Where Yandu keeps things: its resources beside the package, the user's library."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

from desktop import APP_NAME


def resources_dir() -> Path:
    """The `resources/` folder: beside the package in a checkout, inside the bundle when frozen."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def sample_bulletin() -> Path:
    return resources_dir() / "samples" / "kaifaqu-bulletin-2020-07.txt"


def default_library_path() -> Path:
    """`YANDU_DB` if set, else `library.sqlite3` in the user's data directory."""
    override = os.environ.get("YANDU_DB")
    if override:
        return Path(override).expanduser()
    return user_data_path(APP_NAME, appauthor=False) / "library.sqlite3"


def log_path() -> Path:
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / "yandu.log"
