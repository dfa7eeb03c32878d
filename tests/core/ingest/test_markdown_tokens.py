"""Markdown read from markdown-it's tokens gives the blocks the rendered page gives."""

from __future__ import annotations

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
