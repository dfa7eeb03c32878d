"""This working tree against an earlier revision: the analysis and the import of real texts.

    .venv/bin/python -m bench.versus REVISION [--pairs 10]

The texts are the bulletins, transcripts and reports of ../shared (samples and corpus,
.txt and .md): each a different real text, as a user's library is. (The `make bench`
corpus repeats about a hundred sample stories to reach library scale, so the analysis's
caches of first words and names hit there far more often than on real material.)

The revision's `desktop/` is unpacked into a temporary folder (`git archive`); each
measurement runs in a fresh process, the two versions in turn, so a busy machine slows
both alike. Printed: each version's seconds per pair (CPU for the analysis; wall-clock for the import,
whose readers run in a second process) and the median ratio.
Works for revisions that have `desktop/core/library.py` (from before issue 13, whose
library was opened with `store.db.open_library`, on).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_FILES = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
shared = Path(sys.argv[2])
files = sorted(
    path
    for folder in (shared / "samples", shared / "corpus")
    for path in folder.rglob("*")
    if path.suffix in (".txt", ".md") and path.name != "SOURCES.md"
)
"""

_ANALYSIS = (
    _FILES
    + """
import time
from desktop.core.ingest import read_issue
issues = [read_issue(path) for path in files]
try:
    from desktop.core.analysis import analyse_issue
    run = lambda issue: analyse_issue(issue.items)
except ImportError:
    from desktop.core.analysis import analyse
    def run(issue):
        known = {}
        for item in issue.items:
            analyse(item.body, known)
from desktop.core.analysis import analyse
analyse("习近平强调，要抓落实。")  # jieba's dictionary, loaded once per process
started = time.process_time()
for issue in issues:
    run(issue)
print(time.process_time() - started)
"""
)

_IMPORT = (
    _FILES
    + """
import tempfile, time
from desktop.core.library import Library
with tempfile.TemporaryDirectory() as folder:
    if hasattr(Library, "open"):
        library = Library.open(Path(folder) / "l.sqlite3")
    else:
        from desktop.core.store.db import open_library
        library = open_library(Path(folder) / "l.sqlite3")
    warm = Path(folder) / "warm.md"
    warm.write_text("### 标题\\n\\n习近平强调，要抓落实。", encoding="utf-8")
    library.import_file(warm)  # jieba's dictionary and the reader process, once per process
    started = time.perf_counter()  # wall time: the reader process works for the import too
    library.import_paths(files)
    print(time.perf_counter() - started)
    library.close()
"""
)


def _unpack(revision: str, folder: Path) -> Path:
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", revision, "desktop"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    return folder


def _seconds(script: str, code: Path) -> float:
    out = subprocess.run(
        [sys.executable, "-c", script, str(code), str(SHARED)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return float(out.split()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision")
    parser.add_argument("--pairs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="yandu-versus-") as name:
        old = _unpack(args.revision, Path(name))
        for label, script in (("analysis", _ANALYSIS), ("import", _IMPORT)):
            ratios = []
            for _ in range(args.pairs):
                before = _seconds(script, old)
                now = _seconds(script, ROOT)
                ratios.append(now / before)
                print(f"{label}: {args.revision} {before:.2f} s, now {now:.2f} s", flush=True)
            print(
                f"{label}: now / {args.revision} = median {statistics.median(ratios):.2f} "
                f"(range {min(ratios):.2f}-{max(ratios):.2f}, {args.pairs} pairs)",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
