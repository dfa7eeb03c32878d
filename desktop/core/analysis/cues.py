"""The words that make a sentence a directive, and the words that only look like them.

Each finder returns a `Cue`: its kind (a stable code the faces word, see
core/messages.py) and the word that made it, or None. Words inside “…” never
count: a quoted formulation (变“要我安全”为“我要安全”) is named, not laid down.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from desktop.core.text import words

QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」|\"[^\"]*\"")

# Lookbehinds follow the character they guard (要(?<!重要)), never lead a pattern: a pattern that
# begins with a literal lets the regex engine skip ahead to it, one that begins with a
# lookbehind is tried at every position (three times slower over a sentence).
# 要 as a modal, not inside a word: 重要, 主要, 要求 (a noun or a verb of its own), 要素 …
_YAO = (
    r"要(?<![重主首纲摘概扼提必只想紧政机险简需将快就纪]要)"
    r"(?![素点件闻害员职领求务么是冲塞诀想])(?!不[然是就])"
)
_STRONG_WORDS_PATTERN = (
    rf"必须|务必|一定要|应当|应该|决不能|绝不能|决不允许|绝不允许|{_YAO}|"
    r"应(?<![响适供相反对呼顺效感答报理]应)(?=[加当该予逐及尽着把将从在由以进积严切继坚充始统建健抓做保推完深注重落])"
)
_WEAK_WORDS_PATTERN = (
    r"确保|坚决|切实(?!可行)|需要(?![的。，；])|有必要|不得|严禁|禁止|不准|不许|不予|力争|务求"
)
_MODAL_CHARACTER = re.compile("[要必务应确坚切需禁准许予力得杜决绝]")
_WEAK_WORDS = {"确保", "坚决", "切实", "需要", "有必要", "力争", "务求"}
# what was done: 取得了, 已经, 曾 (了 in 为了, 除了, 了解, 不了 is not the past)
_PAST = re.compile(r"了(?<![为除不得]了)(?![解不])|已经|业已|已(?<!而已)(?![有经])")
# a modal before a word about the speech itself: 应该说明, 首先应该指出 — the speaker's own discourse
_DISCOURSE = re.compile(r"(应该|应当|要|必须)(首先)?(说明|指明|指出|谈到|讲一讲|进行具体的分析)")
_PROHIBITION = re.compile(r"决不能|绝不能|决不允许|绝不允许|不得|严禁|禁止|不准|不许|不予|杜绝")
# what makes 要 or 需要 something else: a reason or a purpose (由于要…), a future (将要), a noun (…的需要)
_NOT_DIRECTING = re.compile(
    r"(由于|因为|为了|为)要|将要|需要[的。，；]|的需要|需要量|需要的|是需要"
)
# one pass finds them all: what only looks like a modal is matched first and passed over
_MODALS = re.compile(
    rf"(?P<other>{_NOT_DIRECTING.pattern}|{_DISCOURSE.pattern})|"
    rf"(?P<strong>{_STRONG_WORDS_PATTERN})|(?P<weak>{_WEAK_WORDS_PATTERN})"
)
# a frame that announces requirements: 总体要求是：…, 主要任务是：…, 基本思路和主要任务是，…
_FRAME = re.compile(
    r"(要求|任务|目标|思路|方针|原则|着眼点|重点|部署|安排|内容|举措|措施|考虑)[，,]?(仍然|也|都)?"
    r"(是|为|主要是|就是)([：:，,]|(?=把|改革|加强|坚持|实现|建立|推进|保持|提高|促进|抓好|做好|搞好|解决))"
)
# a plan or a target: 今年拟安排…, 预期目标是…, 力争…, 今年将…
_TARGET = re.compile(
    r"预期(?=目标|增长|[为是])|拟(?<![模比虚草]拟)(?![人定的])|力争|将(?![要来近会是])|到\d{4}年"
)
# the numbering of a task: 一是…, 第三，…, （一）…, 1．…, ——…
TASK_NUMBER = re.compile(
    r"^\s*(——|[一二三四五六七八九十]+是|第[一二三四五六七八九十]+[，,、．.]|"
    r"[（(][一二三四五六七八九十\d]+[）)]|\d+[．.、]|[一二三四五六七八九十]+、)"
)
# the characters a numbering or a lead can begin with (TASK_NUMBER, _LEAD)
_LEAD_FIRST = set("—一二三四五六七八九十第（( \t同其此另首最今明当目下从到自除在对根按围为通")
# time, place and topic before the verb of a task: 今年，…; 从今年起，…; 在城市，…; 对…，
_LEAD = re.compile(
    r"^(同时|其中|此外|另外|首先|最后|今年|明年|今后|当前|目前|下一步|今后五年|"
    r"从今年起|从\d{4}年起|到\d{4}年|\d{4}年|自[^，,]{1,16}起|除[^，,]{1,12}外|在[^，,]{1,12}(上|中|方面|里)?|对[^，,]{1,24}|"
    r"根据[^，,]{1,20}|按照[^，,]{1,20}|围绕[^，,]{1,20}|为了?[^，,]{1,20}|通过[^，,]{1,20})[，,]"
)
# an explanation, a judgement or an expected effect: 考虑了…, 这是…, 有利于…, 可使…, …是错误的
EXPLANATION = re.compile(
    r"考虑了|这是|这不仅|有利于|意味着|可使|将使|能够使|如果不|否则|其原因|原因是|之所以|说明了|表明|证明"
)
# a judgement of what some do, not a task: …，是错误的; 如果现在要求…，是不现实的
JUDGEMENT = re.compile(r"是(完全)?(错误|不对|不现实|不容易|不正确|不允许)的")
# a sentence that opens by looking back at what was just laid down: 实施上述政策，今年将减轻…
EFFECT = re.compile(r"^(实施|通过|采取|经过)(上述|这些|以上|这一|这项)")
# a question is asked, not laid down: 国家将如何提振消费？
_QUESTION = re.compile(r"[？?]$|如何|怎样|怎么|为什么|是否|吗[？?。]?$")
# 是 as the verb of the first clause (创新是文艺的生命), not inside 尤其是, 就是, 还是 …
_COPULA = re.compile(
    r"^[^，,；;：:]*?(主要是|(?<![尤就还或也都而不正总凡要于但可只若倒硬真即乃])是)|"
    r"^[^，,；;：:]*?(成为|在于)"
)


@dataclass(frozen=True)
class Cue:
    kind: (
        str  # modal | prohibition | frame | target | numbered_task | task_sentence | continuation …
    )
    word: str = ""

    def code(self) -> str:
        """`kind` or `kind:word`, as stored."""
        return f"{self.kind}:{self.word}" if self.word else self.kind


@lru_cache(maxsize=64)
def unquoted(text: str) -> str:
    """The text with what is inside “…” blanked out (same length; several checks ask per sentence)."""
    if "“" not in text and "「" not in text and '"' not in text:
        return text
    return QUOTED.sub(lambda m: "　" * len(m.group(0)), text)


def modal(text: str, weak: bool = True) -> Cue | None:
    """要, 必须, 应当 … (strong), and 确保, 坚决, 需要 + verb … (weak), outside quotes."""
    first = _MODAL_CHARACTER.search(text)
    if first is None:
        return None  # most sentences hold none of the characters any modal is written with
    plain = unquoted(text)
    first_weak = None
    # every modal, and every look-alike, starts at most two characters before one of them (由于要)
    for found in _MODALS.finditer(plain, max(0, first.start() - 2)):
        if found.lastgroup == "strong":
            return _cue(found.group(0))
        if found.lastgroup == "weak" and weak and first_weak is None and _weak_counts(plain, found):
            first_weak = found.group(0)
    return _cue(first_weak) if first_weak else None


def _cue(word: str) -> Cue:
    return Cue("prohibition" if _PROHIBITION.fullmatch(word) else "modal", word)


_COMMITMENT = re.compile(r"将(?<!即将)(?![要来近会是])|愿(?![望景])")


def commitment(text: str) -> Cue | None:
    """将, 愿: what a speaker says will be done (中方愿同加方…, 今年我国将…)."""
    found = _COMMITMENT.search(unquoted(text))
    return Cue("commitment", found.group(0)) if found else None


_NEEDS_ADVERB = (
    "还",
    "更",
    "都",
    "也",
    "仍",
    "则",
    "就",
    "尤其",
    "特别",
    "首先",
    "又",
    "亦",
    "均",
    "都",
)


def _weak_counts(plain: str, match: re.Match[str]) -> bool:
    """需要 is a modal as a clause's verb (，需要各民族…努力), not as a noun (客观需要和…)."""
    if match.group(0) != "需要":
        return True
    before = plain[max(0, match.start() - 2) : match.start()]
    after = plain[match.end() : match.end() + 1]
    if after in ("的", "和", "与", "及", "。", "，", "；", ""):
        return False
    return not before or not before[-1].isalpha() or before.endswith(_NEEDS_ADVERB)


def is_weak(cue: Cue) -> bool:
    return cue.word in _WEAK_WORDS


def past(text: str) -> bool:
    """Does the sentence tell what was done (取得了…, 已经…)?"""
    return bool(_PAST.search(unquoted(text)))


_DIRECTING = re.compile(r"呼吁|要求(?![的。，])|敦促|号召")


def directing(text: str) -> Cue | None:
    """A directing verb inside what is said (声明说，…，呼吁欧盟委员会出台…)."""
    found = _DIRECTING.search(unquoted(text))
    return Cue("directing_verb", found.group(0)) if found else None


def prohibition(text: str) -> Cue | None:
    found = _PROHIBITION.search(unquoted(text))
    return Cue("prohibition", found.group(0)) if found else None


def frame(text: str) -> Cue | None:
    found = _FRAME.search(unquoted(text))
    return Cue("frame", found.group(0)) if found else None


def target(text: str) -> Cue | None:
    found = _TARGET.search(unquoted(text))
    return Cue("target", found.group(0)) if found else None


def task_number(text: str) -> str | None:
    found = TASK_NUMBER.match(text)
    return found.group(1) if found else None


def strip_lead(text: str) -> str:
    """The sentence from its verb on: numbering, time, place and topic phrases taken off."""
    if text[:1] not in _LEAD_FIRST and not text[:1].isdigit():
        return text  # no lead begins so: spare the patterns
    rest = TASK_NUMBER.sub("", text, count=1).lstrip()
    for _ in range(3):
        shorter = _LEAD.sub("", rest, count=1)
        if shorter == rest:
            break
        rest = shorter
    return rest


def verb_first(text: str, prepositions: bool = True) -> bool:
    """Does the sentence start with a verb (坚持目标导向…, 加快…, 聚焦…), perhaps after an
    adverb that says how (全面推开…, 依法实施…, 大力发展…)? jieba's dictionary decides, on the
    first characters only, because tagging is the slow part. `prepositions`: 针对…, 对… count."""
    tokens = _first_tokens(text.lstrip("　 ")[:8])
    if not tokens:
        return False
    (word, flag), rest = tokens[0], tokens[1:]
    verbs = _VERBS | ({"p"} if prepositions else set())
    if flag in verbs or word in _VERB_WORDS:
        return True
    if len(rest) >= 2 and flag in ("a", "ad") and rest[0][1] == "c" and rest[1][1] in _VERBS:
        return True  # 稳定和完善…: two verbs, the first read as an adjective
    if len(word) >= 3 and flag not in ("n", "nr", "ns", "nt", "t", "r", "m"):
        # a phrase the dictionary holds whole (继续抓好, 大力发展): read its first word
        head, tail = _tag(word[:2]), _tag(word[2:])
        if head in _VERBS or (_is_manner(word[:2], head) and tail in _VERBS):
            return True
    manner = _is_manner(word, flag)
    return manner and bool(rest) and (rest[0][1] in _VERBS or rest[0][0] in _VERB_WORDS)


def _is_manner(word: str, flag: str) -> bool:
    return flag in ("a", "ad", "d") or word in _MANNER


def _tag(word: str) -> str:
    return words.tag(word) or ""


_VERBS = {"v", "vd", "vi", "vn", "l", "i"}
# policy verbs jieba's dictionary tags as something else; 把 opens a task as a verb does (把…摆在…)
_VERB_WORDS = {"深化", "把"}
# adverbs of manner that policy language puts before its verbs (jieba tags some of them nouns)
_MANNER = {
    "全面",
    "依法",
    "规范",
    "重点",
    "大力",
    "进一步",
    "统筹",
    "分类",
    "有序",
    "稳步",
    "逐步",
    "集中",
}


@lru_cache(maxsize=8192)
def _first_tokens(prefix: str) -> tuple[tuple[str, str], ...]:
    """The first words of a sentence with their parts of speech, from jieba's dictionary alone
    (its HMM for unknown words and its tagger are the slow part; a dictionary lookup is not)."""
    out = []
    for word in words.cut(prefix):
        if word.strip() and word not in "，,":
            out.append((word, words.tag(word) or "x"))
        if len(out) == 3:
            break
    return tuple(out)


def states(text: str) -> bool:
    """Is it a statement of what is (创新是文艺的生命), not of what to do?"""
    return bool(_COPULA.search(unquoted(text)))


def question(text: str) -> bool:
    return bool(_QUESTION.search(text.rstrip("”’」")))


def discourse(text: str) -> bool:
    """Does the speaker announce his own words (首先应该说明…, 我们应该进行具体的分析)?"""
    return bool(_DISCOURSE.search(unquoted(text)))
