"""Start-up counted in instructions: where Yandu's first paint goes that the bare window's does not.

The start-up target (startup.py) is a ratio of wall-clock times, which move by a tenth between
runs on a shared machine. The instructions a program runs until its window is painted move by
under 0.1 %, so they say which part of a start costs what. Both programs of startup.py run once
under valgrind's callgrind (about 20 s), which writes its counts when the window's grab returns;
callgrind_annotate then gives what each of a few functions cost, with all it called.

Under callgrind a program runs some fifty times slower, so a timer that natively fires after
the first paint may fire before the grab and be counted (the window's own work waits for its
first paint for that reason, ui/watcher.py). The parts below are counted with all they called,
one after the other; the few enums PySide makes while painting are in two of them.

Needs valgrind (`apt install valgrind`); `make bench` skips this without it, and reports a run
that fails instead of stopping. Not a target: the target is startup.py's.
"""

from __future__ import annotations

import compileall
import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from bench import startup

# what the report names, and the functions whose counts (with all they called) make it up; the
# parts not indented happen one after the other, so what they leave is the rest of the start
# (the indented ones are inside them)
PARTS = {
    "Python enums PySide makes for Qt's": ("Shiboken::Enum::createPythonEnum(",),
    "code compiled from strings (dataclasses' methods)": ("PyRun_StringFlags",),
    "listing the machine's fonts": ("QFontDatabase::families(",),
    "the article's document set in its view (fonts loaded, laid out)": ("QTextEdit::setDocument(",),
    "painting (the first paint, then the grab)": (
        "QCoreApplication::processEvents(",
        "QWidget::grab(",
    ),
    "  glyphs rasterised by FreeType (mostly in painting)": ("QFontEngineFT::loadGlyph(",),
    "  text shaped by HarfBuzz (in painting and the article's document)": (
        "QTextEngine::shapeText(",
    ),
}
GRAB = "QWidget::grab(QRect const&)"
# a line of callgrind_annotate's: count (percentage)  file:function [object]
_LINE = re.compile(r"^\s*([\d,]+) \([^)]*\)\s+(?:\S*?:)?(.+?)(?: \[.*\])?$")


def available() -> bool:
    return shutil.which("valgrind") is not None and shutil.which("callgrind_annotate") is not None


def _counted(arguments: list[str], env: dict, out: Path) -> dict[str, int]:
    """{function: instructions, with all it called} up to the end of the window's grab."""
    done = subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--dump-after={GRAB}",
            f"--callgrind-out-file={out}",
            sys.executable,
            *arguments,
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    first = Path(f"{out}.1")  # the counts written when the grab returned
    if done.returncode != 0 or not first.exists():
        said = done.stderr.strip().splitlines()
        raise RuntimeError(f"callgrind: {said[-1] if said else f'exit {done.returncode}'}")
    text = subprocess.run(
        [
            "callgrind_annotate",
            "--inclusive=yes",
            "--threshold=100",
            "--show-percs=yes",
            str(first),
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    counts: dict[str, int] = {}
    for line in text.splitlines():
        found = _LINE.match(line)
        if found is None:
            continue
        number, function = int(found.group(1).replace(",", "")), found.group(2)
        if function == "PROGRAM TOTALS" or "'" not in function:  # f'2: a recursive call again
            counts[function] = max(counts.get(function, 0), number)
    if "PROGRAM TOTALS" not in counts:
        raise RuntimeError("callgrind_annotate gave no totals")
    return counts


def _part(counts: dict[str, int], functions: tuple[str, ...]) -> int:
    return sum(n for name, n in counts.items() for f in functions if name.startswith(f))


def run(database: Path) -> dict:
    compileall.compile_dir(
        str(Path(__file__).resolve().parent.parent / "desktop"), quiet=1, workers=1
    )
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": folder,
            "PYTHONHASHSEED": "0",
        }
        script = Path(folder) / "bare.py"
        script.write_text(startup.BARE, encoding="utf-8")
        yandu = ["-m", "desktop", "--db", str(database), "gui", "--screenshot"]
        with ThreadPoolExecutor(max_workers=2) as pool:
            bare = pool.submit(
                _counted, [str(script), f"{folder}/bare.png"], env, Path(folder) / "bare.cg"
            )
            mine = pool.submit(
                _counted, [*yandu, f"{folder}/yandu.png"], env, Path(folder) / "yandu.cg"
            )
            try:
                counted = {"bare": bare.result(), "yandu": mine.result()}
            except (RuntimeError, subprocess.CalledProcessError) as error:  # a diagnostic only
                return {"error": str(error)}
    return {
        "bare": counted["bare"]["PROGRAM TOTALS"],
        "yandu": counted["yandu"]["PROGRAM TOTALS"],
        "parts": {
            name: (_part(counted["bare"], functions), _part(counted["yandu"], functions))
            for name, functions in PARTS.items()
        },
    }


def report(result: dict, label: str) -> str:
    if "error" in result:
        return f"start-up ({label}, instructions): not counted ({result['error']})"
    bare, mine = result["bare"], result["yandu"]
    lines = [
        f"start-up ({label}, instructions) to the painted window: Yandu {mine / 1e6:.0f} M, "
        f"bare window {bare / 1e6:.0f} M, ratio {mine / bare:.2f}; of Yandu's "
        f"{(mine - bare) / 1e6:.0f} M more:"
    ]
    rest = mine - bare
    for name, (in_bare, in_mine) in result["parts"].items():
        lines.append(
            f"  {name}: {(in_mine - in_bare) / 1e6:.0f} M ({in_mine / 1e6:.0f} M against "
            f"{in_bare / 1e6:.0f} M)"
        )
        if not name.startswith(" "):
            rest -= in_mine - in_bare
    lines.append(
        f"  the rest (Yandu's modules, the window built, the library read): {rest / 1e6:.0f} M"
    )
    return "\n".join(lines)


if __name__ == "__main__":  # python -m bench.startup_instructions LIBRARY
    print(report(run(Path(sys.argv[1])), Path(sys.argv[1]).name))
