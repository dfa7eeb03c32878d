"""Start-up: process start to the main window painted, offscreen, against a bare PySide6 QMainWindow.

Both run as new processes under the same probe, seven alternating pairs, the ratio the median
of the seven pairs' ratios (so that a slow spell of a shared machine falls on one pair): `yandu gui
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

import ast
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import verdict

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

# the end of each probe: run the program given (`-m MODULE` or a script) with its arguments
_RUN_TARGET = (
    "target, sys.argv = sys.argv[1], sys.argv[1:]\n"
    "if target == '-m':\n"
    "    sys.argv = sys.argv[1:]\n"
    "    runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n"
    "else:\n"
    "    runpy.run_path(target, run_name='__main__')\n"
)

# The probe wraps `QWidget.grab` once the program itself has imported PySide6.QtWidgets, not
# before it starts: PySide6 loaded first would check every module the program imports after it
# the slow way (`inspect`, ui/pyside_imports.py), which the program's own start does not (10 ms
# on Yandu's start, nine alternating starts each; the bare window imports nothing after PySide6).
WATCH_QTWIDGETS = (
    "import os, runpy, sys, time\n"
    "from importlib.machinery import PathFinder\n"
    "class _Watch:\n"
    "    def find_spec(self, name, path, target=None):\n"
    "        if name != 'PySide6.QtWidgets':\n"
    "            return None\n"
    "        sys.meta_path.remove(self)\n"
    "        spec = PathFinder.find_spec(name, path)\n"
    "        if spec is None:\n"
    "            return None\n"
    "        real = spec.loader\n"
    "        class Loader:\n"
    "            def create_module(self, spec):\n"
    "                return real.create_module(spec)\n"
    "            def exec_module(self, module):\n"
    "                real.exec_module(module)\n"
    "                _probe(module.QWidget)\n"
    "        spec.loader = Loader()\n"
    "        return spec\n"
    "if 'PySide6.QtWidgets' in sys.modules:  # loaded already (a site hook): wrap it now\n"
    "    _probe(sys.modules['PySide6.QtWidgets'].QWidget)\n"
    "else:\n"
    "    sys.meta_path.insert(0, _Watch())\n"
)

PROBE = (
    "def _probe(QWidget):\n"
    "    _grab = QWidget.grab\n"
    "    def grab(self, *args):\n"
    "        pixmap = _grab(self, *args)\n"
    "        os.write(2, f'\\npainted {time.monotonic_ns()}\\n'.encode())\n"
    "        return pixmap\n"
    "    QWidget.grab = grab\n" + WATCH_QTWIDGETS
) + _RUN_TARGET

# Where Yandu's start-up goes: the same probe, with marks at each stage (milliseconds since the
# process was started). Printed with the result, so that a miss comes with its profile.
STAGES = (
    "import os, sys, time\n"
    "T0 = int(os.environ['YANDU_BENCH_T0'])\n"
    "marks = []\n"
    "def mark(name): marks.append((name, (time.monotonic_ns() - T0) / 1e6))\n"
    "mark('interpreter')\n"
    "import desktop.cli\n"
    "mark('command line')\n"
    "from desktop.ui.pyside_imports import read_source_directly\n"
    "read_source_directly()  # as the window's start does, before it loads its modules\n"
    "from PySide6.QtWidgets import QWidget\n"
    "mark('PySide6 QtWidgets')\n"
    "import desktop.core.library\n"
    "mark('Yandu core')\n"
    "import desktop.ui.main_window as window_module\n"
    "mark('window module (Qt classes)')\n"
    "class Probe(window_module.MainWindow):\n"
    "    def __init__(self, *args):\n"
    "        mark('application, library opened')\n"
    "        super().__init__(*args)\n"
    "        mark('window built, library listed')\n"
    "    def select_first_article(self):\n"
    "        super().select_first_article()\n"
    "        mark('first article set')\n"
    "window_module.MainWindow = Probe\n"
    "_grab = QWidget.grab\n"
    "def grab(self, *args):\n"
    "    mark('shown and painted')\n"
    "    pixmap = _grab(self, *args)\n"
    "    mark('grabbed')\n"
    "    os.write(2, ('stages ' + repr(marks) + '\\n').encode())\n"
    "    return pixmap\n"
    "QWidget.grab = grab\n"
    "sys.exit(desktop.cli.main(sys.argv[1:]))\n"
)


# What the first paint had Python build, counted in a run of its own (so that the timed runs carry
# no probe): the enums PySide6 makes when a Qt class is first used (every enum of the Qt namespace
# at once, with its first use), and the value classes (dataclasses) Yandu defines. The bare window
# is counted alike.
CENSUS = (
    "import dataclasses, enum, json, os, runpy, sys, time\n"
    "made = {'enums': [0, 0.0], 'qt_namespace': [0, 0.0], 'dataclasses': [0, 0.0]}\n"
    "def timed(key, function, *args, **kwargs):\n"
    "    started = time.perf_counter()\n"
    "    try:\n"
    "        return function(*args, **kwargs)\n"
    "    finally:\n"
    "        made[key][0] += 1\n"
    "        made[key][1] += time.perf_counter() - started\n"
    "_create = enum.EnumType._create_\n"
    "enum.EnumType._create_ = lambda cls, *a, **k: timed('enums', _create, cls, *a, **k)\n"
    "_process = dataclasses._process_class\n"
    "dataclasses._process_class = lambda *a, **k: timed('dataclasses', _process, *a, **k)\n"
    "from PySide6.QtWidgets import QWidget\n"
    "if sys.argv[1] == '-m':  # the Qt namespace's enums, all made at its first use\n"
    "    before = list(made['enums'])\n"
    "    from PySide6.QtCore import Qt\n"
    "    Qt.AlignmentFlag\n"
    "    made['qt_namespace'] = [n - m for n, m in zip(made['enums'], before)]\n"
    "_grab = QWidget.grab\n"
    "def grab(self, *args):\n"
    "    os.write(2, ('census ' + json.dumps(made) + '\\n').encode())\n"
    "    return _grab(self, *args)\n"
    "QWidget.grab = grab\n"
) + _RUN_TARGET


def _reported(script: str, arguments: list[str], env: dict, prefix: str) -> str:
    """What the probe `script`, run on `arguments`, wrote to stderr after `prefix`."""
    done = subprocess.run(
        [sys.executable, "-c", script, *arguments],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith(prefix))
    return line.removeprefix(prefix)


def census(arguments: list[str], env: dict) -> dict:
    """{'enums': [count, seconds], 'qt_namespace': [...], 'dataclasses': [...]} made before the
    first grab of the program run with `arguments`."""
    return json.loads(_reported(CENSUS, arguments, env, "census "))


def stages(arguments: list[str], env: dict) -> list[tuple[str, float]]:
    """Each stage's end, in ms from process start, from the run that painted soonest of three."""
    best = None
    for _ in range(3):
        timed = {**env, "YANDU_BENCH_T0": str(time.monotonic_ns())}
        marks = ast.literal_eval(_reported(STAGES, arguments, timed, "stages "))
        if best is None or marks[-1][1] < best[-1][1]:
            best = marks
    return best


def _once(arguments: list[str], env: dict) -> tuple[float, float]:
    """Seconds to the painted window, and seconds to the process's exit."""
    started = time.monotonic_ns()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *arguments],
        check=True,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    finished = (time.monotonic_ns() - started) / 1e9
    mark = next(line for line in done.stderr.splitlines() if line.startswith("painted "))
    return (int(mark.split()[1]) - started) / 1e9, finished


def _time_both(bare: list[str], mine: list[str], env: dict, rounds: int = 7) -> dict:
    """`rounds` pairs, the bare window and Yandu one after the other: each one's times and the
    ratio within each pair."""
    pairs = []
    for _ in range(rounds):
        bare_painted, bare_exit = _once(bare, env)
        painted, finished = _once(mine, env)
        pairs.append((bare_painted, bare_exit, painted, finished))
    return {
        "bare": statistics.median(pair[0] for pair in pairs),
        "bare_exit": statistics.median(pair[1] for pair in pairs),
        "mine": statistics.median(pair[2] for pair in pairs),
        "mine_exit": statistics.median(pair[3] for pair in pairs),
        "ratio": statistics.median(pair[2] / pair[0] for pair in pairs),
        "ratios": [pair[2] / pair[0] for pair in pairs],
    }


def run(database: Path) -> dict:
    compileall.compile_dir(
        str(Path(__file__).resolve().parent.parent / "desktop"), quiet=1, workers=1
    )
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": folder}
        script = Path(folder) / "bare.py"
        script.write_text(BARE, encoding="utf-8")
        arguments = ["--db", str(database), "gui", "--screenshot", str(Path(folder) / "yandu.png")]
        best = _time_both(
            [str(script), str(Path(folder) / "bare.png")], ["-m", "desktop", *arguments], env
        )
        profile = stages(arguments, env)
        made = census(["-m", "desktop", *arguments], env)
        made_bare = census([str(script), str(Path(folder) / "bare.png")], env)
    return {
        "census": made,
        "census_bare": made_bare,
        "bare_s": best["bare"],
        "yandu_s": best["mine"],
        "bare_exit_s": best["bare_exit"],
        "yandu_exit_s": best["mine_exit"],
        "stages": profile,
        "ratio": best["ratio"],
        "ratios": best["ratios"],
        "met": best["ratio"] <= 2,
    }


def report(result: dict, label: str) -> str:
    previous, steps = 0.0, []
    for name, at in result["stages"]:
        steps.append(f"{name} +{at - previous:.0f}")
        previous = at
    made, bare = result["census"], result["census_bare"]

    def counted(what: dict, key: str) -> str:
        return f"{what[key][0]} ({what[key][1] * 1000:.0f} ms)"

    return (
        f"start-up ({label}) stages, ms: {', '.join(steps)} = {previous:.0f}\n"
        f"start-up ({label}) made before the first paint: Qt enums {counted(made, 'enums')}, "
        f"{counted(made, 'qt_namespace')} of them the Qt namespace's, against the bare window's "
        f"{counted(bare, 'enums')}; value classes (dataclasses) {counted(made, 'dataclasses')}\n"
        f"start-up ({label}, medians of 7 alternating pairs): {result['yandu_s']:.2f} s to the painted "
        f"window; bare PySide6 QMainWindow {result['bare_s']:.2f} s; ratio {result['ratio']:.2f} "
        f"(pairs {min(result['ratios']):.2f}-{max(result['ratios']):.2f}; target <= 2, "
        f"{verdict(result['met'], label)}); "
        f"whole process, PNG written and exited: {result['yandu_exit_s']:.2f} s against {result['bare_exit_s']:.2f} s"
    )
