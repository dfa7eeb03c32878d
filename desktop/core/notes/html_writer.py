"""Study notes as HTML, laid out as the Word file is: what the window prints, previews and saves as PDF.

The same parts in the same order as `docx_writer.NotesWriter` (title, subtitle, the
session table, 一、主要精神摘录 by article and speaker, 二、批注与摘录 with comments
and tags, 三、心得体会) with the same faces, sizes and measures, read from its
constants: body 3号 (16 pt) with a fixed line pitch of 28.95 pt and a two-character
first-line indent, the title 2号 (22 pt) on one and a half lines, the table in 14 pt.

Every text from the library goes through `html.escape`: a comment reading `<b>x</b>`
prints as those seven characters, and nothing an imported file holds becomes markup.
What the member highlighted is underlined and bold, not shaded: a coloured fill prints
as a grey block on a black-and-white printer.

Lengths are CSS pixels (1 pt = 4/3 px), the only length unit Qt's rich text reads;
font sizes are in pt. Each face is the one the Word file names, then faces of the same
kind a machine may have instead (Windows, macOS, the Noto CJK faces on Linux).
"""

from __future__ import annotations

from html import escape

from desktop.core.notes.content import NotesContent, by_person, session_rows
from desktop.core.notes.docx_writer import (
    BODY_PT,
    CHARACTER_SPACING,
    FONT_SETS,
    LINE_PITCH_TWIPS,
    NUMERALS,
    TITLE_PT,
    xml_safe,
)

PX = 4 / 3  # CSS pixels in a point
LINE_PITCH_PT = LINE_PITCH_TWIPS / 20  # 28.95 pt: 22 lines in the 225 mm text block
TABLE_PT = 14
# kept on the page of the paragraph after them, as the Word styles (Qt reads it as the block's
# user state; a browser reads page-break-after: avoid)
KEEP_WITH_NEXT = 1
# the page as docx_writer's _page_setup sets it (a test holds the two together)
PAGE_MM = (210, 297)
MARGINS_MM = {"top": 37, "bottom": 35, "left": 28, "right": 26}
FOOTER_MM = 22  # from the foot of the page to the foot of the page number's line
CELL_PADDING_PT = 5.4  # Word's default cell margin, 0.19 cm left and right
TABLE_MM = (40, 116)
SERIF = ("Noto Serif CJK SC", "Source Han Serif SC", "serif")
SAME_KIND = {
    "title": ("宋体", "SimSun", "Songti SC", *SERIF),
    "body": ("仿宋", "FangSong", "STFangsong", *SERIF),
    "heading": (
        "黑体",
        "SimHei",
        "STHeiti",
        "Noto Sans CJK SC",
        "Source Han Sans SC",
        "sans-serif",
    ),
    "subheading": ("楷体", "KaiTi", "STKaiti", *SERIF),
    "page": ("宋体", "SimSun", "Songti SC", *SERIF),
}


def faces(role: str, fonts: str = "gb") -> tuple[str, ...]:
    """The faces for a role (body, title, heading, subheading, page), the Word file's first."""
    named = FONT_SETS[fonts][role]
    return (named, *(face for face in SAME_KIND[role] if face != named))


def _family(role: str, fonts: str) -> str:
    return ", ".join(
        face if face in ("serif", "sans-serif") else f"'{face}'" for face in faces(role, fonts)
    )


def _px(points: float) -> str:
    return f"{points * PX:.3f}px"


def style_sheet(fonts: str = "gb") -> str:
    line = f"line-height: {_px(LINE_PITCH_PT)}; -qt-line-height-type: fixed;"
    spacing = f"letter-spacing: {_px(CHARACTER_SPACING / 20)};"
    kept = "white-space: pre-wrap;"  # as Word keeps them: 地　　点 keeps its 全角 spaces
    return f"""
body {{ font-family: {_family("body", fonts)}; font-size: {BODY_PT}pt; color: black; }}
p {{ margin: 0; {line} {spacing} text-indent: {_px(2 * BODY_PT)}; {kept} }}
p.title {{ font-family: {_family("title", fonts)}; font-size: {TITLE_PT}pt; text-align: center;
  text-indent: 0; line-height: {_px(LINE_PITCH_PT * 3 / 2)}; }}
p.title, p.heading, p.subheading {{ page-break-after: avoid; -qt-user-state: {KEEP_WITH_NEXT}; }}
.heading, .hei {{ font-family: {_family("heading", fonts)}; }}
.subheading, .kai {{ font-family: {_family("subheading", fonts)}; }}
.flush {{ text-indent: 0; }}
.centred {{ text-indent: 0; text-align: center; font-family: {_family("subheading", fonts)}; }}
.marked {{ text-decoration: underline; font-weight: bold; }}
table {{ border-collapse: collapse; border: 1px solid black; }}
td {{ border: 1px solid black; padding: 0 {_px(CELL_PADDING_PT)}; font-size: {TABLE_PT}pt;
  {spacing} {line} {kept} vertical-align: top; }}
td.label {{ font-family: {_family("heading", fonts)}; text-align: center; }}
"""


def text(value: str) -> str:
    """Text from the library as HTML text: escaped, without what a document cannot hold, and a
    line break within a paragraph a space (as in the Word file)."""
    flat = xml_safe(value).replace("\r\n", " ").replace("\n", " ").replace("\r", " ")
    return escape(flat, quote=True)


class HtmlNotesWriter:
    """`HtmlNotesWriter(fonts).write(content)` -> the notes as one HTML document (a string)."""

    def __init__(self, fonts: str = "gb") -> None:
        if fonts not in FONT_SETS:
            raise ValueError(f"unknown font set {fonts}")
        self.fonts = fonts
        self.parts: list[str] = []

    def paragraph(self, *runs: str, css: str | None = None) -> None:
        """A paragraph of runs already made HTML (see `run`). Headings are paragraphs too: Qt
        sizes an <h1>-<h3> relative to the default font, whatever size the style sheet says."""
        attribute = f' class="{css}"' if css else ""
        self.parts.append(f"<p{attribute}>{''.join(runs) or '&nbsp;'}</p>")

    @staticmethod
    def run(value: str, css: str | None = None) -> str:
        return f'<span class="{css}">{text(value)}</span>' if css else text(value)

    def write(self, content: NotesContent) -> str:
        self.parts = []
        self.paragraph(self.run(content.title), css="title")
        if content.subtitle:
            self.paragraph(self.run(content.subtitle), css="centred")
        self.paragraph(css="flush")
        self._session_table(content)
        sections = []
        if "directives" in content.include:
            sections.append(("主要精神摘录", self._directives))
        if "annotations" in content.include:
            sections.append(("批注与摘录", self._annotations))
        if "reflections" in content.include:
            sections.append(("心得体会", self._reflections))
        for number, (heading, part) in enumerate(sections):
            self.paragraph(self.run(f"{NUMERALS[number]}、{heading}"), css="heading")
            part(content)
        body = "\n".join(self.parts)
        return (
            f'<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8">'
            f"<title>{text(content.title)}</title><style>{style_sheet(self.fonts)}</style>"
            f"</head><body>\n{body}\n</body></html>\n"
        )

    def _session_table(self, content: NotesContent) -> None:
        rows = session_rows(content)
        label = f"{100 * TABLE_MM[0] / sum(TABLE_MM):.2f}%"  # the table fills the text block
        value = f"{100 * TABLE_MM[1] / sum(TABLE_MM):.2f}%"
        cells = "".join(
            f'<tr><td class="label" width="{label}">{text(name)}</td>'
            f'<td width="{value}">{text(data)}</td></tr>'
            for name, data in rows
        )
        self.parts.append(
            f'<table align="center" cellspacing="0" cellpadding="0" width="100%">{cells}</table>'
        )
        self.paragraph(css="flush")

    def _directives(self, content: NotesContent) -> None:
        if not any(article.speakers for article in content.directives):
            self.paragraph(self.run("所学文章中没有识别出要求或表述。"))
        number = 0
        for article in content.directives:
            if not article.speakers:
                continue
            self.paragraph(
                self.run(f"（{NUMERALS[number % 10]}）{article.article.name}"), css="subheading"
            )
            number += 1
            self.paragraph(self.run(f"来源：{article.article.source}", "kai"))
            for group in article.speakers:
                who = group.speaker or "文中"
                if group.titles:
                    who = f"{'、'.join(group.titles)}{group.speaker}"
                self.paragraph(self.run(f"{who}：", "hei"))
                for directive in group.directives:
                    self.paragraph(
                        *(
                            self.run(piece, "marked" if marked else None)
                            for piece, marked in marked_pieces(
                                directive.text, directive.start, article.highlights
                            )
                        )
                    )

    def _annotations(self, content: NotesContent) -> None:
        if not content.annotation_groups:
            self.paragraph(self.run("没有批注。"))
        many = content.member is None
        for number, group in enumerate(content.annotation_groups):
            self.paragraph(
                self.run(f"（{NUMERALS[number % 10]}）{group.heading}"), css="subheading"
            )
            for annotation in group.annotations:
                quote = []
                if many:
                    quote.append(self.run(f"【{annotation.member}】", "kai"))
                if annotation.category:
                    quote.append(self.run(f"［{annotation.category}］", "kai"))
                quote.append(self.run(f"“{annotation.quote}”"))
                self.paragraph(*quote)
                if annotation.comment:
                    self.paragraph(self.run("批注：", "hei"), self.run(annotation.comment))
                if annotation.tags:
                    self.paragraph(self.run("标签：", "hei"), self.run("　".join(annotation.tags)))
                if annotation.orphan:
                    where = (
                        f"原在《{annotation.item_title}》，"
                        if annotation.item_id is None and annotation.item_title
                        else ""
                    )
                    self.paragraph(self.run(f"（{where}原文已更正或删除）", "kai"))
                elif annotation.to_confirm:
                    self.paragraph(self.run("（原文有改动，批注位置尚待本人确认）", "kai"))

    def _reflections(self, content: NotesContent) -> None:
        if not content.reflections:
            self.paragraph(self.run("（尚未撰写）"))
        if content.member:
            for number, entry in enumerate(content.reflections):
                self.paragraph(
                    self.run(f"（{NUMERALS[number % 10]}）{entry.heading}"), css="subheading"
                )
                self._reflection_text(entry.text)
            return
        # the group record: each member's reflections together, under their name
        for number, (member, entries) in enumerate(by_person(content.reflections).items()):
            self.paragraph(self.run(f"（{NUMERALS[number % 10]}）{member}"), css="subheading")
            for count, entry in enumerate(entries, 1):
                self.paragraph(self.run(f"{count}．{entry.heading}", "hei"))
                self._reflection_text(entry.text)

    def _reflection_text(self, value: str) -> None:
        for line in value.splitlines():
            if line.strip():
                self.paragraph(self.run(line.strip()))


def marked_pieces(
    sentence: str, offset: int, highlights: tuple[tuple[int, int], ...]
) -> list[tuple[str, bool]]:
    """The sentence (at `offset` in its item's body) cut where highlights begin and end:
    (piece, whether the member highlighted it), as the Word file marks it."""
    touching = [(s - offset, e - offset) for s, e in highlights if s < offset + len(sentence)]
    touching = [(s, e) for s, e in touching if e > 0]
    cuts = {0, len(sentence)} | {
        edge for s, e in touching for edge in (s, e) if 0 < edge < len(sentence)
    }
    points = sorted(cuts)
    return [
        (sentence[left:right], any(s <= left and right <= e for s, e in touching))
        for left, right in zip(points, points[1:], strict=False)
    ]


def notes_html(content: NotesContent, fonts: str = "gb") -> str:
    return HtmlNotesWriter(fonts).write(content)
