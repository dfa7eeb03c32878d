"""From paths to what the library stores: the files to read, each read and worked out before storing.

Reading, parsing, the analysis of every item and the search grams need no
library, so they are done apart from the transaction that stores the issue,
which stays as short as it can be. (Preparing the next file on a second thread
or process was measured and did not pay: parsing holds the interpreter, and a
process costs as much in pickling and start-up as it saves.) A file's format
reader runs apart all the same, in a process with limits on size, time and
memory (`ingest/cage.py`), so that a hostile file costs only its own refusal.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import ImportFailed, Problem, YanduError
from desktop.core.model import Issue
from desktop.core.store.issues import Derived

log = logging.getLogger(__name__)

Pages = Callable[[int, int], None]  # pages done, pages in all: a slow reader's progress in a file

# what a folder holds that is nobody's document: the system's and Office's own files (a Word
# document open elsewhere leaves an owner file `~$…` beside it). Every other file is looked at,
# whatever its name: what is not a bulletin is listed as skipped, with the reason.
_SYSTEM_FILES = {"desktop.ini", "thumbs.db", "ehthumbs.db", ".ds_store"}
# the codes of files a folder import passes over (ingest/sniff.py; repeated here so that the
# window can start without loading the readers)
SKIPS = (
    "import.skipped_image",
    "import.skipped_spreadsheet",
    "import.skipped_presentation",
    "import.skipped_archive",
    "import.skipped_media",
    "import.skipped_other",
)


def display_path(path: Path | str) -> str:
    """A path as printable text. The ingest package (the readers' front) loads with the first import."""
    from desktop.core.ingest import printable_path

    return printable_path(path)


def derive(issue: Issue) -> Derived:
    """The analysis of every item (people named early are known later) and the search grams."""
    from desktop.core.analysis import ANALYSIS_VERSION, analyse_issue
    from desktop.core.text.search_terms import grams, item_search_text

    return Derived(
        analyse_issue(issue.items),
        ANALYSIS_VERSION,
        tuple(
            grams(item_search_text(item.kicker, item.headline, item.subhead, item.body))
            for item in issue.items
        ),
    )


@dataclass(frozen=True)
class Prepared:
    """A file read and worked out, ready to be stored."""

    issue: Issue
    derived: Derived


def prepare(path: Path, pages: Pages | None = None) -> Prepared | Problem:
    """Read, parse and analyse one file (no library access); a Problem if it cannot be read.
    `pages` hears of each page a slow reader (OCR) is done with, and may stop it by raising."""
    from desktop.core.ingest import printable, read_issue  # loaded with the first import

    shown = display_path(path)
    try:
        issue = read_issue(path, pages)
        return Prepared(issue, derive(issue))
    except YanduError as exc:
        return exc.problem
    except Exception as exc:  # repair or analysis choked on what a reader found: it fails alone
        log.warning("reading %s failed", shown, exc_info=True)
        detail = printable(f"{type(exc).__name__}: {exc}")[:300]  # a message may quote the file
        return ImportFailed(shown, "import.damaged", detail=detail).problem


def collect_files(paths: Iterable[Path | str]) -> list[tuple[Path, Problem | None]]:
    """Files as given and the bulletins inside folders (name order, hidden skipped), each with the
    reason it cannot be imported, if one is known before reading it.

    A folder's links are followed only where they stay inside it: a folder shared by others may
    hold `passwd.txt` pointing at /etc/passwd. A file given by itself is read wherever it is."""
    found: list[tuple[Path, Problem | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append((path, None))
            continue
        before = len(found)
        found.extend(_folder_files(path))
        if len(found) == before:
            found.append((path, ImportFailed(display_path(path), "import.folder_empty").problem))
    return found


def _folder_files(folder: Path) -> list[tuple[Path, Problem | None]]:
    found: list[tuple[Path, Problem | None]] = []
    top = Path(os.path.realpath(folder))
    walked: set[Path] = set()  # real folders already walked: a link may lead back up, or twice
    taken: set[Path] = set()  # real files already listed: a link and its target are one file
    problems: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=problems.append, followlinks=True):
        real_root = Path(os.path.realpath(root))
        if real_root in walked:
            dirs[:] = []
            continue
        walked.add(real_root)
        inside = []
        for name in sorted(d for d in dirs if not d.startswith(".")):
            escape = _outside(Path(root) / name, top)
            if escape is not None:
                found.append((Path(root) / name, escape))
            else:
                inside.append(name)
        dirs[:] = inside
        for name in sorted(files):
            candidate = Path(root) / name
            if name.startswith((".", "~$")) or name.lower() in _SYSTEM_FILES:
                continue
            escape = _outside(candidate, top)
            if escape is not None:
                found.append((candidate, escape))
                continue
            real = Path(os.path.realpath(candidate))
            if real in taken:
                continue
            taken.add(real)
            found.append((candidate, None))
    for problem in problems:
        where = Path(problem.filename) if problem.filename else folder
        reason = (
            "permission denied"
            if isinstance(problem, PermissionError)
            else (problem.strerror or str(problem))
        )
        failed = ImportFailed(display_path(where), "import.folder_unreadable", reason=reason)
        found.append((where, failed.problem))
    return found


def _outside(path: Path, top: Path) -> Problem | None:
    """Why `path` (inside a folder being imported) is not taken: it leads outside the folder."""
    real = Path(os.path.realpath(path))
    if real == top or real.is_relative_to(top):
        return None
    return ImportFailed(
        display_path(path), "import.outside_folder", target=display_path(real)
    ).problem
