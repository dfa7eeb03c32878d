"""Notices what other processes commit to the library: the command line, another window.

Every two seconds, and whenever the window becomes active, it asks SQLite for
`PRAGMA data_version` (microseconds); only when that moved does it read the marks
of what the window shows (core/changes.py) and say which part changed.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:  # loaded when the marks are first read, half a second after the window starts
    from desktop.core.changes import Marks

INTERVAL_MS = 2000


class LibraryWatcher(QObject):
    # something was committed elsewhere; whether it touched the library list, the members and
    # sessions, the article shown
    changed = Signal(bool, bool, bool)

    def __init__(self, library, current_item, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self.current_item = current_item  # () -> the id of the article shown, or None
        self._version = library.db.data_version()
        self._marks: Marks | None = None
        self._item: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        QTimer.singleShot(INTERVAL_MS // 4, self.remember)  # after the first paint, not before
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _library_open(self) -> bool:
        try:
            self.library.db.conn.total_changes  # noqa: B018 - raises once the library is closed
        except sqlite3.ProgrammingError:
            self._timer.stop()  # the window outlives its library only while it closes
            return False
        return True

    def remember(self) -> None:
        """What the window shows now is up to date."""
        from desktop.core.changes import marks

        if not self._library_open():
            return
        self._version = self.library.db.data_version()
        self._item = self.current_item()
        self._marks = marks(self.library.db, self._item)

    def check(self) -> None:
        if not self._library_open():
            return
        version = self.library.db.data_version()
        if version == self._version or self._marks is None:
            return
        before, item_before = self._marks, self._item
        self.remember()
        now = self._marks
        assert now is not None
        issues, people = before.issues != now.issues, before.people != now.people
        item = item_before == self._item and before.item != now.item  # (another one opened: drawn)
        self.changed.emit(issues, people, item)  # (reflections are checked by their editors)

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check()
