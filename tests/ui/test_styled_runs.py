"""Runs of one style over the real sample article: the text is whole, each mark lands where it was laid."""

from __future__ import annotations

from desktop.ui.widgets.styled_runs import PLAIN, Mark, styled_runs


def _styles_by_offset(paragraphs, runs):
    """The style of every code point of the body (None for the newlines between paragraphs)."""
    styles = []
    for number, paragraph_runs in enumerate(runs):
        for text, style in paragraph_runs:
            styles += [style] * len(text)
        if number < len(paragraphs) - 1:
            styles.append(None)
    return styles


def test_runs_keep_the_text_and_every_mark_over_the_sample(library, samples):
    issue_id = library.import_file(samples / "kaifaqu-bulletin-2020-07.txt").issue_id
    item = library.issue(issue_id).items[0]
    directives = library.item_directives(item.id)
    phrases = library.item_phrases(item.id)
    quote_start = item.body.index("坚决做到“三管三必须”")
    marks = [Mark(d.start, d.end, background=f"#d{n % 2}") for n, d in enumerate(directives)]
    marks += [Mark(start, end, phrase=True) for start, end, _ in phrases]
    # an annotation from inside one paragraph across into the next
    break_at = item.body.index("\n", quote_start)
    marks.append(Mark(quote_start, break_at + 5, background="#aa0000", underline="#0000aa"))

    runs = styled_runs(list(item.paragraphs), marks)

    assert ["".join(text for text, _ in r) for r in runs] == list(item.paragraphs)
    styles = _styles_by_offset(item.paragraphs, runs)
    assert len(styles) == len(item.body)
    annotated = range(quote_start, break_at + 5)
    for offset, style in enumerate(styles):
        if style is None:
            assert item.body[offset] == "\n"
            continue
        background, phrase, underline = style
        if offset in annotated:
            assert (background, underline) == ("#aa0000", "#0000aa")  # the later mark wins
        else:
            inside = [n for n, d in enumerate(directives) if d.start <= offset < d.end]
            assert background == (f"#d{inside[-1] % 2}" if inside else None)
            assert underline is None
        assert phrase == any(start <= offset < end for start, end, _ in phrases)
    assert any(style == PLAIN for r in runs for _, style in r)  # unmarked text stays plain


def test_empty_paragraphs_and_marks_past_the_end():
    runs = styled_runs(["安全生产", "", "三管三必须"], [Mark(2, 40, phrase=True)])
    assert runs[0] == [("安全", PLAIN), ("生产", (None, True, None))]
    assert runs[1] == []
    assert runs[2] == [("三管三必须", (None, True, None))]
