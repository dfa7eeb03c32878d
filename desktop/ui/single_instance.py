"""One window per library: starting Yandu again hands the files to the window already open.

The first window on a library listens on a local socket (a Unix socket in the user's runtime
folder, a named pipe on Windows) whose name comes from the user and the library's resolved path,
so each library has its own window. A later start connects, sends one message (JSON on one line:
the absolute paths to import), waits for the window's acknowledgement and exits; the window comes
to the front and imports the files as 文件 → 导入文件 does.

If nobody answers, the socket is left from a window that crashed: it is removed and this start
becomes the window. Screenshot runs never take part.
"""

from __future__ import annotations

import enum
import getpass
import hashlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

PROTOCOL = 1
CONNECT_MS = 1000  # a window that is there accepts at once: this only bounds a wedged system
ANSWER_MS = 4000  # the window answers from its event loop; a dialog's own loop answers as well
MAX_MESSAGE = 1 << 20  # bytes: a megabyte of paths is thousands of files; more is not a request
# passed on so the window may come to the front: a Wayland compositor lets a window raise itself
# only with the token the launcher gave the program the user started (Qt reads it when activating)
ACTIVATION = ("XDG_ACTIVATION_TOKEN",)


class Outcome(enum.Enum):
    HANDED_OVER = "handed over"  # the window has the request: this start is done
    NOBODY = "nobody"  # no window listens on this library
    NO_ANSWER = "no answer"  # a window took the connection but did not acknowledge in time


@dataclass(frozen=True)
class Request:
    """What a later start asks of the window: come to the front, import these files, open an item."""

    files: tuple[Path, ...] = ()
    item_id: int | None = None
    activation: dict[str, str] = field(default_factory=dict)

    def encode(self) -> bytes:
        message = {
            "yandu": PROTOCOL,
            "files": [str(path) for path in self.files],
            "item": self.item_id,
            "activation": self.activation,
        }
        return json.dumps(message, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> Request:
        """The request in one line of JSON; ValueError when it is not one."""
        message = json.loads(line.decode("utf-8"))
        if not isinstance(message, dict) or message.get("yandu") != PROTOCOL:
            raise ValueError("not a Yandu request")
        files = message.get("files") or []
        if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
            raise ValueError("files must be a list of paths")
        # a relative path would be read against this process's folder, not the sender's
        paths = tuple(Path(f) for f in files if os.path.isabs(f))
        item = message.get("item")
        activation = message.get("activation") or {}
        if not isinstance(activation, dict):
            activation = {}
        return cls(
            files=paths,
            item_id=item if isinstance(item, int) and not isinstance(item, bool) else None,
            activation={
                key: value
                for key, value in activation.items()
                if key in ACTIVATION and isinstance(value, str)
            },
        )

    def apply_activation(self) -> None:
        """Put the sender's activation token where Qt looks for it when the window is activated."""
        for key, value in self.activation.items():
            os.environ[key] = value


def request(files: Sequence[Path | str] = (), item_id: int | None = None) -> Request:
    """This start's request: the files made absolute against the current folder."""
    return Request(
        files=tuple(Path(os.path.abspath(os.fspath(f))) for f in files),
        item_id=item_id,
        activation={key: os.environ[key] for key in ACTIVATION if os.environ.get(key)},
    )


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name anywhere (a container without a passwd entry)
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def server_name(library: Path) -> str:
    """The socket of the window on `library`: one per user and library file.

    In the user's runtime folder where there is one (only the user can enter it), else a plain
    name Qt places in the temporary folder (a named pipe on Windows)."""
    resolved = os.path.normcase(str(Path(library).expanduser().resolve()))
    key = f"{_user()}\0{resolved}".encode("utf-8", "surrogateescape")
    name = "yandu-" + hashlib.sha256(key).hexdigest()[:24]
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if sys.platform != "win32" and runtime and os.path.isdir(runtime):
        candidate = os.path.join(runtime, name)
        if len(os.fsencode(candidate)) < 100:  # sun_path holds 108 bytes
            return candidate
    return name


def hand_over(name: str, wanted: Request, answer_ms: int = ANSWER_MS) -> Outcome:
    """Give `wanted` to the window listening on `name`. Needs no QApplication."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(CONNECT_MS):
        return Outcome.NOBODY  # no socket, or one left by a window that crashed
    socket.write(wanted.encode())
    deadline = time.monotonic() + answer_ms / 1000
    reply = b""
    try:
        if not socket.waitForBytesWritten(answer_ms):
            return Outcome.NO_ANSWER
        while b"\n" not in reply:
            left = int((deadline - time.monotonic()) * 1000)
            ready = left > 0 and socket.waitForReadyRead(left)
            reply += bytes(socket.readAll().data())
            if not ready and b"\n" not in reply:
                return Outcome.NO_ANSWER
    finally:
        socket.abort()
    try:
        answer = json.loads(reply.split(b"\n", 1)[0].decode("utf-8"))
    except ValueError:
        return Outcome.NO_ANSWER
    return (
        Outcome.HANDED_OVER if isinstance(answer, dict) and answer.get("ok") else Outcome.NO_ANSWER
    )


class InstanceServer(QObject):
    """The window's side: answers later starts and passes their requests to `handler`.

    Requests that arrive before a handler is set (the library is still opening) wait for it."""

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        self._handler: Callable[[Request], None] | None = None
        self._waiting: list[Request] = []
        self._open: set[QLocalSocket] = set()

    def listen(self) -> bool:
        if self._server.listen(self.name):
            return True
        log.debug("cannot listen on %s: %s", self.name, self._server.errorString())
        return False

    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        self._server.close()
        for socket in list(self._open):
            socket.abort()
        self._open.clear()

    def set_handler(self, handler: Callable[[Request], None] | None) -> None:
        """Who takes the requests; None: they wait for the next handler."""
        self._handler = handler
        if handler is None:
            return
        waiting, self._waiting = self._waiting, []
        for wanted in waiting:
            handler(wanted)

    def _accept(self) -> None:
        while True:
            socket = self._server.nextPendingConnection()
            if socket is None:
                return
            self._open.add(socket)
            buffer = bytearray()
            socket.readyRead.connect(lambda s=socket, b=buffer: self._read(s, b))
            # (emitted again while the socket is destroyed: the lambda touches only the set)
            socket.disconnected.connect(lambda s=socket: self._open.discard(s))
            socket.disconnected.connect(socket.deleteLater)
            # a connection that never finishes its line is dropped
            QTimer.singleShot(ANSWER_MS * 2, socket, socket.abort)
            if socket.bytesAvailable():
                self._read(socket, buffer)

    def _read(self, socket: QLocalSocket, buffer: bytearray) -> None:
        buffer += bytes(socket.readAll().data())
        if b"\n" not in buffer:
            if len(buffer) > MAX_MESSAGE:
                socket.abort()
            return
        line = bytes(buffer).split(b"\n", 1)[0]
        buffer.clear()
        try:
            wanted = Request.decode(line)
        except ValueError as exc:
            log.warning("a request to the window was not understood: %s", exc)
            socket.write(b'{"ok": false}\n')
            socket.flush()
            socket.disconnectFromServer()
            return
        socket.write(b'{"ok": true}\n')  # answered first: the sender exits while the window works
        socket.flush()
        socket.disconnectFromServer()
        if self._handler is None:
            self._waiting.append(wanted)
        else:
            self._handler(wanted)


def serve(name: str, wanted: Request) -> InstanceServer | Outcome | None:
    """Become the window on this library, unless one answers after all. Call after `hand_over`
    found nobody, with the QApplication made: the server's socket needs its event loop.

    Returns the listening server; or the outcome of handing over to a window that started
    in between; or None when no socket can be had (the window opens anyway, on its own)."""
    server = InstanceServer(name)
    if server.listen():
        return server
    outcome = hand_over(name, wanted)  # the name is taken: by a window that has just started?
    if outcome is not Outcome.NOBODY:
        return outcome
    QLocalServer.removeServer(name)  # left by a window that crashed: nobody answers on it
    if server.listen():
        return server
    log.warning("one window per library is not kept: cannot listen on %s", name)
    return None
