"""视图 → 界面语言 while Yandu runs: the window comes back in English (and back in Chinese) on the
same article, with no restart."""

from __future__ import annotations

from desktop.ui import translations


def test_switching_to_english_and_back_while_running(qtbot, library, samples, qapp):
    from desktop.ui.language import rebuild
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    window = MainWindow(library)  # each window deletes the one before it: closed here, at the end
    window.show()
    window.select_first_article()
    item = window.current_item_id
    windows = [window]

    def relaunch(code: str) -> None:
        windows.append(rebuild(qapp, windows[-1], code))

    window.relaunch = relaunch
    try:
        window.set_language("en")
        qtbot.waitUntil(lambda: len(windows) == 2)
        english = windows[-1]
        assert [a.text() for a in english.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]
        assert english.current_item_id == item and english.isVisible()
        assert not window.isVisible()
        english.set_language("zh_CN")
        qtbot.waitUntil(lambda: len(windows) == 3)
        chinese = windows[-1]
        assert [a.text() for a in chinese.menuBar().actions()][:3] == [
            "文件(&F)",
            "编辑(&E)",
            "视图(&V)",
        ]
        assert chinese.current_item_id == item
    finally:
        translations.uninstall(qapp)
        windows[-1].close()
