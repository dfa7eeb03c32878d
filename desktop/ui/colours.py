"""The article's colours, derived from the window's palette so light and dark both read well.

Every background behind text is a tint of its hue mixed into the palette's base
colour, made paler (or darker) until the palette's text on it reaches WCAG AA
(4.5:1). Search hits are violet, so they never look like a 重点 (yellow) mark.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QPalette

AA = 4.5  # WCAG 2 contrast for body text
REQUIREMENT_HUE = "#f2b927"
STATEMENT_HUE = "#5b9bd5"
HIT_HUE = "#9575cd"
FLASH_HUE = "#e91e63"


def luminance(colour: QColor) -> float:
    """WCAG relative luminance."""

    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def contrast(first: QColor, second: QColor) -> float:
    a, b = sorted((luminance(first), luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(colour: QColor, base: QColor, share: float) -> QColor:
    """`share` of `colour` laid over `base`."""
    return QColor.fromRgbF(
        colour.redF() * share + base.redF() * (1 - share),
        colour.greenF() * share + base.greenF() * (1 - share),
        colour.blueF() * share + base.blueF() * (1 - share),
    )


def readable_tint(hue: QColor | str, base: QColor, text: QColor, share: float) -> QColor:
    """The hue mixed into the base, as strong as `share` allows while `text` stays readable."""
    hue = QColor(hue)
    while share > 0.02:
        tint = mix(hue, base, share)
        if contrast(tint, text) >= AA:
            return tint
        share -= 0.04
    return QColor(base)


def readable_text(colour: QColor | str, backgrounds: list[QColor], text: QColor) -> QColor:
    """A foreground of `colour`'s hue readable on every background (towards `text` if not)."""
    colour = QColor(colour)
    for share in (1.0, 0.8, 0.6, 0.4, 0.2, 0.0):
        candidate = mix(colour, text, share)
        if all(contrast(candidate, background) >= AA for background in backgrounds):
            return candidate
    return QColor(text)


@dataclass(frozen=True)
class Scheme:
    dark: bool
    text: QColor
    base: QColor
    muted: QColor  # kicker, subhead, the date line
    requirement: tuple[QColor, QColor]  # neighbouring sentences alternate
    statement: tuple[QColor, QColor]
    phrase: QColor
    search_hit: QColor
    current_hit: QColor
    flash: QColor

    def tint(self, colour: str) -> QColor:
        """A highlight's category colour as a background the text reads on."""
        return _tint(colour, self.base.rgba(), self.text.rgba(), self.dark)


@lru_cache(maxsize=64)
def _tint(colour: str, base: int, text: int, dark: bool) -> QColor:
    return readable_tint(
        QColor(colour), QColor.fromRgba(base), QColor.fromRgba(text), 0.45 if dark else 0.6
    )


def scheme(palette: QPalette) -> Scheme:
    return _scheme(
        palette.color(QPalette.ColorRole.Base).rgba(), palette.color(QPalette.ColorRole.Text).rgba()
    )


@lru_cache(maxsize=8)
def _scheme(base_rgba: int, text_rgba: int) -> Scheme:
    base, text = QColor.fromRgba(base_rgba), QColor.fromRgba(text_rgba)
    dark = luminance(base) < luminance(text)
    strong, soft = (0.42, 0.3) if dark else (0.34, 0.24)
    requirement = (
        readable_tint(REQUIREMENT_HUE, base, text, soft),
        readable_tint(REQUIREMENT_HUE, base, text, strong),
    )
    statement = (
        readable_tint(STATEMENT_HUE, base, text, soft),
        readable_tint(STATEMENT_HUE, base, text, strong),
    )
    phrase = readable_text("#ff8a80" if dark else "#9c1c1c", [base, *requirement, *statement], text)
    muted = readable_text(mix(text, base, 0.7), [base], text)
    return Scheme(
        dark=dark,
        text=text,
        base=base,
        muted=muted,
        requirement=requirement,
        statement=statement,
        phrase=phrase,
        search_hit=readable_tint(HIT_HUE, base, text, 0.45 if dark else 0.3),
        current_hit=readable_tint(HIT_HUE, base, text, 0.8 if dark else 0.6),
        flash=readable_tint(FLASH_HUE, base, text, 0.5 if dark else 0.35),
    )
