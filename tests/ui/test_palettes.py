"""Light and dark palettes: every piece of marked text in the article reads at WCAG AA (4.5:1)
against what is behind it: directives, key phrases, three kinds of highlight, search hits."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.ui.colours import AA, contrast
from tests.ui.test_annotating import study_window as study_window  # the fixture, shared


def dark_palette() -> QPalette:
    """A dark system theme as UOS, KDE Breeze Dark or Windows' dark mode give it."""
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e6e6e6"),
        (QPalette.ColorRole.Base, "#1e1e1e"),
        (QPalette.ColorRole.AlternateBase, "#262626"),
        (QPalette.ColorRole.Text, "#e6e6e6"),
        (QPalette.ColorRole.Button, "#353535"),
        (QPalette.ColorRole.ButtonText, "#e6e6e6"),
        (QPalette.ColorRole.Highlight, "#3d6fb4"),
        (QPalette.ColorRole.HighlightedText, "#ffffff"),
        (QPalette.ColorRole.ToolTipBase, "#353535"),
        (QPalette.ColorRole.ToolTipText, "#e6e6e6"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


def light_palette() -> QPalette:
    return QApplication.style().standardPalette()


def _marked_pieces(view):
    """(text, foreground, background) of each run drawn over a shade, and each search hit."""
    palette = view.palette()
    text, base = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base)
    pieces = []
    block = view.document().begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            fg = fmt.foreground().color() if fmt.foreground().style() != QBrush().style() else text
            bg = fmt.background().color() if fmt.background().style() != QBrush().style() else base
            pieces.append((fragment.text(), fg, bg))
            iterator += 1
        block = block.next()
    for selection in view.extraSelections():  # search hits
        pieces.append(
            (selection.cursor.selectedText(), text, selection.format.background().color())
        )
    return pieces


@pytest.mark.parametrize("make_palette", [light_palette, dark_palette], ids=["light", "dark"])
def test_marked_text_reads_at_wcag_aa_on_light_and_dark(study_window, make_palette, qapp):
    win, zhang, li = study_window
    view = win.view
    for category, quote in (("重点", "钉钉子"), ("疑问", "安全生产"), ("落实", "最严格的要求")):
        win.library.annotations.create_at_quote(view.item.id, quote, zhang.id, category=category)
    win.study.changed()
    win.search_field.setText("安全")
    win._search_now()
    previous = qapp.palette()
    qapp.setPalette(make_palette())
    try:
        qapp.processEvents()
        pieces = _marked_pieces(view)
        shaded = [p for p in pieces if p[2] != view.palette().color(QPalette.ColorRole.Base)]
        assert len(shaded) > 20  # directives, phrases, highlights and hits were all drawn
        assert view.extraSelections()  # the search hits
        low = [
            (piece, round(contrast(fg, bg), 2), fg.name(), bg.name())
            for piece, fg, bg in pieces
            if piece.strip() and contrast(fg, bg) < AA
        ]
        assert low == []
        # the text colour follows the palette: light text on the dark one
        assert (view.colours.dark) == (make_palette is dark_palette)
    finally:
        qapp.setPalette(previous)
