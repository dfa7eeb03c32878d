"""Why a directive was marked and how its speaker is known, in words (`yandu directives --why`, the hover).

The analysis stores codes (analysis/cues.py: `modal:必须`, `numbered_task:第三` …; the
speaker's attribution: `named`, `byline` …); this module words them in Chinese, and the
translation catalogue in English, as core/messages.py does for errors.
"""

from __future__ import annotations

from desktop.core.messages import QT_TRANSLATE_NOOP, Translate, translator
from desktop.core.model import Directive

CUES: dict[str, str] = {
    "modal": QT_TRANSLATE_NOOP("messages", "含情态词“{word}”"),
    "prohibition": QT_TRANSLATE_NOOP("messages", "禁止性说法“{word}”"),
    "frame": QT_TRANSLATE_NOOP("messages", "“{word}”引出的要求"),
    "target": QT_TRANSLATE_NOOP("messages", "目标或安排“{word}”"),
    "commitment": QT_TRANSLATE_NOOP("messages", "表态“{word}”"),
    "directing_verb": QT_TRANSLATE_NOOP("messages", "指示性动词“{word}”"),
    "speech_verb": QT_TRANSLATE_NOOP("messages", "“{word}”引出的话"),
    "numbered_task": QT_TRANSLATE_NOOP("messages", "任务编号“{word}”"),
    "task_sentence": QT_TRANSLATE_NOOP("messages", "报告任务部分中以动词开头的句子"),
    "continuation": QT_TRANSLATE_NOOP("messages", "接续发言人前面的话"),
    "quotation": QT_TRANSLATE_NOOP("messages", "在发言人的引语之内"),
}

ATTRIBUTIONS: dict[str, str] = {
    "named": QT_TRANSLATE_NOOP("messages", "本句点名"),
    "pronoun": QT_TRANSLATE_NOOP("messages", "“他/她”指前文点名的人"),
    "title": QT_TRANSLATE_NOOP("messages", "以职务称呼"),
    "span": QT_TRANSLATE_NOOP("messages", "同一段中前面点名的发言人"),
    "byline": QT_TRANSLATE_NOOP("messages", "报告的署名人"),
    "body": QT_TRANSLATE_NOOP("messages", "机构或文件"),
    "unnamed": QT_TRANSLATE_NOOP("messages", "说话者不能确定为具体的人"),
}

WHY = QT_TRANSLATE_NOOP("messages", "为何标出：{cue}")
WHOSE = QT_TRANSLATE_NOOP("messages", "发言人：{speaker}（{how}）")
NOBODY = QT_TRANSLATE_NOOP("messages", "未识别发言人")


def cue_text(cue: str, translate: Translate) -> str:
    kind, _, word = cue.partition(":")
    template = CUES.get(kind)
    return translate(template).format(word=word) if template else cue


def speaker_text(directive: Directive, translate: Translate) -> str:
    speaker = directive.speaker or translate(NOBODY)
    how = ATTRIBUTIONS.get(directive.attribution)
    if how is None:
        return speaker
    return translate(WHOSE).format(speaker=speaker, how=translate(how))


def why(
    directive: Directive, language: str = "zh", translate: Translate | None = None
) -> list[str]:
    """Two lines: why the sentence was marked, and whose it is and how we know."""
    words = translate or translator(language)
    lines = []
    if directive.cue:
        lines.append(words(WHY).format(cue=cue_text(directive.cue, words)))
    lines.append(speaker_text(directive, words))
    return lines
