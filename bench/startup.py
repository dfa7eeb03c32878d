"""Start-up: process start to the main window painted, offscreen, against a bare PySide6 QMainWindow.

Both run as new processes under the same probe, best of five: `yandu gui
--screenshot` on the library, and a script that shows an empty 1400x900
QMainWindow and grabs it. The probe wraps `QWidget.grab` (both programs grab
their window once it is shown and painted) and writes the clock the moment the
grab returns; the benchmark reads it against the clock taken just before the
process was started. Writing the PNG and tearing the process down come after
the window is painted, so neither counts; the whole process time is printed
beside it. Bytecode is compiled first, as an installed Yandu has it (pip and the
packaged app compile it; this machine sets PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import compileall
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

PROBE = (
    "import os, runpy, sys, time\n"
    "from PySide6.QtWidgets import QWidget\n"
    "_grab = QWidget.grab\n"
    "def grab(self, *args):\n"
    "    pixmap = _grab(self, *args)\n"
    "    os.write(2, f'\\npainted {time.monotonic_ns()}\\n'.encode())\n"
    "    return pixmap\n"
    "QWidget.grab = grab\n"
    "target, sys.argv = sys.argv[1], sys.argv[1:]\n"
    "if target == '-m':\n"
    "    sys.argv = sys.argv[1:]\n"
    "    runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n"
    "else:\n"
    "    runpy.run_path(target, run_name='__main__')\n"
)


def _time(arguments: list[str], env: dict, rounds: int = 5) -> tuple[float, float]:
    """Best seconds to the painted window, and best seconds to the process's exit."""
    painted, finished = float("inf"), float("inf")
    for _ in range(rounds):
        started = time.monotonic_ns()
        done = subprocess.run(
            [sys.executable, "-c", PROBE, *arguments],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        finished = min(finished, (time.monotonic_ns() - started) / 1e9)
        marks = [line for line in done.stderr.splitlines() if line.startswith("painted ")]
        painted = min(painted, (int(marks[0].split()[1]) - started) / 1e9)
    return painted, finished


def run(database: Path) -> dict:
    compileall.compile_dir(
        str(Path(__file__).resolve().parent.parent / "desktop"), quiet=1, workers=1
    )
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
        script = Path(folder) / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        bare, bare_exit = _time([str(script), str(Path(folder) / "bare.png")], env)
        mine, mine_exit = _time(
            [
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
    return {
        "bare_s": bare,
        "yandu_s": mine,
        "bare_exit_s": bare_exit,
        "yandu_exit_s": mine_exit,
        "ratio": mine / bare,
        "met": mine <= 2 * bare,
    }


def report(result: dict, label: str) -> str:
    return (
        f"start-up ({label}): {result['yandu_s']:.2f} s to the painted window; bare PySide6 QMainWindow "
        f"{result['bare_s']:.2f} s; ratio {result['ratio']:.2f} (target <= 2: {'met' if result['met'] else 'MISSED'}); "
        f"whole process, PNG written and exited: {result['yandu_exit_s']:.2f} s against {result['bare_exit_s']:.2f} s"
    )
