"""One window per library: a second start of Yandu hands its files to the window already open on
that library and exits; another library gets a window of its own; a screenshot run keeps apart.

The first window runs in this process with its server; the second starts are real processes
(`python -m desktop … gui FILE`, the `yandu-gui` entry point), with their settings, data and
runtime folders in temporary ones so no user state is touched.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from desktop.ui import single_instance
from desktop.ui.single_instance import InstanceServer, Outcome, Request
from tests.conftest import ROOT

DOCX = "formats/xinwenlianbo-20190927.docx"
HTML = "formats/gbk-news-page.html"
PROCESS_MS = 60_000  # a Python start that imports Qt, on a loaded machine


@pytest.fixture
def user_state(monkeypatch, tmp_path):
    """The user's folders, for this process and the ones it starts: temporary ones. The runtime
    folder is short (a socket's path holds 108 bytes) and private, as the login's is."""
    runtime = tempfile.mkdtemp(prefix="yr")
    os.chmod(runtime, 0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        folder = tmp_path / name.lower()
        folder.mkdir()
        monkeypatch.setenv(name, str(folder))
    monkeypatch.delenv("YANDU_DB", raising=False)
    # the window puts a received token into its environment: undone after the test
    monkeypatch.setenv("XDG_ACTIVATION_TOKEN", "")
    monkeypatch.delenv("XDG_ACTIVATION_TOKEN")
    yield Path(runtime)
    shutil.rmtree(runtime, ignore_errors=True)


@pytest.fixture
def first_window(qtbot, library, user_state):
    """A window on `library` with the server `app.run` gives it, wired as `run` wires it."""
    from desktop.ui.app import _received
    from desktop.ui.main_window import MainWindow

    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    served = single_instance.serve(
        single_instance.server_name(library.path), single_instance.request()
    )
    assert isinstance(served, InstanceServer) and served.is_listening()
    requests: list[Request] = []

    def received(wanted: Request) -> None:
        requests.append(wanted)
        _received(win, wanted)

    served.set_handler(received)
    win.requests = requests
    yield win
    served.close()


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, *args],
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def finish(qtbot, process: subprocess.Popen) -> tuple[str, str]:
    """Wait for the process while this one's event loop runs (the window answers from it)."""
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=PROCESS_MS)
    out, err = process.communicate()
    return out.decode("utf-8", "replace"), err.decode("utf-8", "replace")


def test_a_second_start_hands_its_files_to_the_window_and_exits(
    qtbot, first_window, library, samples, tmp_path
):
    win = first_window
    docx = samples / DOCX
    win.showMinimized()
    # the same library, spelled another way: the server is found by the resolved path
    (tmp_path / "elsewhere").mkdir()
    spelled = tmp_path / "elsewhere" / ".." / library.path.name
    second = start("-m", "desktop", "--db", str(spelled), "gui", str(docx))
    out, err = finish(qtbot, second)
    assert second.returncode == 0, err
    assert out == "" and err == ""
    assert [list(r.files) for r in win.requests] == [[docx]]
    assert not win.isMinimized()  # brought to the front
    qtbot.waitUntil(lambda: getattr(win, "last_import_results", None) is not None, timeout=30_000)
    assert [(Path(r.path), r.status) for r in win.last_import_results] == [(docx, "imported")]
    # imported by this window: the second start never opened the library (it would have put the
    # bundled sample into this empty one), and the issue it imported is open
    issues = library.issues()
    assert [issue.id for issue in issues] == [win.last_import_results[0].issue_id]
    assert win.view.item is not None and win.view.item.issue_id == issues[0].id
    assert win.library_model.counts()[0] == 1


def test_the_gui_entry_point_hands_over_too(qtbot, first_window, library, samples):
    """`yandu-gui FILE` (pyproject's gui script, `desktop.ui.app:main`), the library from YANDU_DB."""
    win = first_window
    page = samples / HTML
    code = "import sys; from desktop.ui.app import main; sys.exit(main())"
    second = start("-c", code, str(page), env={"YANDU_DB": str(library.path)})
    out, err = finish(qtbot, second)
    assert second.returncode == 0, err
    assert out == ""
    qtbot.waitUntil(lambda: getattr(win, "last_import_results", None) is not None, timeout=30_000)
    assert [Path(r.path) for r in win.last_import_results if not r.failed] == [page]


def test_another_library_gets_its_own_window(qtbot, first_window, tmp_path, user_state):
    win = first_window
    other = tmp_path / "other" / "library.sqlite3"
    other.parent.mkdir()
    name = single_instance.server_name(other)
    assert name != single_instance.server_name(win.library.path)
    assert Path(name).parent == user_state  # in the private runtime folder
    second = start("-m", "desktop", "--db", str(other), "gui")
    try:
        # the second process becomes the window on its library: its server answers
        qtbot.waitUntil(
            lambda: (
                second.poll() is not None
                or single_instance.hand_over(name, single_instance.request()) is Outcome.HANDED_OVER
            ),
            timeout=PROCESS_MS,
        )
        assert second.poll() is None, second.communicate()
        assert win.requests == []  # nothing came to the first library's window
    finally:
        second.terminate()  # as a crash would: its socket is left behind
        second.communicate(timeout=30)
    # a socket left by a window that crashed answers nobody: the next start takes the name over
    assert Path(name).exists()
    assert single_instance.hand_over(name, single_instance.request()) is Outcome.NOBODY
    served = single_instance.serve(name, single_instance.request())
    assert isinstance(served, InstanceServer) and served.is_listening()
    served.close()


def test_a_window_that_does_not_answer_is_named_not_doubled(qtbot, library, user_state):
    """A process holds the library's socket but never answers (a hung window): the new start
    says so and exits 1; it does not take the socket over or open the library a second time."""
    name = single_instance.server_name(library.path)
    with socket.socket(socket.AF_UNIX) as hung:
        hung.bind(name)
        hung.listen(4)  # connections are taken by the system and never read
        second = start("-m", "desktop", "--db", str(library.path), "gui")
        out, err = finish(qtbot, second)
        assert Path(name).exists()  # still the hung window's
    assert second.returncode == 1
    [line] = err.splitlines()  # one line, in the language of the system (Qt's translator)
    assert line.startswith(f"error: {library.path}: ")
    assert "研读已经打开了这个文库，但那个窗口没有响应" in line or "does not respond" in line
    assert library.issues() == []  # never opened: the sample was not put in


def test_a_screenshot_run_keeps_apart(qtbot, first_window, tmp_path):
    picture = tmp_path / "window.png"
    run = start("-m", "desktop", "--db", str(first_window.library.path), "gui", "--screenshot",
                str(picture))  # fmt: skip
    out, err = finish(qtbot, run)
    assert run.returncode == 0, err
    assert picture.stat().st_size > 10_000
    assert first_window.requests == []  # it neither handed over nor was refused a window


def test_the_window_answers_in_its_protocol_only(qtbot, first_window, samples):
    """A request is one line of JSON; relative paths (whose folder?) are dropped; anything else
    is refused with {"ok": false} and nothing is done."""
    win = first_window
    name = single_instance.server_name(win.library.path)
    answers: list[object] = []

    def ask(line: bytes) -> None:
        with socket.socket(socket.AF_UNIX) as client:
            client.settimeout(10)
            client.connect(name)
            client.sendall(line)
            answers.append(client.makefile("rb").readline())

    def exchange(line: bytes) -> object:
        answers.clear()
        thread = threading.Thread(target=ask, args=(line,))
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=15_000)
        return json.loads(answers[0])

    assert exchange(b"not json\n") == {"ok": False}
    assert exchange(b'{"files": ["/x"]}\n') == {"ok": False}  # not a Yandu request
    assert win.requests == []
    wanted = {"yandu": 1, "files": ["relative.docx", "/absent/a.docx"], "item": None}
    assert exchange(json.dumps(wanted).encode() + b"\n") == {"ok": True}
    assert [list(r.files) for r in win.requests] == [[Path("/absent/a.docx")]]
    qtbot.waitUntil(lambda: getattr(win, "last_import_results", None) is not None, timeout=30_000)
    assert [r.status for r in win.last_import_results] == ["failed"]  # said as the menu says it


def test_hand_over_sends_absolute_paths_and_the_item(qtbot, first_window, samples):
    """Made absolute against the sender's folder; the launcher's activation token goes along."""
    win = first_window
    said: list[str] = []
    win.statusBar().messageChanged.connect(said.append)
    code = (
        "import sys; from pathlib import Path; from desktop.ui import single_instance as s; "
        "print(s.hand_over(s.server_name(Path(sys.argv[1])), s.request([sys.argv[2]], 123456)).name)"
    )
    # (a process of its own: PySide holds the interpreter while a socket waits, so a client in a
    # thread of this one would keep the window from answering)
    sender = subprocess.Popen(
        [sys.executable, "-c", code, str(win.library.path), DOCX],
        cwd=samples,
        env={**os.environ, "PYTHONPATH": str(ROOT), "XDG_ACTIVATION_TOKEN": "launcher-token"},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = finish(qtbot, sender)
    assert out.strip() == "HANDED_OVER", err
    [got] = win.requests
    assert got.files == ((samples / DOCX).resolve(),) and got.item_id == 123456  # links resolved
    # passed on to Qt, which lets a Wayland window come to the front with it
    assert got.activation == {"XDG_ACTIVATION_TOKEN": "launcher-token"}
    assert any("123456" in text for text in said)  # no such article: said, not a crash
    qtbot.waitUntil(lambda: getattr(win, "last_import_results", None) is not None, timeout=30_000)


def test_files_handed_over_during_an_import_are_imported_after_it(qtbot, window, samples):
    window.import_paths([samples / "kaifaqu-bulletin-2020-07.txt"])
    window.receive([samples / DOCX])
    qtbot.waitUntil(lambda: window.library_model.counts()[0] == 2, timeout=30_000)
    qtbot.waitUntil(lambda: window._import_job is None, timeout=30_000)
    assert [Path(r.path).name for r in window.last_import_results] == [Path(DOCX).name]


def test_gui_takes_files_to_import(tmp_path):
    from desktop.cli import _parser, main

    args = _parser().parse_args(["gui", "a.docx", "b.pdf", "--item", "3"])
    assert args.files == [Path("a.docx"), Path("b.pdf")] and args.item == 3
    with pytest.raises(SystemExit) as refused:  # a screenshot run imports nothing
        main(["--db", str(tmp_path / "x.sqlite3"), "gui", "a.docx", "--screenshot", "x.png"])
    assert refused.value.code == 2


def test_the_application_has_yandu_s_icon(qapp):
    from desktop.ui.app import make_app

    name, organisation = qapp.applicationName(), qapp.organizationName()
    try:
        app = make_app()
        assert not app.windowIcon().isNull()
        assert app.windowIcon().pixmap(64, 64).width() == 64
    finally:
        qapp.setApplicationName(name)
        qapp.setOrganizationName(organisation)
