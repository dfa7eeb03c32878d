"""Reports keep their structure: the title line names the issue, numbered headings stay headings,
dates are read however the layout set their digits. Real reports from ../shared/corpus."""

from __future__ import annotations

import re

from desktop.core.ingest import read_issue
from tests.conftest import SHARED

REPORTS = SHARED / "corpus" / "reports"


def test_the_title_line_names_the_issue_not_the_file_name():
    assert read_issue(REPORTS / "gov-work-report-2016.txt").title == "2016政府工作报告"
    assert read_issue(REPORTS / "gov-work-report-1985.txt").title == "1985年政府工作报告"
    abstract = read_issue(SHARED / "samples" / "formats" / "gov-work-report-1964-abstract.txt")
    assert abstract.title == "1964年国务院政府工作报告（摘要）"


def test_a_bulletin_whose_first_line_is_an_article_keeps_its_file_name():
    issue = read_issue(SHARED / "samples" / "kaifaqu-bulletin-2020-07.txt")
    assert issue.title == "kaifaqu-bulletin-2020-07"


def test_numbered_sections_are_articles_even_when_indented_like_paragraphs():
    """`　　一、2015年工作回顾` is indented as every paragraph of the file is."""
    issue = read_issue(REPORTS / "gov-work-report-2016.txt")
    assert [item.headline for item in issue.items][1:] == [
        "一、2015年工作回顾",
        '二、"十三五"时期主要目标任务和重大举措',
        "三、2016年重点工作",
    ]
    assert issue.items[1].paragraphs[0].startswith("过去一年，我国发展面临多重困难和严峻挑战。")


def test_a_heading_is_not_glued_to_the_paragraph_after_it(tmp_path):
    """The same report with its layout lost: no indentation, no blank lines, lines cut at 38."""
    text = (REPORTS / "gov-work-report-2016.txt").read_text(encoding="utf-8")
    lines = []
    for paragraph in (p.strip(" \u3000") for p in text.splitlines()):
        lines += [paragraph[i : i + 38] for i in range(0, len(paragraph), 38)]
    squeezed = tmp_path / "report.txt"
    squeezed.write_text("\n".join(lines), encoding="utf-8")
    issue = read_issue(squeezed)
    headlines = [item.headline for item in issue.items]
    assert "一、2015年工作回顾" in headlines and "三、2016年重点工作" in headlines
    review = issue.items[headlines.index("一、2015年工作回顾")]
    assert review.paragraphs[0].startswith("过去一年，我国发展面临多重困难和严峻挑战。")


def test_a_numbered_point_without_a_full_stop_is_a_paragraph_of_its_own(tmp_path):
    """第一，保护和提高粮食综合生产能力 set as a heading line, in a layout that joins lines."""
    text = (REPORTS / "gov-work-report-2004.txt").read_text(encoding="utf-8")
    # the points as heading lines
    text = re.sub(r"(第[一二三四五六]，[^。\n]{4,20})。", "\\1\n", text)
    points = tmp_path / "report.txt"
    points.write_text(text.replace("\u3000\u3000", ""), encoding="utf-8")
    paragraphs = [p for item in read_issue(points).items for p in item.paragraphs]
    assert "第一，保护和提高粮食综合生产能力" in paragraphs
    following = paragraphs[paragraphs.index("第一，保护和提高粮食综合生产能力") + 1]
    assert following.startswith("实行最严格的耕地保护制度，")


def test_dates_with_spaced_or_full_width_digits_are_read(tmp_path):
    spaced = tmp_path / "report.txt"
    text = (REPORTS / "gov-work-report-2016.txt").read_text(encoding="utf-8")
    spaced.write_text(text.replace("——2016年3月5日", "——2 0 1 6 年3 月5 日"), encoding="utf-8")
    assert read_issue(spaced).date == "2016-03-05"
    full_width = SHARED / "samples" / "formats" / "gov-work-report-1964-abstract.txt"
    assert read_issue(full_width).date == "1964-12-21"
