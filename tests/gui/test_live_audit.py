"""What another desk's audit records change here: a sign-in elsewhere refreshes nothing, and a
complaint logged elsewhere leaves the directory's choice and folding and the details panel's
officer choice and notice as the clerk left them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from fusecentre_app.db.engine import open_database
from fusecentre_app.gui.live import audited
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.gui.queue_model import QCol
from fusecentre_app.services.auth import authenticate
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gui


def _draft(mobile: str) -> ComplaintDraft:
    now = datetime.now(UTC) - timedelta(minutes=1)
    return ComplaintDraft(
        caller_mobile=mobile, locality="Lala Toli", type_code="FUSE_OFF", received_at=now
    )


def test_audit_records_are_told_apart_by_entity() -> None:
    assert audited("", "signed_in") == Changed.NOTHING
    assert audited("", "signed_out") == Changed.NOTHING
    assert audited("officer", "officer_changed") == Changed.DIRECTORY
    assert audited("setting", "setting_changed") == Changed.SETTINGS
    assert audited("", "something_new") & Changed.DIRECTORY  # not known: all it may change


def test_a_sign_in_elsewhere_and_a_complaint_elsewhere_leave_the_screens_as_they_are(
    qtbot, desk
) -> None:  # type: ignore[no-untyped-def]
    first = log_complaint(
        desk.db, _draft("9835011111"), centre_id=desk.centre.id, user_id=desk.user.id
    )
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    queue = window.queue
    queue.wait_for_refresh()
    qtbot.waitUntil(lambda: window.live.up, timeout=5000)
    heard: list[Changes] = []
    desk.changed.connect(lambda c: heard.append(c) if c.source is window.live else None)

    tree = window.directory.tree
    top = tree.topLevelItem(0)
    assert top.childCount() > 0
    chosen = top.child(0)
    tree.setCurrentItem(chosen)
    chosen_id = window.directory.selected_id()
    top.setExpanded(False)

    queue.show_complaint(first.id)
    details = queue.details
    assert details.detail is not None and details.detail.id == first.id
    assert details.officer.count() > 1
    details.officer.setCurrentIndex(details.officer.count() - 1)
    officer = details.officer.currentData()
    details.notice.setText("Lineman not reachable; try again in 10 min.")

    other = open_database(desk.db.url, migrate=False, check=False)  # the desk next to it
    try:
        authenticate(other, desk.user.username, PASSWORD)  # a sign-in there
        logged = log_complaint(
            other, _draft("9835012345"), centre_id=desk.centre.id, user_id=desk.user.id
        )
        docket = logged.docket

        def listed() -> bool:
            model = queue.model
            return docket in {model.index(r, QCol.DOCKET).data() for r in range(model.rowCount())}

        qtbot.waitUntil(listed, timeout=3000)
        qtbot.wait(700)  # anything else heard would be announced by now
    finally:
        other.dispose()
    assert [c.what for c in heard] == [Changed.COMPLAINT | Changed.INCIDENT]
    assert window.directory.selected_id() == chosen_id
    assert not tree.topLevelItem(0).isExpanded()
    assert details.detail is not None and details.detail.id == first.id
    assert details.officer.currentData() == officer
    assert details.notice.text() == "Lineman not reachable; try again in 10 min."
    window.close()


def test_a_setting_changed_elsewhere_is_announced_as_a_setting(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """An audit record with an entity still refreshes what shows it, and only that."""
    from fusecentre_app.services.settings import NOTICE_SOUND, set_setting
    from fusecentre_app.services.uow import CommandLine

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.queue.wait_for_refresh()
    qtbot.waitUntil(lambda: window.live.up, timeout=5000)
    heard: list[Changes] = []
    desk.changed.connect(lambda c: heard.append(c) if c.source is window.live else None)
    other = open_database(desk.db.url, migrate=False, check=False)
    try:
        set_setting(other, NOTICE_SOUND, 0, by=CommandLine("office"))
        qtbot.waitUntil(lambda: bool(heard), timeout=3000)
    finally:
        other.dispose()
    assert [c.what for c in heard] == [Changed.SETTINGS]
    window.close()
