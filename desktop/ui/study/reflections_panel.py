"""心得体会: the member's reflection on the article and on the session, saved as it is typed.

Each change is saved on the worker thread (a commit waits for the disk, which
the window must not), the latest text only when several changes queue up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDockWidget, QTabWidget, QWidget

from desktop.ui.runner import Runner
from desktop.ui.widgets.reflection_editor import ReflectionEditor


class ReflectionsPanel(QDockWidget):
    def __init__(self, library, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("心得体会"), parent)
        self.setObjectName("reflections_dock")
        self.library = library
        self.runner = runner
        self.item_editor = ReflectionEditor(self.tr("写下对本文的心得体会，边写边自动保存。"))
        self.item_editor.setObjectName("item_reflection")
        self.session_editor = ReflectionEditor(
            self.tr("写下本次学习会的心得体会，边写边自动保存。")
        )
        self.session_editor.setObjectName("session_reflection")
        self.tabs = QTabWidget()
        self.tabs.addTab(self.item_editor, self.tr("本文"))
        self.tabs.addTab(self.session_editor, self.tr("本次学习会"))
        self.setWidget(self.tabs)
        # text typed but not yet committed by the worker: shown again if its place is reopened meanwhile
        self._unsaved: dict[tuple, str] = {}

    def show_item(self, member_id: int | None, item_id: int | None) -> None:
        self._attach(self.item_editor, member_id, item_id=item_id)

    def show_session(self, member_id: int | None, session_id: int | None) -> None:
        self._attach(self.session_editor, member_id, session_id=session_id)

    def _attach(
        self,
        editor: ReflectionEditor,
        member_id: int | None,
        item_id: int | None = None,
        session_id: int | None = None,
    ) -> None:
        if member_id is None or (item_id is None and session_id is None):
            editor.attach("", None)
            return
        key = (member_id, item_id, session_id)
        text = self._unsaved.get(key)
        if text is None:
            text = self.library.reflections.get(member_id, item_id=item_id, session_id=session_id)

        def save(value: str) -> None:
            self._unsaved[key] = value
            self.runner.submit(
                lambda library, _job: library.reflections.save(
                    member_id, value, item_id=item_id, session_id=session_id
                ),
                done=lambda _none: self._saved(key, value),
                coalesce=("reflection", key),
            )

        editor.attach(text, save)

    def _saved(self, key: tuple, value: str) -> None:
        if self._unsaved.get(key) == value:
            del self._unsaved[key]
