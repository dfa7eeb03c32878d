"""Ten members added in the window each get a colour of their own, and their highlights on one
article are told apart by it."""

from __future__ import annotations

from desktop.ui.dialogs import members_dialog
from desktop.ui.dialogs.members_dialog import MembersDialog
from tests.ui.test_annotating import study_window as study_window  # the fixture, shared

NAMES = ("王书记", "赵一", "钱二", "孙三", "周四", "吴五", "郑六", "冯七", "陈八", "褚九")


def test_ten_members_added_in_the_window_get_ten_distinct_colours(study_window, qtbot, monkeypatch):
    win, zhang, li = study_window
    dialog = MembersDialog(win.library, win)
    qtbot.addWidget(dialog)
    names = iter(NAMES)
    monkeypatch.setattr(members_dialog, "ask_text", lambda *a, **k: (next(names), True))
    for _ in NAMES:
        dialog.add()
    added = [m for m in win.library.members.all() if m.name in NAMES]
    assert len(added) == 10
    colours = {m.colour for m in added} | {zhang.colour, li.colour}
    assert len(colours) == 12  # with the fixture's two: none shares a colour
    body = win.view.item.body
    for number, member in enumerate(added):
        win.library.annotations.create(win.view.item.id, number * 6, number * 6 + 4, member.id)
    win.study.reload_members()
    win.study.changed()
    underlines = {
        win.view._cursor_at(number * 6 + 1).charFormat().underlineColor().name()
        for number in range(10)
    }
    assert underlines == {m.colour for m in added} and len(body) > 60
