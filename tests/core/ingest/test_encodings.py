"""Text in any Chinese encoding is detected from its bytes, not from the extension."""

from __future__ import annotations

import codecs
import unicodedata

import pytest

from desktop.core.ingest import read_issue
from desktop.core.ingest.decode import decode_bytes


@pytest.fixture(scope="module")
def sample_text(request):
    from tests.conftest import SAMPLES

    return (SAMPLES / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")


def _items(issue):
    return [(i.kind, i.headline, i.subhead, i.paragraphs) for i in issue.items]


@pytest.mark.parametrize(
    "encode",
    [
        pytest.param(lambda t: t.encode("utf-8"), id="utf-8"),
        pytest.param(lambda t: codecs.BOM_UTF8 + t.encode("utf-8"), id="utf-8-bom"),
        pytest.param(lambda t: t.encode("gb18030"), id="gb18030"),
        pytest.param(lambda t: t.encode("gbk"), id="gbk"),
        pytest.param(lambda t: t.encode("utf-16"), id="utf-16-bom"),
        pytest.param(lambda t: codecs.BOM_UTF16_BE + t.encode("utf-16-be"), id="utf-16-be-bom"),
        pytest.param(lambda t: t.replace("\n", "\r\n").encode("gb18030"), id="gb18030-crlf"),
    ],
)
def test_every_encoding_gives_the_same_items(tmp_path, sample_text, encode):
    reference = tmp_path / "ref" / "bulletin.txt"
    reference.parent.mkdir()
    reference.write_text(sample_text, encoding="utf-8")
    variant = tmp_path / "bulletin.txt"
    variant.write_bytes(encode(sample_text))
    assert _items(read_issue(variant)) == _items(read_issue(reference))


def test_gbk_is_read_even_with_an_html_extension_lie(tmp_path, sample_text):
    """The extension says nothing about encoding: a GBK .md is still read right."""
    path = tmp_path / "bulletin.md"
    path.write_bytes(
        "### 坚决打赢安全生产专项整治攻坚战\n\n李淑侠强调,要坚决抓好督导反馈整改落实。\n".encode(
            "gbk"
        )
    )
    issue = read_issue(path)
    assert issue.items[0].headline == "坚决打赢安全生产专项整治攻坚战"
    assert issue.items[0].paragraphs == ("李淑侠强调,要坚决抓好督导反馈整改落实。",)


def test_full_width_indents_and_crlf_are_removed(tmp_path):
    text = "标题在这里\r\n\r\n\u3000\u3000第一段要求要落实。\r\n\u3000\u3000第二段也要抓好整改\r\n落实到位。\r\n"
    path = tmp_path / "indented.txt"
    path.write_bytes(text.encode("gb18030"))
    item = read_issue(path).items[0]
    assert item.headline == "标题在这里"
    assert item.paragraphs == ("第一段要求要落实。", "第二段也要抓好整改落实到位。")


def test_text_is_nfc_normalised():
    decomposed = "Cafe\u0301 安全"
    assert decode_bytes(decomposed.encode("utf-8")) == "Café 安全"


@pytest.mark.parametrize(
    "bom, codec, damage",
    [
        pytest.param(codecs.BOM_UTF8, "utf-8", b"\xff", id="utf-8"),
        pytest.param(codecs.BOM_UTF16_LE, "utf-16-le", b"\x00\xdc", id="utf-16-lone-surrogate"),
    ],
)
def test_a_damaged_spot_after_a_bom_is_shown_not_a_failure(sample_text, bom, codec, damage):
    """A file whose BOM names its encoding and that has one damaged spot is read as that
    encoding, the spot shown as U+FFFD (the fuzz campaign found it failing as an internal error)."""
    good = sample_text.encode(codec)
    cut = good.index("。".encode(codec)) + len("。".encode(codec))  # between two characters
    text = decode_bytes(bom + good[:cut] + damage + good[cut:])
    assert text.count("\ufffd") == 1
    assert text.replace("\ufffd", "") == unicodedata.normalize("NFC", sample_text)
