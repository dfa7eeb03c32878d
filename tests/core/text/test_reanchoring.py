"""Re-anchoring would rather orphan a note than put it on the wrong words."""

from __future__ import annotations

from collections import Counter

from desktop.core.text.anchoring import (
    EXACT,
    FUZZY,
    MOVED,
    ORPHAN,
    reanchor,
    same_speaker,
    target_for,
)
from tests.conftest import SHARED
from tests.core.text import reanchoring_corpus

SAMPLE = SHARED / "samples" / "kaifaqu-bulletin-2020-07.txt"


def test_the_corpus_places_nothing_wrong_and_nearly_everything_right():
    """≥ 500 annotations on real sentences, each through every generated correction."""
    assert len(reanchoring_corpus.annotations()) >= 500
    outcomes: Counter = Counter()
    for case in reanchoring_corpus.cases():
        outcomes[(case.expected is not None, reanchoring_corpus.run(case))] += 1
    assert outcomes[(True, "wrong")] == outcomes[(False, "wrong")] == 0
    assert outcomes[(False, "orphaned")] > 0  # the deletions are there, and orphaned
    still_there = sum(n for (exists, _), n in outcomes.items() if exists)
    assert outcomes[(True, "right")] / still_there >= 0.95


def paragraphs() -> list[str]:
    from desktop.core.ingest import read_issue

    body = read_issue(SAMPLE).items[2].body  # 臧晓鹏 at 东环街道: he speaks in several paragraphs
    return body.split("\n")


def test_a_deleted_sentence_is_not_moved_onto_its_look_alike_in_the_next_paragraph():
    """The issue's case: a paragraph ends with his sentence, the next one opens with another
    speaker saying nearly the same of another matter; the correction deletes his sentence.
    The note becomes an orphan instead of moving onto the other speaker's words."""
    body = "\n".join(paragraphs())
    his = body.index("臧晓鹏指出,要不断完善社区公共文化设施建设")
    his_end = body.index("。", his) + 1
    lookalike = "李欣强调,要不断完善社区体育设施建设,充分发挥区域优势,办好惠民实事。"
    old = body[:his_end] + "\n" + lookalike + body[his_end:]
    quote = "要不断完善社区公共文化设施建设,充分发挥区域优势"
    target = target_for(old, old.index(quote), old.index(quote) + len(quote))
    corrected = body[:his] + "\n" + lookalike + body[his_end:]
    placed = reanchor(corrected, target, once_before=True)
    assert placed.how == ORPHAN and placed.target is None
    # and with the speakers known, a look-alike in his own next sentence is no better
    old_voices = [(his, his_end, "臧晓鹏"), (his_end + 1, his_end + 1 + len(lookalike), "李欣")]
    at = corrected.index(lookalike)
    allowed = same_speaker(old_voices, [(at, at + len(lookalike), "李欣")], target)
    assert reanchor(corrected, target, allowed, once_before=True).how == ORPHAN


def test_changed_words_give_the_whole_new_quote():
    body = "\n".join(paragraphs())
    quote = "要不断完善社区公共文化设施建设"
    start = body.index(quote)
    target = target_for(body, start, start + len(quote))
    # words inserted inside, and a closing quote mark after the last character
    corrected = body.replace("完善社区公共文化设施建设", "完善社区公共文化和体育设施建设")
    placed = reanchor(corrected, target)
    assert placed.how == FUZZY
    assert (
        placed.target is not None and placed.target.quote == "要不断完善社区公共文化和体育设施建设"
    )
    # a list that grows keeps all of it
    listing = "坚持党政同责、一岗双责、齐抓共管、失职追责,压实责任"
    text = "会议强调," + listing + "。其他工作照常。"
    old = target_for(text, 5, 5 + len("坚持党政同责、一岗双责、齐抓共管"))
    longer = text.replace("一岗双责、", "一岗双责、群防群治、")
    grown = reanchor(longer, old)
    assert grown.target is not None
    assert grown.target.quote == "坚持党政同责、一岗双责、群防群治、齐抓共管"


def test_unchanged_and_shifted_words_are_exact_or_moved():
    body = "\n".join(paragraphs())
    quote = "充分发挥区域优势"
    start = body.index(quote)
    target = target_for(body, start, start + len(quote))
    assert reanchor(body, target).how == EXACT
    shifted = "会议通报了有关情况。" + body
    placed = reanchor(shifted, target)
    assert placed.how == MOVED and placed.target is not None
    assert shifted[placed.target.start : placed.target.end] == quote


def test_a_place_in_another_speakers_words_is_refused():
    first = "臧晓鹏指出,要压实企业主体责任,确保安全生产形势稳定。"
    second = "李欣强调,要压实企业主体责任,确保安全生产形势稳定。"
    body = first + "\n" + "会议还研究了其他事项。" + "\n" + second
    quote = "要压实企业主体责任,确保安全生产形势稳定"
    target = target_for(body, body.index(quote), body.index(quote) + len(quote))
    old_voices = [(0, len(first), "臧晓鹏"), (body.index(second), len(body), "李欣")]
    corrected = "会议还研究了其他事项。" + "\n" + second  # his sentence deleted
    new_voices = [(corrected.index(second), len(corrected), "李欣")]
    allowed = same_speaker(old_voices, new_voices, target)
    assert reanchor(corrected, target, allowed, once_before=False).how == ORPHAN
    # the same words, once before and once now: moved, unless another speaker says them
    assert reanchor(corrected, target, once_before=True).how == MOVED
    assert reanchor(corrected, target, allowed, once_before=True).how == ORPHAN
