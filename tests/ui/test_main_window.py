"""The reader window driven as a user would: open, read, follow a directive, search, import, come back."""

from __future__ import annotations

import json
import os
import shutil

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from desktop.paths import sample_bulletin
from tests.conftest import GOLD, ROOT


@pytest.fixture
def sample_window(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.select_first_article()
    return win


def _panel_directives(win):
    model = win.directive_model
    found = []
    for row in range(model.rowCount()):
        speaker = model.index(row, 0)
        for child in range(model.rowCount(speaker)):
            found.append(model.index(child, 0, speaker))
    return found


def test_empty_library_explains_how_to_import(window):
    assert window.library_model.rowCount() == 0
    assert "导入" in window.view.toPlainText()


def test_first_start_imports_the_bundled_sample_once(library):
    assert library.ensure_sample(sample_bulletin()).status == "imported"
    with library.db.atomic():
        library.db.execute("DELETE FROM issues")
    assert library.ensure_sample(sample_bulletin()) is None  # deleted by the user: not brought back


def test_article_is_set_with_headline_and_marked_directives(sample_window):
    text = sample_window.view.toPlainText()
    assert text.startswith("坚决打赢安全生产专项整治攻坚战")
    assert "坚决做到“三管三必须”" in text
    view = sample_window.view
    requirement = next(d for d in view.directives if d.kind == "requirement")
    statement = next(d for d in view.directives if d.kind == "statement")
    backgrounds = {}
    for directive in (requirement, statement):
        cursor = view._cursor_at(directive.start + 1)
        backgrounds[directive.kind] = cursor.charFormat().background().color().name()
    assert backgrounds["requirement"] != backgrounds["statement"]
    phrase_start = view.phrases[0][0]
    assert view._cursor_at(phrase_start + 1).charFormat().fontWeight() > 500


def test_directive_panel_lists_the_gold_requirements_and_clicking_one_scrolls_to_it(
    qtbot, sample_window
):
    gold = json.loads((GOLD / "kaifaqu-bulletin-2020-07.json").read_text(encoding="utf-8"))
    wanted = {
        s["text"] for s in gold["sentences"] if s["item"] == 0 and s["label"] == "requirement"
    }
    allowed = {s["text"] for s in gold["sentences"] if s["item"] == 0 and s["label"] != "none"}
    indexes = _panel_directives(sample_window)
    listed = {index.data(Qt.ItemDataRole.UserRole + 10).text for index in indexes}
    assert wanted <= listed <= allowed
    speaker = sample_window.directive_model.index(0, 0).data()
    assert speaker.startswith("李淑侠")

    last = indexes[-1]
    directive = last.data(Qt.ItemDataRole.UserRole + 10)
    view = sample_window.view
    assert not view.is_visible(directive.start)
    sample_window.directive_tree.scrollTo(last)  # the reader scrolls the panel down to it
    rect = sample_window.directive_tree.visualRect(last)
    QTest.mouseClick(
        sample_window.directive_tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center()
    )
    assert view.is_visible(directive.start)
    assert view.flashing()
    qtbot.waitUntil(lambda: not view.flashing(), timeout=3000)


def test_an_item_without_directives_says_so(qtbot, sample_window):
    caption_index = sample_window.library_model.index(1, 0, sample_window.library_model.index(0, 0))
    sample_window.tree.setCurrentIndex(caption_index)
    assert sample_window.directive_stack.currentWidget() is sample_window.no_directives
    assert "没有识别出" in sample_window.no_directives.text()


@pytest.mark.parametrize("query", ["安全", "三管三必须", "安"])
def test_search_lands_on_the_hit_with_every_occurrence_marked(qtbot, sample_window, query):
    sample_window.search_field.setText(query)
    QTest.keyClick(sample_window.search_field, Qt.Key.Key_Return)
    assert sample_window.library_stack.currentWidget() is sample_window.results
    assert sample_window.search_model.rowCount() >= 1
    view = sample_window.view
    body = view.item.body
    assert len(view.hits()) == body.count(query)
    first = view.hits()[0]
    assert body[first[0] : first[1]] == query
    assert view.is_visible(first[0])
    if len(view.hits()) > 1:
        QTest.keyClick(sample_window, Qt.Key.Key_F3)
        assert view.current_hit() == 1
        assert view.is_visible(view.hits()[1][0])
        QTest.keyClick(sample_window, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
        assert view.current_hit() == 0
    assert "处" in sample_window.hit_label.text()


def test_clearing_the_search_shows_the_library_again(qtbot, sample_window):
    sample_window.search_field.setText("安全")
    sample_window.run_search()
    sample_window.search_field.clear()
    sample_window.run_search()
    assert sample_window.library_stack.currentWidget() is sample_window.tree


def test_dropping_a_folder_imports_with_progress_and_a_summary(qtbot, window, samples, tmp_path):
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder)
    shutil.copy(samples / "xinwenlianbo" / "20241016.md", folder)
    (folder / "junk.txt").write_bytes(os.urandom(1000))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(50, 50),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=30000):
        window.dropEvent(event)
        assert window.progress is not None
    assert window.library_model.rowCount() == 2
    assert {os.path.basename(r.path) for r in window.last_import_results if r.failed} == {
        "junk.txt"
    }
    assert window.import_summary.isVisible()
    assert "junk.txt" in window.import_summary.detailedText()
    assert window.current_item_id is not None  # the first article is open


def test_text_size_follows_ctrl_plus_minus_and_is_remembered(qtbot, sample_window, library):
    from desktop.ui.main_window import MainWindow

    before = sample_window.view.point_size
    QTest.keyClick(sample_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(sample_window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.view.point_size == before + 2
    QTest.keyClick(sample_window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert sample_window.view.point_size == before + 1
    sample_window.close()
    again = MainWindow(library)
    qtbot.addWidget(again)
    assert again.view.point_size == before + 1


def test_markings_can_be_hidden(sample_window):
    view = sample_window.view
    requirement = next(d for d in view.directives if d.kind == "requirement")
    marked = view._cursor_at(requirement.start + 1).charFormat().background().color().name()
    sample_window.requirements_action.trigger()
    unmarked = view._cursor_at(requirement.start + 1).charFormat().background().style()
    assert marked != "#000000" and unmarked == Qt.BrushStyle.NoBrush


def test_window_layout_is_remembered(qtbot, library):
    from desktop.ui.main_window import MainWindow

    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(640, 480)  # within the offscreen screen (800x600)
    first.show()
    first.directives_dock.hide()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (640, 480)
    assert not second.directives_dock.isVisible()


def test_offsets_survive_characters_outside_the_basic_plane(qtbot, library, tmp_path):
    from desktop.ui.main_window import MainWindow

    path = tmp_path / "bmp.txt"
    path.write_text(
        "区委书记王𬍛调研\n\n王𬍛指出，要坚决压实安全生产责任。𬌗𬍛要持续抓好整改落实。\n",
        encoding="utf-8",
    )
    library.import_file(path)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.select_first_article()
    view = win.view
    assert view.directives
    for directive in view.directives:
        cursor = view._cursor_at(directive.start)
        cursor.setPosition(view.position_of(directive.end), cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == directive.text
        assert view.offset_at(view.position_of(directive.end)) == directive.end


def test_models_pass_the_model_tester(qtmodeltester, sample_window):
    qtmodeltester.check(sample_window.library_model)
    qtmodeltester.check(sample_window.directive_model)
    sample_window.search_field.setText("安全")
    sample_window.run_search()
    qtmodeltester.check(sample_window.search_model)


def test_every_row_of_the_library_and_the_directives_can_be_selected(sample_window):
    """Issues, articles, speakers and their directives are enabled and selectable rows (the
    models leave the answer to Qt); an index of no row has no flags."""
    wanted = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    for model in (sample_window.library_model, sample_window.directive_model):
        groups = [model.index(row, 0) for row in range(model.rowCount())]
        rows = [model.index(r, 0, group) for group in groups for r in range(model.rowCount(group))]
        assert groups and rows
        assert {model.flags(index) for index in groups + rows} == {wanted}
        assert model.flags(model.index(0, 1)) == Qt.ItemFlag.NoItemFlags
    tree = sample_window.tree
    article = sample_window.library_model.index(1, 0, sample_window.library_model.index(0, 0))
    tree.setCurrentIndex(article)
    assert tree.selectionModel().isSelected(article)


def test_a_search_typed_and_waiting_is_not_run_again_nor_after_the_window_closes(sample_window):
    """Typing waits 250 ms before searching; a search run at once (Enter) or the window closing
    drops the wait, so it never runs on a library that has been closed since."""
    sample_window.search_field.setText("安全")
    assert sample_window._search_timer.isActive()
    sample_window.run_search()
    assert not sample_window._search_timer.isActive()
    sample_window.search_field.setText("安全生产")
    assert sample_window._search_timer.isActive()
    sample_window.close()
    assert not sample_window._search_timer.isActive()


def _translations_tool():
    """packaging/translations.py, the developer tool that builds and fills the catalogues."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_english_translation_is_complete_and_loads(qtbot, qapp, library, tmp_path):
    import subprocess

    from PySide6.QtCore import QCoreApplication

    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow

    tool = _translations_tool()
    # every tr() in the sources and every core message, as lupdate finds them today, has its English
    scratch = tmp_path / "yandu_en.ts"
    shutil.copy(translations.TRANSLATIONS / "yandu_en.ts", scratch)
    subprocess.run(
        [tool.tool("lupdate"), "-silent", *tool.sources(), "-ts", str(scratch)], check=True
    )
    unfinished = tool.unfinished(scratch)
    assert unfinished == []
    tool.build()
    assert translations.install(qapp, "en") == "en"
    try:
        win = MainWindow(library)
        qtbot.addWidget(win)
        assert [a.text() for a in win.menuBar().actions()] == [
            "&File",
            "&Edit",
            "&View",
            "&Study",
            "&Help",
        ]
    finally:
        QCoreApplication.removeTranslator(qapp._yandu_translator)


def test_cancel_stops_an_import_between_files(qtbot, window, samples, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    text = (samples / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")
    for number in range(150):
        (folder / f"{number:03d}.txt").write_text(
            text.replace("7月18日", f"第{number}次"), encoding="utf-8"
        )
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=120000):
        window.import_paths([folder])
        qtbot.waitUntil(lambda: window.progress.value() >= 1, timeout=20000)
        cancel = window.progress.findChild(QPushButton)
        QTest.mouseClick(cancel, Qt.MouseButton.LeftButton)  # 取消
    assert 0 < len(window.last_import_results) < 150


def test_closing_during_an_import_stops_it_cleanly(qtbot, library, samples, tmp_path):
    from desktop.ui.main_window import MainWindow

    folder = tmp_path / "many"
    folder.mkdir()
    text = (samples / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")
    for number in range(30):
        (folder / f"{number:02d}.txt").write_text(
            text.replace("7月18日", f"第{number}次"), encoding="utf-8"
        )
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    win.import_paths([folder])
    qtbot.waitUntil(lambda: win.progress.value() >= 1, timeout=20000)
    win.close()  # must not abort the process with a running worker
    assert win.runner.wait_idle(timeout=1)


def test_tree_follows_a_search_hit_and_empty_search_opens_nothing(qtbot, sample_window):
    first = sample_window.current_item_id
    sample_window.search_field.setText("臧晓鹏")
    QTest.keyClick(sample_window.search_field, Qt.Key.Key_Return)
    opened = sample_window.current_item_id
    assert opened != first
    assert sample_window.tree.currentIndex().data(Qt.ItemDataRole.UserRole + 1) == opened
    sample_window.search_field.clear()
    QTest.keyClick(sample_window.search_field, Qt.Key.Key_Return)
    assert sample_window.current_item_id == opened and sample_window.view.hits() == []
    first_index = sample_window.library_model.item_index(first)
    sample_window.tree.setCurrentIndex(first_index)
    assert sample_window.current_item_id == first


def test_language_choices_are_exclusive(sample_window):
    menu = next(
        a.menu()
        for a in sample_window.menuBar().actions()
        if a.menu() and a.text().startswith("视图")
    )
    languages = next(a.menu() for a in menu.actions() if a.menu() is not None)
    choices = languages.actions()
    choices[2].trigger() if False else None
    choices[1].setChecked(True)
    choices[2].setChecked(True)
    assert [c.isChecked() for c in choices] == [False, False, True]


def test_overlapping_and_punctuated_queries(sample_window):
    sample_window.search_field.setText("安全生产 安全")
    sample_window._search_now()
    hits = sample_window.view.hits()
    assert all(a[1] <= b[0] for a, b in zip(hits, hits[1:], strict=False))  # no hit counted twice
    sample_window.search_field.setText("专项整治，攻坚战")
    sample_window._search_now()
    assert sample_window.search_model.rowCount() >= 1


def test_a_long_library_is_read_a_page_at_a_time(
    qtbot, qtmodeltester, library, samples, monkeypatch, tmp_path
):
    from desktop.ui.main_window import MainWindow
    from desktop.ui.models import library_model

    monkeypatch.setattr(library_model, "PAGE", 2)
    library.import_paths([samples])
    issues, articles = library.counts()
    assert issues >= 5
    newest_first = library.issues()

    model = library_model.LibraryModel(library)
    model.reload()
    assert model.rowCount() == 2 and model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert [model.index(row, 0).data(library_model.ISSUE_ID_ROLE) for row in range(issues)] == [
        summary.id for summary in newest_first
    ]
    model.reload()
    qtmodeltester.check(model)

    # an issue imported by another process while the list is half read: no page shifts
    model = library_model.LibraryModel(library)
    model.reload()
    text = (samples / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")
    newest = tmp_path / "kaifaqu-bulletin-2099-01.txt"
    newest.write_text(
        text + "\n\n\n\n开发区召开安全生产专题会议\n\n会议要求各单位压实责任。\n", encoding="utf-8"
    )
    assert library.import_file(newest).status == "imported"
    while model.canFetchMore():
        model.fetchMore()
    listed = [
        model.index(row, 0).data(library_model.ISSUE_ID_ROLE) for row in range(model.rowCount())
    ]
    assert listed == [summary.id for summary in newest_first]  # the new one comes with a refresh
    model.reload()
    assert model.index(0, 0).data(library_model.ISSUE_ID_ROLE) == library.issues()[0].id
    assert library.issue(library.issues()[0].id).date == "2099-01"

    issues, articles = library.counts()
    newest_first = library.issues()
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.library_model.reload()  # the first page only, as a long library opens
    oldest = library.issue(newest_first[-1].id).items[-1]
    assert win.library_model.rowCount() < issues
    assert win.select_item(oldest.id)  # from search or a note: older than the page read
    assert win.tree.currentIndex().data(library_model.ITEM_ID_ROLE) == oldest.id
    assert win.view.item.id == oldest.id
    assert win.count_label.text() == f"{issues} 期 · {articles} 篇"


@pytest.mark.parametrize("redraw", ["zoom", "markings", "other article"])
def test_redrawing_during_a_flash_keeps_the_flash_on_the_new_page(qtbot, sample_window, redraw):
    """A flash holds a place in the page; a redraw replaces the page (and used to crash Yandu)."""
    view = sample_window.view
    directive = view.directives[-1]
    view.reveal(directive.start, directive.end)
    assert view.flashing()
    if redraw == "zoom":
        sample_window.zoom(1)
    elif redraw == "markings":
        sample_window.statements_action.trigger()
    else:
        other = sample_window.library_model.index(2, 0, sample_window.library_model.index(0, 0))
        sample_window.tree.setCurrentIndex(other)
    qtbot.wait(50)  # the replaced page is deleted
    selections = view.extraSelections()
    if redraw == "other article":
        assert not view.flashing() and selections == []
    else:
        assert view.flashing()
        [flash] = selections
        assert flash.cursor.document() is view.document()
        assert flash.cursor.selectedText() == directive.text
    qtbot.waitUntil(lambda: not view.flashing(), timeout=3000)
    assert view.extraSelections() == []


def test_hovering_a_marked_sentence_says_whose_it_is_and_why(qtbot, sample_window):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from desktop.ui.plain import tip

    view = sample_window.view
    directive = next(d for d in view.directives if d.text.startswith("全区各级必须"))
    assert view.directive_tip(directive).splitlines() == [
        "要求 · 李淑侠",
        "为何标出：含情态词“必须”",
        "发言人：李淑侠（同一段中前面点名的发言人）",
    ]
    view.reveal(directive.start, directive.end, flash=False)
    rect = view.cursorRect(view._cursor_at(directive.start + 2))
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    view.viewportEvent(event)
    qtbot.waitUntil(QToolTip.isVisible, timeout=3000)
    assert QToolTip.text() == tip(view.directive_tip(directive))  # escaped: text, never markup


def test_the_window_title_names_the_article_once(qtbot, library, samples):
    from PySide6.QtWidgets import QApplication

    from desktop.ui.main_window import MainWindow

    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.select_first_article()
    assert window.windowTitle() == "坚决打赢安全生产专项整治攻坚战"  # Qt adds the app's name
    assert "Yandu" not in window.windowTitle() and QApplication.applicationDisplayName()
