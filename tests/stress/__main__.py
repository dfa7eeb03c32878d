"""The reliability campaign: fuzzed files, kills during writes, concurrent writers, hostile files.

    .venv/bin/python -m tests.stress            the full campaign (make stress, several minutes)
    .venv/bin/python -m tests.stress --quick    the seeded slice CI runs

Prints one table (inputs, crashes, hangs, partial imports, integrity failures,
acknowledged writes lost, lock errors shown) and exits 1 if any of those is not 0.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
import time
from pathlib import Path

from tests.stress import concurrency, fuzz, hostile, kills

COUNTS = (
    "crashes",
    "hangs",
    "over 400 MB",
    "partial imports",
    "integrity failures",
    "acknowledged writes lost",
    "lock errors shown",
    "read outside",
)


def table(rows: list[dict]) -> str:
    head = ["campaign", "inputs", *COUNTS, "note"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for row in rows:
        cells = [str(row.get("campaign")), str(row.get("inputs", 0))]
        cells += [str(row[name]) if name in row else "—" for name in COUNTS]
        cells.append(str(row.get("note", "")))
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def failures(rows: list[dict]) -> int:
    return sum(int(row.get(name, 0)) for row in rows for name in COUNTS)


class Counted(logging.Handler):
    """The campaign's in-process imports log what a reader failed on, as the program logs it to
    its log file: counted here, kept off the terminal (the program's user never sees it)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the small slice CI runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--fuzz", type=int, help="fuzzed files (default 2000, quick 60)")
    parser.add_argument("--kills", type=int, help="SIGKILLs (default 100, quick 5)")
    args = parser.parse_args()
    fuzzed = args.fuzz or (60 if args.quick else 2000)
    killed = args.kills or (5 if args.quick else 100)
    started = time.monotonic()
    logged = Counted()
    logging.getLogger().addHandler(logged)
    rows = []
    with tempfile.TemporaryDirectory(prefix="yandu-stress-") as name:
        folder = Path(name)
        for part, work in (
            ("fuzz", lambda where: fuzz.run(where, fuzzed, args.seed)),
            ("kills", lambda where: kills.run(where, killed, args.seed)),
            ("concurrency", lambda where: concurrency.run(where, args.quick)),
            ("hostile", lambda where: hostile.run(where, args.quick)),
        ):
            where = folder / part
            where.mkdir()
            before = logged.count
            rows.append(work(where))
            if logged.count > before:
                rows[-1]["note"] += f"; {logged.count - before} reader failures logged"
            print(f"{rows[-1]['campaign']}: done", file=sys.stderr, flush=True)
    print(table(rows))
    print(f"\n{time.monotonic() - started:.0f} s; seed {args.seed}")
    return 1 if failures(rows) else 0


if __name__ == "__main__":
    sys.exit(main())
