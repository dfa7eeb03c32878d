"""jieba's dictionary, looked up word by word: cutting a few characters, a word's part of speech.

The analysis asks jieba about little text: the dozen characters around a line
join (repair.py), the first characters of a sentence (cues.py), a candidate name
(people.py). jieba itself loads its whole dictionary first: 500,000 entries from
its cache (0.5-0.8 s) and, for parts of speech, `jieba.posseg` reads its text
dictionary again and its tagger's tables (0.4 s); and it imports pkg_resources
only to find its own files (0.08 s). That was most of a single file's import.

Here the dictionary is a read-only SQLite file (`dictionary.py`, built once from
jieba's own dict.txt), and before jieba cuts a text the entries it will ask
about are fetched into the plain dictionary jieba's tokenizer uses: exactly the
fragments of that text that start a dictionary word, level by level (one
character, then two where one was a prefix, ...). jieba then segments as it
always does, over entries of its own dictionary, at its usual speed. `tagged`
is `jieba.posseg.cut(text, HMM=False)`, which tags each of those words from the
same dictionary (tests hold both to jieba's own answers).
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from desktop.core.text.dictionary import Dictionary, open_dictionary

_AHEAD = 4  # fragment lengths fetched in one query (see Words._fetch)


class Words:
    """jieba's tokenizer over the dictionary file, fetching entries as texts need them."""

    def __init__(self, dictionary: Dictionary) -> None:
        self.dictionary = dictionary
        self.freq: dict[str, int] = {}  # what jieba's tokenizer sees: entries fetched so far
        self.tags: dict[str, str] = {}
        self._asked: set[str] = set()  # fragments looked up already, found or not
        self._lock = threading.Lock()  # the window's worker and its main thread may both cut
        self._tokenizer = _tokenizer(self.freq, dictionary.total)

    def cut(self, text: str) -> list[str]:
        """`jieba.cut(text, HMM=False)`: the words of `text` by jieba's dictionary alone."""
        with self._lock:
            self._fetch(text)
            return list(self._tokenizer.cut(text, HMM=False))

    def tag(self, word: str) -> str | None:
        """The part of speech jieba's dictionary gives `word` (n, v, nr...), None if it has none."""
        with self._lock:
            if word not in self._asked:
                self._fetch_exact([word])
            return self.tags.get(word)

    def tagged(self, text: str) -> list[tuple[str, str]]:
        """`jieba.posseg.cut(text, HMM=False)` as (word, tag) pairs."""
        out: list[tuple[str, str]] = []
        for block in _HAN_INTERNAL.split(text):
            if not block:
                continue
            if _HAN_INTERNAL.match(block):
                out.extend(self._tagged_block(block))
                continue
            for piece in _SKIP_INTERNAL.split(block):
                if _SKIP_INTERNAL.match(piece):
                    out.append((piece, "x"))
                    continue
                for char in piece:
                    if _NUM.match(char):
                        out.append((char, "m"))
                    elif _ENG.match(piece):
                        out.append((char, "eng"))
                    else:
                        out.append((char, "x"))
        return out

    def _tagged_block(self, block: str) -> list[tuple[str, str]]:
        # posseg's __cut_DAG_NO_HMM: the tokenizer's route, single letters and digits run together
        with self._lock:
            self._fetch(block)
            tokenizer = self._tokenizer
            route: dict[int, tuple[float, int]] = {}
            tokenizer.calc(block, tokenizer.get_DAG(block), route)
            tags = self.tags
        out: list[tuple[str, str]] = []
        at, buffer = 0, ""
        while at < len(block):
            end = route[at][1] + 1
            word = block[at:end]
            if _ENG1.match(word):
                buffer += word
            else:
                if buffer:
                    out.append((buffer, "eng"))
                    buffer = ""
                out.append((word, tags.get(word, "x")))
            at = end
        if buffer:
            out.append((buffer, "eng"))
        return out

    def _fetch(self, text: str) -> None:
        """Make `self.freq` hold every entry jieba looks up to cut `text`: for each position, the
        fragments from it that are entries (words or their prefixes), and the first that is not.
        Fragments of up to `_AHEAD` characters are asked for at once (most words are that short,
        and one query is dearer than a few more fragments in it); longer ones where a fragment
        one shorter is an entry."""
        asked, freq, size = self._asked, self.freq, len(text)
        fragments = {
            text[at : at + length]
            for length in range(1, min(_AHEAD, size) + 1)
            for at in range(size - length + 1)
        }
        fragments -= asked
        if fragments:
            self._fetch_exact(fragments)
        for length in range(_AHEAD + 1, size + 1):
            fragments = {
                text[at : at + length]
                for at in range(size - length + 1)
                if text[at : at + length - 1] in freq
            }
            if not fragments:
                return
            fragments -= asked
            if fragments:
                self._fetch_exact(fragments)

    def _fetch_exact(self, fragments: Collection[str]) -> None:
        found = self.dictionary.lookup(fragments)
        self._asked.update(fragments)
        for word, (frequency, tag) in found.items():
            self.freq[word] = frequency
            if tag is not None:
                self.tags[word] = tag


def _tokenizer(freq: dict[str, int], total: int) -> Any:
    """A jieba Tokenizer whose dictionary is `freq` (jieba never loads its own)."""
    jieba = _jieba()
    tokenizer = jieba.Tokenizer()
    tokenizer.FREQ = freq
    tokenizer.total = total
    tokenizer.initialized = True
    return tokenizer


def _jieba() -> Any:
    """`import jieba`, without the pkg_resources it imports only to open its own dictionary file
    (which Yandu reads from its dictionary file instead): 0.03 s instead of 0.11."""
    if "jieba" in sys.modules or "pkg_resources" in sys.modules:
        import jieba
    else:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import raises ImportError
        try:
            import jieba
        finally:
            if sys.modules.get("pkg_resources", ...) is None:
                del sys.modules["pkg_resources"]
    import logging

    jieba.setLogLevel(logging.CRITICAL)
    return jieba


# jieba.posseg's own patterns, for `tagged` (importing jieba.posseg loads its tagger: 0.2 s)
_HAN_INTERNAL = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._]+)")
_SKIP_INTERNAL = re.compile("(\r\n|\\s)")
_ENG = re.compile("[a-zA-Z0-9]+")
_NUM = re.compile("[\\.0-9]+")
_ENG1 = re.compile("^[a-zA-Z0-9]$", re.U)


@lru_cache(maxsize=1)
def words() -> Words:
    """The process's Words, on the dictionary file (built on first use: dictionary.py)."""
    return Words(open_dictionary())


def cut(text: str) -> list[str]:
    return words().cut(text)


def tag(word: str) -> str | None:
    return words().tag(word)


def tagged(text: str) -> list[tuple[str, str]]:
    return words().tagged(text)
