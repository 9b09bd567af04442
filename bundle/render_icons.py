"""Makes the desk's icon files from resources/icons/fusecentre.svg: a PNG per size (the window
icon, the Linux menu entry) and fusecentre.ico for the Windows programs.

Run it after changing the SVG: `QT_QPA_PLATFORM=offscreen python bundle/render_icons.py`.
The files it writes are committed, so neither the desk nor a build needs Qt's SVG support.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(svg: Path, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    svg = ICONS / "fusecentre.svg"
    for size in SIZES:
        out = ICONS / f"fusecentre-{size}.png"
        if not render(svg, size).save(str(out)):
            print(f"render_icons: could not write {out}", file=sys.stderr)
            return 1
    largest = Image.open(ICONS / f"fusecentre-{SIZES[-1]}.png")
    largest.save(ICONS / "fusecentre.ico", sizes=[(s, s) for s in SIZES])
    print(f"render_icons: {len(SIZES)} PNG sizes and fusecentre.ico in {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
