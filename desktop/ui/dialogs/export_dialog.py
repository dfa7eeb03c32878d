"""导出学习笔记: whose notes, which session or issue, what to include, where; then where it went."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
)

from desktop.core.errors import YanduError
from desktop.core.notes.batch import file_name
from desktop.ui.errors import problem_text
from desktop.ui.runner import Runner


class ExportDialog(QDialog):
    def __init__(
        self,
        library,
        runner: Runner,
        member_id=None,
        session_id=None,
        issue_id=None,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.runner = runner
        self.setWindowTitle(self.tr("导出学习笔记"))
        layout = QFormLayout(self)
        self.whose = QComboBox()
        self.whose.addItem(self.tr("全体成员（学习记录）"), None)
        for member in library.members.all():
            self.whose.addItem(member.name, member.name)
            if member.id == member_id:
                self.whose.setCurrentIndex(self.whose.count() - 1)
        layout.addRow(self.tr("谁的笔记"), self.whose)
        self.scope = QComboBox()
        self.scope.addItem(self.tr("所有批注过的文章"), ("all", None))
        for session in library.sessions.all():
            self.scope.addItem(
                self.tr("学习会：%1").replace("%1", f"{session.starts_at or ''} {session.title}"),
                ("session", session.id),
            )
            if session.id == session_id:
                self.scope.setCurrentIndex(self.scope.count() - 1)
        if issue_id is not None:
            issue = library.issue(issue_id)
            self.scope.addItem(self.tr("本期：%1").replace("%1", issue.title), ("issue", issue_id))
            if session_id is None:
                self.scope.setCurrentIndex(self.scope.count() - 1)
        layout.addRow(self.tr("范围"), self.scope)
        self.parts = {}
        for key, label in (
            ("directives", self.tr("主要精神摘录")),
            ("annotations", self.tr("批注与摘录")),
            ("reflections", self.tr("心得体会")),
        ):
            box = QCheckBox(label)
            box.setChecked(True)
            self.parts[key] = box
            layout.addRow("", box)
        self.group_by = QComboBox()
        self.group_by.addItem(self.tr("按文章"), "article")
        self.group_by.addItem(self.tr("按类别"), "category")
        layout.addRow(self.tr("批注分组"), self.group_by)
        self.fonts = QComboBox()
        self.fonts.addItem(self.tr("公文字体（仿宋_GB2312、楷体_GB2312、方正小标宋简体）"), "gb")
        self.fonts.addItem(self.tr("常用字体（仿宋、楷体、宋体）"), "common")
        layout.addRow(self.tr("字体"), self.fonts)
        self.path = QLineEdit()
        self.path.setAccessibleName(self.tr("保存到"))
        self._proposed = ""  # the name proposed last: replaced as the choices change, unless edited
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path)
        row.addWidget(browse)
        layout.addRow(self.tr("保存到"), row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("导出"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        self.written: Path | None = None
        self.whose.currentIndexChanged.connect(self._propose)
        self.scope.currentIndexChanged.connect(self._propose)
        self._propose()

    def _propose(self) -> None:
        """学习笔记-李明-20261202.docx, or 学习记录-<session>-<date>.docx for the group's record,
        in the folder of the last export; a path the user typed is left alone."""
        if self.path.text() and self.path.text() != self._proposed:
            return
        folder = Path(str(QSettings().value("export/folder", "") or Path.home()))
        kind, value = self.scope.currentData()
        member = self.whose.currentData()
        if member:
            name = file_name(self.tr("学习笔记"), member)
        else:
            session = self.library.sessions.get(value).title if kind == "session" else None
            name = file_name(self.tr("学习记录"), session)
        self._proposed = str(folder / name)
        self.path.setText(self._proposed)

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("保存学习笔记"), self.path.text(), "Word (*.docx)"
        )
        if name:
            self.path.setText(name if name.lower().endswith(".docx") else name + ".docx")

    def options(self) -> dict:
        kind, value = self.scope.currentData()
        return {
            "member": self.whose.currentData(),
            "session_id": value if kind == "session" else None,
            "issue_id": value if kind == "issue" else None,
            "group_by": self.group_by.currentData(),
            "include": tuple(key for key, box in self.parts.items() if box.isChecked()),
            "fonts": self.fonts.currentData(),
        }

    def export(self, replace_read_only: bool = False, confirmed: bool = False) -> None:
        """Write the notes on the worker thread; the dialog waits, the window stays responsive.
        An existing file is replaced only when the user says so."""
        target, options = Path(self.path.text()), self.options()
        if target.exists() and not confirmed and not replace_read_only:
            self.ask_overwrite = QMessageBox(
                QMessageBox.Icon.Question,
                self.windowTitle(),
                self.tr("“%1”已经存在。要替换它吗？").replace("%1", target.name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            self.ask_overwrite.setDefaultButton(QMessageBox.StandardButton.No)
            self.ask_overwrite.finished.connect(self._overwrite_answered)
            self.ask_overwrite.open()
            return
        self.setEnabled(False)
        self.setCursor(Qt.CursorShape.WaitCursor)

        def work(library, _job) -> Path:
            from desktop.core.notes.export import export_docx

            return export_docx(library, target, replace_read_only=replace_read_only, **options)

        self.job = self.runner.submit(work, done=self._written, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        self.unsetCursor()
        if not isinstance(error, YanduError):
            raise error  # a bug: the window's error reporter shows it
        if error.code == "export.read_only":  # an earlier export marked read-only: ask first
            self.ask_replace = QMessageBox(
                QMessageBox.Icon.Question,
                self.windowTitle(),
                self.tr("“%1”是只读文件。要替换它吗？").replace(
                    "%1", Path(str(error.subject)).name
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                self,
            )
            self.ask_replace.setDefaultButton(QMessageBox.StandardButton.No)
            self.ask_replace.finished.connect(self._replace_answered)
            self.ask_replace.open()
            return
        self.refusal = QMessageBox(
            QMessageBox.Icon.Warning, self.windowTitle(), problem_text(error), parent=self
        )
        self.refusal.open()  # not exec(): the window's event loop, and any test, go on

    def _overwrite_answered(self, _result: int) -> None:
        yes = self.ask_overwrite.button(QMessageBox.StandardButton.Yes)
        if self.ask_overwrite.clickedButton() is yes:
            self.export(confirmed=True)

    def _replace_answered(self, _result: int) -> None:
        yes = self.ask_replace.button(QMessageBox.StandardButton.Yes)
        if self.ask_replace.clickedButton() is yes:
            self.export(replace_read_only=True)

    def _written(self, written: Path) -> None:
        self.setEnabled(True)
        self.unsetCursor()
        self.written = written
        QSettings().setValue("export/folder", str(written.parent))
        self.accept()
        self.result_box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("导出学习笔记"),
            self.tr("已导出到：\n%1").replace("%1", str(self.written)),
            parent=self.parentWidget(),
        )
        open_file = self.result_box.addButton(self.tr("打开"), QMessageBox.ButtonRole.AcceptRole)
        open_folder = self.result_box.addButton(
            self.tr("打开所在文件夹"), QMessageBox.ButtonRole.ActionRole
        )
        self.result_box.addButton(QMessageBox.StandardButton.Close)
        open_file.clicked.connect(lambda: self._open(written))
        open_folder.clicked.connect(lambda: self._open(written.parent))
        self.result_box.open()

    def _open(self, path: Path) -> None:
        """Open with the system's program; where there is none (a bare intranet machine), say
        where the file is rather than nothing."""
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self.no_launcher = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("导出学习笔记"),
                self.tr("这台电脑上没有能打开它的程序。文件在：\n%1").replace("%1", str(path)),
                parent=self.parentWidget(),
            )
            self.no_launcher.open()
