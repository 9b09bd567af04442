"""A day of named staff, driven through the desk's own windows: the administrator adds two
clerks; clerk A chooses her password, works the morning, prints the handover and signs out;
clerk B signs in, takes over and works; a clerk's cancel is refused by the service, not only
hidden; a correction of feeder and type moves the complaint and recomputes its deadline; a
mis-click is reversed; and the register, the handover sheet and the events name each."""

from __future__ import annotations

import io
from datetime import timedelta
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sqlalchemy import select

from fusecentre_app.db.models import AppUser, AuditRecord, ComplaintEvent, Feeder
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.accounts_panel import AddAccountDialog
from fusecentre_app.gui.app import DeskLauncher
from fusecentre_app.gui.correction_dialog import CorrectionDialog
from fusecentre_app.gui.login import LoginDialog
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.password_dialog import ChangePasswordDialog
from fusecentre_app.gui.pdf_dialogs import HandoverDialog
from fusecentre_app.gui.take_over import TakeOverDialog
from fusecentre_app.services import accounts, lifecycle
from fusecentre_app.services.errors import NotPermitted
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.uow import FIRST_RUN
from fusecentre_app.services.verify import verify_store
from tests.gui.test_desk_day import click, log_with_form, select_docket, status_of

pytestmark = pytest.mark.gui
ADMIN_PASSWORD = "division-office-2026"
FIRST = {"asha": "first-day-pass-1", "ravi": "first-day-pass-2"}
OWN = {"asha": "my-own-desk-1912", "ravi": "my-own-desk-1913"}


def sign_in(qtbot, launcher: DeskLauncher, username: str, password: str) -> None:  # type: ignore[no-untyped-def]
    dialog = launcher._dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    assert dialog.store.text().startswith("Store: ") and "desk.sqlite" in dialog.store.text()
    qtbot.keyClicks(dialog.username, username)
    qtbot.keyClicks(dialog.password, password)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)


def choose_password(qtbot, launcher: DeskLauncher, username: str) -> MainWindow:  # type: ignore[no-untyped-def]
    """The first sign-in of an account the administrator made: a password of one's own."""
    dialog = launcher._dialog
    assert isinstance(dialog, ChangePasswordDialog) and launcher.window is None
    qtbot.keyClicks(dialog.current, FIRST[username])
    qtbot.keyClicks(dialog.new, "password123")
    qtbot.keyClicks(dialog.again, "password123")
    dialog.save()
    assert "guessers" in dialog.error.text() and launcher.window is None  # a common one
    for edit in (dialog.new, dialog.again):
        edit.clear()
        qtbot.keyClicks(edit, OWN[username])
    dialog.save()
    window = launcher.window
    assert window is not None and window.isVisible()
    assert window.session.user.username == username
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    return window


def test_a_day_of_named_staff(qtbot, qapp, empty_db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    db = empty_db
    from fusecentre_app.services.masterdata import centre_by_code, load_division

    load_division(db, by=FIRST_RUN)
    centre = centre_by_code(db, "BXR")
    accounts.create_user(
        db,
        username="admin",
        full_name="Office Administrator",
        password=ADMIN_PASSWORD,
        centre_id=None,
        role="admin",
        by=FIRST_RUN,
    )
    launcher = DeskLauncher(db)
    launcher.start()

    # The administrator adds the two clerks of the centre.
    sign_in(qtbot, launcher, "admin", ADMIN_PASSWORD)
    admin = launcher.window
    assert admin is not None and admin.accounts is not None
    assert admin.tabs.currentWidget() is admin.accounts and not admin.new_action.isVisible()
    for username, name in (("asha", "Asha Kumari"), ("ravi", "Ravi Ranjan")):
        dialog = admin.accounts.open_add()
        assert isinstance(dialog, AddAccountDialog)
        qtbot.keyClicks(dialog.full_name, name)
        qtbot.keyClicks(dialog.username, username)
        dialog.role.setCurrentIndex(dialog.role.findData("clerk"))
        dialog.centre.setCurrentIndex(dialog.centre.findData(centre.id))
        qtbot.keyClicks(dialog.password, "short")
        dialog.save()
        assert "at least 10" in dialog.error.text()  # refused, the dialog stays with its entries
        dialog.password.clear()
        qtbot.keyClicks(dialog.password, FIRST[username])
        dialog.save()
        assert not dialog.isVisible()
    assert [a.username for a in admin.accounts.accounts] == ["admin", "asha", "ravi"]
    no = QMessageBox.StandardButton.No
    with patch.object(QMessageBox, "question", return_value=no) as offered:
        admin.sign_out_action.trigger()  # offered a backup at the end of the shift: not now
    assert launcher.window is None and "never been backed up" in offered.call_args.args[2]

    # Clerk A: her own password first, then the morning's calls.
    sign_in(qtbot, launcher, "asha", FIRST["asha"])
    asha = choose_password(qtbot, launcher, "asha")
    first = log_with_form(qtbot, asha, "9835011111", "Sohni Patti", 1, ago=50, link=False)
    second = log_with_form(qtbot, asha, "9835022222", "Sohni Patti", 1, ago=40, link=False)
    third = log_with_form(qtbot, asha, "9835033333", "Sohni Patti", 1, ago=30, link=False)
    panel = asha.queue
    select_docket(panel, first)
    click(qtbot, panel.details.assign_button)
    assert status_of(db, first).status == Status.ASSIGNED

    # The handover, printed (saved) at the end of her shift, then she signs out.
    dialog = asha.open_pdf_dialog(HandoverDialog)
    dialog.note.setText("Sohni Patti: lineman informed")
    sheet = tmp_path / "handover.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(sheet), "")):
        assert dialog.save() == sheet
    assert "Asha Kumari" in PdfReader(sheet).pages[0].extract_text()
    # At the end of her shift she backs the store up to the USB stick she was offered.
    usb = tmp_path / "usb"
    usb.mkdir()
    yes = QMessageBox.StandardButton.Yes
    with (
        patch.object(QMessageBox, "question", return_value=yes),
        patch.object(QFileDialog, "getExistingDirectory", return_value=str(usb)) as asked,
        patch.object(QMessageBox, "information") as told,
    ):
        asha.sign_out_action.trigger()
        assert launcher.window is asha  # signed in until the copy is made and checked
        qtbot.waitUntil(lambda: launcher.window is None, timeout=10_000)
    (copy,) = usb.glob("desk-backup-*.sqlite")
    said = told.call_args.args[2]
    assert "Backed up 3 complaints" in said and str(copy) in said
    assert asked.call_count == 1

    # Clerk B signs in and takes over from the handover.
    sign_in(qtbot, launcher, "ravi", FIRST["ravi"])
    ravi = choose_password(qtbot, launcher, "ravi")
    take = launcher._dialog
    assert isinstance(take, TakeOverDialog) and "Asha Kumari printed" in take.text.text()
    assert ravi.backup_label.text().startswith("Last backup: " + f"{local_day(utcnow()):%d-%m-%Y}")
    take.take()
    assert not take.isVisible()
    with db.read() as s:
        ravi_id = s.scalar(select(AppUser.id).where(AppUser.username == "ravi"))
        asha_id = s.scalar(select(AppUser.id).where(AppUser.username == "asha"))
    # The handover sheet printed again names both clerks.
    from fusecentre_app.reports.printing import handover_pdf
    from fusecentre_app.services.inspection import prints_of

    (record,) = [p for p in prints_of(db, "BXR", local_day(utcnow())) if p.kind == "handover"]
    assert record.printed_by == "Asha Kumari" and record.acknowledged_by == "Ravi Ranjan"
    again = handover_pdf(db, "BXR", record.as_of, outgoing_clerk="Asha Kumari")
    text = " ".join(PdfReader(io.BytesIO(again.pdf)).pages[-1].extract_text().split())
    assert "Asha Kumari" in text and "Ravi Ranjan" in text and "took over at the desk" in text

    # B works: he resolves A's complaint and logs one of his own.
    panel = ravi.queue
    details = panel.details
    select_docket(panel, first)
    click(qtbot, details.attend_button)
    details.cause.setCurrentIndex(details.cause.findText("fuse replaced"))
    click(qtbot, details.resolve_button)
    assert status_of(db, first).status == Status.RESOLVED
    own = log_with_form(qtbot, ravi, "9835044444", "Sohni Patti", 1, ago=5, link=False)

    # A clerk may not cancel: not offered, and refused by the service if asked anyway.
    select_docket(panel, second)
    assert not details.cancel_button.isVisibleTo(details)
    details.reason.setText("duplicate")
    details.cancel_button.click()  # the hidden button, clicked all the same
    assert details.error.text() == "Only a supervisor can cancel a complaint."
    with pytest.raises(NotPermitted, match="Only a supervisor"):
        lifecycle.cancel(db, status_of(db, second).id, "duplicate", user_id=ravi_id)
    assert status_of(db, second).status == Status.NEW

    # A correction of feeder and type moves the complaint and recomputes its deadline.
    with db.read() as s:
        town = s.scalar(select(Feeder).where(Feeder.code == "F-BXR-01"))
    before = status_of(db, second)
    assert before.feeder_id != town.id and before.type_code == "FUSE_OFF"
    click(qtbot, details.correct_button)
    correcting = details.correction_dialog
    assert isinstance(correcting, CorrectionDialog)
    correcting.feeder.setCurrentIndex(correcting.feeder.findData(town.id))
    correcting.type.setCurrentIndex(correcting.type.findData("LINE_BREAK"))
    correcting.save()
    assert "why" in correcting.error.text().lower()  # a reason is required
    qtbot.keyClicks(correcting.reason, "caller was at Thatheri Bazar; wire snapped")
    correcting.save()
    assert not correcting.isVisible()
    after = status_of(db, second)
    assert after.feeder_id == town.id and after.type_code == "LINE_BREAK" and after.priority == 1
    assert after.sop_hours != before.sop_hours
    assert after.sop_due_at == after.received_at + timedelta(hours=after.sop_hours)
    with db.read() as s:
        amended = s.scalar(
            select(ComplaintEvent.data).where(
                ComplaintEvent.complaint_id == after.id, ComplaintEvent.kind == "amended"
            )
        )
    assert amended["changes"]["feeder_id"] == [before.feeder_id, town.id]
    assert "SoP deadline" in amended["sop"] and amended["reason"].startswith("caller was")
    panel.select_feeder(town.id)  # the queue shows it under its new feeder
    assert panel.model.row_of(after.id) >= 0

    # A mis-click, put right at once: assigned to the wrong complaint, then reversed.
    select_docket(panel, third)
    click(qtbot, details.assign_button)
    assert status_of(db, third).status == Status.ASSIGNED
    assert details.reverse_button.isVisibleTo(details)
    details.reason.setText("wrong complaint clicked")
    click(qtbot, details.reverse_button)
    row = status_of(db, third)
    assert row.status == Status.NEW and row.assigned_officer_id is None
    assert not details.reverse_button.isVisibleTo(details)  # a reversal is not reversed

    # The register and the events name each clerk.
    # (Near midnight India time the day's calls may fall on two registers: read each.)
    days = sorted({local_day(status_of(db, d).received_at) for d in (first, second, third, own)})
    registers = [gather_register(db, "BXR", day, generated_by="Ravi Ranjan") for day in days]
    logged_by = {r.docket: r.logged_by for data in registers for r in data.rows}
    assert logged_by == {
        first: "Asha Kumari",
        second: "Asha Kumari",
        third: "Asha Kumari",
        own: "Ravi Ranjan",
    }
    assert {name for data in registers for block in data.shifts for name in block.clerks} == {
        "Asha Kumari",
        "Ravi Ranjan",
    }
    assert any("Amended" in remark for data in registers for r in data.rows for remark in r.remarks)
    with db.read() as s:
        users = dict(
            s.execute(
                select(ComplaintEvent.kind, ComplaintEvent.user_id).where(
                    ComplaintEvent.complaint_id == status_of(db, first).id
                )
            ).all()
        )
        kinds = set(s.scalars(select(AuditRecord.kind)))
    assert users["logged"] == asha_id and users["assigned"] == asha_id
    assert users["attended"] == ravi_id and users["resolved"] == ravi_id
    assert {"user_added", "password_changed", "signed_in", "signed_out"} <= kinds
    assert {"handover_printed", "handover_taken_over"} <= kinds
    report = verify_store(db, anchors=db.anchors.path)
    assert report.ok, report.problems
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        ravi.close()
