"""Analysis of an item's text: directives with their speakers, the people named, the quoted phrases.

Pure functions over text. `ANALYSIS_VERSION` changes whenever what they find
changes; the library re-runs the analysis on items analysed by an older version.
"""

from __future__ import annotations

from desktop.core.model import ItemAnalysis

ANALYSIS_VERSION = 2  # 2: names outside the BMP (王𬍛) are people too


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


def analyse_issue(bodies: list[str]) -> tuple[ItemAnalysis, ...]:
    """Analyse every item of one issue, in order: people named early are known later."""
    known: dict[str, list[str]] = {}
    return tuple(analyse(body, known) for body in bodies)
