"""`make bench`: run every benchmark and print each with its baseline and ratio."""

from __future__ import annotations

import platform
import sys

from bench import analysis_cost


def main() -> int:
    print(
        f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
        f"SQLite {__import__('sqlite3').sqlite_version}"
    )
    results = [analysis_cost.run()]
    print(analysis_cost.report(results[0]))
    return 0 if all(r["met"] for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
