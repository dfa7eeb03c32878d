"""Text from imported files, or typed by a user, reaches Qt only as plain text or escaped HTML.

Qt guesses: a tooltip or a label whose text looks like HTML (`<img src=…>` at the
start) is rendered as rich text, which can load files. These helpers never let it
guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QLabel, QWidget


def tip(text: str | None) -> str | None:
    """A tooltip that shows `text` as it is: escaped, in HTML Qt will not read as markup."""
    if not text:
        return None
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def name_clear_button(field) -> None:
    """A line edit's clear button (Qt's own) says what it does to a screen reader."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QAction

    clear = field.findChild(QAction, "_q_qlineeditclearaction")
    if clear is not None:
        clear.setText(QCoreApplication.translate("plain", "清除"))


# the default kinds of highlight, as the library stores them: shown translated where one exists
# (a kind a group adds itself is shown as they wrote it)
DEFAULT_CATEGORIES = (
    QT_TRANSLATE_NOOP("categories", "重点"),
    QT_TRANSLATE_NOOP("categories", "疑问"),
    QT_TRANSLATE_NOOP("categories", "落实"),
)


def category_name(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("categories", name) if name in DEFAULT_CATEGORIES else name


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    """QInputDialog.getText, wide enough that its title (with 研读 Yandu after it) and the text
    are not cut off."""
    from PySide6.QtWidgets import QDialog, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setMinimumWidth(max(420, dialog.fontMetrics().horizontalAdvance(text) + 80))
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    value = dialog.textValue()
    dialog.deleteLater()
    return value, accepted
