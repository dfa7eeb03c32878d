"""Hostile files: each is refused in one line (or read), quickly, in bounded memory, leaving no trace.

Every file here is built for real in tmp_path, as an attacker would build it (a zip bomb is a
small zip of a huge repeated part), and imported through the library as a user imports it.
The bounds (5 s, 400 MB) are far above what these files cost now and far below what they
cost before the readers were caged (seconds to minutes, gigabytes).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
import zipfile
import zlib
from contextlib import contextmanager
from dataclasses import replace
from itertools import islice
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject

from desktop.core.ingest import printable_path
from desktop.core.ingest.blocks import Unreadable
from desktop.core.ingest.cage import READER_NICENESS, Cage, reader_pid
from desktop.core.ingest.limits import LIMITS, MiB
from tests.cli.test_cli import yandu
from tests.conftest import ROOT, message
from tests.hostile_files import (
    BULLETIN,
    DOCX,
    PARAGRAPH,
    PDF,
    billion_laughs,
    declare_size,
    document,
    docx_with,
    external_entity_docx,
    many_attributes,
    nested,
    pdf_of_pages,
    repeated,
    styles,
)

SECONDS = 5.0
MEGABYTES = 400


# measuring


def _kilobytes(pid: int | None, field: str) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return None


def _reset_peak(pid: int | None) -> None:
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as handle:
            handle.write("5")  # the high-water mark of resident memory starts again from here
    except OSError:
        pass


@contextmanager
def _bounded():
    """What it runs takes under SECONDS; neither this process nor the reader grows past MEGABYTES.

    Memory is measured on Linux (/proc): this process's growth, the reader's whole size."""
    for pid in (os.getpid(), reader_pid()):
        _reset_peak(pid)
    resident = _kilobytes(os.getpid(), "VmRSS")
    started = time.monotonic()
    yield
    elapsed = time.monotonic() - started
    assert elapsed < SECONDS, f"took {elapsed:.1f} s"
    peak = _kilobytes(os.getpid(), "VmHWM")
    if peak is not None and resident is not None:
        assert (peak - resident) / 1024 < MEGABYTES, f"grew {(peak - resident) // 1024} MB"
    reader = reader_pid()
    if reader is not None and peak is not None:
        reached = _kilobytes(reader, "VmHWM")  # none: it left after the file, being too big
        assert reached is not None, f"the reader grew past {LIMITS.retire // MiB} MB and left"
        assert reached / 1024 < MEGABYTES, f"the reader process reached {reached // 1024} MB"


def _refused(library, capfd, path: Path, code: str) -> str:
    """`path` imported: refused with `code` in one line, within bounds, no traceback, no trace."""
    with _bounded():
        [result] = library.import_paths([path])
    assert result.failed, result
    assert result.problem.code == code, result.problem
    assert result.path == str(path)
    chinese = message(result.problem, "zh")
    assert "\n" not in chinese and "\n" not in message(result.problem)
    assert library.issues() == []
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    return chinese


# zip bombs and long Word documents


def test_a_docx_whose_text_inflates_to_hundreds_of_megabytes(library, capfd, samples, tmp_path):
    body = repeated(PARAGRAPH, 200)
    path = docx_with(
        tmp_path / "bomb.docx", samples, {"word/document.xml": document(samples, body)}
    )
    assert path.stat().st_size < 2 * MiB
    words = _refused(library, capfd, path, "import.too_large_unpacked")
    assert "200 MB" in words and "32 MB" in words


def test_a_docx_whose_styles_inflate_to_hundreds_of_megabytes(library, capfd, samples, tmp_path):
    path = docx_with(tmp_path / "styles.docx", samples, {"word/styles.xml": styles(200)})
    _refused(library, capfd, path, "import.too_large_unpacked")


def test_a_docx_whose_parts_together_unpack_too_far(library, capfd, samples, tmp_path):
    """Five photos of 30 MB each: each part is allowed, all five are not."""
    noise = bytes(b"ACGT"[n % 4] for n in range(256))  # random letters: packed about 4 to 1
    photos = {
        f"word/media/image{n}.png": (os.urandom(MiB).translate(noise) for _ in range(30))
        for n in range(5)
    }
    path = docx_with(tmp_path / "album.docx", samples, photos)
    assert path.stat().st_size < 50 * MiB
    words = _refused(library, capfd, path, "import.too_large_unpacked")
    assert "150 MB" in words and "128 MB" in words


def test_a_docx_packed_a_thousand_to_one_is_not_unpacked(library, capfd, samples, tmp_path):
    body = repeated(PARAGRAPH, 20)  # under the size limit, but no real document packs so tight
    path = docx_with(
        tmp_path / "tight.docx", samples, {"word/document.xml": document(samples, body)}
    )
    assert "压缩炸弹" in _refused(library, capfd, path, "import.zip_bomb")


@pytest.mark.parametrize("checksum", ["of the whole part", "of what it declares"])
def test_a_docx_whose_zip_directory_lies_about_a_part_size(
    library, capfd, samples, tmp_path, checksum
):
    """The directory says document.xml is 1 KB; it inflates to 200 MB. It is read as 1 KB at most:
    a damaged file (its checksum fails, or its XML ends after 1 KB)."""
    body = repeated(PARAGRAPH, 200)
    path = docx_with(
        tmp_path / "liar.docx", samples, {"word/document.xml": document(samples, body)}
    )
    head = b"".join(islice(document(samples, repeated(PARAGRAPH, 1)), 2))[:1024]
    crc = zlib.crc32(head) if checksum == "of what it declares" else None
    declare_size(path, b"word/document.xml", 1024, crc)
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo("word/document.xml").file_size == 1024
    _refused(library, capfd, path, "docx.damaged")


def test_a_docx_of_200000_paragraphs(library, capfd, samples, tmp_path):
    body = (PARAGRAPH.replace("要坚持", f"第{n}条") for n in range(200_000))
    path = docx_with(
        tmp_path / "long.docx", samples, {"word/document.xml": document(samples, body)}
    )
    words = _refused(library, capfd, path, "import.too_many_paragraphs")
    assert "200000" in words and str(LIMITS.paragraphs) in words


def test_a_long_but_real_docx_is_read(library, capfd, samples, tmp_path):
    body = (PARAGRAPH.replace("要坚持", f"第{n}条") for n in range(3_000))
    path = docx_with(
        tmp_path / "report.docx", samples, {"word/document.xml": document(samples, body)}
    )
    with _bounded():
        [result] = library.import_paths([path])
    assert result.status == "imported", result.problem
    assert "Traceback" not in "".join(capfd.readouterr())


# web pages


@pytest.mark.parametrize("name", ["attributes.html", "web-page-saved-as.txt"])
def test_an_html_element_with_200000_attributes(library, capfd, tmp_path, name):
    path = tmp_path / name
    path.write_text(many_attributes(200_000), "utf-8")
    _refused(library, capfd, path, "import.too_complex")


def test_attributes_hidden_behind_quoted_angle_brackets_are_counted(library, capfd, tmp_path):
    attributes = " ".join(f'a{n}=">" b{n}="<"' for n in range(100_000))
    path = tmp_path / "quoted.html"
    path.write_text(f"<html><body><p {attributes}>要坚持稳中求进。</p></body></html>", "utf-8")
    _refused(library, capfd, path, "import.too_complex")


def test_html_nested_100000_deep(library, capfd, tmp_path):
    path = tmp_path / "deep.html"
    path.write_text(nested(100_000), "utf-8")
    _refused(library, capfd, path, "import.too_complex")


def test_a_text_node_over_10_megabytes_in_a_page(library, capfd, tmp_path):
    path = tmp_path / "wall.html"
    text = "要坚持稳中求进工作总基调。" * 300_000  # 11.7 MB of UTF-8
    path.write_text(f"<html><body><p>{text}</p></body></html>", "utf-8")
    _refused(library, capfd, path, "import.too_complex")


def test_a_paragraph_over_10_megabytes_in_markdown(library, capfd, tmp_path):
    path = tmp_path / "wall.md"
    path.write_text("### 标题\n\n" + "要坚持稳中求进工作总基调。" * 300_000 + "\n", "utf-8")
    _refused(library, capfd, path, "import.too_complex")


def test_a_page_with_a_long_data_image_is_read(library, capfd, tmp_path):
    """A long tag is not a complex one: an inline image of 100,000 characters is one attribute."""
    image = "data:image/png;base64," + "QUJD" * 25_000
    path = tmp_path / "photo.html"
    path.write_text(
        f'<html><body><img src="{image}" alt="图 片 说 明"><p>要坚持稳中求进工作总基调。</p>'
        "</body></html>",
        "utf-8",
    )
    [result] = library.import_paths([path])
    assert result.status == "imported", result.problem


# PDF


def test_a_pdf_of_20000_pages(library, capfd, tmp_path):
    path = pdf_of_pages(tmp_path / "pages.pdf", 20_000)
    words = _refused(library, capfd, path, "import.too_many_pages")
    assert "20000" in words and str(LIMITS.pdf_pages) in words


def test_a_pdf_whose_page_tree_understates_its_pages(library, capfd, tmp_path):
    path = pdf_of_pages(tmp_path / "understated.pdf", 5_000, declared=1)
    assert len(PdfReader(path).pages) == 5_000
    _refused(library, capfd, path, "import.too_many_pages")


def test_a_pdf_page_that_draws_megabytes(library, capfd, samples, tmp_path):
    """One page of 8 MB of drawing (a glyph at a time): pypdf would read it for over 10 s."""
    writer = PdfWriter(clone_from=samples / PDF)
    font = next(iter(writer.pages[0]["/Resources"]["/Font"]))
    drawing = DecodedStreamObject()
    drawing.set_data(f"BT {font} 12 Tf 10 10 Td <0001> Tj ET\n".encode() * 200_000)
    writer.pages[0].replace_contents(drawing.flate_encode())
    path = tmp_path / "drawing.pdf"
    writer.write(path)
    _refused(library, capfd, path, "import.too_complex")


# the cage itself: time, memory, a crash; each time the next file is read by a fresh worker


def test_a_reader_over_its_time_is_stopped_and_the_next_file_read(samples, tmp_path):
    writer = PdfWriter(clone_from=samples / PDF)
    for _ in range(200):  # 600 pages of real text: under the page limit, ~8 s to extract
        for page in PdfReader(samples / PDF).pages:
            writer.add_page(page)
    slow = tmp_path / "slow.pdf"
    writer.write(slow)
    cage = Cage(replace(LIMITS, seconds=1.0))
    try:
        started = time.monotonic()
        with pytest.raises(Unreadable) as caught:
            cage.read(".pdf", slow.read_bytes())
        assert caught.value.code == "import.timeout" and caught.value.params == {"seconds": 1}
        assert time.monotonic() - started < SECONDS
        assert cage.pid is None  # killed
        assert cage.read(".docx", (samples / DOCX).read_bytes()).blocks
    finally:
        cage.close()


def test_a_reader_over_its_memory_is_stopped_and_the_next_file_read(samples, tmp_path):
    if sys.platform != "linux":
        pytest.skip("the address-space limit is Linux's (RLIMIT_AS)")
    body = (PARAGRAPH.replace("要坚持", f"第{n}条") for n in range(250_000))  # 24 MB of XML
    path = docx_with(tmp_path / "big.docx", samples, {"word/document.xml": document(samples, body)})
    cage = Cage(replace(LIMITS, memory=160 * MiB, paragraphs=10**9))
    try:
        with pytest.raises(Unreadable) as caught:
            cage.read(".docx", path.read_bytes())
        assert caught.value.code == "import.out_of_memory"
        assert cage.pid is None
        assert cage.read(".docx", (samples / DOCX).read_bytes()).blocks
    finally:
        cage.close()


def test_a_reader_that_dies_fails_that_file_alone(samples, tmp_path):
    writer = PdfWriter(clone_from=samples / PDF)
    for _ in range(200):
        for page in PdfReader(samples / PDF).pages:
            writer.add_page(page)
    slow = tmp_path / "slow.pdf"
    writer.write(slow)
    cage = Cage()
    try:
        cage.read(".docx", (samples / DOCX).read_bytes())
        worker = cage.pid
        assert worker is not None
        # as a crash would, once the file has reached it (sending it may take a while on a busy
        # machine; its reading takes seconds)
        threading.Timer(2.0, _kill, (worker,)).start()
        with pytest.raises(Unreadable) as caught:
            cage.read(".pdf", slow.read_bytes())
        assert caught.value.code == "import.damaged" and "SIGKILL" in caught.value.params["detail"]
        assert cage.read(".docx", (samples / DOCX).read_bytes()).blocks
        assert cage.pid != worker
    finally:
        cage.close()


def _kill(pid: int) -> None:
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:  # it was done already: the test says so
        pass


def test_a_reader_that_grew_big_leaves_after_its_file(samples):
    if sys.platform != "linux":
        pytest.skip("the reader's size is read from /proc")
    cage = Cage(replace(LIMITS, retire=1))  # any size is big
    try:
        data = (samples / DOCX).read_bytes()
        cage.read(".docx", data)
        first = cage.pid
        assert cage.read(".docx", data).blocks
        assert cage.pid != first
    finally:
        cage.close()


def test_the_reader_stands_back_for_the_window_and_leaves_at_once_when_let_go(samples):
    if not hasattr(os, "getpriority"):
        pytest.skip("POSIX priorities only")
    cage = Cage()
    try:
        assert cage.read(".docx", (samples / DOCX).read_bytes()).blocks
        worker = cage.pid
        assert os.getpriority(os.PRIO_PROCESS, worker) == min(
            19, os.getpriority(os.PRIO_PROCESS, 0) + READER_NICENESS
        )
        # its pipe closed, it leaves with exit code 0 (an idle worker's: not its file's doing)
        assert cage._stop() == 0
    finally:
        cage.close()
    assert cage.pid is None
    with pytest.raises(ProcessLookupError):
        os.kill(worker, 0)


def test_the_reader_process_starts_only_when_a_file_needs_it(tmp_path, samples):
    code = (
        "import sys, multiprocessing\n"
        "from desktop.core.library import Library\n"
        "library = Library.open(sys.argv[1])\n"
        "assert library.import_file(sys.argv[2]).issue_id\n"
        "print(len(multiprocessing.active_children()), 'desktop.core.ingest.cage' in sys.modules)\n"
        "assert library.import_file(sys.argv[3]).issue_id\n"
        "print(len(multiprocessing.active_children()))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path / "lib.sqlite3"), samples / BULLETIN]
        + [samples / DOCX],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["0", "False", "1"]  # plain text needs no worker; Word does


# folders and names


def test_links_out_of_an_imported_folder_are_not_followed(library, capfd, samples, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("机密文件\n\n要严格保密，不得外传。\n", "utf-8")
    (outside / "more.txt").write_text("另一份\n\n要注意保密。\n", "utf-8")
    folder = tmp_path / "简报"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / BULLETIN).write_bytes((samples / BULLETIN).read_bytes())
    (folder / "passwd.txt").symlink_to(secret)
    (folder / "elsewhere").symlink_to(outside, target_is_directory=True)
    (folder / "same.txt").symlink_to(folder / "sub" / BULLETIN)  # inside: one file, once
    (folder / "sub" / "loop").symlink_to(folder, target_is_directory=True)  # inside, a loop
    with _bounded():
        results = library.import_paths([folder])
    refused = {result.path: result.problem for result in results if result.failed}
    assert set(refused) == {str(folder / "passwd.txt"), str(folder / "elsewhere")}
    for problem in refused.values():
        assert problem.code == "import.outside_folder"
        assert str(outside) in message(problem, "zh")
    assert [result.status for result in results if not result.failed] == ["imported"]
    assert len(library.issues()) == 1
    assert not library.search("保密")
    assert "Traceback" not in "".join(capfd.readouterr())


def test_a_link_given_by_itself_is_read(library, tmp_path, samples):
    link = tmp_path / "folder" / "bulletin.txt"
    link.parent.mkdir()
    link.symlink_to(samples / BULLETIN)
    [result] = library.import_paths([link])
    assert result.status == "imported"


def test_names_cannot_forge_lines_on_the_terminal(tmp_path, samples):
    folder = tmp_path / "简报"
    folder.mkdir()
    forged = "x.pdf\nerror: everything: was deleted\x1b[2K\x1b[1A.txt"
    (folder / forged).write_bytes((samples / BULLETIN).read_bytes())
    (folder / "bad\rname\x07.pdf").write_bytes(b"%PDF-1.4 nothing here")
    run = yandu("import", str(folder), db=tmp_path / "lib.sqlite3")
    assert "\x1b" not in run.stdout + run.stderr and "\x07" not in run.stderr
    [imported] = run.stdout.splitlines()
    assert imported.startswith("imported: ") and "x.pdf\\nerror: everything" in imported
    assert "\\x1b[2K\\x1b[1A.txt" in imported
    [error] = run.stderr.splitlines()
    assert error.startswith(f"error: {folder}/bad\\rname\\x07.pdf: ")


def test_printable_path_escapes_what_a_terminal_would_obey():
    assert printable_path("简报/a\tb\nc\x1bd\x9be\u202ef\u2028.txt") == (
        "简报/a\\tb\\nc\\x1bd\\x9be\\u202ef\\u2028.txt"
    )
    assert printable_path(os.fsdecode(b"caf\xe9.txt")) == "caf\ufffd.txt"
    assert printable_path(r"C:\简报\第27期.docx") == r"C:\简报\第27期.docx"


# entities: nothing outside the file is read, and none multiplies


def test_a_docx_entity_naming_a_file_outside_is_not_read(library, capfd, samples, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容不得外传", "utf-8")
    path = external_entity_docx(tmp_path / "xxe.docx", samples, secret)
    with _bounded():
        [result] = library.import_paths([path])
    assert result.status in ("imported", "failed")  # read without the entity, or refused
    assert not library.search("机密内容")
    assert "机密内容" not in "".join(capfd.readouterr())


@pytest.mark.parametrize("name", ["laughs.html", "laughs.xhtml.txt"])
def test_entities_that_multiply_are_not_expanded(library, capfd, tmp_path, name):
    path = tmp_path / name
    path.write_text(billion_laughs(), "utf-8")
    with _bounded():
        [result] = library.import_paths([path])
    assert result.status in ("imported", "failed")
    assert not library.search("lollollol")
    assert "Traceback" not in "".join(capfd.readouterr())
