"""A whole day at the desk, driven through the widgets: calls logged with the form, moved
through the details panel to each callback outcome, one cancelled by the supervisor, a burst
from one feeder confirmed as an incident and resolved with its complaints, and the
out-of-turn flag; the database and the hash chain are checked at the end."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from sqlalchemy import select

from fusecentre_app.db.models import Complaint, Feeder, Incident
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.gui.incidents_bar import IncidentDialog, ResolveIncidentDialog
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.queue_model import RECORD_ROLE, QCol
from fusecentre_app.gui.queue_panel import QueuePanel
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import accounts
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.settings import CALLBACK_SPACING, set_setting
from fusecentre_app.services.verify import verify_store
from tests.support import OFFICE

pytestmark = pytest.mark.gui


def log_with_form(  # type: ignore[no-untyped-def]
    qtbot, window, mobile: str, village: str, type_row: int, ago: int = 0, link: bool | None = None
) -> str:
    """Ctrl+N, the call's details, Enter; `ago` minutes back for a call taken earlier.

    `link`: True clicks the saved page's offer to link the call to its feeder's open
    incident, False checks that nothing is offered, None leaves an offer unanswered."""
    window.activateWindow()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form is not None and form.isVisible()
    if ago:
        form.set_received(utcnow() - timedelta(minutes=ago))
    qtbot.keyClicks(form.ui.mobileEdit, mobile)
    form.ui.localityEdit.setFocus()
    qtbot.keyClicks(form.ui.localityEdit, village)
    qtbot.keyClick(form.ui.localityEdit, Qt.Key.Key_Tab)  # the village fills its feeder
    form.ui.typeCombo.setCurrentIndex(type_row)
    qtbot.keyClick(form.ui.typeCombo, Qt.Key.Key_Return)
    errors = [w.text() for w in vars(form.ui).values() if hasattr(w, "text") and w.isVisible()]
    assert form.ui.pages.currentWidget() is form.ui.savedPage, errors
    docket = form.ui.docketLabel.text()
    if link:  # the feeder has an open incident: the saved page offers to link the call
        click(qtbot, form.link_button)
        assert form.link_button.text().startswith("Linked to incident")
    elif link is False:
        assert not form.link_button.isVisible()
    qtbot.keyClick(form.focusWidget() or form, Qt.Key.Key_Return)  # closes the saved page
    assert not form.isVisible()
    return docket


def select_docket(panel: QueuePanel, docket: str) -> None:
    """Find the complaint in the queue (all statuses) and select its row."""
    panel.status.setCurrentIndex(panel.status.findData("every"))
    panel.select_feeder(None)
    assert panel.wait_for_refresh()  # the list is read on a worker
    model = panel.model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(RECORD_ROLE).docket == docket:
            panel.table.selectRow(row)
            assert panel.details.detail is not None and panel.details.detail.docket == docket
            return
    raise AssertionError(f"{docket} is not in the queue")


def status_of(db, docket: str) -> Complaint:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return s.scalar(select(Complaint).where(Complaint.docket == docket))


def click(qtbot, button: QPushButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible(), f"{button.text()} is not offered"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def answer_modal(kind: type, answer) -> None:  # type: ignore[no-untyped-def]
    """Answer the next modal dialog of `kind` once its event loop runs."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(10, run)
            return
        answer(dialog)

    QTimer.singleShot(0, run)


def test_a_day_at_the_desk(qtbot, qtmodeltester, desk, db, centre) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    panel = window.queue
    details = panel.details

    # Morning: four calls from Sohni Patti (feeder F-BXR-02), logged with the form.
    a = log_with_form(qtbot, window, "9835011111", "Sohni Patti", 1, ago=90, link=False)
    b = log_with_form(qtbot, window, "9835022222", "Sohni Patti", 1, ago=60, link=False)
    c = log_with_form(qtbot, window, "9835033333", "Sohni Patti", 2, ago=30, link=False)
    d = log_with_form(qtbot, window, "9835011112", "Sohni Patti", 1, ago=20, link=False)
    window.tabs.setCurrentWidget(panel)
    assert panel.wait_for_refresh()
    assert panel.model.rowCount() == 4  # each save refreshed the queue

    # C is served before A and B, which were received earlier: out of turn. The consumer
    # cannot be reached three times (this division counts calls any time apart), so it
    # closes unverified once the clerk says yes to that.
    set_setting(db, CALLBACK_SPACING, 0, by=OFFICE)
    select_docket(panel, c)
    click(qtbot, details.assign_button)
    assert status_of(db, c).status == Status.ASSIGNED
    details.cause.setCurrentIndex(details.cause.findText("jumper repaired"))
    click(qtbot, details.resolve_button)
    for attempt in (1, 2):
        assert status_of(db, c).status == Status.RESOLVED
        click(qtbot, details.unreachable_button)
        assert status_of(db, c).callback_attempts == attempt
    yes = QMessageBox.StandardButton.Yes
    with patch.object(QMessageBox, "question", return_value=yes) as asked:
        click(qtbot, details.unreachable_button)
    assert "Close it unverified?" in asked.call_args.args[2]
    assert status_of(db, c).status == Status.CLOSED_UNVERIFIED
    assert not details.unreachable_button.isVisible()

    # A: the full path to a verified close.
    select_docket(panel, a)
    assert details.officer.currentText().startswith("★")  # the feeder's own officer first
    click(qtbot, details.assign_button)
    click(qtbot, details.attend_button)
    assert status_of(db, a).status == Status.ATTENDING
    details.note.setText("DT fuse changed")
    details.cause.setCurrentIndex(details.cause.findText("DT fuse replaced"))
    click(qtbot, details.resolve_button)
    click(qtbot, details.restored_button)
    row = status_of(db, a)
    assert row.status == Status.CLOSED_VERIFIED and row.verified_at is not None

    # B: the consumer says the supply is still off, so it is reopened and back in the queue.
    select_docket(panel, b)
    click(qtbot, details.assign_button)
    click(qtbot, details.resolve_button)
    assert "Say what was done" in details.error.text()  # no cause is chosen for the clerk
    assert status_of(db, b).status == Status.ASSIGNED
    details.cause.setCurrentIndex(details.cause.findText("fuse replaced"))
    click(qtbot, details.resolve_button)
    details.note.setText("still dark")
    click(qtbot, details.not_restored_button)
    row = status_of(db, b)
    assert row.status == Status.REOPENED and row.reopen_count == 1
    assert details.assign_button.isVisible()  # back to be assigned again

    # D was a duplicate: the clerk is not offered cancel; the supervisor cancels it.
    select_docket(panel, d)
    assert not details.cancel_button.isVisible()
    supervisor = accounts.create_user(
        db,
        username="rakesh",
        full_name="Rakesh Ranjan",
        password="shift-in-charge-1",
        centre_id=centre.id,
        role="supervisor",
    )
    boss = QueuePanel(DeskSession(db, supervisor, centre))
    qtbot.addWidget(boss)
    boss.show()
    qtbot.waitExposed(boss)
    select_docket(boss, d)
    click(qtbot, boss.details.cancel_button)
    assert "reason" in boss.details.error.text().lower()  # a reason is required
    boss.details.duplicate_of.setText(a.lower())  # the docket it duplicates, as typed
    no, yes = QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes
    with patch.object(QMessageBox, "question", return_value=no) as asked:
        click(qtbot, boss.details.cancel_button)  # asked first; not this time
    assert d in asked.call_args.args[2] and status_of(db, d).status == Status.NEW
    with patch.object(QMessageBox, "question", return_value=yes):
        click(qtbot, boss.details.cancel_button)
    assert status_of(db, d).status == Status.CANCELLED
    assert status_of(db, d).cancel_reason == f"duplicate of {a}"

    # The out-of-turn flag on C, which overtook A and B.
    panel.refresh()
    assert panel.wait_for_refresh()
    select_docket(panel, c)
    row_c = panel.table.currentIndex().row()
    assert "out of turn" in panel.model.index(row_c, QCol.STATUS).data()
    assert panel.model.index(row_c, QCol.STATUS).data(Qt.ItemDataRole.ToolTipRole)

    # Evening: the town feeder trips and five calls come in through 1912 within minutes.
    with db.read() as s:
        town = s.scalar(select(Feeder).where(Feeder.code == "F-BXR-01"))
    now = utcnow()
    burst = [
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile=f"94310{i:05d}",
                locality="Thatheri Bazar",
                feeder_id=town.id,
                type_code="NO_SUPPLY_AREA",
                received_at=now - timedelta(minutes=10 - i),
            ),
            centre_id=centre.id,
            user_id=desk.user.id,
            now=now,
        ).docket
        for i in range(5)
    ]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert panel.wait_for_refresh()
    bar = panel.faults
    assert bar.isVisible() and [x.count for x in bar.alerts] == [5]
    banner_text = (
        bar.findChild(QPushButton, "confirmIncident")
        .parent()
        .findChild(type(panel.summary), "text")
    )
    assert "Probable feeder fault: F-BXR-01" in banner_text.text()

    def confirm(dialog: IncidentDialog) -> None:
        assert dialog.complaints.count() == 5 and len(dialog.checked_ids()) == 5
        dialog.note.setText("breaker tripped at Buxar PSS")
        dialog.save()

    answer_modal(IncidentDialog, confirm)
    click(qtbot, bar.findChild(QPushButton, "confirmIncident"))
    assert panel.wait_for_refresh()
    assert bar.alerts == [] and len(bar.open) == 1
    incident = bar.open[0]
    assert len(incident.linked_ids) == 5 and incident.note == "breaker tripped at Buxar PSS"

    # New calls from the feeder while the incident is open are offered for linking: on the
    # form's saved page, and (for a call logged without linking) in the incident's line.
    first_late = log_with_form(qtbot, window, "9431099998", "Thatheri Bazar", 3, link=True)
    assert panel.wait_for_refresh()
    assert len(bar.open[0].linked_ids) == 6 and bar.open[0].unlinked_ids == ()
    late = log_with_form(qtbot, window, "9431099999", "Thatheri Bazar", 3)
    assert panel.wait_for_refresh()
    assert bar.open[0].unlinked_ids == (status_of(db, late).id,)
    click(qtbot, bar.findChild(QPushButton, "linkNew"))
    assert panel.wait_for_refresh()
    assert len(bar.open[0].linked_ids) == 7 and bar.open[0].unlinked_ids == ()
    select_docket(panel, late)
    assert "incident" in panel.model.index(panel.table.currentIndex().row(), QCol.STATUS).data()

    # One of them turns out to be another fault: taken out of the incident, with a reason.
    select_docket(panel, first_late)
    click(qtbot, details.unlink_button)
    assert "reason" in details.error.text().lower() or "why" in details.error.text().lower()
    details.reason.setText("DT fuse at Thatheri Bazar, not the feeder")
    click(qtbot, details.unlink_button)
    assert status_of(db, first_late).incident_id is None
    assert not details.unlink_button.isVisible()
    assert panel.wait_for_refresh()

    answer_modal(ResolveIncidentDialog, lambda dialog: dialog.save())
    click(qtbot, bar.findChild(QPushButton, "resolveIncident"))
    assert panel.wait_for_refresh()
    assert bar.open == [] and not bar.isVisible()
    assert status_of(db, first_late).status == Status.NEW  # not resolved with the incident
    for docket in [*burst, late]:
        row = status_of(db, docket)
        assert row.status == Status.RESOLVED
        assert row.resolution_cause == "supply restored from feeder"
    with db.read() as s:
        assert s.scalar(select(Incident.status)) == "resolved"
    # Each consumer is still called back: the first confirms the supply.
    select_docket(panel, burst[0])
    click(qtbot, details.restored_button)
    assert status_of(db, burst[0]).status == Status.CLOSED_VERIFIED

    # The models behind the day's views hold up to Qt's model checks. The tester watches the
    # model checked last: the queue's, whose rows change in place as the filter changes.
    qtmodeltester.check(window.model, force_py=True)
    qtmodeltester.check(panel.model, force_py=True)
    panel.status.setCurrentIndex(panel.status.findData("open"))
    assert panel.wait_for_refresh()
    model = panel.model
    open_dockets = {model.index(r, 0).data(RECORD_ROLE).docket for r in range(model.rowCount())}
    assert open_dockets == {b, *burst[1:], first_late, late}

    report = verify_store(db)
    assert report.ok, report.problems
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()
