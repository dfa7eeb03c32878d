"""Where Yandu keeps things: its resources inside the package, the user's library."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from desktop import APP_NAME


def resources_dir() -> Path:
    """Yandu's resources: the folder of the package `desktop.resources` (the checkout's
    `resources/` folder, mapped by pyproject.toml), wherever it was installed: an editable
    checkout, a wheel, or a frozen build (which ships the package as files, its __init__.py
    among them). The package's own file says where it is: importlib.resources would find the
    same folder for a package on disk, and loading it cost 7 ms of every start."""
    from importlib import import_module

    package = import_module("desktop.resources")  # resources/, as pyproject.toml maps it
    return Path(str(package.__file__)).parent


def icon_path() -> Path:
    return resources_dir() / "icons" / "org.yandu.Yandu.svg"


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
