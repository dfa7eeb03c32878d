"""The charts' counts on the real samples: a key phrase's issues month by month, and how many
members marked each directive of a session."""

from __future__ import annotations

import pytest

from desktop.core.errors import NotFound
from desktop.core.study.charts import (
    months_between,
    phrase_months,
    session_directive_marks,
    session_marks,
    shorten,
)

KAIFAQU = "kaifaqu-bulletin-2020-07.txt"
DAYS = ("xinwenlianbo/20240126.md", "xinwenlianbo/20241016.md")


@pytest.fixture
def filled(library, samples):
    """The sample bulletin (2020-07) and two 新闻联播 days (2024-01, 2024-10)."""
    ids = [library.import_file(samples / name).issue_id for name in (KAIFAQU, *DAYS)]
    return library, ids


def _sql_months(library, phrase: str) -> dict[str, int]:
    """The same count, straight from the tables."""
    return dict(
        library.db.execute(
            "SELECT substr(s.date, 1, 7), COUNT(DISTINCT s.id) FROM phrases p "
            "JOIN items i ON i.id = p.item_id JOIN issues s ON s.id = i.issue_id "
            "WHERE p.text = ? AND s.trashed_at IS NULL AND length(s.date) >= 7 "
            "GROUP BY 1",
            [phrase],
        ).fetchall()
    )


def _shared_phrase(library, issue_id: int) -> str:
    """A key phrase of the sample bulletin's articles that another issue carries too."""
    for item in library.issue(issue_id).items:
        for _, _, text in library.item_phrases(item.id):
            issues = library.db.one(
                "SELECT COUNT(DISTINCT i.issue_id) FROM phrases p JOIN items i ON i.id = p.item_id "
                "WHERE p.text = ?",
                [text],
            )
            if issues > 1:
                return text
    raise AssertionError("no key phrase of the sample is in another issue")


def test_months_run_from_the_first_issue_to_the_last_with_the_empty_ones(filled):
    library, (kaifaqu, *_) = filled
    phrase = _shared_phrase(library, kaifaqu)  # “三管三必须”: the bulletin and 2024-01-26
    months = phrase_months(library, phrase)
    counted = _sql_months(library, phrase)
    assert len(counted) >= 2
    assert [month for month, _ in months] == months_between(min(counted), max(counted))
    assert months[0][0] == "2020-07"
    assert dict(months) == {month: counted.get(month, 0) for month, _ in months}
    assert sum(count for _, count in months) == sum(counted.values())
    assert any(count == 0 for _, count in months)  # the months between are there, at 0


def test_an_issue_counts_once_however_often_its_articles_carry_the_phrase(filled):
    library, _ = filled
    phrase, occurrences = library.db.execute(
        "SELECT text, COUNT(*) FROM phrases GROUP BY text "
        "HAVING COUNT(DISTINCT item_id) > 1 ORDER BY COUNT(*) DESC LIMIT 1"
    ).fetchone()
    months = phrase_months(library, phrase)
    assert sum(count for _, count in months) == sum(_sql_months(library, phrase).values())
    assert sum(count for _, count in months) < occurrences


def test_an_issue_without_a_month_or_in_the_trash_is_not_counted(filled):
    library, (kaifaqu, first_day, _) = filled
    phrase = _shared_phrase(library, kaifaqu)
    library.edit_issue(kaifaqu, date="2020")  # a year alone: no month to put it in
    assert [month for month, _ in phrase_months(library, phrase)] == ["2024-01"]
    library.trash_issue(first_day)
    assert phrase_months(library, phrase) == []
    assert phrase_months(library, "没有这个提法") == []


def test_months_between_crosses_years():
    assert months_between("2023-11", "2024-02") == ["2023-11", "2023-12", "2024-01", "2024-02"]
    assert months_between("2024-05", "2024-05") == ["2024-05"]


def test_a_session_counts_the_members_who_marked_each_directive(filled):
    library, (kaifaqu, *_) = filled
    zhang, li, wang = (library.members.add(name) for name in ("张三", "李四", "王五"))
    item = library.issue(kaifaqu).items[0]
    session = library.sessions.add("7月学习会", item_ids=(item.id,))
    first, second = library.item_directives(item.id)[:2]
    notes = library.annotations
    notes.create(item.id, first.start, first.start + 4, zhang.id, session_id=session.id)
    notes.create(item.id, first.start + 2, first.end, zhang.id, session_id=session.id)  # again
    notes.create(item.id, first.end - 3, second.start + 2, li.id, session_id=session.id)
    notes.create(item.id, second.start, second.end, wang.id)  # not in the session
    marks = session_marks(library, session.id)
    assert [directive for directive, _ in marks] == library.item_directives(item.id)
    counted = {(d.start, d.end): count for d, count in marks}
    assert counted[(first.start, first.end)] == 2  # 张三 once, however often, and 李四
    assert counted[(second.start, second.end)] == 1  # 李四's note runs into it; 王五's is not in it
    assert sum(counted.values()) == 3
    labels = session_directive_marks(library, session.id)
    assert labels[0] == (shorten(first.text), 2) and len(labels[0][0]) <= 24
    assert labels[0][0].endswith("…") == (len(first.text) > 24)


def test_a_session_s_notes_bring_their_articles_and_orphans_do_not_count(filled):
    library, (kaifaqu, first_day, _) = filled
    zhang = library.members.add("张三")
    session = library.sessions.add("专题学习")  # no articles chosen
    assert session_marks(library, session.id) == []
    item = next(i for i in library.issue(first_day).items if library.item_directives(i.id))
    directive = library.item_directives(item.id)[0]
    note = library.annotations.create(
        item.id, directive.start, directive.end, zhang.id, session_id=session.id
    )
    assert (directive, 1) in session_marks(library, session.id)
    library.db.execute("UPDATE annotations SET orphan = 1 WHERE id = ?", [note.id])
    assert (directive, 0) in session_marks(library, session.id)
    with pytest.raises(NotFound):
        session_marks(library, 9999)
