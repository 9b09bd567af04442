"""The bundled fonts as ReportLab knows them, and which of them prints a given character.

Latin text is set in Noto Sans, Hindi in Noto Sans Devanagari (which has digits and common
punctuation but no Latin letters). Characters neither has (✓, ✗, arrows, pictographs)
come from Noto Sans Symbols 2 or Noto Sans Math; a character no bundled font has is
printed as its code (`[U+1F600]`) rather than as an empty box.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from fusecentre_app.paths import fonts_dir

LATIN = "FC-NotoSans"
LATIN_BOLD = "FC-NotoSans-Bold"
DEVANAGARI = "FC-NotoSansDevanagari"
DEVANAGARI_BOLD = "FC-NotoSansDevanagari-Bold"
SYMBOLS = "FC-NotoSansSymbols2"
MATH = "FC-NotoSansMath"

_FILES = {
    LATIN: "NotoSans-Regular.ttf",
    LATIN_BOLD: "NotoSans-Bold.ttf",
    DEVANAGARI: "NotoSansDevanagari-Regular.ttf",
    DEVANAGARI_BOLD: "NotoSansDevanagari-Bold.ttf",
    SYMBOLS: "NotoSansSymbols2-Regular.ttf",
    MATH: "NotoSansMath-Regular.ttf",
}
# Where a character missing from the text fonts is looked for, in order.
FALLBACKS = (SYMBOLS, MATH)


@dataclass(frozen=True)
class Face:
    """A weight: the Latin font and the Devanagari font set together."""

    latin: str
    devanagari: str


REGULAR = Face(LATIN, DEVANAGARI)
BOLD = Face(LATIN_BOLD, DEVANAGARI_BOLD)


_TEXT_FONTS = (LATIN, LATIN_BOLD, DEVANAGARI, DEVANAGARI_BOLD)


@cache
def _register(name: str) -> None:
    path = fonts_dir() / _FILES[name]
    if not path.is_file():
        raise FileNotFoundError(f"the bundled font {path.name} is missing from {path.parent}")
    # Only Devanagari runs are ever shaped (see `reports.text`).
    shapable = name in (DEVANAGARI, DEVANAGARI_BOLD)
    pdfmetrics.registerFont(TTFont(name, str(path), shapable=shapable))


def register_fonts() -> None:
    """Register the text fonts with ReportLab (once per process); a fallback font is
    registered the first time a character is looked for in it."""
    for name in _TEXT_FONTS:
        _register(name)


@cache
def _cmap(font_name: str) -> frozenset[int]:
    """The characters a font maps (taken once, before shaping adds private ones)."""
    _register(font_name)
    font = pdfmetrics.getFont(font_name)
    return frozenset(font.face.charToGlyph)


def has_glyph(font_name: str, char: str) -> bool:
    return ord(char) in _cmap(font_name)


@cache
def fallback_for(char: str) -> str | None:
    """The bundled font to print a character the text fonts lack, or None if none has it."""
    code = ord(char)
    for name in FALLBACKS:
        if code in _cmap(name):
            return name
    return None


def font_file(font_name: str) -> str:
    """The file a registered font came from (for tests that check glyph coverage)."""
    return str(fonts_dir() / _FILES[font_name])
