"""The caller's docket from the saved page: the `sms:` link handed to the phone app
(captured), its QR code, a printed slip through the desk's print path, each on record as a
contact with the consumer naming the clerk; a PC without an SMS app records nothing."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from fusecentre_app.db.models import ComplaintEvent
from fusecentre_app.domain.enums import Channel, EventKind
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.contact_panel import qr_code
from fusecentre_app.gui.docket_dialog import DocketDialog
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

pytestmark = pytest.mark.gui


def dockets_given(db, complaint_id: int) -> list[tuple[int | None, dict]]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return [
            (user_id, data)
            for user_id, data in s.execute(
                select(ComplaintEvent.user_id, ComplaintEvent.data)
                .where(
                    ComplaintEvent.complaint_id == complaint_id,
                    ComplaintEvent.kind == EventKind.DOCKET_SENT.value,
                )
                .order_by(ComplaintEvent.id)
            )
        ]


@pytest.fixture
def saved_form(qtbot, desk) -> ComplaintForm:  # type: ignore[no-untyped-def]
    """A complaint logged as a clerk logs it; the form on its saved page."""
    form = ComplaintForm(desk)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.ui.mobileEdit, "9835012345")
    qtbot.keyClicks(form.ui.localityEdit, "Sohni Patti")
    form.ui.typeCombo.setCurrentIndex(form.ui.typeCombo.findData("FUSE_OFF"))
    qtbot.keyClick(form.ui.localityEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    return form


def test_docket_by_sms_qr_and_slip_from_the_saved_page(  # type: ignore[no-untyped-def]
    qtbot, saved_form, desk, catcher, print_dialog, tmp_path
) -> None:
    assert saved_form.docket_button.isVisible()
    qtbot.mouseClick(saved_form.docket_button, Qt.MouseButton.LeftButton)
    dialog = saved_form.docket_dialog
    assert isinstance(dialog, DocketDialog)
    qtbot.waitExposed(dialog)
    complaint_id, docket = saved_form.result.id, saved_form.result.docket

    hindi = dialog.message.toPlainText()
    assert docket in hindi and "फ्यूज उड़ा" in hindi and "मानक" in hindi
    qtbot.mouseClick(dialog.sms_button, Qt.MouseButton.LeftButton)
    link = urlsplit(catcher.last())
    assert (link.scheme, link.path) == ("sms", "+919835012345")
    assert parse_qs(link.query)["body"] == [hindi]  # the Hindi survives the encoding
    # The QR code holds the same SMS in the form phone cameras offer to send.
    assert dialog.qr is not None
    assert dialog.qr.matrix == qr_code(f"SMSTO:+919835012345:{hindi}").matrix
    assert dialog.qr_label.pixmap().width() <= 340

    dialog.english.click()
    english = dialog.message.toPlainText()
    assert docket in english and "Fuse blown" in english and "(SoP)" in english
    assert dialog.qr.matrix == qr_code(f"SMSTO:+919835012345:{english}").matrix
    qtbot.mouseClick(dialog.scanned_button, Qt.MouseButton.LeftButton)

    print_dialog.to_file(tmp_path / "slip.pdf")
    job = dialog.print_slip()
    assert job is not None
    with qtbot.waitSignal(job.done):
        pass
    (page,) = PdfReader(tmp_path / "slip.pdf").pages
    assert docket in page.extract_text()
    assert round(float(page.mediabox.width)) == 298  # A6, as drawn

    clerk = desk.user.id
    assert dockets_given(desk.db, complaint_id) == [
        (clerk, {"channel": "sms", "language": "hi", "number": "+919835012345"}),
        (clerk, {"channel": "qr", "language": "en", "number": "+919835012345"}),
        (clerk, {"channel": "slip", "language": "en"}),
    ]
    assert dialog.given.count() == 3 and "docket slip printed" in dialog.notice.text()
    # It fits a 1280×720 screen.
    assert dialog.minimumSizeHint().width() <= 1280 and dialog.minimumSizeHint().height() <= 680
    dialog.hindi.click()
    dialog.grab().save(str(tmp_path / "docket.png"))


def test_no_sms_app_is_said_and_not_on_record(qtbot, saved_form, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    dialog = saved_form.send_docket()
    assert dialog is not None
    qtbot.mouseClick(dialog.sms_button, Qt.MouseButton.LeftButton)
    assert "no app for sms: links" in dialog.notice.text()
    assert dockets_given(desk.db, saved_form.result.id) == []
    # A print dialog closed without printing records nothing either.
    assert dialog.print_slip() is None
    assert dockets_given(desk.db, saved_form.result.id) == []


def test_a_complaint_without_a_mobile_gets_a_slip(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    posted = log_complaint(
        desk.db,
        ComplaintDraft(
            caller_name="रामेश्वर यादव",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
            channel=Channel.SOCIAL,
            channel_ref="@rameshwar_bxr",
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    dialog = DocketDialog(desk, posted.id)
    qtbot.addWidget(dialog)
    assert not dialog.sms_button.isEnabled() and not dialog.scanned_button.isEnabled()
    assert dialog.slip_button.isEnabled() and "print a docket slip" in dialog.to.text()
    assert dialog.qr is None
