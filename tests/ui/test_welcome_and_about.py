"""The welcome where no article is open, and 帮助 → 关于研读."""

from __future__ import annotations

import platform
from importlib import metadata

import PySide6
from PySide6.QtCore import Qt, QTimer, qVersion
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit, QMessageBox, QTableWidget

from desktop import APP_ID, __version__
from desktop.core.library import Library
from desktop.ui.models.library_model import ITEM_ID_ROLE

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def _menu(window, title: str):
    return next(action.menu() for action in window.menuBar().actions() if action.text() == title)


def test_an_empty_library_shows_how_to_import_mark_and_export(window):
    text = window.view.toPlainText()
    assert window.view.item is None and window.current_item_id is None
    assert "欢迎使用研读" in text and "文库还是空的" in text
    # the menu names and keys are the menus' own
    assert "“文件 → 导入文件…”（Ctrl+O）" in text
    assert "“文件 → 导入文件夹…”（Ctrl+Shift+O）" in text
    assert "拖到窗口里" in text and window.acceptDrops()  # the window takes dropped files
    assert ".txt、.md、.html、.docx、.pdf" in text
    assert "Ctrl+1 重点、Ctrl+2 疑问、Ctrl+3 落实" in text
    assert "按 Ctrl+M 写批注" in text
    assert "“文件 → 导出学习笔记…”（Ctrl+E）" in text
    file_menu = [a.text() for a in _menu(window, "文件(&F)").actions()]
    assert {"导入文件(&I)…", "导入文件夹(&D)…", "导出学习笔记(&E)…"} <= set(file_menu)
    study_menu = [a.text() for a in _menu(window, "学习(&S)").actions()]
    assert {"划线：重点", "划线：疑问", "划线：落实", "批注(&M)…"} <= set(study_menu)
    assert window.named_actions["comment"].shortcut().toString() == "Ctrl+M"


def test_picking_an_article_replaces_the_welcome(qtbot, window, library, samples):
    library.import_file(samples / KAIFAQU)
    window.refresh()
    assert window.view.item is None
    assert "在左边的“文库”中点选一篇文章开始阅读" in window.view.toPlainText()
    tree = window.tree
    first = window.library_model.index(0, 0, window.library_model.index(0, 0))
    tree.scrollTo(first)
    QTest.mouseClick(
        tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(first).center()
    )
    assert window.current_item_id == first.data(ITEM_ID_ROLE)
    text = window.view.toPlainText()
    assert text.startswith("坚决打赢安全生产专项整治攻坚战")
    assert "欢迎使用研读" not in text


def test_the_welcome_returns_when_everything_is_deleted_elsewhere(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    win.select_first_article()
    assert win.view.item is not None
    qtbot.waitUntil(lambda: win.watcher._marks is not None, timeout=3000)
    other = Library.open(library.path)  # another window or the command line
    with other.db.atomic():
        other.db.execute("DELETE FROM issues")
    other.close(backup=False)
    qtbot.waitUntil(lambda: "欢迎使用研读" in win.view.toPlainText(), timeout=6000)
    assert win.view.item is None and win.current_item_id is None
    assert "文库还是空的" in win.view.toPlainText()


def test_the_welcome_s_import_link_is_the_import_action(qtbot, window, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(window, "choose_files", lambda: asked.append("files"))
    monkeypatch.setattr(window, "choose_folder", lambda: asked.append("folder"))
    window.view.internal_link.emit("yandu:import")
    window.view.internal_link.emit("yandu:import-folder")
    assert asked == ["files", "folder"]
    html = window.view.toHtml()
    assert 'href="yandu:import"' in html and 'href="yandu:import-folder"' in html


def test_about_names_the_version_the_library_and_the_licences(qtbot, window, library):
    assert [a.objectName() for a in _menu(window, "帮助(&H)").actions()] == [
        "help",
        "",  # a separator
        "about",
        "about_qt",
    ]
    window.named_actions["about"].trigger()
    dialog = window.findChild(QDialog, "about_dialog")
    qtbot.waitUntil(dialog.isVisible)
    version = dialog.findChild(QLabel, "about_version")
    assert __version__ in version.text()
    path = dialog.findChild(QLineEdit, "about_library_path")
    assert path.text() == str(library.path) and path.isReadOnly()
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert APP_ID in labels
    runtime = dialog.findChild(QLabel, "about_runtime").text()
    assert platform.python_version() in runtime and qVersion() in runtime
    assert PySide6.__version__ in runtime
    licences = dialog.findChild(QLabel, "about_licences")
    assert licences.textFormat() == Qt.TextFormat.PlainText
    assert "LGPL-3.0" in licences.text() and "https://www.qt.io/licensing/" in licences.text()
    assert "换成" in licences.text()  # the user may replace the Qt libraries
    table = dialog.findChild(QTableWidget, "about_components")
    rows = {
        table.item(row, 0).text(): (table.item(row, 1).text(), table.item(row, 2).text())
        for row in range(table.rowCount())
    }
    assert rows["研读 Yandu"] == (__version__, "MIT")
    assert rows["Qt"] == (qVersion(), "LGPL-3.0")
    expected = {
        "sqlite-utils": "Apache-2.0",
        "python-docx": "MIT",
        "charset-normalizer": "MIT",
        "jieba": "MIT",
        "rapidfuzz": "MIT",
        "lxml": "BSD-3-Clause",
        "markdown-it-py": "MIT",
        "pypdf": "BSD-3-Clause",
        "platformdirs": "MIT",
    }
    for name, licence in expected.items():
        assert rows[name] == (metadata.version(name), licence)
    dialog.close()


def test_about_qt_opens_qt_s_own_box(qtbot, window):
    seen: list[str] = []

    def close_it() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.windowTitle())
            box.close()

    QTimer.singleShot(200, close_it)
    window.named_actions["about_qt"].trigger()  # returns when the box is closed
    assert seen == ["关于 Qt"]
