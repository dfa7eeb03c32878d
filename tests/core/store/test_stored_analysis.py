"""The analysis stored at import, queried across the library, and re-run when the analysis changes."""

from __future__ import annotations

import pytest


@pytest.fixture
def filled(library, samples):
    library.import_paths([samples / "kaifaqu-bulletin-2020-07.txt", samples / "xinwenlianbo"])
    return library


def test_offsets_point_at_the_exact_text(filled):
    for summary in filled.issues():
        issue = filled.issue(summary.id)
        bodies = {item.id: item.body for item in issue.items}
        for directive in filled.directives(summary.id):
            assert bodies[directive.item_id][directive.start : directive.end] == directive.text
            assert directive.text.endswith(("。", "！", "？", "”"))


def test_sample_directives_are_stored_at_import(filled):
    directives = filled.directives(1)
    assert sum(d.kind == "requirement" for d in directives) >= 27
    assert {d.speaker for d in directives} == {"李淑侠", "臧晓鹏"}
    assert any("坚决做到“三管三必须”" in d.text for d in directives)


def test_phrases_recur_across_issues(filled):
    counts = {p.text: p for p in filled.phrases()}
    assert counts["三管三必须"].issues == 2
    assert counts["进"].count == 1
    only_first = {p.text for p in filled.phrases(1)}
    assert "党政同责、一岗双责、齐抓共管、失职追责" in only_first and "牛鼻子" not in only_first


def test_every_directive_of_one_leader_across_the_library(filled):
    li_qiang = filled.speaker_directives("李强")
    assert li_qiang and all(d.speaker == "李强" for d in li_qiang)
    assert {d.issue_id for d in li_qiang} == {2, 3}
    people = {p.name: p for p in filled.people()}
    assert people["李强"].titles[:2] == ("中共中央政治局常委", "国务院总理")
    assert people["臧晓鹏"].titles == ("开发区党工委副书记", "管委会主任")


def test_older_analysis_is_rerun(filled):
    before = [(d.item_id, d.start, d.kind, d.speaker) for d in filled.directives(1)]
    with filled.db.atomic():
        filled.db.execute("DELETE FROM directives")
        filled.db.execute("UPDATE items SET analysis_version = 0")
    assert filled.stale_analysis() == filled.db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    assert (
        filled.reanalyse()
        == filled.stale_analysis() + filled.db.execute("SELECT COUNT(*) FROM items").fetchone()[0]
    )
    assert filled.stale_analysis() == 0
    assert [(d.item_id, d.start, d.kind, d.speaker) for d in filled.directives(1)] == before


def test_corrected_issue_is_reanalysed(library, samples, tmp_path):
    original = samples / "kaifaqu-bulletin-2020-07.txt"
    library.import_file(original)
    corrected = tmp_path / original.name
    corrected.write_text(
        original.read_text(encoding="utf-8").replace(
            "坚决做到“三管三必须”", "坚决做到“四管四必须”"
        ),
        encoding="utf-8",
    )
    library.import_file(corrected)
    texts = {p.text for p in library.phrases()}
    assert "四管四必须" in texts and "三管三必须" not in texts
