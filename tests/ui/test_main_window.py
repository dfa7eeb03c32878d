"""The first window: the library listed, an article shown, import with progress and a summary."""

from __future__ import annotations

import os
import shutil

from desktop.paths import sample_bulletin


def test_empty_library_explains_how_to_import(window):
    assert window.tree.topLevelItemCount() == 0
    assert "导入" in window.reader.toPlainText()


def test_first_start_imports_the_bundled_sample_once(library):
    assert library.ensure_sample(sample_bulletin()).status == "imported"
    with library.db.atomic():
        library.db.execute("DELETE FROM issues")
    assert library.ensure_sample(sample_bulletin()) is None  # deleted by the user: not brought back


def test_selecting_an_article_shows_it(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.select_first_article()
    text = win.reader.toPlainText()
    assert text.startswith("坚决打赢安全生产专项整治攻坚战")
    assert "坚决做到“三管三必须”" in text
    items = [win.tree.topLevelItem(0).child(i).text(0) for i in range(3)]
    assert items[0] == "坚决打赢安全生产专项整治攻坚战"


def test_import_folder_shows_progress_and_a_summary_with_the_failure(
    qtbot, window, samples, tmp_path
):
    folder = tmp_path / "drop"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder)
    shutil.copy(samples / "xinwenlianbo" / "20241016.md", folder)
    (folder / "junk.txt").write_bytes(os.urandom(1000))
    with qtbot.waitSignal(window.statusBar().messageChanged, timeout=20000):
        window.import_paths([folder])
    assert window.tree.topLevelItemCount() == 2
    assert {os.path.basename(r.path) for r in window.last_import_results if r.failed} == {
        "junk.txt"
    }
    assert window.import_summary.isVisible()
    assert "junk.txt" in window.import_summary.detailedText()


def test_window_layout_is_remembered(qtbot, library):
    from desktop.ui.main_window import MainWindow

    first = MainWindow(library)
    qtbot.addWidget(first)
    first.resize(640, 480)  # within the offscreen screen (800x600)
    first.splitter.setSizes([150, 450])
    first.show()
    first.close()
    second = MainWindow(library)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (640, 480)
    assert second.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_english_translation_is_complete_and_loads(qtbot, qapp, library):
    from lxml import etree
    from PySide6.QtCore import QCoreApplication

    from desktop.ui import translations
    from desktop.ui.main_window import MainWindow

    tree = etree.parse(str(translations.TRANSLATIONS / "yandu_en.ts"))
    unfinished = [
        m.findtext("source")
        for m in tree.iter("message")
        if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    translations.build()
    assert translations.install(qapp, "en") == "en"
    try:
        win = MainWindow(library)
        qtbot.addWidget(win)
        assert [a.text() for a in win.menuBar().actions()] == ["&File", "&Help"]
    finally:
        QCoreApplication.removeTranslator(qapp._yandu_translator)
