"""`make bench`: every benchmark, each printed with its baseline and ratio, at two library sizes.

small: 500 issues; large: 100,000 articles (about 65 million characters). Corpora are
built from the real sample stories (bench/scale_corpus.py) in a temporary folder.
`python -m bench --sizes small` runs the small size only.
"""

from __future__ import annotations

import argparse
import os
import platform
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = {"small": 500 * 12, "large": 100_000}


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m bench")
    parser.add_argument("--sizes", default="small,large")
    args = parser.parse_args()
    from bench import (
        analysis_cost,
        exchange_merge,
        folder_import,
        heavy_article,
        import_scale,
        memory,
        open_article,
        packaged_startup,
        scale_corpus,
        search_scale,
        startup,
        startup_instructions,
    )
    from desktop.core.library import Library

    print(
        f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"SQLite {sqlite3.sqlite_version}",
        flush=True,
    )
    met = []
    result = analysis_cost.run()
    print(analysis_cost.report(result), flush=True)
    met.append(result["met"])
    result = open_article.run()
    print(open_article.report(result), flush=True)
    result = heavy_article.run()
    print(heavy_article.report(result), flush=True)
    met += [result["open_met"], result["export_met"]]
    result = exchange_merge.run()
    print(exchange_merge.report(result), flush=True)
    met.append(result["met"])
    result = folder_import.run()
    print(folder_import.report(result), flush=True)
    met += [result["met"], result["single_met"]]
    for label in args.sizes.split(","):
        started = time.perf_counter()
        with tempfile.TemporaryDirectory(prefix=f"yandu-bench-{label}-") as name:
            folder = Path(name)
            corpus = scale_corpus.build(folder / "corpus", SIZES[label])
            print(
                f"[{label}] corpus: {len(corpus.files)} issues, {corpus.articles} articles, "
                f"{corpus.characters / 1e6:.1f} M characters",
                flush=True,
            )
            result = import_scale.run(corpus.files, corpus.characters, folder)
            print(import_scale.report(result, label), flush=True)
            if label == "large":
                met.append(result["met"])
            database = folder / "library.sqlite3"
            library = Library.open(database)
            result = search_scale.run(library, corpus.folder)
            library.close()
            print(search_scale.report(result, label), flush=True)
            if label == "large":
                met.append(result["met"])
            result = startup.run(database)
            print(startup.report(result, label), flush=True)
            if label == "large":
                met.append(result["met"])
                if startup_instructions.available():  # where the start goes: no target
                    result = startup_instructions.run(database)
                    print(startup_instructions.report(result, label), flush=True)
                else:
                    print(
                        "start-up in instructions: no valgrind (apt install valgrind)", flush=True
                    )
            if packaged_startup.available():
                result = packaged_startup.run(database)
                print(packaged_startup.report(result, label), flush=True)
                if label == "large":
                    met.append(result["met"])
            else:
                print(
                    "start-up, packaged: no build (make bench builds it; or packaging/build.py "
                    "--frozen-only --bare)",
                    flush=True,
                )
            result = memory.run(database)
            print(memory.report(result, label), flush=True)
            if label == "large":
                met.append(result["met"])
        print(f"[{label}] done in {time.perf_counter() - started:.0f} s", flush=True)
    print(f"{sum(met)} of {len(met)} targets met")
    return 0 if all(met) else 1


if __name__ == "__main__":
    sys.exit(main())
