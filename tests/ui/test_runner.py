"""The window's worker (ui/runner.py): jobs held until the window's first paint, then run in order."""

from __future__ import annotations

import threading

import pytest

from desktop.core.library import Library
from desktop.ui.runner import Runner


def _workers() -> set[threading.Thread]:
    return {thread for thread in threading.enumerate() if thread.name.startswith("yandu-worker")}


@pytest.fixture
def library_path(tmp_path, samples):
    path = tmp_path / "library.sqlite3"
    library = Library.open(path)
    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    library.close(backup=False)
    return path


def test_held_jobs_wait_for_the_release_and_then_run_in_order(qtbot, library_path):
    errors: list[BaseException] = []
    before = _workers()
    runner = Runner(library_path, errors.append)
    runner.hold()
    ran: list[str] = []
    runner.submit(lambda library, job: ran.append("check") or library.counts())
    runner.submit(lambda library, job: ran.append("import"))
    qtbot.wait(100)
    assert ran == []  # held: not even the worker's thread has started
    assert _workers() == before
    done: list[object] = []
    runner.submit(lambda library, job: ran.append("third"), done=done.append)
    runner.release()
    qtbot.waitUntil(lambda: bool(done), timeout=10000)
    assert ran == ["check", "import", "third"]
    assert len(_workers() - before) == 1
    runner.shutdown()
    assert _workers() - before == set()
    assert errors == []


def test_shutting_down_runs_what_is_held_first(library_path):
    """A window closed before its first paint still has its check of the library done."""
    runner = Runner(library_path, lambda error: None)
    runner.hold()
    ran: list[tuple[int, int]] = []
    runner.submit(lambda library, job: ran.append(library.counts()))
    runner.shutdown()
    assert len(ran) == 1 and ran[0][0] == 1  # the worker opened the library with its one issue
    with pytest.raises(RuntimeError):
        runner.submit(lambda library, job: None)


def test_waiting_for_the_worker_releases_what_is_held(library_path):
    runner = Runner(library_path, lambda error: None)
    runner.hold()
    ran: list[str] = []
    runner.submit(lambda library, job: ran.append("job"))
    assert runner.wait_idle()
    assert ran == ["job"]
    runner.shutdown()


def test_a_runner_without_a_job_shuts_down_without_starting_a_thread(library_path):
    before = _workers()
    runner = Runner(library_path, lambda error: None)
    runner.shutdown()
    runner.shutdown()  # twice stays harmless
    assert _workers() - before == set()
    assert runner.wait_idle()
