"""A two-level tree model (groups and their rows) over plain lists: the index bookkeeping in one place.

Group rows carry internalId 0; a child row carries its group's row + 1.
Subclasses say how many groups there are and how many rows each has. Every row is enabled and
selectable, which is what QAbstractItemModel.flags answers without asking Python (a window's
first paint asked it 860 times).
"""

from __future__ import annotations

from typing import overload

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex  # what Qt hands a model's methods

TOP = 0


class TwoLevelModel(QAbstractItemModel):
    def group_count(self) -> int:
        raise NotImplementedError

    def child_count(self, group: int) -> int:
        raise NotImplementedError

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, TOP) if row < self.group_count() else QModelIndex()
        if parent.internalId() == TOP and row < self.child_count(parent.row()):
            return self.createIndex(row, 0, parent.row() + 1)
        return QModelIndex()

    @overload
    def parent(self) -> QObject | None: ...

    @overload
    def parent(self, child: Index) -> QModelIndex: ...

    def parent(self, child: Index | None = None) -> QObject | QModelIndex | None:
        if child is None:  # QObject's parent()
            return super().parent()
        if not child.isValid() or child.internalId() == TOP:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, TOP)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if not parent.isValid():
            return self.group_count()
        if parent.column() != 0 or parent.internalId() != TOP:
            return 0
        return self.child_count(parent.row())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 1

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802
        # asked of every row when a group expands: a child row never has children
        if parent.isValid() and parent.internalId() != TOP:
            return False
        return self.rowCount(parent) > 0
