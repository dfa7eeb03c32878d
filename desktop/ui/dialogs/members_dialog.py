"""Add, rename and colour the members of the study group."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from desktop.core.errors import YanduError
from desktop.ui.errors import problem_text
from desktop.ui.plain import ask_text
from desktop.ui.study.group import member_labels


class MembersDialog(QDialog):
    def __init__(self, library, parent=None) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("学习小组成员"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("成员"))
        add = QPushButton(self.tr("添加…"))
        rename = QPushButton(self.tr("改名…"))
        colour = QPushButton(self.tr("颜色…"))
        add.clicked.connect(self.add)
        rename.clicked.connect(self.rename)
        colour.clicked.connect(self.recolour)
        buttons = QHBoxLayout()
        for button in (add, rename, colour):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.reload()

    def reload(self) -> None:
        self.list.clear()
        members = self.library.members.all()
        labels = member_labels(members)
        for member in members:
            entry = QListWidgetItem(labels[member.id])
            entry.setData(256, member.id)
            entry.setBackground(QColor(member.colour).lighter(150))
            self.list.addItem(entry)

    def _selected(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(256) if entry else None

    def add(self) -> None:
        name, ok = ask_text(self, self.tr("添加成员"), self.tr("姓名："))
        if ok and name.strip():
            self._try(lambda: self.library.members.add(name.strip()))

    def rename(self) -> None:
        member_id = self._selected()
        if member_id is None:
            return
        name, ok = ask_text(
            self, self.tr("改名"), self.tr("新姓名："), self.library.members.get(member_id).name
        )
        if ok and name.strip():
            self._try(lambda: self.library.members.update(member_id, name=name.strip()))

    def recolour(self) -> None:
        member_id = self._selected()
        if member_id is None:
            return
        colour = QColorDialog.getColor(parent=self, title=self.tr("成员颜色"))
        if colour.isValid():
            self._try(lambda: self.library.members.update(member_id, colour=colour.name()))

    def _try(self, change) -> None:
        try:
            change()
        except YanduError as exc:
            QMessageBox.warning(self, self.windowTitle(), problem_text(exc))
        self.reload()
