"""A re-anchoring test corpus: real sentences of the samples, corrected in known ways.

Each annotation is a sentence, or a clause of one, of a real article (imported as
Yandu imports it; its quote occurs once in the body). Each goes through every
correction below; the right answer is known by construction: the span the same
words occupy in the corrected text, or none (an orphan) when they were deleted.

    unchanged         nothing changed
    insert_inside     a word inserted inside the quote
    delete_inside     characters deleted inside the quote
    replace_inside    characters inside the quote replaced by a word of another length
    insert_before     a sentence of the article inserted just before the quote
    delete_before     characters deleted from the text just before the quote
    insert_after      a word inserted just after the quote
    paragraph_moved   the quote's paragraph moved to another place in the article
    split_paragraph   a paragraph break put inside the quote
    deleted           the sentence holding the quote deleted
    deleted_lookalike the sentence deleted, and a look-alike of the quoted words (one word
                      changed) put in another paragraph: the case a guess gets wrong

Placed right: the exact new span. Placed wrong: any other span, or any span where
the words were deleted. Orphaned: no span.

    .venv/bin/python -m tests.core.text.reanchoring_corpus     the README's table
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from desktop.core.analysis import analyse
from desktop.core.analysis.sentences import split_sentences
from desktop.core.ingest import read_issue
from desktop.core.text.anchoring import CONTEXT, ORPHAN, reanchor, same_speaker, target_for
from tests.conftest import SHARED

SOURCES = (
    "samples/kaifaqu-bulletin-2020-07.txt",
    "samples/xinwenlianbo/20240126.md",
    "samples/xinwenlianbo/20241016.md",
    "corpus/xinwenlianbo/20230915.md",
    "corpus/xinwenlianbo/20250115.md",
    "corpus/xinwenlianbo/20250605.md",
    "corpus/xinwenlianbo/20260115.md",
    "corpus/reports/gov-work-report-1957.txt",
    "corpus/reports/gov-work-report-1985.txt",
    "corpus/reports/gov-work-report-2004.txt",
    "corpus/reports/gov-work-report-2016.txt",
)
PER_ITEM = 8  # annotations taken from one article at most
CORRECTIONS = (
    "unchanged",
    "insert_inside",
    "delete_inside",
    "replace_inside",
    "insert_before",
    "delete_before",
    "insert_after",
    "paragraph_moved",
    "split_paragraph",
    "deleted",
    "deleted_lookalike",
)
WORDS = ("持续", "进一步", "全面", "切实", "扎实推进", "不断", "有效", "认真")


@dataclass(frozen=True)
class Annotation:
    body: str
    start: int
    end: int
    sentence: tuple[int, int]  # the sentence that holds the quote


@dataclass(frozen=True)
class Case:
    annotation: Annotation
    correction: str
    body: str  # the corrected text
    expected: tuple[int, int] | None  # None: the words are gone, an orphan is right


@cache
def bodies() -> tuple[str, ...]:
    found = []
    for name in SOURCES:
        for item in read_issue(SHARED / name).items:
            if 200 <= len(item.body) <= 12000 and "\n" in item.body:
                found.append(item.body)
    return tuple(found)


def annotations(seed: int = 11) -> list[Annotation]:
    rng = random.Random(seed)
    found = []
    for body in bodies():
        spans = [
            (s, e)
            for s, e in split_sentences(body)
            if 12 <= e - s <= 90 and body.count(body[s:e]) == 1
        ]
        for s, e in rng.sample(spans, min(PER_ITEM, len(spans))):
            start, end = s, e
            clauses = [i for i, c in enumerate(body[s:e]) if c == "，"]
            if clauses and rng.random() < 0.5:  # a clause of the sentence, as members often mark
                cut = s + rng.choice(clauses)
                start, end = (s, cut) if cut - s >= 6 else (cut + 1, e)
            if end - start >= 6 and body.count(body[start:end]) == 1:
                found.append(Annotation(body, start, end, (s, e)))
    return found


def cases(seed: int = 11) -> Iterator[Case]:
    rng = random.Random(seed)
    for annotation in annotations(seed):
        for correction in CORRECTIONS:
            yield _correct(annotation, correction, rng)


def _correct(a: Annotation, correction: str, rng: random.Random) -> Case:
    body, start, end = a.body, a.start, a.end
    word = rng.choice(WORDS)
    inside = rng.randrange(start + 2, end - 2)
    if correction == "unchanged":
        return Case(a, correction, body, (start, end))
    if correction == "insert_inside":
        return Case(a, correction, body[:inside] + word + body[inside:], (start, end + len(word)))
    if correction == "delete_inside":
        cut = min(3, end - inside - 1)
        return Case(a, correction, body[:inside] + body[inside + cut :], (start, end - cut))
    if correction == "replace_inside":
        cut = min(2, end - inside - 1)
        new = body[:inside] + word + body[inside + cut :]
        return Case(a, correction, new, (start, end - cut + len(word)))
    if correction == "insert_before":
        other = _other_sentence(a, rng)
        return Case(a, correction, body[:start] + other + body[start:], _shift(a, len(other)))
    if correction == "delete_before":
        cut = min(4, start)
        return Case(a, correction, body[: start - cut] + body[start:], _shift(a, -cut))
    if correction == "insert_after":
        return Case(a, correction, body[:end] + word + body[end:], (start, end))
    if correction == "paragraph_moved":
        return _paragraph_moved(a)
    if correction == "split_paragraph":
        breaks = [i for i in range(start + 2, end - 2) if body[i - 1] in "，、；："]
        at = rng.choice(breaks) if breaks else inside
        return Case(a, correction, body[:at] + "\n" + body[at:], (start, end + 1))
    s, e = a.sentence
    without = body[:s] + body[e:]
    if correction == "deleted":
        return Case(a, correction, without, None)
    lookalike = _lookalike(body[start:end], rng)
    at = _sentence_start_elsewhere(without, s, rng)
    return Case(a, correction, without[:at] + lookalike + without[at:], None)


def _shift(a: Annotation, by: int) -> tuple[int, int]:
    return a.start + by, a.end + by


def _other_sentence(a: Annotation, rng: random.Random) -> str:
    spans = [(s, e) for s, e in split_sentences(a.body) if (s, e) != a.sentence and e - s >= 8]
    s, e = rng.choice(spans)
    return a.body[s:e]


def _paragraph_moved(a: Annotation) -> Case:
    body = a.body
    first = body.rfind("\n", 0, a.start) + 1
    last = body.find("\n", a.end)
    last = len(body) if last == -1 else last
    paragraph = body[first:last]
    rest = (body[:first] + body[last + 1 :]).rstrip("\n") if last < len(body) else body[:first]
    rest = rest.rstrip("\n")
    if first > 0:  # to the top
        new = paragraph + "\n" + rest
        offset = 0
    else:  # the first paragraph goes to the end
        new = rest + "\n" + paragraph
        offset = len(rest) + 1
    return Case(a, "paragraph_moved", new, (offset + a.start - first, offset + a.end - first))


def _lookalike(quote: str, rng: random.Random) -> str:
    """The quoted words with two characters inside replaced by another word, as a sentence of
    its own: another paragraph says the same of another matter (安全生产形势 → 环保形势)."""
    at = rng.randrange(2, len(quote) - 3)
    other = rng.choice([w for w in ("环保", "防汛", "质量", "民生") if w != quote[at : at + 2]])
    words = quote[:at] + other + quote[at + 2 :]
    return words if words[-1] in "。！？”" else words + "。"


def _sentence_start_elsewhere(body: str, near: int, rng: random.Random) -> int:
    """The start of a sentence in another paragraph than the one at `near`, and not next to
    `near` (where the deleted sentence was: words put there are a correction, not a look-alike)."""
    here = (body.rfind("\n", 0, near), body.find("\n", near))
    starts = [
        s
        for s, _ in split_sentences(body)
        if not (here[0] < s and (here[1] == -1 or s <= here[1])) and abs(s - near) > 2 * CONTEXT
    ]
    return rng.choice(starts) if starts else 0


@lru_cache(maxsize=64)
def _voices(body: str) -> tuple[tuple[int, int, str | None], ...]:
    return tuple((f.start, f.end, f.speaker) for f in analyse(body).directives)


def run(case: Case) -> str:
    """right, wrong or orphaned."""
    a = case.annotation
    target = target_for(a.body, a.start, a.end)

    def allowed(start: int, end: int) -> bool:  # the new text is analysed only when asked
        return same_speaker(_voices(a.body), _voices(case.body), target)(start, end)

    placed = reanchor(case.body, target, allowed, once_before=a.body.count(target.quote) == 1)
    if placed.how == ORPHAN or placed.target is None:
        return "orphaned"
    span = (placed.target.start, placed.target.end)
    return "right" if span == case.expected else "wrong"


def score(seed: int = 11) -> dict[str, Counter]:
    by_correction: dict[str, Counter] = {c: Counter() for c in CORRECTIONS}
    for case in cases(seed):
        by_correction[case.correction][run(case)] += 1
    return by_correction


def table(by_correction: dict[str, Counter]) -> str:
    rows = [
        "| correction | cases | placed right | orphaned | placed wrong |",
        "|---|---|---|---|---|",
    ]
    total: Counter = Counter()
    for correction, counts in by_correction.items():
        total.update(counts)
        rows.append(
            f"| {correction} | {sum(counts.values())} | {counts['right']} | "
            f"{counts['orphaned']} | {counts['wrong']} |"
        )
    rows.append(
        f"| **all** | {sum(total.values())} | {total['right']} | {total['orphaned']} | "
        f"{total['wrong']} |"
    )
    return "\n".join(rows)


if __name__ == "__main__":
    import time

    started = time.perf_counter()
    print(f"{len(annotations())} annotations from {len(bodies())} articles")
    print(table(score()))
    print(f"({time.perf_counter() - started:.1f} s)")
