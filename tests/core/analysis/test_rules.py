"""Single rules of the analysis, on sentences taken from the real samples."""

from __future__ import annotations

from desktop.core.analysis import analyse
from desktop.core.analysis.directives import has_modal
from desktop.core.analysis.people import titled_mentions
from desktop.core.analysis.phrases import quoted_phrases


def _kinds(body):
    return [(body[d.start : d.end][:8], d.kind, d.speaker) for d in analyse(body).directives]


def test_modal_yao_but_not_inside_words_or_quotes():
    assert has_modal("要坚决抓好督导反馈整改落实。")
    assert not has_modal("习近平总书记就安全生产发表了一系列重要讲话。")
    assert not has_modal("是东环街道重点打造的众创空间和产业孵化基地。")
    assert not has_modal("变“要我安全”为“我要安全”。")


def test_speech_verb_without_comma_opens_a_requirement():
    body = "在大黄堡湿地自然保护区，李希要求严肃查处生态环保领域违纪违法问题。"
    assert _kinds(body) == [("在大黄堡湿地自然", "requirement", "李希")]


def test_pronoun_refers_back_to_the_last_person_named():
    body = (
        "开发区党工委副书记、管委会主任臧晓鹏深入东环街道调研。吉家宠物集团是一家综合性宠物产业集团。"
        "臧晓鹏兴致勃勃地参观企业产品展厅。他指出,要充分认识到发展四新经济的重要作用。"
    )
    assert _kinds(body) == [("他指出,要充分认", "requirement", "臧晓鹏")]


def test_narrative_sentence_ends_the_span():
    body = "李强指出，要全面开展安全生产风险隐患大排查。张国清主持会议，王小洪、吴政隆出席会议。"
    assert [k[1:] for k in _kinds(body)] == [("requirement", "李强")]


def test_title_chain_and_name():
    mentions = titled_mentions("7月15日下午,开发区党工委副书记、管委会主任臧晓鹏深入东环街道调研")
    assert [(m.name, m.titles) for m in mentions] == [
        ("臧晓鹏", ("开发区党工委副书记", "管委会主任"))
    ]
    assert [m.name for m in titled_mentions("国务院总理李强在会上强调")] == ["李强"]
    assert titled_mentions("严格落实党政领导责任。") == []


def test_single_character_quotes_are_phrases():
    body = "加快“进”的步伐、提高“转”的质量"
    assert [text for _, _, text in quoted_phrases(body)] == ["进", "转"]
    start, end, _ = quoted_phrases(body)[0]
    assert body[start:end] == "进"
