"""Peak resident memory with the library open in the window and one search done, in a fresh process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

SCRIPT = """
import json, os, resource, sys
from PySide6.QtCore import QSettings
from desktop.core.store.db import open_library
from desktop.ui.app import make_app
from desktop.ui.main_window import MainWindow
app = make_app()
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
library = open_library(sys.argv[1])
window = MainWindow(library)
window.setProperty("transient", True)
window.resize(1400, 900)
window.show()
window.select_first_article()
app.processEvents()
window.search_field.setText("安全生产")
window._search_now()
app.processEvents()
print(json.dumps({"peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(database: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(database), folder],
            capture_output=True,
            text=True,
            env=env,
            check=True,
        ).stdout
    peak = json.loads(out.strip().splitlines()[-1])["peak_mb"]
    return {"peak_mb": peak, "met": peak <= 300}


def report(result: dict, label: str) -> str:
    return f"memory ({label}): peak {result['peak_mb']:.0f} MB (target <= 300 MB: {'met' if result['met'] else 'MISSED'})"
