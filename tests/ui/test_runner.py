"""The window's worker (ui/runner.py): its thread starts with the first job, not with the window."""

from __future__ import annotations

import threading

import pytest

from desktop.core.library import Library
from desktop.ui.runner import Runner

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def _workers() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("yandu-worker")]


@pytest.fixture
def library_path(tmp_path, samples):
    path = tmp_path / "library.sqlite3"
    library = Library.open(path)
    library.import_file(samples / KAIFAQU)
    counts = library.counts()
    library.close(backup=False)
    return path, counts


def test_the_thread_starts_with_the_first_job_and_stops_at_shutdown(qtbot, library_path):
    library_path, counts = library_path
    errors: list[BaseException] = []
    before = _workers()
    runner = Runner(library_path, errors.append)
    assert _workers() == before  # made with the window, the worker waits for work
    assert runner.wait_idle()  # nothing to wait for
    answers: list[tuple[int, int]] = []
    runner.submit(lambda library, job: library.counts(), done=answers.append)
    qtbot.waitUntil(lambda: bool(answers), timeout=10000)
    assert answers == [counts]  # the worker read the library on its own connection
    assert len(_workers()) == len(before) + 1
    runner.shutdown()
    assert _workers() == before
    assert errors == []
    with pytest.raises(RuntimeError):
        runner.submit(lambda library, job: None)


def test_a_runner_without_a_job_shuts_down_without_starting_a_thread(library_path):
    library_path, _ = library_path
    before = _workers()
    runner = Runner(library_path, lambda error: None)
    runner.shutdown()
    runner.shutdown()  # twice stays harmless
    assert _workers() == before
    assert runner.wait_idle()
