"""Study notes as a Word document laid out after GB/T 9704-2012, the layout Chinese offices use.

A4; margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a 156 x 225 mm
text block); a document grid of 22 lines of 28 characters; title 2号 (22 pt)
方正小标宋简体, body 3号 (16 pt) 仿宋_GB2312, 一、 headings in 黑体 and （一） in
楷体_GB2312; page numbers 4号 "— 1 —" at the outer edge (right on odd pages,
left on even). Every run names its East Asian font (w:eastAsia), not only its
Latin one, or Word shows the wrong face. `FONT_SETS` switches to the fonts a
machine has (仿宋, 楷体) when the GB2312 ones are missing.
"""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt, Twips

from desktop.core.notes.content import NotesContent, by_person, session_rows

FONT_SETS = {
    "gb": {
        "title": "方正小标宋简体",
        "body": "仿宋_GB2312",
        "heading": "黑体",
        "subheading": "楷体_GB2312",
        "page": "宋体",
    },
    "common": {
        "title": "宋体",
        "body": "仿宋",
        "heading": "黑体",
        "subheading": "楷体",
        "page": "宋体",
    },
}
LATIN = "Times New Roman"
BODY_PT = 16
TITLE_PT = 22
PAGE_NUMBER_PT = 14
LINE_PITCH_TWIPS = 579  # 225 mm / 22 lines
CHAR_PITCH_PT = 156 / 25.4 * 72 / 28  # 156 mm / 28 characters
NUMERALS = "一二三四五六七八九十"
_STYLE_FONTS = {"Title": "title", "Heading 1": "heading", "Heading 2": "subheading"}
CHARACTER_SPACING = -5  # twentieths of a point: 28 characters of 3号 in the 156 mm line


def set_character_spacing(element, twentieths: int) -> None:
    rpr = element.get_or_add_rPr()
    spacing = rpr.find(qn("w:spacing"))
    if spacing is None:
        spacing = OxmlElement("w:spacing")
        rpr.append(spacing)
    spacing.set(qn("w:val"), str(twentieths))


def set_fonts(element, east_asia: str, latin: str = LATIN) -> None:
    """Name the font in every slot of a run or style's rPr, w:eastAsia included."""
    rpr = element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    fonts.set(qn("w:ascii"), latin)
    fonts.set(qn("w:hAnsi"), latin)
    fonts.set(qn("w:eastAsia"), east_asia)
    fonts.set(qn("w:cs"), latin)
    fonts.set(qn("w:hint"), "eastAsia")


class NotesWriter:
    def __init__(self, fonts: str = "gb") -> None:
        if fonts not in FONT_SETS:
            raise ValueError(f"unknown font set {fonts}")
        self.fonts = FONT_SETS[fonts]
        self.document = Document()
        self._styles_by_name: dict = {}
        self._pending: list[_Para] = []
        self._page_setup()
        self._styles()

    # layout

    def _page_setup(self) -> None:
        section = self.document.sections[0]
        section.start_type = WD_SECTION.NEW_PAGE
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(37), Mm(35)
        section.left_margin, section.right_margin = Mm(28), Mm(26)
        section.header_distance, section.footer_distance = Mm(15), Mm(22)
        grid = section._sectPr.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            section._sectPr.append(grid)
        # 22 lines from the line grid. The 28 characters a line come from a character spacing of
        # -0.25 pt on the body styles, not from a character grid: LibreOffice puts a character wider
        # than its grid cell (16 pt in a 15.8 pt cell) into two cells, which doubles the spacing.
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), str(LINE_PITCH_TWIPS))
        grid.set(qn("w:charSpace"), str(round((CHAR_PITCH_PT - BODY_PT) * 4096)))
        self.document.settings.odd_and_even_pages_header_footer = True
        self._page_number(section.footer.paragraphs[0], WD_ALIGN_PARAGRAPH.RIGHT)
        self._page_number(section.even_page_footer.paragraphs[0], WD_ALIGN_PARAGRAPH.LEFT)

    def _page_number(self, paragraph, alignment) -> None:
        paragraph.alignment = alignment
        one_char = Pt(PAGE_NUMBER_PT)
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            paragraph.paragraph_format.right_indent = one_char  # 单页码居右空一字
        else:
            paragraph.paragraph_format.left_indent = one_char  # 双页码居左空一字
        self._page_run(paragraph, "— ")
        begin = self._page_run(paragraph, "")
        begin._r.append(_field_char("begin"))
        instruction = self._page_run(paragraph, "")
        text = OxmlElement("w:instrText")
        text.set(qn("xml:space"), "preserve")
        text.text = " PAGE "
        instruction._r.append(text)
        self._page_run(paragraph, "")._r.append(_field_char("separate"))
        self._page_run(paragraph, "1")
        self._page_run(paragraph, "")._r.append(_field_char("end"))
        self._page_run(paragraph, " —")

    def _page_run(self, paragraph, text: str):
        run = paragraph.add_run(text)
        run.font.size = Pt(PAGE_NUMBER_PT)
        set_fonts(run._r, self.fonts["page"])
        return run

    def _styles(self) -> None:
        styles = self.document.styles
        normal = styles["Normal"]
        normal.font.size = Pt(BODY_PT)
        set_fonts(normal.element, self.fonts["body"])
        set_character_spacing(normal.element, CHARACTER_SPACING)
        body = normal.paragraph_format
        body.line_spacing_rule = WD_LINE_SPACING.EXACTLY
        body.line_spacing = Twips(LINE_PITCH_TWIPS)
        body.space_before = body.space_after = Pt(0)
        body.first_line_indent = Pt(BODY_PT * 2)
        for name, font, size in (
            ("Title", self.fonts["title"], TITLE_PT),
            ("Heading 1", self.fonts["heading"], BODY_PT),
            ("Heading 2", self.fonts["subheading"], BODY_PT),
        ):
            style = styles[name]
            style.font.size = Pt(size)
            style.font.bold = False
            style.font.italic = False
            style.font.color.rgb = None
            set_fonts(style.element, font)
            if size == BODY_PT:
                set_character_spacing(style.element, CHARACTER_SPACING)
            fmt = style.paragraph_format
            fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
            fmt.line_spacing = Twips(
                LINE_PITCH_TWIPS if size == BODY_PT else LINE_PITCH_TWIPS * 3 // 2
            )
            fmt.space_before = fmt.space_after = Pt(0)
            fmt.first_line_indent = Pt(BODY_PT * 2) if size == BODY_PT else Pt(0)
            fmt.keep_with_next = True
        styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
        title_border = styles["Title"].element.pPr.find(qn("w:pBdr"))
        if title_border is not None:
            styles["Title"].element.pPr.remove(title_border)

    # text

    def paragraph(
        self, text: str = "", style: str | None = None, font: str | None = None, indent: bool = True
    ) -> _Para:
        """A paragraph of the notes, kept as plain values and written out as XML in one go (see _flush)."""
        paragraph = _Para(style, _STYLE_FONTS.get(style or "", "body"), indent)
        self._pending.append(paragraph)
        if text:
            self.run(paragraph, text, font)
        return paragraph

    def _style(self, name: str):
        if name not in self._styles_by_name:
            self._styles_by_name[name] = self.document.styles[name]
        return self._styles_by_name[name]

    def run(
        self,
        paragraph,
        text: str,
        font: str | None = None,
        marked: bool = False,
        bold: bool = False,
    ):
        text = xml_safe(text)
        if isinstance(paragraph, _Para):
            paragraph.runs.append((text, self.fonts[font or paragraph.font], marked, bold))
            return None
        run = paragraph.add_run(text)  # a table cell's paragraph, through python-docx
        set_fonts(run._r, self.fonts[font or "body"])
        if bold:
            run.font.bold = True
        return run

    def _flush(self) -> None:
        """Write the pending paragraphs into the body, before the section properties.

        python-docx builds every run through its element classes, which for a note of
        hundreds of sentences took longer than pandoc takes for the whole file; the same
        XML written as text and parsed once is a tenth of the time.
        """
        if not self._pending:
            return
        parts = [f'<w:body xmlns:w="{W_NS}">']
        for paragraph in self._pending:
            parts.append(
                paragraph.xml(self._style(paragraph.style).style_id if paragraph.style else None)
            )
        parts.append("</w:body>")
        body = self.document.element.body
        anchor = body.sectPr
        for element in list(parse_xml("".join(parts))):
            anchor.addprevious(element)
        self._pending = []

    def write(self, content: NotesContent):
        self.paragraph(content.title, style="Title", indent=False)
        if content.subtitle:
            line = self.paragraph(content.subtitle, indent=False, font="subheading")
            line.centred = True
        self.paragraph(indent=False)
        self._flush()
        self._session_table(content)
        sections = []
        if "directives" in content.include:
            sections.append(("主要精神摘录", self._directives))
        if "annotations" in content.include:
            sections.append(("批注与摘录", self._annotations))
        if "reflections" in content.include:
            sections.append(("心得体会", self._reflections))
        for number, (heading, part) in enumerate(sections):
            self.paragraph(f"{NUMERALS[number]}、{heading}", style="Heading 1")
            part(content)
        self._flush()
        return self.document

    def _session_table(self, content: NotesContent) -> None:
        rows = session_rows(content)
        table = self.document.add_table(rows=len(rows), cols=2)
        table.style = self.document.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for column, width in zip(table.columns, (Mm(40), Mm(116)), strict=True):
            column.width = width
        for row, (label, value) in enumerate(rows):
            for column, text in enumerate((label, value)):
                cell = table.cell(row, column)
                cell.width = Mm(40) if column == 0 else Mm(116)
                paragraph = cell.paragraphs[0]
                paragraph.paragraph_format.first_line_indent = Pt(0)
                paragraph.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                if column == 0:
                    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run = self.run(paragraph, text, "heading" if column == 0 else "body")
                run.font.size = Pt(14)
        self.paragraph(indent=False)

    def _directives(self, content: NotesContent) -> None:
        if not any(article.speakers for article in content.directives):
            self.paragraph("所学文章中没有识别出要求或表述。")
        number = 0
        for article in content.directives:
            if not article.speakers:
                continue
            self.paragraph(f"（{NUMERALS[number % 10]}）{article.article.name}", style="Heading 2")
            number += 1
            self.paragraph(f"来源：{article.article.source}", font="subheading")
            for group in article.speakers:
                who = group.speaker or "文中"
                if group.titles:
                    who = f"{'、'.join(group.titles)}{group.speaker}"
                lead = self.paragraph()
                self.run(lead, f"{who}：", "heading")
                for directive in group.directives:
                    self._marked_paragraph(directive.text, directive.start, article.highlights)

    def _marked_paragraph(
        self, text: str, offset: int, highlights: tuple[tuple[int, int], ...]
    ) -> None:
        """The directive, with the parts the member highlighted underlined and marked."""
        highlights = tuple(
            (start, end) for start, end in highlights if start < offset + len(text) and end > offset
        )  # only those that touch this sentence
        paragraph = self.paragraph()
        cuts = {0, len(text)}
        for start, end in highlights:
            for edge in (start - offset, end - offset):
                if 0 < edge < len(text):
                    cuts.add(edge)
        points = sorted(cuts)
        for left, right in zip(points, points[1:], strict=False):
            marked = any(
                start - offset <= left and right <= end - offset for start, end in highlights
            )
            self.run(paragraph, text[left:right], marked=marked)

    def _annotations(self, content: NotesContent) -> None:
        if not content.annotation_groups:
            self.paragraph("没有批注。")
        many = content.member is None
        for number, group in enumerate(content.annotation_groups):
            self.paragraph(f"（{NUMERALS[number % 10]}）{group.heading}", style="Heading 2")
            for annotation in group.annotations:
                quote = self.paragraph()
                if many:
                    self.run(quote, f"【{annotation.member}】", "subheading")
                if annotation.category:
                    self.run(quote, f"［{annotation.category}］", "subheading")
                self.run(quote, f"“{annotation.quote}”")
                if annotation.comment:
                    note = self.paragraph()
                    self.run(note, "批注：", "heading")
                    self.run(note, annotation.comment)
                if annotation.tags:
                    tags = self.paragraph()
                    self.run(tags, "标签：", "heading")
                    self.run(tags, "　".join(annotation.tags))
                if annotation.orphan:
                    where = (
                        f"原在《{annotation.item_title}》，"
                        if annotation.item_id is None and annotation.item_title
                        else ""
                    )
                    self.paragraph(f"（{where}原文已更正或删除）", font="subheading")
                elif annotation.to_confirm:
                    self.paragraph("（原文有改动，批注位置尚待本人确认）", font="subheading")

    def _reflections(self, content: NotesContent) -> None:
        if not content.reflections:
            self.paragraph("（尚未撰写）")
        if content.member:
            for number, entry in enumerate(content.reflections):
                self.paragraph(f"（{NUMERALS[number % 10]}）{entry.heading}", style="Heading 2")
                self._reflection_text(entry.text)
            return
        # the group record: each member's reflections together, under their name
        for number, (member, entries) in enumerate(by_person(content.reflections).items()):
            self.paragraph(f"（{NUMERALS[number % 10]}）{member}", style="Heading 2")
            for count, entry in enumerate(entries, 1):
                heading = self.paragraph()
                self.run(heading, f"{count}．{entry.heading}", "heading")
                self._reflection_text(entry.text)

    def _reflection_text(self, text: str) -> None:
        for line in text.splitlines():
            if line.strip():
                self.paragraph(line.strip())


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# what XML 1.0 cannot hold: control characters but tab, newline and carriage return, and non-characters
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def xml_safe(text: str) -> str:
    """Text a .docx can hold: a page break or vertical tab (from an old library, or pasted into
    a comment) becomes a space, other such characters go."""
    if not _NOT_XML.search(text):
        return text
    return _NOT_XML.sub("", text.replace("\f", " ").replace("\v", " "))


class _Para:
    """A paragraph to be written: its style, whether indented or centred, and its runs."""

    def __init__(self, style: str | None, font: str, indent: bool) -> None:
        self.style, self.font, self.indent, self.centred = style, font, indent, False
        self.runs: list[tuple[str, str, bool, bool]] = []

    def xml(self, style_id: str | None) -> str:
        properties = []
        if style_id:
            properties.append(f'<w:pStyle w:val="{style_id}"/>')
        if self.centred:
            properties.append('<w:jc w:val="center"/>')
        if not self.indent:
            properties.append('<w:ind w:firstLine="0"/>')
        runs = []
        for text, east_asia, marked, bold in self.runs:
            fonts = (
                f'<w:rFonts w:ascii="{LATIN}" w:hAnsi="{LATIN}" w:eastAsia="{escape(east_asia)}" w:cs="{LATIN}" '
                'w:hint="eastAsia"/>'
            )
            extra = ("<w:b/>" if bold else "") + (
                # underlined with 着重号 (emphasis dots): plain on a black-and-white printer, where
                # a coloured fill prints as a grey block over the words
                '<w:u w:val="single"/><w:em w:val="dot"/>' if marked else ""
            )
            runs.append(
                f'<w:r><w:rPr>{fonts}{extra}</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'
            )
        # pPr children in schema order: pStyle, ..., ind, jc
        ordered = sorted(properties, key=lambda p: ("pStyle" not in p, "jc" in p))
        return f"<w:p><w:pPr>{''.join(ordered)}</w:pPr>{''.join(runs)}</w:p>"


def _field_char(kind: str):
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element
