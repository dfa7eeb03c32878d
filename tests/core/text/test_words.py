"""jieba's dictionary looked up word by word (text/words.py) answers as jieba itself does.

The analysis cuts short windows of real text (line joins, sentence starts, names)
and asks for parts of speech; here every such window of the samples and the
corpus, and thousands of others, are cut both ways: by jieba with its whole
dictionary loaded, and by Yandu's lookups of the dictionary file.
"""

from __future__ import annotations

import os
import random
import sqlite3

import pytest

from desktop.core.text import dictionary
from desktop.core.text.words import Words


@pytest.fixture(scope="module")
def jieba_itself():
    import jieba
    import jieba.posseg

    jieba.setLogLevel(60)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = None
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    return tokenizer, tagger


def _texts(shared) -> list[str]:
    paths = sorted((shared / "samples").rglob("*.txt")) + sorted((shared / "samples").rglob("*.md"))
    paths += sorted((shared / "corpus").rglob("*.txt")) + sorted((shared / "corpus").rglob("*.md"))
    return [path.read_text(encoding="utf-8") for path in paths]


def test_cuts_and_tags_as_jieba_does(shared, jieba_itself):
    tokenizer, tagger = jieba_itself
    words = Words(dictionary.open_dictionary())
    rng = random.Random(20261207)
    windows = 0
    for text in _texts(shared):
        for _ in range(400):
            at = rng.randrange(len(text))
            window = text[at : at + rng.randint(1, 16)]
            assert words.cut(window) == list(tokenizer.cut(window, HMM=False)), window
            assert words.tagged(window) == [
                (pair.word, pair.flag) for pair in tagger.cut(window, HMM=False)
            ], window
            for word in words.cut(window):
                assert words.tag(word) == tagger.word_tag_tab.get(word), word
            windows += 1
    assert windows >= 4000
    # what the analysis asks about: names and the words before titles
    for candidate in (
        "习近平",
        "李淑侠",
        "应当",
        "重点",
        "批判",
        "莫茨费尔特",
        "斯里兰卡",
        "周恩来",
    ):
        assert words.tag(candidate) == tagger.word_tag_tab.get(candidate)


def test_a_stale_dictionary_file_is_built_again(tmp_path):
    small = tmp_path / "dict.txt"
    small.write_text("研读 5 v\n研读会 3 n\n学习 10 v\n", encoding="utf-8")
    target = tmp_path / "words.sqlite3"
    dictionary.build(small, target)
    opened = dictionary._open(target, dictionary._stamp(small))
    assert opened is not None and opened.total == 18
    assert opened.lookup(["研读", "研读会", "研", "研读会议"]) == {
        "研读": (5, "v"),
        "研读会": (3, "n"),
        "研": (0, None),  # a prefix only
    }
    opened.conn.close()
    small.write_text("研读 7 v\n", encoding="utf-8")
    os.utime(small, ns=(1, 1))
    assert dictionary._open(target, dictionary._stamp(small)) is None  # built from another file
    # no half-written file is ever left where a reader looks
    assert {path.name for path in tmp_path.iterdir()} == {"dict.txt", "words.sqlite3"}


def test_the_file_in_the_cache_folder_is_made_once_and_reused(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = dictionary.open_dictionary()
    made = tmp_path / "Yandu" / dictionary.FILE_NAME
    assert made.is_file() and first.lookup(["中国"])["中国"][0] > 0
    stamp = made.stat().st_mtime_ns
    again = dictionary.open_dictionary()
    assert made.stat().st_mtime_ns == stamp and again.total == first.total
    with sqlite3.connect(made) as conn:  # a damaged or foreign file is built again
        conn.execute("UPDATE meta SET value = 'old' WHERE key = 'format'")
    rebuilt = dictionary.open_dictionary()
    assert rebuilt.total == first.total and made.stat().st_mtime_ns != stamp
