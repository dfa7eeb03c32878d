"""From paths to what the library stores: the files to read, each read and worked out before storing.

Reading, parsing, the analysis of every item and the search grams need no
library, so they are done apart from the transaction that stores the issue,
which stays as short as it can be. (Preparing the next file on a second thread
or process was measured and did not pay: parsing holds the interpreter, and a
process costs as much in pickling and start-up as it saves.)
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.core.errors import ImportFailed, Problem, YanduError
from desktop.core.model import Issue
from desktop.core.store.issues import Derived

log = logging.getLogger(__name__)

# formats a folder of bulletins may hold that Yandu cannot read: said, not skipped silently
_DOCUMENT_LIKE = {
    ".doc": ".docx",
    ".wps": ".docx",
    ".rtf": ".docx",
    ".odt": ".docx",
    ".pages": ".docx",
}


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


def prepare(path: Path) -> Prepared | Problem:
    """Read, parse and analyse one file (no library access); a Problem if it cannot be read."""
    from desktop.core.ingest import read_issue  # the readers: loaded on the first import

    shown = display_path(path)
    try:
        issue = read_issue(path)
        return Prepared(issue, derive(issue))
    except YanduError as exc:
        return exc.problem
    except Exception as exc:  # a reader library choked on a malformed file: that file fails alone
        log.warning("reading %s failed", shown, exc_info=True)
        return ImportFailed(shown, "import.damaged", detail=f"{type(exc).__name__}: {exc}").problem


def collect_files(paths: Iterable[Path | str]) -> list[tuple[Path, Problem | None]]:
    """Files as given and the bulletins inside folders (name order, hidden skipped), each with the
    reason it cannot be imported, if one is known before reading it."""
    from desktop.core import ingest

    found: list[tuple[Path, Problem | None]] = []
    for raw in paths:
        path = Path(raw)
        if not path.is_dir():
            found.append((path, None))
            continue
        before = len(found)
        problems: list[OSError] = []
        for root, dirs, files in os.walk(path, onerror=problems.append):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                candidate = Path(root) / name
                suffix = candidate.suffix.lower()
                if name.startswith("."):
                    continue
                if ingest.is_supported(candidate):
                    found.append((candidate, None))
                elif suffix in _DOCUMENT_LIKE:
                    refused = ImportFailed(
                        display_path(candidate),
                        "import.old_format",
                        suffix=suffix,
                        wanted=_DOCUMENT_LIKE[suffix],
                    )
                    found.append((candidate, refused.problem))
        for problem in problems:
            where = Path(problem.filename) if problem.filename else path
            reason = (
                "permission denied"
                if isinstance(problem, PermissionError)
                else (problem.strerror or str(problem))
            )
            failed = ImportFailed(display_path(where), "import.folder_unreadable", reason=reason)
            found.append((where, failed.problem))
        if len(found) == before:
            found.append((path, ImportFailed(display_path(path), "import.folder_empty").problem))
    return found
