"""Giving the caller their docket, from the saved page of the complaint form.

An `sms:` link with the docket, the complaint type and the SoP time, in Hindi or English,
handed to the PC's phone app; the same link as a QR code to scan with the centre's mobile
(the way the contact panel reaches an officer); and a printed docket slip for a caller who
walked in. Each is a contact with the consumer on record, naming the clerk: the SMS once the
phone app has it, the QR once the clerk says it was sent, the slip once the printer has it.
"""

from __future__ import annotations

import segno
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain import dispatch
from fusecentre_app.domain.enums import DocketChannel
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.app import chosen_language
from fusecentre_app.gui.contact_panel import (
    QR_BORDER,
    QR_SCALE,
    hand_to_phone,
    language_choice,
    no_app_text,
    qr_code,
    qr_image,
)
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.printing import PrintJob, choose_printer, start_print
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import contact

QR_SIDE = 340  # pixels: fits the dialog on a 1280×720 screen, scans from across the desk


def caller_language() -> str:
    """Hindi, unless the desk runs in English by choice: most callers read Hindi."""
    return "en" if chosen_language() == "en" else "hi"


class DocketDialog(QDialog):
    """Send or print the docket of one complaint for its caller."""

    def __init__(
        self,
        session: DeskSession,
        complaint_id: int,
        parent: QWidget | None = None,
        *,
        language: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.complaint_id = complaint_id
        self.docket = contact.caller_docket(session.db, complaint_id)
        self.job: PrintJob | None = None
        self.qr: segno.QRCode | None = None
        facts = self.docket.facts
        self.mobile = facts.caller_mobile or ""
        self.setObjectName("docketDialog")
        self.setWindowTitle(self.tr("Docket %1 for the caller").replace("%1", facts.docket))

        self.to = QLabel()
        self.to.setObjectName("to")
        self.to.setFont(ui_font(13, bold=True))
        self.to.setWordWrap(True)
        language_row, self.hindi, self.english = language_choice(self)
        (self.english if (language or caller_language()) == "en" else self.hindi).setChecked(True)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.message.setReadOnly(True)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("qr")
        self.qr_caption = QLabel(self.tr("Scan with the centre's mobile to send this SMS"))
        self.qr_caption.setWordWrap(True)
        self.sms_button = QPushButton(self.tr("Send &SMS"))
        self.sms_button.setObjectName("sms")
        self.scanned_button = QPushButton(self.tr("Scanned: sent from the centre's &mobile"))
        self.scanned_button.setObjectName("scanned")
        self.slip_button = QPushButton(self.tr("&Print docket slip…"))
        self.slip_button.setObjectName("slip")
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.given = QListWidget()
        self.given.setObjectName("given")
        self.given.setMaximumHeight(80)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(self.qr_label)
        left.addWidget(self.qr_caption)
        left.addStretch(1)
        actions = QGridLayout()
        actions.addWidget(self.sms_button, 0, 0)
        actions.addWidget(self.scanned_button, 0, 1)
        actions.addWidget(self.slip_button, 1, 0)
        right = QVBoxLayout()
        right.addWidget(self.to)
        right.addLayout(language_row)
        right.addWidget(self.message, 1)
        right.addLayout(actions)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addWidget(QLabel(self.tr("Given to the caller")))
        layout.addWidget(self.given)
        layout.addWidget(close)
        self._connect_signals()
        self._show_language()
        if not self.mobile:
            self.to.setText(self.tr("No caller mobile: print a docket slip for the caller."))
            self.sms_button.setEnabled(False)
            self.scanned_button.setEnabled(False)
        else:
            self.to.setText(self.tr("To the caller: %1").replace("%1", display_phone(self.mobile)))
        if session.read_only:
            for button in (self.sms_button, self.scanned_button, self.slip_button):
                button.setEnabled(False)
        self.resize(820, 560)

    def _connect_signals(self) -> None:
        self.hindi.toggled.connect(self._show_language)
        self.sms_button.clicked.connect(self.send_sms)
        self.scanned_button.clicked.connect(lambda: self._record(DocketChannel.QR))
        self.slip_button.clicked.connect(lambda: self.print_slip())

    def language(self) -> str:
        return "hi" if self.hindi.isChecked() else "en"

    def sms_link(self) -> str:
        return dispatch.links(self.mobile, self.message.toPlainText()).sms

    def _show_language(self, *_args: object) -> None:
        self.message.setPlainText(dispatch.docket_message(self.docket.facts, self.language()))
        if self.mobile:
            self.qr = qr_code(dispatch.sms_qr_payload(self.mobile, self.message.toPlainText()))
            # A long message makes many modules: draw them smaller, never under 3 pixels.
            modules = len(self.qr.matrix) + 2 * QR_BORDER
            scale = max(3, min(QR_SCALE, QR_SIDE // modules))
            self.qr_label.setPixmap(QPixmap.fromImage(qr_image(self.qr, scale)))

    # -- giving the docket ------------------------------------------------------------------

    def _record(self, channel: DocketChannel) -> bool:
        number = "" if channel == DocketChannel.SLIP else self.mobile
        done = (
            DeskOp(
                self.session,
                self,
                lambda: contact.record_docket_sent(
                    self.session.db,
                    self.complaint_id,
                    channel,
                    number=number,
                    language=self.language(),
                    user_id=self.session.user.id,
                ),
                changes=Changed.COMPLAINT,
                complaint_ids={self.complaint_id},
            )
            .on_refused(self.notice.setText)
            .on_invalid(lambda errors: self.notice.setText("\n".join(errors.values())))
            .run()
        )
        if done is None:
            return False
        how = {
            DocketChannel.SMS: self.tr("SMS handed to the phone app"),
            DocketChannel.QR: self.tr("SMS sent from the centre's mobile"),
            DocketChannel.SLIP: self.tr("docket slip printed"),
        }[channel]
        line = f"{format_local(utcnow(), '%H:%M')}  {how}"
        self.given.addItem(line)
        self.notice.setText(self.tr("On record: %1.").replace("%1", how))
        return True

    def send_sms(self) -> None:
        link = self.sms_link()
        if hand_to_phone(link):
            self._record(DocketChannel.SMS)  # on record once the phone app has it
            return
        self.notice.setText(no_app_text(link))

    def print_slip(self) -> PrintJob | None:
        from fusecentre_app.reports.printing import docket_slip_pdf

        title = f"docket-{self.docket.facts.docket}.pdf"
        printer = choose_printer(self, None, title)
        if printer is None:
            return None
        slip = (
            DeskOp(
                self.session,
                self,
                lambda: docket_slip_pdf(
                    self.session.db, self.complaint_id, given_by=self.session.user.full_name
                ),
                changes=Changed.NOTHING,
            )
            .on_refused(self.notice.setText)
            .run()
        )
        if slip is None:
            return None
        self.job = job = start_print(self, printer, slip.pdf, title)
        self.slip_button.setEnabled(False)
        job.done.connect(lambda _where: self._slip_printed())
        job.failed.connect(self._slip_ended)
        job.cancelled.connect(lambda: self._slip_ended(self.tr("Printing cancelled.")))
        self.notice.setText(self.tr("Sending the docket slip to the printer…"))
        return job

    def _slip_ended(self, text: str) -> None:
        self.slip_button.setEnabled(True)
        self.notice.setText(text)

    def _slip_printed(self) -> None:
        self.slip_button.setEnabled(True)
        self._record(DocketChannel.SLIP)

    def done(self, result: int) -> None:
        from fusecentre_app.gui.printing import RasterJob

        if isinstance(self.job, RasterJob):
            self.job.wait()
        super().done(result)
