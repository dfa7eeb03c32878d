"""Start-up: process start to the main window painted, offscreen, against a bare PySide6 QMainWindow.

Both run as new processes, best of three: `yandu gui --screenshot` on the
library, and a script that shows an empty 1400x900 QMainWindow and grabs it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "window = QMainWindow()\n"
    "window.resize(1400, 900)\n"
    "window.show()\n"
    "app.processEvents()\n"
    "window.grab().save(sys.argv[1])\n"
)


def _time(command: list[str], env: dict) -> float:
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        subprocess.run(
            command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        best = min(best, time.perf_counter() - started)
    return best


def run(database: Path) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
        bare = _time([sys.executable, "-c", BARE, str(Path(folder) / "bare.png")], env)
        mine = _time(
            [
                sys.executable,
                "-m",
                "desktop",
                "--db",
                str(database),
                "gui",
                "--screenshot",
                str(Path(folder) / "yandu.png"),
            ],
            env,
        )
    return {"bare_s": bare, "yandu_s": mine, "ratio": mine / bare, "met": mine <= 2 * bare}


def report(result: dict, label: str) -> str:
    return (
        f"start-up ({label}): {result['yandu_s']:.2f} s to the painted window; bare PySide6 QMainWindow "
        f"{result['bare_s']:.2f} s; ratio {result['ratio']:.2f} (target <= 2: {'met' if result['met'] else 'MISSED'})"
    )
