"""The group's shared folder: this computer's members' notes out, the other members' notes in.

学习 → 小组共享文件夹… chooses the folder (remembered in QSettings); the library's
`exchange.sync(folder)` then runs on the worker (never on the window's thread):
once at start, after the start-up work; on 学习 → 立即同步共享文件夹; 10 s after the
member's last change of a note or reflection (the window hears its own writes from
`StudyControls.own_change`); and on closing, if a change is still waiting for its sync.
The status bar says whose notes came in; a file that could not be merged is listed,
one line each, in a dialog shown when the list changes (the same bad file is not
shown again at every sync). After a sync that merged something the window refreshes as
it does after another process's changes (the library watcher).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QMainWindow,
    QVBoxLayout,
)

from desktop.core.errors import YanduError
from desktop.ui.actions import Actions
from desktop.ui.errors import ErrorReporter, problem_text
from desktop.ui.plain import plain_label
from desktop.ui.runner import Runner

if TYPE_CHECKING:  # a dialog's class is made when one is first shown (start-up is quicker)
    from PySide6.QtWidgets import QMessageBox

FOLDER_KEY = "exchange/folder"
AFTER_CHANGE_MS = 10_000  # a sync this long after the member's last change


class GroupExchange(QObject):
    def __init__(
        self,
        window: QMainWindow,
        runner: Runner,
        actions: Actions,
        errors: ErrorReporter,
        show_status: Callable[[str, int], None],
        merged: Callable[[], None],
        read_only: bool = False,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.runner = runner
        self.errors = errors
        self.show_status = show_status
        self.merged = merged  # the window refreshes from what came in
        self.read_only = read_only
        self.settings = QSettings()
        self.syncing = False
        self._again = False  # asked for while a sync ran: one more after it
        self._again_on_demand = False
        self.last_message = ""
        self.last_refused: list[str] = []
        self.refused_box: QMessageBox | None = None
        self._after_change = QTimer(self)
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(AFTER_CHANGE_MS)
        self._after_change.timeout.connect(lambda: self.sync(on_demand=False))
        add = actions.add
        add("exchange_folder", self.tr("小组共享文件夹(&G)…"), self.choose_folder)
        self.sync_action = add("exchange_sync", self.tr("立即同步共享文件夹"), self.sync)
        add("exchange_waiting", self.tr("等待原文的笔记…"), self.show_waiting)
        if read_only:
            actions["exchange_folder"].setEnabled(False)
        self._update_enabled()

    def folder(self) -> Path | None:
        value = self.settings.value(FOLDER_KEY)
        return Path(str(value)) if value not in (None, "") else None

    def _update_enabled(self) -> None:
        folder = self.folder()
        self.sync_action.setEnabled(folder is not None and not self.read_only)
        self.sync_action.setToolTip(str(folder) if folder is not None else "")

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        current = self.folder()
        chosen = QFileDialog.getExistingDirectory(
            self.window,
            self.tr("小组共享文件夹"),
            str(current if current is not None else Path.home()),
        )
        if not chosen:
            return
        self.settings.setValue(FOLDER_KEY, chosen)
        self.last_refused = []
        self._update_enabled()
        self.sync()

    # when

    def start(self) -> None:
        """The first sync, after the window's start-up work (queued behind it on the worker)."""
        self.sync(on_demand=False)

    def own_change(self) -> None:
        """The member changed a note or a reflection: sync a little after the last change."""
        if self.folder() is not None and not self.read_only:
            self._after_change.start()

    def closing(self) -> None:
        """The window closes: a change still waiting for its sync goes out first (the worker
        finishes what is queued before it stops)."""
        if self._after_change.isActive():
            self._after_change.stop()
            folder = self.folder()
            if folder is not None:
                self.runner.submit(lambda library, _job: library.exchange.sync(folder))

    # the sync

    def sync(self, on_demand: bool = True) -> None:
        folder = self.folder()
        if folder is None or self.read_only:
            return
        if self.syncing:
            self._again = True
            self._again_on_demand = self._again_on_demand or on_demand
            return
        self._after_change.stop()
        self.syncing = True
        if on_demand:
            self.show_status(self.tr("正在同步共享文件夹…"), 0)
        self.runner.submit(
            lambda library, _job: library.exchange.sync(folder),
            done=lambda synced: self._synced(synced, on_demand),
            failed=lambda error: self._failed(error, on_demand),
        )

    def _finished(self) -> None:
        self.syncing = False
        if self._again:
            again_on_demand, self._again, self._again_on_demand = (
                self._again_on_demand,
                False,
                False,
            )
            self.sync(on_demand=again_on_demand)

    def _synced(self, synced, on_demand: bool) -> None:
        came = [merged for merged in synced.merged if merged.changed]
        if came:
            text = self.tr("共享文件夹：收到 %1").replace(
                "%1",
                self.tr("、").join(
                    self.tr("%1 %2 条")
                    .replace("%1", merged.member)
                    .replace("%2", str(merged.changed))
                    for merged in came
                ),
            )
        else:
            text = self.tr("共享文件夹：没有新笔记")
        refused = [problem_text(error) for error in synced.refused]
        if refused:
            text += self.tr("；%1 个文件未能合并").replace("%1", str(len(refused)))
        self.last_message = text
        # (an automatic sync that brought nothing says so briefly)
        self.show_status(text, 10000 if came or refused or on_demand else 4000)
        if refused and (refused != self.last_refused or on_demand):
            self._show_refused(refused)
        self.last_refused = refused
        if came:
            self.merged()
        self._finished()

    def _failed(self, error: BaseException, on_demand: bool) -> None:
        self._finished()
        if not isinstance(error, YanduError):
            self.errors.report(error)  # a bug: the reporter says so and logs it
            return
        self.last_message = problem_text(error)
        if on_demand:
            self.errors.report(error)
        else:  # an automatic sync: said where it does not interrupt
            self.show_status(self.last_message, 10000)

    def _show_refused(self, lines: list[str]) -> None:
        from PySide6.QtWidgets import QMessageBox

        if self.refused_box is not None:
            self.refused_box.close()
        box = QMessageBox(parent=self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("小组共享文件夹"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the lines name files and quote them
        box.setText(
            self.tr("共享文件夹中有 %1 个文件未能合并，其余的已合并：").replace(
                "%1", str(len(lines))
            )
            + "\n\n"
            + "\n".join(lines)
        )
        box.setObjectName("exchange_refused")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _result: setattr(self, "refused_box", None))
        box.open()
        self.refused_box = box

    # notes waiting for their article

    def show_waiting(self) -> None:
        self.runner.submit(
            lambda library, _job: library.exchange.waiting(), done=self._show_waiting
        )

    def _show_waiting(self, waiting) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget

        dialog = QDialog(self.window)
        dialog.setObjectName("waiting_dialog")
        dialog.setWindowTitle(self.tr("等待原文的笔记"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(dialog)
        entries = QListWidget()
        entries.setObjectName("waiting_list")
        entries.setWordWrap(True)
        for found in waiting:
            entries.addItem(  # QListWidget items are plain text
                self.tr("《%1》：%2 条，来自 %3")
                .replace("%1", found.headline or self.tr("（无标题）"))
                .replace("%2", str(found.count))
                .replace("%3", self.tr("、").join(found.members))
            )
        if not waiting:
            entries.addItem(self.tr("没有等待原文的笔记。"))
        explanation = plain_label(
            self.tr(
                "这些笔记来自其他电脑，所批注的文章本文库还没有；"
                "导入同一篇文章后，笔记就会出现在文章上。"
            )
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addWidget(entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        dialog.resize(520, 360)
        dialog.open()
        self.waiting_dialog = dialog
