"""Marking the article: highlight, comment, edit, delete, undo and redo, each in the member's own layer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QPoint
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from desktop.core.errors import NotYours
from desktop.core.library import Library
from desktop.core.model import Annotation, Undone
from desktop.ui.actions import Actions
from desktop.ui.study.reader import Reader
from desktop.ui.widgets.article_view import ArticleView


@dataclass
class Who:
    """The member at the keyboard and the study session under way (None: not chosen)."""

    member_id: int | None = None
    session_id: int | None = None


class Editing(QObject):
    def __init__(
        self,
        library: Library,
        view: ArticleView,
        reader: Reader,
        who: Who,
        actions: Actions,
        require_member: Callable[[], int | None],
        changed: Callable[[], None],
        parent: QWidget,
        session_for_note: Callable[[], int | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.view = view
        self.reader = reader
        self.who = who
        self.actions = actions
        self.require_member = require_member
        self.changed = changed
        self.dialog_parent = parent
        # the session a new note goes to: the one chosen, or today's after asking once
        self.session_for_note = session_for_note or (lambda: self.who.session_id)

    def highlight(
        self,
        category: str,
        span: tuple[int, int] | None = None,
        comment: str = "",
        tags: tuple[str, ...] = (),
    ) -> Annotation | None:
        span = span or self.view.selection_span()
        item_id = self.reader.current_item_id
        if span is None or item_id is None:
            self.reader.show_status(self.tr("先在文章中选中要划线的文字。"))
            return None
        member_id = self.require_member()
        if member_id is None:
            return None
        annotation = self.library.annotations.create(
            item_id,
            span[0],
            span[1],
            member_id,
            session_id=self.session_for_note(),
            category=category,
            comment=comment,
            tags=tags,
        )
        self.changed()
        return annotation

    def highlight_directive(self) -> None:
        offset = self.view.cursor_offset()
        directive = self.view.directive_at(offset) if offset is not None else None
        if directive is None:
            self.reader.show_status(self.tr("把光标放在一句标出的要求或表述里。"))
            return
        self.highlight(self.library.categories.all()[0].name, (directive.start, directive.end))

    def annotation_at_cursor(self) -> Annotation | None:
        """The highlight the cursor is in, or just after (where a selection that was highlighted ends)."""
        offset = self.view.cursor_offset()
        if offset is None:
            return None
        return self.view.annotation_at(offset) or (
            self.view.annotation_at(offset - 1) if offset > 0 else None
        )

    def own_highlight_over(self, span: tuple[int, int]) -> Annotation | None:
        """The member's own highlight that holds the selection or lies within it: Ctrl+M on
        text just highlighted edits that highlight rather than making a second one."""
        start, end = span
        for annotation in reversed(self.view.annotations):
            if annotation.start is None or annotation.member_id != self.who.member_id:
                continue
            holds = annotation.start <= start and end <= annotation.end
            within = start <= annotation.start and annotation.end <= end
            if holds or within:
                return annotation
        return None

    def comment(self) -> None:
        span = self.view.selection_span()
        existing = self.annotation_at_cursor() if span is None else self.own_highlight_over(span)
        if existing is not None:
            self.edit(existing)
            return
        span = self.view.selection_span()
        if span is None or self.view.item is None:
            self.reader.show_status(self.tr("先选中文字，或把光标放在自己的划线上。"))
            return
        from desktop.ui.dialogs.comment_dialog import CommentDialog

        categories = [c.name for c in self.library.categories.all()]
        quote = self.view.item.body[span[0] : span[1]]
        dialog = CommentDialog(quote, categories, parent=self.dialog_parent)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            category, text, tags = dialog.values()
            self.highlight(category, span, text, tags)

    def edit(self, annotation: Annotation) -> None:
        if annotation.member_id != self.who.member_id:
            self._not_yours(annotation)
            return
        from desktop.ui.dialogs.comment_dialog import CommentDialog

        categories = [c.name for c in self.library.categories.all()]
        dialog = CommentDialog(
            annotation.quote,
            categories,
            annotation.category,
            annotation.comment,
            annotation.tags,
            parent=self.dialog_parent,
        )
        if dialog.exec() == QDialog.DialogCode.Accepted:
            category, text, tags = dialog.values()
            stored = self.library.annotations.update(
                annotation.id,
                annotation.member_id,
                based_on=annotation.comment,  # what the dialog showed: never silently replaced
                comment=text,
                tags=tags,
                category=category,
                colour=self.library.categories.colour(category),
            )
            if stored.comment != text:
                self.reader.show_status(
                    self.tr("这条批注在别处也改过：两份都已保留，请合并。"), 10000
                )
            self.changed()

    def delete(self, annotation: Annotation) -> None:
        try:
            self.library.annotations.delete(annotation.id, self.who.member_id or -1)
        except NotYours:
            self._not_yours(annotation)
            return
        self.reader.show_status(self.tr("已删除批注（Ctrl+Z 撤销）"), 5000)
        self.changed()

    def settle(self, annotation: Annotation, right: bool) -> None:
        """The member's answer on a note re-anchoring placed on changed words."""
        try:
            self.library.annotations.settle_placement(
                annotation.id, self.who.member_id or -1, right
            )
        except NotYours:
            self._not_yours(annotation)
            return
        self.reader.show_status(
            self.tr("已确认批注位置。") if right else self.tr("批注已标为“原文已改动”。"), 5000
        )
        self.changed()

    def _not_yours(self, annotation: Annotation) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(
            self.dialog_parent,
            self.tr("批注"),
            self.tr("这是%1的批注，只有本人可以修改。").replace("%1", annotation.member),
        )

    def delete_at_cursor(self) -> None:
        annotation = self.annotation_at_cursor()
        if annotation is not None:
            self.delete(annotation)

    def phrase_at(self, offset: int | None) -> str | None:
        if offset is None:
            return None
        return next((text for start, end, text in self.view.phrases if start <= offset < end), None)

    def phrase_chart(self, phrase: str) -> None:
        from desktop.ui.dialogs.chart_dialog import open_phrase_chart

        self.chart = open_phrase_chart(self.dialog_parent, self.library, phrase)

    def undo(self) -> None:
        member_id = self.who.member_id
        if member_id is not None:
            self._done(self.library.undo_log.undo(member_id))

    def redo(self) -> None:
        member_id = self.who.member_id
        if member_id is not None:
            self._done(self.library.undo_log.redo(member_id))

    def _done(self, result: Undone | None) -> None:
        if result is None:
            return
        if result.skipped:
            self.reader.show_status(self.tr("这一步所改的批注已不存在，已跳过。"), 6000)
        self.changed()

    def context_menu(self, position: QPoint) -> None:
        view = self.view
        menu = QMenu(view)
        if view.selection_span() is not None:
            for action in self.actions.group("highlight_"):
                menu.addAction(action)
        menu.addAction(self.actions["mark_directive"])
        menu.addAction(self.actions["comment"])
        offset = view.offset_at(view.cursorForPosition(position).position())
        target = view.annotation_at(offset) if offset is not None else None
        if target is not None:
            menu.addAction(self.tr("删除批注"), lambda: self.delete(target))
        phrase = self.phrase_at(offset)
        if phrase is not None:  # how often the formulation came up, month by month
            menu.addAction(
                self.tr("“%1”的走势…").replace("%1", phrase), lambda: self.phrase_chart(phrase)
            )
        menu.addSeparator()
        menu.addAction(self.tr("复制"), view.copy)
        menu.exec(view.viewport().mapToGlobal(position))
