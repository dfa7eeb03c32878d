"""帮助 → 使用说明: the manual, offline, in the interface's language, and every shortcut of the window.

The manual is package data (`resources/manual/<language>.html`, found
through `desktop.paths`), written by hand to match the code; its links lead only within itself:
a link to anywhere else is not followed. The 快捷键 page is read from the window's own actions
when the dialog opens, so it names the keys the window really has, in its language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.paths import resources_dir
from desktop.ui.actions import plain_label

DEFAULT_LANGUAGE = "zh_CN"


def manual_language() -> str:
    """The interface's language as translations.install chose it: English when Yandu's English
    catalogue is installed, else Chinese (the text the interface is written in)."""
    translator = getattr(QCoreApplication.instance(), "_yandu_translator", None)
    if translator is None or not translator.language():
        return DEFAULT_LANGUAGE
    return translator.language().replace("-", "_")


def manual_path(language: str) -> Path:
    """The manual in `language` ('en', 'en_GB' → en.html), else the Chinese one."""
    folder = resources_dir() / "manual"
    for name in (language, language.split("_")[0], DEFAULT_LANGUAGE):
        path = folder / f"{name}.html"
        if path.is_file():
            return path
    return folder / f"{DEFAULT_LANGUAGE}.html"


def _menu_order(window: QWidget) -> dict[QAction, int]:
    """Each action's place in the window's menus, menu by menu, top to bottom."""
    order: dict[QAction, int] = {}

    def walk(actions: list[QAction]) -> None:
        for action in actions:
            order.setdefault(action, len(order))
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu.actions())

    if isinstance(window, QMainWindow):
        walk(window.menuBar().actions())
    return order


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(what, keys) for every action of the window that has a key: in the menus' order, then the
    others by name. An action with several keys lists them all (重做: Ctrl+Shift+Z, Ctrl+Y)."""
    order = _menu_order(window)
    rows: dict[tuple[str, str], tuple[int, str]] = {}
    for action in window.findChildren(QAction):
        keys = ", ".join(
            key.toString(QKeySequence.SequenceFormat.NativeText)
            for key in action.shortcuts()
            if not key.isEmpty()
        )
        label = plain_label(action.text())
        if not keys or not label:
            continue
        rows.setdefault((label, keys), (order.get(action, len(order)), label))
    return sorted(rows, key=lambda row: rows[row])


class HelpDialog(QDialog):
    """Not modal: the manual can stay open beside the window while one tries what it says."""

    def __init__(self, window: QWidget, language: str | None = None) -> None:
        super().__init__(window)
        self.owner = window
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("使用说明"))
        self.setModal(False)
        self.tabs = QTabWidget()

        self.browser = QTextBrowser()
        self.browser.setObjectName("manual")
        self.browser.setAccessibleName(self.tr("使用说明"))
        self.browser.setOpenExternalLinks(False)
        self.browser.setOpenLinks(False)  # followed here, within the manual only
        self.browser.anchorClicked.connect(self.follow)
        self.path = manual_path(language or manual_language())
        self.browser.setHtml(self.path.read_text(encoding="utf-8"))
        self.tabs.addTab(self.browser, self.tr("使用说明"))

        self.table = QTableWidget(0, 2)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(self.tr("快捷键"))
        self.table.setHorizontalHeaderLabels([self.tr("功能"), self.tr("快捷键")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        self.tabs.addTab(self.table, self.tr("快捷键"))
        self.refresh_shortcuts()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 560)

    def refresh_shortcuts(self) -> None:
        rows = shortcut_rows(self.owner)
        self.table.setRowCount(len(rows))
        for row, (label, keys) in enumerate(rows):
            for column, text in enumerate((label, keys)):
                cell = QTableWidgetItem(text)
                cell.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, cell)

    def follow(self, url: QUrl) -> None:
        """A link of the manual: a place in it (#export) is scrolled to; any other is ignored."""
        if url.isRelative() and not url.path() and url.hasFragment():
            self.browser.scrollToAnchor(url.fragment())


def show_help(window: QWidget) -> HelpDialog:
    """帮助 → 使用说明 (F1): the window's help dialog, opened once and brought forward after."""
    dialog = window.findChild(HelpDialog, "help_dialog")
    if dialog is None:
        dialog = HelpDialog(window)
    else:
        dialog.refresh_shortcuts()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
