"""Key phrases: every formulation inside “…” (or 「…」), single characters included (“进”)."""

from __future__ import annotations

import re

_QUOTE = re.compile(r"“([^“”\n]+)”|「([^「」\n]+)」")


def quoted_phrases(body: str) -> list[tuple[int, int, str]]:
    """(start, end, text) of the text inside each pair of quotes, offsets into `body`."""
    out = []
    for match in _QUOTE.finditer(body):
        group = 1 if match.group(1) is not None else 2
        text = match.group(group).strip()
        if text:
            out.append((match.start(group), match.end(group), text))
    return out
