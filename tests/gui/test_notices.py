"""The desk speaks up: a notice in the window and a beep (unless switched off) when a danger
call has waited 15 minutes unassigned or a complaint passes its deadline; the count stays in
the status bar."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from sqlalchemy import select

from fusecentre_app.db.models import Complaint, Officer
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.notices import DeskNotices
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.settings import NOTICE_SOUND, set_setting
from tests.support import OFFICE

pytestmark = pytest.mark.gui


def danger_call(desk, minutes_ago: int) -> str:  # type: ignore[no-untyped-def]
    at = utcnow() - timedelta(minutes=minutes_ago)
    draft = ComplaintDraft(
        caller_mobile="9835012345", locality="Sohni Patti", type_code="LINE_BREAK", received_at=at
    )
    return log_complaint(desk.db, draft, centre_id=desk.centre.id, user_id=desk.user.id).docket


def test_a_danger_call_waiting_is_announced_once_with_a_beep(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    notices = DeskNotices(desk)
    assert notices.count.text() == "Overdue: 0 · danger calls waiting: 0"
    docket = danger_call(desk, minutes_ago=16)  # waited past 15 minutes since the last check
    notices.since = utcnow() - timedelta(minutes=2)
    notices.check()
    assert not notices.bar.isHidden()
    assert docket in notices.text.text() and "nobody assigned" in notices.text.text()
    assert notices.count.text() == "Overdue: 0 · danger calls waiting: 1"
    assert notices.beeps == 1
    notices.check()  # told once
    assert notices.beeps == 1
    notices.stop()


def test_the_sound_can_be_switched_off(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    set_setting(desk.db, NOTICE_SOUND, 0, by=OFFICE)
    notices = DeskNotices(desk)
    danger_call(desk, minutes_ago=16)
    notices.since = utcnow() - timedelta(minutes=2)
    notices.check()
    assert not notices.bar.isHidden() and notices.beeps == 0
    notices.stop()


def test_the_main_window_shows_the_count_and_opens_the_call(qtbot, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    notices = window.notices
    assert notices.count.isVisible()  # always in the status bar
    table_at = window.queue.table.mapTo(window, QPoint(0, 0))
    docket = danger_call(desk, minutes_ago=16)
    notices.since = utcnow() - timedelta(minutes=2)
    notices.check()
    assert notices.bar.isVisible() and notices.count.text().endswith("waiting: 1")
    qtbot.wait(20)  # the status bar lays itself out again
    # The notice moved no row of the queue: a click still lands where the clerk aimed.
    assert window.queue.table.mapTo(window, QPoint(0, 0)) == table_at
    assert window.grab().save(str(tmp_path / "notice.png"))  # to look at
    qtbot.mouseClick(notices.open_button, Qt.MouseButton.LeftButton)
    assert not notices.bar.isVisible()
    assert window.tabs.currentWidget() is window.queue
    assert window.queue.details.detail is not None
    assert window.queue.details.detail.docket == docket
    window.shut()


def test_an_assigned_danger_call_leaves_the_count(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    notices = DeskNotices(desk)
    danger_call(desk, minutes_ago=20)
    notices.check()
    assert notices.alerts is not None and notices.alerts.danger_waiting == 1
    with desk.db.read() as s:
        cid = s.scalar(select(Complaint.id))
        officer = s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN"))
    lifecycle.assign(desk.db, cid, officer, user_id=desk.user.id)
    desk.notify(Changes(Changed.COMPLAINT))
    qtbot.waitUntil(lambda: notices.alerts.danger_waiting == 0, timeout=3000)
    assert notices.count.text() == "Overdue: 0 · danger calls waiting: 0"
    notices.stop()


def test_the_notice_shown_changes_language(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from fusecentre_app.gui.app import install_translations

    notices = DeskNotices(desk)
    docket = danger_call(desk, minutes_ago=16)
    notices.since = utcnow() - timedelta(minutes=2)
    notices.check()
    try:
        install_translations(QApplication.instance(), "hi")
        QApplication.processEvents()
        assert notices.text.text().startswith(f"खतरे की कॉल {docket} किसी को सौंपे बिना")
        assert (notices.open_button.text(), notices.dismiss_button.text()) == ("दिखाएँ", "हटाएँ")
        assert notices.count.text() == "विलंबित: 0 · प्रतीक्षा में खतरे की कॉल: 1"
        assert not notices.bar.isHidden()
    finally:
        install_translations(QApplication.instance(), "en")
        notices.stop()
