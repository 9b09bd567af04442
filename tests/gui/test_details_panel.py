"""The clerk's hand on one complaint: a cause chosen on purpose, callbacks in one click (the
consumer's number handed to the phone), and a close without the consumer's word asked first."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from unittest.mock import patch

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from fusecentre_app.domain.enums import CallbackOutcome, Status
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.gui.callback_dialog import CallConsumerDialog
from fusecentre_app.gui.contact_panel import qr_code
from fusecentre_app.gui.details_panel import DetailsPanel
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.details import complaint_detail
from tests.support import row_is_its_history

pytestmark = pytest.mark.gui


class Phone(QObject):
    """Stands in for the PC's phone app: records the links handed to it."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.links.append(bytes(url.toEncoded()).decode("ascii"))


@pytest.fixture
def phone() -> Iterator[Phone]:
    phone = Phone()
    QDesktopServices.setUrlHandler("tel", phone, "open")
    yield phone
    QDesktopServices.unsetUrlHandler("tel")


@pytest.fixture
def panel(qtbot, desk) -> DetailsPanel:  # type: ignore[no-untyped-def]
    widget = DetailsPanel(desk)
    qtbot.addWidget(widget)
    widget.resize(520, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def logged(desk, minutes_ago: int = 0) -> int:  # type: ignore[no-untyped-def]
    return log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835054321",
            caller_name="मोहन सिंह",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
        now=utcnow() - timedelta(minutes=minutes_ago),
    ).id


def resolved(desk, minutes_ago: int = 0) -> int:  # type: ignore[no-untyped-def]
    cid = logged(desk, minutes_ago + 30)
    at = utcnow() - timedelta(minutes=minutes_ago)
    lifecycle.resolve(desk.db, cid, "fuse replaced", user_id=desk.user.id, now=at)
    return cid


def test_resolving_needs_a_cause_chosen_on_purpose(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    cid = logged(desk)
    panel.show_complaint(cid)
    assert panel.cause.currentData() is None  # nothing chosen for the clerk
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert "Say what was done" in panel.error.text()
    assert complaint_detail(desk.db, cid).status == Status.NEW
    panel.cause.setCurrentIndex(panel.cause.findText("DT fuse replaced"))
    qtbot.mouseClick(panel.resolve_button, Qt.MouseButton.LeftButton)
    assert row_is_its_history(desk.db, cid).resolution_cause == "DT fuse replaced"
    assert panel.cause.currentData() is None  # the next complaint starts unchosen again


def test_call_the_consumer_hands_the_number_to_the_phone_and_offers_outcomes(
    qtbot, panel, desk, phone
) -> None:  # type: ignore[no-untyped-def]
    cid = resolved(desk)
    panel.show_complaint(cid)
    assert panel.call_consumer_button.isVisible()
    qtbot.mouseClick(panel.call_consumer_button, Qt.MouseButton.LeftButton)
    dialog = panel.callback_dialog
    assert isinstance(dialog, CallConsumerDialog) and dialog.isVisible()
    assert phone.links == ["tel:+919835054321"]
    assert "Handed to the phone app" in dialog.notice.text()
    image = dialog.qr_label.pixmap().toImage()
    assert image.width() == dialog.qr_label.pixmap().width() > 250
    assert qr_code("tel:+919835054321").matrix  # the same link as the officers' QR
    for outcome in CallbackOutcome:
        assert dialog.outcome_buttons[outcome].isVisible()

    # Unreachable: on record, and the panel says from when the next call counts.
    qtbot.mouseClick(dialog.outcome_buttons[CallbackOutcome.UNREACHABLE], Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    state = row_is_its_history(desk.db, cid)
    assert state.callback_attempts == 1 and state.status == Status.RESOLVED
    assert "2 more unreachable calls close it unverified" in panel.notice.text()

    # Again at once: the phone gets the number again; restored closes it verified.
    qtbot.mouseClick(panel.call_consumer_button, Qt.MouseButton.LeftButton)
    assert phone.links == ["tel:+919835054321"] * 2
    panel.callback_dialog.note.setText("बिजली आ गई")
    qtbot.mouseClick(
        panel.callback_dialog.outcome_buttons[CallbackOutcome.RESTORED],
        Qt.MouseButton.LeftButton,
    )
    assert row_is_its_history(desk.db, cid).status == Status.CLOSED_VERIFIED
    assert not panel.call_consumer_button.isVisible()


def test_no_phone_app_says_so_and_keeps_the_qr(qtbot, panel, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    panel.show_complaint(resolved(desk))
    dialog = panel.call_consumer()
    assert dialog is not None and "no app for tel: links" in dialog.notice.text()
    assert not dialog.qr_label.pixmap().isNull()


def test_the_unreachable_call_that_closes_unverified_is_asked_first(
    qtbot, panel, desk, phone
) -> None:  # type: ignore[no-untyped-def]
    cid = resolved(desk, minutes_ago=120)
    for ago in (90, 45):  # two earlier tries, far enough apart to count
        at = utcnow() - timedelta(minutes=ago)
        lifecycle.record_callback(
            desk.db, cid, CallbackOutcome.UNREACHABLE, user_id=desk.user.id, now=at
        )
    panel.show_complaint(cid)
    dialog = panel.call_consumer()
    assert "unreachable calls that count: 2" in dialog.attempts.text()
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    with patch.object(QMessageBox, "question", return_value=no) as asked:
        qtbot.mouseClick(
            dialog.outcome_buttons[CallbackOutcome.UNREACHABLE], Qt.MouseButton.LeftButton
        )
    assert "could not be reached 3 times" in asked.call_args.args[2]
    assert row_is_its_history(desk.db, cid).callback_attempts == 2  # nothing recorded
    assert dialog.isVisible()
    with patch.object(QMessageBox, "question", return_value=yes):
        qtbot.mouseClick(panel.unreachable_button, Qt.MouseButton.LeftButton)
    assert row_is_its_history(desk.db, cid).status == Status.CLOSED_UNVERIFIED


def test_a_quick_third_unreachable_click_is_not_asked_and_does_not_close(
    qtbot, panel, desk
) -> None:  # type: ignore[no-untyped-def]
    cid = resolved(desk)
    panel.show_complaint(cid)
    for _ in range(3):  # three clicks in a minute
        qtbot.mouseClick(panel.unreachable_button, Qt.MouseButton.LeftButton)
    state = row_is_its_history(desk.db, cid)
    assert state.callback_attempts == 3 and state.status == Status.RESOLVED
    assert "Unreachable call 3 is on record" in panel.notice.text()


def test_a_late_complaint_shows_what_it_owes(panel, desk) -> None:  # type: ignore[no-untyped-def]
    received = utcnow() - timedelta(hours=30)
    cid = log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835054321",
            locality="Sohni Patti",
            type_code="FUSE_OFF",  # no feeder: the urban 4 h, Rs 25 per day of default
            received_at=received,
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
        now=received + timedelta(minutes=1),
    ).id
    lifecycle.resolve(
        desk.db, cid, "fuse replaced", user_id=desk.user.id, now=received + timedelta(hours=9)
    )
    panel.show_complaint(cid)
    text = panel.info.text()
    assert "Restored 5 h after the SoP deadline: compensation Rs 25" in text
    assert "BERC SoP Regulations 2006" in text
    on_time = resolved(desk)
    panel.show_complaint(on_time)
    assert "SoP deadline" not in panel.info.text()


def test_a_call_within_a_planned_shutdown_says_so(panel, desk) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services.shutdowns import ShutdownDraft, register_shutdown
    from fusecentre_app.services.uow import CommandLine

    now = utcnow()
    with desk.db.read() as s:
        from sqlalchemy import select

        from fusecentre_app.db.models import Feeder

        feeder_id = s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-02"))
    draft = ShutdownDraft(
        "F-BXR-02", now - timedelta(hours=1), now + timedelta(hours=1), "DT plinth repair", "sms"
    )
    register_shutdown(desk.db, draft, by=CommandLine.current())
    cid = log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835054321",
            locality="Sohni Patti",
            feeder_id=feeder_id,
            type_code="NO_SUPPLY_AREA",
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    ).id
    panel.show_complaint(cid)
    assert "Planned shutdown of F-BXR-02 from" in panel.info.text()
    assert "(DT plinth repair)" in panel.info.text()
