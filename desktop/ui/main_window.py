"""The main window: the library on the left, the selected article on the right.

The full reader (directives, search panel, layout of a newspaper) is the next
step; this window already imports by menu or drag and drop, with progress.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QFont, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop import __version__
from desktop.core.library import Library
from desktop.core.model import ImportResult, Item
from desktop.ui.tasks import start_import

ITEM_ID = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library
        self.setWindowTitle(self.tr("研读 Yandu"))
        self.setAcceptDrops(True)
        self._import_thread = None

        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemSelectionChanged.connect(self._show_selected)
        self.reader = QTextBrowser()
        self.reader.setOpenExternalLinks(True)
        self.reader.document().setDocumentMargin(32)
        self.reader.setFont(reading_font())
        self.splitter = QSplitter()
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.reader)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([360, 1040])
        self.setCentralWidget(self.splitter)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self._build_menus()
        self.refresh()
        self._restore_layout()

    # layout

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        import_files = QAction(self.tr("导入文件(&I)…"), self)
        import_files.setShortcut(QKeySequence.StandardKey.Open)
        import_files.triggered.connect(self.choose_files)
        import_folder = QAction(self.tr("导入文件夹(&D)…"), self)
        import_folder.setShortcut(QKeySequence("Ctrl+Shift+O"))
        import_folder.triggered.connect(self.choose_folder)
        quit_action = QAction(self.tr("退出(&Q)"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        for action in (import_files, import_folder):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        toolbar = self.addToolBar(self.tr("工具栏"))
        toolbar.setObjectName("main_toolbar")
        toolbar.addAction(import_files)
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        about = QAction(self.tr("关于研读(&A)"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            available = self.screen().availableGeometry()
            self.resize(
                min(1400, int(available.width() * 0.9)), min(900, int(available.height() * 0.9))
            )
        state = settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        if self.property("transient"):  # a screenshot run leaves the user's layout alone
            super().closeEvent(event)
            return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)

    # library

    def refresh(self) -> None:
        selected = self.selected_item_id()
        self.tree.clear()
        issues = self.library.issues()
        articles = 0
        for summary in issues:
            top = QTreeWidgetItem([f"{summary.date or ''}  {summary.title}".strip()])
            top.setToolTip(0, summary.source or "")
            issue = self.library.issue(summary.id)
            for item in issue.items:
                label = item.headline or (item.paragraphs[0][:24] + "…" if item.paragraphs else "")
                kind = self.kind_name(item.kind)
                child = QTreeWidgetItem([f"{kind}  {label}" if kind else label])
                child.setData(0, ITEM_ID, item.id)
                top.addChild(child)
                articles += 1
            self.tree.addTopLevelItem(top)
        self.tree.expandToDepth(0)
        self.count_label.setText(
            self.tr("%n 期", "", len(issues)) + " · " + self.tr("%n 篇", "", articles)
        )
        if not issues:
            self.reader.setHtml(
                "<h2>"
                + self.tr("文库是空的")
                + "</h2><p>"
                + self.tr(
                    "用“文件 → 导入文件…”或把简报文件、文件夹拖到窗口里。支持 .txt、.md、.html、.docx、.pdf。"
                )
                + "</p>"
            )
        elif selected is not None:
            self.select_item(selected)

    def kind_name(self, kind: str) -> str:
        """How an item that is not an article is labelled in the library."""
        return {"caption": self.tr("图片说明"), "brief": self.tr("简讯")}.get(kind, "")

    def selected_item_id(self) -> int | None:
        current = self.tree.currentItem()
        return current.data(0, ITEM_ID) if current is not None else None

    def select_item(self, item_id: int) -> bool:
        for index in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(index)
            for child_index in range(top.childCount()):
                child = top.child(child_index)
                if child.data(0, ITEM_ID) == item_id:
                    self.tree.setCurrentItem(child)
                    return True
        return False

    def select_first_article(self) -> None:
        if self.tree.topLevelItemCount() and self.tree.topLevelItem(0).childCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0).child(0))

    def _show_selected(self) -> None:
        item_id = self.selected_item_id()
        if item_id is not None:
            self.reader.setHtml(article_html(self.library.item(item_id)))

    # importing

    def choose_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("导入简报"),
            str(Path.home()),
            self.tr("简报 (*.txt *.md *.html *.htm *.docx *.pdf)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导入文件夹"), str(Path.home()))
        if folder:
            self.import_paths([Path(folder)])

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> None:
        if self._import_thread is not None:
            return
        self.progress = QProgressDialog(self.tr("正在导入…"), self.tr("取消"), 0, 0, self)
        self.progress.setWindowTitle(self.tr("导入"))
        self.progress.setMinimumDuration(400)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        thread, worker = start_import(self, self.library.path, paths)
        self._import_thread, self._import_worker = thread, worker
        self.progress.canceled.connect(worker.cancel)
        worker.progress.connect(self._import_progress)
        worker.finished.connect(self._import_finished)
        worker.failed.connect(self._import_failed)

    def _import_progress(self, done: int, total: int, path: str) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if path:
            self.progress.setLabelText(
                self.tr("正在导入 %1 / %2：%3")
                .replace("%1", str(done + 1))
                .replace("%2", str(total))
                .replace("%3", Path(path).name)
            )

    def _import_failed(self, message: str) -> None:
        self._import_finished([], message)

    def _import_finished(self, results: list[ImportResult], error: str | None = None) -> None:
        self.progress.reset()
        self._import_thread = None
        self.last_import_results = results
        self.refresh()
        failed = [r for r in results if r.failed]
        stored = [r for r in results if not r.failed]
        if stored and stored[-1].issue_id and self.selected_item_id() is None:
            self.select_first_article()
        text = (
            self.tr("导入 %1 个文件，失败 %2 个。")
            .replace("%1", str(len(stored)))
            .replace("%2", str(len(failed)))
        )
        self.statusBar().showMessage(text, 10000)
        if failed or error:
            details = "\n".join(f"{Path(r.path).name}: {r.message}" for r in failed)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                self.tr("导入"),
                text + ("\n" + error if error else ""),
                parent=self,
            )
            box.setDetailedText(details)
            box.open()
            self.import_summary = box

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于研读"),
            self.tr("<h3>研读 Yandu %1</h3><p>学习简报的阅读、批注与学习笔记工具。</p>").replace(
                "%1", __version__
            ),
        )


def reading_font() -> QFont:
    """Song/Ming-style serif for reading, Simplified Chinese forms (SC), where the machine has it."""
    families = set(QFontDatabase.families())
    font = QFont()
    for family in (
        "Noto Serif CJK SC",
        "Source Han Serif SC",
        "SimSun",
        "宋体",
        "Songti SC",
        "Noto Sans CJK SC",
    ):
        if family in families:
            font.setFamily(family)
            break
    font.setPointSizeF(13)
    return font


def article_html(item: Item) -> str:
    parts = ['<div style="font-size: 17px; line-height: 170%;">']
    if item.kicker:
        parts.append(f'<p align="center" style="font-size: 15px;">{html.escape(item.kicker)}</p>')
    if item.headline:
        parts.append(
            f'<h1 align="center" style="font-size: 26px;">{html.escape(item.headline)}</h1>'
        )
    if item.subhead:
        parts.append(
            f'<p align="center" style="font-size: 16px; color: #444;">{html.escape(item.subhead)}</p>'
        )
    for paragraph in item.paragraphs:
        parts.append(
            f'<p style="text-indent: 34px; margin-bottom: 10px;">{html.escape(paragraph)}</p>'
        )
    if item.source_url:
        parts.append(
            f'<p><a href="{html.escape(item.source_url)}">{html.escape(item.source_url)}</a></p>'
        )
    parts.append("</div>")
    return "".join(parts)
