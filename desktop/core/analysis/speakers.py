"""Who says a sentence: `SPEAKER + 指出/强调/要求/表示…`, and who the speaker is.

A speaker is a person (named with a title, a name already known in the issue, a
name the dictionary does not read as another word) or an institution (会议, 全会,
通知, 国务院, 中国人民银行, 中方 …). Nothing else becomes a speaker: when the
subject of a speech verb is neither (广大党员干部表示，…; 报道称，…), the voice is
one we cannot name, and says so (None) rather than lend the words to the person
named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from desktop.core.analysis.people import (
    HAN,
    HAN_CHARACTER,
    SURNAMES,
    TITLE_WORDS,
    Mention,
    clause_start,
    is_word_not_name,
)

SPEECH_VERBS = (
    "指出|强调|要求|提出|表示|希望|认为|指示|号召|呼吁|部署|寄语|叮嘱|嘱咐|勉励|提醒|谈到|讲到|"
    "坦言|警告|敦促|提示|重申|宣布|透露|介绍|决定|说|称"
)
DIRECTING_VERBS = set(
    "要求 部署 号召 呼吁 希望 叮嘱 嘱咐 勉励 提醒 指示 警告 敦促 提示 决定".split()
)
# verbs that may take their content without a comma: 李希要求严肃查处…
_BARE_VERBS = set("要求 强调 指出 希望 号召 呼吁 提醒 叮嘱 警告 敦促 提示 指示 决定".split())
# verbs that say who speaks and are seldom nouns: only these open the words of a voice we cannot name
_DECIDED_WHEN = re.compile(r"[于自从将]|在\d")  # 决定于2026年开展…, not 决定由我作报告
_VOICE_VERBS = set("表示 称 说 认为 指出 强调 宣布 透露 介绍 坦言 重申".split())
_SPEECH = re.compile(rf"({SPEECH_VERBS})(道)?")
_AFTER_VERB = "，,：:“"
# 表示要…, 提出还要…: a speech verb straight before what the speaker will or must do
_COMMITS = re.compile(r"(还|也|都|又|就)?(要|将|必须|应|愿)")
_ADVERBIAL_TAIL = re.compile(
    r"(在[^，,；;]{1,20}?(上|中|时|期间|之际|后|前|里)|还|也|又|首先|最后|同时|进一步|特别|再次|深刻|明确|"
    r"郑重|着重|充分|一再|反复|多次|则|都|亦|随后|接着|并|专门|当天|今天|日前|近日|重点|详细|具体|"
    r"深入|认真|亲切|坚定|最近|已经|已|会后|会上|会前|当晚|\d{1,2}日|\d{1,2}月\d{1,2}日|"
    r"(向|对|同|与|给)[^，,；;]{1,16}|[^，,；;在]{2,16}时|同志|"
    r"(发布|发表|发出)了?(联合)?(声明|公告|消息|通报|讲话|视频讲话))$"
)
# before the speaker: 在发布会上中国人民银行宣布, 当天李强表示
_ADVERBIAL_HEAD = re.compile(
    r"^(在[^，,；;]{1,16}?(上|中|时|期间|之际|后|前|里)|当天|今天|日前|近日|随后|同时|据[^，,]{1,12}消息)"
)
_HEAD_FIRST = set("在当今日近随同据")  # what _ADVERBIAL_HEAD can begin with
_TITLE_AFTER_NAME = re.compile(rf"^([{HAN}]{{1,4}}?)({TITLE_WORDS})$")
_BARE_TITLE = re.compile(rf"^(?:{TITLE_WORDS})$")
_TITLE_ENDING = re.compile(rf"^[^，,。；;：:]*(?:{TITLE_WORDS})$")
_PRONOUN = re.compile(r"^(他|她)$")
# bodies and documents that speak: 会议指出, 《通知》强调, 国务院决定
_COLLECTIVE = re.compile(
    r"^(会议|大会|全会|常务会议|讲话|文章|通知|意见|报告|公报|决定|决议|贺信|贺电|致辞|方案|规划|纲要|草案|"
    r"纲要草案|声明|公告|条例|规定|办法|宪法|党中央|中央|国务院|双方|各方|与会人员|与会同志)$"
)
# a document named with what it is about: “十五五”规划建议, 《关于…的意见》
_DOCUMENT = re.compile(
    r"^[“《]?[^，,。]{0,16}(规划建议|建议|规划|纲要|意见|通知|决定|方案|公报|条例|决议|声明|公告)$"
)
_ORGANISATION = re.compile(
    rf"^[{HAN}]{{2,18}}(?<!干)(?<!全)(?<!内)(?<!外)(?<!局)(?<!各)(局|部|委|办|院|厅|署|政府|中心|银行|"
    r"公司|集团|党委|纪委|监委|委员会|协会|联合会|组织|常委会|法院|检察院|武装|议会|央行|军方)$"
)
_SIDE = re.compile(rf"^[{HAN}]方$")  # 中方, 美方: one side of talks
_NOT_A_SUBJECT = re.compile(r"的$|^(按照|根据|依照|对|为|在|从|以|关于|围绕|通过)|[、，]")
# the last characters of the names of bodies, documents and sides (see the patterns above)
_BODY_ENDINGS = set("议会话章知见告报定信电辞案划要明例法央院方员志局部委办厅署府心行司团织装军")
_NEWS_SOURCE = re.compile(r"(报道|消息|媒体|社|台|网)$")
_FIRST_PERSON = ("我", "我们", "本人")


@dataclass
class People:
    """Everyone named so far in the issue, with their titles; who was named last."""

    titles: dict[str, list[str]] = field(default_factory=dict)
    last: str | None = None
    aliases: dict[str, str] = field(default_factory=dict)  # the short name → the name written whole

    def add(self, mention: Mention) -> None:
        known = self.titles.setdefault(mention.name, [])
        for title in mention.titles:
            if title not in known:
                known.append(title)
        short = mention.name.rsplit("·", 1)[-1]
        if short != mention.name and len(short) >= 2:  # 哈凯恩德·希奇莱马 is called 希奇莱马 after
            self.aliases[short] = mention.name


@dataclass(frozen=True)
class Opener:
    speaker: str | None  # None: a voice that cannot be named
    verb: str
    content_at: int  # where what is said begins
    attribution: str  # named | pronoun | title | span | body (an institution) | unnamed


def find_opener(
    sentence: str, people: People, current: str | None, first_person: str | None = None
) -> Opener | None:
    """The speaker and speech verb that open the sentence's words, if any. `first_person`: who
    我/我们 is (a report's reporter), if anyone.

    With several (媒体报道称，特朗普已向其团队表示，希望…), the first speaker that can be
    named says the content; a voice that cannot be named speaks only if nobody else does.
    """
    unnamed: Opener | None = None
    for match in _SPEECH.finditer(sentence):
        verb = match.group(1)
        after = match.end()
        follows = sentence[after : after + 2]
        punctuated = bool(follows) and follows[0] in _AFTER_VERB
        committed = bool(_COMMITS.match(follows))
        bare = verb in _BARE_VERBS and (verb != "决定" or bool(_DECIDED_WHEN.match(follows)))
        if not (punctuated or bare or committed):
            continue
        begin = clause_start(sentence, match.start())
        while begin > 0 and sentence[begin - 1] == "”":  # “十五五”规划建议提出
            opening = sentence.rfind("“", 0, begin - 1)
            if opening == -1:
                break
            begin = clause_start(sentence, opening)
        subject = subject_of(sentence[begin : match.start()])
        spoken = punctuated or committed
        if first_person and subject in _FIRST_PERSON:
            return Opener(first_person, verb, after, "byline")
        found = resolve(subject, sentence[: match.start()], people, current, spoken)
        if found is not None:
            return Opener(found[0], verb, after, found[1])
        if punctuated and unnamed is None and verb in _VOICE_VERBS and _unnamed_voice(subject):
            unnamed = Opener(None, verb, after, "unnamed")
    return unnamed


def subject_of(text: str) -> str:
    """The words before a speech verb that name its speaker, without the adverbials around them."""
    while (trimmed := _ADVERBIAL_TAIL.sub("", text)) != text:
        text = trimmed
    while text[:1] in _HEAD_FIRST and (trimmed := _ADVERBIAL_HEAD.sub("", text)) != text:
        text = trimmed
    return text


def _opening_subject(before: str, people: People) -> tuple[str, str] | None:
    """The subject that opens the sentence's first clause, for a verb left without one: a body or
    document (国务院日前印发…，决定…; 《纲要草案》紧紧围绕…，强调…), a side of talks (中方欢迎…，
    希望…) or a person already named. An abstract subject (经济的发展要求…) is none of them."""
    clause = _ADVERBIAL_HEAD.sub("", re.split(r"[，,；;]", before.split("：")[-1])[0].strip())
    named = re.match(r"^《([^》]{1,20})》", clause)
    if named and (_COLLECTIVE.match(named.group(1)) or _DOCUMENT.match(named.group(1))):
        return named.group(1), "body"
    for length in range(min(18, len(clause)), 1, -1):
        head = clause[:length]
        if head[-1] not in _BODY_ENDINGS and head not in people.titles:
            continue  # no body's name ends so: spare the patterns
        if _SIDE.match(head):
            return head, "side"
        if _COLLECTIVE.match(head) or _ORGANISATION.match(head):
            return head, "body"
        if head in people.titles:
            return head, "named"
    return None


@lru_cache(maxsize=4096)
def _unnamed_voice(subject: str) -> bool:
    """广大党员干部, 大家, 报道, 美国媒体, 国家能源局等相关负责人: someone speaks, but not someone we
    can name. A phrase that does something (认真听取企业情况介绍) is not a speaker."""
    if not 2 <= len(subject) <= 12 or _NOT_A_SUBJECT.search(subject):
        return False
    from desktop.core.text.words import tagged

    words = tagged(subject)
    if not words or not words[0][1].startswith(("n", "r", "m")):
        return False
    return bool(_NEWS_SOURCE.search(subject)) or words[-1][1] not in ("v", "vd", "vn")


def resolve(
    subject: str, before: str, people: People, current: str | None, punctuated: bool
) -> tuple[str, str] | None:
    """(speaker, how we know) for the subject of a speech verb, or None."""
    if not subject:
        # `…臧晓鹏深入东环街道调研,要求…`: the person who is the subject of an earlier clause
        # (习近平再次祝贺科斯塔…，指出…: 习近平, not the person he congratulated)
        named = _subject_person(before, people) or _last_named(before, people)
        if named:
            return named, "named"
        # 国务院日前印发…，决定…; 《纲要草案》围绕…，强调…: the subject that opens the sentence
        opening = _opening_subject(before, people)
        if opening is not None and opening[1] != "side":
            return opening
        if opening is not None or punctuated:  # 中方欢迎…，希望加方…: the speaker goes on
            return (current, "span") if current else opening
        return None
    if _PRONOUN.match(subject):
        who = people.last or current
        return (who, "pronoun") if who else None
    if subject in people.titles:
        return subject, "named"
    named = _known_name_at_end(subject, people)  # 国务院总理李强: the sentence's mentions are known
    if named:
        return named, "named"
    if subject in people.aliases:
        return people.aliases[subject], "named"
    titled = _TITLE_AFTER_NAME.match(subject)
    if titled:  # 周恩来总理, 周总理, 习近平总书记: the name before the title
        person = _by_name_and_title(titled.group(1), titled.group(2), people)
        if person:
            return person, "named"
    if _BARE_TITLE.match(subject):  # 总书记 alone: the one person of the issue with that title
        holders = [
            name
            for name, titles in people.titles.items()
            if any(t.endswith(subject) for t in titles)
        ]
        if len(holders) == 1:
            return holders[0], "title"
        return None
    body = subject.replace("《", "").replace("》", "")
    if _COLLECTIVE.match(body) or (punctuated and (_ORGANISATION.match(body) or _SIDE.match(body))):
        return body, "body"
    if punctuated and _DOCUMENT.match(body):
        return body, "body"
    if is_chinese_name(subject):
        return subject, "named"
    return None


def _by_name_and_title(name: str, title: str, people: People) -> str | None:
    if name in people.titles:
        return name
    if len(name) == 1:  # 周总理: the 周 of the issue who is 总理
        for known, titles in people.titles.items():
            if known[0] == name and any(t.endswith(title) for t in titles):
                return known
        return None
    if name[0] in SURNAMES and not is_word_not_name(name):
        known_titles = people.titles.setdefault(name, [])
        if title not in known_titles:
            known_titles.append(title)
        return name
    return None


def is_chinese_name(text: str) -> bool:
    """A Chinese name without a title: a common surname and one or two characters more (欧阳 and
    the other double surnames, two more), not a word of another kind (应当), not a place (欧洲央行)."""
    double = text[:2] in _DOUBLE_SURNAMES
    if not (2 <= len(text) <= (4 if double else 3)) or not all(
        HAN_CHARACTER.match(ch) for ch in text
    ):
        return False
    if not double and (text[0] not in SURNAMES or is_word_not_name(text[:2])):
        return False
    return not is_word_not_name(text)


_DOUBLE_SURNAMES = {
    "欧阳",
    "司马",
    "诸葛",
    "上官",
    "东方",
    "皇甫",
    "尉迟",
    "公孙",
    "慕容",
    "令狐",
    "夏侯",
    "端木",
}


def _known_name_at_end(subject: str, people: People) -> str | None:
    """A person already known (the sentence's titled mentions are added first) ending the subject
    after nothing but titles: 开发区党工委副书记、管委会主任臧晓鹏."""
    for name in people.titles:
        if subject.endswith(name) and _TITLE_ENDING.search(subject[: -len(name)]):
            return name
    return None


def _subject_person(before: str, people: People) -> str | None:
    """The person named at the start of one of the clauses before (after their titles)."""
    for clause in re.split(r"[，,：:；;]", before):
        clause = _ADVERBIAL_HEAD.sub("", clause.strip())
        for name in people.titles:
            at = clause.find(name)
            if at == 0 or (at > 0 and _TITLE_ENDING.search(clause[:at])):
                return name
    return None


def _last_named(text: str, people: People) -> str | None:
    best, where = None, -1
    for name in people.titles:
        position = text.rfind(name)
        if position > where:
            best, where = name, position
    return best


def narrative_subject(
    sentence: str, people: People, mentions: list[Mention], named: list[str]
) -> str | None:
    """The person who does something (not speaking) at the start of a clause, if any;
    `named`: the known people whose names the sentence holds."""
    for mention in mentions:
        if mention.start == clause_start(sentence, mention.start):
            return mention.name
    for name in named:
        position = sentence.find(name)
        while position != -1:
            follows = sentence[position + len(name) : position + len(name) + 3]
            if clause_start(sentence, position) == position and not follows.startswith(
                ("总书记", "主席", "同志", "新时代", "思想", "理论")
            ):
                return name
            position = sentence.find(name, position + 1)
    stripped = sentence.lstrip()
    if stripped[:1] in ("他", "她") and (len(stripped) < 2 or stripped[1] not in "们"):
        return people.last
    return None
