"""The contact panel: exact links handed to the OS (captured, not dialled), the QR code's
modules read back from the image, a PC with no handler, attempts and outcomes, and the
escalation ladder from a complaint: no answer twice → escalate → the JE answers → assign."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices, QGuiApplication
from sqlalchemy import select

from fusecentre_app.db.models import Complaint, ContactAttempt, Dt, Feeder, Officer
from fusecentre_app.domain import dispatch
from fusecentre_app.domain.enums import ContactOutcome, Designation, Status
from fusecentre_app.gui.contact_panel import QR_BORDER, QR_SCALE, ContactDialog, qr_code
from fusecentre_app.gui.queue_panel import QueuePanel
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.verify import verify_store

pytestmark = pytest.mark.gui


@pytest.fixture
def complaint(desk) -> int:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        feeder = s.scalar(select(Feeder).where(Feeder.code == "F-BXR-01"))
        dt = s.scalar(select(Dt).where(Dt.code == "DT-BXR-01-1"))
    draft = ComplaintDraft(
        caller_mobile="9835012345",
        caller_name="शत्रुघ्न क्षत्रिय",
        locality="Thatheri Bazar",
        landmark="विद्युत भवन के पास",
        feeder_id=feeder.id,
        dt_id=dt.id,
        type_code="FUSE_OFF",
    )
    return log_complaint(desk.db, draft, centre_id=desk.centre.id, user_id=desk.user.id).id


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled(), f"{button.text()} is not offered"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def open_panel(qtbot, desk, **kwargs) -> ContactDialog:  # type: ignore[no-untyped-def]
    dialog = ContactDialog(desk, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_exact_links_with_hindi_encoded(qtbot, desk, complaint, catcher) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, desk, complaint_id=complaint)
    lineman = dialog.person()
    assert lineman.designation == Designation.LINEMAN
    mobile = lineman.mobile
    hindi = dialog.message.toPlainText()
    assert "शत्रुघ्न क्षत्रिय" in hindi and "विद्युत भवन के पास" in hindi and "F-BXR-01" in hindi

    click(qtbot, dialog.call_button)
    assert catcher.last() == f"tel:{mobile}"
    click(qtbot, dialog.sms_button)
    sms = catcher.last()
    assert sms == dispatch.links(mobile, hindi).sms
    assert sms.startswith(f"sms:{mobile}?body=%E0%A4%AB%E0%A5%8D%E0%A4%AF")  # फ्य
    click(qtbot, dialog.whatsapp_button)
    wa = catcher.last()
    assert wa.startswith(f"https://wa.me/{mobile[1:]}?text=")
    assert parse_qs(urlsplit(wa).query)["text"] == [hindi]

    dialog.english.setChecked(True)
    english = dialog.message.toPlainText()
    assert english.startswith("Fuse call complaint") and "Buxar Town" in english
    click(qtbot, dialog.whatsapp_button)
    assert parse_qs(urlsplit(catcher.last()).query)["text"] == [english]
    assert "Handed to the phone app" in dialog.notice.text()

    with desk.db.read() as s:
        channels = s.scalars(select(ContactAttempt.channel).order_by(ContactAttempt.id)).all()
    assert channels == ["call", "sms", "whatsapp", "whatsapp"]


def test_qr_image_holds_the_tel_link(qtbot, desk, complaint) -> None:  # type: ignore[no-untyped-def]
    dialog = open_panel(qtbot, desk, complaint_id=complaint)
    link = f"tel:{dialog.mobile()}"
    expected = qr_code(link)
    assert dialog.qr is not None and dialog.qr.matrix == expected.matrix
    # Read the modules back from the pixels on screen: dark where the encoder says dark.
    image = dialog.qr_label.pixmap().toImage()
    size = len(expected.matrix)
    assert image.width() == (size + 2 * QR_BORDER) * QR_SCALE
    assert image.width() >= 250  # large enough to scan from across a desk
    for y, row in enumerate(expected.matrix):
        for x, dark in enumerate(row):
            px = image.pixelColor(
                (x + QR_BORDER) * QR_SCALE + QR_SCALE // 2,
                (y + QR_BORDER) * QR_SCALE + QR_SCALE // 2,
            )
            assert (px.lightness() < 128) == bool(dark), (x, y)
    # The alternate number gets its own code.
    if dialog.number.count() > 1:
        dialog.number.setCurrentIndex(1)
        assert dialog.qr.matrix == qr_code(f"tel:{dialog.mobile()}").matrix


def test_no_handler_says_so_and_keeps_qr_and_copy(qtbot, desk, complaint, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = open_panel(qtbot, desk, complaint_id=complaint)
    click(qtbot, dialog.call_button)
    assert "no app for tel: links" in dialog.notice.text()
    assert dialog.qr_label.pixmap() is not None and not dialog.qr_label.pixmap().isNull()
    click(qtbot, dialog.copy_number_button)
    assert QGuiApplication.clipboard().text() == dialog.mobile()
    click(qtbot, dialog.copy_message_button)
    assert QGuiApplication.clipboard().text() == dialog.message.toPlainText()
    click(qtbot, dialog.scanned_button)
    with desk.db.read() as s:
        channels = s.scalars(select(ContactAttempt.channel).order_by(ContactAttempt.id)).all()
    assert channels == ["copy", "qr"]  # the call nothing could open is no attempt


def test_from_the_directory_without_a_complaint(qtbot, desk, catcher) -> None:  # type: ignore[no-untyped-def]
    with desk.db.read() as s:
        sdo = s.scalar(select(Officer).where(Officer.designation == "SDO"))
    dialog = open_panel(qtbot, desk, officer_id=sdo.id)
    assert dialog.person().id == sdo.id and dialog.message.toPlainText() == ""
    assert not dialog.escalation.isVisible()
    click(qtbot, dialog.call_button)
    assert catcher.last() == f"tel:{sdo.mobile}"
    click(qtbot, dialog.outcome_buttons[ContactOutcome.ANSWERED])
    with desk.db.read() as s:
        row = s.scalar(select(ContactAttempt))
    assert (row.complaint_id, row.officer_id, row.outcome) == (None, sdo.id, "answered")


def test_no_answer_twice_escalate_je_answers_assign(qtbot, desk, complaint, catcher) -> None:  # type: ignore[no-untyped-def]
    panel = QueuePanel(desk)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.wait_for_refresh()  # the list is read on a worker
    panel.table.selectRow(0)
    details = panel.details
    click(qtbot, details.contact_button)
    dialog = details.contact_dialog
    assert dialog is not None and dialog.isVisible()
    lineman = dialog.person()
    assert lineman.designation == Designation.LINEMAN

    for _ in range(2):
        click(qtbot, dialog.call_button)
        assert catcher.last() == f"tel:{lineman.mobile}"
        click(qtbot, dialog.outcome_buttons[ContactOutcome.NO_ANSWER])
        assert not dialog.outcome_buttons[ContactOutcome.ANSWERED].isEnabled()
    assert dialog.escalation.isVisible()
    assert "2 unanswered attempts" in dialog.escalation_text.text()
    click(qtbot, dialog.escalate_button)
    je = dialog.person()
    assert je.designation == Designation.JE and je.id == lineman.reports_to_id
    click(qtbot, dialog.call_button)
    assert catcher.last() == f"tel:{je.mobile}"
    click(qtbot, dialog.outcome_buttons[ContactOutcome.ANSWERED])
    assert not dialog.escalation.isVisible()
    assert dialog.attempts.count() == 3

    # The JE takes it: assigned from the details panel.
    index = details.officer.findData(je.id)
    assert index >= 0
    details.officer.setCurrentIndex(index)
    click(qtbot, details.assign_button)
    with desk.db.read() as s:
        row = s.get(Complaint, complaint)
    assert row.status == Status.ASSIGNED and row.assigned_officer_id == je.id
    history = [details.history.item(i).text() for i in range(details.history.count())]
    assert any("escalated" in line and je.name_en in line for line in history)
    assert sum("contact outcome" in line for line in history) == 3
    assert verify_store(desk.db).ok

    # The accountability view shows it: two unanswered attempts to the lineman, one
    # complaint assigned to the JE.
    from fusecentre_app.gui.accountability_panel import AccountabilityPanel

    view = AccountabilityPanel(desk)
    qtbot.addWidget(view)
    view.show()  # the figures are read when the tab is first shown
    rows = {r.officer_id: r for r in view.records}
    assert rows[lineman.id].unanswered_attempts == 2 and rows[lineman.id].assigned == 0
    assert rows[je.id].assigned == 1 and rows[je.id].unanswered_attempts == 0
    table = {
        view.table.item(r, 0).text(): [view.table.item(r, c).text() for c in range(8)]
        for r in range(view.table.rowCount())
    }
    assert table[f"{lineman.name_en} / {lineman.name_hi}"][6] == "2"
    assert table[f"{lineman.name_en} / {lineman.name_hi}"][1] == "Lineman"  # in words
    assert table[f"{je.name_en} / {je.name_hi}"][2] == "1"
