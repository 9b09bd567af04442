"""Reading a printed PDF back: the text runs of each page with where they sit and in which
font, grouped into lines by baseline."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from pypdf import PageObject
from reportlab.pdfbase.ttfonts import TTFontFile

from fusecentre_app.paths import fonts_dir

PAGE_OF = re.compile(r"Page (\d+) of\s*(\d+)")
PRIVATE = re.compile(r"[\ue000-\uf8ff]")


@dataclass(frozen=True)
class Run:
    x: float
    y: float
    text: str
    font: str  # the embedded font's name without its subset tag, e.g. NotoSans-Regular


def runs(page: PageObject) -> list[Run]:
    found: list[Run] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, _size: Any) -> None:
        text = text.strip()
        if not text:
            return
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        name = str(font.get("/BaseFont", "")) if font else ""
        found.append(Run(round(x, 1), round(y, 1), text, name.split("+")[-1]))

    page.extract_text(visitor_text=visit)
    return found


def lines(page: PageObject) -> list[list[Run]]:
    """Runs on the same baseline, top of the page first, left to right."""
    by_y: dict[float, list[Run]] = {}
    for run in runs(page):
        by_y.setdefault(round(run.y * 2) / 2, []).append(run)
    return [sorted(by_y[y], key=lambda r: r.x) for y in sorted(by_y, reverse=True)]


def words(line: list[Run]) -> list[str]:
    """The line's text as words, left to right (pypdf may hand over neighbouring cells drawn
    in one font as one run, so cells are told apart by position in the word list)."""
    return " ".join(r.text for r in line).split()


@cache
def font_chars(font_name: str) -> frozenset[int]:
    """The characters a bundled font maps, read from its file."""
    for path in fonts_dir().glob("*.ttf"):
        if path.stem == font_name:
            return frozenset(TTFontFile(str(path)).charToGlyph)
    raise KeyError(f"{font_name} is not a bundled font")
