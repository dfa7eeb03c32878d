"""A folder of 200 新闻联播 transcripts imported by one `yandu import`, against the bulk floor; and one
issue imported by a fresh `yandu import` into a library that holds them.

Both sides are whole processes, started in turn, median of five each:
- Yandu: `yandu --db NEW import FOLDER` (start-up, the reader processes, every file read,
  repaired, analysed, stored and indexed, the library closed and backed up);
- the floor: a fresh Python that imports sqlite-utils, reads every file, inserts all of them
  in one go and then builds a trigram FTS5 index over them (`enable_fts`, no triggers).
The folder is `--folder DIR` (any folder of transcripts, such as the 新闻联播 repository's
`news/`), else 200 transcripts written from the real stories of ../shared in the transcripts'
own Markdown (`## 详细新闻`, `### headline`, `<p>` paragraphs, `[查看原文](…)`).
The single issue: the sample bulletin (.txt) and a real transcript (.md), each imported by a
fresh process into a copy of that library (target: 0.5 s).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from bench.corpus import SAMPLES, real_stories

FLOOR = """
import sys
from pathlib import Path
import sqlite_utils
db = sqlite_utils.Database(sys.argv[1])
db.execute("PRAGMA journal_mode = WAL")
files = sorted(Path(sys.argv[2]).iterdir())
rows = [{"id": n + 1, "name": p.name, "body": p.read_bytes().decode("utf-8")} for n, p in enumerate(files)]
db["raw"].insert_all(rows, pk="id")
db["raw"].enable_fts(["body"], tokenize="trigram")
db.close()
"""


def transcripts(folder: Path, count: int = 200, seed: int = 20261207) -> Path:
    """`count` daily transcripts of 10 to 15 real stories each (three to ten consecutive
    paragraphs of one), dated a day apart backwards from 2026-11-28."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    stories = [s for s in real_stories() if s.headline and len(s.paragraphs) >= 2]
    day = date(2026, 11, 28)
    for _ in range(count):
        parts = [f"# 《新闻联播》 ({day:%Y%m%d})", "", "## 详细新闻", ""]
        for _ in range(rng.randint(10, 15)):
            story = rng.choice(stories)
            length = rng.randint(3, 10)
            start = rng.randrange(0, max(1, len(story.paragraphs) - length + 1))
            chosen = story.paragraphs[start : start + length]
            parts += [f"### {story.headline}", "", "".join(f"<p>{p}</p>" for p in chosen), ""]
            parts += [
                f"[查看原文](https://tv.cctv.com/{day:%Y/%m/%d}/{rng.randrange(10**9)}.shtml)",
                "",
            ]
        (folder / f"{day:%Y%m%d}.md").write_text("\n".join(parts), encoding="utf-8")
        day -= timedelta(days=1)
    return folder


def _timed(command: list[str]) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    return time.perf_counter() - started


def run(folder: Path | None = None, rounds: int = 5) -> dict:
    yandu = [sys.executable, "-m", "desktop"]
    with tempfile.TemporaryDirectory(prefix="yandu-bench-folder-") as name:
        work = Path(name)
        if folder is None:
            folder = transcripts(work / "transcripts")
        files = sorted(path for path in folder.iterdir() if path.suffix == ".md")
        if len(files) != len(
            list(folder.iterdir())
        ):  # only the transcripts, in a folder of their own
            copied = work / "only-transcripts"
            copied.mkdir()
            for path in files:
                shutil.copy(path, copied / path.name)
            folder = copied
        characters = sum(len(path.read_text(encoding="utf-8")) for path in files)
        mine, floor = [], []
        for round_ in range(rounds):
            library = work / f"library-{round_}.sqlite3"
            mine.append(_timed([*yandu, "--db", str(library), "import", str(folder)]))
            floor.append(
                _timed([sys.executable, "-c", FLOOR, str(work / f"floor-{round_}.db"), str(folder)])
            )
        held = work / "library-0.sqlite3"
        single = {}
        for label, path in (
            ("bulletin .txt", SAMPLES / "kaifaqu-bulletin-2020-07.txt"),
            ("transcript .md", SAMPLES / "xinwenlianbo" / "20241016.md"),
        ):
            times = []
            for round_ in range(rounds):
                copy = work / f"single-{round_}.sqlite3"
                shutil.copy(held, copy)
                times.append(_timed([*yandu, "--db", str(copy), "import", str(path)]))
                copy.unlink()
            single[label] = statistics.median(times)
    folder_s, floor_s = statistics.median(mine), statistics.median(floor)
    return {
        "files": len(files),
        "characters": characters,
        "yandu_s": folder_s,
        "floor_s": floor_s,
        "ratio": floor_s / folder_s,
        "single": single,
        "met": floor_s / folder_s >= 0.5,
        "single_met": all(seconds <= 0.5 for seconds in single.values()),
    }


def report(result: dict) -> str:
    singles = ", ".join(f"{label} {seconds:.2f} s" for label, seconds in result["single"].items())
    return (
        f"folder import ({result['files']} transcripts, {result['characters'] / 1e6:.1f} M characters, "
        f"one process each, median of 5): yandu import {result['yandu_s']:.2f} s; bulk floor "
        f"(sqlite-utils insert all, then trigram index) {result['floor_s']:.2f} s; ratio "
        f"{result['ratio']:.2f} (target >= 0.5, {'met' if result['met'] else 'MISSED'})\n"
        f"one issue, fresh process, into that library (median of 5): {singles} "
        f"(target <= 0.5 s, {'met' if result['single_met'] else 'MISSED'})"
    )


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.folder_import")
    parser.add_argument("--folder", type=Path, help="a folder of 新闻联播 transcripts (.md)")
    args = parser.parse_args()
    result = run(args.folder)
    print(report(result))
    return 0 if result["met"] and result["single_met"] else 1


if __name__ == "__main__":
    sys.exit(main())
