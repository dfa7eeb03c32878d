"""Reports and speeches: who delivers them, and which part of them lays down tasks.

A 政府工作报告 (or any report or speech printed whole) is said from end to end by
the person in its byline (`国务院总理 李克强` under the title). Its parts differ:
a review of past work lays down nothing however many verbs it has (`一是着力稳增长…`
tells what was done); a part on this year's tasks is requirements sentence after
sentence, many without 要 (`加快财税体制改革。`, `今年拟安排财政赤字…`); other parts
mix the two. The sections are read from their headings (`一、2015年工作回顾`,
`三、2016年重点工作`, `二、２００４年主要任务`) and from the sentences that lead into
a list (`今年要重点做好八个方面工作。`, `一年来，我们主要做了以下工作：`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from desktop.core.analysis import cues
from desktop.core.analysis.cues import Cue
from desktop.core.analysis.people import titled_mentions
from desktop.core.model import Item

REVIEW, TASKS, MIXED = "review", "tasks", "mixed"

_REPORT_TITLE = re.compile(r"报告|讲话|致辞|发言|演讲|说明")
_VENUE = re.compile(r"^——.*(在|于).*(会议|大会|会|典礼|仪式|论坛)")
_SPEAKING_FOR = re.compile(r"我代表|受[^，,]{1,8}委托")
_TOP_HEADING = re.compile(r"^[一二三四五六七八九十]+、")
_SUB_HEADING = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
_REVIEW_WORDS = re.compile(r"回顾|过去|成就|成绩|形势|做了")
_TASK_WORDS = re.compile(r"任务|建议|要求|部署|举措|措施|重点工作|主要工作|目标|工作安排")
# sentences that lead into a list: 今年要重点做好八个方面工作。 一年来，我们主要做了以下工作：
_LIST = r"(以下|下列|[二三四五六七八九十]+个?方面的?(工作|任务)|几项)"
_INTO_TASKS = re.compile(rf"(今年|明年|今后|下一步|要|必须|着重|重点).{{0,16}}{_LIST}")
_INTO_TASKS_TOO = re.compile(r"(提出|作出)以下(建议|部署|要求)")
_INTO_REVIEW = re.compile(rf"(做了|开展了|进行了|完成了).{{0,6}}{_LIST}|^回顾")
_BYLINE_SPACE = re.compile(r"[\s\u3000]+")


def reporter(items: Sequence[Item]) -> str | None:
    """The person who delivers the issue as a report or speech, or None if it is not one.

    It is a report when its first article is titled as one (…报告, …讲话) or says where it
    was delivered (——…在…会议上) or speaks for a body (我代表国务院); the reporter is the
    byline, a short paragraph of title and name (`国务院总理 李克强`).
    """
    if not items:
        return None
    first = items[0]
    heads = " ".join(part for part in (first.kicker, first.headline, first.subhead) if part)
    opening = first.paragraphs[:6]
    looks_like = bool(_REPORT_TITLE.search(heads)) or bool(
        first.subhead and _VENUE.match(first.subhead)
    )
    looks_like = looks_like or any(_SPEAKING_FOR.search(p) for p in opening)
    if not looks_like:
        return None
    for paragraph in opening:
        line = _BYLINE_SPACE.sub("", paragraph)
        if len(line) > 24 or not line:
            continue
        mentions = titled_mentions(line)
        if mentions and mentions[-1].end == len(line) and mentions[0].start == 0:
            return mentions[-1].name
    return None


class Sections:
    """Which kind of part the analysis is in, heading after heading, across the issue's items."""

    def __init__(self) -> None:
        self.mode = MIXED
        self._top_seen = False

    def heading(self, text: str) -> None:
        """A heading: an item's headline or a heading line among the paragraphs."""
        top = bool(_TOP_HEADING.match(text))
        if _SUB_HEADING.match(text) and self._top_seen and self.mode in (REVIEW, TASKS):
            return  # （一）… under 一、…回顾 is still the review
        self._top_seen = self._top_seen or top
        self.mode = classify_heading(text)

    def sentence(self, text: str) -> None:
        """A sentence that leads into a list changes the part for what follows it."""
        if _INTO_REVIEW.search(text):
            self.mode = REVIEW
        elif _INTO_TASKS.search(text) or _INTO_TASKS_TOO.search(text):
            self.mode = TASKS


def classify_heading(text: str) -> str:
    if _REVIEW_WORDS.search(text):
        return REVIEW
    if _TASK_WORDS.search(text):
        return TASKS
    if cues.verb_first(cues.strip_lead(text), prepositions=False):  # 三、加强政府自身建设: a task
        return TASKS
    return MIXED


def is_heading(paragraph: str) -> bool:
    """A heading line among the paragraphs: numbered, short, without a full stop."""
    text = paragraph.strip()
    return (
        bool(_TOP_HEADING.match(text) or _SUB_HEADING.match(text))
        and len(text) <= 40
        and not re.search(r"[。！？；]", text)
    )


_QUANTITY = re.compile(
    r"[\d０-９]+(\.\d+)?\s*(%|％|万|亿|吨|元)|百分之|[一二三四五六七八九十百千万亿]+(万|亿)?(元|吨|人|亩)"
)
_THIS_YEAR = re.compile(r"今年|明年|今后|本年度")
_PRIORITY = re.compile(r"[，,]是.{0,20}(任务|重点|关键|重中之重|方面|着力点|首要|前提|基础)")


def requirement_cue(sentence: str, mode: str, run: bool) -> Cue | None:
    """Why the reporter's sentence is a requirement in this part of the report, or None.

    `run`: the sentence before it laid something down (a list of tasks goes on verb after verb).
    """
    if cues.discourse(sentence):
        return None  # 首先应该说明…: the reporter announcing what he will say
    found = cues.prohibition(sentence)
    if found is not None:
        return found
    if cues.JUDGEMENT.search(sentence) and not cues.modal(sentence, weak=False):
        return None
    if mode == REVIEW:  # what was done: only a plain 必须/要 still lays something down
        plain = cues.modal(sentence, weak=False)
        explained = cues.EXPLANATION.search(cues.unquoted(sentence)) or cues.past(sentence)
        return None if explained else plain
    lead = cues.strip_lead(sentence)
    strong = cues.modal(sentence, weak=False)
    if strong is not None and not sentence.startswith(("这是", "这就是")):
        return strong
    if mode == TASKS:
        return _in_tasks(sentence, lead)
    explains = cues.EXPLANATION.search(cues.unquoted(sentence))
    found = cues.modal(sentence)
    if found is not None and not cues.past(sentence) and not explains:
        return found
    found = cues.frame(sentence) or _priority(sentence, lead)
    if found is not None:
        return found
    if cues.EXPLANATION.search(cues.unquoted(sentence)) or cues.past(sentence):
        return None
    numbered = cues.task_number(sentence)
    if numbered and cues.verb_first(lead):
        return Cue("numbered_task", numbered.strip("，,、．. "))
    if run and cues.verb_first(lead) and not cues.states(lead):
        return Cue("continuation")
    return _plan(sentence)


def _in_tasks(sentence: str, lead: str) -> Cue | None:
    """In the part on this year's tasks: every sentence that does not explain or describe."""
    if cues.EFFECT.match(sentence):
        return None
    explains = cues.EXPLANATION.search(cues.unquoted(sentence))
    if explains and not (
        _task_clause_first(lead) and explains.start() > _first_clause_end(sentence, lead)
    ):
        return None  # 经济增长预期目标6.5%-7%，考虑了…: why, not what (取消…，每年可使…: both)
    numbered = cues.task_number(sentence)
    if numbered and cues.verb_first(lead):
        return Cue("numbered_task", numbered.strip("，,、．. "))
    found = cues.modal(sentence) or cues.frame(sentence) or cues.target(sentence)
    if found is not None:
        return found
    if cues.verb_first(lead, prepositions=False) and not cues.states(lead):
        return None if cues.past(sentence) else Cue("task_sentence")
    if _THIS_YEAR.match(lead) and _QUANTITY.search(sentence):
        return Cue("target", "今年")  # 今年中央财政投入增加300亿元以上
    return _priority(sentence, lead)


def _task_clause_first(lead: str) -> bool:
    return cues.verb_first(lead, prepositions=False) and not cues.states(lead)


def _first_clause_end(sentence: str, lead: str) -> int:
    """Where the sentence's first clause after its lead (time, place, topic) ends."""
    comma = lead.find("，")
    return len(sentence) - len(lead) + (comma if comma != -1 else len(lead))


def _priority(sentence: str, lead: str) -> Cue | None:
    """解决…问题，是我们全部工作的重中之重: a task named as the priority."""
    if _PRIORITY.search(sentence) and cues.verb_first(lead):
        return Cue("frame", "是")
    return None


def _plan(sentence: str) -> Cue | None:
    """A plan or a target outside the tasks part: 拟…, 力争…, a planned figure with 将."""
    found = cues.target(sentence)
    if found is None:
        return None
    if found.word != "将":
        return found
    if _QUANTITY.search(sentence) or _THIS_YEAR.search(sentence[: sentence.find("将")]):
        return found  # 工业总产值将增长百分之四点五, 今年…将少招: a plan, not a forecast
    return None
