"""Calling the consumer back after a resolution, in one click.

"Call the consumer" in the details panel opens this dialog and hands the caller's number to
the PC's phone app at once (a `tel:` link, as the contact panel does for officers); the QR
code of the same link is there to scan with the clerk's mobile. What the consumer said is one
more click: restored (closed as verified), not restored (reopened), or unreachable. An
unreachable call that would close the complaint unverified asks first.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain import dispatch
from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.contact_panel import (
    hand_to_phone,
    handed_text,
    no_app_text,
    qr_code,
    qr_image,
)
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import lifecycle
from fusecentre_app.services.details import ComplaintDetail


def unverified_close_agreed(parent: QWidget, session: DeskSession, detail: ComplaintDetail) -> bool:
    """Before an unreachable call that closes the complaint without the consumer's word: ask."""
    prospect = lifecycle.callback_prospect(session.db, detail.id, now=utcnow())
    if not prospect.closes:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("CallConsumerDialog", "Close unverified?"),
        QCoreApplication.translate(
            "CallConsumerDialog",
            "The consumer could not be reached %1 times. Recording this call closes %2 "
            "without the consumer saying the supply is back. Close it unverified?",
        )
        .replace("%1", str(prospect.counted + 1))
        .replace("%2", detail.docket),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class CallConsumerDialog(QDialog):
    """Call back the consumer of one resolved complaint and record what they said."""

    recorded = Signal(object)  # lifecycle.Moved

    def __init__(
        self, session: DeskSession, detail: ComplaintDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.detail = detail
        self.setObjectName("callConsumerDialog")
        self.setWindowTitle(self.tr("Call back the consumer — %1").replace("%1", detail.docket))
        self.link = dispatch.links(detail.caller_mobile or "").tel

        name = detail.caller_name or self.tr("Consumer")
        self.who = QLabel(f"{name} · {display_phone(detail.caller_mobile or '')}")
        self.who.setObjectName("who")
        self.who.setFont(ui_font(14, bold=True))
        self.who.setWordWrap(True)
        self.about = QLabel(
            self.tr("Ask whether the supply is back (%1, %2).")
            .replace("%1", f"{detail.type_name_en} / {detail.type_name_hi}")
            .replace("%2", detail.locality or detail.docket)
        )
        self.about.setWordWrap(True)
        self.qr_label = QLabel()
        self.qr_label.setObjectName("qr")
        self.qr_label.setPixmap(QPixmap.fromImage(qr_image(qr_code(self.link))))
        self.qr_caption = QLabel(self.tr("Scan with your mobile to call"))
        self.call_button = QPushButton(self.tr("&Call again"))
        self.call_button.setObjectName("call")
        self.call_button.setAutoDefault(False)
        self.notice = QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a4b00;")
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("what the consumer said (optional)"))
        self.outcome_buttons: dict[CallbackOutcome, QPushButton] = {
            CallbackOutcome.RESTORED: QPushButton(self.tr("Supply &restored")),
            CallbackOutcome.NOT_RESTORED: QPushButton(self.tr("&Not restored (reopen)")),
            CallbackOutcome.UNREACHABLE: QPushButton(self.tr("&Unreachable")),
        }
        outcomes = QHBoxLayout()
        outcomes.addWidget(QLabel(self.tr("What did the consumer say?")))
        for outcome, button in self.outcome_buttons.items():
            button.setObjectName(f"outcome_{outcome.value}")
            button.setAutoDefault(False)
            button.clicked.connect(lambda _=False, o=outcome: self.record(o))
            outcomes.addWidget(button)
        self.attempts = QLabel(self._attempts_text())
        self.attempts.setObjectName("attempts")
        self.attempts.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.qr_label)
        left.addWidget(self.qr_caption)
        right = QVBoxLayout()
        right.addWidget(self.who)
        right.addWidget(self.about)
        right.addWidget(self.call_button)
        right.addWidget(self.attempts)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.addLayout(left)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.note)
        layout.addLayout(outcomes)
        self.call_button.clicked.connect(self.call)
        if session.read_only:
            for button in (self.call_button, *self.outcome_buttons.values()):
                button.setEnabled(False)

    def _attempts_text(self) -> str:
        prospect = lifecycle.callback_prospect(self.session.db, self.detail.id, now=utcnow())
        if not self.detail.callback_attempts:
            return self.tr("First call back since the resolution.")
        text = self.tr("Calls back so far: %1; unreachable calls that count: %2.")
        text = text.replace("%1", str(self.detail.callback_attempts))
        text = text.replace("%2", str(prospect.counted))
        if prospect.counts_from is not None and not prospect.closes:
            text += " " + self.tr("The next unreachable call counts from %1.").replace(
                "%1", format_local(prospect.counts_from, "%H:%M")
            )
        return text

    def call(self) -> bool:
        """Hand the number to the phone app; where the PC has none, say so (the QR stays)."""
        if self.session.read_only:
            return False
        if hand_to_phone(self.link):
            self.notice.setText(handed_text(self.link))
            return True
        self.notice.setText(no_app_text(self.link))
        return False

    def record(self, outcome: CallbackOutcome) -> lifecycle.Moved | None:
        detail = self.detail
        if outcome == CallbackOutcome.UNREACHABLE and not unverified_close_agreed(
            self, self.session, detail
        ):
            return None
        moved = (
            DeskOp(
                self.session,
                self,
                lambda: lifecycle.record_callback(
                    self.session.db,
                    detail.id,
                    outcome,
                    note=self.note.text(),
                    user_id=self.session.user.id,
                    expected_version=detail.version,
                ),
                changes=Changed.COMPLAINT,
                complaint_ids={detail.id},
            )
            .on_refused(self.notice.setText)
            .on_invalid(lambda errors: self.notice.setText("\n".join(errors.values())))
            .run()
        )
        if moved is None:
            return None
        self.recorded.emit(moved)
        self.accept()
        return moved
