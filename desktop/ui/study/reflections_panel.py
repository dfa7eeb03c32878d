"""心得体会: the member's reflection on the article and on the session, saved as it is typed.

Each change is saved on the worker thread (a commit waits for the disk, which
the window must not), the latest text only when several changes queue up. A save
says what it replaces (the text loaded or last saved): if the command line or
another window wrote meanwhile, both versions are kept and the member is told.
When the library changes elsewhere, an editor with nothing waiting to be saved
shows the new text.
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
        self.item_editor.setAccessibleName(self.tr("本篇心得体会"))
        self.session_editor = ReflectionEditor(
            self.tr("写下本次学习会的心得体会，边写边自动保存。")
        )
        self.session_editor.setObjectName("session_reflection")
        self.session_editor.setAccessibleName(self.tr("本次学习会心得体会"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self.item_editor, self.tr("本文"))
        self.tabs.addTab(self.session_editor, self.tr("本次学习会"))
        self.setWidget(self.tabs)
        # text typed but not yet committed by the worker: shown again if its place is reopened meanwhile
        self._unsaved: dict[tuple, str] = {}
        # what each place held when it was loaded or last saved: a save replaces only that. The
        # worker reads and writes it as it saves (its saves of one place run in order).
        self._base: dict[tuple, str] = {}
        self._keys: dict[ReflectionEditor, tuple | None] = {
            self.item_editor: None,
            self.session_editor: None,
        }
        self.told = lambda _text: None  # how to tell the member (the window's status bar)
        self.saved = lambda: None  # a reflection was stored (the shared folder's cue)

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
            self._keys[editor] = None
            editor.attach("", None)
            return
        key = (member_id, item_id, session_id)
        self._keys[editor] = key
        text = self._unsaved.get(key)
        if text is None:
            text = self.library.reflections.get(member_id, item_id=item_id, session_id=session_id)
            self._base[key] = text

        def store(library, value: str):  # on the worker
            saved = library.reflections.save(
                member_id,
                value,
                item_id=item_id,
                session_id=session_id,
                based_on=self._base.get(key),
            )
            self._base[key] = saved.text
            return saved

        def save(value: str) -> None:
            self._unsaved[key] = value
            self.runner.submit(
                lambda library, _job: store(library, value),
                done=lambda saved: self._saved(key, value, saved),
                coalesce=("reflection", key),
            )

        editor.attach(text, save)

    def _saved(self, key: tuple, value: str, saved) -> None:
        self.saved()
        if self._unsaved.get(key) == value:
            del self._unsaved[key]
        if saved.both:
            for editor, shown in self._keys.items():
                if shown == key:
                    editor.replace_text(saved.text)
            self.told(self.tr("心得体会在别处（命令行或另一个窗口）也改过：两份都已保留，请合并。"))

    def library_changed(self) -> None:
        """Show what another process stored, in each editor with nothing waiting to be saved."""
        for editor, key in self._keys.items():
            if key is None or key in self._unsaved:
                continue
            member_id, item_id, session_id = key
            stored = self.library.reflections.get(member_id, item_id=item_id, session_id=session_id)
            if stored != self._base.get(key):
                self._base[key] = stored
                editor.replace_text(stored)
