"""Peak resident memory with the library open in the window and one search done, in a fresh process.

The peak is the kernel's VmHWM of the process after exec. (getrusage's ru_maxrss is not: on Linux
a child's counts the memory of the parent it was forked from before it exec'd, which made a
118 MB window read as 358 MB when the benchmark's own process had grown.)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from bench import verdict

SCRIPT = """
import json, os, sys
stages = {}
def stage(name):
    with open("/proc/self/status") as status:
        lines = status.readlines()
    rss = int(next(l for l in lines if l.startswith("VmRSS")).split()[1]) // 1024
    peak = int(next(l for l in lines if l.startswith("VmHWM")).split()[1]) // 1024
    stages[name] = f"{rss}/{peak}"
stage("python")
from PySide6.QtCore import QSettings
from desktop.core.library import Library
from desktop.ui.app import make_app
from desktop.ui.main_window import MainWindow
stage("imports")
app = make_app()
stage("application")
QSettings.setDefaultFormat(QSettings.Format.IniFormat)
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[2])
library = Library.open(sys.argv[1])
stage("library")
window = MainWindow(library)
window.setProperty("transient", True)
window.resize(1400, 900)
window.show()
stage("window")
window.select_first_article()
app.processEvents()
stage("article")
window.search_field.setText("安全生产")
window._search_now()
app.processEvents()
stage("search")
peak = int(stages["search"].split("/")[1])
print(json.dumps({"peak_mb": peak, "stages": stages}))
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
    measured = json.loads(out.strip().splitlines()[-1])
    return {
        "peak_mb": measured["peak_mb"],
        "stages": measured["stages"],
        "met": measured["peak_mb"] <= 300,
    }


def report(result: dict, label: str) -> str:
    stages = ", ".join(f"{name} {mb}" for name, mb in result["stages"].items())
    return (
        f"memory ({label}): peak {result['peak_mb']:.0f} MB (target <= 300 MB, {verdict(result['met'], label)}); "
        f"resident/peak MB after each step: {stages}"
    )
