"""Study notes exported to Word: checked with python-docx, converted by LibreOffice, read back by pandoc."""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import subprocess

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt

from desktop.core.errors import YanduError
from desktop.core.library import Library
from desktop.core.notes import save as save_module
from desktop.core.notes.export import export_docx
from tests.conftest import GOLD, ROOT, SAMPLES, message

FONTCONFIG = ROOT / "resources" / "fontconfig" / "fonts.conf"


@pytest.fixture(scope="module")
def studied(tmp_path_factory):
    """The sample bulletin, studied in a session by two members who highlight, comment and reflect."""
    folder = tmp_path_factory.mktemp("studied")
    library = Library.open(folder / "lib.sqlite3")
    library.import_file(SAMPLES / "kaifaqu-bulletin-2020-07.txt")
    items = library.issue(1).items
    zhang, li, host = (
        library.members.add("张三"),
        library.members.add("李四"),
        library.members.add("王书记"),
    )
    session = library.sessions.add(
        "党工委中心组7月学习会",
        starts_at="2020-07-20 09:00",
        place="三楼会议室",
        host_id=host.id,
        attendee_ids=(host.id, zhang.id),
        absentees=((li.id, "出差"),),
        item_ids=(items[0].id, items[2].id),
    )
    library.annotations.create_at_quote(
        items[0].id,
        "坚决做到“三管三必须”",
        zhang.id,
        session_id=session.id,
        category="重点",
        comment="对照本部门职责逐条落实",
        tags=("安全", "责任"),
    )
    library.annotations.create_at_quote(
        items[0].id,
        "一件一件抓好整改",
        li.id,
        session_id=session.id,
        category="落实",
        comment="整改清单月底前报送",
    )
    library.annotations.create_at_quote(
        items[2].id,
        "相关部门要靠前服务、因企施策",
        zhang.id,
        session_id=session.id,
        category="疑问",
        comment="哪些部门？",
    )
    library.reflections.save(
        zhang.id, "安全生产责任重于泰山。\n要把“三管三必须”落实到每个岗位。", item_id=items[0].id
    )
    library.reflections.save(zhang.id, "这次学习收获很大。", session_id=session.id)
    library.reflections.save(li.id, "整改要有清单。", item_id=items[0].id)
    library.reflections.save(li.id, "会后补学了讲话。", session_id=session.id)
    member_file = export_docx(
        library, folder / "张三学习笔记.docx", member="张三", session_id=session.id
    )
    record_file = export_docx(
        library, folder / "学习记录.docx", session_id=session.id, group_by="category"
    )
    yield {
        "library": library,
        "member": member_file,
        "record": record_file,
        "folder": folder,
        "session": session.id,
    }
    library.close()


def _east_asia(element):
    fonts = (
        element.find(qn("w:rPr") + "/" + qn("w:rFonts"))
        if element.tag != qn("w:rPr")
        else element.find(qn("w:rFonts"))
    )
    return fonts.get(qn("w:eastAsia")) if fonts is not None else None


def test_page_is_a4_with_gbt9704_margins_grid_and_outer_page_numbers(studied):
    document = docx.Document(str(studied["member"]))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [
        round(m.mm)
        for m in (
            section.top_margin,
            section.bottom_margin,
            section.left_margin,
            section.right_margin,
        )
    ]
    assert margins == [37, 35, 28, 26]
    # 36000 EMU to the millimetre
    assert round((section.page_width - section.left_margin - section.right_margin) / 36000) == 156
    assert round((section.page_height - section.top_margin - section.bottom_margin) / 36000) == 225
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "579"  # 225 mm / 22 lines
    normal = document.styles["Normal"]
    spacing = normal.element.rPr.find(qn("w:spacing"))
    pitch = normal.font.size.pt + int(spacing.get(qn("w:val"))) / 20
    assert int(156 / 25.4 * 72 / pitch) == 28  # 28 characters of 3号 a line
    assert document.settings.odd_and_even_pages_header_footer
    for footer, alignment in ((section.footer, 2), (section.even_page_footer, 0)):
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == alignment  # right on odd pages, left on even
        xml = paragraph._p.xml
        assert "PAGE" in xml and 'w:fldCharType="begin"' in xml
        assert paragraph.text.replace("1", "#") == "— # —"
        assert all(run.font.size == Pt(14) for run in paragraph.runs)


def test_fonts_per_style_and_on_every_run_east_asian_slot(studied):
    document = docx.Document(str(studied["member"]))
    expected = {
        "Normal": ("仿宋_GB2312", 16),
        "Title": ("方正小标宋简体", 22),
        "Heading 1": ("黑体", 16),
        "Heading 2": ("楷体_GB2312", 16),
    }
    for name, (font, size) in expected.items():
        style = document.styles[name]
        assert _east_asia(style.element.rPr) == font, name
        assert style.font.size == Pt(size), name
    body_runs = [
        run for paragraph in document.paragraphs for run in paragraph.runs if run.text.strip()
    ]
    table_runs = [
        run
        for row in document.tables[0].rows
        for cell in row.cells
        for p in cell.paragraphs
        for run in p.runs
    ]
    assert body_runs and all(_east_asia(run._r) for run in body_runs + table_runs)
    by_style = {}
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            by_style.setdefault(paragraph.style.name, set()).add(_east_asia(run._r))
    assert by_style["Title"] == {"方正小标宋简体"}
    assert by_style["Heading 1"] == {"黑体"} and by_style["Heading 2"] == {"楷体_GB2312"}
    assert "仿宋_GB2312" in by_style["Normal"]


def test_session_table(studied):
    table = docx.Document(str(studied["member"])).tables[0]
    rows = {
        row.cells[0].text.replace("　", "").replace(" ", ""): row.cells[1].text
        for row in table.rows
    }
    assert (
        rows["学习时间"] == "2020年7月20日 09:00"
        and rows["地点"] == "三楼会议室"
        and rows["主持人"] == "王书记"
    )
    assert rows["参加人员"] == "张三、王书记" and rows["缺席人员及原因"] == "李四（出差）"
    assert (
        "坚决打赢安全生产专项整治攻坚战（kaifaqu-bulletin-2020-07，2020年7月）" in rows["学习内容"]
    )
    assert "加快“进”的步伐 提高“转”的质量" in rows["学习内容"]


def test_parts_in_order_with_directives_highlights_comments_and_reflections(studied):
    document = docx.Document(str(studied["member"]))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "学习笔记" and "张三" in texts[1]
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == ["一、主要精神摘录", "二、批注与摘录", "三、心得体会"]
    gold = json.loads((GOLD / "kaifaqu-bulletin-2020-07.json").read_text(encoding="utf-8"))
    for sentence in gold["sentences"]:
        if sentence["label"] == "requirement" and sentence["item"] == 0:
            assert sentence["text"] in texts
    assert (
        "开发区党工委副书记李淑侠：" in texts and "开发区党工委副书记、管委会主任臧晓鹏：" in texts
    )
    marked = [
        "".join(r.text for r in p.runs if r.font.underline and r.font.highlight_color is None)
        for p in document.paragraphs
    ]  # underlined with emphasis dots, no colour fill: it prints in black and white
    emphasis = document.element.body.xpath(".//w:em")
    assert emphasis and {e.get(qn("w:val")) for e in emphasis} == {"dot"}
    assert "坚决做到“三管三必须”" in marked  # 张三's own highlight, marked inside the directive
    assert "一件一件抓好整改" not in marked  # 李四's is not in 张三's notes
    assert "［重点］“坚决做到“三管三必须””" in texts and "批注：对照本部门职责逐条落实" in texts
    assert "标签：安全　责任" in texts and "批注：整改清单月底前报送" not in texts
    start = texts.index("三、心得体会")
    assert texts[start + 2 : start + 4] == [
        "安全生产责任重于泰山。",
        "要把“三管三必须”落实到每个岗位。",
    ]
    assert "这次学习收获很大。" in texts[start:]


def test_session_record_holds_every_member_grouped_by_category(studied):
    document = docx.Document(str(studied["record"]))
    texts = [p.text for p in document.paragraphs]
    assert texts[0] == "理论学习中心组学习记录"
    subheads = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    part = subheads[subheads.index("（一）重点") :]
    assert part[:3] == ["（一）重点", "（二）疑问", "（三）落实"]
    assert "【李四】［落实］“一件一件抓好整改”" in texts
    # reflections by person: each member's under their name, in the order they come
    start = texts.index("三、心得体会")
    people = [t for t in subheads if t in ("（一）张三", "（二）李四")]
    assert people == ["（一）张三", "（二）李四"]
    zhang_at, li_at = texts.index("（一）张三", start), texts.index("（二）李四", start)
    assert "这次学习收获很大。" in texts[zhang_at:li_at]
    assert "整改要有清单。" in texts[li_at:] and "会后补学了讲话。" in texts[li_at:]


def test_common_fonts_switch_for_machines_without_the_gb2312_faces(studied):
    target = export_docx(
        studied["library"],
        studied["folder"] / "common.docx",
        member="张三",
        session_id=studied["session"],
        fonts="common",
    )
    document = docx.Document(str(target))
    assert _east_asia(document.styles["Normal"].element.rPr) == "仿宋"
    assert _east_asia(document.styles["Heading 2"].element.rPr) == "楷体"


@pytest.fixture(scope="module")
def pdf(studied, tmp_path_factory):
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is missing: `make test` installs it")
    out = tmp_path_factory.mktemp("pdf")
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
            str(studied["member"]),
        ],
        check=True,
        capture_output=True,
        timeout=240,
        env=env,
    )
    return out / (studied["member"].stem + ".pdf")


def test_libreoffice_opens_it_as_pages_with_text_in_order_and_fonts_embedded(pdf):
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert 2 <= pages <= 8
    size = next(line for line in info.splitlines() if line.startswith("Page size:"))
    assert "(A4)" in size
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = "".join(text.split())
    order = [
        "学习笔记",
        "学习时间",
        "一、主要精神摘录",
        "坚决做到“三管三必须”",
        "二、批注与摘录",
        "对照本部门职责逐条落实",
        "三、心得体会",
        "安全生产责任重于泰山",
    ]
    positions = [flat.index(word) for word in order]
    assert positions == sorted(positions)
    assert "—1—" in flat and "—2—" in flat
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # every font embedded
    assert any("CJK" in line for line in fonts)


def test_pandoc_reads_it_back(studied):
    if shutil.which("pandoc") is None:
        pytest.fail("pandoc is missing: `make test` installs it")
    text = subprocess.run(
        ["pandoc", "-f", "docx", "-t", "plain", str(studied["member"])],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    for expected in (
        "一、主要精神摘录",
        "二、批注与摘录",
        "三、心得体会",
        "学习时间",
        "对照本部门职责逐条落实",
    ):
        assert expected in text


def test_nothing_to_export_is_a_clear_error(tmp_path):
    library = Library.open(tmp_path / "lib.sqlite3")
    try:
        library.import_file(SAMPLES / "kaifaqu-bulletin-2020-07.txt")
        library.members.add("张三")
        with pytest.raises(YanduError) as nothing:
            export_docx(library, tmp_path / "empty.docx", member="张三")
        assert nothing.value.code == "export.nothing"
        assert "nothing to export" in message(nothing.value)
    finally:
        library.close()


@pytest.mark.parametrize(
    "failure, words",
    [
        ("readonly", "permission denied"),
        ("full", "disk is full"),
        ("locked", "open or locked"),
    ],
)
def test_failed_writes_leave_the_earlier_file_intact(
    studied, tmp_path, monkeypatch, failure, words
):
    target = tmp_path / "笔记.docx"
    target.write_bytes(b"the earlier export")
    if failure == "readonly":

        def refuse(*args, **kwargs):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(save_module.tempfile, "mkstemp", refuse)
        monkeypatch.setattr(save_module.os, "access", lambda path, mode: False)
    elif failure == "full":
        from docx.document import Document

        def full(self, path):
            with open(path, "wb") as handle:
                handle.write(b"PK partial")
            raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(Document, "save", full)
    else:

        def locked(source, destination):
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(save_module.os, "replace", locked)
    with pytest.raises(YanduError) as caught:
        export_docx(studied["library"], target, member="张三", session_id=studied["session"])
    assert re.search(words, message(caught.value))
    assert target.read_bytes() == b"the earlier export"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "笔记.docx"
    ]  # no temporary file left behind
