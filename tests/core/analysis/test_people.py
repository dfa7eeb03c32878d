"""Nobody becomes a speaker or one of `people` who is not a person or an institution.

The reference is tests/data/people-named.json: every person named in each sample and corpus
file, listed by reading, before the analysis was run on them.
"""

from __future__ import annotations

import json
import re

import pytest

from desktop.core.library import Library
from tests.conftest import DATA, SHARED

NAMED = json.loads((DATA / "people-named.json").read_text(encoding="utf-8"))["files"]
# what an institution that speaks is called: a meeting, a document, a body, a side of talks
INSTITUTION = re.compile(
    r"(会议|全会|大会|讲话|通知|意见|决定|建议|规划|纲要|草案|声明|公告|条例|规定|决议|公报|宪法|国务院|中央|"
    r"部|委|局|办|院|厅|署|政府|中心|银行|央行|公司|集团|委员会|协会|联合会|组织|武装|军方|议会)$|^.方$"
)


@pytest.fixture(scope="module")
def everything(tmp_path_factory):
    """Every sample and corpus file in one library: {source path relative to shared: issue id}."""
    library = Library.open(tmp_path_factory.mktemp("people") / "library.sqlite3")
    issues = {}
    for relative in NAMED:
        result = library.import_file(SHARED / relative)
        assert not result.failed, result
        issues[relative] = result.issue_id
    yield library, issues
    library.close()


def test_the_reference_covers_every_sample_and_corpus_file():
    files = {
        str(p.relative_to(SHARED))
        for folder in ("samples", "corpus")
        for p in (SHARED / folder).rglob("*")
        if p.suffix in (".txt", ".md", ".html", ".docx", ".pdf") and p.name != "SOURCES.md"
    }
    assert files == set(NAMED)


@pytest.mark.parametrize("relative", sorted(NAMED))
def test_people_are_people_named_in_the_file(everything, relative):
    library, issues = everything
    listed = {person.name for person in library.people(issues[relative])}
    assert listed - set(NAMED[relative]) == set(), "not people"


@pytest.mark.parametrize("relative", sorted(NAMED))
def test_every_speaker_is_a_person_or_an_institution(everything, relative):
    library, issues = everything
    speakers = {d.speaker for d in library.directives(issues[relative]) if d.speaker}
    wrong = {s for s in speakers if s not in NAMED[relative] and not INSTITUTION.search(s)}
    assert wrong == set()
