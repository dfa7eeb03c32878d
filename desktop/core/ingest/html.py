"""HTML (and the HTML that markdown renders to) to blocks.

`page_to_extracted` finds the article on a web page: the element whose own
paragraphs hold the most Chinese text, without the site's navigation and
footer, and the headline nearest above it.
"""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from desktop.core.ingest.blocks import Block, Extracted, Unreadable
from desktop.core.ingest.decode import decode_bytes
from desktop.core.ingest.limits import active
from desktop.core.ingest.meta import clean_title, date_from_text

_SKIP = {
    "script",
    "style",
    "noscript",
    "head",
    "nav",
    "iframe",
    "form",
    "select",
    "button",
    "svg",
    "template",
    "object",
}
_BLOCK = {
    "p",
    "div",
    "li",
    "ul",
    "ol",
    "blockquote",
    "pre",
    "section",
    "article",
    "td",
    "th",
    "tr",
    "table",
    "dd",
    "dt",
    "dl",
    "figcaption",
    "figure",
    "header",
    "footer",
    "center",
    "main",
    "aside",
    "address",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "body",
    "html",
}
_HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SOURCE_LINKS = re.compile(r"^(查看原文|阅读原文|原文链接|原文|source|original)$", re.IGNORECASE)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>")
_HAN = re.compile("[\u3400-\u9fff\U00020000-\U0003134f]")
_BOILERPLATE = re.compile(
    r"nav|menu|footer|foot|header|sidebar|copyright|breadcrumb|share|comment", re.I
)


class Collector:
    """Walks a tree in document order, cutting text into blocks at block elements and <br>.
    The Markdown reader gives it headings, paragraphs and links from its tokens directly."""

    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self._parts: list[str] = []
        self._links: list[tuple[str, str]] = []
        self._level = 0
        self._levels: list[int] = []

    def flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            link = None
            if len(self._links) == 1 and self._links[0][0] == text and _SOURCE_LINKS.match(text):
                link = self._links[0][1]
            self.blocks.append(Block(text, whole=True, level=self._level, link=link))
        self._parts, self._links = [], []

    def open_block(self, level: int) -> None:
        """A block element begins (a heading of `level` 1-6, else 0)."""
        self.flush()
        self._levels.append(self._level)
        self._level = level

    def close_block(self) -> None:
        self.flush()
        self._level = self._levels.pop()

    def rule(self) -> None:
        self.flush()
        self.blocks.append(Block("", whole=True, rule=True))

    def add_text(self, text: str) -> None:
        self._parts.append(text)

    def add_link(self, text: str, href: str) -> None:
        """A link with this text (its text is added apart, as it is read)."""
        self._links.append((" ".join(text.split()), href))

    def walk(self, element: etree._Element) -> None:
        tag = element.tag if isinstance(element.tag, str) else ""
        tag = tag.lower()
        if tag in _SKIP or not tag:
            return
        if tag == "br":
            self.flush()
            return
        if tag == "hr":
            self.rule()
            return
        is_block = tag in _BLOCK
        if is_block:
            self.open_block(_HEADING.get(tag, 0))
        if element.text:
            self._parts.append(element.text)
        href = element.get("href")
        if tag == "a" and href:
            self.add_link(_text(element), href)
        for child in element:
            self.walk(child)
            if child.tail:
                self._parts.append(child.tail)
        if is_block:
            self.close_block()


def _text(element: etree._Element) -> str:
    """The text of an element and everything inside it (lxml.html's text_content, for any element)."""
    return str(element.xpath("string()"))


def element_blocks(element: etree._Element) -> list[Block]:
    collector = Collector()
    collector.walk(element)
    collector.flush()
    return collector.blocks


def parse_html(text: str, checked: bool = False) -> etree._Element:
    """The tree of a page. libxml2 keeps within its limits (256 deep, 10 MB in one text) by
    quietly dropping the rest, which read as "no text": here that is refused as too complex.
    `checked`: the text is part of one `check_markup` has passed already."""
    text = _XML_DECL.sub("", text) or "<html></html>"
    if not checked:
        check_markup(text)
    parser = lxml.html.HTMLParser()
    root = lxml.html.document_fromstring(text, parser=parser)
    errors = {error.type for error in parser.error_log}
    if etree.ErrorTypes.ERR_NO_MEMORY in errors:
        raise MemoryError
    if etree.ErrorTypes.ERR_RESOURCE_LIMIT in errors:
        raise Unreadable("import.too_complex")
    return root


# a start tag, attribute by attribute as HTML reads them (a quoted value may hold > and <). The
# repetition is possessive (*+): it never backtracks, and keeps no state per attribute (greedy,
# it kept 120 MB for 200,000). Inside a <script> it finds tags that are not there: that can only
# count too many attributes, never too few.
_START_TAG = re.compile(
    r"""<[A-Za-z][^\s/>]*(?:[\s/]*(?:[^\s/>=][^\s/>=]*|=[^\s/>=]*)"""
    r"""(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?)*+"""
)
_ATTRIBUTE = re.compile(
    r"""[\s/]*(?:[^\s/>=][^\s/>=]*|=[^\s/>=]*)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]*))?"""
)


def check_markup(text: str) -> None:
    """Refuse what libxml2's HTML parser takes quadratic time over: thousands of attributes on
    one element (it compares each new one with all before: 200,000 took 49 s), and a million tags."""
    limits = active()
    if text.count("<") > limits.tags:
        raise Unreadable("import.too_complex")
    for tag in _START_TAG.finditer(text):
        # an attribute takes at least one character: only a tag longer than the limit is counted
        if tag.end() - tag.start() > limits.attributes:
            attributes = len(_ATTRIBUTE.findall(text, tag.start() + 1, tag.end())) - 1
            if attributes > limits.attributes:
                raise Unreadable("import.too_complex")


def declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _han_count(text: str | None) -> int:
    return len(_HAN.findall(text or ""))


def _is_boilerplate(element: etree._Element) -> bool:
    for node in element.iterancestors():
        if node.tag in ("body", "html"):
            break  # <body class="has-header"> says nothing about its paragraphs
        if node.tag in ("footer", "nav", "header", "aside"):
            return True
        marker = f"{node.get('class', '')} {node.get('id', '')}"
        if _BOILERPLATE.search(marker):
            return True
    return False


def _main_container(body: etree._Element) -> etree._Element:
    """The element whose own paragraphs carry the most Chinese text."""
    scores: dict[etree._Element, int] = {}
    for paragraph in body.iter("p"):
        parent = paragraph.getparent()
        if parent is None or _is_boilerplate(paragraph):
            continue
        scores[parent] = scores.get(parent, 0) + _han_count(_text(paragraph))
    if not scores:
        return body
    best = max(scores, key=lambda element: scores[element])
    return best if scores[best] >= 20 else body


def _headline_before(root: etree._Element, container: etree._Element) -> str | None:
    """The article's headline: a heading inside it, else the nearest heading or short plain text above it.

    A heading that is only a link or a logo (the site's name) is not a headline.
    """
    for heading in container.iter("h1", "h2", "h3"):
        text = _heading_text(heading)
        if text:
            return text
    heading_candidate = plain_candidate = None
    for element in root.iter():
        if element is container:
            break
        if not isinstance(element.tag, str) or element.tag in _SKIP or element.tag == "a":
            continue
        if element.tag in ("h1", "h2", "h3"):
            heading_candidate = _heading_text(element) or heading_candidate
            continue
        parts = element.xpath("text()")  # its own text, not its children's
        own = " ".join("".join(map(str, parts)).split()) if isinstance(parts, list) else ""
        if not (4 <= len(own) <= 80) or _han_count(own) < 4 or date_from_text(own):
            continue
        if element.xpath(".//a") or _is_boilerplate(element):
            continue
        plain_candidate = own
    return plain_candidate or heading_candidate


def _heading_text(heading: etree._Element) -> str | None:
    if _is_boilerplate(heading) or heading.xpath(".//img"):
        return None
    text = " ".join(_text(heading).split())
    links = " ".join(" ".join(_text(a).split()) for a in heading.iter("a"))
    if not (4 <= len(text) <= 80) or (links and links == text):
        return None
    return text


def page_to_extracted(data: bytes) -> Extracted:
    text = decode_bytes(data, declared_charset(data))
    root = parse_html(text)
    body = root.find("body")
    if body is None:
        body = root
    container = _main_container(body)
    blocks = element_blocks(container)
    headline = _headline_before(root, container)
    title_element = root.find(".//title")
    page_title = clean_title(_text(title_element) if title_element is not None else None)
    if page_title:
        page_title = (
            max(re.split(r"\s[-_|]\s|_|\|", page_title), key=_han_count).strip() or page_title
        )
    headline = headline or page_title
    if headline and not any(block.level for block in blocks):
        blocks.insert(0, Block(headline, whole=True, level=1))
    header = " ".join(_text(body).split())[:3000]
    return Extracted(blocks, "html", title=headline, header_text=header)
