"""The secretary tidies the library in the window: rename, re-date, delete to the 回收站, restore,
merge a duplicate, each taken back by 编辑 → 撤销 in turn with the notes' own steps."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QInputDialog

from desktop.ui import library_edits
from desktop.ui.models.library_model import ISSUE_ID_ROLE

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


@pytest.fixture
def tidy_window(qtbot, library, samples, tmp_path):
    from desktop.ui.main_window import MainWindow

    first = library.import_file(samples / KAIFAQU).issue_id
    text = (samples / KAIFAQU).read_text(encoding="utf-8")
    copy = tmp_path / "开发区报-转发.txt"  # the same bulletin saved again, with one more line
    copy.write_text(text.replace("\n", "\r\n") + "\r\n（本期完）\r\n", encoding="gb18030")
    second = library.import_file(copy).issue_id
    member = library.members.add("张三", "#c0392b")
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.study.reload_members()
    win.study.set_member(member.id)
    return win, first, second, member


def _issue_row(win, issue_id):
    model = win.library_model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if index.data(ISSUE_ID_ROLE) == issue_id:
            return index
    return None


def _choose(win, issue_id):
    win.tree.setCurrentIndex(_issue_row(win, issue_id))


def _titles(win):
    model = win.library_model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_rename_and_redate_then_undo_and_redo(tidy_window, monkeypatch):
    win, first, _second, _member = tidy_window
    dated = win.library.issue(first).date  # read from the file name: 2020-07
    _choose(win, first)
    monkeypatch.setattr(library_edits, "ask_text", lambda *a, **k: ("开发区报第7期", True))
    win.named_actions["rename_issue"].trigger()
    assert win.library.issue(first).title == "开发区报第7期"
    assert any("开发区报第7期" in title for title in _titles(win))
    _choose(win, first)
    monkeypatch.setattr(library_edits, "ask_text", lambda *a, **k: ("2020-07-20", True))
    win.named_actions["redate_issue"].trigger()
    assert win.library.issue(first).date == "2020-07-20"

    win.named_actions["undo"].trigger()
    assert win.library.issue(first).date == dated == "2020-07"
    win.named_actions["undo"].trigger()
    assert win.library.issue(first).title == "kaifaqu-bulletin-2020-07"
    assert not win.named_actions["undo"].isEnabled()
    win.named_actions["redo"].trigger()
    assert win.library.issue(first).title == "开发区报第7期"


def test_a_bad_date_is_refused_in_words_and_nothing_changes(tidy_window, monkeypatch):
    win, first, _second, _member = tidy_window
    _choose(win, first)
    monkeypatch.setattr(library_edits, "ask_text", lambda *a, **k: ("七月中旬", True))
    win.named_actions["redate_issue"].trigger()
    assert win.library.issue(first).date == "2020-07"
    assert win.errors.shown and "七月中旬" in win.errors.shown[-1].text()
    assert not win.library_edits.stack.canUndo()


def test_delete_to_the_trash_restore_and_undo(tidy_window, qtbot):
    win, first, second, member = tidy_window
    win._open_issue(first)
    opened = win.current_item_id
    note = win.library.annotations.create_at_quote(opened, "安全生产", member.id, comment="落实")
    _choose(win, first)
    win.named_actions["trash_issue"].trigger()
    assert _issue_row(win, first) is None
    assert win.current_item_id != opened  # the article shown went with it; another is open
    assert "回收站" in win.statusBar().currentMessage()

    win.named_actions["show_trash"].trigger()
    dialog = win.library_edits.trash_dialog
    assert dialog.list.count() == 1 and "1 条批注" in dialog.list.item(0).text()
    dialog.restore()
    assert dialog.list.count() == 0 and _issue_row(win, first) is not None
    assert win.library.annotations.get(note.id).comment == "落实"
    dialog.close()

    win.named_actions["undo"].trigger()  # the restore is taken back: in the trash again
    assert _issue_row(win, first) is None
    win.named_actions["undo"].trigger()  # and the delete: in the library
    assert _issue_row(win, first) is not None and _issue_row(win, second) is not None


def test_undo_takes_back_notes_and_library_changes_in_the_order_they_were_made(
    tidy_window, monkeypatch
):
    win, first, _second, member = tidy_window
    _choose(win, first)
    monkeypatch.setattr(library_edits, "ask_text", lambda *a, **k: ("改名", True))
    win.named_actions["rename_issue"].trigger()
    win._open_issue(first)
    note = win.study.highlight("重点", span=(10, 14))
    assert note is not None
    win.named_actions["undo"].trigger()  # the note, made last, goes first
    assert win.library.annotations.find(member_id=member.id) == []
    assert win.library.issue(first).title == "改名"
    win.named_actions["undo"].trigger()
    assert win.library.issue(first).title == "kaifaqu-bulletin-2020-07"
    win.named_actions["redo"].trigger()  # redo the last undone: the rename
    assert win.library.issue(first).title == "改名"
    assert win.library.annotations.find(member_id=member.id) == []


def test_merge_a_duplicate_keeps_its_notes_and_undo_separates_them(tidy_window, monkeypatch):
    win, first, second, _member = tidy_window
    other = win.library.members.add("李四", "#2e86c1")
    item = next(i for i in win.library.issue(second).items if i.kind == "article")
    note = win.library.annotations.create_at_quote(item.id, "最严格的要求", other.id, comment="好")
    _choose(win, first)
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda _p, _t, _l, labels, *a, **k: (labels[0], True)
    )
    win.named_actions["merge_issue"].trigger()
    assert _issue_row(win, second) is None
    moved = win.library.annotations.get(note.id)
    assert moved.issue_id == first and moved.comment == "好"
    win.named_actions["undo"].trigger()
    assert _issue_row(win, second) is not None
    assert win.library.annotations.get(note.id).item_id == item.id
