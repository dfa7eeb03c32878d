"""The article, set as a newspaper would, with its directives and key phrases marked.

The document is built block by block from the stored body, so a code-point
offset into the body maps to a document position: the paragraph's block
position plus the UTF-16 length of the text before it in that paragraph
(QTextCursor counts UTF-16 units; names such as 𬍛 are outside the BMP).
"""

from __future__ import annotations

import bisect
import html
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QEvent, QKeyCombination, QSizeF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QFont,
    QFontDatabase,
    QHelpEvent,
    QKeyEvent,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from desktop.core.explain import why
from desktop.core.model import Directive, Item
from desktop.ui.colours import Scheme, scheme
from desktop.ui.errors import translate
from desktop.ui.plain import tip
from desktop.ui.widgets.styled_runs import PLAIN, Mark, styled_runs
from desktop.ui.widgets.viewports import viewport

# a highlight's kind shows in its underline as well as its colour (the category's place in the
# list: 重点, 疑问, 落实, then any added), so it reads without colour too
CATEGORY_UNDERLINES = (
    QTextCharFormat.UnderlineStyle.WaveUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
)
# a requirement is underlined with dots as well as shaded; a statement only shaded
REQUIREMENT_UNDERLINE = ("dots", None)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@lru_cache(maxsize=1)
def reading_family() -> str | None:
    """Song/Ming-style serif for reading, Simplified Chinese forms (SC), where the machine has it.

    Asked once: listing the machine's fonts costs milliseconds, and every block of an article
    wants the answer."""
    families = set(QFontDatabase.families())
    for family in (
        "Noto Serif CJK SC",
        "Source Han Serif SC",
        "SimSun",
        "宋体",
        "Songti SC",
        "Noto Sans CJK SC",
    ):
        if family in families:
            return family
    return None


def reading_font(point_size: float) -> QFont:
    font = QFont()
    family = reading_family()
    if family:
        font.setFamily(family)
    font.setPointSizeF(point_size)
    return font


_CTRL_SHIFT_Z = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
)


class ArticleView(QTextBrowser):
    hit_moved = Signal(int, int)  # current hit (1-based), number of hits
    internal_link = Signal(str)  # a yandu: link in a message (e.g. yandu:import)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)  # web links open in the browser, yandu: links are the window's
        self.anchorClicked.connect(self._follow)
        self.setReadOnly(True)
        self.document().setDocumentMargin(36)
        self.point_size = 14.0
        self.show_requirements = True
        self.show_statements = True
        self.show_phrases = True
        self.colours = scheme(self.palette())  # from the palette: light and dark both read well
        self.category_order: dict[str, int] = {}  # category → its underline pattern (CATEGORY_…)
        self.item: Item | None = None
        self.directives: list[Directive] = []
        self.phrases: list[tuple[int, int, str]] = []
        self.annotations: list = []  # core Annotation values to draw, already filtered by layer
        self._document: QTextDocument | None = None  # the article's, made by _render
        self._paragraph_starts: list[int] = []  # code-point offset of each paragraph in the body
        self._paragraph_positions: list[int] = []  # document position of each paragraph block
        self._hits: list[tuple[int, int]] = []
        self._current_hit = -1
        # extra selections are rebuilt from these spans on each new document: a selection holds a
        # cursor into the document it was made on, and that document is deleted when replaced
        self._flash: tuple[int, int] | None = None
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._end_flash)

    # content

    def _follow(self, url) -> None:
        if url.scheme() == "yandu":
            self.internal_link.emit(url.toString())
        elif url.scheme() in ("http", "https"):  # never a file: or program link from an import
            self._confirm_open(url)

    def _confirm_open(self, url) -> None:
        """A link from an imported file opens in the browser once the reader has seen where to."""
        from PySide6.QtCore import QUrl
        from PySide6.QtWidgets import QMessageBox  # (its types cost start-up: made on first use)

        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("打开原文"),
            self.tr("在浏览器中打开这个网址？"),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        # encoded: no character of the address can be read as markup
        box.setInformativeText(url.toString(QUrl.ComponentFormattingOption.FullyEncoded))
        box.setObjectName("open_link_box")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(
            lambda result: (
                QDesktopServices.openUrl(url) if result == QMessageBox.StandardButton.Open else None
            )
        )
        box.open()

    def show_message(
        self,
        title: str,
        text: str = "",
        links: Sequence[tuple[str, str]] = (),
        sections: Sequence[tuple[str, str]] = (),
    ) -> None:
        """A page of the window's own words where the article goes: a title, a line, links
        (`yandu:` targets, for `internal_link`) and headed paragraphs. All of it is escaped."""
        self.item = None
        self.directives, self.phrases, self._hits, self.annotations = [], [], [], []
        self._flash = None
        self._flash_timer.stop()
        self.setExtraSelections([])
        escape = html.escape
        buttons = "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f"<a href='{escape(target, quote=True)}'>{escape(label)}</a>" for target, label in links
        )
        parts = "".join(
            f"<h3 style='margin-top:18px'>{escape(heading)}</h3>"
            f"<p style='line-height:150%'>{escape(paragraph)}</p>"
            for heading, paragraph in sections
        )
        self.setHtml(
            "<div style='margin-top:48px' align='center'>"
            f"<h2>{escape(title)}</h2><p>{escape(text)}</p><p>{buttons}</p></div>"
            f"<table align='center' width='88%'><tr><td>{parts}</td></tr></table>"
        )

    def show_item(
        self,
        item: Item,
        directives: list[Directive],
        phrases: list[tuple[int, int, str]],
        meta: str = "",
        annotations: list | None = None,
    ) -> None:
        self.item, self.directives, self.phrases = item, directives, phrases
        self.annotations = list(annotations or [])
        self._hits, self._current_hit, self._flash = [], -1, None
        self._flash_timer.stop()
        self._render(meta)

    def _render(self, meta: str = "") -> None:
        item = self.item
        if item is None:
            return
        self._meta = meta or getattr(self, "_meta", "")
        colours = self.colours = scheme(self.palette())
        muted = colours.muted.name()
        # built apart from the view and attached once: edits to a document on screen relayout it
        # each time, which made a 300-directive article take 0.4 s to open
        document = QTextDocument(self)
        document.setUndoRedoEnabled(False)  # read-only: recording each insertion for undo is waste
        # the view's width from the start: a document laid out unwrapped first is laid out twice
        document.setPageSize(QSizeF(viewport(self).width(), -1))
        document.setDocumentMargin(36)
        document.setDefaultFont(reading_font(self.point_size))
        cursor = QTextCursor(document)
        first = True
        formats: dict = {}  # (block font, style) -> format: a dozen kinds serve every run

        def block(
            text: str,
            size: float,
            bold: bool = False,
            centred: bool = False,
            colour: str | None = None,
            indent: bool = False,
            space_after: float = 0,
            runs: list | None = None,
        ) -> int:
            nonlocal first
            block_format = QTextBlockFormat()
            if centred:
                block_format.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            if indent:
                block_format.setTextIndent(self.point_size * 2 * 1.34)
            block_format.setLineHeight(
                135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            block_format.setBottomMargin(space_after)
            char_format = QTextCharFormat()
            font = reading_font(size)
            font.setBold(bold)
            char_format.setFont(font)
            if colour:
                char_format.setForeground(QColor(colour))
            if first:
                cursor.setBlockFormat(block_format)
                cursor.setBlockCharFormat(char_format)
                first = False
            else:
                cursor.insertBlock(block_format, char_format)
            position = cursor.position()
            if runs is None:
                cursor.insertText(text, char_format)
            else:
                for run, style in runs:
                    key = (size, bold, colour, style)
                    run_format = formats.get(key)
                    if run_format is None:
                        run_format = formats[key] = self._styled(char_format, style, colours)
                    cursor.insertText(run, run_format)
            return position

        if item.kicker:
            block(item.kicker, self.point_size * 1.0, centred=True, colour=muted)
        if item.headline:
            block(item.headline, self.point_size * 1.7, bold=True, centred=True, space_after=6)
        if item.subhead:
            block(item.subhead, self.point_size * 1.05, centred=True, colour=muted)
        if self._meta:
            block(self._meta, self.point_size * 0.8, centred=True, colour=muted, space_after=14)
        self._paragraph_starts, self._paragraph_positions = [], []
        offset = 0
        runs = styled_runs(item.paragraphs, self._marks())
        for paragraph, paragraph_runs in zip(item.paragraphs, runs, strict=True):
            self._paragraph_starts.append(offset)
            self._paragraph_positions.append(
                block(paragraph, self.point_size, indent=True, space_after=8, runs=paragraph_runs)
            )
            offset += len(paragraph) + 1
        if not item.has_text:
            block(
                self.tr("原稿无正文，只有标题和原文链接。"),
                self.point_size * 0.9,
                centred=True,
                colour=muted,
            )
        if item.source_url:
            block("", self.point_size * 0.8)
            url = (
                item.source_url
            )  # from the imported file: escaped, and a link only if it is a web one
            if url.lower().startswith(("http://", "https://")):
                link = html.escape(url, quote=True)
                cursor.insertHtml(f'<a href="{link}">{html.escape(url)}</a>')
            else:
                cursor.insertText(url)
        # Qt deletes the editor's own first document on setDocument, but leaves ours to their owner.
        # (Asking a document for its parent would cost 25 ms the first time: PySide6 sets up the
        # Python types of the editor's private text control. So the view keeps its own count.)
        previous, self._document = self._document, document
        self.setExtraSelections([])  # they hold cursors into the document about to be deleted
        self.setDocument(document)
        if previous is not None:
            previous.deleteLater()
        self._apply_extra()  # search hits and a flash, on the new document
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _marks(self) -> list[Mark]:
        """What to draw over the body, in the order later marks win: directives, phrases, annotations."""
        marks = []
        colours = self.colours
        for number, directive in enumerate(self.directives):
            if directive.kind == "requirement":
                if self.show_requirements:
                    shade = colours.requirement[number % 2].name()
                    marks.append(
                        Mark(
                            directive.start,
                            directive.end,
                            background=shade,
                            underline=REQUIREMENT_UNDERLINE,
                        )
                    )
            elif self.show_statements:
                shade = colours.statement[number % 2].name()
                marks.append(Mark(directive.start, directive.end, background=shade))
        if self.show_phrases:
            marks += [Mark(start, end, phrase=True) for start, end, _ in self.phrases]
        for annotation in self.annotations:
            if annotation.start is None or annotation.orphan:
                continue
            # the kind in its tint and its underline's pattern; whose layer in the underline's colour
            kind = self.category_order.get(annotation.category or "", 0)
            marks.append(
                Mark(
                    annotation.start,
                    annotation.end,
                    background=colours.tint(annotation.colour).name(),
                    underline=(str(kind), annotation.member_colour),
                )
            )
        return marks

    @staticmethod
    def _styled(base: QTextCharFormat, style, colours: Scheme) -> QTextCharFormat:
        if style == PLAIN:
            return base
        background, phrase, underline = style
        char_format = QTextCharFormat(base)
        if background is not None:
            char_format.setBackground(QColor(background))
        if phrase:
            char_format.setForeground(colours.phrase)
            char_format.setFontWeight(QFont.Weight.Bold)
        if underline is not None:
            pattern, colour = underline
            if pattern == "dots":  # a requirement
                char_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                char_format.setUnderlineColor(colours.muted)
            else:  # a member's highlight: the pattern says its kind, the colour whose it is
                styles = CATEGORY_UNDERLINES
                char_format.setUnderlineStyle(styles[min(int(pattern), len(styles) - 1)])
                char_format.setUnderlineColor(QColor(colour))
        return char_format

    def set_annotations(self, annotations: list) -> None:
        self.annotations = list(annotations)
        self._rerender_keeping_place()

    def selection_span(self) -> tuple[int, int] | None:
        """The selected text as code-point offsets into the body, or None."""
        cursor = self.textCursor()
        if not cursor.hasSelection() or self.item is None:
            return None
        start = self.offset_at(cursor.selectionStart())
        end = self.offset_at(cursor.selectionEnd())
        if start is None or end is None:
            return None
        return (start, end) if end > start else None

    def annotation_at(self, offset: int):
        return next(
            (
                a
                for a in reversed(self.annotations)
                if a.start is not None and a.start <= offset < a.end
            ),
            None,
        )

    def annotations_at(self, offset: int | None) -> list:
        """Every shown highlight over `offset`, in every member's layer."""
        if offset is None:
            return []
        return [a for a in self.annotations if a.start is not None and a.start <= offset < a.end]

    def annotation_tip(self, annotation) -> str:
        """Whose highlight, of what kind, and what they wrote on it."""
        head = " · ".join(part for part in (annotation.member, annotation.category) if part)
        comment = annotation.comment.strip()
        if len(comment) > 300:
            comment = comment[:300] + "…"
        return head + ("\n" + comment if comment else "")

    def cursor_offset(self) -> int | None:
        return self.offset_at(self.textCursor().position()) if self.item is not None else None

    # offsets

    def position_of(self, offset: int) -> int:
        """Document position of a code-point offset into the item body."""
        if not self._paragraph_starts or self.item is None:
            return 0
        index = max(0, bisect.bisect_right(self._paragraph_starts, offset) - 1)
        paragraph = self.item.paragraphs[index]
        within = min(offset - self._paragraph_starts[index], len(paragraph))
        return self._paragraph_positions[index] + utf16_length(paragraph[:within])

    def offset_at(self, position: int) -> int | None:
        """Code-point offset into the body of a document position, or None outside the paragraphs."""
        if (
            not self._paragraph_positions
            or position < self._paragraph_positions[0]
            or self.item is None
        ):
            return None
        index = bisect.bisect_right(self._paragraph_positions, position) - 1
        paragraph = self.item.paragraphs[index]
        units = position - self._paragraph_positions[index]
        if units > utf16_length(paragraph):
            return None
        count = 0
        for code_points, character in enumerate(paragraph):
            if count >= units:
                return self._paragraph_starts[index] + code_points
            count += 2 if ord(character) > 0xFFFF else 1
        return self._paragraph_starts[index] + len(paragraph)

    def directive_at(self, offset: int) -> Directive | None:
        return next((d for d in self.directives if d.start <= offset < d.end), None)

    # showing a place

    def reveal(self, start: int, end: int, flash: bool = True) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position_of(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self.position_of(start))
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        rect = self.cursorRect(cursor)
        bar = self.verticalScrollBar()
        bar.setValue(
            bar.value() + rect.top() - self.viewport().height() // 3
        )  # a third from the top
        if flash:
            self._flash = (start, end)
            self._apply_extra()
            self._flash_timer.start(900)

    def is_visible(self, offset: int) -> bool:
        rect = self.cursorRect(self._cursor_at(offset))
        return self.viewport().rect().contains(rect.center())

    def _cursor_at(self, offset: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.position_of(offset))
        return cursor

    def _end_flash(self) -> None:
        self._flash = None
        self._apply_extra()

    def flashing(self) -> bool:
        return self._flash is not None

    # search hits

    def mark_query(self, spans: list[tuple[int, int]]) -> None:
        """Mark every occurrence (spans into the body) and bring the first into view."""
        self._hits = spans
        self._current_hit = 0 if spans else -1
        self._apply_extra()
        if spans:
            self.reveal(*spans[0], flash=False)
            self.hit_moved.emit(1, len(spans))

    def next_hit(self, step: int = 1) -> None:
        if not self._hits:
            return
        self._current_hit = (self._current_hit + step) % len(self._hits)
        self._apply_extra()
        self.reveal(*self._hits[self._current_hit], flash=False)
        self.hit_moved.emit(self._current_hit + 1, len(self._hits))

    def hits(self) -> list[tuple[int, int]]:
        return list(self._hits)

    def current_hit(self) -> int:
        return self._current_hit

    def _apply_extra(self) -> None:
        spans = [
            (
                start,
                end,
                self.colours.current_hit if index == self._current_hit else self.colours.search_hit,
            )
            for index, (start, end) in enumerate(self._hits)
        ]
        if self._flash is not None:
            spans.append((*self._flash, self.colours.flash))
        selections = []
        for start, end, colour in spans:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(self.document())
            selection.cursor.setPosition(self.position_of(start))
            selection.cursor.setPosition(self.position_of(end), QTextCursor.MoveMode.KeepAnchor)
            selection.format.setBackground(colour)
            selections.append(selection)
        self.setExtraSelections(selections)

    # display options

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.item is not None:
            self._rerender_keeping_place()  # the system switched to dark (or back)

    def set_point_size(self, size: float) -> None:
        self.point_size = max(9.0, min(32.0, size))
        self._rerender_keeping_place()

    def set_markings(self, requirements: bool, statements: bool, phrases: bool) -> None:
        self.show_requirements, self.show_statements, self.show_phrases = (
            requirements,
            statements,
            phrases,
        )
        self._rerender_keeping_place()

    def _rerender_keeping_place(self) -> None:
        if self.item is None:
            return
        ratio = self.verticalScrollBar().value() / max(1, self.verticalScrollBar().maximum())
        anchor, position = self.textCursor().anchor(), self.textCursor().position()
        self._render()  # search hits and a flash come back with it
        cursor = QTextCursor(
            self.document()
        )  # the same text again: the reader's place and selection hold
        end = self.document().characterCount() - 1
        cursor.setPosition(min(anchor, end))
        cursor.setPosition(min(position, end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.verticalScrollBar().setValue(int(ratio * self.verticalScrollBar().maximum()))

    # the speaker on hover

    def event(self, event: QEvent) -> bool:
        # a read-only text edit still claims Ctrl+Z for itself; the window's undo (annotations) must get it
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination() == _CTRL_SHIFT_Z
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def directive_tip(self, directive: Directive) -> str:
        """What the hover says: the kind and whose it is, why it was marked, how the speaker is known."""
        kind = self.tr("要求") if directive.kind == "requirement" else self.tr("表述")
        head = f"{kind} · {directive.speaker or self.tr('未识别发言人')}"
        return "\n".join([head, *why(directive, translate=translate)])

    def viewportEvent(self, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if isinstance(event, QHelpEvent) and self.item is not None:
            position = self.cursorForPosition(event.pos()).position()
            offset = self.offset_at(position)
            directive = self.directive_at(offset) if offset is not None else None
            lines = [self.annotation_tip(a) for a in self.annotations_at(offset)]
            if directive is not None:
                lines.append(self.directive_tip(directive))
            if lines:  # whose highlight it is, with the comment; then whose words
                QToolTip.showText(event.globalPos(), tip("\n\n".join(lines)) or "", self)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
