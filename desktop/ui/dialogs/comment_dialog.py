"""Comment (批注), tags and category for a highlight."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
)

from desktop.ui.plain import plain_label


class CommentDialog(QDialog):
    def __init__(
        self,
        quote: str,
        categories: list[str],
        category: str | None = None,
        comment: str = "",
        tags: tuple[str, ...] = (),
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("批注"))
        layout = QFormLayout(self)
        shown = plain_label(f"“{quote[:120]}{'…' if len(quote) > 120 else ''}”")
        shown.setWordWrap(True)
        layout.addRow(self.tr("原文"), shown)
        self.category = QComboBox()
        self.category.addItems(categories)
        if category in categories:
            self.category.setCurrentText(category)
        layout.addRow(self.tr("类别"), self.category)
        self.comment = QPlainTextEdit(comment)
        self.comment.setObjectName("comment_text")
        self.comment.setAccessibleName(self.tr("批注"))
        self.comment.setTabChangesFocus(True)  # Tab goes on to 标签, as in every other field
        layout.addRow(self.tr("批注"), self.comment)
        self.tags = QLineEdit(" ".join(tags))
        self.tags.setPlaceholderText(self.tr("用空格分隔，如：安全 责任"))
        layout.addRow(self.tr("标签"), self.tags)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)
        # Ctrl+Enter saves from inside the comment, where Enter starts a new line (the text
        # box takes Ctrl+Enter for itself before a shortcut sees it: hence the filter)
        self.comment.installEventFilter(self)
        self.category.setAccessibleName(self.tr("类别"))
        self.tags.setAccessibleName(self.tr("标签"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip(self.tr("保存（Ctrl+Enter）"))
        self.comment.setFocus()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if (
            watched is self.comment
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def values(self) -> tuple[str, str, tuple[str, ...]]:
        tags = tuple(
            dict.fromkeys(
                t.lstrip("#") for t in self.tags.text().replace("，", " ").split() if t.strip("#")
            )
        )
        return self.category.currentText(), self.comment.toPlainText().strip(), tags
