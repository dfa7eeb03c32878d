"""Notices what other processes commit to the library: the command line, another window.

Every two seconds, and whenever the window becomes active, it asks SQLite for
`PRAGMA data_version` (microseconds); only when that moved does it read the marks
of what the window shows (core/changes.py) and say which part changed. It starts
after its window's first paint (or a while after it was made, for a window never
painted: started minimised): its first read of the marks (10 ms, with the module
that reads them) would otherwise come before that paint on a machine that takes
more than half a second to start. What was committed between the window's start
and that first read (the shared folder's first sync, an import from the command
line) is reported as a change to all of it, since the window may not show it.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from desktop.ui.first_paint import after_first_paint

if TYPE_CHECKING:  # loaded when the marks are first read, half a second after the first paint
    from desktop.core.changes import Marks

INTERVAL_MS = 2000
START_AT_LATEST_MS = 3000  # a window that is never painted is watched all the same


class LibraryWatcher(QObject):
    # something was committed elsewhere; whether it touched the library list, the members and
    # sessions, the article shown
    changed = Signal(bool, bool, bool)

    def __init__(self, library, current_item, window: QObject | None = None) -> None:
        """Watches for `window` (its parent), from the window's first paint on."""
        super().__init__(window)
        self.library = library
        self.current_item = current_item  # () -> the id of the article shown, or None
        self._version = library.db.data_version()
        self._marks: Marks | None = None
        self._item: int | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        if window is not None and window.isWidgetType():
            after_first_paint(window, self._start, START_AT_LATEST_MS)
        else:
            self._start()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.applicationStateChanged.connect(self._state_changed)

    def _start(self) -> None:
        self._timer.start()
        QTimer.singleShot(INTERVAL_MS // 4, self._first_look)

    def _first_look(self) -> None:
        """The marks are read for the first time (unless the window's own edit read them)."""
        if self._marks is not None:
            return
        made_at = self._version
        self.remember()
        if self._marks is not None and self._version != made_at:
            self.changed.emit(True, True, True)  # committed since the window started

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
