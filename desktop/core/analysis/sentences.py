"""Chinese sentences: split after 。！？ (and ! ?); a closing quote or bracket stays with its sentence.

；and ： stay inside. Offsets are code points into the item body; a sentence never
crosses a paragraph (the `\\n` between paragraphs).
"""

from __future__ import annotations

import re

_SENTENCE = re.compile(r"[^\n]*?(?:[。！？!?]+[”’」』）)\"']*|…{1,2}[”’」』]+|$)", re.MULTILINE)


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in `body`, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(body):
        start, end = match.span()
        while start < end and body[start] in " \t\u3000":
            start += 1
        while end > start and body[end - 1] in " \t\u3000":
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
