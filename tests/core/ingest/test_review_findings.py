"""Files a reviewer found that broke the first import: each must now import right or fail alone, clearly."""

from __future__ import annotations

import io
import os
import shutil
import sqlite3
import zipfile

import docx
import pytest

from desktop.core.errors import Invalid, LibraryError
from desktop.core.ingest import read_issue
from desktop.core.ingest.pdf import fix_radicals
from desktop.core.library import Library
from tests.conftest import message

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def test_two_different_bulletins_with_the_same_file_name_stay_two_issues(
    library, samples, tmp_path
):
    (tmp_path / "2023").mkdir()
    (tmp_path / "2024").mkdir()
    shutil.copy(samples / KAIFAQU, tmp_path / "2023" / "简报.txt")
    shutil.copy(
        samples / "formats" / "gov-work-report-1964-abstract.txt", tmp_path / "2024" / "简报.txt"
    )
    first = library.import_file(tmp_path / "2023" / "简报.txt")
    second = library.import_file(tmp_path / "2024" / "简报.txt")
    assert (first.status, second.status) == ("imported", "imported")
    assert first.issue_id != second.issue_id
    assert len(library.issue(first.issue_id).items) == 3


def _docx_with_bad_font_size(path):
    document = docx.Document()
    document.add_paragraph("李淑侠强调,要坚决抓好督导反馈整改落实。")
    buffer = io.BytesIO()
    document.save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    with zipfile.ZipFile(path, "w") as target:
        for entry in source.infolist():
            data = source.read(entry.filename)
            if entry.filename == "word/document.xml":
                data = data.replace(
                    b"<w:p>", b'<w:p><w:pPr><w:rPr><w:sz w:val="abc"/></w:rPr></w:pPr>', 1
                )
                data = data.replace(b"<w:r>", b'<w:r><w:rPr><w:sz w:val="abc"/></w:rPr>', 1)
            target.writestr(entry, data)


def test_a_file_that_breaks_a_reader_fails_alone(library, samples, tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    _docx_with_bad_font_size(folder / "a-odd.docx")
    shutil.copy(samples / KAIFAQU, folder / "b-good.txt")
    results = {os.path.basename(r.path): r for r in library.import_paths([folder])}
    assert results["b-good.txt"].status == "imported"
    odd = results["a-odd.docx"]
    assert odd.status in ("imported", "failed")
    if odd.failed:
        assert "\n" not in message(odd.problem)


def test_file_name_that_is_not_utf8(library, samples, tmp_path):
    name = os.fsdecode(b"bulletin-\xff.txt")
    shutil.copy(samples / KAIFAQU, tmp_path / name)
    result = library.import_paths([tmp_path])[0]
    assert result.status == "imported"
    result.path.encode("utf-8")  # printable and storable
    assert "\ufffd" in result.path


def test_indented_lead_lines_stay_their_own_paragraphs(samples):
    issue = read_issue(samples / "formats" / "gov-work-report-1964-abstract.txt")
    paragraphs = [p for item in issue.items for p in item.paragraphs]
    assert not any("知识化周总理" in p for p in paragraphs)
    assert (
        "文化革命最主要的任务是彻底反对资本主义，文化革命的目标是知识分子劳动化，劳动人民知识化"
        in paragraphs
    )


def test_radical_look_alikes_from_pdf_writers_become_characters():
    assert fix_radicals("⼤⼒推进⽣态⽂明建设，⼈⺠⾄上") == "大力推进生态文明建设，人民至上"


@pytest.mark.parametrize(
    "encoding, text",
    [
        (
            "big5",
            "堅決打贏安全生產專項整治攻堅戰。李淑俠指出，黨的十八大以來，習近平總書記就安全生產發表了一系列重要講話。",
        ),
        ("euc_kr", "안전 생산 특별 정비 공격전에서 반드시 승리해야 합니다. 회의가 열렸다."),
        ("shift_jis", "日本語のテキストです。安全第一で作業を行いましょう。会議が開かれました。"),
    ],
)
def test_other_encodings_are_decoded_as_what_they_are(tmp_path, encoding, text):
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert "".join(read_issue(path).items[0].paragraphs) == text.replace(" ", " ")


def test_web_page_saved_as_txt_is_read_as_html(tmp_path, samples):
    page = (samples / "formats" / "gbk-news-page.html").read_bytes()
    path = tmp_path / "page.txt"
    path.write_bytes(page)
    item = read_issue(path).items[0]
    assert item.headline.startswith("2021湖北武黄同城")
    assert not any("<" in p for p in item.paragraphs)


def test_word_title_is_the_issue_title_and_heading_1_the_articles(tmp_path):
    document = docx.Document()
    document.add_heading("开发区工作简报 第27期", level=0)
    document.add_heading("坚决打赢安全生产专项整治攻坚战", level=1)
    document.add_paragraph("李淑侠强调,要坚决抓好督导反馈整改落实。")
    document.add_heading("加快“进”的步伐 提高“转”的质量", level=1)
    document.add_paragraph("臧晓鹏指出,要不断完善社区公共文化设施建设。")
    path = tmp_path / "bulletin.docx"
    document.save(path)
    issue = read_issue(path)
    assert issue.title == "开发区工作简报 第27期"
    assert [item.headline for item in issue.items] == [
        "坚决打赢安全生产专项整治攻坚战",
        "加快“进”的步伐 提高“转”的质量",
    ]
    assert issue.date is None  # python-docx's template date is not the bulletin's


def test_body_class_and_logo_heading_do_not_fool_the_web_page_reader(tmp_path):
    page = """<html><head><meta charset="utf-8"><title>某区政府网</title></head>
    <body class="has-header"><h1><a href="/"><img src="logo.png">某区人民政府</a></h1>
    <div class="nav"><a href="/">首页</a> | <a href="/x">政务公开</a></div>
    <div class="article"><h2>区召开安全生产工作会议</h2>
    <p>5月6日，区召开安全生产工作会议，区长张三出席会议并讲话。</p>
    <p>张三强调，要坚决压实安全生产责任，全面排查整治各类风险隐患。</p></div>
    <div class="footer"><p>版权所有：某区人民政府 友情链接</p></div></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    issue = read_issue(path)
    assert issue.title == "区召开安全生产工作会议"
    body = issue.items[0].body
    assert "张三强调" in body and "版权所有" not in body and "首页" not in body


def test_another_programs_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE issues (id INTEGER PRIMARY KEY, tracker TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(LibraryError) as foreign:
        Library.open(path)
    assert foreign.value.code == "library.foreign" and "another program" in message(foreign.value)


def test_impossible_dates_are_refused(library, samples):
    issue = library.import_file(samples / KAIFAQU).issue_id
    for bad in ("2020-13-45", "2020-02-30", "20-07"):
        with pytest.raises(Invalid) as refused:
            library.edit_issue(issue, date=bad)
        assert "not a date" in message(refused.value)
    assert library.edit_issue(issue, date="2020-02-29").date == "2020-02-29"


def test_folders_say_what_they_could_not_import(library, tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    old = tmp_path / "old"
    old.mkdir()
    ole2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Word 97 file's container, its stream named
    (old / "简报.doc").write_bytes(ole2 + bytes(500) + "WordDocument".encode("utf-16-le"))
    (old / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(100))
    results = library.import_paths([empty, old])
    assert [(os.path.basename(r.path), r.status) for r in results] == [
        ("empty", "failed"),
        ("photo.jpg", "skipped"),
        ("简报.doc", "failed"),
    ]
    assert "no files to import" in message(results[0].problem)
    assert "an image (JPEG)" in message(results[1].problem)
    assert "LibreOffice" in message(results[2].problem)  # a Word 97 file with nothing in it

    locked = tmp_path / "locked"
    locked.mkdir()
    real_walk = os.walk

    def walk_refused(top, onerror=None, **kwargs):
        if str(top) == str(locked):
            onerror(PermissionError(13, "Permission denied", str(locked)))
            return iter(())
        return real_walk(top, onerror=onerror, **kwargs)

    monkeypatch.setattr(os, "walk", walk_refused)
    refused = library.import_paths([locked])
    assert refused[0].failed and "permission denied" in message(refused[0].problem)
