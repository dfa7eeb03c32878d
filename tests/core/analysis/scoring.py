"""Hold the directive analysis to hand-labelled gold, and print the table the README shows.

Two forms of gold, one scoring:
- the shared sample and our first three articles: `items` (the paragraphs as labelled)
  and `sentences` that name their item by index;
- the corpus sets (`tests/data/gold/corpus/`): `source`, a file of ../shared, imported
  as Yandu imports it, and `sentences` found by their text.

A sentence labelled `statement` counts as right whether found as requirement or
statement; `either` is not scored. Precision is over the sentences found as
requirements, recall over those labelled requirement. The speaker is checked on every
directive found on a sentence labelled requirement or statement: a null speaker in the
gold means the directive must carry no name.

    .venv/bin/python -m tests.core.analysis.scoring     the README's table
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from desktop.core.analysis import analyse_issue
from desktop.core.analysis.sentences import split_sentences
from desktop.core.model import Found, Item
from tests.conftest import DATA, GOLD, SHARED

SHARED_GOLD = GOLD / "kaifaqu-bulletin-2020-07.json"
OWN_GOLD = sorted((DATA / "gold").glob("*.json"))
CORPUS_GOLD = sorted((DATA / "gold" / "corpus").glob("*.json"))


@dataclass
class Score:
    sentences: int = 0
    labelled_requirements: int = 0
    hits: int = 0
    false_alarms: list = field(default_factory=list)
    misses: list = field(default_factory=list)
    speakers_checked: int = 0
    wrong_speakers: list = field(default_factory=list)
    missing_text: list = field(default_factory=list)  # labelled sentences the import no longer has

    @property
    def precision(self) -> float:
        found = self.hits + len(self.false_alarms)
        return self.hits / found if found else 1.0

    @property
    def recall(self) -> float:
        return self.hits / self.labelled_requirements if self.labelled_requirements else 1.0

    @property
    def speakers_right(self) -> float:
        if not self.speakers_checked:
            return 1.0
        return 1 - len(self.wrong_speakers) / self.speakers_checked

    def add(self, other: Score) -> Score:
        total = Score()
        for name in vars(total):
            setattr(total, name, getattr(self, name) + getattr(other, name))
        return total


def load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def gold_items(gold: dict) -> list[Item]:
    return [
        Item(
            kind=item.get("kind", "article"),
            paragraphs=tuple(item["paragraphs"]),
            headline=item.get("headline"),
            kicker=item.get("kicker"),
            subhead=item.get("subhead"),
        )
        for item in gold["items"]
    ]


def found_by_sentence(items: list[Item]) -> tuple[dict, set]:
    """(where, sentence text) → directive found, and every (where, sentence text) there is."""
    found: dict[tuple[int, str], Found] = {}
    sentences: set[tuple[int, str]] = set()
    for index, (item, analysis) in enumerate(zip(items, analyse_issue(items), strict=True)):
        body = item.body
        for start, end in split_sentences(body):
            sentences.add((index, body[start:end]))
        for directive in analysis.directives:
            found[(index, body[directive.start : directive.end])] = directive
    return found, sentences


def score(gold: dict) -> Score:
    if "source" in gold and "items" not in gold:
        from desktop.core.ingest import read_issue

        items = list(read_issue(SHARED / gold["source"]).items)
        by_index = False
    else:
        items = gold_items(gold)
        by_index = True
    found, sentences = found_by_sentence(items)
    if not by_index:  # the corpus gold names sentences by their text, unique in the issue
        found = {text: directive for (_, text), directive in found.items()}
        sentences = {text for _, text in sentences}
    result = Score()
    for sentence in gold["sentences"]:
        key = (sentence["item"], sentence["text"]) if by_index else sentence["text"]
        label = sentence["label"]
        if key not in sentences:
            result.missing_text.append(sentence["text"])
            continue
        if label == "either":
            continue
        result.sentences += 1
        got = found.get(key)
        if label == "requirement":
            result.labelled_requirements += 1
            if got is not None and got.kind == "requirement":
                result.hits += 1
            else:
                result.misses.append(sentence["text"])
        if label == "none" and got is not None and got.kind == "requirement":
            result.false_alarms.append(sentence["text"])
        if got is not None and label in ("requirement", "statement"):
            result.speakers_checked += 1
            if got.speaker != sentence["speaker"]:
                result.wrong_speakers.append((sentence["text"], got.speaker, sentence["speaker"]))
    return result


def every_set() -> list[tuple[str, Path]]:
    return (
        [("shared sample bulletin", SHARED_GOLD)]
        + [(f"ours: {p.stem}", p) for p in OWN_GOLD]
        + [(f"corpus: {p.stem}", p) for p in CORPUS_GOLD]
    )


def main() -> None:
    total = Score()
    print("| gold | scored sentences | requirement precision | recall | speakers right |")
    print("|---|---|---|---|---|")
    for name, path in every_set():
        result = score(load(path))
        total = total.add(result)
        print(
            f"| {name} | {result.sentences} | {result.precision:.2f} | {result.recall:.2f} | "
            f"{result.speakers_right:.2f} ({result.speakers_checked - len(result.wrong_speakers)}"
            f"/{result.speakers_checked}) |"
        )
    print(
        f"| **all together** | {total.sentences} | {total.precision:.3f} | {total.recall:.3f} | "
        f"{total.speakers_right:.3f} |"
    )


if __name__ == "__main__":
    main()
