"""Members annotate; nothing they write is lost: undo, redo, read-only layers, re-anchoring, orphans."""

from __future__ import annotations

import pytest

from desktop.core.errors import NotYours
from desktop.core.model import Undone

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"


@pytest.fixture
def sample(library, samples):
    issue_id = library.import_file(samples / KAIFAQU).issue_id
    return library, library.issue(issue_id)


def test_annotation_targets_quote_prefix_suffix_and_offsets(sample):
    library, issue = sample
    zhang = library.members.add("张三", "#d04040")
    item = issue.items[0]
    note = library.annotations.create_at_quote(
        item.id,
        "坚决做到“三管三必须”",
        zhang.id,
        comment="要背下来",
        tags=("安全", "责任"),
        category="重点",
    )
    assert item.body[note.start : note.end] == note.quote == "坚决做到“三管三必须”"
    assert item.body[: note.start].endswith(note.prefix) and len(note.prefix) == 32
    assert item.body[note.end :].startswith(note.suffix) and len(note.suffix) == 32
    assert (note.member, note.comment, note.tags, note.category, note.colour) == (
        "张三",
        "要背下来",
        ("安全", "责任"),
        "重点",
        "#ffd54f",
    )


def test_undo_and_redo_every_change_also_after_a_delete(sample):
    library, issue = sample
    zhang = library.members.add("张三")
    note = library.annotations.create_at_quote(issue.items[0].id, "钉钉子", zhang.id)
    library.annotations.update(note.id, zhang.id, comment="第一次批注")
    library.annotations.update(note.id, zhang.id, comment="改过的批注", tags=("作风",))
    library.annotations.delete(note.id, zhang.id)
    assert library.annotations.find() == []
    assert library.undo_log.undo(zhang.id) == Undone(note.id)
    assert library.annotations.get(note.id).comment == "改过的批注"
    library.undo_log.undo(zhang.id)
    assert (library.annotations.get(note.id).comment, library.annotations.get(note.id).tags) == (
        "第一次批注",
        (),
    )
    library.undo_log.undo(zhang.id)
    library.undo_log.undo(zhang.id)  # the highlight itself
    assert library.annotations.find() == [] and library.undo_log.undo(zhang.id) is None
    for _ in range(3):
        library.undo_log.redo(zhang.id)
    assert library.annotations.get(note.id).comment == "改过的批注"
    library.undo_log.redo(zhang.id)
    assert library.annotations.find() == [] and not library.undo_log.can_redo(zhang.id)
    library.undo_log.undo(zhang.id)
    library.annotations.create_at_quote(
        issue.items[0].id, "红线", zhang.id
    )  # a new change ends the redo history
    assert not library.undo_log.can_redo(zhang.id)


def test_each_member_has_a_layer_and_the_others_are_read_only(sample):
    library, issue = sample
    zhang, li = library.members.add("张三"), library.members.add("李四")
    mine = library.annotations.create_at_quote(issue.items[0].id, "红线", zhang.id)
    library.annotations.create_at_quote(issue.items[0].id, "底线", li.id)
    assert [a.quote for a in library.annotations.find(member_id=li.id)] == ["底线"]
    with pytest.raises(NotYours):
        library.annotations.update(mine.id, li.id, comment="改别人的")
    with pytest.raises(NotYours):
        library.annotations.delete(mine.id, li.id)
    assert (
        library.undo_log.undo(li.id) is not None
        and library.annotations.get(mine.id).quote == "红线"
    )  # 李四's undo is his own


def test_sessions_keep_who_came_who_was_away_and_what_was_studied(sample):
    library, issue = sample
    host, zhang, li, zhao = (library.members.add(n) for n in ("王书记", "张三", "李四", "赵五"))
    session = library.sessions.add(
        "党工委中心组7月学习会",
        starts_at="2020-07-20 09:00",
        place="三楼会议室",
        host_id=host.id,
        attendee_ids=(host.id, zhang.id, li.id),
        absentees=((zhao.id, "出差"),),
        item_ids=(issue.items[0].id,),
    )
    assert (session.host, session.attendees, session.absentees) == (
        "王书记",
        ("张三", "李四", "王书记"),
        (("赵五", "出差"),),
    )
    note = library.annotations.create_at_quote(
        issue.items[0].id, "钉钉子", zhang.id, session_id=session.id
    )
    assert [a.id for a in library.annotations.find(session_id=session.id)] == [note.id]


def test_reflections_per_article_and_per_session(sample):
    library, issue = sample
    zhang = library.members.add("张三")
    session = library.sessions.add("7月学习会")
    library.reflections.save(zhang.id, "安全生产要常抓不懈。", item_id=issue.items[0].id)
    library.reflections.save(zhang.id, "这次学习收获很大。", session_id=session.id)
    library.reflections.save(
        zhang.id, "安全生产要常抓不懈，责任要落实到人。", item_id=issue.items[0].id
    )
    assert (
        library.reflections.get(zhang.id, item_id=issue.items[0].id)
        == "安全生产要常抓不懈，责任要落实到人。"
    )
    assert library.reflections.get(zhang.id, session_id=session.id) == "这次学习收获很大。"
    assert len(library.reflections.all(zhang.id)) == 2


def test_reimport_of_an_edited_issue_reanchors_and_keeps_orphans(library, samples, tmp_path):
    """Sentences inserted before one annotation, a typo fixed inside another, a paragraph deleted under a third."""
    original = samples / KAIFAQU
    issue_id = library.import_file(original).issue_id
    item = library.issue(issue_id).items[0]
    zhang, li = library.members.add("张三"), library.members.add("李四")
    shifted = library.annotations.create_at_quote(
        item.id, "坚决做到“三管三必须”", zhang.id, comment="记住"
    )
    typo = library.annotations.create_at_quote(
        item.id, "加大行政执法力度,强化诚信联合惩戒措", li.id, comment="执法"
    )
    gone = library.annotations.create_at_quote(
        item.id, "深刻汲取浙江温岭“6·13”油罐车爆炸事故教训", zhang.id, comment="这一段要重点学习"
    )

    text = original.read_text(encoding="utf-8")
    # 1. two sentences inserted before the first annotation
    edited = text.replace(
        "李淑侠强调,要自觉", "会议通报了上半年安全生产情况。与会同志进行了交流。李淑侠强调,要自觉"
    )
    # 2. the source's 惩戒措 + 施 is fixed to read 惩治措施 inside the second annotation's quote
    edited = edited.replace("强化诚信联合惩戒措", "强化诚信联合惩治措")
    # 3. the paragraph under the third annotation is deleted
    start = edited.index("李淑侠要求,要切实防范")
    end = edited.index("江苏中能硅业")
    edited = edited[:start] + "\n\n\n" + edited[end:]
    corrected = tmp_path / original.name
    corrected.write_text(edited, encoding="utf-8")
    assert library.import_file(corrected).status == "updated"

    body = library.item(item.id).body
    moved = library.annotations.get(shifted.id)
    assert not moved.orphan and moved.item_id == item.id
    assert moved.start > shifted.start and body[moved.start : moved.end] == "坚决做到“三管三必须”"
    fixed = library.annotations.get(typo.id)
    assert not fixed.orphan and body[fixed.start : fixed.end] == fixed.quote
    assert fixed.quote == "加大行政执法力度,强化诚信联合惩治措"
    orphan = library.annotations.get(gone.id)
    # an orphan stays with its article, whose text no longer holds it
    assert orphan.orphan and orphan.item_id == item.id and orphan.start is None
    assert (moved.placement, fixed.placement, orphan.placement) == ("moved", "fuzzy", None)
    assert fixed.to_confirm and not moved.to_confirm
    assert (orphan.quote, orphan.comment, orphan.member) == (
        "深刻汲取浙江温岭“6·13”油罐车爆炸事故教训",
        "这一段要重点学习",
        "张三",
    )
    listed = {a.id: a for a in library.annotations.find(issue_id=issue_id)}
    assert set(listed) == {shifted.id, typo.id, gone.id} and listed[gone.id].orphan


def test_an_annotation_outlives_a_deleted_issue(sample):
    library, issue = sample
    zhang = library.members.add("张三")
    note = library.annotations.create_at_quote(issue.items[0].id, "红线", zhang.id, comment="别丢")
    with library.db.atomic():
        library.db.execute("DELETE FROM issues WHERE id = ?", [issue.id])
    kept = library.annotations.get(note.id)
    assert kept.comment == "别丢" and kept.quote == "红线" and kept.item_id is None


def test_each_new_member_gets_a_colour_of_their_own(library):
    """Okabe-Ito colours, which colour-blind readers tell apart; a colour chosen stays."""
    from desktop.core.store.members import PALETTE

    chosen = library.members.add("王书记", "#123456")
    others = [library.members.add(name) for name in ("张三", "李四", "王五")]
    assert [m.colour for m in others] == list(PALETTE[:3]) and chosen.colour == "#123456"
    assert len({m.colour for m in [chosen, *others]}) == 4
