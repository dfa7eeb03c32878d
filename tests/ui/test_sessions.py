"""A study session in the window: still chosen after a restart, and a note made outside it while
it runs today is offered to it once."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.ui.test_annotating import _select
from tests.ui.test_annotating import study_window as study_window  # the fixture, shared


def _when_modal(act):
    def run():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)


def test_a_session_made_in_the_window_is_chosen_again_after_a_restart(study_window, qtbot):
    from desktop.ui.main_window import MainWindow

    win, zhang, _li = study_window

    def fill(dialog):
        dialog.title.setText("十二月学习会")
        dialog.items.item(0).setCheckState(Qt.CheckState.Checked)
        dialog.accept()

    _when_modal(fill)
    win.study.new_session()
    session = next(s for s in win.library.sessions.all() if s.title == "十二月学习会")
    assert win.study.session_id == session.id and len(session.item_ids) == 1
    win.close()

    again = MainWindow(win.library)
    qtbot.addWidget(again)
    again.show()
    assert again.study.session_id == session.id
    assert again.study.session_box.currentData() == session.id


def _today_session(win):
    now = QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm")
    session = win.library.sessions.add("今日学习会", starts_at=now)
    win.study.reload_sessions()
    win.study.session_box.setCurrentIndex(0)  # not chosen
    return session


def test_a_note_made_outside_todays_session_is_offered_to_it_once(study_window):
    win, zhang, _li = study_window
    session = _today_session(win)
    asked = []

    def yes(box):
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.Yes).click()

    _when_modal(yes)
    _select(win.view, "钉钉子")
    note = win.study.highlight("重点")
    assert note.session_id == session.id and "今日学习会" in asked[0]
    assert win.study.session_box.currentData() == session.id  # and the next notes follow it


def test_saying_no_is_remembered_for_the_rest_of_the_run(study_window, monkeypatch):
    win, zhang, _li = study_window
    _today_session(win)
    asked = []

    def no(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", no)
    _select(win.view, "钉钉子")
    first = win.study.highlight("重点")
    _select(win.view, "安全生产")
    second = win.study.highlight("重点")
    assert len(asked) == 1
    assert first.session_id is None and second.session_id is None


def test_no_question_when_no_session_is_held_today(study_window, monkeypatch):
    win, zhang, _li = study_window
    win.library.sessions.add("上月学习会", starts_at="2020-07-18 09:00")
    win.study.reload_sessions()
    win.study.session_box.setCurrentIndex(0)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args))
    _select(win.view, "钉钉子")
    assert win.study.highlight("重点").session_id is None
    assert asked == []
