"""Text from imported files, or typed by a user, reaches Qt only as plain text or escaped HTML.

Qt guesses: a tooltip or a label whose text looks like HTML (`<img src=…>` at the
start) is rendered as rich text, which can load files. These helpers never let it
guess.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
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
