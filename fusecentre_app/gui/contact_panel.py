"""One-click contact with an officer, from a complaint or from the directory.

The panel offers: call (a `tel:` link handed to the PC's dialer or phone app), a QR code of
that link to scan from across the desk with the clerk's mobile, WhatsApp (`wa.me`) and SMS
(`sms:`) with the dispatch message in Hindi or English, and copying the number or message.
Where the PC has no app for a link, it says so and the QR code and copy buttons remain.
Every click is a contact attempt on record; the clerk records its outcome with one click.
When the officer has not answered twice, or the SoP deadline is near, the next officer up
is offered; escalating records an event on the complaint and moves the panel to them.
"""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import QCoreApplication, QSize, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain import dispatch
from fusecentre_app.domain.enums import ContactChannel, ContactOutcome
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.labels import contact_channel_text, designation_text, outcome_text
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.screen_fit import fit_to_screen
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import contact

QR_SCALE = 10  # pixels per module: about 4.5 cm across on a desk monitor, easy to scan
QR_BORDER = 4  # the quiet zone the standard asks for


def qr_code(payload: str) -> segno.QRCode:
    """The QR code the panel shows for a link (medium error correction or better)."""
    return segno.make(payload, error="m", micro=False)


def qr_image(code: segno.QRCode, scale: int = QR_SCALE) -> QImage:
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=scale, border=QR_BORDER)
    image = QImage()
    image.loadFromData(buffer.getvalue(), "PNG")
    return image


def hand_to_phone(link: str) -> bool:
    """Give a `tel:`, `sms:` or WhatsApp link to the PC's app for it (a softphone, a phone
    link app); False when the PC has none. Officers and consumers are called the same way."""
    # The link is already percent-encoded; QUrl must not encode it a second time.
    return QDesktopServices.openUrl(QUrl.fromEncoded(link.encode("ascii")))


def handed_text(link: str) -> str:
    return QCoreApplication.translate("ContactDialog", "Handed to the phone app: %1").replace(
        "%1", link[:60]
    )


def no_app_text(link: str) -> str:
    scheme = link.split(":", 1)[0]
    return QCoreApplication.translate(
        "ContactDialog",
        "This PC has no app for %1 links. Scan the QR code with your mobile, or copy "
        "the number or the message.",
    ).replace("%1", f"{scheme}:")


def language_choice(parent: QWidget) -> tuple[QHBoxLayout, QRadioButton, QRadioButton]:
    """ "Message in ( ) Hindi ( ) English", Hindi chosen: a row and its two buttons."""

    hindi = QRadioButton(QCoreApplication.translate("ContactDialog", "Hindi"))
    hindi.setObjectName("hindi")
    english = QRadioButton(QCoreApplication.translate("ContactDialog", "English"))
    english.setObjectName("english")
    languages = QButtonGroup(parent)
    languages.addButton(hindi)
    languages.addButton(english)
    hindi.setChecked(True)
    row = QHBoxLayout()
    row.addWidget(QLabel(QCoreApplication.translate("ContactDialog", "Message in")))
    row.addWidget(hindi)
    row.addWidget(english)
    row.addStretch(1)
    return row, hindi, english


class ContactDialog(QDialog):
    """Contact an officer; about a complaint when `complaint_id` is given."""

    attempted = Signal(int)  # attempt id

    def __init__(
        self,
        session: DeskSession,
        *,
        complaint_id: int | None = None,
        officer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.complaint_id = complaint_id
        self.facts = contact.dispatch_facts(session.db, complaint_id) if complaint_id else None
        self.pending: contact.Attempt | None = None
        self.offer: contact.EscalationOffer | None = None
        self.qr: segno.QRCode | None = None
        self.setObjectName("contactDialog")
        title = self.tr("Contact officer")
        if self.facts is not None:
            title = self.tr("Contact about %1").replace("%1", self.facts.docket)
        self.setWindowTitle(title)

        self.officer = QComboBox()
        self.officer.setObjectName("officer")
        people = contact.responsible_for(session.db, complaint_id) if complaint_id else []
        if officer_id is not None and all(p.id != officer_id for p in people):
            people.insert(0, contact.officer(session.db, officer_id))
        for person in people:
            self._add_person(person)
        self.who = QLabel()
        self.who.setObjectName("who")
        self.who.setFont(ui_font(13, bold=True))
        self.who.setWordWrap(True)
        self.number = QComboBox()
        self.number.setObjectName("number")

        self.qr_label = QLabel()
        self.qr_label.setObjectName("qr")
        self.qr_caption = QLabel(self.tr("Scan with your mobile to call"))
        self.scanned_button = QPushButton(self.tr("Scanned: calling from my mobile"))
        self.scanned_button.setObjectName("scanned")

        self.call_button = QPushButton(self.tr("&Call"))
        self.call_button.setObjectName("call")
        self.whatsapp_button = QPushButton(self.tr("&WhatsApp"))
        self.whatsapp_button.setObjectName("whatsapp")
        self.sms_button = QPushButton(self.tr("&SMS"))
        self.sms_button.setObjectName("sms")
        self.copy_number_button = QPushButton(self.tr("Copy &number"))
        self.copy_number_button.setObjectName("copyNumber")
        self.copy_message_button = QPushButton(self.tr("Copy &message"))
        self.copy_message_button.setObjectName("copyMessage")
        language_row, self.hindi, self.english = language_choice(self)
        self.message = QPlainTextEdit()
        self.message.setObjectName("message")
        self.message.setReadOnly(True)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a4b00;")

        self.outcome_buttons: dict[ContactOutcome, QPushButton] = {}
        outcomes = QHBoxLayout()
        outcomes.addWidget(QLabel(self.tr("What happened?")))
        for outcome in ContactOutcome:
            button = QPushButton(outcome_text(outcome))
            button.setObjectName(f"outcome_{outcome.value}")
            button.clicked.connect(lambda _=False, o=outcome: self.record_outcome(o))
            self.outcome_buttons[outcome] = button
            outcomes.addWidget(button)

        self.escalation = QFrame()
        self.escalation.setObjectName("escalation")
        self.escalation.setStyleSheet(
            "QFrame#escalation { background: #fdecea; border: 1px solid #c62828; }"
        )
        self.escalation_text = QLabel()
        self.escalation_text.setWordWrap(True)
        self.escalate_button = QPushButton()
        self.escalate_button.setObjectName("escalate")
        bar = QHBoxLayout(self.escalation)
        bar.addWidget(self.escalation_text, 1)
        bar.addWidget(self.escalate_button)

        self.attempts = QListWidget()
        self.attempts.setObjectName("attempts")

        left = QVBoxLayout()
        left.addWidget(self.qr_label)
        left.addWidget(self.qr_caption)
        left.addWidget(self.scanned_button)
        left.addStretch(1)
        actions = QGridLayout()
        actions.addWidget(self.call_button, 0, 0)
        actions.addWidget(self.copy_number_button, 0, 1)
        actions.addWidget(self.whatsapp_button, 1, 0)
        actions.addWidget(self.sms_button, 1, 1)
        actions.addWidget(self.copy_message_button, 2, 0)
        right = QVBoxLayout()
        right.addWidget(self.officer)
        right.addWidget(self.who)
        right.addWidget(self.number)
        right.addLayout(actions)
        right.addLayout(language_row)
        right.addWidget(self.message, 1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addLayout(outcomes)
        layout.addWidget(self.escalation)
        layout.addWidget(QLabel(self.tr("Attempts")))
        layout.addWidget(self.attempts)

        self.officer.currentIndexChanged.connect(self._officer_changed)
        self.number.currentIndexChanged.connect(self._number_changed)
        self.hindi.toggled.connect(self._message_changed)
        self.call_button.clicked.connect(lambda: self.open_link(ContactChannel.CALL))
        self.whatsapp_button.clicked.connect(lambda: self.open_link(ContactChannel.WHATSAPP))
        self.sms_button.clicked.connect(lambda: self.open_link(ContactChannel.SMS))
        self.scanned_button.clicked.connect(lambda: self._attempt(ContactChannel.QR))
        self.copy_number_button.clicked.connect(self.copy_number)
        self.copy_message_button.clicked.connect(self.copy_message)
        self.escalate_button.clicked.connect(self.escalate)
        self._message_changed()
        self._officer_changed()
        if self.person() is None:
            self.notice.setText(self.no_officer_text())
        if session.read_only:
            # An inspector may look up a number but puts nothing on record from here.
            for button in (
                self.call_button,
                self.whatsapp_button,
                self.sms_button,
                self.scanned_button,
                self.copy_number_button,
                self.escalate_button,
                *self.outcome_buttons.values(),
            ):
                button.setEnabled(False)
        fit_to_screen(self, QSize(900, 640))

    # -- what is shown ----------------------------------------------------------------------

    def _add_person(self, person: contact.Contact) -> None:
        self.officer.addItem(
            f"{designation_text(person.designation)} · {person.name_en} / {person.name_hi}", person
        )

    def person(self) -> contact.Contact | None:
        return self.officer.currentData()

    def mobile(self) -> str:
        return self.number.currentData() or ""

    def _officer_changed(self, *_args: object) -> None:
        person = self.person()
        self.pending = None
        self.number.blockSignals(True)
        self.number.clear()
        if person is not None:
            self.who.setText(
                f"{person.name_en} / {person.name_hi} ({designation_text(person.designation)})"
            )
            self.number.addItem(display_phone(person.mobile), person.mobile)
            if person.alternate_mobile:
                self.number.addItem(
                    self.tr("%1 (alternate)").replace("%1", display_phone(person.alternate_mobile)),
                    person.alternate_mobile,
                )
        self.number.blockSignals(False)
        self._number_changed()
        self._refresh_attempts()

    def _number_changed(self, *_args: object) -> None:
        mobile = self.mobile()
        if mobile:
            self.qr = qr_code(dispatch.links(mobile).tel)
            self.qr_label.setPixmap(QPixmap.fromImage(qr_image(self.qr)))
        else:
            self.qr = None
            self.qr_label.clear()
        self.notice.clear()

    def _message_changed(self, *_args: object) -> None:
        if self.facts is None:
            self.message.setPlainText("")
            self.message.setPlaceholderText(self.tr("No complaint: the message is yours to type"))
            self.message.setReadOnly(False)
            return
        language = "hi" if self.hindi.isChecked() else "en"
        self.message.setPlainText(dispatch.dispatch_message(self.facts, language))

    def _refresh_attempts(self) -> None:
        self.attempts.clear()
        # A call is answered or not; a WhatsApp or SMS message is sent (nobody answers it).
        offered = set(dispatch.outcomes_for(self.pending.channel)) if self.pending else set()
        for outcome, button in self.outcome_buttons.items():
            button.setEnabled(outcome in offered)
            button.setVisible(self.pending is None or outcome in offered)
        if self.complaint_id is None:
            self.escalation.setVisible(False)
            return
        for a in contact.attempts_on(self.session.db, self.complaint_id):
            outcome = outcome_text(a.outcome) if a.outcome else self.tr("outcome not recorded")
            self.attempts.addItem(
                f"{format_local(a.at, '%d-%m %H:%M')}  {a.officer_name}  "
                f"{contact_channel_text(a.channel)} {display_phone(a.number)}: {outcome}"
            )
        person = self.person()
        self.offer = (
            contact.escalation_offer(self.session.db, self.complaint_id, person.id)
            if person is not None
            else None
        )
        self.escalation.setVisible(self.offer is not None)
        if self.offer is not None:
            to = self.offer.to
            self.escalation_text.setText(
                self.tr("%1: escalate to the %2.")
                .replace("%1", self.offer.reason)
                .replace("%2", to.designation.value)
            )
            self.escalate_button.setText(
                self.tr("Escalate to %1 %2")
                .replace("%1", to.designation.value)
                .replace("%2", to.name_en)
            )

    # -- actions ----------------------------------------------------------------------------

    def _attempt(self, channel: ContactChannel) -> bool:
        person = self.person()
        if person is None or self.session.read_only:
            return False
        complaint_id = self.complaint_id
        recorded = (
            DeskOp(
                self.session,
                self,
                lambda: contact.record_attempt(
                    self.session.db,
                    centre_id=self.session.centre.id,
                    officer_id=person.id,
                    channel=channel,
                    number=self.mobile(),
                    complaint_id=complaint_id,
                    user_id=self.session.user.id,
                ),
                changes=Changed.COMPLAINT if complaint_id is not None else Changed.DIRECTORY,
                complaint_ids={complaint_id} if complaint_id is not None else set(),
            )
            .on_refused(self.notice.setText)
            .run()
        )
        if recorded is None:
            return False
        self.pending = recorded
        self._refresh_attempts()
        self.attempted.emit(recorded.id)
        return True

    def link_for(self, channel: ContactChannel) -> str:
        text = self.message.toPlainText()
        found = dispatch.links(self.mobile(), text)
        return {
            ContactChannel.CALL: found.tel,
            ContactChannel.WHATSAPP: found.whatsapp,
            ContactChannel.SMS: found.sms,
        }[channel]

    def open_link(self, channel: ContactChannel) -> None:
        if not self.mobile():
            self.notice.setText(self.no_officer_text())
            return
        link = self.link_for(channel)
        if hand_to_phone(link):
            # On record only once the phone app has it: a link nothing opened is no attempt.
            if self._attempt(channel):
                self.notice.setText(handed_text(link))
            return
        self.notice.setText(no_app_text(link))

    def no_officer_text(self) -> str:
        return self.tr(
            "No officer answers for this complaint's feeder. Find one in the Directory tab, or "
            "set the complaint's feeder."
        )

    def copy_number(self) -> None:
        if not self.mobile():
            self.notice.setText(self.no_officer_text())
            return
        QGuiApplication.clipboard().setText(self.mobile())
        self._attempt(ContactChannel.COPY)
        self.notice.setText(self.tr("Number copied: %1").replace("%1", self.mobile()))

    def copy_message(self) -> None:
        QGuiApplication.clipboard().setText(self.message.toPlainText())
        self.notice.setText(self.tr("Message copied."))

    def record_outcome(self, outcome: ContactOutcome) -> None:
        if self.pending is None:
            return
        pending, complaint_id = self.pending, self.complaint_id
        done = (
            DeskOp(
                self.session,
                self,
                lambda: contact.record_outcome(
                    self.session.db, pending.id, outcome, user_id=self.session.user.id
                ),
                changes=Changed.COMPLAINT if complaint_id is not None else Changed.DIRECTORY,
                complaint_ids={complaint_id} if complaint_id is not None else set(),
            )
            .on_refused(self.notice.setText)
            .on_invalid(lambda errors: self.notice.setText("\n".join(errors.values())))
            .run()
        )
        if done is None:
            return
        self.pending = None
        self.notice.setText(self.tr("Recorded: %1").replace("%1", outcome_text(outcome)))
        self._refresh_attempts()

    def escalate(self) -> None:
        person, offer = self.person(), self.offer
        if person is None or offer is None or self.complaint_id is None:
            return
        complaint_id = self.complaint_id
        boss = (
            DeskOp(
                self.session,
                self,
                lambda: contact.escalate(
                    self.session.db,
                    complaint_id,
                    person.id,
                    offer.to.id,
                    offer.reason,
                    user_id=self.session.user.id,
                ),
                changes=Changed.COMPLAINT,
                complaint_ids={complaint_id},
            )
            .on_refused(self.notice.setText)
            .run()
        )
        if boss is None:
            return
        index = next(
            (i for i in range(self.officer.count()) if self.officer.itemData(i).id == boss.id), -1
        )
        if index < 0:
            self._add_person(boss)
            index = self.officer.count() - 1
        self.officer.setCurrentIndex(index)
        self.notice.setText(
            self.tr("Escalated to %1 %2.")
            .replace("%1", boss.designation.value)
            .replace("%2", boss.name_en)
        )
