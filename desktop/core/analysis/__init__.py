"""Analysis of an item's text: directives with their speakers, the people named, the quoted phrases.

Pure functions over text. `ANALYSIS_VERSION` changes whenever what they find
changes; the library re-runs the analysis on items analysed by an older version.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.core.analysis.directives import Found

ANALYSIS_VERSION = 2  # 2: names outside the BMP (王𬍛) are people too


@dataclass(frozen=True)
class ItemAnalysis:
    directives: tuple[Found, ...]
    phrases: tuple[tuple[int, int, str], ...]
    people: tuple[tuple[str, tuple[str, ...]], ...]


def analyse(body: str, known: dict[str, list[str]] | None = None) -> ItemAnalysis:
    """Analyse one item; `known` carries the people of the issue's earlier items and is extended."""
    # imported here: the rules' large regular expressions cost the window's start-up otherwise
    from desktop.core.analysis.directives import analyse_body
    from desktop.core.analysis.phrases import quoted_phrases

    found, people = analyse_body(body, known)
    if known is not None:
        for name, titles in people.items():
            merged = known.setdefault(name, [])
            merged.extend(t for t in titles if t not in merged)
    return ItemAnalysis(
        tuple(found),
        tuple(quoted_phrases(body)),
        tuple((name, tuple(titles)) for name, titles in people.items()),
    )
