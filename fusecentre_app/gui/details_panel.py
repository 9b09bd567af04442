"""The selected complaint: what it is, its full history (who, when, what), and only the
actions its state allows: assign, attended, resolved, the callback's outcome, cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.roles import UseCase, may
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.app import ui_font
from fusecentre_app.gui.contact_panel import ContactDialog
from fusecentre_app.gui.labels import status_text
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import incidents, lifecycle
from fusecentre_app.services.details import ComplaintDetail, complaint_detail, officers_to_assign
from fusecentre_app.services.errors import ServiceError, ValidationError


class DetailsPanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: ComplaintDetail | None = None
        self.title = QLabel(self.tr("Choose a complaint in the queue."))
        self.title.setFont(ui_font(14, bold=True))
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)

        self.officer = QComboBox()
        self.officer.setObjectName("officer")
        self.assign_button = QPushButton(self.tr("Assi&gn"))
        self.attend_button = QPushButton(self.tr("A&ttended"))
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        self.cause.addItems(list(lifecycle.RESOLUTION_CAUSES))
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("note (what was done, callback remark)"))
        self.resolve_button = QPushButton(self.tr("&Resolved"))
        self.restored_button = QPushButton(self.tr("Callback: r&estored"))
        self.not_restored_button = QPushButton(self.tr("Callback: &not restored"))
        self.unreachable_button = QPushButton(self.tr("Callback: &unreachable"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(
            self.tr("reason: duplicate of docket … / invalid / not this fault")
        )
        self.cancel_button = QPushButton(self.tr("Cancel complaint"))
        self.unlink_button = QPushButton(self.tr("Take out of incident"))
        self.unlink_button.setObjectName("unlink")
        self.contact_button = QPushButton(self.tr("&Contact responsible officer…"))
        self.contact_button.setObjectName("contactOfficer")
        self.contact_button.setEnabled(False)
        self.contact_dialog: ContactDialog | None = None
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        actions = QGroupBox(self.tr("Actions"))
        form = QFormLayout(actions)
        form.addRow(self._row(self.officer, self.assign_button))
        form.addRow(self._row(self.attend_button))
        form.addRow(self._row(self.cause, self.resolve_button))
        form.addRow(self.note)
        form.addRow(
            self._row(self.restored_button, self.not_restored_button, self.unreachable_button)
        )
        form.addRow(self._row(self.reason, self.cancel_button, self.unlink_button))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self.contact_button)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.history, 1)
        layout.addWidget(actions)
        layout.addWidget(self.error)
        self._connect_signals()
        self._offer(())

    @staticmethod
    def _row(*widgets: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            row.addWidget(widget)
        return box

    def _connect_signals(self) -> None:
        db, user = self.session.db, self.session.user
        self.contact_button.clicked.connect(self.open_contact)
        self.assign_button.clicked.connect(
            lambda: self._act(
                lambda cid: lifecycle.assign(db, cid, self.officer.currentData(), user_id=user.id)
            )
        )
        self.attend_button.clicked.connect(
            lambda: self._act(lambda cid: lifecycle.attend(db, cid, user_id=user.id))
        )
        self.resolve_button.clicked.connect(
            lambda: self._act(
                lambda cid: lifecycle.resolve(
                    db, cid, self.cause.currentText(), self.note.text(), user_id=user.id
                )
            )
        )
        for button, outcome in (
            (self.restored_button, CallbackOutcome.RESTORED),
            (self.not_restored_button, CallbackOutcome.NOT_RESTORED),
            (self.unreachable_button, CallbackOutcome.UNREACHABLE),
        ):
            button.clicked.connect(
                lambda _=False, o=outcome: self._act(
                    lambda cid: lifecycle.record_callback(
                        db, cid, o, note=self.note.text(), user_id=user.id
                    )
                )
            )
        self.unlink_button.clicked.connect(
            lambda: self._act(
                lambda cid: incidents.unlink_complaint(db, cid, self.reason.text(), user_id=user.id)
            )
        )
        self.cancel_button.clicked.connect(
            lambda: self._act(
                lambda cid: lifecycle.cancel(db, cid, self.reason.text(), user_id=user.id)
            )
        )

    def show_complaint(self, complaint_id: int) -> None:
        self.error.clear()
        try:
            detail = complaint_detail(self.session.db, complaint_id)
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        self.detail = detail
        self.contact_button.setEnabled(True)
        danger = self.tr(" — danger call") if detail.danger else ""
        self.title.setText(f"{detail.docket} · {status_text(detail.status)}{danger}")
        lines = [
            f"{detail.caller_name} {display_phone(detail.caller_mobile)} {detail.consumer_no}",
            f"{detail.locality} {detail.address} {detail.landmark}".strip(),
            f"{detail.type_name_en} / {detail.type_name_hi} · {detail.feeder_code or ''}",
            self.tr("SoP due %1 · officer: %2 · calls: %3 · callbacks: %4 · reopened: %5")
            .replace("%1", format_local(detail.sop_due_at, "%d-%m %H:%M"))
            .replace("%2", detail.officer_name or "—")
            .replace("%3", str(detail.call_count))
            .replace("%4", str(detail.callback_attempts))
            .replace("%5", str(detail.reopen_count)),
        ]
        if detail.description:
            lines.insert(3, detail.description)
        if detail.incident_id is not None:
            lines.append(
                self.tr(
                    "Part of incident %1: resolved with it; its own callback still due"
                ).replace("%1", str(detail.incident_id))
            )
        self.info.setText("\n".join(lines))
        self.history.clear()
        for line in detail.history:
            extra = ", ".join(
                f"{k}: {v}" for k, v in line.data.items() if k in _SHOWN and v not in ("", None)
            )
            self.history.addItem(
                f"{format_local(line.at, '%d-%m %H:%M')}  {line.kind}  ({line.who or '—'})"
                + (f"\n{extra}" if extra else "")
            )
        self.officer.clear()
        for o in officers_to_assign(self.session.db, detail.feeder_id):
            mark = "★ " if o.responsible else ""
            self.officer.addItem(f"{mark}{o.name_en} / {o.name_hi} ({o.designation.value})", o.id)
        self._offer(detail.allowed)

    def open_contact(self) -> ContactDialog | None:
        """The contact panel for this complaint, its feeder's lineman (then JE) first."""
        if self.detail is None:
            return None
        if self.contact_dialog is not None:
            self.contact_dialog.close()
            self.contact_dialog.deleteLater()
        self.contact_dialog = ContactDialog(self.session, complaint_id=self.detail.id, parent=self)
        self.contact_dialog.show()
        return self.contact_dialog

    def _offer(self, allowed: tuple[str, ...]) -> None:
        """Show only what the complaint's state allows (and cancel only to supervisors)."""
        can = set() if self.session.read_only else set(allowed)
        self.contact_button.setVisible(not self.session.read_only)
        for widgets, action in (
            ((self.officer, self.assign_button), "assign"),
            ((self.attend_button,), "attend"),
            ((self.cause, self.resolve_button), "resolve"),
            ((self.restored_button, self.not_restored_button, self.unreachable_button), "verify"),
        ):
            for widget in widgets:
                widget.setVisible(action in can)
        self.note.setVisible(bool(can & {"resolve", "verify"}))
        supervisor = may(self.session.user.role, UseCase.CANCEL_COMPLAINT)
        cancel = "cancel" in can and supervisor
        linked = self.detail is not None and self.detail.incident_id is not None
        unlink = linked and "resolve" in can  # while the fault is still to be put right
        self.cancel_button.setVisible(cancel)
        self.unlink_button.setVisible(unlink)
        self.reason.setVisible(cancel or unlink)

    def _act(self, action: Callable[[int], object]) -> None:
        if self.detail is None:
            return
        try:
            action(self.detail.id)
        except ValidationError as exc:
            self.error.setText("\n".join(exc.errors.values()))
            return
        except ServiceError as exc:
            self.error.setText(str(exc))
            return
        complaint_id = self.detail.id
        self.note.clear()
        self.reason.clear()
        self.session.notify_changed("complaint")
        self.show_complaint(complaint_id)


_SHOWN = {
    "cause",
    "note",
    "outcome",
    "attempt",
    "reason",
    "sop_hours_late",
    "channel",
    "incident_id",
    "officer",
    "from",
    "to",
    "number",
}
