"""Markdown read from markdown-it's tokens gives the blocks the rendered page gives."""

from __future__ import annotations

import random
import re
import string

from markdown_it.common.normalize_url import normalizeLink

from desktop.core.ingest import markdown
from desktop.core.ingest.decode import decode_bytes


def _both(data: bytes):
    return markdown.read_markdown(data).blocks, markdown.read_as_page(decode_bytes(data)).blocks


def test_every_transcript_reads_the_same_from_tokens_as_from_its_page(shared):
    paths = sorted(shared.rglob("xinwenlianbo/*.md"))
    assert len(paths) >= 6
    links = 0
    for path in sorted(shared.rglob("*.md")):  # the transcripts, and the SOURCES tables
        tokens, page = _both(path.read_bytes())
        assert tokens == page, path.name
    for path in paths:
        tokens = markdown.read_markdown(path.read_bytes()).blocks
        assert len(tokens) > 20, path.name
        links += sum(bool(block.link) for block in tokens)
    assert links >= 20  # 查看原文 links are kept as links


def test_what_the_tokens_do_not_cover_is_read_as_a_page():
    text = (
        "# 学习简报\n\n要点：\n\n- 坚持人民至上\n- 压紧压实责任\n\n> 引文 **加粗**\n\n"
        '<div class="story">\n\n正文一段\n\n</div>\n\n<p>段落<br>换行</p>\n\n第二段文字\n第二行\n'
    )
    data = text.encode("utf-8")
    tokens, page = _both(data)
    assert tokens == page
    texts = [block.text for block in tokens]
    assert "坚持人民至上" in texts and "段落" in texts and "换行" in texts
    assert "第二段文字 第二行" in texts


def test_a_file_of_headings_paragraphs_and_html_is_read_from_tokens(monkeypatch):
    text = "# 标题\n\n### 新闻一\n\n<p>第一段。<br></p><p>第二段。</p>\n\n[查看原文](https://example.org/a)\n\n---\n"
    rendered = []
    monkeypatch.setattr(markdown, "read_as_page", lambda *args: rendered.append(args) or None)
    blocks = markdown.read_markdown(text.encode("utf-8")).blocks
    assert not rendered
    assert [(b.text, b.level, b.link, b.rule) for b in blocks] == [
        ("标题", 1, None, False),
        ("新闻一", 3, None, False),
        ("第一段。", 0, None, False),
        ("第二段。", 0, None, False),
        ("查看原文", 0, "https://example.org/a", False),
        ("", 0, None, True),
    ]


def _addresses(rng: random.Random, count: int) -> list[str]:
    """http(s) addresses of every shape the fast path might take: half of them of the characters
    it takes (a lowercase host of letters, digits, dots and dashes; a port; a path, query and
    fragment), half of anything: other schemes, upper case, every printable ASCII character, a
    few non-ASCII ones and % escapes."""
    taken = (["http://", "https://"], string.ascii_lowercase + string.digits + ".-")
    taken_rest = string.ascii_letters + string.digits + ";/?:@&=+$,-_.!~*'()#"
    anything = (
        ["http://", "https://", "HTTP://", "ftp://", "//"],
        string.printable.strip() + "中文é",
    )
    found = []
    for number in range(count):
        (schemes, host), rest = (taken, taken_rest) if number % 2 else (anything, anything[1] + "%")
        address = rng.choice(schemes)
        address += "".join(rng.choice(host) for _ in range(rng.randint(1, 12)))
        if rng.random() < 0.2:
            address += ":" + str(rng.randint(0, 999999))
        if rng.random() < 0.9:
            address += rng.choice("/?#@") + "".join(
                rng.choice(rest) for _ in range(rng.randint(0, 30))
            )
        found.append(address)
    return found


def test_a_link_kept_as_it_is_is_the_link_markdown_it_would_have_made(shared):
    """The addresses `normalise_link` keeps without markdown-it's normalisation are exactly those
    it would have left unchanged, for every transcript's links and 100,000 made-up ones."""
    rng = random.Random(20261207)
    addresses = _addresses(rng, 100_000)
    for path in sorted(shared.rglob("xinwenlianbo/*.md")):
        addresses += re.findall(r"\]\(([^)\s]+)\)", path.read_text(encoding="utf-8"))
    kept = 0
    for address in addresses:
        assert markdown.normalise_link(address) == normalizeLink(address), address
        kept += markdown._PLAIN_LINK.fullmatch(address) is not None
    assert kept > 20_000  # the fast path is taken: by every transcript link, and many made up
    assert markdown._PLAIN_LINK.fullmatch("https://tv.cctv.com/2024/01/26/VIDE1.shtml")
    assert not markdown._PLAIN_LINK.fullmatch("https://例子.中国/页")  # punycode: normalised
    assert not markdown._PLAIN_LINK.fullmatch("https://a.cn/%E4")  # an escape: normalised
