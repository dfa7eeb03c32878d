"""The library-scale corpus: real sample stories recombined into many issues, written as files.

An article is a real story's headline with three to ten consecutive paragraphs of
that story (about 700 characters on average, as a 新闻联播 item), so the
text is real and every issue is a different combination. Issues are written as
layout text like the sample bulletin (blank lines between paragraphs, wide gaps
between articles), dated one a day backwards from 2026-11-28, so the whole
import pipeline runs on them: decode, repair, segment, analyse, store, index.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from bench.corpus import real_stories


@dataclass(frozen=True)
class Corpus:
    folder: Path
    files: list[Path]
    articles: int
    characters: int


def _articles(rng: random.Random, stories):
    while True:
        story = rng.choice(stories)
        paragraphs = [p for p in story.paragraphs if len(p) > 20]
        if not paragraphs:
            continue
        length = rng.randint(3, 10)
        start = rng.randrange(0, max(1, len(paragraphs) - length + 1))
        chosen = paragraphs[start : start + length]
        headline = story.headline or chosen[0][:18]
        yield headline, chosen


def build(folder: Path, articles: int, per_issue: int = 12, seed: int = 20261129) -> Corpus:
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    stories = [s for s in real_stories() if s.paragraphs]
    source = _articles(rng, stories)
    files, characters, made, day = [], 0, 0, date(2026, 11, 28)
    number = 0
    while made < articles:
        count = min(per_issue + rng.randint(-3, 3), articles - made)
        parts = []
        for _ in range(count):
            headline, paragraphs = next(source)
            parts.append(headline + "\n\n" + "\n\n".join(paragraphs))
        text = "\n\n\n\n".join(parts) + "\n"
        path = folder / f"bulletin-{day.isoformat()}-{number:05d}.txt"
        path.write_text(text, encoding="utf-8")
        files.append(path)
        characters += len(text)
        made += count
        number += 1
        day -= timedelta(days=1)
    return Corpus(folder, files, made, characters)
