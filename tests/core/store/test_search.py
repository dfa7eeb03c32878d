"""Search from one character up, confirmed in the text, with a snippet around the hit."""

from __future__ import annotations

import pytest

from desktop.core.library import Library
from desktop.core.store import search
from desktop.core.text.search_terms import grams, match_expression


@pytest.fixture
def filled(library, samples):
    library.import_paths([samples / "kaifaqu-bulletin-2020-07.txt", samples / "xinwenlianbo"])
    return library


def _expected_items(library, needle):
    rows = library.db.execute("SELECT id, kicker, headline, subhead, body FROM items").fetchall()
    return {
        row[0]
        for row in rows
        if any(needle.casefold() in (part or "").casefold() for part in row[1:])
    }


@pytest.mark.parametrize(
    "query",
    ["安", "安全", "三管三必须", "党政同责、一岗双责", "钉钉子", "臧晓鹏", "ICT", "ict", "习近平"],
)
def test_finds_exactly_the_items_that_contain_the_query(filled, query):
    hits = filled.search(query, limit=1000)
    assert {hit.item_id for hit in hits} == _expected_items(filled, query)
    assert hits, query
    for hit in hits:
        assert query.casefold() in hit.snippet.casefold()


def test_two_character_word_is_found_where_trigram_search_finds_nothing(filled):
    hits = filled.search("安全", limit=1000)
    assert len(hits) >= 5
    assert any(hit.headline == "坚决打赢安全生产专项整治攻坚战" for hit in hits)


def test_no_match_across_punctuation(filled):
    # 成效”“两个 — the characters 效 and 两 are never adjacent in the text
    assert filled.search("效两") == []


def test_query_without_searchable_characters_finds_nothing(filled):
    assert filled.search("。，") == []
    assert filled.search("   ") == []


def test_headline_is_searchable(filled):
    hits = filled.search("攻坚战")
    assert hits[0].headline == "坚决打赢安全生产专项整治攻坚战"


def test_gram_encoding():
    assert grams("安全生产。ICT") == "安全 全生 生产 产 ic ct t"
    # full-width letters and digits fold; full-width punctuation separates as ASCII punctuation does
    assert grams("ＩＣＴ（２５）＿") == grams("ICT(25)_") == "ic ct t 25 5"
    assert grams("安全，生产\u3000Ｘ") == "安全 全 生产 产 x"
    assert match_expression("安") == '"安"*'
    assert match_expression("三管三必须") == '"三管 管三 三必 必须"'


def test_full_width_digits_and_letters_find_their_ascii_forms(filled):
    assert {h.item_id for h in filled.search("２０２４全国春运")} == {
        h.item_id for h in filled.search("2024全国春运")
    }
    assert (
        filled.search("ｉｃｔ")
        and filled.search("ｉｃｔ")[0].item_id == filled.search("ICT")[0].item_id
    )


def _hash_size(library) -> int | None:
    return library.db.one("SELECT v FROM item_grams_config WHERE k = 'hashsize'")


def test_an_import_lets_the_index_hold_a_batch_whole_with_the_same_answers(
    tmp_path, samples, monkeypatch
):
    """The first import sets the index to hold 8 MB of new entries before writing a segment
    (store/search.py); a library whose index writes at FTS5's default 1 MB gives the same answers."""
    queries = ("安", "发展", "高质量发展", "习近平", "2024", "10", "ICT", "三管三必须")
    held = Library.open(tmp_path / "held.sqlite3")
    assert _hash_size(held) is None  # a new library: not until something is imported
    held.import_paths([samples / "xinwenlianbo", samples / "kaifaqu-bulletin-2020-07.txt"])
    assert _hash_size(held) == 8 * 1024 * 1024
    monkeypatch.setattr(search, "hold_batches_whole", lambda db: None)
    default = Library.open(tmp_path / "default.sqlite3")
    default.import_paths([samples / "xinwenlianbo", samples / "kaifaqu-bulletin-2020-07.txt"])
    try:
        assert _hash_size(default) is None
        for library in (held, default):
            library.db.execute("INSERT INTO item_grams(item_grams) VALUES ('integrity-check')")
        answers = {query: held.search(query, limit=1000) for query in queries}
        assert all(answers.values())
        assert answers == {query: default.search(query, limit=1000) for query in queries}
    finally:
        held.close()
        default.close()
