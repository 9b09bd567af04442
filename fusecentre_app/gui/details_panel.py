"""The selected complaint: what it is, its full history (who, when, what), and only the
actions its state and the clerk's role allow: assign (again, even while attending), attended,
resolved, the callback's outcome, cancel (a supervisor's), correct the details, and reverse
one's own last action within minutes.

Every action carries the version of the complaint the clerk is looking at: if another desk
changed it meanwhile the action is refused and the complaint shown again, as it now is."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.callback_dialog import CallConsumerDialog, unverified_close_agreed
from fusecentre_app.gui.contact_panel import ContactDialog
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.labels import (
    cause_text,
    designation_text,
    event_text,
    field_text,
    status_text,
    value_text,
)
from fusecentre_app.gui.operations import Changed, Changes, DeskOp
from fusecentre_app.gui.screen_fit import once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import corrections, incidents, lifecycle
from fusecentre_app.services.compensation import LiabilityLine
from fusecentre_app.services.details import ComplaintDetail, complaint_version, complaint_view

ERROR_STYLE = "color: #b00020;"
NOTICE_STYLE = "color: #8a4b00;"


class MessageLabel(QLabel):
    """A line that takes room only while it says something: the actions above it and the
    history below keep their places on a small screen."""

    def __init__(self) -> None:
        super().__init__()
        self.setVisible(False)

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.setVisible(False)


class DetailsPanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.detail: ComplaintDetail | None = None
        self.last_action: corrections.LastAction | None = None
        self.title = QLabel()
        self.title.setFont(ui_font(13, bold=True))
        self.title.setWordWrap(True)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.history = QListWidget()
        self.history.setObjectName("history")
        self.history.setWordWrap(True)

        self.officer = QComboBox()
        self.officer.setObjectName("officer")
        self.assign_button = QPushButton()
        self.attend_button = QPushButton()
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        # No cause is chosen for the clerk: what was done is said on purpose, every time.
        self.cause.addItem("", None)
        for cause in lifecycle.RESOLUTION_CAUSES:
            self.cause.addItem(cause_text(cause), cause)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.resolve_button = QPushButton()
        self.restored_button = QPushButton()
        self.not_restored_button = QPushButton()
        self.unreachable_button = QPushButton()
        self.call_consumer_button = QPushButton()
        self.call_consumer_button.setObjectName("callConsumer")
        self.callback_dialog: CallConsumerDialog | None = None
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.duplicate_of = QLineEdit()
        self.duplicate_of.setObjectName("duplicateOf")
        self.cancel_button = QPushButton()
        self.cancel_button.setObjectName("cancelComplaint")
        self.unlink_button = QPushButton()
        self.unlink_button.setObjectName("unlink")
        self.reverse_button = QPushButton()
        self.reverse_button.setObjectName("reverse")
        self.correct_button = QPushButton()
        self.correct_button.setObjectName("correct")
        self.contact_button = QPushButton()
        self.contact_button.setObjectName("contactOfficer")
        self.contact_button.setEnabled(False)
        self.contact_dialog: ContactDialog | None = None
        self.correction_dialog = None
        self.error = MessageLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.notice = MessageLabel()  # what an action left to know (an unreachable call)
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)

        self.action_box = QGroupBox()
        # Two buttons to a row at most, each as wide as its words: on a narrow pane the
        # rows stack, the labels are never cut.
        grid = QGridLayout(self.action_box)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        rows: list[tuple[QWidget, ...]] = [
            (self.officer, self.assign_button),
            (self.attend_button,),
            (self.cause, self.resolve_button),
            (self.note,),
            (self.call_consumer_button, self.unreachable_button),
            (self.restored_button, self.not_restored_button),
            (self.reason,),
            (self.duplicate_of, self.cancel_button),
            (self.unlink_button, self.reverse_button),
        ]
        for row, widgets in enumerate(rows):
            for column, widget in enumerate(widgets):
                grid.addWidget(widget, row, column, 1, 2 if len(widgets) == 1 else 1)
        self.history_label = QLabel()
        layout = QVBoxLayout(self)
        layout.setSpacing(4)  # a supervisor's every action in sight at 1280×720
        layout.addWidget(self.title)
        layout.addWidget(self.info)
        layout.addWidget(self._row(self.contact_button, self.correct_button))
        layout.addWidget(self.action_box)
        layout.addWidget(self.error)
        layout.addWidget(self.notice)
        layout.addWidget(self.history_label)
        layout.addWidget(self.history, 1)
        self._connect_signals()
        self._retranslate_controls()
        self._offer(())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslated)
        super().changeEvent(event)

    def _retranslated(self) -> None:
        self._retranslate_controls()
        self._offer(self.detail.allowed if self.detail is not None else ())
        if self.detail is not None:
            self.show_complaint(self.detail.id)

    def _retranslate_controls(self) -> None:
        if self.detail is None:
            self.title.setText(self.tr("Choose a complaint in the queue."))
        self.assign_button.setText(self.tr("Assi&gn"))
        self.attend_button.setText(self.tr("A&ttended"))
        self.resolve_button.setText(self.tr("&Resolved"))
        self.restored_button.setText(self.tr("Callback: r&estored"))
        self.not_restored_button.setText(self.tr("Callback: &not restored"))
        self.unreachable_button.setText(self.tr("Callback: &unreachable"))
        self.call_consumer_button.setText(self.tr("Call &back the consumer…"))
        self.cause.setItemText(0, self.tr("— what was done? —"))
        for index in range(1, self.cause.count()):
            self.cause.setItemText(index, cause_text(self.cause.itemData(index)))
        self.cancel_button.setText(self.tr("Cancel complaint"))
        self.unlink_button.setText(self.tr("Take out of incident"))
        self.reverse_button.setText(self.tr("Re&verse my last action"))
        self.correct_button.setText(self.tr("Correct detai&ls…"))
        self.contact_button.setText(self.tr("&Contact responsible officer…"))
        self.officer.setAccessibleName(self.tr("Officer to assign"))
        self.cause.setAccessibleName(self.tr("What was done"))
        self.note.setPlaceholderText(self.tr("note (what was done, callback remark)"))
        self.reason.setPlaceholderText(self.tr("reason (invalid / not this fault / wrong click)"))
        self.duplicate_of.setPlaceholderText(self.tr("duplicate of docket…"))
        self.duplicate_of.setAccessibleName(self.tr("Docket it duplicates"))
        self.note.setAccessibleName(self.tr("Note"))
        self.reason.setAccessibleName(self.tr("Reason"))
        self.history.setAccessibleName(self.tr("History"))
        self.action_box.setTitle(self.tr("Actions"))
        self.history_label.setText(self.tr("History"))
        self._keep_width()

    def _keep_width(self) -> None:
        """As wide as the widest state needs, measured with every control shown: the pane
        beside the queue keeps one width as the clerk moves from complaint to complaint."""
        hidden = [w for w in self.findChildren(QWidget) if w.isHidden()]
        for widget in hidden:
            widget.setVisible(True)
        self.setMinimumWidth(0)
        self.setMinimumWidth(self.minimumSizeHint().width())
        for widget in hidden:
            widget.setVisible(False)

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
        self.correct_button.clicked.connect(self.open_correction)
        self.assign_button.clicked.connect(
            lambda: self._act(
                lambda cid, v: lifecycle.assign(
                    db, cid, self.officer.currentData(), user_id=user.id, expected_version=v
                )
            )
        )
        self.attend_button.clicked.connect(
            lambda: self._act(
                lambda cid, v: lifecycle.attend(db, cid, user_id=user.id, expected_version=v)
            )
        )
        self.resolve_button.clicked.connect(
            lambda: self._act(
                lambda cid, v: lifecycle.resolve(
                    db,
                    cid,
                    self.cause.currentData() or "",
                    self.note.text(),
                    user_id=user.id,
                    expected_version=v,
                )
            )
        )
        for button, outcome in (
            (self.restored_button, CallbackOutcome.RESTORED),
            (self.not_restored_button, CallbackOutcome.NOT_RESTORED),
            (self.unreachable_button, CallbackOutcome.UNREACHABLE),
        ):
            button.clicked.connect(lambda _=False, o=outcome: self._callback(o))
        self.call_consumer_button.clicked.connect(self.call_consumer)
        self.unlink_button.clicked.connect(
            lambda: self._act(
                lambda cid, v: incidents.unlink_complaint(
                    db, cid, self.reason.text(), user_id=user.id, expected_version=v
                ),
                Changed.COMPLAINT | Changed.INCIDENT,
            )
        )
        self.cancel_button.clicked.connect(self._cancel)
        self.reverse_button.clicked.connect(
            lambda: self._act(
                lambda cid, v: corrections.reverse_last_action(
                    db, cid, self.reason.text(), user_id=user.id, expected_version=v
                ),
                Changed.COMPLAINT | Changed.INCIDENT,
            )
        )
        self.session.changed.connect(self._changed)

    # -- showing ----------------------------------------------------------------------------

    def clear(self) -> None:
        """Nothing chosen (the complaint left the queue's filter)."""
        self.detail = None
        self.last_action = None
        self.title.setText(self.tr("Choose a complaint in the queue."))
        self.info.clear()
        self.history.clear()
        self.error.clear()
        self.notice.clear()
        self.contact_button.setEnabled(False)
        self._offer(())

    def _liability_text(self, owed: LiabilityLine) -> str:
        """The late complaint's compensation, in one line."""
        if owed.restored:
            text = self.tr("Restored %1 h after the SoP deadline").replace(
                "%1", f"{owed.hours_late:g}"
            )
        else:
            text = self.tr("%1 h past the SoP deadline, not restored yet").replace(
                "%1", f"{owed.hours_late:g}"
            )
        if owed.each_consumer_of:
            money = self.tr("compensation Rs %1 to each consumer of %2").replace(
                "%1", f"{owed.per_consumer:,}"
            )
            money = money.replace("%2", owed.each_consumer_of)
        elif owed.total:
            money = self.tr("compensation Rs %1").replace("%1", f"{owed.total:,}")
        else:
            money = self.tr("no compensation in the SoP table")
        return f"{text}: {money} ({owed.rule}; {owed.compensation_source})"

    def show_complaint(self, complaint_id: int, *, keep: bool = False) -> None:
        """Show a complaint as it is now. `keep`: the same complaint again after a change
        elsewhere, so the officer chosen, the notice and the error line stay as they are."""
        same = keep and self.detail is not None and self.detail.id == complaint_id
        before = self.detail if same else None
        chosen = self.officer.currentData() if same else None
        notice, error = (self.notice.text(), self.error.text()) if same else ("", "")
        self.error.clear()
        self.notice.clear()
        view = (
            DeskOp(
                self.session,
                self,
                lambda: complaint_view(
                    self.session.db, complaint_id, self.session.user.id, now=utcnow()
                ),
                changes=Changed.NOTHING,
            )
            .on_refused(self.error.setText)
            .run()
        )
        if view is None:
            return
        detail = view.detail
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
        if view.liability is not None:
            lines.append(self._liability_text(view.liability))
        if view.shutdown is not None:
            lines.append(
                self.tr("Planned shutdown of %1 from %2: supply back at %3 (%4)")
                .replace("%1", view.shutdown.feeder_code)
                .replace("%2", format_local(view.shutdown.start, "%d-%m %H:%M"))
                .replace("%3", format_local(view.shutdown.end, "%d-%m %H:%M"))
                .replace("%4", view.shutdown.reason)
            )
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
                f"{field_text(k)}: {value_text(k, v)}"
                for k, v in line.data.items()
                if k in _SHOWN and v not in ("", None)
            )
            corrected = line.data.get("changes")
            if isinstance(corrected, dict):  # an amendment: each field from what to what
                moves = [f"{k}: {old or '—'} → {new or '—'}" for k, (old, new) in corrected.items()]
                extra = "; ".join([extra, *moves]).strip("; ")
            self.history.addItem(
                f"{format_local(line.at, '%d-%m %H:%M')}  {event_text(line.kind)}  "
                f"({line.who or '—'})" + (f"\n{extra}" if extra else "")
            )
        self.officer.clear()
        for o in view.officers:
            mark = "★ " if o.responsible else ""
            self.officer.addItem(
                f"{mark}{o.name_en} / {o.name_hi} ({designation_text(o.designation)})", o.id
            )
        if detail.assigned_officer_id is not None:  # reassigning starts from who has it
            self.officer.setCurrentIndex(max(0, self.officer.findData(detail.assigned_officer_id)))
        if before is not None:
            if before.assigned_officer_id == detail.assigned_officer_id and chosen is not None:
                self.officer.setCurrentIndex(max(0, self.officer.findData(chosen)))
            self.notice.setText(notice)
            if not self.error.text():
                self.error.setText(error)
        self.last_action = view.last_action
        self._offer(detail.allowed)

    def _changed(self, changes: Changes) -> None:
        """Something changed elsewhere (another panel, another desk): show it as it is now."""
        if changes.source is self or self.detail is None:
            return
        if not changes.touches(Changed.COMPLAINT | Changed.INCIDENT):
            return
        try:
            version = complaint_version(self.session.db, self.detail.id)
        except Exception:  # the store away: the full read below says so in its own words
            version = None
        if version == self.detail.version:
            return  # another complaint logged or moved: this one is as it is shown
        self.show_complaint(self.detail.id, keep=True)

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

    def call_consumer(self) -> CallConsumerDialog | None:
        """Hand the caller's number to the phone and offer what they said, in one click."""
        detail = self.detail
        if detail is None or not detail.caller_mobile or "verify" not in detail.allowed:
            return None
        if self.callback_dialog is not None:
            self.callback_dialog.close()
            self.callback_dialog.deleteLater()
        self.callback_dialog = CallConsumerDialog(self.session, detail, parent=self)
        self.callback_dialog.recorded.connect(self._called_back)
        self.callback_dialog.show()
        self.callback_dialog.call()
        return self.callback_dialog

    def _called_back(self, moved: object) -> None:
        # This panel heard the change (another widget made it) and shows the complaint anew.
        self._show_notice(moved)

    def _show_notice(self, result: object) -> None:
        if isinstance(result, lifecycle.Moved) and result.notice:
            self.notice.setText(result.notice)

    def open_correction(self):  # type: ignore[no-untyped-def]
        """The correction form, with what is recorded now."""
        from fusecentre_app.gui.correction_dialog import CorrectionDialog

        if self.detail is None:
            return None
        if self.correction_dialog is not None:
            self.correction_dialog.deleteLater()
        self.correction_dialog = CorrectionDialog(self.session, self.detail, parent=self)
        self.correction_dialog.finished.connect(lambda _r: self._reload())
        self.correction_dialog.open()
        return self.correction_dialog

    def _offer(self, allowed: tuple[str, ...]) -> None:
        """Show only what the complaint's state and the clerk's role allow."""
        works = not self.session.read_only
        can = set(allowed) if works else set()
        self.contact_button.setVisible(self.session.may(UseCase.CONTACT_OFFICER))
        self.correct_button.setVisible(
            self.detail is not None and self.session.may(UseCase.AMEND_COMPLAINT)
        )
        verify = (
            self.restored_button,
            self.not_restored_button,
            self.unreachable_button,
            self.call_consumer_button,
        )
        for widgets, action in (
            ((self.officer, self.assign_button), "assign"),
            ((self.attend_button,), "attend"),
            ((self.cause, self.resolve_button), "resolve"),
            (verify, "verify"),
        ):
            for widget in widgets:
                widget.setVisible(action in can)
        self.note.setVisible(bool(can & {"resolve", "verify"}))
        if self.detail is None or not self.detail.caller_mobile:
            self.call_consumer_button.setVisible(False)  # no number to call
        cancel = "cancel" in can and self.session.may(UseCase.CANCEL_COMPLAINT)
        linked = self.detail is not None and self.detail.incident_id is not None
        unlink = linked and "resolve" in can  # while the fault is still to be put right
        reverse = (
            works
            and self.last_action is not None
            and not self.last_action.refusal
            and self.session.may(UseCase.REVERSE_ACTION)
        )
        self.cancel_button.setVisible(cancel)
        self.duplicate_of.setVisible(cancel)
        self.unlink_button.setVisible(unlink)
        self.reverse_button.setVisible(reverse)
        if reverse and self.last_action is not None:
            self.reverse_button.setToolTip(
                self.tr("Reverse %1 of %2 (within 10 minutes, with a reason)")
                .replace("%1", ", ".join(self.last_action.kinds))
                .replace("%2", format_local(self.last_action.at, "%H:%M"))
            )
        self.reason.setVisible(cancel or unlink or reverse)

    # -- acting -----------------------------------------------------------------------------

    def _act(
        self, action: Callable[[int, int], object], changes: Changed = Changed.COMPLAINT
    ) -> None:
        if self.detail is None:
            return
        detail = self.detail
        self.error.clear()
        DeskOp(
            self.session,
            self,
            lambda: action(detail.id, detail.version),
            changes=changes,
            complaint_ids={detail.id},
        ).on_success(self._done).on_invalid(self._invalid).on_refused(self.error.setText).on_stale(
            self._stale
        ).run()

    def _callback(self, outcome: CallbackOutcome) -> None:
        detail = self.detail
        if detail is None:
            return
        if outcome == CallbackOutcome.UNREACHABLE and not unverified_close_agreed(
            self, self.session, detail
        ):
            return
        db, user = self.session.db, self.session.user
        self._act(
            lambda cid, v: lifecycle.record_callback(
                db, cid, outcome, note=self.note.text(), user_id=user.id, expected_version=v
            )
        )

    def _cancel(self) -> None:
        """A supervisor's cancel, asked first (with a reason given; without one the service
        says that it is needed, and a clerk hears that only a supervisor may cancel)."""
        detail = self.detail
        if detail is None:
            return
        reason, duplicate_of = self.reason.text().strip(), self.duplicate_of.text().strip()
        if (reason or duplicate_of) and self.session.may(UseCase.CANCEL_COMPLAINT):
            answer = QMessageBox.question(
                self,
                self.tr("Cancel this complaint?"),
                self.tr("Cancel %1 (%2)? It stays on record as cancelled and leaves the queue.")
                .replace("%1", detail.docket)
                .replace(
                    "%2",
                    self.tr("duplicate of %1").replace("%1", duplicate_of.upper())
                    if duplicate_of
                    else reason,
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        db, user = self.session.db, self.session.user
        self._act(
            lambda cid, v: lifecycle.cancel(
                db,
                cid,
                self.reason.text(),
                duplicate_of=self.duplicate_of.text(),
                user_id=user.id,
                expected_version=v,
            )
        )

    def _done(self, result: object) -> None:
        self.note.clear()
        self.reason.clear()
        self.duplicate_of.clear()
        self.cause.setCurrentIndex(0)
        self._reload()
        self._show_notice(result)

    def _invalid(self, errors: dict[str, str]) -> None:
        self.error.setText("\n".join(errors.values()))

    def _stale(self, message: str) -> None:
        self._reload()
        self.error.setText(message)

    def _reload(self) -> None:
        if self.detail is not None:
            self.show_complaint(self.detail.id)


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
    "duplicate_of",
    "sop",
}
