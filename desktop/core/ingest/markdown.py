"""Markdown (as the 新闻联播 transcripts are written: `###` stories, inline HTML <p>) to blocks.

Read from markdown-it's token stream: headings, paragraphs (their text, line breaks
and links) and rules become blocks here, and only the HTML the file holds itself
(`html_block`) goes to lxml, block by block. A file with anything else (lists,
quotes, code, images, HTML inside a paragraph) is rendered to HTML and read as a
page, as every Markdown file was before: the two give the same blocks (a test
holds them together on every transcript), the tokens at about half the cost.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from desktop.core.ingest.blocks import Block, Extracted, Unreadable
from desktop.core.ingest.decode import decode_bytes
from desktop.core.ingest.html import Collector, check_markup, element_blocks, parse_html

_MARKDOWN = MarkdownIt("commonmark", {"html": True})
# markdown-it normalises every link's address (mdurl's parse, punycode for the host, percent-
# encoding): 15% of reading a transcript, which links every story to its page (查看原文). An
# http(s) address on a lowercase ASCII host, of characters the encoding keeps as they are and
# without %, comes out of it unchanged (a test holds the two together), so it is kept as it is.
_PLAIN_LINK = re.compile(
    r"https?://[a-z0-9.\-]+(?::[0-9]{1,5})?(?:[/?#][A-Za-z0-9;/?:@&=+$,\-_.!~*'()#]*)?"
)
_NORMALISE_LINK = _MARKDOWN.normalizeLink


def normalise_link(url: str) -> str:
    """markdown-it's normalizeLink(url), without its work where it would change nothing."""
    return url if _PLAIN_LINK.fullmatch(url) else _NORMALISE_LINK(url)


_MARKDOWN.normalizeLink = normalise_link  # type: ignore[method-assign]
# the longest text libxml2 takes in one piece (XML_MAX_TEXT_LENGTH, bytes): a page with a longer
# one is refused as too complex (html.parse_html), and so is a Markdown file
MAX_TEXT = 10_000_000

_BLOCK_TOKENS = {"heading_open", "heading_close", "paragraph_open", "paragraph_close", "inline"}
_INLINE_TOKENS = {
    "text",
    "softbreak",
    "link_open",
    "link_close",
    "strong_open",
    "strong_close",
    "em_open",
    "em_close",
    "code_inline",
}
# an HTML block that opens an element it does not close runs on into what follows it on the page;
# read alone, it would not: such a file is read as a page
_OPENED = re.compile(r"<([A-Za-z][A-Za-z0-9]*)[\s/>]")
_CLOSED = re.compile(r"</([A-Za-z][A-Za-z0-9]*)\s*>")
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "area", "base", "col", "source"}


def read_markdown(data: bytes) -> Extracted:
    text = decode_bytes(data)
    tokens = _MARKDOWN.parse(text)
    if all(_readable(token) for token in tokens):
        check_markup(text)  # what the file holds as HTML is all in its text
        return Extracted(_blocks(tokens), "md")
    return read_as_page(text, tokens)


def read_as_page(text: str, tokens: list[Token] | None = None) -> Extracted:
    """The Markdown rendered to HTML and read as a page."""
    html = _MARKDOWN.renderer.render(
        tokens if tokens is not None else _MARKDOWN.parse(text), _MARKDOWN.options, {}
    )
    root = parse_html(f"<html><body>{html}</body></html>")
    body = root.find("body")
    return Extracted(element_blocks(body if body is not None else root), "md")


def _readable(token: Token) -> bool:
    if token.type == "hr":
        return True
    if token.type == "html_block":
        return _balanced(token.content)
    if token.type not in _BLOCK_TOKENS:
        return False
    return all(child.type in _INLINE_TOKENS for child in token.children or ())


def _balanced(html: str) -> bool:
    opened = [name.lower() for name in _OPENED.findall(html) if name.lower() not in _VOID]
    closed = [name.lower() for name in _CLOSED.findall(html)]
    return sorted(opened) == sorted(closed)


def _blocks(tokens: list[Token]) -> list[Block]:
    collector = Collector()
    # the file's own HTML, every block of it in one parse, each in a <section> of its own
    html = [token.content for token in tokens if token.type == "html_block"]
    sections = iter(
        parse_html(
            "<html><body>"
            + "".join(f"<section>{part}</section>" for part in html)
            + "</body></html>",
            checked=True,
        ).iterfind("body/section")
        if html
        else ()
    )
    for token in tokens:
        if token.type == "heading_open":
            collector.open_block(int(token.tag[1]))
        elif token.type == "paragraph_open":
            collector.open_block(0)
        elif token.type in ("heading_close", "paragraph_close"):
            collector.close_block()
        elif token.type == "hr":
            collector.rule()
        elif token.type == "html_block":
            section = next(sections)
            if section.text:
                collector.add_text(section.text)
            for element in section:
                collector.walk(element)
                if element.tail:
                    collector.add_text(element.tail)
        elif token.type == "inline":
            _inline(collector, token.children or [])
    collector.flush()
    return collector.blocks


def _inline(collector: Collector, children: list[Token]) -> None:
    link: list[str] | None = None  # the text inside the link being read
    href = ""
    for child in children:
        if len(child.content) * 3 > MAX_TEXT and len(child.content.encode()) > MAX_TEXT:
            raise Unreadable("import.too_complex")
        if child.type in ("text", "code_inline"):
            collector.add_text(child.content)
            if link is not None:
                link.append(child.content)
        elif child.type == "softbreak":
            collector.add_text("\n")
            if link is not None:
                link.append("\n")
        elif child.type == "link_open":
            link, href = [], str(child.attrGet("href") or "")
        elif child.type == "link_close" and link is not None:
            if href:
                collector.add_link("".join(link), href)
            link = None
