"""People in a sentence: `TITLE + NAME` (开发区党工委副书记、管委会主任臧晓鹏), with their titles from the text.

A name is the two to five characters after a title word, cut where the text
goes on with what people do (在, 主持, 强调, 、 …). Two characters are tried
first: 国务院总理李强在会上 gives 李强, 副书记李淑侠主持 gives 李淑侠.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

TITLE_WORDS = (
    "总书记|副书记|书记|副主任|主任|副总理|总理|副主席|主席|副部长|部长|副省长|省长|副市长|市长|副县长|县长|"
    "副区长|区长|镇长|局长|厅长|处长|常委|委员|董事长|总经理|秘书长|组长|院长|校长|会长|理事长|总统|首相|"
    "外长|议长|司令员|政委|领导|大使|专员|州长|行长|署长|主任委员|大臣|国务卿|发言人|负责人|观察员|常驻代表|特使|夫人"
)
_TITLE = re.compile(TITLE_WORDS)
# Chinese characters, the supplementary planes included: names such as 王𬍛 are outside the BMP
HAN = "\\u3400-\\u4dbf\\u4e00-\\u9fff\\U00020000-\\U0003134f"
HAN_CHARACTER = re.compile(f"[{HAN}]")
_HAN = re.compile(f"[{HAN}·]")
_HAN_RUN = re.compile(f"[{HAN}·]{{1,5}}")
# what follows a name: what people do, or the end of a list of them
NAME_FOLLOWERS = re.compile(
    r"[、，,。；;：:（(\d]|$|在|主持|出席|强调|指出|表示|说|深入|会见|会谈|参加|调研|考察|前往|来到|走进|实地|一行|等|和|与|同|"
    r"向|对|为|的|分别|还|也|率|发表|致|到|就|同志|宣布|作|讲话|要求|提出|陪同|代表|希望|认为|指示|号召|呼吁|部署|"
    r"察看|参观|听取|主持|签署|通报|介绍|回答|并|又|首先|再次|随后|此前|今天|昨天|日前|近日|亲切|专程|则|"
    r"关于|告诉|先生|女士|阁下|一道|重新|亲自|已|曾|正在|正|将|便|即|仍|均|才|刚|一直|始终|再|亦|都|"
    r"称|宣布|透露|介绍|重申|回应|警告|敦促|提示|表态|明确|坦言|认为|致辞|会谈|通电话|举行|访华|访问|"
    r"抵达|离开|结束|共同|应约|应邀|夫妇|见面|握手|致电|致信|发来|检阅|会后|会前"
)
# where a title chain cannot reach back past: 习近平在福建省委书记周祖翼 → 福建省委书记
_CHAIN_STOP = re.compile(
    r"(在|由|陪同|同志|会见|会谈|出席|主持|接见|看望|慰问|同|与|对|向|欢迎|宣读|看|但|据|祝贺|"
    r"邀请|率领|会晤|通电话|访问|应邀|应约|致信|致电|致函)"
)
# titles after which a name need not start with a Chinese surname (foreign leaders: 扎尔达里, 呼日勒苏赫)
_FOREIGN_OFFICE = (
    "总统",
    "首相",
    "外长",
    "议长",
    "大使",
    "国王",
    "总理",
    "主席",
    "总督",
    "大臣",
    "国务卿",
    "负责人",
    "观察员",
    "常驻代表",
    "特使",
)
# the commonest Chinese surnames (about 96% of people); two- and three-character names must start with one
SURNAMES = set(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤臧常温"
    "康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂"
    "成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党"
    "宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "习栗扈訾逄羿芮闻鄂蔺弓晁眭匡楼冀郁井勾揭练权逯阎钮索赖郗侍竺蓬凤"
)
CLAUSE_BREAK = "，,；;：:。！？!?“”（）()\n"


@dataclass(frozen=True)
class Mention:
    name: str
    titles: tuple[str, ...]
    start: int  # where the mention (title chain included) starts in the sentence
    name_start: int
    end: int


# the kinds of word (jieba's tags, first letter) a foreign name is never read as
_WORD_KINDS = set("vdpcumqrfil")
# jieba's tags of words that are never a person's name (its dictionary has 周恩来 as a time word: not trusted)
_NOT_NAME_TAGS = {
    "v",
    "vd",
    "vn",
    "vi",
    "d",
    "a",
    "ad",
    "an",
    "c",
    "p",
    "u",
    "ul",
    "uj",
    "r",
    "m",
    "q",
    "n",
    "f",
    "s",
    "z",
    "l",
    "i",
}


def is_word_not_name(candidate: str) -> bool:
    """A word of the dictionary that is not a name: 应当, 重点, 批判 (jieba's tags decide)."""
    from desktop.core.text.words import tag

    found = tag(candidate)
    return found is not None and found in _NOT_NAME_TAGS


@lru_cache(maxsize=4096)
def _reads_as_words(candidate: str) -> bool:
    """Does jieba read the candidate as words of other kinds (批评了, 接着谈, 府发布, 有职无权)?"""
    from desktop.core.text.words import tagged

    return any(  # single characters say little: a transliteration is cut into them (莫/茨/费尔特)
        len(word) > 1 and flag[:1] in _WORD_KINDS for word, flag in tagged(candidate)
    )


def _named_before(text: str, at: int) -> bool:
    """习近平主席贺信: a name just before the title, so what follows the title is not one."""
    from desktop.core.text.words import tag

    before = (tag(text[max(0, at - n) : at]) or "" for n in (2, 3))
    return any(tag.startswith("nr") and tag != "nrt" for tag in before)  # nrt: 斯里兰卡's 兰卡


_DOTTED_FIRST = re.compile(rf"[{HAN}]{{1,8}}·")


def _dotted_name(text: str, at: int) -> str | None:
    """哈凯恩德·希奇莱马: a foreign name written whole, its last part as short as the text allows."""
    first = _DOTTED_FIRST.match(text, at)
    if first is None:
        return None
    for end in range(first.end() + 1, min(len(text), first.end() + 8) + 1):
        if not _HAN.match(text[end - 1]):
            return None
        if NAME_FOLLOWERS.match(text, end):
            return text[at:end]
    return None


def _name_after(text: str, at: int, title: str) -> str | None:
    name = _candidate_after(text, at, title)
    if name is not None and _named_before(text, at - len(title)):
        return None  # 习近平主席贺信: the name was before the title
    return name


def _candidate_after(text: str, at: int, title: str) -> str | None:
    if title not in _FOREIGN_OFFICE:
        if text[at : at + 1] not in SURNAMES:
            return None  # (the rule below, asked first: most titles are followed by no name)
    else:
        dotted = _dotted_name(text, at)
        if dotted is not None:
            return dotted
    run = _HAN_RUN.match(text, at)  # the characters a name could be made of, at most five
    longest = run.end() - at if run else 0
    for length in range(2, longest + 1):
        candidate = text[at : at + length]
        if NAME_FOLLOWERS.match(text, at + length):
            foreign = title in _FOREIGN_OFFICE and not (length <= 3 and is_word_not_name(candidate))
            if candidate[0] not in SURNAMES and not foreign:
                return None  # 党政领导责任 is not a leader called 责任, 干部长期下去 not a 部长
            if candidate[0] not in SURNAMES and _reads_as_words(candidate):
                return None  # 周总理批评了…, 总统府发布…: words, not a foreign leader's name
            if length == 2 and candidate[0] == candidate[1]:
                return None  # 主席常常: a doubled word, not a name
            if NAME_FOLLOWERS.match(candidate) or _TITLE.search(candidate):
                return None  # 总理在报告中, 常委会主任委员: what follows the title is not a name
            if candidate[0] in SURNAMES and is_word_not_name(candidate):
                return None  # 书记应当…: a word, not a leader called 应当
            return candidate
    return None


_LAST_BREAK = re.compile(f"[{re.escape(CLAUSE_BREAK)}][^{re.escape(CLAUSE_BREAK)}]*$")


def clause_start(text: str, position: int) -> int:
    """Where the clause holding `position` begins: after the last break before it."""
    found = _LAST_BREAK.search(text, 0, position)
    return found.start() + 1 if found else 0


_NOT_IN_TITLES = re.compile(r"[\d《》“”的]|^(相关)?领导$")


def _plain_title(title: str) -> bool:
    """A title as people write it (中央纪委书记), not a stretch of narrative that ends in one."""
    return 2 <= len(title) <= 16 and not _NOT_IN_TITLES.search(title)


def titled_mentions(text: str) -> list[Mention]:
    """Every `TITLE + NAME` in `text`, in order."""
    found: list[Mention] = []
    for match in _TITLE.finditer(text):
        name = _name_after(text, match.end(), match.group(0))
        if name is None or _TITLE.match(name):
            continue
        begin = clause_start(text, match.start())
        if found and found[-1].end > begin:
            begin = found[
                -1
            ].end  # 县委书记王建华、大冶市市长万鼎: the second chain starts after the first name
        for stop in _CHAIN_STOP.finditer(text, begin, match.start()):
            begin = stop.end()  # the last word that a title chain cannot reach back past
        chain = text[begin : match.end()].lstrip("、和及与").strip("、")
        titles = tuple(t for t in (part.strip() for part in chain.split("、")) if _plain_title(t))
        found.append(Mention(name, titles, begin, match.end(), match.end() + len(name)))
    return found
