"""The 回收站 and merging duplicates, on the real sample bulletin: nothing a member wrote is lost."""

from __future__ import annotations

import pytest

from desktop.core.errors import Invalid
from tests.conftest import SAMPLES

BULLETIN = SAMPLES / "kaifaqu-bulletin-2020-07.txt"


def _first_article(library, issue_id):
    return next(item for item in library.issue(issue_id).items if item.kind == "article")


@pytest.fixture
def marked(library):
    """The bulletin with one member's note and reflection on its first article."""
    issue_id = library.import_file(BULLETIN).issue_id
    item = _first_article(library, issue_id)
    member = library.members.ensure("李明")
    note = library.annotations.create_at_quote(item.id, "安全生产", member.id, comment="要落实")
    library.reflections.save(member.id, "学习体会", item_id=item.id)
    return library, issue_id, item, member, note


def test_a_trashed_issue_and_its_notes_are_put_away_and_come_back(marked):
    library, issue_id, item, member, note = marked
    library.trash_issue(issue_id)
    assert library.counts() == (0, 0)
    assert library.issues() == []
    assert library.is_empty()
    assert library.search("安全生产") == []
    assert library.annotations.find(member_id=member.id) == []
    assert library.phrases() == [] and library.people() == []
    assert [row[0] for row in library.trashed()] == [issue_id]
    assert library.trashed()[0][4] == 1  # the note goes with it, and the trash says so

    library.restore_issue(issue_id)
    assert [issue.id for issue in library.issues()] == [issue_id]
    assert library.phrases() and library.people()
    assert library.search("安全生产")
    back = library.annotations.find(member_id=member.id)
    assert [(a.id, a.comment, a.start, a.end) for a in back] == [
        (note.id, "要落实", note.start, note.end)
    ]
    assert library.reflections.get(member.id, item_id=item.id) == "学习体会"


def test_the_counts_leave_out_a_trashed_issue_and_only_its_items(marked, samples):
    library, issue_id, _item, _member, _note = marked
    other = library.import_file(samples / "xinwenlianbo" / "20240126.md").issue_id
    bulletin_items = len(library.issue(issue_id).items)
    transcript_items = len(library.issue(other).items)
    assert library.counts() == (2, bulletin_items + transcript_items)
    library.trash_issue(issue_id)
    assert library.counts() == (1, transcript_items)
    library.trash_issue(other)
    assert library.counts() == (0, 0)
    library.restore_issue(issue_id)
    assert library.counts() == (1, bulletin_items)


def test_importing_a_trashed_file_again_takes_it_out_of_the_trash(marked):
    library, issue_id, _item, member, note = marked
    library.trash_issue(issue_id)
    result = library.import_file(BULLETIN)
    assert (result.status, result.issue_id) == ("imported", issue_id)
    assert library.trashed() == []
    assert [a.id for a in library.annotations.find(member_id=member.id)] == [note.id]


def test_emptying_the_trash_keeps_the_notes_as_orphans_with_their_words(marked):
    library, issue_id, item, member, note = marked
    library.trash_issue(issue_id)
    assert library.empty_trash() == 1
    assert library.trashed() == []
    [orphan] = library.annotations.find(member_id=member.id)
    assert (orphan.id, orphan.quote, orphan.comment, orphan.orphan) == (
        note.id,
        "安全生产",
        "要落实",
        True,
    )
    assert orphan.item_title == item.headline


def test_merging_a_second_import_moves_its_notes_and_undo_puts_them_back(marked, tmp_path):
    library, kept_id, kept_item, member, _note = marked
    # the same bulletin saved again elsewhere: other line ends, another encoding, one more line
    text = BULLETIN.read_text(encoding="utf-8")
    copy = tmp_path / "转发-开发区报.txt"
    copy.write_text(text.replace("\n", "\r\n") + "\r\n（本期完）\r\n", encoding="gb18030")
    other_id = library.import_file(copy).issue_id
    assert other_id != kept_id
    other_item = _first_article(library, other_id)
    other_member = library.members.ensure("王芳")
    other_note = library.annotations.create_at_quote(
        other_item.id, "最严格的要求", other_member.id, comment="重点"
    )
    library.reflections.save(other_member.id, "王芳的体会", item_id=other_item.id)
    session = library.sessions.add("七月学习", item_ids=(other_item.id,))
    before = library.annotations.get(other_note.id)

    record = library.merge_issues(kept_id, other_id)
    assert [issue.id for issue in library.issues()] == [kept_id]
    moved = library.annotations.get(other_note.id)
    assert (moved.issue_id, moved.item_id, moved.quote, moved.comment) == (
        kept_id,
        kept_item.id,
        "最严格的要求",
        "重点",
    )
    assert kept_item.body[moved.start : moved.end] == "最严格的要求"
    assert library.reflections.get(other_member.id, item_id=kept_item.id) == "王芳的体会"
    assert kept_item.id in library.sessions.get(session.id).item_ids

    library.undo_merge(record)
    assert sorted(issue.id for issue in library.issues()) == sorted([kept_id, other_id])
    assert library.annotations.get(other_note.id) == before
    assert library.reflections.get(other_member.id, item_id=other_item.id) == "王芳的体会"
    assert library.sessions.get(session.id).item_ids == (other_item.id,)


def test_an_issue_is_not_merged_with_itself(marked):
    library, issue_id, *_ = marked
    with pytest.raises(Invalid):
        library.merge_issues(issue_id, issue_id)
