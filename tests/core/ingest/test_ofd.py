"""OFD (GB/T 33190): the real two-page sample reads as the essay it is, and bad files are refused
in one line, leaving the library as it was.

The sample is 鲁迅's 拿来主义 as ofdrw laid it out (../shared/corpus/SOURCES.md): every line is
its own TextObject, placed by position; paragraphs start two characters in; the paragraph
that begins 譬如罢 runs from the foot of page 1 onto page 2.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable
from pathlib import Path

import pytest

from desktop.core.ingest import read_issue
from desktop.core.ingest.blocks import Unreadable
from desktop.core.ingest.ofd import read_ofd
from tests.conftest import SHARED, message
from tests.hostile_files import repeated

SAMPLE = SHARED / "corpus" / "formats" / "lu-xun-nalaizhuyi.ofd"
PAGE_1 = "Doc_0/Pages/Page_0/Content.xml"
DOCUMENT = "Doc_0/Document.xml"
ENTRY = "OFD.xml"

# sentences of the essay, in the order it has them (the third and fourth are on either side of
# the page break, in one sentence)
SENTENCES = [
    "中国一向是所谓“闭关主义”，自己不去，别人也不许来。",
    "但我们没有人根据了“礼尚往来”的仪节，说道：拿来！",
    "尼采就自诩过他是太阳，光热无穷，只是给与，不想取得。",
    "但是，如果反对这宅子的旧主人，怕给他的东西染污了，徘徊不敢走进门，是孱头；",
    "“拿来主义”者是全不这样的。",
    "没有拿来的，人不能自成为新人，没有拿来的，文艺不能自成为新文艺。",
]


@pytest.fixture
def sample(shared: Path) -> Path:
    path = shared / "corpus" / "formats" / "lu-xun-nalaizhuyi.ofd"
    if not path.is_file():
        pytest.fail(f"the OFD sample is missing: expected it at {path}")
    return path


def part(name: str) -> str:
    with zipfile.ZipFile(SAMPLE) as source:
        return source.read(name).decode("utf-8")


def ofd_with(path: Path, parts: dict[str, str | Iterable[bytes] | None]) -> Path:
    """The sample with some parts replaced (text, or chunks streamed into the zip), added, or
    left out (None)."""
    with (
        zipfile.ZipFile(SAMPLE) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as target,
    ):
        names = [info.filename for info in source.infolist()]
        for name in names + [name for name in parts if name not in names]:
            if name not in parts:
                target.writestr(source.getinfo(name), source.read(name))
                continue
            content = parts[name]
            if content is None:
                continue
            if isinstance(content, str):
                target.writestr(name, content.encode("utf-8"))
                continue
            with target.open(name, "w", force_zip64=True) as member:
                for chunk in content:
                    member.write(chunk)
    return path


def body(issue) -> list[str]:
    [item] = issue.items
    return list(item.paragraphs)


# the sample, as a reader wants it


def test_the_sample_reads_as_the_essay(sample):
    issue = read_issue(sample)
    assert issue.format == "ofd"
    assert issue.title == "拿来主义"
    [item] = issue.items
    assert item.kind == "article"
    assert item.headline == "拿来主义"
    assert item.subhead == "鲁迅"  # the author's line, under the title
    assert len(item.paragraphs) == 10
    assert item.paragraphs[0].startswith("中国一向是所谓“闭关主义”")
    assert item.paragraphs[-1].endswith("没有拿来的，文艺不能自成为新文艺。")


def test_no_paragraph_is_cut_in_a_sentence(sample):
    for paragraph in body(read_issue(sample)):
        assert paragraph[-1] in "。！？”", paragraph
        assert "\n" not in paragraph and " " not in paragraph


def test_the_paragraph_across_the_page_break_is_whole(sample):
    with zipfile.ZipFile(sample) as source:
        first = source.read(PAGE_1).decode()
    # the last line of page 1 ends inside a sentence that page 2 finishes
    last = re.findall(r"<ofd:TextCode[^>]*>([^<]*)</ofd:TextCode>", first)[-1]
    assert last.endswith("但是，如果反对这宅子的旧主人，")
    spanning = [p for p in body(read_issue(sample)) if "如果反对这宅子的旧主人，怕给他的东西" in p]
    assert len(spanning) == 1
    assert spanning[0].startswith("譬如罢，我们之中的一个穷青年")
    assert spanning[0].endswith("“拿来主义”者是全不这样的。")


def test_the_text_is_in_reading_order(sample):
    text = "\n".join(body(read_issue(sample)))
    places = [text.find(sentence) for sentence in SENTENCES]
    assert -1 not in places, [s for s, at in zip(SENTENCES, places, strict=True) if at == -1]
    assert places == sorted(places)
    # a line that begins with the comma of the line before is joined without a gap
    assert "虽然有人说，掘起地下的煤来" in text


def test_the_title_and_date_come_from_docinfo(tmp_path):
    entry = part(ENTRY).replace(
        "<ofd:DocInfo>", "<ofd:DocInfo><ofd:Title>拿来主义（鲁迅杂文）</ofd:Title>"
    )
    extracted = read_ofd(ofd_with(tmp_path / "t.ofd", {ENTRY: entry}).read_bytes())
    assert extracted.title == "拿来主义（鲁迅杂文）"
    assert extracted.meta_date == "2021-06-02"
    assert extracted.format == "ofd"


def test_tags_without_the_prefix_read_the_same(tmp_path, sample):
    """Producers write the namespace as a default one, or none at all."""

    def default_namespace(xml: str) -> str:
        return re.sub(r"(</?)ofd:", r"\1", xml).replace("xmlns:ofd=", "xmlns=")

    def no_namespace(xml: str) -> str:
        return re.sub(r' xmlns:ofd="[^"]*"', "", re.sub(r"(</?)ofd:", r"\1", xml))

    expected = read_ofd(sample.read_bytes()).blocks
    with zipfile.ZipFile(sample) as source:
        names = [n for n in source.namelist() if n.endswith(".xml")]
    for rewrite in (default_namespace, no_namespace):
        path = ofd_with(tmp_path / f"{rewrite.__name__}.ofd", {n: rewrite(part(n)) for n in names})
        assert read_ofd(path.read_bytes()).blocks == expected


def test_page_numbers_are_dropped(tmp_path, sample):
    number = (
        '<ofd:TextObject ID="90" Boundary="100 280 10 5" Font="3" Size="3.0">'
        '<ofd:TextCode X="0" Y="3" DeltaX="3 3 3">- 1 -</ofd:TextCode></ofd:TextObject>'
    )
    page = part(PAGE_1).replace("</ofd:Layer>", number + "</ofd:Layer>")
    path = ofd_with(tmp_path / "numbered.ofd", {PAGE_1: page})
    paragraphs = body(read_issue(path))
    assert paragraphs == body(read_issue(sample))


def test_runs_in_any_order_and_in_pieces_make_the_same_lines(tmp_path, sample):
    """A line drawn as several TextCodes, placed by X, and the page's objects written backwards."""
    page = part(PAGE_1)
    objects = re.findall(r"<ofd:TextObject .*?</ofd:TextObject>", page)
    split = objects[2].replace(
        '<ofd:TextCode X="0" Y="5" DeltaX="5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5">'
        "中国一向是所谓“闭关主义”，自己不去，别人也不许来。自</ofd:TextCode>",
        '<ofd:TextCode X="0" Y="5" DeltaX="g 11 5">中国一向是所谓“闭关主义”</ofd:TextCode>'
        '<ofd:TextCode X="60" Y="5" DeltaX="g 14 5">，自己不去，别人也不许来。自</ofd:TextCode>',
    )
    assert split != objects[2]
    shuffled = page.replace(
        "".join(objects), "".join(reversed([*objects[:2], split, *objects[3:]]))
    )
    path = ofd_with(tmp_path / "shuffled.ofd", {PAGE_1: shuffled})
    assert read_ofd(path.read_bytes()).blocks == read_ofd(sample.read_bytes()).blocks


def test_no_entity_is_resolved(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("机密内容", encoding="utf-8")
    entry = (
        part(ENTRY)
        .replace(
            '<?xml version="1.0" encoding="UTF-8"?>',
            f'<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE x [<!ENTITY s SYSTEM "file://{secret}">]>',
        )
        .replace("<ofd:DocInfo>", "<ofd:DocInfo><ofd:Title>&s;</ofd:Title>")
    )
    extracted = read_ofd(ofd_with(tmp_path / "xxe.ofd", {ENTRY: entry}).read_bytes())
    assert "机密" not in (extracted.title or "")
    assert all("机密" not in block.text for block in extracted.blocks)


# bad files: one line, nothing stored


def refused(library, path: Path, code: str) -> None:
    [result] = library.import_paths([path])
    assert result.failed, result
    assert result.problem.code == code, result.problem
    assert "\n" not in message(result.problem, "zh") and "\n" not in message(result.problem)
    assert library.issues() == []


def test_truncated_bytes_are_damaged_to_the_reader():
    with pytest.raises(Unreadable) as raised:
        read_ofd(SAMPLE.read_bytes()[:3000])
    assert raised.value.code == "ofd.damaged"


def test_a_truncated_ofd_is_damaged(tmp_path, library):
    path = tmp_path / "truncated.ofd"
    path.write_bytes(SAMPLE.read_bytes()[:3000])
    refused(library, path, "ofd.damaged")


def test_an_ofd_damaged_inside_is_damaged(tmp_path, library):
    """The directory intact, a page's compressed bytes overwritten."""
    data = bytearray(SAMPLE.read_bytes())
    with zipfile.ZipFile(SAMPLE) as source:
        info = source.getinfo(PAGE_1)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    data[start + 100 : start + 600] = bytes(range(250)) * 2
    path = tmp_path / "damaged.ofd"
    path.write_bytes(bytes(data))
    refused(library, path, "ofd.damaged")
    [result] = library.import_paths([path])
    assert "OFD 文件已损坏" in message(result.problem, "zh")


def test_a_zip_that_is_not_ofd_is_refused(tmp_path, library):
    path = tmp_path / "other.ofd"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "你好")
    refused(library, path, "ofd.damaged")


def test_a_page_that_is_not_xml_is_damaged(tmp_path, library):
    path = ofd_with(tmp_path / "broken.ofd", {PAGE_1: "<ofd:Page><ofd:Content>拿来"})
    refused(library, path, "ofd.damaged")


def test_a_missing_page_is_damaged(tmp_path, library):
    refused(library, ofd_with(tmp_path / "missing.ofd", {PAGE_1: None}), "ofd.damaged")


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path, library):
    line = part(PAGE_1).split("<ofd:Layer", 1)[1].split(">", 1)[1].split("</ofd:Layer>")[0]
    opening = part(PAGE_1).split("</ofd:Layer>")[0][: -len(line)]
    chunks = [opening.encode(), *(c.encode() for c in repeated(line, 40)), b"</ofd:Layer>"]
    path = ofd_with(tmp_path / "bomb.ofd", {PAGE_1: chunks})
    assert path.stat().st_size < 2 * 1024 * 1024
    [result] = library.import_paths([path])
    assert result.failed, result
    assert result.problem.code in ("import.too_large_unpacked", "import.zip_bomb")
    assert library.issues() == []


def test_an_encrypted_ofd_is_refused(tmp_path, library):
    encryptions = (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:Encryptions xmlns:ofd="http://www.ofdspec.org/2016">'
        '<ofd:EncryptInfo ID="1" Relative="Doc_0"><ofd:DecyptSeedLoc>/Doc_0/seed.xml'
        "</ofd:DecyptSeedLoc></ofd:EncryptInfo></ofd:Encryptions>"
    )
    path = ofd_with(tmp_path / "encrypted.ofd", {"Encryptions.xml": encryptions})
    refused(library, path, "ofd.encrypted")


@pytest.mark.parametrize(
    "permissions",
    [
        "<ofd:Export>false</ofd:Export>",
        '<ofd:ValidPeriod StartDate="2000-01-01T00:00:00" EndDate="2001-01-01T00:00:00"/>',
    ],
)
def test_permissions_that_forbid_taking_the_text_are_refused(tmp_path, library, permissions):
    document = part(DOCUMENT).replace(
        "</ofd:Pages>", f"</ofd:Pages><ofd:Permissions>{permissions}</ofd:Permissions>"
    )
    path = ofd_with(tmp_path / "protected.ofd", {DOCUMENT: document})
    refused(library, path, "ofd.encrypted")


def test_permissions_that_allow_reading_are_read(tmp_path):
    document = part(DOCUMENT).replace(
        "</ofd:Pages>",
        "</ofd:Pages><ofd:Permissions><ofd:Edit>false</ofd:Edit><ofd:Print Printable="
        '"false"/><ofd:Export>true</ofd:Export></ofd:Permissions>',
    )
    path = ofd_with(tmp_path / "read-only.ofd", {DOCUMENT: document})
    assert read_ofd(path.read_bytes()).blocks == read_ofd(SAMPLE.read_bytes()).blocks


def test_too_many_pages_are_refused_before_they_are_read(tmp_path):
    pages = "".join(f'<ofd:Page ID="{n}" BaseLoc="Pages/Page_0/Content.xml"/>' for n in range(1001))
    document = re.sub(
        r"<ofd:Pages>.*</ofd:Pages>", f"<ofd:Pages>{pages}</ofd:Pages>", part(DOCUMENT)
    )
    path = ofd_with(tmp_path / "long.ofd", {DOCUMENT: document})
    with pytest.raises(Unreadable) as raised:
        read_ofd(path.read_bytes())
    assert raised.value.code == "import.too_many_pages"
