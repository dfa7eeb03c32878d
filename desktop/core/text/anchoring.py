"""Where an annotation sits in an item body: W3C TextQuote + TextPosition selectors, and re-anchoring.

A target is the exact quote, up to 32 characters of prefix and suffix, and the
start/end offsets (code points into the body). When the body changes (a
corrected issue is re-imported), the annotation is placed again:
1. by position, if the quote is still exactly there;
2. by exact quote, the occurrence whose context matches best (nearest the old place on ties);
3. by fuzzy quote with its context (rapidfuzz alignment), if what is found is at least
   75% the same as the quote: a typo fixed inside the quote still finds it.
What cannot be placed is an orphan: kept, with its quote and comment, never dropped.
"""

from __future__ import annotations

from dataclasses import dataclass

CONTEXT = 32
FUZZY_THRESHOLD = 75.0


@dataclass(frozen=True)
class Target:
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


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


def _context_score(body: str, start: int, end: int, target: Target) -> float:
    before = body[max(0, start - len(target.prefix)) : start]
    after = body[end : end + len(target.suffix)]
    from rapidfuzz import fuzz  # only re-anchoring needs it: not loaded when the window starts

    score = 0.0
    if target.prefix:
        score += fuzz.ratio(before, target.prefix)
    if target.suffix:
        score += fuzz.ratio(after, target.suffix)
    return score


def reanchor(body: str, target: Target) -> Target | None:
    """The target placed in a new version of the body, or None (an orphan)."""
    if not target.quote:
        return None
    if body[target.start : target.end] == target.quote:
        return target_for(body, target.start, target.end)
    occurrences = []
    position = body.find(target.quote)
    while position != -1:
        occurrences.append(position)
        position = body.find(target.quote, position + 1)
    if occurrences:
        best = max(
            occurrences,
            key=lambda at: (
                _context_score(body, at, at + len(target.quote), target),
                -abs(at - target.start),
            ),
        )
        return target_for(body, best, best + len(target.quote))
    return _fuzzy(body, target)


def _fuzzy(body: str, target: Target) -> Target | None:
    if not body:
        return None
    from rapidfuzz import fuzz

    window = target.prefix + target.quote + target.suffix
    region = fuzz.partial_ratio_alignment(window, body)
    if region is None:
        return None
    low = max(0, region.dest_start - CONTEXT)
    high = min(len(body), region.dest_end + CONTEXT)
    inside = fuzz.partial_ratio_alignment(target.quote, body[low:high])
    if inside is None:
        return None
    start, end = low + inside.dest_start, low + inside.dest_end
    if end <= start or fuzz.ratio(body[start:end], target.quote) < FUZZY_THRESHOLD:
        return None
    return target_for(body, start, end)
