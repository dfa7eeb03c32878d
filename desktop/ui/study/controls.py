"""Who is at the keyboard and which session is under way; the study actions, docks and toolbar.

`StudyControls` registers its actions by name (the window lays out the menus),
builds its toolbar and docks (the window places them), and keeps the article's
marks, the annotations panel and the reflections in step with the member, the
session and the layers shown.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QObject, QSettings, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QLabel,
    QMainWindow,
    QToolBar,
)

from desktop.core.errors import Invalid, NotFound, YanduError
from desktop.core.library import Library
from desktop.core.model import Annotation, Issue, StudySession
from desktop.ui.actions import SEPARATOR, Actions
from desktop.ui.errors import problem_text
from desktop.ui.plain import category_name
from desktop.ui.runner import Runner
from desktop.ui.study.annotations_panel import AnnotationsPanel
from desktop.ui.study.editing import Editing, Who
from desktop.ui.study.group import member_labels
from desktop.ui.study.reader import Reader
from desktop.ui.study.reflections_panel import ReflectionsPanel
from desktop.ui.widgets.article_view import ArticleView

if TYPE_CHECKING:
    from desktop.ui.library_edits import LibraryEdits

# the 学习 menu, by action name
MENU = [
    "highlight_*",
    "mark_directive",
    "comment",
    "delete_annotation",
    SEPARATOR,
    "show_others",
    "members",
    "new_session",
    "edit_session",
    "session_chart",
    SEPARATOR,
    "exchange_folder",
    "exchange_sync",
    "exchange_waiting",
]


def _setting_true(value: object) -> bool:
    return value in (True, "true", 1, "1")


class StudyControls(QObject):
    # the article's annotations in every layer, each time they are read (the group's view)
    annotations_read = Signal(object)
    # the member at the keyboard changed their notes or reflections (the shared folder's cue)
    own_change = Signal()

    def __init__(
        self,
        window: QMainWindow,
        library: Library,
        runner: Runner,
        actions: Actions,
        view: ArticleView,
        reader: Reader,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.library = library
        self.runner = runner
        self.actions = actions
        self.view = view
        self.reader = reader
        self.settings = QSettings()
        self.who = Who()
        self.library_edits: LibraryEdits | None = None  # the library's changes, set by the window
        self._last_undone = "notes"
        self.labels: dict[int, str] = {}  # member id -> name as lists show it (group.py)
        self.editing = Editing(
            library,
            view,
            reader,
            self.who,
            actions,
            self._require_member,
            self.changed,
            window,
            self._session_for_note,
        )
        self._asked_about: int | None = None  # today's session asked about (once a run)
        self._build_toolbar()
        self._register_actions()
        self.annotations_panel = AnnotationsPanel(window)
        self.annotations_panel.filters_changed.connect(self.refresh_panel)
        self.annotations_panel.open_requested.connect(self._open_annotation)
        self.annotations_panel.edit_requested.connect(self.editing.edit)
        self.annotations_panel.delete_requested.connect(self.editing.delete)
        self.annotations_panel.settle_requested.connect(self.editing.settle)
        self.reflections_panel = ReflectionsPanel(library, runner, window)
        self.reflections_panel.told = lambda text: reader.show_status(text, 10000)
        self.reflections_panel.saved = self.own_change.emit
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self.editing.context_menu)
        self.reload_members()
        self.reload_sessions()

    @property
    def member_id(self) -> int | None:
        return self.who.member_id

    @property
    def session_id(self) -> int | None:
        return self.who.session_id

    def menu_names(self) -> list[str | None]:
        return [
            name
            for entry in MENU
            for name in (self.actions.names("highlight_") if entry == "highlight_*" else [entry])
        ]

    # building

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("学习"))
        bar.setObjectName("study_toolbar")
        bar.addWidget(QLabel(self.tr(" 成员 ")))
        self.member_box = QComboBox()
        self.member_box.setObjectName("member_box")
        self.member_box.setMinimumContentsLength(6)
        self.member_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.member_box.currentIndexChanged.connect(self._member_chosen)
        bar.addWidget(self.member_box)
        bar.addWidget(QLabel(self.tr(" 学习会 ")))
        self.session_box = QComboBox()
        self.session_box.setObjectName("session_box")
        self.session_box.setMinimumContentsLength(12)
        # as wide as the longest session's name, so none is cut off (the full name on hover too)
        self.session_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.session_box.currentTextChanged.connect(self.session_box.setToolTip)
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        bar.addWidget(self.session_box)
        self.toolbar = bar

    def _register_actions(self) -> None:
        add, editing = self.actions.add, self.editing

        def highlighter(name: str) -> Callable[[], object]:
            return lambda: editing.highlight(name)

        categories = self.library.categories.all()
        self.view.category_order = {category.name: n for n, category in enumerate(categories)}
        for number, category in enumerate(categories[:9], start=1):
            add(
                f"highlight_{number}",
                self.tr("划线：%1").replace("%1", category_name(category.name)),
                highlighter(category.name),
                QKeySequence(f"Ctrl+{number}"),
            )
        add("comment", self.tr("批注(&M)…"), editing.comment, QKeySequence("Ctrl+M"))
        add(
            "mark_directive",
            self.tr("整句划线"),
            editing.highlight_directive,
            QKeySequence("Ctrl+Shift+1"),
        )
        add("delete_annotation", self.tr("删除批注"), editing.delete_at_cursor)
        add("undo", self.tr("撤销(&U)"), self.undo, QKeySequence.StandardKey.Undo)
        add(
            "redo",
            self.tr("重做(&R)"),
            self.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")],
        )
        others = add("show_others", self.tr("显示其他成员的批注"), self.refresh_layers, None, True)
        others.setChecked(_setting_true(self.settings.value("study/others", True)))
        add("members", self.tr("成员…"), self.manage_members)
        add("new_session", self.tr("新建学习会…"), self.new_session)
        add("edit_session", self.tr("编辑学习会…"), self.edit_session)
        add("session_chart", self.tr("学习会统计图…"), self.session_chart)
        add("export_notes", self.tr("导出学习笔记(&E)…"), self.export_notes, QKeySequence("Ctrl+E"))
        add("export_everyone", self.tr("全部导出到文件夹(&A)…"), self.export_everyone)
        add("print_preview", self.tr("打印预览(&V)…"), self.print_preview)
        add(
            "print_notes",
            self.tr("打印学习笔记(&P)…"),
            self.print_notes,
            QKeySequence.StandardKey.Print,
        )
        add("export_pdf", self.tr("导出为 PDF(&F)…"), self.export_pdf)
        self.toolbar.addSeparator()
        self.actions.fill(self.toolbar, [*self.actions.names("highlight_"), "comment"])

    # who and when

    def reload_members(self) -> None:
        wanted = self.who.member_id or self.settings.value("study/member")
        members = self.library.members.all()
        self.labels = member_labels(members)
        self.member_box.blockSignals(True)
        self.member_box.clear()
        self.member_box.addItem(self.tr("（选择成员）"), None)
        for member in members:  # only this computer's members write here; the others are read
            if member.local:
                self.member_box.addItem(member.name, member.id)
        self.member_box.addItem(self.tr("添加成员…"), "add")
        index = self.member_box.findData(int(str(wanted))) if wanted not in (None, "") else -1
        self.member_box.setCurrentIndex(max(0, index))
        self.member_box.blockSignals(False)
        self.annotations_panel.set_choices(members, self.library.categories.all(), self.labels)
        data = self.member_box.currentData()
        self.who.member_id = data if isinstance(data, int) else None
        self._update_enabled()

    def reload_sessions(self) -> None:
        wanted = self.who.session_id or self.settings.value("study/session")
        self.session_box.blockSignals(True)
        self.session_box.clear()
        self.session_box.addItem(self.tr("（不在学习会中）"), None)
        for session in self.library.sessions.all():
            self.session_box.addItem(
                f"{session.starts_at or ''} {session.title}".strip(), session.id
            )
        self.session_box.addItem(self.tr("新建学习会…"), "new")
        index = self.session_box.findData(int(str(wanted))) if wanted not in (None, "") else -1
        self.session_box.setCurrentIndex(max(0, index))
        self.session_box.blockSignals(False)
        data = self.session_box.currentData()
        self.who.session_id = data if isinstance(data, int) else None
        self.reflections_panel.show_session(self.who.member_id, self.who.session_id)

    def _member_chosen(self, _index: int) -> None:
        data = self.member_box.currentData()
        if data == "add":
            self.member_box.setCurrentIndex(0)
            self.add_member()
            return
        self.who.member_id = data if isinstance(data, int) else None
        self.settings.setValue("study/member", self.who.member_id or "")
        self._update_enabled()
        self.item_opened()
        self.reflections_panel.show_session(self.who.member_id, self.who.session_id)

    def _session_for_note(self) -> int | None:
        """The session a new note is recorded in. With none chosen while a session is held
        today, the member is asked once whether their notes belong to it: notes made
        outside a session are missing from its record."""
        from PySide6.QtWidgets import QMessageBox

        if self.who.session_id is not None:
            return self.who.session_id
        today = QDate.currentDate().toString("yyyy-MM-dd")
        running = [s for s in self.library.sessions.all() if (s.starts_at or "").startswith(today)]
        if not running or self._asked_about == running[-1].id:
            return None
        session = running[-1]
        self._asked_about = session.id
        answer = QMessageBox.question(
            self.window,
            self.tr("学习会"),
            self.tr(
                "今天的学习会“%1”正在进行，但没有选中它。把这条批注和之后的批注记入这次学习会吗？"
            ).replace("%1", session.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.session_box.setCurrentIndex(self.session_box.findData(session.id))
        return self.who.session_id

    def _session_chosen(self, _index: int) -> None:
        data = self.session_box.currentData()
        if data == "new":
            self.session_box.setCurrentIndex(0)
            self.new_session()
            return
        self.who.session_id = data if isinstance(data, int) else None
        self.settings.setValue("study/session", self.who.session_id or "")
        self.reflections_panel.show_session(self.who.member_id, self.who.session_id)

    def set_member(self, member_id: int) -> None:
        self.member_box.setCurrentIndex(self.member_box.findData(member_id))

    def add_member(self) -> int | None:
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        name, ok = QInputDialog.getText(self.window, self.tr("添加成员"), self.tr("姓名："))
        if not ok or not name.strip():
            return None
        try:
            member = self.library.members.add(name.strip())
        except Invalid as exc:
            QMessageBox.warning(self.window, self.tr("添加成员"), problem_text(exc))
            return None
        self.who.member_id = member.id
        self.reload_members()
        self.set_member(member.id)
        return member.id

    def _require_member(self) -> int | None:
        from PySide6.QtWidgets import QMessageBox

        if self.who.member_id is None:
            QMessageBox.information(
                self.window, self.tr("批注"), self.tr("先选择或添加你自己：批注属于每位成员。")
            )
            return self.add_member()
        return self.who.member_id

    def manage_members(self) -> None:
        from desktop.ui.dialogs.members_dialog import MembersDialog  # dialogs load when first used

        MembersDialog(self.library, self.window).exec()
        self.reload_members()
        self.item_opened()

    def item_choices(self, session: StudySession | None = None) -> list[tuple[int, str]]:
        """For the session dialog: the articles the session studied, from whatever issue, then
        those of the issue being read."""
        wanted = list(session.item_ids) if session is not None else []
        current = self.reader.current_item_id
        issues: dict[int, Issue] = {}

        def issue_of(item_id: int) -> Issue | None:
            try:
                issue_id = self.library.item(item_id).issue_id or 0
                if issue_id not in issues:
                    issues[issue_id] = self.library.issue(issue_id)
                return issues[issue_id]
            except NotFound:  # an article of an issue since removed
                return None

        if current is not None:
            reading = issue_of(current)
            wanted += [item.id for item in reading.items if item.id is not None] if reading else []
        choices, seen = [], set()
        for item_id in wanted:
            issue = issue_of(item_id)
            if item_id in seen or issue is None:
                continue
            seen.add(item_id)
            item = next(i for i in issue.items if i.id == item_id)
            name = (
                item.headline or item.kicker or (item.paragraphs[0][:20] if item.paragraphs else "")
            )
            choices.append((item_id, f"{issue.title} · {name}"))
        return choices

    def new_session(self) -> None:
        from desktop.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.library, self.item_choices(), parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            session = self.library.sessions.add(values.pop("title"), **values)
            self.who.session_id = session.id
            self.reload_sessions()
            self.settings.setValue("study/session", session.id)  # still chosen after a restart

    def edit_session(self) -> None:
        if self.who.session_id is None:
            self.new_session()
            return
        session = self.library.sessions.get(self.who.session_id)
        from desktop.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(
            self.library, self.item_choices(session), session, parent=self.window
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.library.sessions.update(session.id, values.pop("title"), **values)
            self.reload_sessions()

    # printing: the notes of the member at the keyboard (or the group's record when none is
    # chosen) for the session chosen, on the Word file's pages (ui/printing.py)

    def _notes_scope(self) -> dict:
        member = self.library.members.get(self.who.member_id) if self.who.member_id else None
        return {
            "member": member.name if member else None,
            "session_id": self.who.session_id,
            "group_by": "article" if member else "category",
        }

    def _printing(self):
        from desktop.ui.printing import NotesPrinting

        self.printing = getattr(self, "printing", None) or NotesPrinting(self.library)
        return self.printing

    def _refused(self, error: YanduError) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, self.tr("打印学习笔记"), problem_text(error))

    def print_preview(self) -> None:
        try:
            self.preview = self._printing().preview(self.window, **self._notes_scope())
        except YanduError as error:
            self._refused(error)

    def print_notes(self) -> None:
        try:
            self._printing().print_(self.window, **self._notes_scope())
        except YanduError as error:
            self._refused(error)

    def export_pdf(self, target: Path | None = None) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.core.notes.batch import file_name

        scope = self._notes_scope()
        if target is None:
            session = (
                self.library.sessions.get(scope["session_id"]) if scope["session_id"] else None
            )
            name = (
                file_name(self.tr("学习笔记"), scope["member"])
                if scope["member"]
                else file_name(self.tr("学习记录"), session.title if session else None)
            ).removesuffix(".docx") + ".pdf"
            folder = str(self.settings.value("export/folder", "") or Path.home())
            chosen, _ = QFileDialog.getSaveFileName(
                self.window, self.tr("导出为 PDF"), str(Path(folder) / name), "PDF (*.pdf)"
            )
            if not chosen:
                return
            target = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")

        def work(library, _job) -> Path:
            from desktop.ui.printing import export_pdf

            return export_pdf(library, target, **scope)

        def done(written: Path) -> None:
            self.settings.setValue("export/folder", str(written.parent))
            self.reader.show_status(self.tr("已导出到：%1").replace("%1", str(written)), 10000)

        def failed(error: BaseException) -> None:
            if not isinstance(error, YanduError):
                raise error
            self._refused(error)

        self.runner.submit(work, done=done, failed=failed)

    def session_chart(self) -> None:
        """How many members marked each directive of the session's articles, as bars."""
        if self.who.session_id is None:
            self.reader.show_status(self.tr("先在工具栏中选择学习会。"), 5000)
            return
        from desktop.ui.dialogs.chart_dialog import open_session_chart

        try:
            self.chart = open_session_chart(self.window, self.library, self.who.session_id)
        except NotFound as error:  # removed meanwhile by another window
            self.reader.show_status(problem_text(error), 8000)

    def export_everyone(self, folder=None) -> None:
        """Each member's notes and the group's record (of the session chosen, else of every
        annotated article) into one folder."""
        from desktop.ui.dialogs.export_all import ExportEveryone

        self.export_all = ExportEveryone(self.library, self.runner, self.window)
        self.export_all.start(self.who.session_id, None, folder)

    def export_notes(self) -> None:
        from desktop.ui.dialogs.export_dialog import ExportDialog

        item_id = self.reader.current_item_id
        issue_id = self.library.item(item_id).issue_id if item_id is not None else None
        self.export_dialog = ExportDialog(
            self.library,
            self.runner,
            self.who.member_id,
            self.who.session_id,
            issue_id,
            self.window,
        )
        self.export_dialog.open()

    # 编辑 → 撤销 and 重做: the member's notes and the library's changes (library_edits.py), in
    # the order they were made

    def _library_goes_first(self, undoing: bool) -> bool:
        stack = self.library_edits.stack if self.library_edits is not None else None
        if stack is None or not (stack.canUndo() if undoing else stack.canRedo()):
            return False
        member_id, log = self.who.member_id, self.library.undo_log
        if member_id is None:
            return True
        if undoing:
            notes_at = log.last_done_at(member_id)
            step = stack.command(stack.index() - 1)
            return notes_at is None or getattr(step, "done_at", "") > notes_at
        return not log.can_redo(member_id) or self._last_undone == "library"

    def undo(self) -> None:
        if self._library_goes_first(undoing=True):
            assert self.library_edits is not None
            said = self.tr("已撤销：%1").replace("%1", self.library_edits.stack.undoText())
            self.library_edits.undo()
            self.reader.show_status(said, 5000)
            self._last_undone = "library"
        else:
            self.editing.undo()
            self._last_undone = "notes"
        self._update_enabled()

    def redo(self) -> None:
        if self._library_goes_first(undoing=False):
            assert self.library_edits is not None
            self.library_edits.redo()
        else:
            self.editing.redo()
        self._update_enabled()

    def changed_library(self) -> None:
        """A library step was done or undone: 撤销 and 重做 follow."""
        self._update_enabled()

    def _update_enabled(self) -> None:
        member_id = self.who.member_id
        log = self.library.undo_log
        stack = self.library_edits.stack if self.library_edits is not None else None
        self.actions["undo"].setEnabled(
            (member_id is not None and log.can_undo(member_id))
            or (stack is not None and stack.canUndo())
        )
        self.actions["redo"].setEnabled(
            (member_id is not None and log.can_redo(member_id))
            or (stack is not None and stack.canRedo())
        )

    # what the article shows

    def highlight(self, category: str, span=None, comment: str = "", tags=()) -> Annotation | None:
        return self.editing.highlight(category, span, comment, tags)

    def changed(self) -> None:
        self.own_change.emit()
        self.item_opened()
        self._update_enabled()
        self.window.activateWindow()  # back to the article after a dialog: Ctrl+Z works on
        self.view.setFocus()

    def shown_layers(self, annotations: list[Annotation]) -> list[Annotation]:
        """The member's own layer, and the others' when they are shown."""
        if self.actions["show_others"].isChecked():
            return annotations
        return [a for a in annotations if a.member_id == self.who.member_id]

    def refresh_layers(self) -> None:
        self.settings.setValue("study/others", self.actions["show_others"].isChecked())
        self.item_opened()

    def item_opened(self, redraw: bool = True, item_annotations: list | None = None) -> None:
        """`item_annotations`: the opened item's annotations in every layer, when the caller has read them."""
        item_id = self.reader.current_item_id
        if item_id is not None and redraw:
            found = self.library.annotations.find(item_id=item_id)
            self.view.set_annotations(self.shown_layers(found))
            item_annotations = found
        if item_annotations is not None:
            self.annotations_read.emit(item_annotations)
        self.reflections_panel.show_item(self.who.member_id, item_id)
        self.refresh_panel(item_annotations)

    def refresh_panel(self, item_annotations: list | None = None) -> None:
        filters = self.annotations_panel.filters(self.reader.current_item_id)
        if filters is None:
            self.annotations_panel.show_annotations([])
            return
        if item_annotations is not None and list(filters) == ["item_id"]:
            found = item_annotations  # the panel shows just what the article has: read once
        else:
            found = self.library.annotations.find(**filters)
        self.annotations_panel.show_annotations(self.shown_layers(found))

    def _open_annotation(self, annotation: Annotation) -> None:
        if annotation.orphan or annotation.item_id is None or annotation.start is None:
            self.reader.show_status(
                self.tr("原文已改动：“%1”").replace("%1", annotation.quote[:40]), 6000
            )
            return
        if annotation.item_id != self.reader.current_item_id:
            self.reader.select_item(annotation.item_id)
        self.view.reveal(annotation.start, annotation.end or annotation.start)
