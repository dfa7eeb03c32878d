"""Print, preview and save as PDF the study notes, on the same pages as the Word export.

What the window calls (`**args` are the keyword arguments of `export_docx`: member,
session_id, issue_id, group_by, include, title, fonts):

    printing = NotesPrinting(library)
    printing.preview(parent, **args)           -> QPrintPreviewDialog, opened (not exec'd)
    printing.print_(parent, **args)            -> QPrintDialog, opened; prints when accepted
    printing.print_(parent, printer, **args)   -> None: prints on `printer` at once
    printing.export_pdf(target, replace_read_only=False, **args)   -> the PDF's Path

`export_pdf(library, target, **args)` is that export as a plain function, for the runner's
worker thread (`runner.submit(lambda library, job: export_pdf(library, target, **args))`):
it writes through QPdfWriter, which needs no print system and no GUI thread, atomically
as the .docx is written (`save_atomically`), and raises `ExportFailed` as that does. A
PDF Qt writes has its text repaired (pdf_text), so it copies and searches as written.
The pages themselves are laid out in notes_pages.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractEventDispatcher, QCoreApplication, Qt, QThread
from PySide6.QtGui import QPdfWriter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox

from desktop import APP_NAME
from desktop.core.notes.content import gather
from desktop.core.notes.save import save_atomically
from desktop.ui.notes_pages import LAYOUT_DPI, NotesPages
from desktop.ui.pdf_text import repair_text


def notes_pages(
    library,
    member: str | None = None,
    session_id: int | None = None,
    issue_id: int | None = None,
    group_by: str = "article",
    include: tuple[str, ...] = ("directives", "annotations", "reflections"),
    title: str | None = None,
    fonts: str = "gb",
) -> NotesPages:
    """The notes `export_docx` would write with these arguments, laid out on pages."""
    content = gather(library, member, session_id, issue_id, group_by, include, title)
    return NotesPages(content, fonts)


def export_pdf(library, target: Path, replace_read_only: bool = False, **args) -> Path:
    """Write the notes as a PDF at `target`, atomically; `args` as `export_docx` takes them."""
    fonts = args.pop("fonts", "gb")
    content = gather(library, **args)  # here: the library's connection belongs to this thread

    def export() -> Path:
        pages = NotesPages(content, fonts)

        def write(path: Path) -> None:
            writer = QPdfWriter(str(path))
            writer.setResolution(LAYOUT_DPI)
            writer.setTitle(pages.title)
            writer.setCreator(APP_NAME)
            pages.configure(writer)
            pages.paint(writer)
            del writer  # closes the file before it is repaired, flushed and renamed
            repair_text(path, pages.faces())

        return save_atomically(Path(target), write, replace_read_only=replace_read_only)

    return _on_a_qt_thread(export)


class _Thread(QThread):
    def __init__(self, call: Callable[[], Path]) -> None:
        super().__init__()
        self.call = call
        self.outcome: tuple[bool, Any] = (False, None)

    def run(self) -> None:
        try:
            self.outcome = (True, self.call())
        except BaseException as error:  # raised again in the thread that asked
            self.outcome = (False, error)


def _on_a_qt_thread(call: Callable[[], Path]) -> Path:
    """QTextDocument lays out on timers, which need a thread with an event dispatcher. The
    runner's worker is a Python thread without one (Qt warns at every layout step): there
    the call runs on a QThread of its own, and this waits for it."""
    if QAbstractEventDispatcher.instance() is not None:
        return call()
    thread = _Thread(call)
    thread.start()
    thread.wait()
    done, value = thread.outcome
    if not done:
        raise value
    return value


class NotesPrinting:
    """The window's one entry point for printing notes; see the module's docstring."""

    def __init__(self, library) -> None:
        self.library = library
        self._open: dict[int, tuple] = {}  # each open dialog's printer and pages, kept alive

    def _keep(self, dialog, printer: QPrinter, pages: NotesPages) -> None:
        key = id(dialog)
        self._open[key] = (dialog, printer, pages)
        dialog.finished.connect(lambda _result: self._open.pop(key, None))

    def export_pdf(self, target: Path, replace_read_only: bool = False, **args) -> Path:
        return export_pdf(self.library, target, replace_read_only=replace_read_only, **args)

    def preview(self, parent=None, printer: QPrinter | None = None, **args) -> QPrintPreviewDialog:
        pages = notes_pages(self.library, **args)
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        pages.configure(printer)
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(
            QCoreApplication.translate("NotesPrinting", "打印预览：%1").replace("%1", pages.title)
        )
        dialog.paintRequested.connect(lambda device: self._paint(pages, device, dialog))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog, printer, pages)
        dialog.open()
        return dialog

    def print_(self, parent=None, printer: QPrinter | None = None, **args) -> QPrintDialog | None:
        """Print on `printer` at once; without one, ask in a print dialog (opened, not exec'd)."""
        pages = notes_pages(self.library, **args)
        if printer is not None:
            pages.configure(printer)
            self._paint(pages, printer, parent)
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        pages.configure(printer)
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle(QCoreApplication.translate("NotesPrinting", "打印学习笔记"))
        dialog.setMinMax(1, pages.page_count)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.finished.connect(
            lambda result: (
                result == QPrintDialog.DialogCode.Accepted and self._paint(pages, printer, parent)
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._keep(dialog, printer, pages)
        QDialog.open(dialog)  # QPrintDialog.open wants a slot to call with the printer
        return dialog

    @staticmethod
    def _paint(pages: NotesPages, printer: QPrinter, parent) -> None:
        """Print; a PDF the printer wrote (printing to a file) has its text repaired. The preview
        paints on the same printer without writing its file: a file left as it was is not
        touched."""
        written = (
            Path(printer.outputFileName())
            if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
            and printer.outputFileName()
            else None
        )
        stamp = _stamp(written)
        try:
            pages.paint(printer)
            if written is not None and _stamp(written) not in (stamp, None):
                repair_text(written, pages.faces())
        except OSError as error:
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QCoreApplication.translate("NotesPrinting", "打印学习笔记"),
                QCoreApplication.translate("NotesPrinting", "无法打印：%1").replace(
                    "%1", str(error)
                ),
                parent=parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the window's event loop goes on


def _stamp(path: Path | None) -> tuple[int, int] | None:
    try:
        status = path.stat() if path is not None else None
    except OSError:
        return None
    return (status.st_mtime_ns, status.st_size) if status is not None else None


__all__ = ["NotesPages", "NotesPrinting", "export_pdf", "notes_pages"]
