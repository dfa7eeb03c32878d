"""The index's grams are what they were when libraries were first indexed with them.

A library's search index is built once and extended import by import: grams that changed would
leave old items unfindable by what finds new ones. `grams` is checked here against its first
definition, written out below with its own patterns (each run of letters and digits, its pairs
joined one by one), on every code point, on random mixtures of runs and gaps, on long texts
taken a piece at a time, and on every text of the samples.
"""

from __future__ import annotations

import random
import re
import sys
from operator import add

from desktop.core.text import search_terms
from desktop.core.text.search_terms import grams
from tests.conftest import SHARED

_FIRST_RUN = re.compile(r"[^\W_]+")
_FIRST_WIDE_WORD = re.compile("[\uff10-\uff19\uff21-\uff3a\uff3f\uff41-\uff5a]")
_FIRST_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def _first_grams(text: str) -> str:
    """grams as first written: per run, each character and the next, then the run's last alone."""
    if _FIRST_WIDE_WORD.search(text):
        wide = text.translate(_FIRST_WIDTH)
        lowered = wide.lower()
        folded = lowered if len(lowered) == len(wide) else wide
    else:
        lowered = text.lower()
        folded = lowered if len(lowered) == len(text) else text
    return " ".join(
        " ".join(map(add, run, run[1:])) + " " + run[-1] if len(run) > 1 else run
        for run in _FIRST_RUN.findall(folded)
    )


def _mixtures(count: int, seed: int) -> list[str]:
    """Runs of one to four characters (Chinese, Latin, digits, full-width, beyond the BMP, letters
    that lower() lengthens) between gaps of one to three (punctuation, spaces, _, line breaks, a
    lone surrogate)."""
    words = "安全生产责任ABCxyz0123４５Ｚｚİ𠀀𝐀王𬍛"
    gaps = "，。、 \u3000_\n—“”（）\ud800"
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        parts = []
        for _ in range(rng.randint(0, 8)):
            parts.append("".join(rng.choice(words) for _ in range(rng.randint(1, 4))))
            parts.append("".join(rng.choice(gaps) for _ in range(rng.randint(1, 3))))
        text = "".join(parts)
        texts.append(text.rstrip(gaps) if rng.random() < 0.5 else text)
    return texts


def test_the_documented_examples() -> None:
    assert grams("安全生产。ICT") == "安全 全生 生产 产 ic ct t"
    assert grams("ＩＣＴ（２５）＿") == "ic ct t 25 5"
    assert grams("") == grams("，。") == grams("_") == ""
    assert grams("安") == grams("。安。") == "安"
    assert grams("安 全 生") == "安 全 生"  # runs of one character, one after another


def test_every_code_point_as_its_first_definition() -> None:
    """All of Unicode in order, lone surrogates too, in pieces: each is a run or a gap or both."""
    step = 4096
    for start in range(0, sys.maxunicode + 1, step):
        text = "".join(map(chr, range(start, min(start + step, sys.maxunicode + 1))))
        assert grams(text) == _first_grams(text), hex(start)


def test_random_runs_and_gaps_as_the_first_definition() -> None:
    for text in _mixtures(3000, 20261207):
        assert grams(text) == _first_grams(text), repr(text)


def test_a_long_text_taken_a_piece_at_a_time_as_the_first_definition(monkeypatch) -> None:
    """A text longer than a piece is cut at gaps: with pieces of a few characters, every kind of
    cut (after a run of one, before one, a run longer than a piece) comes up."""
    monkeypatch.setattr(search_terms, "_PIECE", 5)
    for text in _mixtures(3000, 7):
        assert grams(text) == _first_grams(text), repr(text)
    long_run = "安全生产责任" * 4
    assert grams(long_run + "，" + long_run) == _first_grams(long_run + "，" + long_run)


def test_every_sample_text_as_its_first_definition() -> None:
    texts = [
        path.read_text(encoding="utf-8", errors="replace")
        for path in sorted(SHARED.rglob("*"))
        if path.suffix in (".txt", ".md", ".json")
    ]
    assert len(texts) > 10
    for text in texts:
        assert grams(text) == _first_grams(text)
