"""The reader window: the library and search on the left, the article in the middle, its directives on the right.

Widgets are touched on the main thread only; imports, re-analysis, exports and
the saving of reflections run on the worker of `runner.py`, and the window
refreshes from what they report. Errors land in `errors.py`'s reporter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from desktop.core.errors import NotFound, YanduError
from desktop.core.library import Library
from desktop.core.model import ImportResult
from desktop.core.text.search_terms import find_terms
from desktop.ui.actions import SEPARATOR, Actions
from desktop.ui.actions import plain_label as menu_text
from desktop.ui.errors import ErrorReporter, problem_text
from desktop.ui.library_edits import LibraryEdits
from desktop.ui.models.directive_model import DIRECTIVE_ROLE, DirectiveModel
from desktop.ui.models.library_model import ITEM_ID_ROLE, LibraryModel
from desktop.ui.models.search_model import HIT_ROLE, SearchModel
from desktop.ui.plain import category_name, name_clear_button, plain_label
from desktop.ui.runner import Job, Runner
from desktop.ui.study import StudyControls
from desktop.ui.study.exchange import GroupExchange
from desktop.ui.study.group import who_marked
from desktop.ui.watcher import LibraryWatcher
from desktop.ui.widgets.article_view import ArticleView
from desktop.ui.widgets.wrapping_delegate import WrappingDelegate

DEFAULT_POINT_SIZE = 14.0


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("研读 Yandu"))
        self.setAcceptDrops(True)
        self.current_item_id: int | None = None
        self.query = ""
        self.settings = QSettings()
        # app.py installs the reporter as the exception hook; the worker's errors reach it directly
        self.errors = ErrorReporter(self)
        self.runner = Runner(library.path, self.errors.report, self)
        self._import_job: Job | None = None
        self._waiting_imports: list[Path] = []  # handed over by a later start during an import
        self._open_imported = False  # the import under way was handed over: open what it stored
        self.named_actions = Actions(self)
        self.relaunch: Callable[[str], None] | None = None  # app.py: the window in another language

        self.view = ArticleView()
        self.view.setObjectName("article_view")
        self.view.setAccessibleName(self.tr("文章"))
        self.view.hit_moved.connect(self._show_hit_position)
        self.view.internal_link.connect(self._internal_link)
        self.setCentralWidget(self.view)
        self._build_library_dock()
        self._build_directives_dock()
        self._register_actions()
        self.study = StudyControls(self, library, self.runner, self.named_actions, self.view, self)
        self.study.annotations_read.connect(self._show_group_marks)
        self.shared_folder = GroupExchange(
            self,
            self.runner,
            self.named_actions,
            self.errors,
            self.show_status,
            lambda: self.watcher.check(),  # what came in is shown as another process's changes
            read_only=library.read_only,
        )
        self.study.own_change.connect(self.shared_folder.own_change)
        self.library_edits = LibraryEdits(
            library,
            self.tree,
            self.named_actions,
            self._edited_library,
            self.errors.report,
            self.show_status,
            self,
        )
        self.study.library_edits = self.library_edits
        self.library_edits.edited.connect(self.study.changed_library)
        self._lay_out()
        self.count_label = QLabel()
        self.hit_label = plain_label()  # shows the query as typed
        self.statusBar().addPermanentWidget(self.hit_label)
        self.statusBar().addPermanentWidget(self.count_label)
        self._restore_settings()
        self.refresh()
        self.watcher = LibraryWatcher(library, lambda: self.current_item_id, self)
        self.watcher.changed.connect(self._changed_elsewhere)

    def show_status(self, text: str, milliseconds: int = 4000) -> None:
        self.statusBar().showMessage(text, milliseconds)

    # building

    def _build_library_dock(self) -> None:
        self.search_field = QLineEdit()
        self.search_field.setObjectName("search_field")
        self.search_field.setAccessibleName(self.tr("搜索全部文章"))
        self.search_field.setPlaceholderText(self.tr("搜索全部文章（一个字起）"))
        self.search_field.setClearButtonEnabled(True)
        name_clear_button(self.search_field)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.run_search)
        self.search_field.textChanged.connect(lambda _: self._search_timer.start())
        self.search_field.returnPressed.connect(self._search_now)
        clear_search = QAction(self.search_field)
        clear_search.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        clear_search.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        clear_search.triggered.connect(self.search_field.clear)
        self.search_field.addAction(clear_search)

        self.library_model = LibraryModel(self.library, self)
        self.tree = QTreeView()
        self.tree.setObjectName("library_tree")
        self.tree.setAccessibleName(self.tr("文库：各期与文章"))
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.library_model)
        self.tree.setUniformRowHeights(True)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)

        self.search_model = SearchModel(self)
        self.results = QListView()
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(self.tr("搜索结果"))
        self.results.setModel(self.search_model)
        self.results.setWordWrap(True)
        self.results.setItemDelegate(WrappingDelegate(self.results))
        self.results.setAlternatingRowColors(True)
        self.results.activated.connect(self._open_hit)
        self.results.clicked.connect(self._open_hit)
        self.results_label = plain_label()

        self.library_stack = QStackedWidget()
        self.library_stack.addWidget(self.tree)
        self.library_stack.addWidget(self.results)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search_field)
        layout.addWidget(self.results_label)
        layout.addWidget(self.library_stack)
        self.results_label.hide()
        self.library_dock = QDockWidget(self.tr("文库"), self)
        self.library_dock.setObjectName("library_dock")
        self.library_dock.setWidget(panel)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.library_dock)

    def _build_directives_dock(self) -> None:
        self.directive_model = DirectiveModel(self)
        self.directive_tree = QTreeView()
        self.directive_tree.setObjectName("directive_tree")
        self.directive_tree.setAccessibleName(self.tr("要点：谁提出了什么"))
        self.directive_tree.setHeaderHidden(True)
        self.directive_tree.setWordWrap(True)
        self.directive_tree.setUniformRowHeights(False)
        self.directive_tree.setItemDelegate(WrappingDelegate(self.directive_tree))
        self.directive_tree.setModel(self.directive_model)
        self.directive_tree.clicked.connect(self._directive_clicked)
        self.directive_tree.activated.connect(self._directive_clicked)
        self.no_directives = QLabel()
        self.no_directives.setWordWrap(True)
        self.no_directives.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.directive_stack = QStackedWidget()
        self.directive_stack.addWidget(self.directive_tree)
        self.directive_stack.addWidget(self.no_directives)
        self.directives_dock = QDockWidget(self.tr("要点：谁提出了什么"), self)
        self.directives_dock.setObjectName("directives_dock")
        self.directives_dock.setWidget(self.directive_stack)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.directives_dock)

    def _about_qt(self) -> None:
        from PySide6.QtWidgets import QMessageBox  # dialogs' classes are made when first shown

        QMessageBox.aboutQt(self, self.tr("关于 Qt"))

    def _register_actions(self) -> None:
        add, view = self.named_actions.add, self.view
        add(
            "import_files",
            self.tr("导入文件(&I)…"),
            self.choose_files,
            QKeySequence.StandardKey.Open,
        )
        add(
            "import_folder",
            self.tr("导入文件夹(&D)…"),
            self.choose_folder,
            QKeySequence("Ctrl+Shift+O"),
        )
        add("quit", self.tr("退出(&Q)"), self.close, QKeySequence.StandardKey.Quit)
        add("find", self.tr("查找(&F)"), self.focus_search, QKeySequence.StandardKey.Find)
        add(
            "next_hit",
            self.tr("下一处(&N)"),
            lambda: view.next_hit(1),
            QKeySequence.StandardKey.FindNext,
        )
        add(
            "previous_hit",
            self.tr("上一处(&P)"),
            lambda: view.next_hit(-1),
            QKeySequence.StandardKey.FindPrevious,
        )
        add(
            "zoom_in",
            self.tr("放大(&+)"),
            lambda: self.zoom(1),
            [QKeySequence("Ctrl+="), QKeySequence.StandardKey.ZoomIn],
        )
        add(
            "zoom_out", self.tr("缩小(&-)"), lambda: self.zoom(-1), QKeySequence.StandardKey.ZoomOut
        )
        add("zoom_reset", self.tr("原始大小(&0)"), lambda: self.zoom(0), QKeySequence("Ctrl+0"))
        for name, text in (
            ("mark_requirements", self.tr("标出要求")),
            ("mark_statements", self.tr("标出表述")),
            ("mark_phrases", self.tr("标出关键词")),
        ):
            add(name, text, self._markings_changed, None, True)
        add(
            "help",
            self.tr("使用说明(&M)"),
            self.show_help,
            QKeySequence.StandardKey.HelpContents,
        )
        add("about", self.tr("关于研读(&A)"), self.show_about)
        add("about_qt", self.tr("关于 Qt"), self._about_qt)
        self.requirements_action = self.named_actions["mark_requirements"]
        self.statements_action = self.named_actions["mark_statements"]
        self.phrases_action = self.named_actions["mark_phrases"]

    def _lay_out(self) -> None:
        """Menus and toolbars from the actions' names; the study side's docks beside the window's."""
        actions, study = self.named_actions, self.study
        bar = self.menuBar()
        actions.fill(
            bar.addMenu(self.tr("文件(&F)")),
            ["import_files", "import_folder", SEPARATOR, "export_notes", "export_everyone"]
            + ["export_pdf", SEPARATOR, "print_preview", "print_notes", SEPARATOR, "show_trash"]
            + [SEPARATOR, "quit"],
        )
        actions.fill(
            bar.addMenu(self.tr("编辑(&E)")),
            ["undo", "redo", SEPARATOR, "find", "next_hit", "previous_hit", SEPARATOR]
            + ["rename_issue", "redate_issue", "merge_issue", "trash_issue"],
        )
        view_menu = bar.addMenu(self.tr("视图(&V)"))
        actions.fill(
            view_menu,
            ["zoom_in", "zoom_out", "zoom_reset", SEPARATOR]
            + ["mark_requirements", "mark_statements", "mark_phrases", SEPARATOR],
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, study.annotations_panel)
        self.tabifyDockWidget(self.directives_dock, study.annotations_panel)
        self.directives_dock.raise_()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, study.reflections_panel)
        self.resizeDocks([study.reflections_panel], [150], Qt.Orientation.Vertical)
        for dock in (
            self.library_dock,
            self.directives_dock,
            study.annotations_panel,
            study.reflections_panel,
        ):
            view_menu.addAction(dock.toggleViewAction())
        self._language_menu(view_menu.addMenu(self.tr("界面语言")))
        actions.fill(bar.addMenu(self.tr("学习(&S)")), study.menu_names())
        actions.fill(bar.addMenu(self.tr("帮助(&H)")), ["help", SEPARATOR, "about", "about_qt"])

        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        actions.fill(
            toolbar,
            ["import_files", SEPARATOR, "zoom_out", "zoom_in", SEPARATOR]
            + ["mark_requirements", "mark_statements", "mark_phrases"],
        )
        self.addToolBar(study.toolbar)

    def _language_menu(self, menu) -> None:
        languages = QActionGroup(self)
        languages.setExclusive(True)
        for code, label in (("system", self.tr("跟随系统")), ("zh_CN", "中文"), ("en", "English")):
            action = menu.addAction(label)
            action.setCheckable(True)
            languages.addAction(action)
            action.setChecked((self.settings.value("language") or "system") == code)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))

    # settings

    def _restore_settings(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(
                min(1400, int(available.width() * 0.9)), min(900, int(available.height() * 0.9))
            )
            self.resizeDocks(
                [self.library_dock, self.directives_dock], [300, 340], Qt.Orientation.Horizontal
            )
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        self.view.point_size = float(
            str(self.settings.value("reader/point_size", DEFAULT_POINT_SIZE))
        )
        for action, key in (
            (self.requirements_action, "reader/requirements"),
            (self.statements_action, "reader/statements"),
            (self.phrases_action, "reader/phrases"),
        ):
            action.setChecked(self.settings.value(key, True) in (True, "true", "1", 1))
        self.view.show_requirements = self.requirements_action.isChecked()
        self.view.show_statements = self.statements_action.isChecked()
        self.view.show_phrases = self.phrases_action.isChecked()

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self._import_job is not None:  # stop after the file being stored, then close
            self._import_job.cancel()
        self.shared_folder.closing()  # a change still waiting for the shared folder goes out
        self.runner.shutdown()  # what is queued (a reflection being saved) is done first
        self._search_timer.stop()  # the library may be closed before it would have fired
        self.save_layout()
        super().closeEvent(event)

    def save_layout(self) -> None:
        if not self.property("transient"):  # a screenshot run leaves the user's layout alone
            self.settings.setValue("window/geometry", self.saveGeometry())
            self.settings.setValue("window/state", self.saveState())
            self.settings.setValue("reader/point_size", self.view.point_size)
            if self.current_item_id is not None:
                self.settings.setValue("reader/item", self.current_item_id)

    def zoom(self, step: int) -> None:
        size = DEFAULT_POINT_SIZE if step == 0 else self.view.point_size + step
        self.view.set_point_size(size)
        self._remember("reader/point_size", self.view.point_size)

    def _remember(self, key: str, value) -> None:
        if not self.property(
            "transient"
        ):  # a screenshot or benchmark run leaves the user's settings alone
            self.settings.setValue(key, value)

    def _markings_changed(self) -> None:
        self._remember("reader/requirements", self.requirements_action.isChecked())
        self._remember("reader/statements", self.statements_action.isChecked())
        self._remember("reader/phrases", self.phrases_action.isChecked())
        self.view.set_markings(
            self.requirements_action.isChecked(),
            self.statements_action.isChecked(),
            self.phrases_action.isChecked(),
        )
        if self.current_item_id is not None:
            directives = self.library.item_directives(self.current_item_id)
            titles = self.library.item_titles(self.current_item_id)
            self.directive_model.set_directives(self._shown_directives(directives), titles)
            self._expand_speakers()

    def set_language(self, code: str) -> None:
        """视图 → 界面语言: the window is built again in that language (app.py sets `relaunch`),
        with the article, member, session and layout it had."""
        from PySide6.QtWidgets import QMessageBox

        self.settings.setValue("language", code)
        relaunch = self.relaunch
        if relaunch is not None:
            QTimer.singleShot(0, lambda: relaunch(code))  # after the menu has closed
        else:
            QMessageBox.information(self, self.tr("界面语言"), self.tr("重新打开研读后生效。"))

    # the library

    def refresh(self) -> None:
        current = self.current_item_id
        self.library_model.reload()
        issues, articles = self.library_model.counts()
        self.count_label.setText(
            self.tr("%n 期", "", issues) + " · " + self.tr("%n 篇", "", articles)
        )
        if not issues:
            self.show_welcome()
            return
        self.tree.expand(self.library_model.index(0, 0))
        if current is not None:
            self.select_item(current)
        elif self.view.item is None:  # the welcome now says to pick an article
            self.show_welcome()

    def show_welcome(self) -> None:
        """What the article area shows while no article is open: how to import, mark and export.

        The menu names and keys are read from the actions, so the page says what the menus say."""
        self.current_item_id = None
        self.directive_model.set_directives([])
        self.directive_stack.setCurrentWidget(self.directive_tree)
        self.hit_label.clear()
        self.setWindowTitle(self.tr("研读 Yandu"))
        actions = self.named_actions

        def menu(name: str) -> str:
            return menu_text(actions[name].text()) + "…"

        def keys(name: str) -> str:
            return actions[name].shortcut().toString(QKeySequence.SequenceFormat.NativeText)

        empty = not self.library_model.counts()[0]
        marks = self.tr("、").join(
            f"{keys(name)} {category_name(category.name)}"
            for name, category in zip(
                actions.names("highlight_")[:3], self.library.categories.all(), strict=False
            )
        )
        self.view.show_message(
            self.tr("欢迎使用研读"),
            self.tr("文库还是空的：先导入简报。研读会标出每篇文章中谁提出了什么要求。")
            if empty
            else self.tr("在左边的“文库”中点选一篇文章开始阅读。"),
            links=[
                ("yandu:import", menu("import_files")),
                ("yandu:import-folder", menu("import_folder")),
            ],
            sections=[
                (
                    self.tr("导入"),
                    self.tr(
                        "用“文件 → %1”（%2）或“文件 → %3”（%4），也可以把文件、文件夹拖到窗口里。"
                        "支持 .txt、.md、.html、.docx、.pdf。"
                    )
                    .replace("%1", menu("import_files"))
                    .replace("%2", keys("import_files"))
                    .replace("%3", menu("import_folder"))
                    .replace("%4", keys("import_folder")),
                ),
                (
                    self.tr("划线与批注"),
                    self.tr(
                        "批注属于每位成员：先在工具栏的“成员”中选择或添加自己。在文章中选中文字，"
                        "再按键划线：%1（也在“学习”菜单和右键菜单中）；按 %2 写批注。"
                    )
                    .replace("%1", marks)
                    .replace("%2", keys("comment")),
                ),
                (
                    self.tr("导出学习笔记"),
                    self.tr("用“文件 → %1”（%2）把要点摘录、批注和心得体会导出为 Word 文档。")
                    .replace("%1", menu("export_notes"))
                    .replace("%2", keys("export_notes")),
                ),
            ],
        )

    def _changed_elsewhere(self, issues: bool, people: bool, item: bool) -> None:
        """Another process (the command line, another window, this window's worker) committed."""
        if people:
            self.study.reload_members()
            self.study.reload_sessions()
        if issues:
            self.refresh()  # the list; the article too if its issue was corrected (below)
        if item and self.current_item_id is not None:
            if self.library_model.item_index(self.current_item_id).isValid():
                position = self.view.verticalScrollBar().value()
                self.open_item(self.current_item_id)
                self.view.verticalScrollBar().setValue(position)
            else:
                self.current_item_id = None
                self.select_first_article()
        self.study.reflections_panel.library_changed()

    def _edited_library(self) -> None:
        """This window changed the library (renamed, deleted, merged, restored an issue)."""
        self.watcher.remember()  # its own change: not another process's
        self.refresh()
        if (
            self.current_item_id is not None
            and not self.library_model.item_index(self.current_item_id).isValid()
        ):  # the article shown went to the 回收站
            self.current_item_id = None
            self.select_first_article()

    def select_item(self, item_id: int) -> bool:
        index = self.library_model.item_index(item_id)
        if not index.isValid():
            return False
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        if self.current_item_id != item_id:
            self.open_item(item_id)
        return True

    def select_first_article(self) -> bool:
        first_issue = self.library_model.index(0, 0)
        if first_issue.isValid():
            first = self.library_model.index(0, 0, first_issue)
            if first.isValid():
                return self.select_item(first.data(ITEM_ID_ROLE))
        self.show_welcome()  # no article to open
        return False

    def _internal_link(self, target: str) -> None:
        if target == "yandu:import":
            self.choose_files()
        elif target == "yandu:import-folder":
            self.choose_folder()

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        item_id = current.data(ITEM_ID_ROLE) if current.isValid() else None
        if item_id is not None and item_id != self.current_item_id:
            self.open_item(item_id)

    def open_item(self, item_id: int, query: str | None = None) -> None:
        item = self.library.item(item_id)
        assert item.issue_id is not None  # an item read from the library has its issue
        issue = self.library.issue(item.issue_id)
        directives = self.library.item_directives(item_id)
        self.current_item_id = item_id
        index = self.library_model.item_index(item_id, item.issue_id)
        if index.isValid() and self.tree.currentIndex() != index:
            blocked = self.tree.selectionModel().blockSignals(True)
            self.tree.expand(index.parent())
            self.tree.setCurrentIndex(index)
            self.tree.selectionModel().blockSignals(blocked)
            self.tree.viewport().update()
        title = (
            issue.title if issue.title != item.headline else None
        )  # a one-article issue is named after it
        meta = " · ".join(part for part in (title, issue.date) if part)
        # Qt adds " — " and the application's display name itself (app.py sets it in the window's
        # language): adding it here too wrote it twice
        self.setWindowTitle(item.headline or issue.title)
        every_layer = self.library.annotations.find(item_id=item_id)
        annotations = self.study.shown_layers(every_layer)
        self.view.show_item(item, directives, self.library.item_phrases(item_id), meta, annotations)
        self.directive_model.set_directives(
            self._shown_directives(directives), self.library.item_titles(item_id)
        )
        self._expand_speakers()
        if directives:
            self.directive_stack.setCurrentWidget(self.directive_tree)
        else:
            self.no_directives.setText(self.tr("本文没有识别出要求或表述。"))
            self.directive_stack.setCurrentWidget(self.no_directives)
        self.hit_label.clear()
        self.study.item_opened(redraw=False, item_annotations=every_layer)  # drawn already
        if query:
            spans = find_terms(item.body, query)
            self.view.mark_query(spans)
            if not spans:
                self.hit_label.setText(self.tr("“%1”在标题中").replace("%1", query))

    def _expand_speakers(self) -> None:
        # each speaker's group; expandAll would also walk the 300 directive rows under them
        model = self.directive_model
        for row in range(model.rowCount()):
            self.directive_tree.setExpanded(model.index(row, 0), True)

    def _show_group_marks(self, annotations) -> None:
        """The group's view: who marked each directive listed, from the article's every layer."""
        model = self.directive_model
        model.set_marked(who_marked(model.directives(), annotations, self.study.labels))

    def _shown_directives(self, directives):
        """The panel follows the view's toggles: hidden kinds are not listed either."""
        shown = {
            "requirement": self.requirements_action.isChecked(),
            "statement": self.statements_action.isChecked(),
        }
        return [d for d in directives if shown[d.kind]]

    def _directive_clicked(self, index: QModelIndex) -> None:
        directive = index.data(DIRECTIVE_ROLE)
        if directive is not None:
            self.view.reveal(directive.start, directive.end)

    # search

    def focus_search(self) -> None:
        self.library_dock.show()
        self.search_field.setFocus()
        self.search_field.selectAll()

    def _search_now(self) -> None:
        self.run_search()
        if self.query and self.search_model.rowCount():
            self._open_hit(self.search_model.index(0, 0))

    def run_search(self) -> None:
        self._search_timer.stop()  # a search typed and still waiting would only repeat this one
        self.query = self.search_field.text().strip()
        if not self.query:
            self.search_model.set_hits([])
            self.library_stack.setCurrentWidget(self.tree)
            self.results_label.hide()
            self.view.mark_query([])
            self.hit_label.clear()
            return
        hits = self.library.search(self.query, limit=200)
        self.search_model.set_hits(hits)
        if not hits:  # the last search's marks are not this one's
            self.view.mark_query([])
            self.hit_label.clear()
        self.results_label.setText(
            self.tr("找到 %n 篇", "", len(hits))
            if hits
            else self.tr("没有文章包含“%1”").replace("%1", self.query)
        )
        self.results_label.show()
        self.library_stack.setCurrentWidget(self.results)

    def _open_hit(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.results.setCurrentIndex(index)
            self.open_item(hit.item_id, self.query)

    def _show_hit_position(self, current: int, total: int) -> None:
        self.hit_label.setText(
            self.tr("第 %1/%2 处（F3 下一处）")
            .replace("%1", str(current))
            .replace("%2", str(total))
        )

    # importing

    def _import_folder(self) -> str:
        """Where the import dialogs open: the folder imported from last time (else home)."""
        folder = str(self.settings.value("import/folder", "") or "")
        return folder if folder and Path(folder).is_dir() else str(Path.home())

    def choose_files(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("导入简报"),
            self._import_folder(),
            self.tr(
                "简报 (*.txt *.md *.html *.htm *.shtml *.docx *.doc *.wps *.rtf *.odt *.pdf *.ofd *.mht *.mhtml)"
            )
            + ";;"
            + self.tr("全部文件 (*)"),
        )
        if files:
            self._remember("import/folder", str(Path(files[0]).parent))
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(
            self, self.tr("导入文件夹"), self._import_folder()
        )
        if folder:
            self._remember("import/folder", str(Path(folder).parent))
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.import_paths(paths)

    def bring_forward(self) -> None:
        """Out of the taskbar (kept maximised if it was) and in front, with the keyboard."""
        state = self.windowState() & ~Qt.WindowState.WindowMinimized
        self.setWindowState(state | Qt.WindowState.WindowActive)
        self.show()
        self.raise_()
        self.activateWindow()

    def receive(self, paths: list[Path], item_id: int | None = None) -> None:
        """Files and an item from a later start of Yandu on this library (`yandu gui FILE…`, a
        file manager's 打开方式): the window comes to the front and imports the files as
        文件 → 导入文件 does; the first one stored is then opened."""
        self.bring_forward()
        if item_id is not None and not self.select_item(item_id):
            self.show_status(self.tr("文库中没有编号为 %1 的文章。").replace("%1", str(item_id)))
        if not paths:
            return
        if self._import_job is not None:  # after the import under way
            self._waiting_imports += paths
            self.show_status(self.tr("正在导入，完成后再导入新收到的文件…"), 0)
            return
        self._open_imported = True
        self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        from PySide6.QtWidgets import QProgressDialog

        if self._import_job is not None:
            self.show_status(self.tr("正在导入，请稍候…"), 3000)
            return
        self.progress = QProgressDialog(self.tr("正在导入…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("导入"))
        self.progress.setMinimumDuration(400)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._import_job = self.runner.submit(
            lambda library, job: library.import_paths(
                paths, progress=job.report, cancelled=job.cancelled
            ),
            done=self._import_finished,
            failed=lambda error: self._import_finished([], error),
            progress=self._import_progress,
        )
        self.progress.canceled.connect(self._import_job.cancel)

    def _import_progress(
        self, done: int, total: int, path: str, pages: tuple[int, int] | None = None
    ) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if path:
            text = (
                self.tr("正在导入 %1 / %2：%3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", Path(path).name)
            )
            if pages is not None:  # a scanned PDF, read page by page
                text += "\n" + self.tr("文字识别：第 %1 / %2 页").replace(
                    "%1", str(pages[0])
                ).replace("%2", str(pages[1]))
            self.progress.setLabelText(text)

    def _import_finished(
        self, results: list[ImportResult], error: BaseException | None = None
    ) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.progress.reset()
        self.progress.deleteLater()
        self._import_job = None
        open_imported, self._open_imported = self._open_imported, False
        if self._waiting_imports:  # handed over while this import ran: theirs is next
            waiting, self._waiting_imports = self._waiting_imports, []
            QTimer.singleShot(0, lambda: self.receive(waiting))
        self.last_import_results = results
        self.refresh()
        self.watcher.remember()  # this window's own import: drawn already
        failed = [r for r in results if r.failed]
        passed_over = [r for r in results if r.status == "skipped"]  # photos, spreadsheets…
        stored = [r for r in results if r.status not in ("failed", "skipped")]
        if open_imported and stored and stored[0].issue_id is not None:
            self._open_issue(stored[0].issue_id)
        elif stored and self.current_item_id is None:
            self.select_first_article()
        text = (
            self.tr("导入 %1 个文件，失败 %2 个。")
            .replace("%1", str(len(stored)))
            .replace("%2", str(len(failed)))
        )
        skipped = sum(r.skipped for r in stored)
        if skipped:  # a scraper's `undefined` stories: left out, but said so
            text += self.tr("跳过 %1 条无效条目（标题为空或为 undefined）。").replace(
                "%1", str(skipped)
            )
        if passed_over:  # every file a folder import passes over is named, with why
            text += self.tr("跳过 %1 个不是简报的文件。").replace("%1", str(len(passed_over)))
        self.show_status(text, 10000)
        if error is not None and not isinstance(error, YanduError):
            self.errors.report(error)  # a bug: the reporter says so and logs it
            return
        if failed or passed_over or error is not None:
            details = "\n".join(
                f"{Path(r.path).name}: {problem_text(r.problem).split('：', 1)[-1]}"
                for r in failed + passed_over
                if r.problem is not None
            )
            stopped = "\n" + problem_text(error) if isinstance(error, YanduError) else ""
            icon = (  # files passed over are no failure: said, not warned about
                QMessageBox.Icon.Warning if failed or error else QMessageBox.Icon.Information
            )
            box = QMessageBox(icon, self.tr("导入"), text + stopped, parent=self)
            box.setDetailedText(details)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            self.import_summary = box

    # the analysis

    def reanalyse_in_background(self) -> None:
        """Bring the analysis up to date on the worker; the article is redrawn when it is done."""
        total = self.library.stale_analysis()
        if not total:
            return
        self.show_status(self.tr("正在更新要点分析…"), 0)

        def progress(done: int, _total: int, _text: str) -> None:
            self.show_status(
                self.tr("正在更新要点分析：%1 / %2")
                .replace("%1", str(done))
                .replace("%2", str(total)),
                0,
            )

        def finished(_done: int) -> None:
            self.statusBar().clearMessage()
            if self.current_item_id is not None:
                self.open_item(self.current_item_id)

        self.runner.submit(
            lambda library, job: library.reanalyse(lambda done, all_: job.report(done, all_)),
            done=finished,
            progress=progress,
        )

    def _open_issue(self, issue_id: int) -> None:
        """The first article of an issue (its first item if it has no article)."""
        try:
            items = self.library.issue(issue_id).items
        except NotFound:  # removed meanwhile by another window
            return
        first = next(
            (item for item in items if item.kind == "article"), items[0] if items else None
        )
        if first is not None and first.id is not None:
            self.select_item(first.id)

    def show_help(self) -> None:
        """帮助 → 使用说明 (F1): the manual in the interface's language, and the keys."""
        from desktop.ui.dialogs.help_dialog import show_help  # dialogs load when first used

        self.help_dialog = show_help(self)

    def show_about(self) -> None:
        from desktop.ui.dialogs.about_dialog import AboutDialog  # dialogs load when first used

        dialog = AboutDialog(self.library.path, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.about_dialog = dialog
