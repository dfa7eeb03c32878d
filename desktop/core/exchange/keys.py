"""The content key of an article: the same article on every computer, however its file was wrapped.

An article's key is a hash of its headline and body with every kind of space taken out and
full-width letters, digits and punctuation folded to their ASCII forms, so that the same
bulletin imported from a file wrapped at other widths, with other indents or paragraph
breaks, or full-width digits for half-width ones, gets the same key. (Those characters folded
one for one, not NFKC: the same folding where it matters, at a small part of the cost on every
imported article.) It names the article in exchanged files (`urn:yandu:article:KEY`), so a key
once given never changes: tests/core/exchange/test_keys.py holds it to its first definition.
"""

from __future__ import annotations

import hashlib
import re

_WIDE = re.compile("[\uff01-\uff5e]")  # ！…～
_NARROW = {chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}  # to !…~
PREFIX = "urn:yandu:article:"


def _folded(text: str | None) -> str:
    """`text` with its full-width letters, digits and punctuation folded and its spaces taken out.

    (`str.translate` with a table looks every character up, and most of an article's are not in
    it; the pattern finds the few that are, in a third of the time over 200 新闻联播 transcripts.
    `split()` takes out what `\\s` matches: the same test of each character.)"""
    return "".join(_WIDE.sub(_narrow, text or "").split())


def _narrow(found: re.Match[str]) -> str:
    return _NARROW[found.group()]


def article_key(headline: str | None, body: str) -> str:
    digest = hashlib.sha256(f"{_folded(headline)}\x1f{_folded(body)}".encode())
    return digest.hexdigest()[:32]


def article_urn(key: str) -> str:
    return PREFIX + key


def key_of(urn: str) -> str | None:
    """The key an article URN names; None if it is not one."""
    if not urn.startswith(PREFIX):
        return None
    key = urn[len(PREFIX) :]
    return key if re.fullmatch(r"[0-9a-f]{32}", key) else None
