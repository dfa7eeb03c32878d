"""A corrected issue re-imported: notes keep their words or become orphans at their article, and
each member's undo and redo still work on what they did."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.errors import NotYours
from desktop.core.model import Undone

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


def corrected(original: Path, folder: Path, *edits: tuple[str, str]) -> Path:
    text = original.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text
        text = text.replace(old, new)
    path = folder / original.name
    path.write_text(text, encoding="utf-8")
    return path


def test_undo_and_redo_after_a_reimport_that_moved_the_note(library, samples, tmp_path):
    issue_id = library.import_file(samples / KAIFAQU).issue_id
    item = library.issue(issue_id).items[0]
    zhang = library.members.add("张三")
    note = library.annotations.create_at_quote(item.id, "坚决做到“三管三必须”", zhang.id)
    library.annotations.update(note.id, zhang.id, comment="第一稿")
    library.annotations.update(note.id, zhang.id, comment="第二稿", tags=("责任",))
    inserted = "会议通报了上半年安全生产情况。与会同志进行了交流。"
    fixed = corrected(
        samples / KAIFAQU, tmp_path, ("李淑侠强调,要自觉", inserted + "李淑侠强调,要自觉")
    )
    assert library.import_file(fixed).status == "updated"
    moved = library.annotations.get(note.id)
    assert moved.start == note.start + len(inserted) and moved.placement == "moved"

    body = library.item(item.id).body
    assert library.undo_log.undo(zhang.id) == Undone(note.id)
    back = library.annotations.get(note.id)
    assert (back.comment, back.tags) == ("第一稿", ())
    assert (back.start, back.end) == (moved.start, moved.end)  # undo does not move it back
    assert body[back.start : back.end] == "坚决做到“三管三必须”"
    assert library.undo_log.redo(zhang.id) == Undone(note.id)
    again = library.annotations.get(note.id)
    assert (again.comment, again.tags, again.start) == ("第二稿", ("责任",), moved.start)


def test_undo_and_redo_after_a_reimport_that_orphaned_the_note(library, samples, tmp_path):
    issue_id = library.import_file(samples / KAIFAQU).issue_id
    item = library.issue(issue_id).items[0]
    zhang = library.members.add("张三")
    quote = "深刻汲取浙江温岭“6·13”油罐车爆炸事故教训"
    note = library.annotations.create_at_quote(item.id, quote, zhang.id, comment="要学")
    library.annotations.delete(note.id, zhang.id)
    text = (samples / KAIFAQU).read_text(encoding="utf-8")
    start, end = text.index("李淑侠要求,要切实防范"), text.index("江苏中能硅业")
    fixed = corrected(samples / KAIFAQU, tmp_path, (text[start:end], "\n\n\n"))
    assert library.import_file(fixed).status == "updated"

    assert library.undo_log.undo(zhang.id) == Undone(note.id)  # the delete taken back
    orphan = library.annotations.get(note.id)
    assert orphan.orphan and orphan.item_id == item.id and orphan.start is None
    assert (orphan.quote, orphan.comment) == (quote, "要学")
    assert orphan in library.annotations.find(item_id=item.id)  # shown at its article
    assert library.undo_log.undo(zhang.id) == Undone(note.id)  # the highlight itself
    assert library.annotations.find(item_id=item.id) == []
    assert library.undo_log.undo(zhang.id) is None
    assert library.undo_log.redo(zhang.id) == Undone(note.id)
    assert library.annotations.get(note.id).orphan


def test_an_undo_whose_note_is_gone_is_skipped_and_the_next_one_works(library, samples):
    issue_id = library.import_file(samples / KAIFAQU).issue_id
    item = library.issue(issue_id).items[0]
    zhang = library.members.add("张三")
    kept = library.annotations.create_at_quote(item.id, "红线", zhang.id)
    gone = library.annotations.create_at_quote(item.id, "底线", zhang.id)
    library.annotations.update(kept.id, zhang.id, comment="留着")
    library.annotations.update(gone.id, zhang.id, comment="会没")
    with library.db.atomic():  # as a library repaired by hand might be: the row is gone
        library.db.execute("DELETE FROM annotations WHERE id = ?", [gone.id])
    assert library.undo_log.undo(zhang.id) == Undone(gone.id, skipped=True)
    assert library.undo_log.undo(zhang.id) == Undone(kept.id)
    assert library.annotations.get(kept.id).comment == ""


def test_an_orphan_whose_story_went_keeps_the_story_title(library, samples, tmp_path):
    issue_id = library.import_file(samples / KAIFAQU).issue_id
    items = library.issue(issue_id).items
    last = items[-1]
    zhang = library.members.add("张三")
    words = last.body[:12]
    note = library.annotations.create_at_quote(last.id, words, zhang.id, comment="这篇删了")
    text = (samples / KAIFAQU).read_text(encoding="utf-8")
    headline = last.headline
    assert headline is not None and headline in text
    cut = text.index(headline)
    fixed = tmp_path / KAIFAQU
    fixed.write_text(text[:cut], encoding="utf-8")
    assert library.import_file(fixed).status == "updated"
    orphan = library.annotations.get(note.id)
    assert orphan.orphan and orphan.item_id is None and orphan.item_title == headline
    assert orphan.comment == "这篇删了"


def test_a_note_placed_on_changed_words_waits_for_its_member(library, samples, tmp_path):
    issue_id = library.import_file(samples / KAIFAQU).issue_id
    item = library.issue(issue_id).items[0]
    zhang, li = library.members.add("张三"), library.members.add("李四")
    first = library.annotations.create_at_quote(item.id, "强化诚信联合惩戒措", zhang.id)
    second = library.annotations.create_at_quote(item.id, "加大行政执法力度", zhang.id)
    fixed = corrected(
        samples / KAIFAQU,
        tmp_path,
        ("强化诚信联合惩戒措", "强化诚信联合惩治措"),
        ("加大行政执法力度", "加大行政综合执法力度"),
    )
    library.import_file(fixed)
    for note in (first, second):
        assert library.annotations.get(note.id).to_confirm
    body = library.item(item.id).body
    right = library.annotations.settle_placement(first.id, zhang.id, right=True)
    assert not right.to_confirm and right.placement == "confirmed"
    assert body[right.start : right.end] == right.quote == "强化诚信联合惩治措"
    with pytest.raises(NotYours):
        library.annotations.settle_placement(second.id, li.id, right=False)
    wrong = library.annotations.settle_placement(second.id, zhang.id, right=False)
    assert wrong.orphan and wrong.item_id == item.id and wrong.quote == "加大行政执法力度"


def test_the_notes_say_which_notes_lost_their_words_and_which_wait(library, samples, tmp_path):
    import docx

    from desktop.core.notes.export import export_docx

    issue_id = library.import_file(samples / KAIFAQU).issue_id
    item = library.issue(issue_id).items[0]
    zhang = library.members.add("张三")
    library.annotations.create_at_quote(item.id, "加大行政执法力度", zhang.id, comment="甲")
    library.annotations.create_at_quote(item.id, "油罐车爆炸事故教训", zhang.id, comment="乙")
    text = (samples / KAIFAQU).read_text(encoding="utf-8")
    cut = text.index("深刻汲取浙江温岭")
    text = text[:cut] + text[text.index(",", cut) + 1 :]
    fixed = tmp_path / KAIFAQU
    fixed.write_text(text.replace("加大行政执法力度", "加大行政综合执法力度"), encoding="utf-8")
    library.import_file(fixed)
    written = export_docx(library, tmp_path / "notes.docx", member="张三")
    lines = [p.text for p in docx.Document(str(written)).paragraphs]
    waiting = lines.index("“加大行政综合执法力度”")
    assert lines[waiting + 2] == "（原文有改动，批注位置尚待本人确认）"
    gone = lines.index("“油罐车爆炸事故教训”")
    assert lines[gone + 2] == "（原文已更正或删除）"
