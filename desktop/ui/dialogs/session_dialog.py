"""A study session (学习会): title, time, place, host, who attended, who was away and why, what was studied."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
)

PRESENT, ABSENT = 0, 1


class SessionDialog(QDialog):
    def __init__(
        self, library, item_choices: list[tuple[int, str]], session=None, parent=None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("学习会"))
        self.members = library.members.all()
        layout = QFormLayout(self)
        self.title = QLineEdit(session.title if session else self.tr("理论学习中心组学习会"))
        layout.addRow(self.tr("名称"), self.title)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.when.setCalendarPopup(True)
        if session and session.starts_at:
            parsed = QDateTime.fromString(session.starts_at, "yyyy-MM-dd HH:mm")
            if parsed.isValid():
                self.when.setDateTime(parsed)
        layout.addRow(self.tr("学习时间"), self.when)
        self.place = QLineEdit(session.place if session and session.place else "")
        layout.addRow(self.tr("地点"), self.place)
        self.host = QComboBox()
        self.host.addItem(self.tr("（未定）"), None)
        for member in self.members:
            self.host.addItem(member.name, member.id)
        if session and session.host:
            self.host.setCurrentText(session.host)
        layout.addRow(self.tr("主持人"), self.host)
        # one row per member: present / absent with a reason
        self.people = QTableWidget(len(self.members), 3)
        self.people.setHorizontalHeaderLabels(
            [self.tr("成员"), self.tr("出席"), self.tr("缺席原因")]
        )
        absent = dict(session.absentees) if session else {}
        for row, member in enumerate(self.members):
            name = QTableWidgetItem(member.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.people.setItem(row, 0, name)
            present = QTableWidgetItem()
            present.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            attended = (member.name in session.attendees) if session else True
            present.setCheckState(Qt.CheckState.Checked if attended else Qt.CheckState.Unchecked)
            self.people.setItem(row, 1, present)
            self.people.setItem(row, 2, QTableWidgetItem(absent.get(member.name, "")))
        self.people.resizeColumnsToContents()
        layout.addRow(self.tr("参加人员"), self.people)
        self.items = QListWidget()
        chosen = set(session.item_ids) if session else set()
        for item_id, label in item_choices:
            entry = QListWidgetItem(label)
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(
                Qt.CheckState.Checked
                if (item_id in chosen or not session)
                else Qt.CheckState.Unchecked
            )
            self.items.addItem(entry)
        layout.addRow(self.tr("学习内容"), self.items)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def values(self) -> dict:
        attendees, absentees = [], []
        for row, member in enumerate(self.members):
            present, reason = self.people.item(row, 1), self.people.item(row, 2)
            if present is not None and present.checkState() == Qt.CheckState.Checked:
                attendees.append(member.id)
            else:
                absentees.append((member.id, reason.text() if reason is not None else ""))
        items = [
            self.items.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.items.count())
            if self.items.item(row).checkState() == Qt.CheckState.Checked
        ]
        return {
            "title": self.title.text().strip() or self.tr("学习会"),
            "starts_at": self.when.dateTime().toString("yyyy-MM-dd HH:mm"),
            "place": self.place.text().strip() or None,
            "host_id": self.host.currentData(),
            "attendee_ids": tuple(attendees),
            "absentees": tuple(absentees),
            "item_ids": tuple(items),
        }
