"""The library as a two-level Qt model: issues (newest first), each with its items. Rows hold ids."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, Qt

from desktop.core.library import Library
from desktop.core.model import IssueSummary, Item

ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
_TOP = 0  # internalId of issue rows; item rows carry their issue's row + 1


class LibraryModel(QAbstractItemModel):
    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._issues: list[IssueSummary] = []
        self._items: dict[int, tuple[Item, ...]] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._issues = self.library.issues()
        self._items = {}
        self.endResetModel()

    def _items_of(self, row: int) -> tuple[Item, ...]:
        issue_id = self._issues[row].id
        if issue_id not in self._items:
            self._items[issue_id] = self.library.issue(issue_id).items
        return self._items[issue_id]

    # structure

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _TOP) if row < len(self._issues) else QModelIndex()
        if parent.internalId() == _TOP and row < len(self._items_of(parent.row())):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _TOP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _TOP)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return len(self._issues)
        if parent.column() != 0 or parent.internalId() != _TOP:
            return 0
        return self._issues[parent.row()].item_count

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008, N802
        return self.rowCount(parent) > 0

    # content

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.internalId() == _TOP:
            issue = self._issues[index.row()]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{issue.date or ''}  {issue.title}".strip()
            if role == Qt.ItemDataRole.ToolTipRole:
                return issue.source
            if role == ISSUE_ID_ROLE:
                return issue.id
            return None
        items = self._items_of(index.internalId() - 1)
        if index.row() >= len(items):
            return None
        item = items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item_label(item, self.tr("图片说明"), self.tr("简讯"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return item.headline or (item.paragraphs[0][:80] if item.paragraphs else None)
        if role == ITEM_ID_ROLE:
            return item.id
        if role == ISSUE_ID_ROLE:
            return item.issue_id
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def item_index(self, item_id: int, issue_id: int | None = None) -> QModelIndex:
        """The index of an item; with its issue id only that issue's items are loaded."""
        if issue_id is None:
            issue_id = self.library.item(item_id).issue_id
        rows = [row for row, issue in enumerate(self._issues) if issue.id == issue_id]
        for row in rows:
            for child_row, item in enumerate(self._items_of(row)):
                if item.id == item_id:
                    return self.index(child_row, 0, self.index(row, 0))
        return QModelIndex()

    def counts(self) -> tuple[int, int]:
        return len(self._issues), sum(issue.item_count for issue in self._issues)


def item_label(item: Item, caption: str, brief: str) -> str:
    text = item.headline or (item.paragraphs[0][:28] + "…" if item.paragraphs else "")
    prefix = {"caption": caption, "brief": brief}.get(item.kind)
    return f"{prefix}  {text}" if prefix else text
