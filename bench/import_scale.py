"""Import throughput at library scale, against storing the same raw texts with a trigram index.

Measured: `Library.import_paths` on the corpus files into a new library: decode,
repair, segment, analyse (in the reader processes, a file ahead), store, index (in batches).
Baseline, same files, same run: read each file and insert its raw text with
sqlite-utils into a table with a trigram FTS5 index kept by triggers, one
transaction per file.
"""

from __future__ import annotations

import time
from pathlib import Path

import sqlite_utils

from bench import verdict
from desktop.core.library import Library


def baseline(files: list[Path], database: Path) -> float:
    db = sqlite_utils.Database(database)
    db.execute("PRAGMA journal_mode = WAL")
    db["raw"].create({"id": int, "name": str, "body": str}, pk="id")
    db["raw"].enable_fts(["body"], tokenize="trigram", create_triggers=True)
    started = time.perf_counter()
    for number, path in enumerate(files):
        text = path.read_bytes().decode("utf-8")
        with db.conn:
            db["raw"].insert({"id": number + 1, "name": path.name, "body": text})
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def measured(files: list[Path], database: Path) -> tuple[float, int]:
    library = Library.open(database)
    library.import_file(files[0])  # open jieba's dictionary once, outside the timing
    started = time.perf_counter()
    results = library.import_paths(files[1:])
    elapsed = time.perf_counter() - started
    failed = sum(result.failed for result in results)
    library.close()
    return elapsed, failed


def run(files: list[Path], characters: int, folder: Path) -> dict:
    base = baseline(files[1:], folder / "baseline.sqlite3")
    mine, failed = measured(files, folder / "library.sqlite3")
    counted = characters - len(files[0].read_text(encoding="utf-8"))
    return {
        "characters": counted,
        "files": len(files) - 1,
        "failed": failed,
        "baseline_s": base,
        "import_s": mine,
        "baseline_rate": counted / base,
        "import_rate": counted / mine,
        "ratio": base / mine,
        "met": base / mine >= 0.6,
    }


def report(result: dict, label: str) -> str:
    return (
        f"import ({label}: {result['files']} issues, {result['characters'] / 1e6:.1f} M characters): "
        f"{result['import_rate'] / 1e6:.2f} M chars/s ({result['import_s']:.1f} s); baseline sqlite-utils + trigram: "
        f"{result['baseline_rate'] / 1e6:.2f} M chars/s ({result['baseline_s']:.1f} s); "
        f"throughput ratio {result['ratio']:.2f} (target >= 0.6, {verdict(result['met'], label)})"
    )
