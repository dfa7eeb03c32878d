"""Study notes printed, previewed and saved as PDF: the Word file's pages, its text, black on white.

The same notes go to .docx (export_docx, turned into a PDF by LibreOffice) and to PDF
through Qt; both are counted with pypdf. The member's notes are long (a comment on every
directive of three articles), so the pages have to break alike for the counts to agree.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import unicodedata

import docx
import pytest
from pypdf import PdfReader
from PySide6.QtGui import QTextFormat
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewWidget

from desktop.core.errors import ExportFailed
from desktop.core.library import Library
from desktop.core.notes.export import export_docx
from desktop.core.notes.html_writer import FOOTER_MM, MARGINS_MM, PAGE_MM, notes_html
from desktop.ui.printing import NotesPrinting, export_pdf, notes_pages
from tests.conftest import ROOT, SAMPLES

FONTCONFIG = ROOT / "resources" / "fontconfig" / "fonts.conf"
HOSTILE = "<b>x</b> 与 &amp; 不是标记"


@pytest.fixture(scope="module")
def notes(qapp, tmp_path_factory):
    """The sample bulletin studied by 张三 in a session: a highlight and comment on each of the
    first twelve directives of three articles, tags on some, and two reflections."""
    folder = tmp_path_factory.mktemp("printing")
    library = Library.open(folder / "lib.sqlite3")
    library.import_file(SAMPLES / "kaifaqu-bulletin-2020-07.txt")
    items = library.issue(1).items[:3]
    zhang, host = library.members.add("张三"), library.members.add("王书记")
    session = library.sessions.add(
        "党工委中心组7月学习会",
        starts_at="2020-07-20 09:00",
        place="三楼会议室",
        host_id=host.id,
        attendee_ids=(host.id, zhang.id),
        item_ids=tuple(item.id for item in items),
    )
    directives = []
    for item in items:
        for directive in library.item_directives(item.id)[:12]:
            directives.append(directive)
            count = len(directives)
            library.annotations.create(
                item.id,
                directive.start + 2,
                min(directive.end, directive.start + 14),
                zhang.id,
                session_id=session.id,
                category="重点",
                comment=HOSTILE if count == 3 else "对照职责逐条落实，" * (1 + count % 4),
                tags=("安全",) if count % 2 else (),
            )
    library.reflections.save(
        zhang.id,
        "安全生产责任重于泰山。\n要把“三管三必须”落实到每个岗位。" * 3,
        item_id=items[0].id,
    )
    library.reflections.save(zhang.id, "这次学习收获很大。", session_id=session.id)
    args = {"member": "张三", "session_id": session.id}
    word = export_docx(library, folder / "笔记.docx", **args)
    pdf = NotesPrinting(library).export_pdf(folder / "笔记.pdf", **args)
    yield {
        "library": library,
        "args": args,
        "word": word,
        "pdf": pdf,
        "folder": folder,
        "directive": directives[0].text,
    }
    library.close()


def _flat(pdf) -> str:
    """The PDF's text as pypdf reads it, without the spaces and line breaks."""
    return "".join("".join(page.extract_text() for page in PdfReader(str(pdf)).pages).split())


@pytest.fixture(scope="module")
def libreoffice_pages(notes):
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is missing: `make test` installs it")
    out = notes["folder"] / "libreoffice"
    env = {**os.environ, "FONTCONFIG_FILE": str(FONTCONFIG), "HOME": str(out)}
    subprocess.run(
        [
            "soffice",
            "--headless",
            "--norestore",
            f"-env:UserInstallation=file://{out}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(notes["word"]),
        ],
        check=True,
        capture_output=True,
        timeout=240,
        env=env,
    )
    return len(PdfReader(str(out / (notes["word"].stem + ".pdf"))).pages)


def test_pdf_has_as_many_pages_as_the_word_file_in_libreoffice(notes, libreoffice_pages):
    ours = PdfReader(str(notes["pdf"]))
    assert libreoffice_pages > 2  # enough pages for the comparison to mean something
    assert abs(len(ours.pages) - libreoffice_pages) <= 1, (len(ours.pages), libreoffice_pages)
    width, height = (float(v) / 72 * 25.4 for v in ours.pages[0].mediabox[2:])
    assert (round(width), round(height)) == PAGE_MM  # A4


def test_page_is_the_word_files_page(notes):
    section = docx.Document(str(notes["word"])).sections[0]
    page = (section.page_width.mm, section.page_height.mm)
    assert tuple(round(mm) for mm in page) == PAGE_MM
    margins = {
        "top": section.top_margin,
        "bottom": section.bottom_margin,
        "left": section.left_margin,
        "right": section.right_margin,
    }
    assert {side: round(length.mm) for side, length in margins.items()} == MARGINS_MM
    assert round(section.footer_distance.mm) == FOOTER_MM


def test_pdf_text_holds_the_notes_as_written(notes):
    text = _flat(notes["pdf"])
    assert "对照职责逐条落实，对照职责逐条落实，" in text
    assert "".join(notes["directive"].split()) in text
    assert "<b>x</b>与&amp;不是标记" in text  # the comment's markup, as the member typed it
    assert "—1—" in text and "—3—" in text
    assert "学习笔记" in text and "心得体会" in text and "安全生产责任重于泰山。" in text
    # Qt names 一 by the radical ⼀ it shares a glyph with; the PDF is repaired
    radicals = [c for c in text if 0x2E80 <= ord(c) < 0x2FE0]
    assert radicals == []
    first = PdfReader(str(notes["pdf"])).pages[0].extract_text()
    assert "地\u3000\u3000点" in first and "\t" not in first  # not em spaces, not a tab
    assert text == unicodedata.normalize("NFC", text)


def test_pdf_text_is_the_notes_text_once_with_every_glyph_named(notes):
    """Each line is drawn on its own page only, and every glyph maps back to its character
    (Qt names a glyph by the lowest code point a face gives it, and none at all for a glyph
    the face reaches only through its features): the PDF reads exactly as the notes."""
    document = notes_pages(notes["library"], **notes["args"]).document
    written = "".join(document.toPlainText().split())
    assert re.sub(r"—\d+—", "", _flat(notes["pdf"])) == written


def test_html_escapes_the_library_and_marks_highlights_without_colour(notes):
    from desktop.core.notes.content import gather

    content = gather(notes["library"], **notes["args"])
    html = notes_html(content)
    assert "&lt;b&gt;x&lt;/b&gt; 与 &amp;amp; 不是标记" in html
    assert "<b>x</b>" not in html
    assert "background" not in html
    document = notes_pages(notes["library"], **notes["args"]).document
    marked = []
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            shape = fragments.fragment().charFormat()
            assert not shape.hasProperty(QTextFormat.Property.BackgroundBrush)
            assert shape.foreground().color().name() == "#000000"  # whatever the palette
            if shape.fontUnderline():
                marked.append((fragments.fragment().text(), shape.fontWeight()))
            fragments += 1
        block = block.next()
    assert marked and all(weight >= 700 for _, weight in marked)  # underlined and bold


def test_print_on_a_pdf_printer_without_a_dialog(notes, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    assert NotesPrinting(notes["library"]).print_(None, printer, **notes["args"]) is None
    assert len(PdfReader(str(tmp_path / "printed.pdf")).pages) == len(
        PdfReader(str(notes["pdf"])).pages
    )
    text = _flat(tmp_path / "printed.pdf")
    assert "".join(notes["directive"].split()) in text


def test_preview_opens_paints_its_pages_and_closes(qtbot, notes):
    dialog = NotesPrinting(notes["library"]).preview(None, **notes["args"])
    try:
        assert dialog.isVisible() and "学习笔记" in dialog.windowTitle()
        preview = dialog.findChild(QPrintPreviewWidget)
        qtbot.waitUntil(lambda: preview.pageCount() > 0)
        assert preview.pageCount() == len(PdfReader(str(notes["pdf"])).pages)
        assert not dialog.grab().isNull()  # painted once
    finally:
        dialog.close()


def test_print_dialog_opens_without_a_modal_loop(qtbot, notes):
    dialog = NotesPrinting(notes["library"]).print_(None, **notes["args"])
    try:
        assert dialog is not None and dialog.isVisible()
        assert dialog.maxPage() == len(PdfReader(str(notes["pdf"])).pages)
    finally:
        dialog.reject()


def test_export_pdf_fails_like_the_word_export_and_leaves_nothing_behind(notes, tmp_path):
    with pytest.raises(ExportFailed) as failed:
        export_pdf(notes["library"], tmp_path / "missing" / "笔记.pdf", **notes["args"])
    assert failed.value.code == "export.no_folder"
    target = export_pdf(notes["library"], tmp_path / "笔记.pdf", **notes["args"])
    assert [path.name for path in tmp_path.iterdir()] == ["笔记.pdf"]  # no temporary file
    assert re.match(rb"%PDF-", target.read_bytes()[:5])


def test_export_pdf_runs_on_the_windows_worker_thread(qtbot, qtlog, notes, tmp_path):
    from desktop.ui.runner import Runner

    errors, written = [], []
    runner = Runner(notes["folder"] / "lib.sqlite3", errors.append)
    try:
        runner.submit(
            lambda library, _job: export_pdf(library, tmp_path / "笔记.pdf", **notes["args"]),
            done=written.append,
            failed=errors.append,
        )
        qtbot.waitUntil(lambda: bool(written or errors), timeout=60_000)
    finally:
        runner.shutdown()
    assert errors == []
    assert [r.message for r in qtlog.records if "Timer" in r.message] == []  # no dispatcher
    assert len(PdfReader(str(written[0])).pages) == len(PdfReader(str(notes["pdf"])).pages)
    assert "".join(notes["directive"].split()) in _flat(written[0])


def test_the_groups_record_by_category_is_laid_out_too(notes):
    args = {"session_id": notes["args"]["session_id"], "group_by": "category"}
    pages = notes_pages(notes["library"], **args)
    assert pages.page_count > 2
    text = pages.document.toPlainText()
    assert "理论学习中心组学习记录" in text and "【张三】" in text and "（一）重点" in text


# from the window's 文件 menu


def test_the_window_prints_previews_and_saves_the_members_notes_as_pdf(
    qtbot, library, samples, tmp_path
):
    import pypdf

    from desktop.ui.main_window import MainWindow

    library.import_file(samples / "kaifaqu-bulletin-2020-07.txt")
    member = library.members.add("李明")
    item = library.issue(1).items[0]
    library.annotations.create_at_quote(item.id, "三管三必须", member.id, comment="逐条落实")
    window = MainWindow(library)
    qtbot.addWidget(window)
    window.show()
    window.study.reload_members()
    window.study.set_member(member.id)
    file_menu = window.menuBar().actions()[0].menu().actions()
    for name in ("print_preview", "print_notes", "export_pdf"):
        assert window.named_actions[name] in file_menu
    assert window.named_actions["print_notes"].shortcut().toString() == "Ctrl+P"
    target = tmp_path / "学习笔记-李明.pdf"
    window.study.export_pdf(target)
    qtbot.waitUntil(lambda: target.exists(), timeout=20000)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(str(target)).pages)
    assert "逐条落实" in text and "李明" in text
    window.named_actions["print_preview"].trigger()
    assert window.study.preview.isVisible()
    window.study.preview.close()
