"""Directives: the sentences that lay down what should be done, and whose they are.

For each item, sentence by sentence:
1. An opener, `SPEAKER + 指出/强调/要求/…` (or `，要求…` after a person in the same
   sentence), starts a speaker's span. It is a requirement when the verb itself
   directs (要求, 部署, 号召 …) or what follows has a modal (要, 必须, 确保 …);
   otherwise a statement.
2. A narrative sentence, whose clause begins with a person doing something
   other than speaking (臧晓鹏兴致勃勃地参观…, 李希来到…), is no directive and
   ends the span.
3. A sentence with a modal is a requirement of the current speaker (or of no
   one known, outside a span).
4. Inside a span, a sentence that starts with a verb (坚持目标导向…, 聚焦…,
   针对…) continues the speaker's requirements. jieba's part-of-speech tagger
   decides that, on the first few characters only, because it is the slow part.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.core.analysis.people import (
    CLAUSE_BREAK,
    HAN,
    HAN_CHARACTER,
    SURNAMES,
    TITLE_WORDS,
    Mention,
    clause_start,
    titled_mentions,
)
from desktop.core.analysis.sentences import split_sentences
from desktop.core.model import Found
from desktop.core.text.words import posseg_module

SPEECH_VERBS = "指出|强调|要求|提出|表示|希望|认为|指示|号召|呼吁|部署|寄语|叮嘱|嘱咐|勉励|提醒|谈到|讲到|坦言|说|称"
DIRECTING_VERBS = {"要求", "部署", "号召", "呼吁", "希望", "叮嘱", "嘱咐", "勉励", "提醒", "指示"}
# verbs that may take their content without a comma: 李希要求严肃查处…
_BARE_VERBS = {"要求", "强调", "指出", "希望", "号召", "呼吁", "提醒", "叮嘱"}
_SPEECH = re.compile(rf"({SPEECH_VERBS})(道)?")
_AFTER_VERB = "，,：:“"
_MODAL = re.compile(
    r"必须|务必|确保|坚决|一定要|应当|应该|需要|不得|严禁|"
    r"(?<![重主首纲摘概扼提必只想紧政机险简])要(?![素点件闻害员职领求务么是冲塞诀])"
)
_QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")
_ADVERBIAL_TAIL = re.compile(
    r"(在[^，,；;]{1,20}?(上|中|时|期间|之际|后|前|里)|还|也|又|首先|最后|同时|进一步|特别|再次|深刻|明确|郑重|"
    r"着重|充分|一再|反复|多次|则|都|亦|随后|接着|并|专门|当天|今天|日前|近日)$"
)
_TITLE_AFTER_NAME = re.compile(rf"^([{HAN}]{{1,4}}?)({TITLE_WORDS})$")
_PRONOUN = re.compile(r"^(他|她)$")
_COLLECTIVE = re.compile(
    r"^(会议|大会|讲话|文章|通知|意见|报告|公报|决定|贺信|贺电|致辞|方案|规划|双方|各方|与会人员|与会同志)$"
)
_ORGANISATION = re.compile(
    rf"^[{HAN}]{{2,18}}(局|部|委|办|院|厅|政府|中心|公司|集团|党委|纪委|监委|委员会|协会|组织)$"
)
_VERB_FIRST_FLAGS = {"v", "vd", "vi", "ad", "d", "p", "c", "l", "i"}


@dataclass
class People:
    titles: dict[str, list[str]] = field(
        default_factory=dict
    )  # name -> titles, in order of appearance
    last: str | None = None

    def add(self, mention: Mention) -> None:
        known = self.titles.setdefault(mention.name, [])
        for title in mention.titles:
            if title not in known:
                known.append(title)


def _first_word_flag(text: str) -> str:
    return _prefix_flag(text[:6])


@lru_cache(maxsize=4096)
def _prefix_flag(prefix: str) -> str:
    """The part of speech of the first word (dictionary only: the HMM for unknown words is the slow part)."""
    for pair in posseg_module().cut(prefix, HMM=False):
        if pair.word.strip() and pair.word not in "，,":
            return pair.flag
    return ""


def has_modal(text: str) -> bool:
    return bool(_MODAL.search(_QUOTED.sub("", text)))


def analyse_body(
    body: str, known: dict[str, list[str]] | None = None
) -> tuple[list[Found], dict[str, list[str]]]:
    """Directives of one item body, and the people named in it with their titles.

    `known` holds the people named in earlier items of the same issue, so that
    周总理 in the fifth section of a report is the 国务院总理周恩来 of the first.
    """
    people = People(titles={name: list(titles) for name, titles in (known or {}).items()})
    before = set(people.titles)
    speaker: str | None = None
    found: list[Found] = []
    for start, end in split_sentences(body):
        sentence = body[start:end]
        mentions = titled_mentions(sentence)
        for mention in mentions:
            people.add(mention)
        opener = _opener(sentence, people, speaker)
        if opener is not None:
            speaker, verb, content_at = opener
            directing = verb in DIRECTING_VERBS or has_modal(sentence[content_at:])
            found.append(Found(start, end, "requirement" if directing else "statement", speaker))
            people.titles.setdefault(speaker, [])
            people.last = speaker
            continue
        subject = _narrative_subject(sentence, people, mentions)
        if subject is not None:
            speaker = None
            people.last = subject
            continue
        if has_modal(sentence):
            found.append(Found(start, end, "requirement", speaker))
        elif speaker is not None and _first_word_flag(sentence) in _VERB_FIRST_FLAGS:
            # 坚持目标导向… continues the requirements; 创新是文艺的生命 only states
            kind = "statement" if "是" in _QUOTED.sub("", sentence) else "requirement"
            found.append(Found(start, end, kind, speaker))
    named_here = {name for name in people.titles if name not in before or name in body}
    return found, {name: titles for name, titles in people.titles.items() if name in named_here}


def _opener(sentence: str, people: People, current: str | None) -> tuple[str, str, int] | None:
    """(speaker, verb, where the content starts) for the first `SPEAKER + verb` in the sentence."""
    for match in _SPEECH.finditer(sentence):
        verb = match.group(1)
        after = match.end()
        punctuated = after < len(sentence) and sentence[after] in _AFTER_VERB
        if not punctuated and verb not in _BARE_VERBS:
            continue
        begin = clause_start(sentence, match.start())
        subject = sentence[begin : match.start()]
        while True:
            trimmed = _ADVERBIAL_TAIL.sub("", subject)
            if trimmed == subject:
                break
            subject = trimmed
        speaker = _speaker(subject, sentence[: match.start()], people, current, punctuated)
        if speaker is not None:
            return speaker, verb, after
    return None


def _speaker(
    subject: str, before: str, people: People, current: str | None, punctuated: bool
) -> str | None:
    if not subject:
        # `…臧晓鹏深入东环街道调研,要求…`: the person earlier in the sentence
        named = _last_named(before, people)
        return named or (current if punctuated else None)
    if _PRONOUN.match(subject):
        return people.last or current
    for mention in titled_mentions(subject):
        if mention.end == len(subject):
            return mention.name
    if subject in people.titles:
        return subject
    titled = _TITLE_AFTER_NAME.match(subject)
    if titled:  # 周恩来总理, 周总理, 习近平总书记: the name before the title
        name, title = titled.group(1), titled.group(2)
        if name in people.titles:
            return name
        if len(name) == 1:
            for known, titles in people.titles.items():
                if known[0] == name and any(t.endswith(title) for t in titles):
                    return known
        if name[0] in SURNAMES and len(name) > 1:
            their_titles = people.titles.setdefault(name, [])
            if title not in their_titles:
                their_titles.append(title)
            return name
    if _COLLECTIVE.match(subject):
        return subject if punctuated else None
    if _ORGANISATION.match(subject) and punctuated:
        return subject
    if (
        2 <= len(subject) <= 4
        and subject[0] in SURNAMES
        and all(HAN_CHARACTER.match(ch) for ch in subject)
    ):
        return subject
    return None


def _last_named(text: str, people: People) -> str | None:
    best, where = None, -1
    for name in people.titles:
        position = text.rfind(name)
        if position > where:
            best, where = name, position
    return best


def _narrative_subject(sentence: str, people: People, mentions: list[Mention]) -> str | None:
    """The person who does something (not speaking) at the start of a clause, if any."""
    for mention in mentions:
        if mention.start == clause_start(sentence, mention.start):
            return mention.name
    for name in people.titles:
        position = sentence.find(name)
        while position != -1:
            follows = sentence[position + len(name) : position + len(name) + 3]
            if clause_start(sentence, position) == position and not follows.startswith(
                ("总书记", "主席", "同志", "新时代")
            ):
                return name
            position = sentence.find(name, position + 1)
    stripped = sentence.lstrip()
    if stripped[:1] in ("他", "她") and (len(stripped) < 2 or stripped[1] not in "们"):
        return people.last
    return None


__all__ = ["CLAUSE_BREAK", "Found", "analyse_body", "has_modal"]
