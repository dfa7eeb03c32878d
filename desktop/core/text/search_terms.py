"""Search terms for Chinese from one character up: folding, the index's bigrams, the query, where it occurs.

SQLite's trigram tokenizer cannot match a query shorter than three characters
(安全 finds nothing), and on SQLite 3.40 its LIKE fallback mis-handles Chinese.
So each item is indexed as overlapping character bigrams, plus the last
character of every run: 安全生产 → "安全 全生 生产 产". A query of two or more
characters is the phrase of its bigrams; one character is a prefix query,
served by a one-character prefix index. Hits are then confirmed in the text,
which also gives the snippet.
"""

from __future__ import annotations

import re
import unicodedata
from array import array

_RUN = re.compile(r"[^\W_]+")
# full-width Latin letters and digits fold to ASCII (２５ finds 25, ＡＢＣ finds abc); one character for one
_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}


def fold(text: str, normalise: bool = True) -> str:
    """Case- and width-insensitive form of `text`, with the same length (so offsets still hold).

    Stored text is NFC already (`normalise=False` skips that pass on the indexing path).
    """
    folded = (unicodedata.normalize("NFC", text) if normalise else text).translate(_WIDTH)
    lowered = folded.lower()
    return lowered if len(lowered) == len(folded) else folded


SNIPPET_BEFORE = 24
SNIPPET_AFTER = 56


# the full-width characters that are, or fold to, letters, digits or _ (what runs are made of)
_WIDE_WORD = re.compile("[\uff10-\uff19\uff21-\uff3a\uff3f\uff41-\uff5a]")

# what is not a letter or digit, between runs (the complement of _RUN)
_GAPS = re.compile(r"[\W_]+")
# in _pairs' output: a run's last character's pair (it and the gap), then the pair of the gap and
# the next run's first character, which is no gram
_ACROSS_GAP = re.compile(r"   [^ ] ")
_PIECE = 1 << 20  # characters of runs turned into grams at once (_pairs)
_UNIT = next(code for code in "IL" if array(code).itemsize == 4)  # an array of UTF-32 code units
_SPACE = array(_UNIT, " ".encode("utf-32-le"))  # as bytes: the same on either byte order


def grams(text: str) -> str:
    """What the index holds for `text`: each letter or digit with the one after it, or alone at
    the end of its run (安全生产。ICT → "安全 全生 生产 产 ic ct t")."""
    # Only letters and digits make runs, so full-width punctuation (，。: nearly every text has
    # it) need not be folded here: folding costs a dictionary lookup per character.
    if _WIDE_WORD.search(text):
        folded = fold(text, normalise=False)
    else:
        lowered = text.lower()
        folded = lowered if len(lowered) == len(text) else text  # as fold(): offsets hold
    runs = _GAPS.sub(" ", folded).strip(" ")
    # a long text a piece at a time, each piece ending at a gap (the grams of the runs on either
    # side of a gap are those of each side): the arrays of _pairs take about three times the
    # text's size, which for a whole 50 MB item would be most of a reader's memory
    pieces, start = [], 0
    while len(runs) - start > _PIECE and (end := runs.find(" ", start + _PIECE)) != -1:
        pieces.append(_pairs(runs[start:end]))
        start = end + 1
    pieces.append(_pairs(runs[start:]))
    return " ".join(pieces)


def _pairs(runs: str) -> str:
    """The grams of `runs` (runs of letters and digits, one space between two), at C speed: every
    character and the one after it, written side by side as code points (UTF-32 in an array, each
    pair followed by a space), then the pairs that straddle a gap mended. Per run, with a string
    for every pair, this was the readers' third dearest step (a quarter of a second for 200
    transcripts); this way, 2.5 times faster."""
    if len(runs) < 2:
        return runs
    codes = array(_UNIT)
    codes.frombytes(runs.encode("utf-32-le"))
    count = len(codes) - 1
    pairs = _SPACE * (3 * count)
    pairs[0::3] = codes[:-1]
    pairs[1::3] = codes[1:]
    del codes
    written = pairs.tobytes().decode("utf-32-le")  # "ab b   c cd " for "ab cd"
    del pairs
    return _ACROSS_GAP.sub(" ", written) + runs[-1]


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for a user's query, or None if it has no searchable character."""
    parts = []
    for run in _RUN.findall(fold(query)):
        if len(run) == 1:
            parts.append(f'"{run}"*')
        else:
            parts.append('"' + " ".join(run[i : i + 2] for i in range(len(run) - 1)) + '"')
    return " AND ".join(parts) if parts else None


def item_search_text(
    kicker: str | None, headline: str | None, subhead: str | None, body: str
) -> str:
    return "\n".join(part for part in (kicker, headline, subhead, body) if part)


def snippet(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The text around a hit, and where the hit is in it."""
    left = max(0, start - SNIPPET_BEFORE)
    right = min(len(text), end + SNIPPET_AFTER)
    piece = text[left:right].replace("\n", " ")
    lead = "…" if left else ""
    return (
        lead + piece + ("…" if right < len(text) else ""),
        len(lead) + start - left,
        len(lead) + end - left,
    )


def find_terms(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query occurs in `text`, case- and width-insensitively, as code-point spans.

    Its words as typed (split at spaces) if every one is there; else its runs of letters
    and digits (安全，生产 → 安全 and 生产), as the index splits them. Overlapping spans merge.
    """
    folded = fold(text)
    if len(folded) != len(
        text
    ):  # stored text is NFC already; this guards against the odd exception
        folded = text
    wanted = fold(query)
    for terms in (wanted.split(), _RUN.findall(wanted)):
        spans: list[tuple[int, int]] = []
        for term in terms:
            start = folded.find(term)
            if start == -1:
                spans = []
                break
            while start != -1:
                spans.append((start, start + len(term)))
                start = folded.find(term, start + 1)
        if spans:
            return _merge(spans)
    return []


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
