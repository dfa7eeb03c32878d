"""`make bench`: run every benchmark and print each with its baseline and ratio."""

from __future__ import annotations

import platform
import sys

from bench import analysis_cost, open_article


def main() -> int:
    print(
        f"machine: {platform.machine()}, {platform.processor() or 'cpu'}, Python {platform.python_version()}, "
        f"SQLite {__import__('sqlite3').sqlite_version}"
    )
    analysis = analysis_cost.run()
    print(analysis_cost.report(analysis), flush=True)
    opening = open_article.run()
    print(open_article.report(opening), flush=True)
    return 0 if analysis["met"] and opening["p95_ms"] < 100 else 1


if __name__ == "__main__":
    sys.exit(main())
