"""At sign-in, the incoming clerk is offered the handover sheet the outgoing clerk printed:
taking over puts their name on it (on record, and on the sheet when printed again)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.services.shift_change import PendingHandover, take_over


class TakeOverDialog(QDialog):
    def __init__(self, session, pending: PendingHandover, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session, self.pending = session, pending
        self.setWindowTitle(self.tr("Take over the desk"))
        self.text = text = QLabel(
            self.tr(
                "%1 printed the handover sheet of %2 at %3.\n\nTake over from them? Your name "
                "goes on that handover as the incoming clerk."
            )
            .replace("%1", pending.outgoing)
            .replace("%2", format_local(pending.as_of, "%d-%m-%Y %H:%M"))
            .replace("%3", format_local(pending.printed_at, "%H:%M"))
        )
        text.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox()
        self.take_button = self.buttons.addButton(
            self.tr("&Take over"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("&Not now"), QDialogButtonBox.ButtonRole.RejectRole)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.take)
        self.buttons.rejected.connect(self.reject)

    def take(self) -> None:
        DeskOp(
            self.session,
            self,
            lambda: take_over(self.session.db, self.pending.print_id, user_id=self.session.user.id),
            changes=Changed.PRINT,
        ).on_success(lambda _r: self.accept()).on_refused(self.error.setText).run()
