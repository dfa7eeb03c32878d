"""Analysis of an item's text: directives with their speakers, the people named, the quoted phrases.

Pure functions over text. `ANALYSIS_VERSION` changes whenever what they find
changes; the library re-runs the analysis on items analysed by an older version.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktop.core.model import Item, ItemAnalysis

# 2: names outside the BMP (王𬍛) are people too; 3: reports, spans that end, cues (issue #11)
ANALYSIS_VERSION = 3


def analyse(body: str, known: dict[str, list[str]] | None = None) -> ItemAnalysis:
    """Analyse one item on its own; `known` carries the people of the issue's earlier items and is extended."""
    item = Item(kind="article", paragraphs=tuple(body.split("\n")))
    return _analyse_items([item], known)[0]


def analyse_issue(items: Sequence[Item]) -> tuple[ItemAnalysis, ...]:
    """Analyse every item of one issue, in order: people named early are known later, and a
    report's byline speaks for all of it."""
    return _analyse_items(items, {})


def _analyse_items(
    items: Sequence[Item], known: dict[str, list[str]] | None
) -> tuple[ItemAnalysis, ...]:
    # imported here: the rules' large regular expressions cost the window's start-up otherwise
    from desktop.core.analysis.directives import IssueReader
    from desktop.core.analysis.phrases import quoted_phrases

    reader = IssueReader(items, known)
    out = []
    for item in items:
        found, people = reader.read(item)
        if known is not None:
            for name, titles in people.items():
                merged = known.setdefault(name, [])
                merged.extend(t for t in titles if t not in merged)
        out.append(
            ItemAnalysis(
                tuple(found),
                tuple(quoted_phrases(item.body)),
                tuple((name, tuple(titles)) for name, titles in people.items()),
            )
        )
    return tuple(out)
