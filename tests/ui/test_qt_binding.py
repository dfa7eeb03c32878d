"""The Qt binding must not corrupt Python's reference counts on the calls the reader makes thousands of times.

PySide6 6.12.0 decrefs None in QTextCharFormat.setBackground/setForeground: after a few
thousand highlights the interpreter aborts (none_dealloc). pyproject.toml keeps us below it;
this test fails if a version with the fault is installed.
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QBrush, QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument


def test_text_format_setters_keep_none_alive(qapp):
    char_format = QTextCharFormat()
    brush = QBrush(QColor("#fcefc7"))
    document = QTextDocument("安全生产" * 50)
    cursor = QTextCursor(document)
    before = sys.getrefcount(None)
    for _ in range(500):
        char_format.setBackground(brush)
        char_format.setForeground(brush)
        char_format.setFontWeight(QFont.Weight.Bold)
        char_format.setUnderlineColor(QColor("#c0392b"))
        cursor.setPosition(3)
        cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(char_format)
    assert sys.getrefcount(None) - before >= -50
