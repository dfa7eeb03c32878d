"""The window and another process on one library: the window shows what the other wrote, and an
editor that had not seen it never overwrites it."""

from __future__ import annotations

import pytest

from tests.cli.test_cli import yandu

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


@pytest.fixture
def reading(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    zhang = library.members.add("张三")
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.select_first_article()
    win.study.reload_members()
    win.study.set_member(zhang.id)
    qtbot.waitUntil(lambda: win.watcher._marks is not None, timeout=3000)
    return win


def cli(library, *args):
    run = yandu(*args, db=library.path)
    assert run.returncode == 0, run.stderr
    return run.stdout


def test_the_window_shows_what_the_command_line_wrote(qtbot, reading, samples):
    win = reading
    item_id = win.current_item_id
    cli(win.library, "import", str(samples / "xinwenlianbo" / "20240126.md"))
    cli(win.library, "annotate", str(item_id), "--quote", "钉钉子", "--member", "张三",
        "--comment", "命令行写的")  # fmt: skip
    cli(
        win.library, "reflect", "--member", "张三", "--item", str(item_id), "--text", "命令行的心得"
    )
    # within the watcher's interval (2 s), without anything done in the window
    qtbot.waitUntil(lambda: win.library_model.rowCount() == 2, timeout=5000)
    qtbot.waitUntil(
        lambda: (
            [a.comment for a in win.study.annotations_panel.model.annotations()] == ["命令行写的"]
        ),
        timeout=5000,
    )
    assert any(a.comment == "命令行写的" for a in win.view.annotations)  # drawn in the article
    editor = win.study.reflections_panel.item_editor
    qtbot.waitUntil(lambda: editor.toPlainText() == "命令行的心得", timeout=5000)
    assert win.current_item_id == item_id


def test_a_stale_editor_keeps_both_texts_and_says_so(qtbot, reading):
    win = reading
    panel = win.study.reflections_panel
    editor = panel.item_editor
    member, item_id = win.study.who.member_id, win.current_item_id
    editor.setPlainText("窗口里写的第一句。")
    win.runner.wait_idle()
    qtbot.waitUntil(lambda: not panel._unsaved, timeout=5000)
    win.watcher._timer.stop()  # the window has not looked yet when the member types on
    cli(
        win.library, "reflect", "--member", "张三", "--item", str(item_id), "--text", "命令行改过的"
    )
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    editor.insertPlainText("又写一句。")
    win.runner.wait_idle()
    qtbot.waitUntil(lambda: not panel._unsaved, timeout=5000)
    stored = win.library.reflections.get(member, item_id=item_id)
    assert stored.startswith("命令行改过的") and stored.endswith("窗口里写的第一句。又写一句。")
    assert editor.toPlainText() == stored  # the editor shows both, to be merged
    assert "两份都已保留" in win.statusBar().currentMessage()


def test_a_comment_edited_after_a_change_elsewhere_keeps_both(qtbot, reading):
    from desktop.core.library import Library

    win = reading
    zhang = win.study.who.member_id
    note = win.library.annotations.create_at_quote(
        win.current_item_id, "钉钉子", zhang, comment="原来的"
    )
    elsewhere = Library.open(win.library.path)  # another window on the same library
    try:
        elsewhere.annotations.update(note.id, zhang, comment="另一处改的")
    finally:
        elsewhere.close()
    stored = win.library.annotations.update(note.id, zhang, based_on="原来的", comment="窗口改的")
    assert stored.comment.startswith("另一处改的") and stored.comment.endswith("窗口改的")
    unchanged = win.library.annotations.update(
        note.id, zhang, based_on=stored.comment, comment="合并后"
    )
    assert unchanged.comment == "合并后"  # once it has seen the other, the editor's text stands


def test_what_was_written_before_the_watchers_first_look_is_shown(qtbot, library, samples):
    """The watcher starts with the window's first paint and first reads what the window shows
    half a second later: an import committed before that (the command line's, the shared
    folder's first sync) is shown all the same."""
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.show()
    cli(library, "import", str(samples / "xinwenlianbo" / "20240126.md"))  # before the first look
    qtbot.waitUntil(lambda: win.library_model.rowCount() == 2, timeout=5000)


def test_a_window_never_painted_still_shows_what_others_write(qtbot, library, samples):
    """A window started minimised is never painted: its watcher starts a while after it was
    made all the same."""
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    win = MainWindow(library)
    qtbot.addWidget(win)  # never shown
    cli(library, "import", str(samples / "xinwenlianbo" / "20240126.md"))
    qtbot.waitUntil(lambda: win.library_model.rowCount() == 2, timeout=8000)
