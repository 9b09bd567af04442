"""The desk shows its own icon in the title bar and the task bar, at every size drawn."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QWidget

from fusecentre_app.gui.app import ICON_SIZES, app_icon, make_application

pytestmark = pytest.mark.gui


def test_every_drawn_size_is_in_the_icon(qapp) -> None:  # type: ignore[no-untyped-def]
    icon = app_icon()
    assert not icon.isNull()
    assert sorted(size.width() for size in icon.availableSizes()) == sorted(ICON_SIZES)
    # A 16-pixel title bar gets the 16-pixel drawing, not a shrunken 256.
    assert icon.actualSize(QSize(16, 16)) == QSize(16, 16)
    assert not icon.pixmap(16, 16).toImage().isNull()


def test_the_application_and_its_windows_carry_the_icon(qtbot, qapp) -> None:  # type: ignore[no-untyped-def]
    app = make_application()
    assert app is QApplication.instance()
    assert app.desktopFileName() == "fusecentre"
    assert sorted(s.width() for s in app.windowIcon().availableSizes()) == sorted(ICON_SIZES)
    window = QWidget()
    qtbot.addWidget(window)
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()
