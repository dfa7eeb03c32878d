"""Changing the library from its list: rename, re-date, delete to the 回收站, merge a duplicate.

Each change is a step on an undo stack (编辑 → 撤销 takes it back, in turn with
the notes' own steps: `StudyControls.undo`). A deleted
issue goes to the 回收站 whole, with the notes on it; 文件 → 回收站 lists what
is there, puts it back, or empties it for good (the notes then stay as orphans).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import YanduError
from desktop.core.library import Library
from desktop.ui.actions import Actions
from desktop.ui.models.library_model import ISSUE_ID_ROLE
from desktop.ui.plain import ask_text


def utc_now() -> str:
    """The time as the library writes it (comparable with a note step's `created_at`)."""
    return datetime.now(UTC).isoformat(timespec="microseconds")


class Step(QUndoCommand):
    """One change: `do` is run now and on redo, `undo` on undo. `done_at` says when it was last
    done, so 编辑 → 撤销 can take back whichever came last, this or a note (study/controls.py)."""

    def __init__(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self._do, self._undo = do, undo
        self.done_at = utc_now()

    def redo(self) -> None:
        self._do()
        self.done_at = utc_now()

    def undo(self) -> None:
        self._undo()


class LibraryEdits(QObject):
    edited = Signal()  # a step was done, undone or redone

    def __init__(
        self,
        library: Library,
        tree: QTreeView,
        actions: Actions,
        changed: Callable[[], None],
        report: Callable[[BaseException], None],
        show_status: Callable[[str, int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.library, self.tree, self.window = library, tree, parent
        self.changed, self.report, self.show_status = changed, report, show_status
        # (not the stack's indexChanged: the stack emits it again while the window is destroyed)
        self.stack = QUndoStack(self)
        add = actions.add
        self.rename_action = add("rename_issue", self.tr("重命名这一期(&R)…"), self.rename, "F2")
        self.redate_action = add("redate_issue", self.tr("修改日期(&T)…"), self.redate)
        self.trash_action = add(
            "trash_issue",
            self.tr("删除这一期（移到回收站）"),
            self.trash,
            QKeySequence.StandardKey.Delete,
        )
        self.merge_action = add("merge_issue", self.tr("合并重复的一期(&M)…"), self.merge)
        add("show_trash", self.tr("回收站(&B)…"), self.show_trash)
        for action in (self.rename_action, self.redate_action, self.trash_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # keys in the list only
            tree.addAction(action)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self.context_menu)
        if library.read_only:
            for name in ("rename_issue", "redate_issue", "trash_issue", "merge_issue"):
                actions[name].setEnabled(False)

    # what is chosen

    def current_issue(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ISSUE_ID_ROLE) if index.isValid() else None

    def context_menu(self, position: QPoint) -> None:
        index = self.tree.indexAt(position)
        if not index.isValid():
            return
        self.tree.setCurrentIndex(index)
        menu = QMenu(self.tree)
        for action in (self.rename_action, self.redate_action, self.merge_action):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.trash_action)
        menu.exec(self.tree.viewport().mapToGlobal(position))

    def _apply(self, text: str, do: Callable[[], object], undo: Callable[[], object]) -> bool:
        """Do a change as a step of the undo stack; an error is shown and nothing is pushed."""
        try:
            do()
        except YanduError as error:
            self.report(error)
            return False
        done = [True]  # the first redo (push runs it) has been done above

        def again() -> None:
            if done.pop() if done else False:
                return
            do()

        self.stack.push(Step(text, again, undo))
        self._shown()
        return True

    def _shown(self) -> None:
        """The window, and the 回收站 if it is open, show the change."""
        self.changed()
        self.edited.emit()

    def undo(self) -> None:
        self.stack.undo()
        self._shown()

    def redo(self) -> None:
        self.stack.redo()
        self._shown()

    # the changes

    def rename(self) -> None:
        issue_id = self.current_issue()
        if issue_id is None:
            return
        old = self.library.issue(issue_id).title
        title, ok = ask_text(self.window, self.tr("重命名"), self.tr("这一期的标题："), old)
        if ok and title.strip() and title.strip() != old:
            self._apply(
                self.tr("重命名“%1”").replace("%1", old),
                lambda: self.library.edit_issue(issue_id, title=title),
                lambda: self.library.edit_issue(issue_id, title=old),
            )

    def redate(self) -> None:
        issue_id = self.current_issue()
        if issue_id is None:
            return
        issue = self.library.issue(issue_id)
        old = issue.date or ""
        date, ok = ask_text(
            self.window,
            self.tr("修改日期"),
            self.tr("“%1”的日期（YYYY-MM-DD、YYYY-MM 或 YYYY）：").replace("%1", issue.title),
            old,
        )
        if ok and date.strip() != old:
            self._apply(
                self.tr("修改“%1”的日期").replace("%1", issue.title),
                lambda: self.library.edit_issue(issue_id, date=date.strip()),
                lambda: self.library.edit_issue(issue_id, date=old),
            )

    def trash(self) -> None:
        issue_id = self.current_issue()
        if issue_id is None:
            return
        title = self.library.issue(issue_id).title
        if self._apply(
            self.tr("删除“%1”").replace("%1", title),
            lambda: self.library.trash_issue(issue_id),
            lambda: self.library.restore_issue(issue_id),
        ):
            self.show_status(self.tr("“%1”已移到回收站（Ctrl+Z 撤销）").replace("%1", title), 8000)

    def merge(self) -> None:
        """Keep the chosen issue; the duplicate picked here gives it its notes and goes away."""
        from PySide6.QtWidgets import QInputDialog

        kept = self.current_issue()
        if kept is None:
            return
        issue = self.library.issue(kept)
        others = [other for other in self.library.issues() if other.id != kept]
        # the likeliest duplicates first: the same date, then the same title
        others.sort(key=lambda o: (o.date != issue.date, o.title != issue.title))
        if not others:
            self.show_status(self.tr("文库中没有可以合并的另一期。"), 5000)
            return
        labels = [f"{o.date or ''}  {o.title}（{o.item_count}）".strip() for o in others]
        label, ok = QInputDialog.getItem(
            self.window,
            self.tr("合并重复的一期"),
            self.tr(
                "保留“%1”，把下面这一期的批注、心得和学习会文章并入它，再把它移到回收站："
            ).replace("%1", issue.title),
            labels,
            0,
            False,
        )
        if not ok:
            return
        merged = others[labels.index(label)].id
        records = []
        self._apply(
            self.tr("合并“%1”").replace("%1", others[labels.index(label)].title),
            lambda: records.append(self.library.merge_issues(kept, merged)),
            lambda: self.library.undo_merge(records.pop()),
        )

    def show_trash(self) -> None:
        dialog = TrashDialog(self, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.trash_dialog = dialog


class TrashDialog(QDialog):
    """The 回收站: put an issue back (undoable like the rest), or empty it for good."""

    def __init__(self, edits: LibraryEdits, parent: QWidget) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QListWidget

        super().__init__(parent)
        self.edits = edits
        self.setWindowTitle(self.tr("回收站"))
        self.setMinimumWidth(520)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("回收站中的各期"))
        self.empty_label = QLabel(self.tr("回收站是空的。"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(
            self.tr("还原(&R)"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.empty_button = buttons.addButton(
            self.tr("清空回收站(&E)…"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.restore_button.clicked.connect(self.restore)
        self.empty_button.clicked.connect(self.empty)
        buttons.rejected.connect(self.reject)
        self.list.itemDoubleClicked.connect(lambda _item: self.restore())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(self.empty_label)
        layout.addWidget(buttons)
        read_only = edits.library.read_only
        self.restore_button.setEnabled(not read_only)
        self.empty_button.setEnabled(not read_only)
        self.fill()
        edits.edited.connect(self.fill)  # an undo while it is open shows in it

    def fill(self) -> None:
        from PySide6.QtWidgets import QListWidgetItem

        self.list.clear()
        for issue_id, title, date, _when, notes in self.edits.library.trashed():
            text = f"{date or ''}  {title}".strip()
            if notes:
                text += "  " + self.tr("（%n 条批注）", "", notes)
            row = QListWidgetItem(text.replace("\n", " "))  # a list row is plain text
            row.setData(Qt.ItemDataRole.UserRole, (issue_id, title))
            self.list.addItem(row)
        self.list.setCurrentRow(0)
        self.empty_label.setVisible(self.list.count() == 0)
        self.list.setVisible(self.list.count() > 0)
        self.empty_button.setEnabled(self.list.count() > 0 and not self.edits.library.read_only)

    def restore(self) -> None:
        row = self.list.currentItem()
        if row is None:
            return
        issue_id, title = row.data(Qt.ItemDataRole.UserRole)
        library = self.edits.library
        self.edits._apply(
            self.tr("还原“%1”").replace("%1", title),
            lambda: library.restore_issue(issue_id),
            lambda: library.trash_issue(issue_id),
        )
        self.fill()

    def empty(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("清空回收站"),
            self.tr(
                "回收站中的 %n 期将永久删除，不能撤销。其中的批注会保留在批注列表中，标为“原文已删除”。",
                "",
                self.list.count(),
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.edits.library.empty_trash()
        except YanduError as error:
            self.edits.report(error)
            return
        self.edits.stack.clear()  # steps that restore what is gone can no longer be undone
        self.edits._shown()
