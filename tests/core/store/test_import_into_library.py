"""Importing into the library: one transaction per issue, no duplicates, corrected versions in place."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest

from desktop.core.errors import Invalid, StorageError
from desktop.core.store import issues as store_issues
from tests.conftest import message


def _counts(library):
    db = library.db
    return (
        db.execute("SELECT COUNT(*) FROM issues").fetchone()[0],
        db.execute("SELECT COUNT(*) FROM items").fetchone()[0],
        len(library.search("的")),
    )


def test_stored_issue_reads_back_as_imported(library, samples):
    result = library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    assert result.status == "imported" and result.item_count == 3
    issue = library.issue(result.issue_id)
    assert [item.kind for item in issue.items] == ["article", "caption", "article"]
    assert issue.items[0].headline == "坚决打赢安全生产专项整治攻坚战"
    assert issue.items[0].body == "\n".join(issue.items[0].paragraphs)
    assert library.item(issue.items[2].id).subhead == "臧晓鹏深入东环街道调研经济社会发展情况"


def test_reimporting_the_same_file_does_not_duplicate(library, samples):
    first = library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    again = library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    assert again.status == "unchanged" and again.issue_id == first.issue_id
    assert _counts(library)[:2] == (1, 3)


def test_same_text_in_another_encoding_is_the_same_issue(library, samples, tmp_path):
    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    copy = tmp_path / "copy-in-gbk.txt"
    copy.write_bytes(
        (samples / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8").encode("gbk")
    )
    assert library.import_file(copy).status == "unchanged"


def test_corrected_version_updates_in_place_and_keeps_item_ids(library, samples, tmp_path):
    original = samples / "kaifaqu-bulletin-2020-07.txt"
    first = library.import_file(original)
    old_ids = [item.id for item in library.issue(first.issue_id).items]
    corrected = tmp_path / original.name
    text = original.read_text(encoding="utf-8")
    corrected.write_text(
        text.replace("吉家宠物集团", "吉家宠物科技集团").replace(
            "安全生产指挥调度中心投入运行", "安全生产指挥调度中心正式投入运行"
        ),
        encoding="utf-8",
    )
    result = library.import_file(corrected)
    assert result.status == "updated" and result.issue_id == first.issue_id
    issue = library.issue(first.issue_id)
    assert [item.id for item in issue.items] == old_ids
    assert "吉家宠物科技集团" in issue.items[2].body
    assert len(library.search("吉家宠物科技集团")) == 1
    assert library.search("吉家宠物集团") == []  # the old text left the index
    assert _counts(library)[:2] == (1, 3)


def test_a_story_removed_from_the_corrected_version_goes(library, samples, tmp_path):
    original = samples / "kaifaqu-bulletin-2020-07.txt"
    first = library.import_file(original)
    ids = [item.id for item in library.issue(first.issue_id).items]
    corrected = tmp_path / original.name
    text = original.read_text(encoding="utf-8")
    caption = "江苏中能硅业科技发展有限公司新建成的全国最先进的集生产工艺控制、视频监控、人员定位和应急救援为一体的安全生产指挥调度中心投入运行。\n\n"
    assert caption in text
    corrected.write_text(text.replace(caption, ""), encoding="utf-8")
    library.import_file(corrected)
    assert [item.id for item in library.issue(first.issue_id).items] == [ids[0], ids[2]]
    assert library.search("指挥调度中心") == []


def test_folder_with_good_and_bad_files(library, samples, tmp_path):
    folder = tmp_path / "简报"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder / "good.txt")
    shutil.copy(samples / "xinwenlianbo" / "20240126.md", folder / "good.md")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.docx").write_bytes(os.urandom(2048))
    (folder / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # no bulletin: listed as skipped
    results = library.import_paths([folder])
    by_name = {os.path.basename(r.path): r for r in results}
    assert set(by_name) == {"good.txt", "good.md", "empty.txt", "junk.docx", "photo.jpg"}
    assert by_name["good.txt"].status == by_name["good.md"].status == "imported"
    assert by_name["empty.txt"].failed and by_name["junk.docx"].failed
    assert by_name["photo.jpg"].status == "skipped" and not by_name["photo.jpg"].failed
    sources = {os.path.basename(row[0]) for row in library.db.execute("SELECT source FROM issues")}
    assert sources == {"good.txt", "good.md"}


def test_a_failure_while_storing_leaves_no_trace(library, samples, monkeypatch):
    library.import_file(samples / "xinwenlianbo" / "20240126.md")
    before = _counts(library)
    calls = {"n": 0}
    real_index = store_issues.index_item

    def failing_index(db, item_id, text, precomputed=None):
        calls["n"] += 1
        if calls["n"] == 3:  # the disk fails halfway through the issue
            error = sqlite3.OperationalError("disk I/O error")
            error.sqlite_errorcode, error.sqlite_errorname = 10, "SQLITE_IOERR"
            raise error
        real_index(db, item_id, text, precomputed)

    monkeypatch.setattr(store_issues, "index_item", failing_index)
    with pytest.raises(StorageError) as caught:
        library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    assert caught.value.code == "storage.io" and "check the disk" in message(caught.value)
    assert _counts(library) == before


def test_cancelled_import_stops_between_files(library, samples):
    seen = []
    results = library.import_paths(
        [samples / "kaifaqu-bulletin-2020-07.txt", samples / "xinwenlianbo"],
        progress=lambda done, total, path: seen.append((done, total)),
        cancelled=lambda: len(seen) >= 1,  # cancel pressed while the first file imports
    )
    assert len(results) == 1
    assert seen[0] == (0, 3)


def test_title_and_date_can_be_corrected_and_survive_reimport(library, samples):
    first = library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    library.edit_issue(first.issue_id, title="开发区报 2020年第27期", date="2020-07-20")
    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    issue = library.issue(first.issue_id)
    assert (issue.title, issue.date) == ("开发区报 2020年第27期", "2020-07-20")
    with pytest.raises(Invalid) as refused:
        library.edit_issue(first.issue_id, date="July")
    assert refused.value.code == "issue.bad_date"


def test_issues_are_listed_newest_first_undated_last_in_pages_of_any_size(
    library, samples, tmp_path
):
    """Dated issues newest first (on the same date, the later import first), then the undated
    ones, newest first; read a page at a time from the last one read, the same list."""
    text = (samples / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")
    for number in range(7):  # issues of one text, each told apart by a story of its own
        path = tmp_path / f"期{number}.txt"
        path.write_text(f"{text}\n\n\n\n第{number}号补充通知\n\n会议要求压实责任。\n", "utf-8")
        assert library.import_file(path).status == "imported"
    dates = ["2020-07-01", "2020-07-01", "", "2019-12", "", "2021-01-05", "2020-07-01"]
    for summary, date in zip(library.issues(), dates, strict=True):
        library.edit_issue(summary.id, date=date)
    everything = library.issues()
    dated = sorted((s for s in everything if s.date), key=lambda s: (s.date, s.id), reverse=True)
    undated = sorted((s for s in everything if s.date is None), key=lambda s: s.id, reverse=True)
    assert len(dated) == 5 and len(undated) == 2
    assert everything == dated + undated
    for size in (1, 2, 3, 6, 7, 8):
        paged: list = []
        while True:
            page = library.issues(limit=size, after=paged[-1] if paged else None)
            paged += page
            if len(page) < size:
                break
        assert paged == everything, size
    assert library.issues(limit=0) == []
