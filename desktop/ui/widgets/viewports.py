"""A scroll area's viewport, reached without making PySide create every widget class.

`QAbstractScrollArea.viewport()` returns a plain QWidget that Qt made. The first time PySide
converts such a widget it works out its most derived class, and to do that it creates every
lazily loaded class of QtWidgets, with their enums: 9 ms before the window's first paint, for
classes the window never uses. Found as the area's child under the name Qt gives it, the same
widget comes back as the class asked for, at no such cost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

QT_NAME = "qt_scrollarea_viewport"  # QAbstractScrollArea's own viewport (qabstractscrollarea.cpp)


def viewport(area: QAbstractScrollArea) -> QWidget:
    """`area.viewport()`, the same widget."""
    found = area.findChild(QWidget, QT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else area.viewport()
