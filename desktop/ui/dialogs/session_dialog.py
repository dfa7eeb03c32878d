"""A study session (学习会): title, time, place, host, who attended, who was away and why, what was studied."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.plain import name_clear_button

PRESENT, ABSENT = 0, 1


class SessionDialog(QDialog):
    def __init__(
        self, library, item_choices: list[tuple[int, str]], session=None, parent=None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.setWindowTitle(self.tr("学习会"))
        self.setMinimumWidth(640)  # the articles' titles are read here, not guessed at
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
        # what was studied: any article of the library, found by search; only what the secretary
        # ticks is studied (a new session ticks nothing), and ticks survive a new search
        self.chosen: list[int] = list(session.item_ids) if session else []
        self.labels: dict[int, str] = dict(item_choices)
        self.base_choices = [item_id for item_id, _label in item_choices]
        self.search = QLineEdit()
        self.search.setObjectName("session_item_search")
        self.search.setPlaceholderText(self.tr("在全部文章中搜索要学习的文章"))
        self.search.setAccessibleName(self.tr("搜索学习内容"))
        self.search.setClearButtonEnabled(True)
        name_clear_button(self.search)
        self.search.textChanged.connect(self._list_items)
        self.items = QListWidget()
        self.items.setObjectName("session_items")
        self.items.setAccessibleName(self.tr("学习内容"))
        self.items.setMinimumHeight(180)
        self.items.itemChanged.connect(self._ticked)
        self.chosen_label = QLabel()
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.items)
        column.addWidget(self.chosen_label)
        self._list_items("")
        layout.addRow(self.tr("学习内容"), box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _list_items(self, query: str) -> None:
        """The ticked articles first, then the search's hits (or the issue being read)."""
        query = query.strip()
        found: list[int] = []
        if query:
            for hit in self.library.search(query, limit=100):
                found.append(hit.item_id)
                self.labels.setdefault(
                    hit.item_id,
                    " · ".join(
                        p
                        for p in (hit.issue_date, hit.issue_title, hit.headline or hit.snippet[:20])
                        if p
                    ),
                )
        else:
            found = self.base_choices
        self.items.blockSignals(True)
        self.items.clear()
        for item_id in dict.fromkeys([*self.chosen, *found]):
            if item_id not in self.labels:
                continue
            entry = QListWidgetItem(self.labels[item_id])
            entry.setToolTip(self.labels[item_id])
            entry.setData(Qt.ItemDataRole.UserRole, item_id)
            entry.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = item_id in self.chosen
            entry.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.items.addItem(entry)
        self.items.blockSignals(False)
        self._count()

    def _ticked(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if entry.checkState() == Qt.CheckState.Checked and item_id not in self.chosen:
            self.chosen.append(item_id)
        elif entry.checkState() != Qt.CheckState.Checked and item_id in self.chosen:
            self.chosen.remove(item_id)
        self._count()

    def _count(self) -> None:
        self.chosen_label.setText(self.tr("已选 %n 篇", "", len(self.chosen)))

    def values(self) -> dict:
        attendees, absentees = [], []
        for row, member in enumerate(self.members):
            present, reason = self.people.item(row, 1), self.people.item(row, 2)
            if present is not None and present.checkState() == Qt.CheckState.Checked:
                attendees.append(member.id)
            else:
                absentees.append((member.id, reason.text() if reason is not None else ""))
        items = list(self.chosen)
        return {
            "title": self.title.text().strip() or self.tr("学习会"),
            "starts_at": self.when.dateTime().toString("yyyy-MM-dd HH:mm"),
            "place": self.place.text().strip() or None,
            "host_id": self.host.currentData(),
            "attendee_ids": tuple(attendees),
            "absentees": tuple(absentees),
            "item_ids": tuple(items),
        }
