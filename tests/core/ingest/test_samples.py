"""Import of every sample format, held to the gold file and to each other."""

from __future__ import annotations

import json

import docx

from desktop.core.ingest import read_issue
from tests.conftest import GOLD


def test_bulletin_matches_gold_items_exactly(samples):
    gold = json.loads((GOLD / "kaifaqu-bulletin-2020-07.json").read_text(encoding="utf-8"))
    issue = read_issue(samples / "kaifaqu-bulletin-2020-07.txt")
    got = [
        {
            "kind": item.kind,
            "headline": item.headline,
            "subhead": item.subhead,
            "paragraphs": list(item.paragraphs),
        }
        for item in issue.items
    ]
    want = [
        {
            "kind": item["kind"],
            "headline": item.get("headline"),
            "subhead": item.get("subhead"),
            "paragraphs": item["paragraphs"],
        }
        for item in gold["items"]
    ]
    assert got == want
    assert issue.date == "2020-07"


def test_pdf_gives_exactly_the_paragraphs_of_the_docx(samples):
    pdf = read_issue(samples / "formats" / "xinwenlianbo-20190927.pdf")
    word = read_issue(samples / "formats" / "xinwenlianbo-20190927.docx")
    expected = [
        p.text.strip(" \u3000")
        for p in docx.Document(str(samples / "formats" / "xinwenlianbo-20190927.docx")).paragraphs
        if p.text.strip(" \u3000")
    ]
    assert len(pdf.items) == 1 and len(word.items) == 1
    assert list(pdf.items[0].paragraphs) == expected
    assert list(word.items[0].paragraphs) == expected
    assert pdf.date == word.date == "2019-09-27"
    assert pdf.title == "xinwenlianbo-20190927"  # not the PDF's "Microsoft Word - word.doc"


def _story_headings(path):
    return [
        line[4:].strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.startswith("### ")
    ]


def test_markdown_gives_one_item_per_story(samples):
    for name, date in [("20240126.md", "2024-01-26"), ("20241016.md", "2024-10-16")]:
        path = samples / "xinwenlianbo" / name
        issue = read_issue(path)
        assert [item.headline for item in issue.items] == _story_headings(path)
        assert issue.date == date
        assert issue.title == f"《新闻联播》 ({name[:8]})"
        for item in issue.items:
            assert item.kind == "article"
            assert item.paragraphs and all(p.strip() == p and p for p in item.paragraphs)
            assert item.source_url and item.source_url.startswith("https://tv.cctv.com/")
            assert not any(
                "<" in p or "查看原文" in p or "更新时间戳" in p for p in item.paragraphs
            )
        # the summary list is not an article
        assert not any("本期节目主要内容" in p for item in issue.items for p in item.paragraphs)


def test_safety_council_story_keeps_its_formulations(samples):
    issue = read_issue(samples / "xinwenlianbo" / "20240126.md")
    story = next(
        item
        for item in issue.items
        if item.headline.startswith("李强在全国安全生产电视电话会议上强调")
    )
    assert "“三管三必须”" in story.body
    assert story.paragraphs[0].startswith("央视网消息（新闻联播）：1月26日下午")


def test_gbk_web_page_gives_the_article_without_site_furniture(samples):
    issue = read_issue(samples / "formats" / "gbk-news-page.html")
    assert len(issue.items) == 1
    item = issue.items[0]
    assert item.headline == "2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行！"
    assert item.paragraphs[0].startswith(
        "6月6日，2021湖北武黄同城暨黄石（光谷）产业投资推介会在武汉举行"
    )
    assert item.paragraphs[-1].startswith("据了解，全市共签约33个项目")
    assert (
        "同心同梦·同城共进" in item.body
    )  # GB2312 declared, decoded as GB18030: U+00B7, not U+30FB
    assert not any(word in item.body for word in ("网站地图", "Copyright", "字体", "doZoom"))
    assert issue.date == "2021-06-09"


def test_indented_report_keeps_headline_subhead_and_paragraphs(samples):
    issue = read_issue(samples / "formats" / "gov-work-report-1964-abstract.txt")
    first = issue.items[0]
    assert first.headline == "1964年国务院政府工作报告（摘要）"
    assert first.subhead.startswith("——１９６４年１２月２１日")
    assert first.paragraphs[1].startswith("五年来，我国各族人民")
    assert all(not p.startswith("\u3000") for item in issue.items for p in item.paragraphs)
    assert issue.date == "1964-12-21"
