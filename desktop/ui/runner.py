"""One worker thread for the window's slow work, as Anki's taskman: submit a call, hear back on the main thread.

`runner.submit(work, done=…, failed=…, progress=…)` runs `work(library, job)` on
the worker, with the worker's own `Library` (a connection belongs to the thread
that opened it; SQLite's WAL lets the window keep reading meanwhile). The result,
the error and each progress report come back on the main thread, where widgets
may be touched. Jobs run one at a time, in order. `job.cancelled()` is read by
the work between steps; `job.report(done, total, text)` reports progress.

An error without a `failed` handler goes to the window's error reporter
(ui/errors.py), so no error of the worker ends up only on stderr.

`coalesce`: a job given a key replaces a job with the same key that has not
started yet (each keystroke of a reflection saves the whole text: only the
latest matters).

`hold()` keeps the jobs submitted after it until `release()`: the window queues
its check of the library (and the files it was given) before its first paint,
and the thread, with concurrent.futures, starts after it. Shutting down or
waiting releases what is held first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal

from desktop.core.library import Library

if TYPE_CHECKING:  # loaded with the first job that runs (the window's: after its first paint)
    from concurrent.futures import Future, ThreadPoolExecutor

Work = Callable[[Library, "Job"], Any]
Plan = tuple[Work, Callable[[Any], None] | None, Callable[[BaseException], None] | None]


class Job:
    """A submitted piece of work: cancel it, or hear how far it got."""

    def __init__(self, runner: Runner, progress: Callable[..., None] | None) -> None:
        self._runner = runner
        self._progress = progress
        self._cancel = threading.Event()
        self.finished = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def report(self, done: int, total: int, text: str = "", *more: object) -> None:
        """Called by the work on the worker thread; the progress handler hears it on the main
        thread (with anything more the work reports, such as the pages of a scanned file)."""
        if self._progress is not None:
            handler = self._progress
            self._runner.on_main(lambda: handler(done, total, text, *more))


class Runner(QObject):
    _deliver = Signal(object)

    def __init__(
        self, library_path: Path, report_error: Callable[[BaseException], None], parent=None
    ):
        super().__init__(parent)
        self.library_path = library_path
        self._report_error = report_error
        self._executor: ThreadPoolExecutor | None = None  # made for the first job that runs
        self._held: list[tuple[Plan, Job, object | None]] | None = None  # hold() to release()
        self._library: Library | None = None  # the worker's own, opened on its first job
        self._latest: dict[object, Plan] = {}
        self._lock = threading.Lock()
        self._pending = 0
        self._closed = False
        self._deliver.connect(self._run_on_main, Qt.ConnectionType.QueuedConnection)

    # the main thread

    def submit(
        self,
        work: Work,
        done: Callable[[Any], None] | None = None,
        failed: Callable[[BaseException], None] | None = None,
        progress: Callable[..., None] | None = None,
        coalesce: object | None = None,
    ) -> Job:
        job = Job(self, progress)
        if self._closed:
            raise RuntimeError("the worker has been shut down")
        plan = (work, done, failed)
        if coalesce is not None:
            with self._lock:
                waiting = coalesce in self._latest
                self._latest[coalesce] = plan
            if waiting:  # the job queued with this key will run this work, and these handlers
                return job
        self._pending += 1
        if self._held is not None:
            self._held.append((plan, job, coalesce))
        else:
            self._start(plan, job, coalesce)
        return job

    def hold(self) -> None:
        """Jobs submitted from now on wait, in order, until `release()`: the window queues its
        first ones before its first paint and starts the worker's thread after it."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """The held jobs start, in the order they came."""
        held, self._held = self._held, None
        for plan, job, coalesce in held or ():
            self._start(plan, job, coalesce)

    @property
    def closed(self) -> bool:
        """Shut down: it takes no more work."""
        return self._closed

    def busy(self) -> bool:
        return self._pending > 0

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every job submitted so far has run (for closing and for tests)."""
        self.release()  # work waited for is work wanted now
        if self._closed or self._executor is None:
            return True
        marker = self._executor.submit(lambda: None)
        try:
            marker.result(timeout)
        except TimeoutError:
            return False
        return True

    def shutdown(self) -> None:
        """Finish the queued work, close the worker's library, stop the thread."""
        if self._closed:
            return
        self.release()  # held work is queued work: it is done first, as the rest
        self._closed = True
        if self._executor is not None:  # a worker that never had a job has nothing to close
            self._executor.submit(self._close_library)
            self._executor.shutdown(wait=True)

    def _start(self, plan: Plan, job: Job, coalesce: object | None) -> None:
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="yandu-worker")
        future = self._executor.submit(self._run, plan, job, coalesce)
        future.add_done_callback(lambda f: self.on_main(lambda: self._finish(f, job)))

    def on_main(self, call: Callable[[], None]) -> None:
        """Run `call` on the main thread (from any thread)."""
        self._deliver.emit(call)

    def _run_on_main(self, call: Callable[[], None]) -> None:
        call()

    def _finish(self, future: Future, job: Job) -> None:
        self._pending -= 1
        job.finished.set()
        outcome, value, (_, done, failed) = future.result()
        if outcome == "failed":
            (failed or self._report_error)(value)
        elif done is not None:
            done(value)

    # the worker thread

    def _run(self, plan: Plan, job: Job, coalesce: object | None) -> tuple[str, Any, Plan]:
        """("done", result, plan) or ("failed", error, plan); a coalesced job runs the latest plan."""
        if coalesce is not None:
            with self._lock:
                plan = self._latest.pop(coalesce, plan)
        try:
            if self._library is None:
                self._library = Library.open(self.library_path)
            return "done", plan[0](self._library, job), plan
        except BaseException as error:  # noqa: BLE001 - handed to the main thread, not lost
            return "failed", error, plan

    def _close_library(self) -> None:
        if self._library is not None:
            self._library.close()
            self._library = None
