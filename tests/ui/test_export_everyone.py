"""文件 → 全部导出到文件夹: three members' notes and the group's record in one step, each file
read back by python-docx; a second export into the same folder asks before replacing."""

from __future__ import annotations

from datetime import date

import docx
from PySide6.QtWidgets import QMessageBox

from tests.ui.test_annotating import study_window as study_window  # the fixture, shared


def _session_with_three_members(win, zhang, li):
    wang = win.library.members.add("王五", "#009e73")
    item = win.view.item
    session = win.library.sessions.add("十二月学习会", item_ids=(item.id,))
    for member, quote, comment in (
        (zhang, "钉钉子", "张三的批注"),
        (li, "安全生产", "李四的批注"),
        (wang, "最严格的要求", "王五的批注"),
    ):
        win.library.annotations.create_at_quote(
            item.id, quote, member.id, session_id=session.id, comment=comment
        )
    win.study.reload_sessions()
    win.study.session_box.setCurrentIndex(win.study.session_box.findData(session.id))
    return session


def test_every_members_notes_and_the_record_into_one_folder(study_window, qtbot, tmp_path):
    win, zhang, li = study_window
    tmp_path = tmp_path / "导出"
    tmp_path.mkdir()
    _session_with_three_members(win, zhang, li)
    stamp = date.today().strftime("%Y%m%d")
    win.study.export_everyone(tmp_path)
    exporter = win.study.export_all
    qtbot.waitUntil(lambda: exporter.box is not None and "已导出" in exporter.box.text())
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == sorted(
        [
            f"学习笔记-张三-{stamp}.docx",
            f"学习笔记-李四-{stamp}.docx",
            f"学习笔记-王五-{stamp}.docx",
            f"学习记录-十二月学习会-{stamp}.docx",
        ]
    )
    for who in ("张三", "李四", "王五"):
        text = "\n".join(
            p.text for p in docx.Document(str(tmp_path / f"学习笔记-{who}-{stamp}.docx")).paragraphs
        )
        assert f"{who}的批注" in text
        assert all(
            f"{other}的批注" not in text for other in ("张三", "李四", "王五") if other != who
        )
    record = "\n".join(
        p.text
        for p in docx.Document(str(tmp_path / f"学习记录-十二月学习会-{stamp}.docx")).paragraphs
    )
    assert all(f"{who}的批注" in record for who in ("张三", "李四", "王五"))
    assert "4" in exporter.box.text()


def test_a_second_export_asks_before_replacing_and_no_keeps_the_files(
    study_window, qtbot, tmp_path
):
    win, zhang, li = study_window
    tmp_path = tmp_path / "导出"
    tmp_path.mkdir()
    _session_with_three_members(win, zhang, li)
    win.study.export_everyone(tmp_path)
    exporter = win.study.export_all
    qtbot.waitUntil(lambda: exporter.box is not None and "已导出" in exporter.box.text())
    before = {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()}
    win.study.export_everyone(tmp_path)
    question = win.study.export_all.box
    assert question.icon() == QMessageBox.Icon.Question and "4 个同名文件" in question.text()
    question.button(QMessageBox.StandardButton.No).click()
    qtbot.wait(200)
    assert {path.name: path.stat().st_mtime_ns for path in tmp_path.iterdir()} == before
