"""Sentence splitting on the marks bulletins use; the gold files check it on whole texts."""

from desktop.core.analysis.sentences import split_sentences


def sentences(body: str) -> list[str]:
    return [body[start:end] for start, end in split_sentences(body)]


def test_end_marks_keep_their_closing_quotes_and_brackets():
    body = "他说：“要抓落实。”大家鼓掌！（完）是吗？好"
    assert sentences(body) == ["他说：“要抓落实。”", "大家鼓掌！", "（完）是吗？", "好"]


def test_an_ellipsis_ends_a_sentence_only_before_a_closing_quote():
    assert sentences("他说“再等等……”随后离开。") == ["他说“再等等……”", "随后离开。"]
    assert sentences("一、二……十。") == ["一、二……十。"]
    assert sentences("等等………”下文") == ["等等………”", "下文"]


def test_semicolons_and_colons_stay_inside():
    assert sentences("一是强化责任；二是压实措施：逐项落实。") == [
        "一是强化责任；二是压实措施：逐项落实。"
    ]


def test_a_sentence_never_crosses_a_paragraph_and_spaces_are_trimmed():
    body = "\u3000\u3000第一段没有句号  \n\n  第二段。\u3000 \n"
    assert sentences(body) == ["第一段没有句号", "第二段。"]
    start, end = split_sentences(body)[1]
    assert body[start:end] == "第二段。" and body[start - 1] == " "


def test_empty_and_blank_bodies_have_no_sentences():
    assert split_sentences("") == []
    assert split_sentences(" \n\u3000\n\t") == []
