"""Every interactive widget of the main window and its dialogs has a name a screen reader can say
(its own accessible name, its text, or its form label)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from tests.ui.test_annotating import study_window as study_window  # the fixture, shared

INTERACTIVE = (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
)

QT_PARTS = {"qt_toolbar_ext_button", "qt_tableview_cornerbutton"}


def nameless(top: QWidget) -> list[str]:
    """The interactive widgets under `top` that a screen reader would read without a name."""
    QAccessible.setActive(True)
    missing = []
    for widget in [top, *top.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLineEdit) and isinstance(
            widget.parent(), QComboBox | QAbstractSpinBox
        ):
            continue  # an editable combo's or spin box's own field: named by its owner
        if isinstance(widget, QHeaderView) or widget.objectName() in QT_PARTS:
            continue  # a table's header (its sections are read by their labels), Qt's own parts
        accessible = QAccessible.queryAccessibleInterface(widget)
        name = accessible.text(QAccessible.Text.Name) if accessible is not None else ""
        if not name.strip():
            missing.append(f"{type(widget).__name__} {widget.objectName() or '(no object name)'}")
    return missing


def _dialogs(win):
    from desktop.ui.dialogs.about_dialog import AboutDialog
    from desktop.ui.dialogs.comment_dialog import CommentDialog
    from desktop.ui.dialogs.export_dialog import ExportDialog
    from desktop.ui.dialogs.members_dialog import MembersDialog
    from desktop.ui.dialogs.session_dialog import SessionDialog
    from desktop.ui.library_edits import TrashDialog

    library = win.library
    yield "comment", CommentDialog("坚决打赢安全生产专项整治攻坚战", ["重点", "疑问"], parent=win)
    yield "session", SessionDialog(library, win.study.item_choices(), parent=win)
    yield "export", ExportDialog(library, win.runner, parent=win)
    yield "members", MembersDialog(library, win)
    yield "about", AboutDialog(library.path, win)
    yield "trash", TrashDialog(win.library_edits, win)


def test_every_interactive_widget_of_the_main_window_has_a_name(study_window):
    win, _zhang, _li = study_window
    assert nameless(win) == []
    win.search_field.setText("安全")  # the search results replace the library list
    win._search_now()
    assert nameless(win) == []


@pytest.mark.parametrize("which", ["comment", "session", "export", "members", "about", "trash"])
def test_every_interactive_widget_of_each_dialog_has_a_name(study_window, qtbot, which):
    win, _zhang, _li = study_window
    dialog = dict(_dialogs(win))[which]
    qtbot.addWidget(dialog)
    dialog.show()
    assert nameless(dialog) == []
