"""GUI fixtures: a signed-in desk on a real store; widgets are built per test, never shared."""

from __future__ import annotations

import pytest

from fusecentre_app.gui.app import make_application
from fusecentre_app.gui.session import DeskSession

pytestmark = pytest.mark.gui


@pytest.fixture
def desk(qapp, db, clerk, centre) -> DeskSession:  # type: ignore[no-untyped-def]
    make_application()  # bundled fonts and the desk's font on the test QApplication
    return DeskSession(db, clerk, centre)


@pytest.fixture(autouse=True)
def _no_unexpected_message_boxes(monkeypatch):  # type: ignore[no-untyped-def]
    """A message box a test did not expect would wait for a click forever: fail instead.
    Tests that expect one patch it themselves (their patch wins inside their `with`)."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(name: str):  # type: ignore[no-untyped-def]
        def refuse(_parent, title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
            raise AssertionError(f"unexpected QMessageBox.{name}: {title}: {text}")

        return staticmethod(refuse)

    for name in ("warning", "critical", "question", "information"):
        monkeypatch.setattr(QMessageBox, name, unexpected(name))
