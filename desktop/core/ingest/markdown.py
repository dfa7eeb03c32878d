"""Markdown (as the 新闻联播 transcripts are written: `###` stories, inline HTML <p>) to blocks."""

from __future__ import annotations

from markdown_it import MarkdownIt

from desktop.core.ingest.blocks import Extracted
from desktop.core.ingest.decode import decode_bytes
from desktop.core.ingest.html import element_blocks, parse_html

_MARKDOWN = MarkdownIt("commonmark", {"html": True})


def read_markdown(data: bytes) -> Extracted:
    text = decode_bytes(data)
    root = parse_html(f"<html><body>{_MARKDOWN.render(text)}</body></html>")
    body = root.find("body")
    return Extracted(element_blocks(body if body is not None else root), "md")
