"""The analysis held to hand-labelled gold: the shared sample bulletin and three articles we labelled ourselves.

Scoring, as the gold file's `about` says: a sentence labelled `statement` counts
as right whether found as requirement or statement; `either` is not scored.
Precision is over the sentences found as requirements; recall over those
labelled requirement. Every directive found on a labelled requirement or
statement must name the labelled speaker.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.core.analysis import analyse
from desktop.core.analysis.sentences import split_sentences
from tests.conftest import DATA, GOLD

SHARED_GOLD = GOLD / "kaifaqu-bulletin-2020-07.json"
OWN_GOLD = sorted((DATA / "gold").glob("*.json"))


@dataclass
class Score:
    precision: float
    recall: float
    wrong_speakers: list
    misses: list
    false_alarms: list


def _bodies(gold: dict) -> list[str]:
    return ["\n".join(item["paragraphs"]) for item in gold["items"]]


def score(gold: dict) -> Score:
    bodies = _bodies(gold)
    known: dict[str, list[str]] = {}
    found = {}
    for index, body in enumerate(bodies):
        for directive in analyse(body, known).directives:
            found[(index, body[directive.start : directive.end])] = directive
    hits = false_alarms = 0
    misses, alarms, wrong = [], [], []
    labelled_requirements = 0
    for sentence in gold["sentences"]:
        label = sentence["label"]
        got = found.get((sentence["item"], sentence["text"]))
        if label == "either":
            continue
        if label == "requirement":
            labelled_requirements += 1
            if got is not None and got.kind == "requirement":
                hits += 1
            else:
                misses.append(sentence["text"])
        if label == "none" and got is not None and got.kind == "requirement":
            false_alarms += 1
            alarms.append(sentence["text"])
        if (
            got is not None
            and label in ("requirement", "statement")
            and got.speaker != sentence["speaker"]
        ):
            wrong.append((sentence["text"], got.speaker, sentence["speaker"]))
    found_requirements = hits + false_alarms
    return Score(
        precision=hits / found_requirements if found_requirements else 1.0,
        recall=hits / labelled_requirements if labelled_requirements else 1.0,
        wrong_speakers=wrong,
        misses=misses,
        false_alarms=alarms,
    )


def _load(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))


def test_sentences_split_as_the_gold_file_does():
    gold = _load(SHARED_GOLD)
    ours = [
        (index, body[start:end])
        for index, body in enumerate(_bodies(gold))
        for start, end in split_sentences(body)
    ]
    assert ours == [
        (s["item"], s["text"]) for s in sorted(gold["sentences"], key=lambda s: s["item"])
    ]


def test_shared_gold_requirements_precision_and_recall_at_least_095():
    result = score(_load(SHARED_GOLD))
    assert result.precision >= 0.95, result.false_alarms
    assert result.recall >= 0.95, result.misses


def test_shared_gold_every_found_directive_has_the_right_speaker():
    assert score(_load(SHARED_GOLD)).wrong_speakers == []


def test_shared_gold_quoted_phrases_exact():
    gold = _load(SHARED_GOLD)
    phrases = []
    for body in _bodies(gold):
        for _, _, text in analyse(body).phrases:
            if text not in phrases:
                phrases.append(text)
    assert phrases == gold["quoted_phrases"]


def test_shared_gold_titles_of_the_speakers():
    gold = _load(SHARED_GOLD)
    known: dict[str, list[str]] = {}
    for body in _bodies(gold):
        analyse(body, known)
    for person in gold["people"]:
        if person.get("titles"):
            assert known.get(person["name"]) == person["titles"]


@pytest.mark.parametrize("path", OWN_GOLD, ids=[p.stem for p in OWN_GOLD])
def test_own_gold_precision_recall_and_speakers(path):
    assert len(OWN_GOLD) >= 3
    gold = _load(path)
    result = score(gold)
    assert result.precision >= 0.90, result.false_alarms
    assert result.recall >= 0.90, result.misses
    assert result.wrong_speakers == []
    phrases = []
    for body in _bodies(gold):
        for _, _, text in analyse(body).phrases:
            if text not in phrases:
                phrases.append(text)
    assert phrases == gold["quoted_phrases"]


@pytest.mark.parametrize("path", OWN_GOLD, ids=[p.stem for p in OWN_GOLD])
def test_own_gold_is_still_the_imported_text(path, samples):
    """The labelled paragraphs are what Yandu imports from the sample today."""
    from desktop.core.ingest import read_issue

    gold = _load(path)
    issue = read_issue(samples.parent / gold["source"])
    assert (
        list(issue.items[gold["item_index_in_issue"]].paragraphs) == gold["items"][0]["paragraphs"]
    )
