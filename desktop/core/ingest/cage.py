"""The readers in a cage: a file's format reader runs in a separate process with limits.

python-docx, pypdf, lxml and markdown-it were written for trusted files. A hostile
one (a zip bomb, 200,000 attributes on one element, 50,000 pages) made them take
minutes and gigabytes in the process that holds the library and the window. Here
they run in a worker process that the parent can kill: its address space is
capped (Linux: RLIMIT_AS), and the parent gives each file a wall-clock time
limit (a reader that reports its steps, text recognition page by page, gets more time with
each: `report_progress`). A file over a limit is refused with one line (`Unreadable`); the worker is
killed and replaced after a timeout, a memory error or a crash, so the next file
starts clean.

The worker starts with the first file that needs it (never at window start-up)
and serves every file of an import; it leaves after a while without work, and
whenever its parent goes away. It is started with "spawn", as on Windows and
macOS, so it shares no threads, locks or open library with the parent.
"""

from __future__ import annotations

import atexit
import logging
import multiprocessing
import os
import signal
import sys
import threading
import time
import traceback
import types
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from desktop.core.ingest import limits as limits_module
from desktop.core.ingest import printable
from desktop.core.ingest.blocks import Extracted, Unreadable
from desktop.core.ingest.limits import LIMITS, Limits, MiB

log = logging.getLogger(__name__)

# what the reader has done of a file, as it goes: (pages recognised, pages to recognise)
Progress = Callable[[int, int], None]

IDLE_SECONDS = 30.0  # a worker without work this long leaves; the next file starts another
START_SECONDS = 60.0  # a cold start on a slow disk under a virus scanner can take seconds


class Cage:
    """A reader process, started on demand, used by one thread at a time.

    `read` is one file, there and back. `begin` hands the worker a request and returns at once,
    `end` waits for its answer: an import hands over the next file before it stores the one just
    read, so the worker prepares one file while the library stores another. Only one request is
    out at a time, and it is handed over while the worker waits for it, so neither side ever
    blocks on a full pipe while the other does too."""

    def __init__(self, limits: Limits = LIMITS) -> None:
        self.limits = limits
        self._lock = threading.Lock()
        self._process: Any = None  # multiprocessing's process objects are not typed
        self._conn: Connection | None = None
        self._ready = False  # the worker said it is ready

    @property
    def pid(self) -> int | None:
        """The worker's process id while it runs (for measuring it)."""
        return self._process.pid if self._process is not None else None

    def read(
        self, suffix: str, data: bytes, name: str = "", progress: Progress | None = None
    ) -> Extracted:
        """Run the reader for `suffix` on `data` in the worker. Raises Unreadable.

        `progress(done, total)` hears, on this thread, of each step of a long read that the reader
        reports (the pages of a scanned PDF it recognises): each step also gives the next one
        `Limits.ocr_page_seconds` more time."""
        extracted: Extracted = self.end(self.begin(("read", suffix, data)), name, progress)
        return extracted

    def begin(self, request: tuple[Any, ...]) -> Pending:
        """Hand `request` to the worker (started if need be); `end` (or `abandon`) must follow, on
        this thread, before the next `begin`."""
        self._lock.acquire()
        try:
            return Pending(request, self._send(request))
        except BaseException:
            self._lock.release()
            raise

    def end(self, pending: Pending, name: str = "", progress: Progress | None = None) -> Any:
        """The worker's answer to `pending`. Raises Unreadable."""
        try:
            for _attempt in range(2):
                if pending.started is None:  # the worker had left: another one takes it
                    pending.started = self._send(pending.request)
                    if pending.started is None:
                        continue
                reply = self._wait(pending.started, progress)
                if reply is None:
                    exitcode = self._stop()
                    if exitcode == 0:  # it left idle as the file arrived: not the file's doing
                        pending.started = None
                        continue
                    raise Unreadable("import.damaged", detail=_stopped(exitcode)) from None
                return self._answer(reply, name)
            raise Unreadable("import.damaged", detail="the reader process did not answer")
        except BaseException as exc:  # a Ctrl+C while it reads: it is busy, and is not reused
            if not isinstance(exc, Unreadable):
                self._stop(kill=True)
            raise
        finally:
            self._lock.release()

    def abandon(self, pending: Pending) -> None:
        """Give up a request handed over (the import was stopped): the worker, busy with it, is
        stopped, so a long read does not go on unseen."""
        try:
            self._stop(kill=True)
        finally:
            self._lock.release()

    def close(self) -> None:
        """Stop the worker. One still reading (the program is leaving) is killed: its file fails."""
        if self._lock.acquire(blocking=False):
            try:
                self._stop()
            finally:
                self._lock.release()
        elif (process := self._process) is not None:
            try:
                process.kill()
            except ValueError:  # its thread closed it just now: it is gone already
                pass

    def _send(self, request: tuple[Any, ...]) -> float | None:
        """Hand over `request`; when its time began, or None if the worker had just left."""
        conn = self._started()
        try:
            conn.send(request)
        except OSError:  # it left just now, idle: another one reads this file
            self._stop()
            return None
        return time.monotonic()

    def _wait(self, started: float, progress: Progress | None) -> tuple[Any, ...] | None:
        """The reply to the request handed over at `started`, or None if the worker stopped."""
        conn = self._conn
        assert conn is not None
        budget = self.limits.seconds
        deadline = started + budget
        while True:
            if not conn.poll(max(0.0, deadline - time.monotonic())):
                self._stop(kill=True)
                raise Unreadable("import.timeout", seconds=round(budget))
            try:
                reply: tuple[Any, ...] = conn.recv()
            except (EOFError, OSError):
                return None
            if reply[0] != "progress":
                return reply
            # a step done: the next one has its own time, and the file's first minute stays
            budget = self.limits.ocr_page_seconds
            deadline = max(deadline, time.monotonic() + budget)
            if progress is not None:
                try:
                    progress(reply[1], reply[2])
                except BaseException:  # stopped (cancelled) while it reads: it is not reused
                    self._stop(kill=True)
                    raise

    def _answer(self, reply: tuple[Any, ...], name: str) -> Any:
        kind = reply[0]
        if kind == "ok":
            return reply[1]
        if kind == "refused":
            raise Unreadable(reply[1], **reply[2])
        if kind == "memory":  # what it allocated may stay mapped: the next file gets a new worker
            self._stop(kill=True)
            limit = (reply[1] if len(reply) > 1 else 0) or self.limits.memory
            raise Unreadable("import.out_of_memory", limit=limit // MiB)
        # a reader library failed in a way nobody foresaw: that file fails alone, the details to the log
        log.warning("reading %s failed in the reader process:\n%s", name, reply[2])
        raise Unreadable("import.damaged", detail=printable(reply[1])[:300])

    def launch(self) -> None:
        """Start the worker now, without waiting for it to be ready (its first file waits): the
        readers of an import start side by side."""
        with self._lock:
            if self._process is None or not self._process.is_alive():
                self._launch()

    def _started(self) -> Connection:
        if self._process is None or self._conn is None or not self._process.is_alive():
            self._launch()
        parent = self._conn
        assert parent is not None
        if not self._ready:
            if not parent.poll(START_SECONDS) or not _ready(parent):
                exitcode = self._stop()
                raise Unreadable(
                    "import.os_error", reason=f"no reader process: {_stopped(exitcode)}"
                )
            self._ready = True
        return parent

    def _launch(self) -> None:
        self._stop()
        context = multiprocessing.get_context("spawn")
        parent, child = context.Pipe()
        process = context.Process(
            target=serve, args=(child, self.limits), name="yandu-reader", daemon=True
        )
        try:
            with _main_left_behind():
                process.start()
        except OSError as exc:
            parent.close()
            raise Unreadable("import.os_error", reason=f"no reader process: {exc}") from None
        finally:
            child.close()
        self._process, self._conn = process, parent  # not ready yet: _stop cleared it

    def _stop(self, kill: bool = False) -> int | None:
        """End the worker, if any: killed, or else told to go (its pipe closed); its exit code."""
        process, conn = self._process, self._conn
        self._process = self._conn = None
        self._ready = False
        if conn is not None:
            conn.close()
        if process is None:
            return None
        if not kill:
            process.join(2.0)  # it leaves when its pipe closes, or has just left
        if process.is_alive():
            process.kill()
        process.join()
        exitcode: int | None = process.exitcode
        process.close()
        return exitcode


@contextmanager
def _main_left_behind() -> Iterator[None]:
    """Spawn runs the parent's main script again in the worker, to find what it defines; the worker
    needs none of it (its code is here), and a script without `if __name__ == "__main__"` would
    start a worker of its own there. So the main module is out of sight while the worker starts."""
    main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        sys.modules["__main__"] = main


def _ready(conn: Connection) -> bool:
    try:
        return bool(conn.recv() == "ready")
    except (EOFError, OSError):
        return False


def _stopped(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            return f"the reader process stopped ({signal.Signals(-exitcode).name})"
        except ValueError:
            pass
    return f"the reader process stopped (exit code {exitcode})"


@dataclass
class Pending:
    """A request the worker has (Cage.begin): what it is, and when its time began (None: to send
    again, to a new worker)."""

    request: tuple[Any, ...]
    started: float | None


_default: Cage | None = None
_more: list[Cage] = []  # the other cages of the pool (reader_pool)
_default_lock = threading.Lock()


def read_caged(
    suffix: str, data: bytes, name: str = "", progress: Progress | None = None
) -> Extracted:
    """Read with the process-wide cage, started on first use (`progress`: see Cage.read)."""
    return default_cage().read(suffix, data, name, progress)


def default_cage() -> Cage:
    """The process-wide cage, its worker started on first use."""
    return reader_pool(1)[0]


def reader_pool(count: int) -> list[Cage]:
    """The process-wide cages, the default first, `count` of them (each starts its worker on first
    use and lets it go when idle)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Cage()
            atexit.register(_default.close)
        while len(_more) < count - 1:
            cage = Cage()
            atexit.register(cage.close)
            _more.append(cage)
        return [_default, *_more[: count - 1]]


def reader_pid() -> int | None:
    """The process id of the process-wide cage's worker while it runs (to measure it)."""
    return _default.pid if _default is not None else None


# the worker

_parent: Connection | None = None  # in the reader process: the pipe to its parent
_cap = 0  # in the reader process: its address-space limit now
_retire = False  # in the reader process: leave after this file (its limit was raised)


def report_progress(done: int, total: int) -> None:
    """Tell the parent that `done` of `total` steps of this file are done (in the reader
    process; elsewhere nothing). Each step gives the next `Limits.ocr_page_seconds`."""
    if _parent is not None:
        _parent.send(("progress", done, total))


def allow_memory(limit: int) -> None:
    """Raise this reader process's address-space limit to `limit` for the file it reads (text
    recognition needs more than the parsers: limits.py); the process leaves after that file,
    so the next one starts again with the ordinary limit. Elsewhere nothing."""
    global _retire
    if _parent is not None and limit > _cap:
        _cap_memory(limit)
        _retire = True


def serve(conn: Connection, limits: Limits) -> None:
    """The worker's loop: one file at a time, until idle or orphaned; then it leaves at once.

    A worker holds nothing to save or flush (its output goes nowhere, each file's temporary files
    are gone with its request), so it does not take its interpreter apart module by module on the
    way out: that took 20-30 ms a worker, which an import's end waited for, one worker after the
    other. An error in the loop itself still ends it the usual way, with its exit code."""
    _serve(conn, limits)
    os._exit(0)


def _serve(conn: Connection, limits: Limits) -> None:
    global _parent
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the parent's to handle
    _quiet()
    _cap_memory(limits.memory)
    _stand_back()
    _parent = conn
    limits_module.install(limits)
    limits_module.bound_zip_reads()
    conn.send("ready")
    try:
        while conn.poll(IDLE_SECONDS):
            try:
                request = conn.recv()
            except EOFError:  # the parent is gone
                return
            reply = _run(*request[1:]) if request[0] == "call" else _read(*request[1:])
            del request
            try:
                conn.send(reply)
            except MemoryError:
                conn.send(("memory", _cap))
            if _retire or _resident_memory() > limits.retire:  # what a big file took is kept
                return
    except (BrokenPipeError, ConnectionResetError):
        return  # the parent is gone


# how much the readers stand back for the process that started them (POSIX niceness: 0 is the
# default, 19 the lowest priority); see _stand_back
READER_NICENESS = 5


def _stand_back() -> None:
    """The worker runs at a lower priority than its parent. Where both want the processor, the
    parent (the window, and an import's storing of what the readers prepared) goes first: the
    window stays responsive while a folder is read, and the storing process keeps up with the
    readers rather than being left with files to store after they are done (200 新闻联播
    transcripts on two cores, ten runs each: 1.73 s at the same priority, 1.67 s at 5 or 10; 5,
    because a file's time limit is wall-clock time and a busy computer's other programs must not
    starve a reader into a timeout).
    Windows has no `os.nice`; there the worker runs at its parent's priority."""
    if hasattr(os, "nice"):
        try:
            os.nice(READER_NICENESS)
        except OSError:  # a priority is a preference: the file is read all the same
            pass


def _read(suffix: str, data: bytes) -> tuple[Any, ...]:
    from desktop.core.ingest import READERS

    return _reply(lambda: READERS[suffix](data))


def _run(function: Callable[..., Any], *arguments: Any) -> tuple[Any, ...]:
    """A request `("call", function, *arguments)`: a module-level function (pickled by its name)
    that reads a file and does more with it here (importing.prepare_read)."""
    return _reply(lambda: function(*arguments))


def _reply(work: Callable[[], Any]) -> tuple[Any, ...]:
    from desktop.core.errors import YanduError

    try:
        return ("ok", work())
    except Unreadable as exc:
        return ("refused", exc.code, exc.params)
    except YanduError as exc:  # the file held no text, say
        return ("refused", exc.code, dict(exc.params))
    except MemoryError:
        return ("memory", _cap)
    except RecursionError:  # nesting deeper than any reader walks
        return ("refused", "import.too_complex", {})
    except Exception as exc:
        return ("failed", f"{type(exc).__name__}: {exc}", traceback.format_exc())


def _quiet() -> None:
    """Nothing the readers print reaches the user's terminal: what matters comes back as a reply."""
    import warnings

    warnings.simplefilter("ignore")
    logging.getLogger().addHandler(logging.NullHandler())
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    os.close(devnull)


def _resident_memory() -> int:
    """The memory this process holds now, in bytes; 0 where that is not known (only Linux says
    it cheaply; getrusage's peak is no use: a spawned process inherits its parent's)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _cap_memory(limit: int) -> None:
    global _cap
    try:
        import resource
    except ImportError:  # Windows: the time limit is the only one
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    try:
        resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
        _cap = limit
    except (ValueError, OSError):  # macOS refuses some values (and does not enforce it anyway)
        pass
