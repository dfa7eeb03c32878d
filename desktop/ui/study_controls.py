"""The study-group side of the window: who I am, the session under way, highlights, comments, layers,
the annotations panel, reflections, undo and redo.

Kept apart from main_window.py so each stays readable; it owns its actions,
docks and toolbar widgets, and talks to the core through the window's library.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import YanduError
from desktop.ui.models.annotation_model import ANNOTATION_ROLE, AnnotationModel
from desktop.ui.widgets.reflection_editor import ReflectionEditor
from desktop.ui.widgets.wrapping_delegate import WrappingDelegate

ALL = -1


class StudyControls(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.library = window.library
        self.settings = QSettings()
        self.member_id: int | None = None
        self.session_id: int | None = None
        self._build_toolbar()
        self._build_actions()
        self._build_annotations_dock()
        self._build_reflections_dock()
        window.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        window.view.customContextMenuRequested.connect(self._context_menu)
        self.reload_members()
        self.reload_sessions()

    # building

    def _build_toolbar(self) -> None:
        bar = self.window.addToolBar(self.tr("学习"))
        bar.setObjectName("study_toolbar")
        bar.addWidget(QLabel(self.tr(" 成员 ")))
        self.member_box = QComboBox()
        self.member_box.setObjectName("member_box")
        self.member_box.setMinimumContentsLength(6)
        self.member_box.currentIndexChanged.connect(self._member_chosen)
        bar.addWidget(self.member_box)
        bar.addWidget(QLabel(self.tr(" 学习会 ")))
        self.session_box = QComboBox()
        self.session_box.setObjectName("session_box")
        self.session_box.setMinimumContentsLength(12)
        self.session_box.currentIndexChanged.connect(self._session_chosen)
        bar.addWidget(self.session_box)
        self.toolbar = bar

    def _action(self, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcuts(shortcut if isinstance(shortcut, list) else [shortcut])
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.highlight_actions = []
        for number, category in enumerate(self.library.categories()[:9], start=1):
            action = self._action(
                self.tr("划线：%1").replace("%1", category.name),
                lambda _=False, name=category.name: self.highlight(name),
                QKeySequence(f"Ctrl+{number}"),
            )
            self.highlight_actions.append(action)
        self.comment_action = self._action(
            self.tr("批注(&M)…"), self.comment, QKeySequence("Ctrl+M")
        )
        self.directive_action = self._action(
            self.tr("整句划线"), self.highlight_directive, QKeySequence("Ctrl+Shift+1")
        )
        self.delete_action = self._action(self.tr("删除批注"), self.delete_at_cursor)
        self.undo_action = self._action(
            self.tr("撤销(&U)"), self.undo, QKeySequence.StandardKey.Undo
        )
        self.redo_action = self._action(
            self.tr("重做(&R)"), self.redo, [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")]
        )
        self.others_action = self._action(self.tr("显示其他成员的批注"), self.refresh_layers)
        self.others_action.setCheckable(True)
        self.others_action.setChecked(
            self.settings.value("study/others", True) in (True, "true", 1, "1")
        )
        self.members_action = self._action(self.tr("成员…"), self.manage_members)
        self.new_session_action = self._action(self.tr("新建学习会…"), self.new_session)
        self.edit_session_action = self._action(self.tr("编辑学习会…"), self.edit_session)
        self.export_action = self._action(
            self.tr("导出学习笔记(&E)…"), self.export_notes, QKeySequence("Ctrl+E")
        )
        file_menu = self.window.file_menu
        file_menu.insertAction(file_menu.actions()[2], self.export_action)

        menu = self.window.menuBar().addMenu(self.tr("学习(&S)"))
        menu.addActions(self.highlight_actions)
        menu.addActions([self.directive_action, self.comment_action, self.delete_action])
        menu.addSeparator()
        menu.addActions([self.undo_action, self.redo_action])
        menu.addSeparator()
        menu.addActions(
            [
                self.others_action,
                self.members_action,
                self.new_session_action,
                self.edit_session_action,
            ]
        )
        self.window.menuBar().insertMenu(self.window.help_menu.menuAction(), menu)
        self.toolbar.addSeparator()
        self.toolbar.addActions(self.highlight_actions)
        self.toolbar.addAction(self.comment_action)

    def _build_annotations_dock(self) -> None:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        filters = QHBoxLayout()
        self.scope_box = QComboBox()
        self.scope_box.addItem(self.tr("本文"), "item")
        self.scope_box.addItem(self.tr("全部文章"), "all")
        self.filter_member = QComboBox()
        self.filter_category = QComboBox()
        self.filter_tag = QLineEdit()
        self.filter_tag.setPlaceholderText(self.tr("标签"))
        for widget in (self.scope_box, self.filter_member, self.filter_category):
            widget.currentIndexChanged.connect(lambda _index: self.refresh_panel())
            filters.addWidget(widget)
        self.filter_tag.textChanged.connect(lambda _text: self.refresh_panel())
        filters.addWidget(self.filter_tag)
        layout.addLayout(filters)
        self.annotation_model = AnnotationModel(self)
        self.annotation_list = QListView()
        self.annotation_list.setObjectName("annotation_list")
        self.annotation_list.setModel(self.annotation_model)
        self.annotation_list.setWordWrap(True)
        self.annotation_list.setItemDelegate(WrappingDelegate(self.annotation_list))
        self.annotation_list.setAlternatingRowColors(True)
        self.annotation_list.clicked.connect(self._annotation_clicked)
        self.annotation_list.activated.connect(self._annotation_clicked)
        layout.addWidget(self.annotation_list)
        buttons = QHBoxLayout()
        edit = QPushButton(self.tr("编辑批注"))
        edit.clicked.connect(self._edit_selected)
        remove = QPushButton(self.tr("删除"))
        remove.clicked.connect(self._delete_selected)
        buttons.addWidget(edit)
        buttons.addWidget(remove)
        layout.addLayout(buttons)
        self.annotations_dock = QDockWidget(self.tr("批注"), self.window)
        self.annotations_dock.setObjectName("annotations_dock")
        self.annotations_dock.setWidget(panel)
        self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations_dock)
        self.window.tabifyDockWidget(self.window.directives_dock, self.annotations_dock)
        self.window.directives_dock.raise_()
        self.window.view_menu.addAction(self.annotations_dock.toggleViewAction())

    def _build_reflections_dock(self) -> None:
        self.item_reflection = ReflectionEditor(self.tr("写下对本文的心得体会，边写边自动保存。"))
        self.item_reflection.setObjectName("item_reflection")
        self.session_reflection = ReflectionEditor(
            self.tr("写下本次学习会的心得体会，边写边自动保存。")
        )
        self.session_reflection.setObjectName("session_reflection")
        self.reflection_tabs = QTabWidget()
        self.reflection_tabs.addTab(self.item_reflection, self.tr("本文"))
        self.reflection_tabs.addTab(self.session_reflection, self.tr("本次学习会"))
        self.reflections_dock = QDockWidget(self.tr("心得体会"), self.window)
        self.reflections_dock.setObjectName("reflections_dock")
        self.reflections_dock.setWidget(self.reflection_tabs)
        self.window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.reflections_dock)
        self.window.resizeDocks([self.reflections_dock], [150], Qt.Orientation.Vertical)
        self.window.view_menu.addAction(self.reflections_dock.toggleViewAction())

    # who and when

    def reload_members(self) -> None:
        wanted = self.member_id or self.settings.value("study/member")
        self.member_box.blockSignals(True)
        self.member_box.clear()
        self.member_box.addItem(self.tr("（选择成员）"), None)
        self.filter_member.blockSignals(True)
        self.filter_member.clear()
        self.filter_member.addItem(self.tr("全部成员"), ALL)
        for member in self.library.members():
            self.member_box.addItem(member.name, member.id)
            self.filter_member.addItem(member.name, member.id)
        self.member_box.addItem(self.tr("添加成员…"), "add")
        index = self.member_box.findData(int(wanted)) if wanted not in (None, "") else -1
        self.member_box.setCurrentIndex(max(0, index))
        self.member_box.blockSignals(False)
        self.filter_member.blockSignals(False)
        self.filter_category.blockSignals(True)
        self.filter_category.clear()
        self.filter_category.addItem(self.tr("全部类别"), None)
        for category in self.library.categories():
            self.filter_category.addItem(category.name, category.name)
        self.filter_category.blockSignals(False)
        self.member_id = (
            self.member_box.currentData()
            if isinstance(self.member_box.currentData(), int)
            else None
        )
        self._update_enabled()

    def reload_sessions(self) -> None:
        wanted = self.session_id or self.settings.value("study/session")
        self.session_box.blockSignals(True)
        self.session_box.clear()
        self.session_box.addItem(self.tr("（不在学习会中）"), None)
        for session in self.library.sessions():
            self.session_box.addItem(
                f"{session.starts_at or ''} {session.title}".strip(), session.id
            )
        self.session_box.addItem(self.tr("新建学习会…"), "new")
        index = self.session_box.findData(int(wanted)) if wanted not in (None, "") else -1
        self.session_box.setCurrentIndex(max(0, index))
        self.session_box.blockSignals(False)
        data = self.session_box.currentData()
        self.session_id = data if isinstance(data, int) else None
        self._load_session_reflection()

    def _member_chosen(self, _index: int) -> None:
        data = self.member_box.currentData()
        if data == "add":
            self.member_box.setCurrentIndex(0)
            self.add_member()
            return
        self.member_id = data if isinstance(data, int) else None
        self.settings.setValue("study/member", self.member_id or "")
        self._update_enabled()
        self.item_opened()
        self._load_session_reflection()

    def _session_chosen(self, _index: int) -> None:
        data = self.session_box.currentData()
        if data == "new":
            self.session_box.setCurrentIndex(0)
            self.new_session()
            return
        self.session_id = data if isinstance(data, int) else None
        self.settings.setValue("study/session", self.session_id or "")
        self._load_session_reflection()

    def set_member(self, member_id: int) -> None:
        self.member_box.setCurrentIndex(self.member_box.findData(member_id))

    def add_member(self) -> int | None:
        name, ok = QInputDialog.getText(self.window, self.tr("添加成员"), self.tr("姓名："))
        if not ok or not name.strip():
            return None
        try:
            member = self.library.add_member(name.strip())
        except YanduError as exc:
            QMessageBox.warning(self.window, self.tr("添加成员"), exc.message)
            return None
        self.member_id = member.id
        self.reload_members()
        self.set_member(member.id)
        return member.id

    def manage_members(self) -> None:
        # the dialogs load when first opened, not with the window
        from desktop.ui.dialogs.members_dialog import MembersDialog

        MembersDialog(self.library, self.window).exec()
        self.reload_members()
        self.item_opened()

    def _item_choices(self) -> list[tuple[int, str]]:
        item_id = self.window.current_item_id
        if item_id is None:
            return []
        issue = self.library.issue(self.library.item(item_id).issue_id)
        return [
            (item.id, f"{issue.title} · {item.headline or item.paragraphs[0][:20]}")
            for item in issue.items
        ]

    def new_session(self) -> None:
        from desktop.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.library, self._item_choices(), parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            session = self.library.add_session(values.pop("title"), **values)
            self.session_id = session.id
            self.reload_sessions()

    def edit_session(self) -> None:
        if self.session_id is None:
            self.new_session()
            return
        session = self.library.session(self.session_id)
        from desktop.ui.dialogs.session_dialog import SessionDialog

        dialog = SessionDialog(self.library, self._item_choices(), session, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            values = dialog.values()
            self.library.update_session(session.id, values.pop("title"), **values)
            self.reload_sessions()

    def export_notes(self) -> None:
        from desktop.ui.dialogs.export_dialog import ExportDialog

        item_id = self.window.current_item_id
        issue_id = self.library.item(item_id).issue_id if item_id is not None else None
        self.export_dialog = ExportDialog(
            self.library, self.member_id, self.session_id, issue_id, self.window
        )
        self.export_dialog.open()

    def _update_enabled(self) -> None:
        has_member = self.member_id is not None
        self.undo_action.setEnabled(has_member and self.library.can_undo(self.member_id))
        self.redo_action.setEnabled(has_member and self.library.can_redo(self.member_id))

    def _require_member(self) -> int | None:
        if self.member_id is None:
            QMessageBox.information(
                self.window, self.tr("批注"), self.tr("先选择或添加你自己：批注属于每位成员。")
            )
            return self.add_member()
        return self.member_id

    # highlighting and comments

    def highlight(
        self,
        category: str,
        span: tuple[int, int] | None = None,
        comment: str = "",
        tags: tuple[str, ...] = (),
    ):
        span = span or self.window.view.selection_span()
        item_id = self.window.current_item_id
        if span is None or item_id is None:
            self.window.statusBar().showMessage(self.tr("先在文章中选中要划线的文字。"), 4000)
            return None
        member_id = self._require_member()
        if member_id is None:
            return None
        annotation = self.library.annotate(
            item_id,
            span[0],
            span[1],
            member_id,
            session_id=self.session_id,
            category=category,
            comment=comment,
            tags=tags,
        )
        self.changed()
        return annotation

    def highlight_directive(self) -> None:
        offset = self.window.view.cursor_offset()
        directive = self.window.view.directive_at(offset) if offset is not None else None
        if directive is None:
            self.window.statusBar().showMessage(self.tr("把光标放在一句标出的要求或表述里。"), 4000)
            return
        self.highlight(self.library.categories()[0].name, (directive.start, directive.end))

    def _annotation_at_cursor(self):
        """The highlight the cursor is in, or just after (where a selection that was highlighted ends)."""
        view = self.window.view
        offset = view.cursor_offset()
        if offset is None:
            return None
        return view.annotation_at(offset) or (
            view.annotation_at(offset - 1) if offset > 0 else None
        )

    def comment(self) -> None:
        view = self.window.view
        existing = self._annotation_at_cursor() if view.selection_span() is None else None
        categories = [c.name for c in self.library.categories()]
        if existing is not None:
            self.edit_annotation(existing)
            return
        span = view.selection_span()
        if span is None:
            self.window.statusBar().showMessage(
                self.tr("先选中文字，或把光标放在自己的划线上。"), 4000
            )
            return
        from desktop.ui.dialogs.comment_dialog import CommentDialog

        dialog = CommentDialog(view.item.body[span[0] : span[1]], categories, parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            category, text, tags = dialog.values()
            self.highlight(category, span, text, tags)

    def edit_annotation(self, annotation) -> None:
        if annotation.member_id != self.member_id:
            QMessageBox.information(
                self.window,
                self.tr("批注"),
                self.tr("这是%1的批注，只有本人可以修改。").replace("%1", annotation.member),
            )
            return
        categories = [c.name for c in self.library.categories()]
        from desktop.ui.dialogs.comment_dialog import CommentDialog

        dialog = CommentDialog(
            annotation.quote,
            categories,
            annotation.category,
            annotation.comment,
            annotation.tags,
            parent=self.window,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            category, text, tags = dialog.values()
            colour = next((c.colour for c in self.library.categories() if c.name == category), None)
            self.library.update_annotation(
                annotation.id,
                self.member_id,
                comment=text,
                tags=tags,
                category=category,
                colour=colour,
            )
            self.changed()

    def delete(self, annotation) -> None:
        try:
            self.library.delete_annotation(annotation.id, self.member_id or -1)
        except YanduError as exc:
            QMessageBox.information(self.window, self.tr("批注"), exc.message)
            return
        self.window.statusBar().showMessage(self.tr("已删除批注（Ctrl+Z 撤销）"), 5000)
        self.changed()

    def delete_at_cursor(self) -> None:
        annotation = self._annotation_at_cursor()
        if annotation is not None:
            self.delete(annotation)

    def undo(self) -> None:
        if self.member_id is not None and self.library.undo(self.member_id) is not None:
            self.changed()

    def redo(self) -> None:
        if self.member_id is not None and self.library.redo(self.member_id) is not None:
            self.changed()

    def _context_menu(self, position) -> None:
        view = self.window.view
        menu = QMenu(view)
        if view.selection_span() is not None:
            menu.addActions(self.highlight_actions)
        menu.addAction(self.directive_action)
        menu.addAction(self.comment_action)
        offset = view.offset_at(view.cursorForPosition(position).position())
        if offset is not None and view.annotation_at(offset) is not None:
            target = view.annotation_at(offset)
            menu.addAction(self.tr("删除批注"), lambda: self.delete(target))
        menu.addSeparator()
        menu.addAction(self.tr("复制"), view.copy)
        menu.exec(view.viewport().mapToGlobal(position))

    # refreshing

    def changed(self) -> None:
        self.item_opened()
        self._update_enabled()
        self.window.activateWindow()  # back to the article after a dialog: Ctrl+Z and the next highlight work on
        self.window.view.setFocus()

    def visible_annotations(self, item_id: int, found: list | None = None) -> list:
        """The item's annotations in the layers shown; `found`, when given, is all of them, already read."""
        if found is None:
            found = self.library.annotations(item_id=item_id)
        return self._in_shown_layers(found)

    def _in_shown_layers(self, found: list) -> list:
        """The member's own layer, and the others' when they are shown."""
        if self.others_action.isChecked():
            return found
        return [a for a in found if a.member_id == self.member_id]

    def refresh_layers(self) -> None:
        self.settings.setValue("study/others", self.others_action.isChecked())
        self.item_opened()

    def item_opened(self, redraw: bool = True, item_annotations: list | None = None) -> None:
        """`item_annotations`: the opened item's annotations in every layer, when the caller has read them."""
        item_id = self.window.current_item_id
        if item_id is not None:
            if redraw:
                self.window.view.set_annotations(self.visible_annotations(item_id))
            if self.member_id is not None:
                text = self.library.reflection(self.member_id, item_id=item_id)
                self.item_reflection.attach(
                    text,
                    lambda value, item=item_id, member=self.member_id: self.library.save_reflection(
                        member, value, item_id=item
                    ),
                )
            else:
                self.item_reflection.attach("", None)
        self.refresh_panel(item_annotations)

    def _load_session_reflection(self) -> None:
        if self.member_id is None or self.session_id is None:
            self.session_reflection.attach("", None)
            return
        text = self.library.reflection(self.member_id, session_id=self.session_id)
        self.session_reflection.attach(
            text,
            lambda value, session=self.session_id, member=self.member_id: (
                self.library.save_reflection(member, value, session_id=session)
            ),
        )

    def refresh_panel(self, item_annotations: list | None = None) -> None:
        filters = {}
        if self.scope_box.currentData() == "item":
            if self.window.current_item_id is None:
                self.annotation_model.set_annotations([])
                return
            filters["item_id"] = self.window.current_item_id
        member = self.filter_member.currentData()
        if isinstance(member, int) and member != ALL:
            filters["member_id"] = member
        if self.filter_category.currentData():
            filters["category"] = self.filter_category.currentData()
        if self.filter_tag.text().strip():
            filters["tag"] = self.filter_tag.text().strip().lstrip("#")
        if item_annotations is not None and list(filters) == ["item_id"]:
            found = item_annotations  # the panel shows just what the article has: read once
        else:
            found = self.library.annotations(**filters)
        self.annotation_model.set_annotations(self._in_shown_layers(found))

    def _selected_annotation(self):
        index = self.annotation_list.currentIndex()
        return index.data(ANNOTATION_ROLE) if index.isValid() else None

    def _annotation_clicked(self, index: QModelIndex) -> None:
        annotation = index.data(ANNOTATION_ROLE)
        if annotation is None:
            return
        if annotation.orphan or annotation.item_id is None:
            self.window.statusBar().showMessage(
                self.tr("原文已不在：“%1”").replace("%1", annotation.quote[:40]), 6000
            )
            return
        if annotation.item_id != self.window.current_item_id:
            self.window.select_item(annotation.item_id)
        self.window.view.reveal(annotation.start, annotation.end)

    def _edit_selected(self) -> None:
        annotation = self._selected_annotation()
        if annotation is not None:
            self.edit_annotation(annotation)

    def _delete_selected(self) -> None:
        annotation = self._selected_annotation()
        if annotation is not None:
            self.delete(annotation)
