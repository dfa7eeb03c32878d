"""Creating a library loads sqlite-utils without numpy (installed for text recognition): its
import would add more to creating a library than the migrations themselves take."""

import subprocess
import sys

import pytest

CREATE = """
import sys
from desktop.core.library import Library
library = Library.open(sys.argv[1])
print("numpy" in sys.modules, "sqlite_utils" in sys.modules, library.db.execute("PRAGMA user_version").fetchone()[0])
library.close()
import numpy  # hidden only while sqlite-utils loaded: text recognition can still import it
print(numpy.__name__)
"""


def test_new_library_opens_without_numpy(tmp_path):
    pytest.importorskip("numpy")
    done = subprocess.run(
        [sys.executable, "-c", CREATE, str(tmp_path / "library.sqlite3")],
        capture_output=True,
        text=True,
        check=True,
    )
    loaded_numpy, loaded_sqlite_utils, version, numpy = done.stdout.split()
    from desktop.core.store.db import SCHEMA_VERSION

    assert (loaded_numpy, loaded_sqlite_utils) == ("False", "True")
    assert int(version) == SCHEMA_VERSION
    assert numpy == "numpy"
