"""Every story is kept, junk is counted, control characters stop at the door (issue 14)."""

from __future__ import annotations

import docx

from desktop.core.ingest.blocks import CONTROLS
from desktop.core.notes.export import export_docx
from tests.conftest import DATA, SAMPLES

TRANSCRIPTS = DATA / "xinwenlianbo"


def test_a_story_the_source_gives_without_text_is_kept_with_its_headline_and_link(library):
    path = TRANSCRIPTS / "20250902.md"  # its lead story has a headline and a link only
    stories = path.read_text(encoding="utf-8").count("\n### ")
    result = library.import_file(path)
    issue = library.issue(result.issue_id)
    assert result.item_count == len(issue.items) == stories
    bare = [item for item in issue.items if not item.has_text]
    assert [item.headline for item in bare] == ["习近平会见塔吉克斯坦总统"]
    assert bare[0].source_url is not None and bare[0].source_url.startswith("https://tv.cctv.com/")
    assert result.skipped == 0


def test_scraper_junk_titled_undefined_is_skipped_and_counted(library, capsys):
    path = TRANSCRIPTS / "20250528.md"
    stories = path.read_text(encoding="utf-8").count("\n### ")
    result = library.import_file(path)
    issue = library.issue(result.issue_id)
    assert result.skipped == 1 and len(issue.items) == stories - 1
    assert not any("undefined" in (item.headline or "") + item.body for item in issue.items)


def test_the_command_line_says_how_many_stories_it_skipped(tmp_path):
    from tests.cli.test_cli import yandu

    run = yandu("import", str(TRANSCRIPTS / "20250528.md"), db=tmp_path / "lib.sqlite3")
    assert run.returncode == 0 and "13 items, 1 junk stories skipped" in run.stdout


def test_form_feeds_and_vertical_tabs_are_cleaned_at_import_and_the_notes_export(library, tmp_path):
    """A text as pdftotext writes it (a form feed at each page break) with a stray vertical tab."""
    text = (SAMPLES / "kaifaqu-bulletin-2020-07.txt").read_text(encoding="utf-8")
    middle = text.index("李淑侠要求")
    dirty = text[:middle] + "\f" + text[middle:]
    dirty = dirty.replace("安全生产", "安全\v生产", 1).replace("红线", "红\x07线", 1)
    dirty = dirty.replace(
        "加大行政执法力度,", "加大行政执法力度,\n\f", 1
    )  # a page ends mid-sentence
    path = tmp_path / "pdftotext.txt"
    path.write_text(dirty, encoding="utf-8")
    result = library.import_file(path)
    assert not result.failed
    items = library.issue(result.issue_id).items
    for item in items:
        for part in (item.headline, item.kicker, item.subhead, item.body):
            assert part is None or not CONTROLS.search(part)
    body = items[0].body
    assert "李淑侠要求" in body and "红线" in body and "加大行政执法力度,强化诚信" in body
    member = library.members.add("张三")
    note = library.annotations.create_at_quote(
        items[0].id, "李淑侠要求", member.id, comment="页\f眉"
    )
    assert note.comment == "页\f眉"  # what a member types is kept as typed …
    written = export_docx(library, tmp_path / "notes.docx", member="张三")
    read_back = "\n".join(p.text for p in docx.Document(str(written)).paragraphs)
    assert "李淑侠要求" in read_back and "页 眉" in read_back  # … and written as XML can hold it
