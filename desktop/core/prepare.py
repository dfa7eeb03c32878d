"""Everything about an issue that can be worked out before the library is touched.

Parsing, the analysis of every item and the search grams need no library, so
they are done apart from the transaction that stores the issue, which stays as
short as it can be. (Preparing the next file on a second thread or process was
measured and did not pay: parsing holds the interpreter, and a process costs
as much in pickling and start-up as it saves on this corpus.)
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.core.analysis import ItemAnalysis, analyse
from desktop.core.ingest import read_issue
from desktop.core.model import Issue
from desktop.core.text.search_terms import grams, item_search_text


@dataclass(frozen=True)
class Prepared:
    issue: Issue
    analyses: tuple[ItemAnalysis, ...]
    grams: tuple[str, ...]


def prepare(issue: Issue) -> Prepared:
    known: dict[str, list[str]] = {}
    return Prepared(
        issue,
        tuple(analyse(item.body, known) for item in issue.items),
        tuple(
            grams(item_search_text(item.kicker, item.headline, item.subhead, item.body))
            for item in issue.items
        ),
    )


def read_and_prepare(path: Path) -> Prepared:
    return prepare(read_issue(path))
