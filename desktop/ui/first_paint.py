"""Work that waits for a window's first paint: what the first frame does not draw with comes after it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


class _FirstPaint(QObject):
    """Calls `once` a moment after the first paint event of the window it filters."""

    def __init__(self, window: QObject, once: Callable[[], None]) -> None:
        super().__init__(window)
        self._once = once

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._once)
        return False


def after_first_paint(window: QObject, then: Callable[[], None], at_latest_ms: int) -> None:
    """`then()`, once: as soon as `window` has been painted once, or `at_latest_ms` after this call
    if it is not (a window started minimised); never after the window is gone."""
    pending = [then]

    def once() -> None:
        if pending:
            pending.pop()()

    window.installEventFilter(_FirstPaint(window, once))
    QTimer.singleShot(at_latest_ms, window, once)
