"""Rows as tall as their wrapped text: Qt's item views elide long text on one line otherwise."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from desktop.ui.widgets.viewports import viewport


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        self.viewport = viewport(view)
        self.viewport.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Resize:  # a new width wraps the rows anew
            QTimer.singleShot(0, self.view.doItemsLayout)
        return False

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: N802 - Qt's name
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        view = self.view
        indent = 0
        if isinstance(view, QTreeView) and index.parent().isValid():
            indent = view.indentation() * 2
        width = max(80, self.viewport.width() - indent - 16)
        decoration = 22 if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
        bounds = option.fontMetrics.boundingRect(
            QRect(0, 0, width - decoration, 100000), int(Qt.TextFlag.TextWordWrap), str(text)
        )
        return QSize(width, bounds.height() + 8)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        option.textElideMode = Qt.TextElideMode.ElideNone
