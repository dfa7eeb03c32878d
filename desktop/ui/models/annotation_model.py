"""Annotations as a list model: the quote, the member, the comment and tags; orphans flagged."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QColor

from desktop.core.model import Annotation
from desktop.ui.models.two_level import Index
from desktop.ui.plain import tip

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 30


class AnnotationModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._annotations: list[Annotation] = []
        self.labels: dict[int, str] = {}  # member id -> name as lists show it (study/group.py)

    def set_annotations(self, annotations: list[Annotation]) -> None:
        self.beginResetModel()
        self._annotations = list(annotations)
        self.endResetModel()

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._annotations)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self._annotations):
            return None
        annotation = self._annotations[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            member = self.labels.get(annotation.member_id, annotation.member)
            head = f"{member} · {annotation.category or ''}".rstrip(" ·")
            if annotation.orphan:  # kept with its words; the corrected text no longer holds them
                head += " · " + self.tr("原文已改动")
                if annotation.item_id is None and annotation.item_title:
                    head += f" · 《{annotation.item_title}》"
            elif annotation.to_confirm:
                head += " · " + self.tr("原文有改动，请确认位置")
            lines = [head, f"“{annotation.quote}”"]
            if annotation.comment:
                lines.append(annotation.comment)
            if annotation.tags:
                lines.append(" ".join(f"#{tag}" for tag in annotation.tags))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.DecorationRole:
            return QColor(annotation.colour)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip(annotation.comment or annotation.quote)
        if role == ANNOTATION_ROLE:
            return annotation
        return None
