"""Every format an office sends, known by its content: Word 97 and WPS through LibreOffice, saved
web pages under any name and as MHTML, and a folder's photos and spreadsheets listed as skipped."""

from __future__ import annotations

import base64
import json
import os
import quopri
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.core.ingest import read_issue
from desktop.core.ingest.sniff import Skipped, kind
from tests.cli.test_cli import yandu
from tests.conftest import SAMPLES, message

DOCX = "formats/xinwenlianbo-20190927.docx"
PAGE = "formats/gbk-news-page.html"


def paragraphs(issue) -> list[tuple[str | None, tuple[str, ...]]]:
    return [(item.headline, item.paragraphs) for item in issue.items]


@pytest.fixture(scope="module")
def word97(tmp_path_factory) -> Path:
    """The sample .docx saved by LibreOffice as Word 97-2003 (.doc), as an office would have it."""
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is missing: `make test` installs it")
    out = tmp_path_factory.mktemp("doc")
    subprocess.run(
        ["soffice", "--headless", "--norestore", f"-env:UserInstallation=file://{out}/profile",
         "--convert-to", "doc:MS Word 97", "--outdir", str(out), str(SAMPLES / DOCX)],
        check=True, capture_output=True, timeout=240, env={**os.environ, "HOME": str(out)},
    )  # fmt: skip
    made = out / (Path(DOCX).stem + ".doc")
    assert made.read_bytes().startswith(b"\xd0\xcf\x11\xe0")  # a real OLE2 Word file
    return made


def test_a_word_97_file_gives_the_paragraphs_of_the_docx(word97, samples):
    assert paragraphs(read_issue(word97)) == paragraphs(read_issue(samples / DOCX))


def test_a_wps_file_is_read_as_the_word_97_file_it_is(word97, samples, tmp_path):
    """Kingsoft WPS saves Word 97 files under .wps; a .doc renamed .docx is one too."""
    for name in ("简报.wps", "mislabelled.docx"):
        copy = tmp_path / name
        copy.write_bytes(word97.read_bytes())
        assert paragraphs(read_issue(copy)) == paragraphs(read_issue(samples / DOCX))


def test_a_damaged_word_97_file_is_refused_in_one_line(library, word97, tmp_path):
    broken = tmp_path / "broken.doc"
    data = word97.read_bytes()
    broken.write_bytes(data[:4096] + bytes(len(data) - 4096))
    [result] = library.import_paths([broken])
    assert result.failed and result.problem.code == "doc.convert_failed", result.problem
    assert "\n" not in message(result.problem) and library.issues() == []


def test_without_libreoffice_the_message_says_what_to_install(library, word97, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    [result] = library.import_paths([word97])
    assert result.problem.code == "doc.no_office"
    assert "apt install libreoffice-writer" in message(result.problem, "zh")
    assert library.issues() == []


@pytest.mark.parametrize("name", ["page.tpl", "page.shtml", "page.asp", "page.txt"])
def test_a_web_page_under_any_name_is_read_as_a_web_page(samples, tmp_path, name):
    copy = tmp_path / name
    copy.write_bytes((samples / PAGE).read_bytes())
    assert paragraphs(read_issue(copy)) == paragraphs(read_issue(samples / PAGE))


def mhtml(page: bytes, charset: str) -> bytes:
    """The page as a browser saves it in one file: MIME headers, the page quoted-printable in its
    own charset, and its picture in base64 beside it."""
    boundary = "----MultipartBoundary--yandu"
    picture = base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode("ascii")
    return (
        (
            "From: <Saved by Blink>\r\n"
            "Snapshot-Content-Location: http://www.example.gov.cn/news/1.html\r\n"
            "Subject: =?utf-8?Q?news?=\r\n"
            "MIME-Version: 1.0\r\n"
            f'Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="{boundary}"\r\n'
            "\r\n"
            f"--{boundary}\r\n"
            f'Content-Type: text/html; charset="{charset}"\r\n'
            "Content-Transfer-Encoding: quoted-printable\r\n"
            "Content-Location: http://www.example.gov.cn/news/1.html\r\n\r\n"
        ).encode("ascii")
        + quopri.encodestring(page).replace(b"\n", b"\r\n")
        + (
            f"\r\n--{boundary}\r\n"
            "Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
            "Content-Location: http://www.example.gov.cn/news/1.png\r\n\r\n"
            f"{picture}\r\n--{boundary}--\r\n"
        ).encode("ascii")
    )


@pytest.mark.parametrize("name", ["saved.mht", "saved.mhtml", "saved.html"])
def test_a_page_saved_as_one_mhtml_file_is_read_as_the_page(samples, tmp_path, name):
    page = (samples / PAGE).read_bytes()
    path = tmp_path / name
    path.write_bytes(mhtml(page, "gbk"))
    assert paragraphs(read_issue(path)) == paragraphs(read_issue(samples / PAGE))


def _spreadsheet(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    return path


def test_a_folder_lists_what_it_passes_over_and_why(tmp_path, samples, library):
    folder = tmp_path / "简报文件夹"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder / "第27期.txt")
    (folder / "合影.jpg").write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(300))
    _spreadsheet(folder / "名单.xlsx")
    (folder / "~$第27期.docx").write_bytes(b"\x05owner")  # Word's lock file: nobody's document
    results = library.import_paths([folder])
    found = {Path(r.path).name: (r.status, r.problem and message(r.problem)) for r in results}
    assert found == {
        "第27期.txt": ("imported", None),
        "合影.jpg": ("skipped", "skipped: an image (JPEG), not a bulletin; put scanned pages "
                   "into a PDF to import them"),
        "名单.xlsx": ("skipped", "skipped: a spreadsheet (Excel)"),
    }  # fmt: skip
    db = tmp_path / "cli.sqlite3"
    run = yandu("import", str(folder), db=db)
    assert run.returncode == 0, run.stderr  # passing over a photo is no failure
    lines = sorted(run.stdout.splitlines())
    assert [line.split(":", 1)[0] for line in lines] == ["imported", "skipped", "skipped"]
    assert any("名单.xlsx" in line and "spreadsheet" in line for line in lines)


def test_a_json_catalogue_beside_the_bulletins_is_passed_over_as_data(tmp_path, samples, library):
    folder = tmp_path / "简报文件夹"
    folder.mkdir()
    shutil.copy(samples / "kaifaqu-bulletin-2020-07.txt", folder / "第27期.txt")
    catalogue = {"bulletin": "开发区报", "issues": [{"file": "第27期.txt", "date": "2020-07"}]}
    (folder / "catalogue.json").write_text(json.dumps(catalogue, ensure_ascii=False), "utf-8")
    (folder / "export.txt").write_text('[{"title": "要闻"}]\n', "utf-8")  # data under any name
    results = library.import_paths([folder])
    found = {Path(r.path).name: (r.status, r.problem and message(r.problem)) for r in results}
    assert found == {
        "第27期.txt": ("imported", None),
        "catalogue.json": ("skipped", "skipped: a data file (JSON), not a bulletin"),
        "export.txt": ("skipped", "skipped: a data file (JSON), not a bulletin"),
    }
    assert [issue.title for issue in library.issues()] == [library.issues()[0].title]


@pytest.mark.parametrize(
    "text",
    [
        "[转载] 区党工委召开安全生产专题会议\n会议强调，要压紧压实责任。",
        "【通知】{会议}定于周五召开",
        "{\n  这不是 JSON：花括号里是正文\n}",
        '"一句话"',  # JSON, but a string: text to read, not a catalogue
    ],
)
def test_text_that_only_starts_like_json_is_read_as_text(text):
    assert kind(text.encode("utf-8"), ".txt") == ".txt"
    assert kind(text.encode("gbk"), ".txt") == ".txt"


def test_a_json_array_is_data_in_any_encoding_with_or_without_a_bom():
    data = json.dumps([{"标题": "要闻"}], ensure_ascii=False)
    for encoded in (data.encode("utf-8"), b"\xef\xbb\xbf" + data.encode("utf-8")):
        with pytest.raises(Skipped) as refused:
            kind(encoded, ".json")
        assert refused.value.code == "import.skipped_data"


@pytest.mark.parametrize("name", ["secret.doc", "secret.wps"])
def test_a_password_protected_word_file_under_an_old_name_asks_for_its_password(
    library, samples, tmp_path, name
):
    """Word and WPS keep an encrypted document in an OLE2 container, whatever it is named."""
    from msoffcrypto.format.ooxml import OOXMLFile

    path = tmp_path / name
    with open(samples / DOCX, "rb") as source, open(path, "wb") as target:
        OOXMLFile(source).encrypt("secret", target)
    assert path.read_bytes().startswith(b"\xd0\xcf\x11\xe0")
    [result] = library.import_paths([path])
    assert result.failed and result.problem.code == "docx.password", result.problem
    assert library.issues() == []


def test_a_damaged_mhtml_page_fails_in_one_line(library, tmp_path):
    path = tmp_path / "broken.mht"
    path.write_bytes(
        b'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="x"\r\n\r\n--x\r\n'
        b"Content-Type: image/png\r\n\r\n\x89PNG\r\n--x--\r\n"
    )
    [result] = library.import_paths([path])
    assert result.failed and "\n" not in message(result.problem)
    assert library.issues() == []
