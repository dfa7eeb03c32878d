"""Scanned PDFs: pages that are pictures, without a text layer, read by text recognition (OCR).

The scan is made here from the sample PDF: its pages rendered to images (pypdfium2, 150 dpi,
grey) and written back as a PDF of nothing but those images (Pillow, JPEG), as a scanner makes
one. Recognition takes about 4 s a page on two cores: the tests that run it are `slow`, which
`make test` and CI still run (pyproject's pytest options deselect nothing).
"""

from __future__ import annotations

import sys

import pytest
from pypdf import PdfReader
from rapidfuzz import fuzz

from desktop.core.analysis import analyse_issue
from desktop.core.ingest import read_issue
from desktop.core.ingest.blocks import Unreadable
from desktop.core.ingest.cage import Cage
from desktop.core.library import Library
from tests.conftest import SAMPLES, message

pdfium = pytest.importorskip("pypdfium2", reason="the extra `ocr` is not installed")
pytest.importorskip("rapidocr", reason="the extra `ocr` is not installed")
Image = pytest.importorskip("PIL.Image")

SAMPLE = "formats/xinwenlianbo-20190927"


def _scan(source, target, pages=None):
    """An image-only PDF of `source`'s pages (or of the `pages` indexes of it)."""
    document = pdfium.PdfDocument(source)
    chosen = range(len(document)) if pages is None else pages
    images = [document[i].render(scale=150 / 72, grayscale=True).to_pil() for i in chosen]
    images[0].save(target, save_all=True, append_images=images[1:], resolution=150)
    document.close()
    return target


@pytest.fixture(scope="module")
def scanned(tmp_path_factory):
    folder = tmp_path_factory.mktemp("scans")
    return _scan(SAMPLES / f"{SAMPLE}.pdf", folder / "xinwenlianbo-20190927.pdf")


def _text(issue):
    return "\n".join(p for item in issue.items for p in (item.headline, *item.paragraphs) if p)


def _directives(issue):
    return [
        (directive.kind, directive.speaker)
        for analysis in analyse_issue(issue.items)
        for directive in analysis.directives
    ]


def test_the_scan_has_no_text_layer(scanned):
    assert all(not (page.extract_text() or "").strip() for page in PdfReader(scanned).pages)


@pytest.mark.slow
def test_a_scanned_pdf_reads_as_the_word_file_of_the_same_article(scanned, samples):
    ocr = read_issue(scanned)
    word = read_issue(samples / f"{SAMPLE}.docx")
    assert fuzz.ratio(_text(ocr), _text(word)) >= 98
    # the paragraphs are rebuilt from indentation, so the same directives, of the same people
    assert len(ocr.items) == len(word.items) == 1
    assert len(ocr.items[0].paragraphs) == len(word.items[0].paragraphs)
    assert _directives(ocr) == _directives(word) and _directives(word)
    assert ocr.date == "2019-09-27"


@pytest.mark.slow
def test_each_page_recognised_is_reported_and_the_reader_then_leaves(samples, tmp_path):
    path = _scan(samples / f"{SAMPLE}.pdf", tmp_path / "two.pdf", pages=[0, 2])
    heard = []
    cage = Cage()
    try:
        extracted = cage.read(".pdf", path.read_bytes(), progress=lambda *step: heard.append(step))
        assert any("习近平" in block.text for block in extracted.blocks)
        assert heard == [(0, 2), (1, 2), (2, 2)]
        worker = cage.pid
        # its address-space limit was raised for that file: the next file gets a new worker
        assert cage.read(".docx", (samples / f"{SAMPLE}.docx").read_bytes()).blocks
        assert cage.pid != worker
    finally:
        cage.close()


@pytest.mark.slow
def test_a_scanned_page_that_is_blank_fails_in_one_line(tmp_path):
    path = tmp_path / "white.pdf"
    Image.new("L", (1241, 1754), 255).save(path, resolution=150)
    library = Library.open(tmp_path / "l.sqlite3")
    try:
        [result] = library.import_paths([path])
        assert result.failed and result.problem is not None
        assert result.problem.code == "pdf.ocr_nothing" and result.problem.params == {"page": 1}
        words = message(result.problem)
        assert "\n" not in words and "page 1" in words
        assert library.issues() == []
    finally:
        library.close()


def test_without_the_extra_a_scan_says_what_to_install(scanned, monkeypatch):
    from desktop.core.ingest.pdf import read_pdf

    monkeypatch.setitem(sys.modules, "rapidocr", None)  # `import rapidocr` fails, as uninstalled
    with pytest.raises(Unreadable) as caught:
        read_pdf(scanned.read_bytes())
    assert caught.value.code == "pdf.ocr_missing"
    install = caught.value.params["install"]
    assert f"{sys.executable} -m pip install" in install and "rapidocr" in install
    words = message(caught.value)
    assert "\n" not in words and "scanned" in words and install in words


def test_without_the_extra_the_text_pages_of_a_pdf_are_still_read(samples, tmp_path, monkeypatch):
    """A page of pictures in a PDF of text is passed over, as before, when OCR is not there."""
    from pypdf import PdfWriter

    from desktop.core.ingest.pdf import read_pdf

    picture = _scan(samples / f"{SAMPLE}.pdf", tmp_path / "picture.pdf", pages=[1])
    writer = PdfWriter(clone_from=samples / f"{SAMPLE}.pdf")
    writer.append(picture)
    path = tmp_path / "mixed.pdf"
    writer.write(path)
    monkeypatch.setitem(sys.modules, "rapidocr", None)
    extracted = read_pdf(path.read_bytes())
    assert any("习近平" in block.text for block in extracted.blocks)


def test_a_frozen_yandu_names_no_pip(monkeypatch):
    from desktop.core.ingest.ocr import install_hint

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert "pip" not in install_hint() and "ocr" in install_hint()


def test_lines_and_indentation_from_boxes():
    from desktop.core.ingest.ocr import INDENT, Box, page_text

    size = 20.0
    boxes = [  # out of order, one line in two pieces, as a recogniser may give them
        Box("第二行接着写完。", 0, 2 * size * 1.5, 8 * size, 2 * size * 1.5 + size),
        Box("开头缩进两个字的第一行", 2 * size, 0, 13 * size, size),
        Box("另起一段", 2 * size, 3 * size * 1.5, 6 * size, 3 * size * 1.5 + size),
        Box("中间一行，分成", 0, size * 1.5, 7 * size, size * 1.5 + size),
        Box("两块(一)", 7 * size, size * 1.5 + 1, 12 * size, size * 1.5 + size + 1),
    ]
    assert page_text(boxes).split("\n") == [
        INDENT + "开头缩进两个字的第一行",
        "中间一行，分成两块（一）",
        "第二行接着写完。",
        INDENT + "另起一段",
    ]


@pytest.mark.slow
def test_an_import_reports_each_page_and_stops_inside_a_scan_when_asked(scanned, tmp_path):
    """What the window's progress dialog and its Cancel button use: pages as they are read;
    a stop between two pages leaves no issue and a reader that is not reused."""
    from desktop.core.ingest.cage import reader_pid
    from desktop.core.library import Library

    library = Library.open(tmp_path / "library.sqlite3")
    try:
        heard: list[tuple] = []
        stop = [False]

        def progress(*report):
            heard.append(report)
            if len(report) == 4 and report[3][0] >= 1:
                stop[0] = True  # the user presses Cancel once the first page is done

        assert library.import_paths([scanned], progress, cancelled=lambda: stop[0]) == []
        assert library.issues() == [] and reader_pid() is None  # the busy reader was stopped
        pages = [report[3] for report in heard if len(report) == 4]
        assert pages[0][0] == 0 and pages[-1][0] == 1

        heard.clear()
        [result] = library.import_paths([scanned], progress)
        assert result.status == "imported"
        pages = [report[3] for report in heard if len(report) == 4]
        total = pages[-1][1]
        assert pages == [(done, total) for done in range(total + 1)]
    finally:
        library.close()
