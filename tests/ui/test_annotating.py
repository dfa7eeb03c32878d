"""Members annotate in the window: highlight, comment, undo and redo, layers, sessions, reflections that survive a kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

from desktop.core.errors import NotYours

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


@pytest.fixture
def study_window(qtbot, library, samples):
    from desktop.ui.main_window import MainWindow

    library.import_file(samples / KAIFAQU)
    zhang = library.members.add("张三", "#c0392b")
    li = library.members.add("李四", "#2e86c1")
    win = MainWindow(library)
    qtbot.addWidget(win)
    win.resize(1200, 800)
    win.show()
    qtbot.waitExposed(win)
    win.select_first_article()
    win.study.reload_members()
    win.study.set_member(zhang.id)
    return win, zhang, li


def _select(view, text):
    """Select text as a reader does: the article has the focus, the selection is in it."""
    view.setFocus()
    start = view.item.body.index(text)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(start))
    cursor.setPosition(view.position_of(start + len(text)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    return start


def _answer_dialog(fill):
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, run)


def test_select_highlight_comment_undo_redo(study_window, qtbot):
    win, zhang, _ = study_window
    library, view = win.library, win.view
    start = _select(view, "坚决做到“三管三必须”")
    QTest.keyClick(win, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    [note] = library.annotations.find()
    assert (note.quote, note.start, note.member, note.category) == (
        "坚决做到“三管三必须”",
        start,
        "张三",
        "重点",
    )
    assert view._cursor_at(start + 1).charFormat().underlineStyle() != 0  # drawn in the article
    assert win.study.annotations_panel.model.rowCount() == 1

    cursor = view.textCursor()
    cursor.clearSelection()
    view.setTextCursor(cursor)  # the cursor sits in the highlight: Ctrl+M edits its comment
    _answer_dialog(
        lambda d: (d.comment.setPlainText("对照本部门职责逐条落实"), d.tags.setText("安全 责任"))
    )
    QTest.keyClick(win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert (library.annotations.get(note.id).comment, library.annotations.get(note.id).tags) == (
        "对照本部门职责逐条落实",
        ("安全", "责任"),
    )
    qtbot.waitUntil(win.isActiveWindow)  # the dialog has gone, the window is active again

    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.annotations.get(note.id).comment == ""
    QTest.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert library.annotations.find() == [] and view.annotations == []
    QTest.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    QTest.keyClick(
        view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert library.annotations.get(note.id).comment == "对照本部门职责逐条落实"


def test_delete_then_undo_brings_it_back(study_window):
    win, zhang, _ = study_window
    _select(win.view, "钉钉子")
    note = win.study.highlight("落实")
    win.study.editing.delete(note)
    assert win.library.annotations.find() == []
    win.study.editing.undo()
    assert [a.id for a in win.library.annotations.find()] == [note.id]


def test_highlight_a_whole_directive_in_one_step(study_window):
    win, _, _ = study_window
    directive = next(d for d in win.view.directives if d.kind == "requirement")
    cursor = QTextCursor(win.view.document())
    cursor.setPosition(win.view.position_of(directive.start + 2))
    win.view.setTextCursor(cursor)
    win.named_actions["mark_directive"].trigger()
    [note] = win.library.annotations.find()
    assert (note.start, note.end, note.quote) == (directive.start, directive.end, directive.text)


def test_a_highlight_over_a_requirement_and_a_phrase_keeps_all_three_marks(study_window):
    win, zhang, _ = study_window
    view = win.view
    body = view.item.body
    requirement = next(d for d in view.directives if "三管三必须" in d.text)
    note = win.library.annotations.create_at_quote(
        view.item.id, "做到“三管三必须”", zhang.id, category="重点"
    )
    win.study.changed()

    def format_at(offset):
        return view._cursor_at(offset + 1).charFormat()  # the character after the offset

    phrase = format_at(body.index("三管三必须", note.start))
    shade = view.colours.tint(note.colour).name()  # 重点's yellow, as the palette reads it
    assert phrase.background().color().name() == shade  # the highlight over the requirement
    assert phrase.underlineStyle() == phrase.UnderlineStyle.WaveUnderline  # 重点: wavy
    assert phrase.underlineColor().name() == "#c0392b"  # 张三's layer
    assert phrase.fontWeight() > 500  # the key phrase still stands out
    plain_part = format_at(requirement.start)
    assert requirement.start < note.start
    assert plain_part.background().color().name() != shade  # the requirement's own shade
    assert plain_part.underlineStyle() == plain_part.UnderlineStyle.DotLine  # and its dots
    assert view.toPlainText().count("坚决做到“三管三必须”") == body.count("坚决做到“三管三必须”")


def test_opening_articles_leaves_one_document_behind(study_window, qtbot):
    from PySide6.QtGui import QTextDocument

    win, _, _ = study_window
    for item in win.library.issue(win.view.item.issue_id).items * 3:
        win.open_item(item.id)
    qtbot.wait(50)  # deferred deletes run
    assert len(win.view.findChildren(QTextDocument)) == 1


def test_switching_member_shows_layers_and_others_are_read_only(study_window, qtbot):
    win, zhang, li = study_window
    _select(win.view, "红线")
    mine = win.study.highlight("重点")
    win.study.set_member(li.id)
    _select(win.view, "底线")
    win.study.highlight("疑问")
    assert {a.member for a in win.view.annotations} == {"张三", "李四"}
    win.named_actions["show_others"].trigger()  # hide the others' layers
    assert {a.member for a in win.view.annotations} == {"李四"}
    assert {a.member for a in win.study.annotations_panel.model.annotations()} == {"李四"}
    win.named_actions["show_others"].trigger()
    QTimer.singleShot(
        0, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().accept()
    )
    win.study.editing.edit(
        win.library.annotations.get(mine.id)
    )  # 李四 may not edit 张三's note: told so
    QTimer.singleShot(
        0, lambda: QApplication.activeModalWidget() and QApplication.activeModalWidget().accept()
    )
    win.study.editing.delete(win.library.annotations.get(mine.id))  # nor delete it
    assert win.library.annotations.get(mine.id).quote == "红线"
    with pytest.raises(NotYours):
        win.library.annotations.delete(mine.id, li.id)
    assert win.library.annotations.get(mine.id).comment == ""


def test_annotation_panel_filters_and_jumps(study_window):
    win, zhang, li = study_window
    _select(win.view, "红线")
    win.study.highlight("重点", comment="守住红线", tags=("安全",))
    _select(win.view, "一件一件抓好整改")
    win.study.highlight("落实")
    win.study.annotations_panel.filter_category.setCurrentIndex(
        win.study.annotations_panel.filter_category.findData("落实")
    )
    assert [a.quote for a in win.study.annotations_panel.model.annotations()] == [
        "一件一件抓好整改"
    ]
    win.study.annotations_panel.filter_category.setCurrentIndex(0)
    win.study.annotations_panel.filter_tag.setText("安全")
    assert [a.quote for a in win.study.annotations_panel.model.annotations()] == ["红线"]
    win.study.annotations_panel.filter_tag.clear()
    last = win.study.annotations_panel.model.index(
        win.study.annotations_panel.model.rowCount() - 1, 0
    )
    win.view.verticalScrollBar().setValue(0)
    win.study.annotations_panel._clicked(last)
    annotation = last.data(Qt.ItemDataRole.UserRole + 30)
    assert win.view.is_visible(annotation.start)


def test_create_a_session_with_attendees_and_an_absentee(study_window, samples):
    from desktop.ui.dialogs.session_dialog import SessionDialog

    win, zhang, li = study_window
    host = win.library.members.add("王书记")
    dialog = SessionDialog(win.library, win.study.item_choices(), parent=win)
    dialog.title.setText("党工委中心组7月学习会")
    dialog.place.setText("三楼会议室")
    dialog.host.setCurrentText("王书记")
    names = [dialog.people.item(row, 0).text() for row in range(dialog.people.rowCount())]
    li_row = names.index("李四")
    dialog.people.item(li_row, 1).setCheckState(Qt.CheckState.Unchecked)
    dialog.people.item(li_row, 2).setText("出差")
    # nothing is studied until the secretary ticks it: the issue being read is offered, unticked
    rows = [dialog.items.item(row) for row in range(dialog.items.count())]
    assert len(rows) == 3 and all(r.checkState() == Qt.CheckState.Unchecked for r in rows)
    ticked = [row.data(Qt.ItemDataRole.UserRole) for row in rows[:2]]
    for row in rows[:2]:
        row.setCheckState(Qt.CheckState.Checked)
    # an article of another issue, found by searching the whole library, is ticked too
    other = win.library.import_file(samples / "xinwenlianbo" / "20240126.md").issue_id
    wanted = next(i for i in win.library.issue(other).items if i.headline)
    dialog.search.setText(wanted.headline)
    found = [dialog.items.item(row) for row in range(dialog.items.count())]
    assert [r.checkState() for r in found[:2]] == [Qt.CheckState.Checked] * 2  # kept, first
    hit = next(r for r in found if r.data(Qt.ItemDataRole.UserRole) == wanted.id)
    assert wanted.headline in hit.text()
    hit.setCheckState(Qt.CheckState.Checked)
    dialog.search.clear()
    values = dialog.values()
    session = win.library.sessions.add(values.pop("title"), **values)
    assert session.host == "王书记" and session.place == "三楼会议室"
    assert set(session.attendees) == {"张三", "王书记"} and session.absentees == (("李四", "出差"),)
    assert set(session.item_ids) == {*ticked, wanted.id}
    win.study.reload_sessions()
    win.study.session_box.setCurrentIndex(win.study.session_box.findData(session.id))
    _select(win.view, "钉钉子")
    note = win.study.highlight("重点")
    assert note.session_id == session.id
    assert host.id


def test_editing_a_session_from_another_issue_keeps_what_it_studied(study_window, samples):
    win, zhang, li = study_window
    studied = win.library.issue(1).items[0]
    session = win.library.sessions.add("七月学习会", item_ids=(studied.id,))
    other = win.library.import_file(samples / "xinwenlianbo" / "20240126.md").issue_id
    win.study.reload_sessions()
    win.study.session_box.setCurrentIndex(win.study.session_box.findData(session.id))
    win.open_item(win.library.issue(other).items[0].id)  # reading another issue now
    shown = {}

    def look(dialog):
        rows = [dialog.items.item(row) for row in range(dialog.items.count())]
        shown.update({r.data(Qt.ItemDataRole.UserRole): (r.text(), r.checkState()) for r in rows})

    _answer_dialog(look)
    win.study.edit_session()
    assert shown[studied.id][1] == Qt.CheckState.Checked
    assert shown[studied.id][0].endswith(studied.headline)
    assert len(shown) == 1 + len(win.library.issue(other).items)  # and this issue's, to add
    assert win.library.sessions.get(session.id).item_ids == (studied.id,)


def test_after_a_correction_the_panel_asks_about_moved_notes_and_shows_orphans(
    study_window, samples, tmp_path
):
    win, zhang, li = study_window
    item = win.library.issue(1).items[0]
    fuzzy = win.library.annotations.create_at_quote(item.id, "加大行政执法力度", zhang.id)
    orphan = win.library.annotations.create_at_quote(item.id, "油罐车爆炸事故", zhang.id)
    text = (samples / KAIFAQU).read_text(encoding="utf-8")
    cut = text.index("深刻汲取浙江温岭")
    text = text[:cut] + text[text.index("。", cut) + 1 :]
    (tmp_path / KAIFAQU).write_text(
        text.replace("加大行政执法力度", "加大行政综合执法力度"), encoding="utf-8"
    )
    assert win.library.import_file(tmp_path / KAIFAQU).status == "updated"
    win.open_item(item.id)
    panel = win.study.annotations_panel
    rows = {
        panel.model.index(row, 0).data(Qt.ItemDataRole.UserRole + 30).id: panel.model.index(row, 0)
        for row in range(panel.model.rowCount())
    }
    assert "原文已改动" in rows[orphan.id].data() and "油罐车爆炸事故" in rows[orphan.id].data()
    assert "请确认位置" in rows[fuzzy.id].data()
    panel.list.setCurrentIndex(rows[orphan.id])
    assert panel.confirm_button.isHidden()
    panel.list.setCurrentIndex(rows[fuzzy.id])
    assert not panel.confirm_button.isHidden()
    panel.confirm_button.click()
    assert win.library.annotations.get(fuzzy.id).placement == "confirmed"
    assert all(
        "请确认位置" not in panel.model.index(row, 0).data()
        for row in range(panel.model.rowCount())
    )


def test_reflection_typed_survives_a_kill(tmp_path, samples):
    """Type a reflection in the window, SIGKILL the process, open the library again: it is there."""
    db = tmp_path / "lib.sqlite3"
    script = textwrap.dedent(
        f"""
        import os, sys, time
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtCore import QSettings
        from PySide6.QtGui import QInputMethodEvent
        from desktop.ui.app import make_app
        from desktop.core.library import Library
        from desktop.ui.main_window import MainWindow
        app = make_app()
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / "settings")!r})
        library = Library.open({str(db)!r})
        library.import_file({str(samples / KAIFAQU)!r})
        member = library.members.add("张三")
        window = MainWindow(library)
        window.show()
        window.select_first_article()
        window.study.reload_members()
        window.study.set_member(member.id)
        editor = window.study.reflections_panel.item_editor
        editor.setFocus()
        for piece in ["学习了讲话，", "安全生产责任重于泰山，", "要把“三管三必须”落到实处。"]:
            event = QInputMethodEvent()
            event.setCommitString(piece)
            app.sendEvent(editor, event)
            app.processEvents()
        window.runner.wait_idle()  # each change is committed by the worker a moment after it is typed
        print("typed", flush=True)
        time.sleep(60)
        """
    )
    env = {
        **os.environ,
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    errors = tmp_path / "stderr.txt"
    with (
        open(errors, "w") as stderr,
        subprocess.Popen(
            [sys.executable, "-c", script],
            stdout=subprocess.PIPE,
            stderr=stderr,
            env=env,
            text=True,
        ) as process,
    ):
        try:
            line = process.stdout.readline()
            assert line.strip() == "typed", errors.read_text()
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=10)
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == -signal.SIGKILL
    from desktop.core.library import Library

    library = Library.open(db)
    try:
        member = library.members.named("张三")
        item_id = library.issue(1).items[0].id
        assert (
            library.reflections.get(member.id, item_id=item_id)
            == "学习了讲话，安全生产责任重于泰山，要把“三管三必须”落到实处。"
        )
    finally:
        library.close()


def test_comment_dialog_reads_tags(qtbot):
    from desktop.ui.dialogs.comment_dialog import CommentDialog

    dialog = CommentDialog("红线", ["重点", "疑问", "落实"], "疑问", "原有批注", ("安全",))
    qtbot.addWidget(dialog)
    dialog.tags.setText("#安全，责任 作风 安全")
    assert dialog.values() == ("疑问", "原有批注", ("安全", "责任", "作风"))
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_export_dialog_writes_the_notes_and_says_where(study_window, tmp_path, qtbot):
    import docx

    win, zhang, _ = study_window
    _select(win.view, "坚决做到“三管三必须”")
    win.study.highlight("重点", comment="逐条落实")
    win.named_actions["export_notes"].trigger()
    dialog = win.study.export_dialog
    assert dialog.whose.currentData() == "张三"
    target = tmp_path / "张三的笔记.docx"
    dialog.path.setText(str(target))
    dialog.parts["reflections"].setChecked(False)
    dialog.export()  # on the worker thread
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert dialog.written == target and target.exists()
    headings = [
        p.text for p in docx.Document(str(target)).paragraphs if p.style.name == "Heading 1"
    ]
    assert headings == ["一、主要精神摘录", "二、批注与摘录"]
    assert str(target) in dialog.result_box.text()
    assert {"打开", "打开所在文件夹"} <= {b.text() for b in dialog.result_box.buttons()}


def test_export_proposes_a_name_per_member_and_date_and_asks_before_replacing(
    study_window, tmp_path, qtbot, monkeypatch
):
    import datetime

    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QDesktopServices
    from PySide6.QtWidgets import QMessageBox

    win, zhang, _ = study_window
    _select(win.view, "坚决做到“三管三必须”")
    win.study.highlight("重点", comment="逐条落实")  # something to export
    QSettings().setValue("export/folder", str(tmp_path))
    win.named_actions["export_notes"].trigger()
    dialog = win.study.export_dialog
    today = datetime.date.today().strftime("%Y%m%d")
    assert dialog.path.text() == str(tmp_path / f"学习笔记-张三-{today}.docx")
    dialog.whose.setCurrentIndex(dialog.whose.findData(None))  # everyone: the group's record
    assert dialog.path.text() == str(tmp_path / f"学习记录-{today}.docx")
    session = win.library.sessions.add("七月中心组学习")
    dialog.scope.addItem("学习会", ("session", session.id))
    dialog.scope.setCurrentIndex(dialog.scope.count() - 1)
    assert dialog.path.text() == str(tmp_path / f"学习记录-七月中心组学习-{today}.docx")
    dialog.scope.setCurrentIndex(0)  # every annotated article (the new session studied none)
    typed = tmp_path / "我的名字.docx"
    dialog.path.setText(str(typed))
    dialog.whose.setCurrentIndex(dialog.whose.findData("张三"))
    assert dialog.path.text() == str(typed)  # what the user typed stays

    typed.write_bytes(b"an earlier export")
    dialog.export()
    assert dialog.ask_overwrite.isVisible() and typed.read_bytes() == b"an earlier export"
    dialog.ask_overwrite.button(QMessageBox.StandardButton.No).click()
    assert typed.read_bytes() == b"an earlier export" and dialog.written is None
    dialog.export()
    dialog.ask_overwrite.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=20000)
    assert typed.read_bytes().startswith(b"PK")
    # no program to open it with (a bare intranet machine): say where it is
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    [opener] = [b for b in dialog.result_box.buttons() if b.text() == "打开"]
    opener.click()
    assert str(typed) in dialog.no_launcher.text()
    assert QSettings().value("export/folder") == str(tmp_path)


def test_ctrl_m_on_text_just_highlighted_edits_that_highlight(study_window):
    win, zhang, li = study_window
    _select(win.view, "钉钉子")
    first = win.study.highlight("重点")  # the selection stays, as after Ctrl+1

    def write(dialog):
        dialog.comment.setPlainText("要一抓到底")

    _answer_dialog(write)
    win.named_actions["comment"].trigger()
    notes = win.library.annotations.find(member_id=zhang.id)
    assert [(n.id, n.comment) for n in notes] == [(first.id, "要一抓到底")]


def test_hovering_a_highlight_says_whose_it_is_with_the_comment(study_window, qtbot):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    win, zhang, li = study_window
    start = _select(win.view, "钉钉子")
    win.study.highlight("重点", comment="<b>要一抓到底</b>")
    win.study.set_member(li.id)
    win.study.highlight("疑问", span=(start, start + 3), comment="怎么落实？")
    win.view.setTextCursor(QTextCursor(win.view.document()))  # no selection
    rect = win.view.cursorRect(_cursor_at(win.view, start + 1))
    point = rect.center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, win.view.viewport().mapToGlobal(point))
    QApplication.sendEvent(win.view.viewport(), event)
    shown = QToolTip.text()
    assert "张三 · 重点" in shown and "李四 · 疑问" in shown and "怎么落实？" in shown
    assert "&lt;b&gt;要一抓到底&lt;/b&gt;" in shown  # a comment is text, never markup
    QToolTip.hideText()


def _cursor_at(view, offset):
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.position_of(offset))
    return cursor


def test_comment_dialog_keys_tab_moves_on_and_ctrl_enter_saves(qtbot):
    from desktop.ui.dialogs.comment_dialog import CommentDialog

    dialog = CommentDialog("坚决打赢安全生产专项整治攻坚战", ["重点", "疑问"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.comment.setFocus()
    dialog.comment.insertPlainText("要落实")
    QTest.keyClick(dialog.comment, Qt.Key.Key_Tab)
    assert dialog.comment.toPlainText() == "要落实"  # no tab typed
    assert QApplication.focusWidget() is not dialog.comment
    dialog.comment.setFocus()
    QTest.keyClick(dialog.comment, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.values()[1] == "要落实"
