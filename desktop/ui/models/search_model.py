"""Search hits as a flat list model: item id in a role, snippet as the text."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt

from desktop.core.model import SearchHit
from desktop.ui.models.two_level import Index
from desktop.ui.plain import tip

HIT_ROLE = Qt.ItemDataRole.UserRole + 20


class SearchModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[SearchHit] = []

    def set_hits(self, hits: list[SearchHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = " ".join(
                part for part in (hit.issue_date, hit.headline or hit.issue_title) if part
            )
            start, end = hit.match
            marked = (
                hit.snippet[:start] + "【" + hit.snippet[start:end] + "】" + hit.snippet[end:]
                if end
                else hit.snippet
            )
            return f"{head}\n{marked}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(f"{hit.issue_date or ''} {hit.issue_title}")
        if role == HIT_ROLE:
            return hit
        return None
