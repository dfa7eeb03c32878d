"""The content key stays what it was when it first named articles in exchanged files."""

from __future__ import annotations

import hashlib
import re
import sys

from desktop.core.exchange import keys

# the key as first defined: every full-width ！…～ translated, then every \s taken out
_FIRST_WIDE = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def _first_folded(text: str | None) -> str:
    return re.sub(r"\s+", "", (text or "").translate(_FIRST_WIDE))


def _first_key(headline: str | None, body: str) -> str:
    digest = hashlib.sha256(f"{_first_folded(headline)}\x1f{_first_folded(body)}".encode())
    return digest.hexdigest()[:32]


def test_every_character_folds_as_it_first_did():
    characters = [chr(code) for code in range(sys.maxunicode + 1) if not 0xD800 <= code < 0xE000]
    changed = [c for c in characters if keys._folded(c) != _first_folded(c)]
    assert not changed, [hex(ord(c)) for c in changed[:20]]
    # and in company: a space kind or a wide character between others
    mixed = "".join(f"甲{c}乙" for c in characters[::97])
    assert keys._folded(mixed) == _first_folded(mixed)


def test_real_articles_keep_their_keys(shared):
    paths = sorted([*shared.rglob("*.md"), *shared.rglob("*.txt")])
    texts = [path.read_bytes().decode("utf-8", errors="replace") for path in paths]
    assert len(texts) > 10
    for text in texts:
        lines = text.splitlines()
        headline, body = (lines[0] if lines else ""), "\n".join(lines[1:])
        assert keys.article_key(headline, body) == _first_key(headline, body)
        assert keys.article_key(None, text) == _first_key(None, text)
    wide = "２０２６年 ＡＢＣ，ｘｙｚ！\u3000第（一）条\t\n　要求"
    assert keys.article_key(wide, wide) == _first_key(wide, wide)
    assert keys.article_key("2026年ABC,xyz!", "第(一)条要求") != keys.article_key("x", "y")


def test_keys_given_before_stay_the_same():
    """Keys as the first definition gave them (a Python whose idea of a space changed would move
    both definitions above together; these would not move)."""
    body = "会议强调，要坚持“三管三必须”。\n２０２６年\u3000ＡＢＣ"
    assert keys.article_key("习近平主持召开会议", body) == "5b998b1dfe60d32789d6993f05797cbc"
    assert keys.article_key(None, "安全生产 责任") == "5bca2a4a3fac0cde44f2d2892055e1ab"
