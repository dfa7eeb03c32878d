"""The study notes laid out on the Word file's pages, for a printer, its preview or a PDF.

The page is docx_writer's: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right
26 mm, a fixed line pitch of 28.95 pt (22 lines a page), and "— N —" in 4号 at the foot,
22 mm above the edge, one character in from the right on odd pages and from the left on
even ones. The notes (html_writer) are laid out once by QTextDocument at 1152 dpi
(72 x 16: 14, 16 and 22 pt are whole pixels, so no face is rounded to another size), on a
paint device of that resolution, so the pages are the same on every printer; each page
is drawn scaled to the device's resolution, black on white whatever the window's palette.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtPrintSupport import QPrinter

from desktop import APP_NAME
from desktop.core.notes.content import NotesContent
from desktop.core.notes.docx_writer import PAGE_NUMBER_PT
from desktop.core.notes.html_writer import (
    FOOTER_MM,
    KEEP_WITH_NEXT,
    LINE_PITCH_PT,
    MARGINS_MM,
    PAGE_MM,
    faces,
    notes_html,
)

LAYOUT_DPI = 1152
DOTS_PER_PT = LAYOUT_DPI / 72
PLAIN = ("locl", "liga", "clig")  # the features turned off (see _plain_glyphs)
CSS_DPI = 96  # the pixels of Qt's rich text: 1/96 inch, scaled by Qt to the layout's resolution


def _dots(mm: float) -> float:
    return mm / 25.4 * LAYOUT_DPI


class NotesPages:
    """The notes laid out on A4 pages: `page_count`, and `paint(device)` onto a printer or PDF."""

    def __init__(self, content: NotesContent, fonts: str = "gb") -> None:
        self.title = content.title
        self.fonts = fonts
        # a paint device of the layout's resolution, so the layout is the same on every printer
        self._device = QImage(1, 1, QImage.Format.Format_RGB32)
        per_metre = round(LAYOUT_DPI / 0.0254)
        self._device.setDotsPerMeterX(per_metre)
        self._device.setDotsPerMeterY(per_metre)
        self.document = QTextDocument()
        self.document.documentLayout().setPaintDevice(self._device)
        self.document.setUseDesignMetrics(True)  # the faces' own advances, not hinted ones
        self.document.setDocumentMargin(0)
        self.document.setHtml(notes_html(content, fonts))
        self.document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, self.title)
        _scale_indents(self.document, LAYOUT_DPI / CSS_DPI)
        _plain_glyphs(self.document)
        width = PAGE_MM[0] - MARGINS_MM["left"] - MARGINS_MM["right"]
        height = PAGE_MM[1] - MARGINS_MM["top"] - MARGINS_MM["bottom"]
        self.block = QSizeF(_dots(width), _dots(height))
        self.document.setPageSize(self.block)
        self.document.pageCount()  # lays it all out
        _keep_together(self.document)

    def faces(self) -> tuple[tuple[str, ...], ...]:
        return tuple(faces(role, self.fonts) for role in ("body", "title", "heading", "subheading"))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def configure(self, device: QPagedPaintDevice) -> None:
        """A4 with the notes' margins (what a print dialog then shows)."""
        margins = QMarginsF(
            MARGINS_MM["left"], MARGINS_MM["top"], MARGINS_MM["right"], MARGINS_MM["bottom"]
        )
        device.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                margins,
                QPageLayout.Unit.Millimeter,
            )
        )
        if isinstance(device, QPrinter):
            device.setFullPage(True)  # we place the text block ourselves, from the paper's corner
            device.setDocName(self.title)
            device.setCreator(APP_NAME)

    def paint(self, device: QPagedPaintDevice) -> int:
        """Draw the pages (those a print dialog chose, else all) on `device`; the number drawn.
        A device that cannot be painted on raises OSError."""
        first, last = 1, self.page_count
        if isinstance(device, QPrinter) and device.fromPage() > 0:
            first, last = max(first, device.fromPage()), min(last, device.toPage() or last)
        paint_rect = device.pageLayout().paintRectPoints()
        corner = QPointF(paint_rect.left(), paint_rect.top()) * (LAYOUT_DPI / 72)
        painter = QPainter()
        if not painter.begin(device):
            raise OSError(QCoreApplication.translate("NotesPrinting", "打印机或文件无法打开"))
        try:
            for number in range(first, last + 1):
                if number > first:
                    device.newPage()
                painter.save()
                painter.scale(device.logicalDpiX() / LAYOUT_DPI, device.logicalDpiY() / LAYOUT_DPI)
                painter.translate(-corner)  # from the paper's corner, whatever the device's margins
                self._page(painter, number)
                painter.restore()
        finally:
            painter.end()
        return max(0, last - first + 1)

    def _page(self, painter: QPainter, number: int) -> None:
        left, top = _dots(MARGINS_MM["left"]), _dots(MARGINS_MM["top"])
        width, height = self.block.width(), self.block.height()
        painter.save()
        painter.translate(left, top - (number - 1) * height)
        area = QRectF(0, (number - 1) * height, width, height)
        painter.setClipRect(area)
        context = QAbstractTextDocumentLayout.PaintContext()
        # a hair inside the page, so the paragraph that ends just above it is not drawn too
        # (clipped away, its text would still reach the PDF)
        context.clip = area.adjusted(0, 3 * DOTS_PER_PT, 0, -3 * DOTS_PER_PT)
        palette = QPalette(context.palette)  # black on white, whatever the window's palette
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        context.palette = palette
        self.document.documentLayout().draw(painter, context)
        painter.restore()
        # 单页码居右空一字, 双页码居左空一字: "— N —" as the Word file's footer has it
        font = QFont()
        font.setFamilies(list(faces("page", self.fonts)))
        font.setPixelSize(round(PAGE_NUMBER_PT / 72 * LAYOUT_DPI))
        for tag in PLAIN:
            font.setFeature(QFont.Tag(tag), 0)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        pitch = LINE_PITCH_PT / 72 * LAYOUT_DPI
        one = PAGE_NUMBER_PT / 72 * LAYOUT_DPI
        bottom = _dots(PAGE_MM[1] - FOOTER_MM)
        line = QRectF(left + one, bottom - pitch, width - 2 * one, pitch)
        side = Qt.AlignmentFlag.AlignRight if number % 2 else Qt.AlignmentFlag.AlignLeft
        painter.drawText(line, side | Qt.AlignmentFlag.AlignBottom, f"— {number} —")


def _scale_indents(document: QTextDocument, factor: float) -> None:
    """Qt scales a block's top and bottom margins and its line height from CSS pixels to the
    layout's resolution, but not its first-line indent or its left and right margins: those
    are scaled here."""
    block = document.begin()
    while block.isValid():
        shape = block.blockFormat()
        if shape.textIndent() or shape.leftMargin() or shape.rightMargin():
            shape.setTextIndent(shape.textIndent() * factor)
            shape.setLeftMargin(shape.leftMargin() * factor)
            shape.setRightMargin(shape.rightMargin() * factor)
            QTextCursor(block).setBlockFormat(shape)
        block = block.next()


def _plain_glyphs(document: QTextDocument) -> None:
    """No language forms or ligatures: Qt's PDF writer can name only the glyphs a face maps
    characters to, and the Noto CJK faces turn 2020-07 after Latin letters into glyphs of
    their own, which a PDF reader then reads as 9:9:-:;."""
    cursor = QTextCursor(document)
    cursor.select(QTextCursor.SelectionType.Document)
    shape = QTextCharFormat()
    shape.setFontFeatures({QFont.Tag(tag): 0 for tag in PLAIN})
    cursor.mergeCharFormat(shape)


def _keep_together(document: QTextDocument) -> None:
    """Break pages where LibreOffice breaks the .docx: a heading stays with the paragraph after
    it, and no paragraph leaves a single line alone at the foot or the head of a page (one of
    two or three lines goes over whole; of a longer one, one more line goes over).

    A paragraph that runs over a page is cut in two there, the second part unindented: the
    lines stay where they were, and no part of a paragraph is drawn on a page it is not on
    (Qt draws a whole paragraph wherever part of it shows; clipped, it still reaches the
    PDF's text, and pdftotext or a search finds it on both pages)."""
    layout, height = document.documentLayout(), document.pageSize().height()

    def pages(block) -> list[int]:
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        return [int((top + lines.lineAt(n).y()) // height) for n in range(lines.lineCount())]

    before, block = None, document.begin()
    while block.isValid():
        if QTextCursor(block).currentTable() is not None:
            before, block = None, block.next()
            continue
        on, moved = pages(block), None
        if on and on[0] != on[-1]:
            first = on.count(on[0])
            if first >= 2 and len(on) - first >= 2:
                before, block = block, _cut(block, first)
                continue
            if first >= 3:  # one line alone at the head of the next page: another goes with it
                before, block = block, _cut(block, first - 1)
                continue
            moved = block
        elif on and before is not None and pages(before)[-1:] < on[:1]:
            if before.userState() == KEEP_WITH_NEXT:
                moved = before
        while moved is not None and moved.previous() != document.begin():
            previous = moved.previous()  # the headings above it go along
            if previous.userState() != KEEP_WITH_NEXT:
                break
            moved = previous
        if moved is None or moved == document.begin() or _breaks(moved):
            before, block = block, block.next()
            continue
        shape = moved.blockFormat()
        shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(moved).setBlockFormat(shape)
        before, block = moved.previous(), moved


def _cut(block, line: int):
    """Cut the paragraph before its `line`-th line; the second part begins a page, unindented."""
    cursor = QTextCursor(block)
    cursor.setPosition(block.position() + block.layout().lineAt(line).textStart())
    shape = block.blockFormat()
    shape.setTextIndent(0)
    shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    cursor.insertBlock(shape)
    return cursor.block()


def _breaks(block) -> bool:
    return bool(
        block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore
    )
