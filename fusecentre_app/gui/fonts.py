"""The desk's fonts: the bundled Noto families registered with Qt, and the one way every
screen asks for a font, so Devanagari renders the same on a bare PC as on paper."""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase

from fusecentre_app.paths import fonts_dir

log = logging.getLogger(__name__)

UI_FAMILIES = ["Noto Sans", "Noto Sans Devanagari"]


def register_fonts() -> list[str]:
    """Register the bundled Noto fonts so Devanagari renders on a PC that has none."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_font(point_size: float | None = None, *, bold: bool = False) -> QFont:
    """The desk's font: Noto Sans for Latin, falling back to Noto Sans Devanagari for Hindi."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font
