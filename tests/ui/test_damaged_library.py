"""Starting the window on a damaged or read-only library, as a user would meet it."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.core.library import Library
from desktop.ui import app as application
from desktop.ui.main_window import MainWindow
from tests.core.store.test_backups import (
    KAIFAQU,
    damage_a_middle_page,
    digest,
    items_in,
    run_read_only,
)


class Watcher:
    """Plays the user: answers each dialog as it comes, then closes the window that opens."""

    def __init__(self, answer: str) -> None:
        self.answer = answer
        self.dialogs: list[tuple[str, list[str]]] = []
        self.windows: list[MainWindow] = []
        self.timer = QTimer()
        self.timer.timeout.connect(self.look)
        self.timer.start(50)

    def look(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QMessageBox):
            buttons = [button.text() for button in modal.buttons()]
            self.dialogs.append((modal.text(), buttons))
            wanted = [
                button
                for button in modal.buttons()
                if button.text() == self.answer
                or (self.answer == "close" and modal.standardButton(button) == QMessageBox.Close)
            ]
            (wanted[0] if wanted else modal.buttons()[0]).click()
            return
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                self.windows.append(widget)
                widget.close()


@pytest.fixture(autouse=True)
def in_chinese():
    application.make_app()  # the application's names, and so the settings file run() reads
    QSettings().setValue("language", "zh_CN")


@pytest.fixture
def damaged(tmp_path, samples):
    path = tmp_path / "library.sqlite3"
    library = Library.open(path)
    library.import_file(samples / KAIFAQU)
    library.close()  # a backup made as it closed
    damage_a_middle_page(path)
    return path


def test_a_damaged_library_offers_its_backup_and_opens_it_restored(qapp, damaged):
    before = digest(damaged)
    watcher = Watcher(answer="从备份恢复")
    try:
        code = application.run(db_path=damaged)
    finally:
        watcher.timer.stop()
    assert code == 0
    (refusal, buttons), (done, _) = watcher.dialogs[:2]
    assert "已损坏" in refusal and "从备份恢复" in buttons
    assert "已用这份备份恢复文库" in done
    assert watcher.windows  # the window opened on the restored library
    assert items_in(damaged) > 0
    saved = [
        path
        for path in damaged.parent.rglob("*")
        if path.is_file() and path != damaged and digest(path) == before
    ]
    assert saved, "the damaged file was kept aside before the backup replaced it"


def test_a_damaged_library_closed_without_restoring_is_left_untouched(qapp, damaged):
    before = digest(damaged)
    watcher = Watcher(answer="close")
    try:
        code = application.run(db_path=damaged)
    finally:
        watcher.timer.stop()
    assert code == 1
    assert "已损坏" in watcher.dialogs[0][0]
    assert digest(damaged) == before


OPEN_AND_LOOK = """
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QLabel
from desktop.ui import app
from desktop.ui.main_window import MainWindow
app.make_app()
QSettings().setValue("language", "zh_CN")
seen = {{}}
def look():
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.isVisible():
            seen["labels"] = [label.text() for label in widget.statusBar().findChildren(QLabel)]
            seen["articles"] = widget.library.counts()[1]
            widget.close()
timer = QTimer()
timer.timeout.connect(look)
timer.start(100)
seen["code"] = app.run(db_path=sys.argv[1] if len(sys.argv) > 1 else {path!r})
print(json.dumps(seen))
"""


def test_a_read_only_library_opens_in_the_window_for_reading_and_says_so(
    tmp_path, samples, monkeypatch
):
    path = tmp_path / "光盘" / "library.sqlite3"  # the folder of a read-only medium
    path.parent.mkdir()
    library = Library.open(path)
    library.import_file(samples / KAIFAQU)
    library.close(backup=False)
    before = digest(path)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # never the user's settings
    done = run_read_only(path.parent, OPEN_AND_LOOK.format(path=str(path)))
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.splitlines()[-1])
    assert seen["code"] == 0 and "只读" in seen["labels"] and seen["articles"] == 3
    assert digest(path) == before
