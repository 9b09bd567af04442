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
