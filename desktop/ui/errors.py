"""The window's one landing place for errors: a dialog in the user's language, and the log.

`ErrorReporter.install()` makes it Python's exception hook, so an error raised
inside any slot (Qt calls slots from its event loop, where nothing else would
catch it) is shown, not printed to a terminal nobody reads. A `YanduError` is a
known problem: its message says what to do. Anything else is a bug: the dialog
says so, names the log, and offers the details to copy into a report (as
qutebrowser's crash dialog and Anki's error handler do).
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # a dialog's class is made when one is first shown (start-up is quicker)
    from PySide6.QtWidgets import QMessageBox

from desktop.core.errors import Problem, StorageError, YanduError
from desktop.core.messages import CONTEXT, describe
from desktop.logs import log_traceback

log = logging.getLogger(__name__)


def translate(text: str) -> str:
    """The window's words for a core message template (Qt's translator, context `messages`)."""
    return QCoreApplication.translate(CONTEXT, text)


def problem_text(problem: Problem | YanduError) -> str:
    """`subject: message` in the window's language."""
    return describe(problem, translate=translate).replace(": ", "：", 1)


class ErrorReporter(QObject):
    def __init__(self, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.parent_widget = parent_widget
        self.shown: list[QMessageBox] = []  # the dialogs open now (tests look here)
        self._previous_hook = sys.excepthook

    def install(self) -> None:
        if sys.excepthook != self._hook:
            self._previous_hook = sys.excepthook  # the hook in place now, restored on uninstall
        sys.excepthook = self._hook

    @property
    def installed(self) -> bool:
        return sys.excepthook == self._hook

    def uninstall(self) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous_hook

    def _hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous_hook(kind, error, trace)
            return
        self.report(error.with_traceback(trace))

    def report(self, error: BaseException) -> None:
        """Show the error and log it; never raises."""
        try:
            self._show(error)
        except Exception:  # noqa: BLE001 - the reporter must not fail in turn
            log.exception("could not show an error")

    def _show(self, error: BaseException) -> None:
        from PySide6.QtWidgets import QMessageBox

        details = "".join(traceback.format_exception(error))
        where = log_traceback(error)
        if isinstance(error, YanduError):
            icon = (
                QMessageBox.Icon.Critical
                if isinstance(error, StorageError)
                else QMessageBox.Icon.Warning
            )
            text = problem_text(error)
        else:
            icon = QMessageBox.Icon.Critical
            text = (
                self.tr("研读内部出错：%1。\n详细情况已写入日志：%2")
                .replace("%1", f"{type(error).__name__}: {error}")
                .replace("%2", str(where))
            )
        box = QMessageBox(icon, self.tr("研读 Yandu"), text, parent=self.parent_widget)
        box.setObjectName("error_dialog")
        box.setDetailedText(details)
        copy = box.addButton(self.tr("复制详情"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(details))
        box.addButton(QMessageBox.StandardButton.Close)
        box.finished.connect(lambda _result: self.shown.remove(box) if box in self.shown else None)
        self.shown.append(box)
        box.open()
