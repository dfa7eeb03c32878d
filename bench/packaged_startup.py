"""Start-up of the packaged program: the frozen Yandu against a bare PySide6 window frozen alike.

Both are built by `packaging/build.py --frozen-only --bare` (`make bench` does it) with the same
PyInstaller settings (packaging/yandu.spec). Measured as bench/startup.py measures the source
tree: process start to the window painted, offscreen, best of seven each, the two in turn.
Each frozen program writes the clock when its grab of the painted window returns (Yandu when
YANDU_REPORT_PAINTED is set; the bare window always).
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from bench import verdict

DIST = Path(__file__).resolve().parent.parent / "build" / "dist"
YANDU = DIST / "yandu" / "yandu"
BARE = DIST / "bare-window" / "bare-window"


def available() -> bool:
    return YANDU.exists() and BARE.exists()


def _once(command: list[str], env: dict) -> float:
    started = time.monotonic_ns()
    done = subprocess.run(
        command, check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    mark = next(line for line in done.stderr.splitlines() if line.startswith("painted "))
    return (int(mark.split()[1]) - started) / 1e9


def run(database: Path, rounds: int = 7) -> dict:
    with tempfile.TemporaryDirectory() as folder:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "XDG_CONFIG_HOME": folder,
            "YANDU_REPORT_PAINTED": "1",
        }
        mine_command = [str(YANDU), "--db", str(database), "gui", "--screenshot"]
        mine_command.append(str(Path(folder) / "yandu.png"))
        bare_command = [str(BARE), str(Path(folder) / "bare.png")]
        bare = mine = float("inf")
        for _ in range(rounds):
            bare = min(bare, _once(bare_command, env))
            mine = min(mine, _once(mine_command, env))
    size = sum(
        path.lstat().st_size
        for path in YANDU.parent.rglob("*")
        if path.is_file() and not path.is_symlink()
    )
    return {
        "bare_s": bare,
        "yandu_s": mine,
        "ratio": mine / bare,
        "met": mine <= 2 * bare,
        "size_mb": size / 1e6,
    }


def report(result: dict, label: str) -> str:
    return (
        f"start-up, packaged ({label}): {result['yandu_s']:.2f} s to the painted window; bare "
        f"PySide6 window frozen alike {result['bare_s']:.2f} s; ratio {result['ratio']:.2f} "
        f"(target <= 2, {verdict(result['met'], label)}); the build {result['size_mb']:.0f} MB"
    )
