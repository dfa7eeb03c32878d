"""Chinese sentences: split after 。！？ (and ! ?); a closing quote or bracket stays with its sentence.

；and ： stay inside. Offsets are code points into the item body; a sentence never
crosses a paragraph (the `\\n` between paragraphs).
"""

from __future__ import annotations

import re

_SPACE = " \t\u3000"
# leading spaces, then (group 1) a run of anything but a line break or an end mark — an ellipsis
# is an end mark only before a closing quote (……”) — and the end mark with its closing quotes.
# Written as runs of what is not an end mark rather than as a lazy `.*?`, which tries every
# end mark at every character (two and a half times slower).
_SENTENCE = re.compile(
    r"[ \t\u3000]*((?:[^\n。！？!?…]+|…(?!…?[”’」』]))*(?:[。！？!?]+[”’」』）)\"']*|…{1,2}[”’」』]+)?)"
)


def split_sentences(body: str) -> list[tuple[int, int]]:
    """Spans (start, end) of the sentences in `body`, without surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    for match in _SENTENCE.finditer(body):
        start, end = match.span(1)
        while end > start and body[end - 1] in _SPACE:  # a line that ends without an end mark
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans
