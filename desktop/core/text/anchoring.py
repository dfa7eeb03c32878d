"""Where an annotation sits in an item body: W3C TextQuote + TextPosition selectors, and re-anchoring.

A target is the exact quote, up to 32 characters of prefix and suffix, and the
start/end offsets (code points into the body). When the body changes (a
corrected issue is re-imported), the annotation is placed again, and would
rather be an orphan than sit on the wrong words:

1. EXACT: the quote is still at its offsets and the text around it agrees;
2. MOVED: the quote elsewhere, the occurrence whose context agrees best;
3. FUZZY: the old prefix + quote + suffix aligned with the new text (rapidfuzz,
   longest common subsequence), the new quote being what aligns between the old
   prefix and the old suffix, so words inserted or deleted inside it are inside it
   still; it must be at least 75% the old quote. A member confirms such a placement.

Away from its offsets, a candidate is taken only if the text around it agrees
with the old context, and the caller may refuse it (`allowed`: it falls in
another speaker's words). What cannot be placed is an orphan: kept, with its
quote and comment, never dropped, never guessed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

CONTEXT = 32
# how alike a new quote must be to the old one (0-100)
FUZZY_THRESHOLD = 75.0
# how alike the text around a candidate must be to the text around the old place (0-100)
CONTEXT_THRESHOLD = 70.0
# a quote this long, once in the old text and once in the new, is the same words wherever they went
UNIQUE_LENGTH = 8
_SPACE = " \t\u3000\n"

EXACT, MOVED, FUZZY, ORPHAN = "exact", "moved", "fuzzy", "orphan"


@dataclass(frozen=True)
class Target:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


@dataclass(frozen=True)
class Placement:
    """Where the annotation went (None: an orphan) and how (EXACT, MOVED, FUZZY or ORPHAN)."""

    target: Target | None
    how: str


Allowed = Callable[[int, int], bool]


def target_for(body: str, start: int, end: int) -> Target:
    if not (0 <= start < end <= len(body)):
        raise ValueError(f"span {start}-{end} is outside the text (0-{len(body)})")
    return Target(
        body[start:end],
        body[max(0, start - CONTEXT) : start],
        body[end : end + CONTEXT],
        start,
        end,
    )


def find_quote(body: str, quote: str, occurrence: int = 1) -> Target | None:
    """The n-th exact occurrence of `quote` in `body`, as a target."""
    position = -1
    for _ in range(max(1, occurrence)):
        position = body.find(quote, position + 1)
        if position == -1:
            return None
    return target_for(body, position, position + len(quote))


def context_score(body: str, start: int, end: int, target: Target, both: bool = False) -> float:
    """How alike the text around start-end is to the target's prefix and suffix (0-100): the
    better side, or with `both` the worse.

    For the same words one side may change (a sentence inserted just before the quote) and
    the place still be the right one; when both sides changed, these are other words that
    look the same.
    """
    before = body[max(0, start - CONTEXT) : start]
    after = body[end : end + CONTEXT]
    sides = (
        _alike(before[-len(target.prefix) :] if target.prefix else before, target.prefix),
        _alike(after[: len(target.suffix)] if target.suffix else after, target.suffix),
    )
    return min(sides) if both else max(sides)


def _alike(new: str, old: str) -> float:
    """Two stretches of context, 0-100; the start or end of the text agrees with itself."""
    from rapidfuzz import fuzz

    if not old or not new:
        return 100.0 if old == new else 0.0
    return fuzz.ratio(new, old)


def reanchor(
    body: str, target: Target, allowed: Allowed | None = None, once_before: bool = False
) -> Placement:
    """The target placed in a new version of the body, or an orphan.

    `once_before`: the quote occurred once in the old text. Such a quote, at least
    `UNIQUE_LENGTH` long and found once in the new text, is the same words moved even when
    the text around it changed (a paragraph of one sentence moved elsewhere)."""
    if not target.quote or not body:
        return Placement(None, ORPHAN)
    accept = allowed or _anywhere
    at, length = target.start, len(target.quote)
    if body[at : at + length] == target.quote:
        if context_score(body, at, at + length, target) >= CONTEXT_THRESHOLD:
            return Placement(target_for(body, at, at + length), EXACT)
    best = _best_occurrence(body, target, accept)
    if best is None and once_before and length >= UNIQUE_LENGTH and body.count(target.quote) == 1:
        best = body.find(target.quote)
        best = best if accept(best, best + length) else None
    if best is not None:
        return Placement(target_for(body, best, best + length), MOVED)
    span = _aligned(body, target)
    if span is not None and accept(*span):
        return Placement(target_for(body, *span), FUZZY)
    return Placement(None, ORPHAN)


def _anywhere(_start: int, _end: int) -> bool:
    return True


def _best_occurrence(body: str, target: Target, accept: Allowed) -> int | None:
    scored = []
    position = body.find(target.quote)
    while position != -1:
        end = position + len(target.quote)
        score = context_score(body, position, end, target)
        if score >= CONTEXT_THRESHOLD and accept(position, end):
            scored.append((score, -abs(position - target.start), position))
        position = body.find(target.quote, position + 1)
    return max(scored)[2] if scored else None


def _aligned(body: str, target: Target) -> tuple[int, int] | None:
    """The new quote by alignment: the best matching stretch of the body for the old
    prefix + quote + suffix, aligned character by character; the new quote runs from where
    the old prefix ends to where the old suffix starts."""
    from rapidfuzz import fuzz
    from rapidfuzz.distance import Indel

    window = target.prefix + target.quote + target.suffix
    region = fuzz.partial_ratio_alignment(window, body)
    if region is None or region.score < FUZZY_THRESHOLD:
        return None
    slack = len(window) // 2  # insertions make the new stretch longer than the window
    low = max(0, region.dest_start - slack)
    stretch = body[low : min(len(body), region.dest_end + slack)]
    operations = Indel.opcodes(window, stretch)
    quote_from, quote_to = len(target.prefix), len(target.prefix) + len(target.quote)
    start = end = None
    for operation in operations:
        tag, src_start, src_end, dest_start = (
            operation.tag,
            operation.src_start,
            operation.src_end,
            operation.dest_start,
        )
        if tag == "insert":
            continue  # text inserted at a boundary of the quote stays outside it
        if start is None and src_start <= quote_from < src_end:
            start = dest_start + (quote_from - src_start if tag == "equal" else 0)
        if src_start < quote_to <= src_end:
            end = dest_start + (quote_to - src_start if tag == "equal" else 0)
            break
    if start is None or end is None:
        return None
    start, end = low + start, low + end
    while start < end and body[start] in _SPACE:
        start += 1
    while end > start and body[end - 1] in _SPACE:
        end -= 1
    if end <= start or fuzz.ratio(body[start:end], target.quote) < FUZZY_THRESHOLD:
        return None
    if context_score(body, start, end, target, both=True) < CONTEXT_THRESHOLD:
        return None  # changed words need unchanged surroundings: else a look-alike next door
    return start, end


Voice = tuple[int, int, str | None]  # a directive's span and its speaker


def speaker_at(voices: Sequence[Voice], start: int, end: int) -> str | None:
    """The speaker of the directive that holds most of start-end, if any."""
    best, overlap = None, 0
    for voice_start, voice_end, speaker in voices:
        shared = min(end, voice_end) - max(start, voice_start)
        if shared > overlap:
            best, overlap = speaker, shared
    return best


def same_speaker(old: Sequence[Voice], new: Sequence[Voice], target: Target) -> Allowed:
    """Refuses a place in the new text whose speaker is another than the old place's: a note on
    one leader's words never moves onto another's look-alike words."""
    before = speaker_at(old, target.start, target.end)

    def allowed(start: int, end: int) -> bool:
        after = speaker_at(new, start, end)
        return before is None or after is None or after == before

    return allowed
