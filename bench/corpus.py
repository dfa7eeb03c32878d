"""The benchmark corpus: the real stories of ../shared/samples, parsed once, recombined into issues.

Each benchmark issue takes stories from the real sample issues in turn (a
rotating window over all stories), so the text is real Chinese news and
bulletin prose in realistic proportions; nothing is generated.
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.ingest import read_issue
from desktop.core.model import Issue, Item

SAMPLES = Path(__file__).resolve().parent.parent.parent / "shared" / "samples"
SAMPLE_FILES = [
    "kaifaqu-bulletin-2020-07.txt",
    "xinwenlianbo/20240126.md",
    "xinwenlianbo/20241016.md",
    "formats/gov-work-report-1964-abstract.txt",
    "formats/xinwenlianbo-20190927.docx",
    "formats/gbk-news-page.html",
]


def real_stories() -> list[Item]:
    stories: list[Item] = []
    for name in SAMPLE_FILES:
        stories.extend(read_issue(SAMPLES / name).items)
    return stories


def issues(count: int, per_issue: int = 12) -> list[Issue]:
    stories = real_stories()
    out = []
    for number in range(count):
        start = (number * 7) % len(stories)
        chosen = [stories[(start + k) % len(stories)] for k in range(per_issue)]
        out.append(Issue(title=f"bench {number}", date=None, format="txt", items=tuple(chosen)))
    return out
