"""The window's errors land in one dialog and the log; slow work leaves the window responsive."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from tests.ui.test_annotating import KAIFAQU, _select


@pytest.fixture
def log_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    return tmp_path / "state" / "Yandu" / "log"


@pytest.fixture
def reporting_window(qtbot, library, samples, log_folder):
    """A window with its error reporter installed as the exception hook, as app.py installs it."""
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    win.select_first_article()
    win.errors.install()
    yield win
    win.errors.uninstall()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_in_a_slot_shows_a_dialog_and_is_logged(
    qtbot, reporting_window, monkeypatch, log_folder
):
    win = reporting_window

    def broken(**_filters):
        raise RuntimeError("the annotations could not be read")

    monkeypatch.setattr(win.library.annotations, "find", broken)
    win.named_actions["show_others"].trigger()  # its slot redraws the layers, and fails
    qtbot.waitUntil(lambda: bool(win.errors.shown), timeout=5000)
    [dialog] = win.errors.shown
    assert "研读内部出错" in dialog.text() and "the annotations could not be read" in dialog.text()
    assert "yandu.log" in dialog.text()
    assert "复制详情" in {button.text() for button in dialog.buttons()}
    assert "Traceback" in dialog.detailedText()
    logged = (log_folder / "yandu.log").read_text(encoding="utf-8")
    assert (
        "RuntimeError: the annotations could not be read" in logged and "refresh_layers" in logged
    )


@pytest.mark.qt_no_exception_capture
def test_a_full_disk_while_highlighting_says_so_in_the_window(qtbot, reporting_window):
    win = reporting_window
    member = win.library.members.add("张三")
    win.study.reload_members()
    win.study.set_member(member.id)
    pages = win.library.db.one("PRAGMA page_count")
    win.library.db.execute(f"PRAGMA max_page_count = {pages}")
    _select(win.view, "坚决做到“三管三必须”")
    long_comment = "逐条落实。" * 20000  # more than the pages the library has left
    QTimer.singleShot(0, lambda: win.study.highlight("重点", comment=long_comment))
    qtbot.waitUntil(lambda: bool(win.errors.shown), timeout=5000)
    [dialog] = win.errors.shown
    assert "磁盘已满，文库无法写入；请清理磁盘空间后再试" in dialog.text()
    assert win.library.annotations.find() == []


def _ticks_while(qtbot, start, finished) -> int:
    """How often a 10 ms timer fired on the main thread between `start()` and `finished()`."""
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    start()
    qtbot.waitUntil(finished, timeout=20000)
    timer.stop()
    return len(ticks)


def test_export_runs_on_the_worker_and_the_window_stays_responsive(
    qtbot, library, samples, tmp_path, monkeypatch
):
    from desktop.core.notes import export
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    win.select_first_article()
    real = export.export_docx

    def slow_export(*args, **kwargs):
        time.sleep(0.6)  # a large record on a slow disk
        return real(*args, **kwargs)

    monkeypatch.setattr(export, "export_docx", slow_export)
    win.named_actions["export_notes"].trigger()
    dialog = win.study.export_dialog
    dialog.path.setText(str(tmp_path / "记录.docx"))
    ticks = _ticks_while(qtbot, dialog.export, lambda: dialog.written is not None)
    assert ticks >= 20  # 0.6 s of work: the event loop kept running all along
    assert (tmp_path / "记录.docx").exists()


def test_reanalysis_runs_on_the_worker_and_the_window_stays_responsive(
    qtbot, library, samples, monkeypatch
):
    from desktop.core.library import Library
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    with library.transaction():
        library.db.execute("UPDATE items SET analysis_version = 0")
    real = Library.reanalyse

    def slow_reanalyse(self, progress=None, batch=500):
        time.sleep(0.6)
        return real(self, progress, batch)

    monkeypatch.setattr(Library, "reanalyse", slow_reanalyse)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    win.select_first_article()
    assert library.stale_analysis() == 3
    ticks = _ticks_while(qtbot, win.reanalyse_in_background, lambda: not win.runner.busy())
    assert ticks >= 20
    assert library.stale_analysis() == 0
    assert win.directive_model.rowCount() > 0  # the article was redrawn from the new analysis
