"""文件 → 全部导出到文件夹: every member's 学习笔记 and the group's 学习记录 in one step.

The folder is asked for (starting where the last export went); files already
there are replaced only after one question naming how many; the export runs on
the worker, and a box then lists what was written, with 打开所在文件夹.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.core.errors import YanduError
from desktop.ui.errors import problem_text
from desktop.ui.runner import Runner


class ExportEveryone(QObject):
    def __init__(self, library, runner: Runner, parent: QWidget) -> None:
        super().__init__(parent)
        self.library, self.runner, self.window = library, runner, parent
        self.box: QMessageBox | None = None  # the last question or result shown (tests look)

    def start(
        self, session_id: int | None, issue_id: int | None, folder: Path | None = None
    ) -> None:
        from desktop.core.notes.batch import plan

        if folder is None:
            start = str(QSettings().value("export/folder", "") or Path.home())
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("全部导出到文件夹"), start
            )
            if not chosen:
                return
            folder = Path(chosen)
        try:
            planned = plan(self.library, folder, session_id, issue_id)
        except YanduError as error:
            self._show(QMessageBox.Icon.Warning, problem_text(error))
            return
        there = [entry for entry in planned if entry.path.exists()]
        if not there:
            self._write(planned, session_id, issue_id)
            return
        box = self._show(
            QMessageBox.Icon.Question,
            self.tr("文件夹中已有 %1 个同名文件（如“%2”）。要替换它们吗？")
            .replace("%1", str(len(there)))
            .replace("%2", there[0].path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda _result: (
                self._write(planned, session_id, issue_id)
                if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes)
                else None
            )
        )

    def _write(self, planned, session_id, issue_id) -> None:
        from desktop.core.notes.batch import export_all

        self._status_bar().showMessage(self.tr("正在导出…"))
        self.runner.submit(
            lambda library, job: export_all(
                library, planned, session_id, issue_id, progress=job.report
            ),
            done=self._written,
            failed=self._failed,
        )

    def _failed(self, error: BaseException) -> None:
        self._status_bar().clearMessage()
        if not isinstance(error, YanduError):
            raise error  # a bug: the window's reporter shows it
        self._show(QMessageBox.Icon.Warning, problem_text(error))

    def _written(self, written: list[Path]) -> None:
        self._status_bar().clearMessage()
        folder = written[0].parent
        QSettings().setValue("export/folder", str(folder))
        box = self._show(
            QMessageBox.Icon.Information,
            self.tr("已导出 %1 个文件到：\n%2")
            .replace("%1", str(len(written)))
            .replace("%2", str(folder)),
        )
        box.setDetailedText("\n".join(path.name for path in written))
        open_folder = box.addButton(self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole)
        open_folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
        )

    def _status_bar(self):
        return self.window.statusBar()  # the main window's

    def _show(self, icon, text: str, buttons=QMessageBox.StandardButton.Close) -> QMessageBox:
        box = QMessageBox(icon, self.tr("全部导出到文件夹"), text, buttons, self.window)
        box.open()  # not exec(): the window's event loop, and any test, go on
        self.box = box
        return box
