"""A folder import: prepared by the reader processes one file ahead, stored in batches.

Each file still stands alone: results in the folder's order, a bad file leaves no
trace, a file that fails to store takes none of its search-index rows with it into
the next issue's ids, a corrected version in the same folder updates the issue it
follows, and nothing is reported imported before another connection can read it.
"""

from __future__ import annotations

import shutil
import sqlite3
import threading
import time

import pytest

from desktop.core import importing
from desktop.core.errors import Problem, YanduError
from desktop.core.store import issues as store_issues
from desktop.core.text.search_terms import match_expression

BULLETIN = "kaifaqu-bulletin-2020-07.txt"
TRANSCRIPT = "xinwenlianbo/20240126.md"


def _folder(tmp_path, samples):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(samples / BULLETIN, folder / "a-bulletin.txt")
    (folder / "b-broken.docx").write_bytes(b"PK\x03\x04 not a zip at all")
    shutil.copy(samples / TRANSCRIPT, folder / "c-transcript.md")
    (folder / "d-photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    shutil.copy(samples / "formats" / "gov-work-report-1964-abstract.txt", folder / "e-report.txt")
    return folder


def test_results_come_in_the_folders_order_and_a_bad_file_leaves_no_trace(
    library, samples, tmp_path
):
    results = library.import_paths([_folder(tmp_path, samples)])
    names = [result.path.rsplit("/", 1)[-1] for result in results]
    assert names == [
        "a-bulletin.txt",
        "b-broken.docx",
        "c-transcript.md",
        "d-photo.png",
        "e-report.txt",
    ]
    assert [result.status for result in results] == [
        "imported",
        "failed",
        "imported",
        "skipped",
        "imported",
    ]
    assert library.counts()[0] == 3
    # every stored issue is in the search index, under its own items
    for result, word in (
        (results[0], "臧晓鹏"),
        (results[2], "中法建交"),
        (results[4], "人民公社"),
    ):
        hits = library.search(word)
        assert hits and {hit.issue_id for hit in hits} == {result.issue_id}


def test_the_same_analysis_as_one_file_at_a_time(library, samples, tmp_path):
    folder = _folder(tmp_path, samples)
    together = library.import_paths([folder])
    from desktop.core.library import Library

    alone = Library.open(tmp_path / "alone.sqlite3")
    try:
        for result in together:
            if result.status != "imported":
                continue
            single = alone.import_file(folder / result.path.rsplit("/", 1)[-1])
            mine = [
                (d.start, d.end, d.kind, d.speaker) for d in library.directives(result.issue_id)
            ]
            theirs = [
                (d.start, d.end, d.kind, d.speaker) for d in alone.directives(single.issue_id)
            ]
            assert mine == theirs and mine
    finally:
        alone.close()


def test_a_file_that_fails_to_store_takes_its_index_rows_with_it(
    library, samples, tmp_path, monkeypatch
):
    folder = _folder(tmp_path, samples)
    attach = store_issues._attach_waiting

    def fail_the_transcript(db, issue_id):  # after its items (and their index rows) went in
        title = db.execute("SELECT title FROM issues WHERE id = ?", [issue_id]).fetchone()[0]
        if "新闻联播" in title:
            raise YanduError(("issue", issue_id), "import.damaged", detail="a test")
        attach(db, issue_id)

    monkeypatch.setattr(store_issues, "_attach_waiting", fail_the_transcript)
    results = library.import_paths([folder])
    assert [result.status for result in results] == [
        "imported",
        "failed",
        "failed",
        "skipped",
        "imported",
    ]
    assert not library.search("中法建交")  # the failed transcript's words are nowhere,
    indexed = library.db.execute(  # not even in the index under ids the next issue took
        "SELECT rowid FROM item_grams WHERE item_grams MATCH ?", [match_expression("中法建交")]
    ).fetchall()
    assert indexed == []
    report = results[4]
    hits = library.search("人民公社")  # the report, stored into the ids the transcript gave back
    assert hits and {hit.issue_id for hit in hits} == {report.issue_id}
    assert all("人民公社" in library.item(hit.item_id).body for hit in hits)


def test_a_corrected_version_in_the_same_folder_updates_the_issue(library, samples, tmp_path):
    folder = tmp_path / "in"
    (folder / "1").mkdir(parents=True)
    (folder / "2").mkdir()
    original = (samples / BULLETIN).read_text(encoding="utf-8")
    (folder / "1" / BULLETIN).write_text(original, encoding="utf-8")
    (folder / "2" / BULLETIN).write_text(
        original.replace("吉家宠物集团", "吉家宠物科技集团"), encoding="utf-8"
    )
    first, second = library.import_paths([folder])
    assert (first.status, second.status) == ("imported", "updated")
    assert second.issue_id == first.issue_id and library.counts() == (1, 3)
    assert library.search("吉家宠物科技集团")
    assert not library.search("吉家宠物集团")


def test_nothing_is_reported_imported_before_others_can_read_it(library, samples, tmp_path):
    folder = _folder(tmp_path, samples)
    seen: list[tuple[str, int]] = []

    def told(result):
        if result.status != "imported":
            return
        other = sqlite3.connect(library.path)
        try:
            (count,) = other.execute(
                "SELECT COUNT(*) FROM items WHERE issue_id = ?", [result.issue_id]
            ).fetchone()
        finally:
            other.close()
        seen.append((result.status, count))

    library.import_paths([folder], on_result=told)
    assert len(seen) == 3 and all(count > 0 for _, count in seen)


def test_stopping_keeps_what_was_stored_and_nothing_after(library, samples, tmp_path):
    folder = _folder(tmp_path, samples)
    results = library.import_paths([folder], cancelled=lambda: library.counts()[0] >= 1)
    assert [result.status for result in results] == ["imported"]
    assert library.counts()[0] == 1


def _transcripts(tmp_path, samples, count):
    folder = tmp_path / "many"
    folder.mkdir()
    for number in range(count):
        shutil.copy(samples / TRANSCRIPT, folder / f"{number:02}.md")
    return importing.collect_files([folder])


def _wait_until(condition, seconds=60.0):
    deadline = time.monotonic() + seconds
    while not condition() and time.monotonic() < deadline:
        time.sleep(0.02)
    return condition()


def test_the_readers_go_on_while_the_library_stores(samples, tmp_path, monkeypatch):
    """While the caller is busy with the first file (storing it, writing a batch's index), the
    readers prepare the rest rather than wait with one file done each."""
    files = _transcripts(tmp_path, samples, 8)
    handed = []
    begin = importing._begin
    monkeypatch.setattr(
        importing,
        "_begin",
        lambda cage, path, problem: handed.append(path) or begin(cage, path, problem),
    )
    prepared = importing.prepared_ahead(files, lambda index: None)
    first_index, first = next(prepared)
    assert first_index == 0 and not isinstance(first, Problem)
    # the caller takes nothing more: every file is still handed out and prepared
    assert _wait_until(lambda: len(handed) == len(files))
    rest = list(prepared)
    assert [index for index, _ in rest] == list(range(1, len(files)))
    assert all(item.issue.items for _, item in rest)


def test_a_reader_done_with_its_file_does_not_wait_for_the_others_long_one(
    samples, tmp_path, monkeypatch
):
    """While one reader is on a long file (a scanned PDF), the other takes file after file; what
    comes back early waits for its turn."""
    if importing.READER_PROCESSES < 2:
        pytest.skip("one reader on a one-core computer: nobody else to wait for")
    files = _transcripts(tmp_path, samples, 6)
    end = importing._end
    given_back: list[str] = []
    the_rest_back = threading.Event()

    def first_is_long(cage, pending, path, pages):
        result = end(cage, pending, path, pages)
        if path.name == "00.md":  # long: done only once the other reader has done all the rest
            the_rest_back.wait(60)
        given_back.append(path.name)
        if len(given_back) == len(files) - 1 and "00.md" not in given_back:
            the_rest_back.set()
        return result

    monkeypatch.setattr(importing, "_end", first_is_long)
    taken = [index for index, _ in importing.prepared_ahead(files, lambda index: None)]
    assert the_rest_back.is_set()  # with one file out per reader in turn, the rest waited for 00
    assert given_back[-1] == "00.md"
    assert taken == list(range(len(files)))


def test_an_error_in_the_readers_thread_reaches_the_caller_in_turn(samples, tmp_path, monkeypatch):
    files = _transcripts(tmp_path, samples, 5)
    begin = importing._begin

    def failing(cage, path, problem):
        if path.name == "03.md":
            raise RuntimeError("the reader's side failed")
        return begin(cage, path, problem)

    monkeypatch.setattr(importing, "_begin", failing)
    taken = []
    with pytest.raises(RuntimeError, match="reader's side failed"):
        for index, _ in importing.prepared_ahead(files, lambda index: None):
            taken.append(index)
    # handing out file 3 failed: the files before it still come through, in order, none after
    assert taken == [0, 1, 2]


def test_readers_that_fail_to_start_unforeseen_fail_the_import_not_hang_it(
    samples, tmp_path, monkeypatch
):
    files = _transcripts(tmp_path, samples, 4)

    def broken(cages):
        raise RuntimeError("no way to start a process here")

    monkeypatch.setattr(importing, "_launch", broken)
    raised = []

    def run():
        try:
            list(importing.prepared_ahead(files, lambda index: None))
        except RuntimeError as exc:
            raised.append(exc)

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(60)
    assert not thread.is_alive(), "the import hung"
    assert [str(exc) for exc in raised] == ["no way to start a process here"]


def test_closing_early_stops_the_readers_thread(samples, tmp_path):
    files = _transcripts(tmp_path, samples, 12)
    prepared = importing.prepared_ahead(files, lambda index: None)
    next(prepared)
    prepared.close()
    assert not [thread for thread in threading.enumerate() if thread.name == "yandu-import-readers"]


def _distinct_transcripts(tmp_path, samples, count):
    """`count` transcripts of other days (copies of one day would be that day's issue again)."""
    folder = tmp_path / "distinct"
    folder.mkdir()
    text = (samples / TRANSCRIPT).read_text(encoding="utf-8")
    for number in range(count):
        day = f"202402{number + 1:02}"
        (folder / f"{day}.md").write_text(
            text.replace("20240126", day).replace("<p>", f"<p>第{number + 1}天。", 1),
            encoding="utf-8",
        )
    return folder


def _told_while_reading(library, folder, monkeypatch):
    """How many files the readers had given back when the import first told of a result, and
    how many the folder holds; with slow readers (each file takes 0.15 s more)."""
    end = importing._end
    given_back = []

    def slow(cage, pending, path, pages):
        time.sleep(0.15)
        result = end(cage, pending, path, pages)
        given_back.append(path)
        return result

    monkeypatch.setattr(importing, "_end", slow)
    first_told = []

    def told(result):
        if not first_told:  # told only once another connection can read it
            other = sqlite3.connect(library.path)
            first_told.append(
                (len(given_back), other.execute("SELECT count(*) FROM issues").fetchone()[0])
            )
            other.close()

    results = library.import_paths([folder], on_result=told)
    assert [result.status for result in results] == ["imported"] * len(results)
    return first_told[0], len(results)


def test_while_the_readers_are_slower_the_library_commits_what_it_holds(
    library, samples, tmp_path, monkeypatch
):
    """Waiting for the next file, the library commits its batch (and writes its index) then,
    not all after the last file: so the first files are told, and readable, while the readers
    still have files to read."""
    monkeypatch.setattr(importing, "BATCH_SECONDS", 1e9)  # only a commit while waiting tells early
    (given_back, readable), count = _told_while_reading(
        library, _distinct_transcripts(tmp_path, samples, 8), monkeypatch
    )
    assert count == 8
    assert given_back < count and readable >= 1


def test_a_batch_younger_than_the_idle_age_waits_for_more(library, samples, tmp_path, monkeypatch):
    monkeypatch.setattr(importing, "BATCH_SECONDS", 1e9)
    monkeypatch.setattr(importing, "IDLE_BATCH_SECONDS", 1e9)
    (given_back, readable), count = _told_while_reading(
        library, _distinct_transcripts(tmp_path, samples, 8), monkeypatch
    )
    assert given_back == count == readable  # one commit, after the last file


def test_stopping_while_a_file_is_read_in_hands_it_to_no_reader(samples, tmp_path, monkeypatch):
    """The caller stops while a reader's thread is still reading its file in (a .doc through
    LibreOffice can take a minute): that file is not then prepared, and stopping does not wait
    for it."""
    files = _transcripts(tmp_path, samples, 6)
    begin = importing._begin
    reading_in = threading.Event()
    go_on = threading.Event()
    prepared_after_stop = []

    def slow_to_read_in(cage, path, problem):
        if path.name == "02.md":
            reading_in.set()
            go_on.wait(30)
        return begin(cage, path, problem)

    end = importing._end

    def noted(cage, pending, path, pages):
        if go_on.is_set():
            prepared_after_stop.append(path.name)
        return end(cage, pending, path, pages)

    monkeypatch.setattr(importing, "_begin", slow_to_read_in)
    monkeypatch.setattr(importing, "_end", noted)
    prepared = importing.prepared_ahead(files, lambda index: None)
    next(prepared)
    assert reading_in.wait(30)
    closing = threading.Thread(target=prepared.close)
    closing.start()
    time.sleep(0.2)  # the caller has stopped; now the file is read in
    go_on.set()
    closing.join(30)
    assert not closing.is_alive()
    assert "02.md" not in prepared_after_stop
