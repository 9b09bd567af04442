"""The complaint form, built for a clerk with a caller on the line.

Keyboard first: Ctrl+N opens it, Tab walks the fields in the order a caller gives them,
Enter saves, Esc asks before throwing anything away. A known mobile number brings up the
caller's earlier complaints and, if one is still open, offers to record the call as a
follow-up on it. After a save the docket number and SoP deadline are shown large enough to
read out, with the caller's own copy of the docket a click away (SMS, its QR code, or a
printed slip: `gui.docket_dialog`). A failed save keeps every field as typed and says what
to do.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDateTime, QEvent, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from fusecentre_app.domain.enums import Channel
from fusecentre_app.domain.phone import display_phone, is_plausible_prefix
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import LOCAL_TZ, format_local, to_local, utcnow
from fusecentre_app.gui.completers import guard
from fusecentre_app.gui.docket_dialog import DocketDialog
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.forms.ui_complaint_form import Ui_ComplaintForm
from fusecentre_app.gui.incidents_bar import kind_text
from fusecentre_app.gui.labels import channel_text, duration_text, hours_text, status_text
from fusecentre_app.gui.messages import shown
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.screen_fit import fit_to_screen
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.complaints import (
    CallerProfile,
    ComplaintDraft,
    FollowUpRecorded,
    LoggedComplaint,
    caller_profile,
    find_consumer,
    log_complaint,
    record_follow_up,
    validate_draft,
)
from fusecentre_app.services.incidents import IncidentInfo, link_complaints, open_incident_on
from fusecentre_app.services.masterdata import FormChoices, form_choices
from fusecentre_app.services.shutdowns import ShutdownInfo, shutdown_of_complaint

ERROR_STYLE = "color: #b00020;"


class ComplaintForm(QDialog):
    """Log one call: a new complaint, or a follow-up on the caller's open complaint."""

    saved = Signal(object)  # LoggedComplaint | FollowUpRecorded

    def __init__(
        self,
        session: DeskSession,
        parent: QWidget | None = None,
        choices: FormChoices | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.choices = choices or form_choices(session.db, session.centre.id)
        self.ui = Ui_ComplaintForm()
        self.ui.setupUi(self)
        fit_to_screen(self, self.size())  # the form's own size, if the screen has room
        self._retitle()
        self.profile: CallerProfile | None = None
        self.result: LoggedComplaint | FollowUpRecorded | None = None
        # The planned shutdown the call came within: its end is what the caller is told.
        self.shutdown: ShutdownInfo | None = None
        # Offered on the saved page when the call's feeder has an open incident.
        self.incident: IncidentInfo | None = None
        self.link_button = QPushButton()
        self.link_button.setObjectName("linkIncidentButton")
        self.link_button.setAutoDefault(False)
        self.link_button.setVisible(False)
        self.ui.savedButtons.insertWidget(0, self.link_button)
        # The caller's own copy of the docket: an SMS, its QR code, or a printed slip.
        self.docket_button = QPushButton()
        self.docket_button.setObjectName("docketButton")
        self.docket_button.setAutoDefault(False)
        self.docket_button.setVisible(self.session.may(UseCase.CONTACT_CONSUMER))
        self.ui.savedButtons.insertWidget(1, self.docket_button)
        self.docket_dialog: DocketDialog | None = None
        self._errors: dict[str, tuple[QLabel, QWidget]] = {
            "caller_mobile": (self.ui.mobileError, self.ui.mobileEdit),
            "consumer_no": (self.ui.consumerNoError, self.ui.consumerNoEdit),
            "locality": (self.ui.localityError, self.ui.localityEdit),
            "feeder_id": (self.ui.feederError, self.ui.feederCombo),
            "dt_id": (self.ui.dtError, self.ui.dtCombo),
            "type_code": (self.ui.typeError, self.ui.typeCombo),
            "channel_ref": (self.ui.channelRefError, self.ui.channelRefEdit),
            "forwarded_by_id": (self.ui.forwardedByError, self.ui.forwardedByCombo),
            "received_at": (self.ui.receivedError, self.ui.receivedEdit),
            # Fields refused only for their length or a NUL character: said above the form.
            "caller_name": (self.ui.formError, self.ui.callerNameEdit),
            "address": (self.ui.formError, self.ui.addressEdit),
            "landmark": (self.ui.formError, self.ui.landmarkEdit),
            "description": (self.ui.formError, self.ui.descriptionEdit),
        }
        self._style()
        self._fill_choices()
        self._connect_signals()
        self.reset()
        self._retranslate()

    # -- set-up ---------------------------------------------------------------------------

    def _retitle(self) -> None:
        name = self.session.centre.name_en
        self.setWindowTitle(self.tr("New complaint — %1").replace("%1", name))

    def changeEvent(self, event: QEvent) -> None:
        """Another language chosen while a call is being typed: the labels change, what is
        typed stays."""
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        """The generated labels, then the words this form puts on them itself: the generated
        ones say "Save (Enter)" and "type the mobile…" whatever the form is showing, so the
        caller's history, the button Enter presses and the saved page are said again."""
        ui = self.ui
        ui.retranslateUi(self)
        self._retitle()
        self.docket_button.setText(self.tr("Send &docket to caller…"))
        ui.typeCombo.setItemText(0, self.tr("— choose —"))
        ui.forwardedByCombo.setItemText(0, self.tr("— choose —"))
        ui.dtCombo.setItemText(0, self.tr("— not known —"))
        for index, channel in enumerate(Channel):
            ui.channelCombo.setItemText(index, channel_text(channel))
        saved = ui.pages.currentWidget() is ui.savedPage
        self._show_profile(self.profile)
        if saved and self.result is not None:
            self._show_saved_texts(self.result)
            self._offer_incident_texts()
            ui.closeButton.setDefault(True)  # Enter still closes the saved page

    def _style(self) -> None:
        for label, _field in self._errors.values():
            label.setStyleSheet(ERROR_STYLE)
        self.ui.formError.setStyleSheet(
            "color: #b00020; background: #fdecea; padding: 6px; border-radius: 4px;"
        )
        self.ui.savedTitle.setFont(ui_font(14, bold=True))
        self.ui.docketLabel.setFont(ui_font(34, bold=True))
        self.ui.docketLabel.setStyleSheet("color: #0b3d91; letter-spacing: 2px;")
        self.ui.dueLabel.setFont(ui_font(18, bold=True))
        self.ui.savedDetail.setFont(ui_font(12))
        self.ui.followUpButton.setStyleSheet("font-weight: bold;")
        self.ui.historyList.setWordWrap(True)
        self.ui.historyList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wide = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for combo in (
            self.ui.feederCombo,
            self.ui.dtCombo,
            self.ui.typeCombo,
            self.ui.channelCombo,
            self.ui.forwardedByCombo,
        ):
            combo.setSizePolicy(wide)

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.feederCombo.setEditable(True)
        ui.feederCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        ui.feederCombo.addItem("", None)
        for f in self.choices.feeders:
            area = self.tr("urban") if f.area.value == "urban" else self.tr("rural")
            ui.feederCombo.addItem(f"{f.code} · {f.name_en} / {f.name_hi} ({area})", f.id)
        completer = ui.feederCombo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        guard(completer)

        names = sorted(
            {loc.name_en for loc in self.choices.localities}
            | {loc.name_hi for loc in self.choices.localities}
        )
        self._places = {loc.name_en.casefold(): loc for loc in self.choices.localities}
        self._places.update({loc.name_hi: loc for loc in self.choices.localities})
        places = QCompleter(names, self)
        places.setFilterMode(Qt.MatchFlag.MatchContains)
        places.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.localityEdit.setCompleter(places)
        guard(places)

        ui.typeCombo.addItem(self.tr("— choose —"), None)
        for t in self.choices.types:
            danger = self.tr(" (danger)") if t.danger else ""
            ui.typeCombo.addItem(f"{t.name_en} / {t.name_hi}{danger}", t.code)

        for channel in Channel:
            ui.channelCombo.addItem(channel_text(channel), channel.value)

        ui.forwardedByCombo.addItem(self.tr("— choose —"), None)
        for o in self.choices.officers:
            ui.forwardedByCombo.addItem(
                f"{o.name_en} / {o.name_hi} ({o.designation.value}) {display_phone(o.mobile)}", o.id
            )

    def _connect_signals(self) -> None:
        ui = self.ui
        ui.saveButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        ui.closeButton.clicked.connect(self.accept)
        ui.anotherButton.clicked.connect(self.reset)
        self.link_button.clicked.connect(self.link_to_incident)
        self.docket_button.clicked.connect(self.send_docket)
        ui.followUpButton.clicked.connect(self.save_follow_up)
        ui.mobileEdit.textChanged.connect(self._mobile_typed)
        ui.mobileEdit.editingFinished.connect(lambda: self._lookup_caller(force=True))
        ui.consumerNoEdit.editingFinished.connect(self._consumer_entered)
        ui.localityEdit.textChanged.connect(self._locality_typed)
        ui.feederCombo.currentIndexChanged.connect(self._feeder_changed)
        ui.channelCombo.currentIndexChanged.connect(self._channel_changed)
        QShortcut(QKeySequence(QKeySequence.StandardKey.New), self, self._new_shortcut)

    # -- state ------------------------------------------------------------------------------

    def reset(self) -> None:
        """An empty form, ready for the next call."""
        ui = self.ui
        for edit in (
            ui.mobileEdit,
            ui.callerNameEdit,
            ui.consumerNoEdit,
            ui.localityEdit,
            ui.addressEdit,
            ui.landmarkEdit,
            ui.channelRefEdit,
            ui.descriptionEdit,
        ):
            edit.clear()
        for combo in (ui.feederCombo, ui.typeCombo, ui.channelCombo, ui.forwardedByCombo):
            combo.setCurrentIndex(0)
        ui.feederCombo.setEditText("")
        self._feeder_changed()
        self._channel_changed()
        self.set_received(utcnow())
        self.profile = None
        self.result = None
        self._show_profile(None)
        self._clear_errors()
        ui.pages.setCurrentWidget(ui.entryPage)
        ui.saveButton.setDefault(True)  # Enter saves (a dialog has one default button)
        ui.mobileEdit.setFocus()

    def set_received(self, moment: datetime) -> None:
        local = to_local(moment)
        value = QDateTime(local.date(), QTime(local.hour, local.minute))
        self.ui.receivedEdit.setDateTime(value)
        self._received_default = value

    def received_at(self) -> datetime:
        value = self.ui.receivedEdit.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)

    def is_dirty(self) -> bool:
        ui = self.ui
        texts = (
            ui.mobileEdit,
            ui.callerNameEdit,
            ui.consumerNoEdit,
            ui.localityEdit,
            ui.addressEdit,
            ui.landmarkEdit,
            ui.channelRefEdit,
            ui.descriptionEdit,
        )
        return (
            any(e.text().strip() for e in texts)
            or bool(ui.feederCombo.currentText().strip())
            or ui.typeCombo.currentIndex() > 0
        )

    def draft(self) -> ComplaintDraft:
        ui = self.ui
        return ComplaintDraft(
            caller_mobile=ui.mobileEdit.text(),
            caller_name=ui.callerNameEdit.text(),
            consumer_no=ui.consumerNoEdit.text(),
            locality=ui.localityEdit.text(),
            address=ui.addressEdit.text(),
            landmark=ui.landmarkEdit.text(),
            feeder_id=self._feeder_id(),
            dt_id=ui.dtCombo.currentData(),
            type_code=ui.typeCombo.currentData() or "",
            channel=Channel(ui.channelCombo.currentData()),
            channel_ref=ui.channelRefEdit.text(),
            forwarded_by_id=ui.forwardedByCombo.currentData(),
            description=ui.descriptionEdit.text(),
            received_at=self.received_at(),
        )

    def _feeder_id(self) -> int | None:
        text = self.ui.feederCombo.currentText().strip()
        if not text:
            return None
        index = self.ui.feederCombo.findText(text)
        return self.ui.feederCombo.itemData(index) if index > 0 else None

    # -- reactions to typing ----------------------------------------------------------------

    def _mobile_typed(self, text: str) -> None:
        if is_plausible_prefix(text):
            self._lookup_caller()
        elif self.profile is not None:
            self.profile = None
            self._show_profile(None)

    def _lookup_caller(self, force: bool = False) -> None:
        text = self.ui.mobileEdit.text()
        if not force and self.profile is not None and self.profile.mobile.endswith(text[-10:]):
            return
        profile = caller_profile(self.session.db, text)
        self.profile = profile
        self._show_profile(profile)
        if profile is not None:
            self._autofill(
                name=profile.name,
                consumer_no=profile.consumer_no,
                locality=profile.locality,
                address=profile.address,
                landmark=profile.landmark,
                feeder_id=profile.feeder_id,
                dt_id=profile.dt_id,
            )

    def _show_profile(self, profile: CallerProfile | None) -> None:
        ui = self.ui
        ui.historyList.clear()
        ui.followUpButton.setVisible(False)
        ui.followUpButton.setProperty("complaint_id", None)
        self._default_to(ui.saveButton)
        if profile is None:
            if is_plausible_prefix(ui.mobileEdit.text()):
                ui.historyLabel.setText(self.tr("No earlier complaints from this number."))
            else:
                ui.historyLabel.setText(
                    self.tr("Type the caller's mobile number to see their earlier complaints.")
                )
            return
        for c in profile.complaints:
            line = (
                f"{c.docket}  ·  {format_local(c.received_at, '%d-%m %H:%M')}\n"
                f"{status_text(c.status)}\n{c.type_name_en} / {c.type_name_hi}"
            )
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            if c.is_open:
                item.setForeground(Qt.GlobalColor.darkRed)
            ui.historyList.addItem(item)
        ui.historyLabel.setText(
            self.tr("%1 earlier complaint(s); %2 still open.")
            .replace("%1", str(len(profile.complaints)))
            .replace("%2", str(len(profile.open_complaints)))
        )
        # A follow-up is offered on this centre's complaints only: one at another centre is
        # that centre's to record.
        open_ones = profile.open_at(self.session.centre.id)
        if open_ones:
            latest = open_ones[0]
            ui.followUpButton.setText(
                self.tr("Record this call as a follow-&up on %1").replace("%1", latest.docket)
            )
            ui.followUpButton.setProperty("complaint_id", latest.id)
            ui.followUpButton.setProperty("complaint_version", latest.version)
            ui.followUpButton.setVisible(True)
            # The caller is most likely chasing that complaint: Enter records the call on it,
            # and a second complaint for them takes a deliberate click (see `save`).
            self._default_to(ui.followUpButton)

    def _default_to(self, button: QPushButton) -> None:
        """The button Enter presses (one default button in a dialog)."""
        ui = self.ui
        on_follow_up = button is ui.followUpButton
        ui.followUpButton.setDefault(on_follow_up)
        ui.saveButton.setDefault(not on_follow_up)
        ui.saveButton.setText(
            self.tr("&Save as a new complaint…") if on_follow_up else self.tr("&Save (Enter)")
        )

    def _autofill(
        self,
        *,
        name: str = "",
        consumer_no: str = "",
        locality: str = "",
        address: str = "",
        landmark: str = "",
        feeder_id: int | None = None,
        dt_id: int | None = None,
    ) -> None:
        """Fill only the fields the clerk has left empty."""
        ui = self.ui
        for edit, value in (
            (ui.callerNameEdit, name),
            (ui.consumerNoEdit, consumer_no),
            (ui.localityEdit, locality),
            (ui.addressEdit, address),
            (ui.landmarkEdit, landmark),
        ):
            if value and not edit.text().strip():
                edit.setText(value)
        if feeder_id is not None and self._feeder_id() is None:
            index = ui.feederCombo.findData(feeder_id)
            if index > 0:
                ui.feederCombo.setCurrentIndex(index)
        if dt_id is not None and ui.dtCombo.currentData() is None:
            index = ui.dtCombo.findData(dt_id)
            if index > 0:
                ui.dtCombo.setCurrentIndex(index)

    def _consumer_entered(self) -> None:
        consumer = find_consumer(self.session.db, self.ui.consumerNoEdit.text())
        if consumer is not None:
            self._autofill(
                name=consumer.name,
                locality=consumer.locality,
                address=consumer.address,
                landmark=consumer.landmark,
                feeder_id=consumer.feeder_id,
                dt_id=consumer.dt_id,
            )
            if consumer.mobile and not self.ui.mobileEdit.text().strip():
                self.ui.mobileEdit.setText(display_phone(consumer.mobile))

    def _locality_typed(self, text: str) -> None:
        """A known village or mohalla brings its feeder and DT (when those are still empty)."""
        place = self._places.get(text.strip()) or self._places.get(text.strip().casefold())
        if place is not None:
            self._autofill(feeder_id=place.feeder_id, dt_id=place.dt_id)

    def _feeder_changed(self, *_args: object) -> None:
        ui = self.ui
        feeder_id = self._feeder_id()
        ui.dtCombo.clear()
        ui.dtCombo.addItem(self.tr("— not known —"), None)
        for dt in self.choices.dts:
            if dt.feeder_id == feeder_id:
                ui.dtCombo.addItem(f"{dt.code} · {dt.name_en} / {dt.name_hi}", dt.id)
        ui.dtCombo.setEnabled(feeder_id is not None)

    def _channel_changed(self, *_args: object) -> None:
        ui = self.ui
        channel = Channel(ui.channelCombo.currentData() or Channel.PHONE.value)
        social, officer = channel == Channel.SOCIAL, channel == Channel.OFFICER
        ui.channelRefLabel.setVisible(social)
        ui.channelRefEdit.setVisible(social)
        ui.forwardedByLabel.setVisible(officer)
        ui.forwardedByCombo.setVisible(officer)
        if not social:
            ui.channelRefError.setVisible(False)
        if not officer:
            ui.forwardedByError.setVisible(False)

    # -- errors -----------------------------------------------------------------------------

    def _clear_errors(self) -> None:
        for label, _field in self._errors.values():
            label.clear()
            label.setVisible(False)
        self.ui.formError.clear()
        self.ui.formError.setVisible(False)

    def show_errors(self, errors: dict[str, str]) -> None:
        self._clear_errors()
        first: QWidget | None = None
        for name, message in errors.items():
            label, field = self._errors.get(name, (self.ui.formError, self.ui.mobileEdit))
            if label is self.ui.formError and label.text():  # more than one said there
                message = f"{label.text()}\n{shown(message)}"
            label.setText(shown(message))
            label.setVisible(True)
            first = first or field
        if first is not None:
            first.setFocus()

    def show_form_error(self, message: str) -> None:
        self.ui.formError.setText(message)
        self.ui.formError.setVisible(True)

    # -- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        if self.ui.pages.currentWidget() is not self.ui.entryPage:
            return
        draft = self.draft()
        errors = validate_draft(draft)
        if self.ui.feederCombo.currentText().strip() and draft.feeder_id is None:
            errors["feeder_id"] = self.tr("Choose a feeder from the list, or leave it empty.")
        if errors:
            self.show_errors(errors)
            return
        if not self._new_complaint_meant():
            return
        DeskOp(
            self.session,
            self,
            lambda: log_complaint(
                self.session.db,
                draft,
                centre_id=self.session.centre.id,
                user_id=self.session.user.id,
            ),
            changes=Changed.COMPLAINT,
        ).on_success(self.show_saved).on_invalid(self.show_errors).on_refused(self._refused).run()

    def _new_complaint_meant(self) -> bool:
        """A caller with an open complaint gets a second one only when the clerk says so."""
        open_id = self.ui.followUpButton.property("complaint_id")
        if self.profile is None or open_id is None:
            return True
        mine = self.profile.open_at(self.session.centre.id)
        latest = next((c for c in mine if c.id == open_id), None)
        if latest is None:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("A new complaint for this caller?"),
            self.tr(
                "This caller's complaint %1 (%2) is still open. Log a separate new complaint "
                "all the same? To record this call on %1, choose No and press Enter."
            )
            .replace("%1", latest.docket)
            .replace("%2", f"{latest.type_name_en}, {status_text(latest.status)}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, message: str) -> None:
        """Nothing was saved: every field keeps what was typed, and the reason is shown."""
        self._clear_errors()
        self.show_form_error(message)

    def save_follow_up(self) -> None:
        complaint_id = self.ui.followUpButton.property("complaint_id")
        if complaint_id is None:
            return
        version = self.ui.followUpButton.property("complaint_version")
        DeskOp(
            self.session,
            self,
            lambda: record_follow_up(
                self.session.db,
                int(complaint_id),
                user_id=self.session.user.id,
                channel=Channel(self.ui.channelCombo.currentData()),
                note=self.ui.descriptionEdit.text(),
                received_at=self.received_at(),
                expected_version=int(version) if version else None,
            ),
            changes=Changed.COMPLAINT,
            complaint_ids={int(complaint_id)},
        ).on_success(self.show_saved).on_refused(self._refused).on_stale(self._stale).run()

    def _stale(self, message: str) -> None:
        """The caller's complaint changed at another desk: show their history again."""
        self._lookup_caller(force=True)
        self.show_form_error(message)

    def show_saved(self, result: LoggedComplaint | FollowUpRecorded) -> None:
        ui = self.ui
        self.result = result
        self.shutdown = shutdown_of_complaint(self.session.db, result.id)
        self._show_saved_texts(result)
        self._offer_incident(result)
        ui.pages.setCurrentWidget(ui.savedPage)
        ui.closeButton.setDefault(True)  # Enter closes once the number is read out
        ui.closeButton.setFocus()
        self.saved.emit(result)

    def _show_saved_texts(self, result: LoggedComplaint | FollowUpRecorded) -> None:
        ui = self.ui
        ui.docketLabel.setText(result.docket)
        due = format_local(result.sop_due_at, "%d-%m-%Y %H:%M")
        if isinstance(result, LoggedComplaint):
            ui.savedTitle.setText(self.tr("Complaint saved. Read this number to the caller:"))
            ui.dueLabel.setText(
                self.tr("Supply to be restored by %1 (SoP %2)")
                .replace("%1", due)
                .replace("%2", hours_text(result.sop_hours))
            )
            detail = self.tr("Serial %1 of the day.").replace("%1", str(result.serial))
            if result.danger:
                detail += " " + self.tr("Danger call: send the lineman at once.")
        else:
            ui.savedTitle.setText(self.tr("Follow-up recorded on the caller's open complaint:"))
            late = (utcnow() - result.sop_due_at).total_seconds()
            if late > 0:  # a deadline already past is no promise to read out
                ui.dueLabel.setText(
                    self.tr("Overdue by %1 (SoP deadline was %2)")
                    .replace("%1", duration_text(late))
                    .replace("%2", due)
                )
            else:
                ui.dueLabel.setText(self.tr("Supply to be restored by %1").replace("%1", due))
            detail = self.tr("This is call %1 about this complaint; status: %2.")
            detail = detail.replace("%1", str(result.call_count)).replace(
                "%2", status_text(result.status)
            )
        if self.shutdown is not None:
            detail += " " + self.tr(
                "Planned shutdown of %1: supply back at %2. Tell the caller; it is no fault."
            ).replace("%1", self.shutdown.feeder_code).replace("%2", self.shutdown.restoration)
        ui.savedDetail.setText(detail)

    def _offer_incident(self, result: LoggedComplaint | FollowUpRecorded) -> None:
        """A new call from a feeder whose fault is already known: offer to link it."""
        self.incident = None
        if isinstance(result, LoggedComplaint):
            self.incident = open_incident_on(
                self.session.db,
                self.session.centre.id,
                self.ui.feederCombo.currentData(),
                self.ui.dtCombo.currentData(),
            )
        self.link_button.setVisible(self.incident is not None)
        self.link_button.setEnabled(True)
        self._offer_incident_texts()

    def _offer_incident_texts(self) -> None:
        if self.incident is None:
            return
        if self.link_button.isEnabled():
            self.link_button.setText(
                self.tr("Link to incident %1 (%2 on %3)")
                .replace("%1", str(self.incident.id))
                .replace("%2", kind_text(self.incident.kind).lower())
                .replace("%3", self.incident.feeder_code)
            )
        else:  # linked already
            self.link_button.setText(
                self.tr("Linked to incident %1").replace("%1", str(self.incident.id))
            )

    def link_to_incident(self) -> None:
        if self.incident is None or not isinstance(self.result, LoggedComplaint):
            return
        incident = self.incident
        DeskOp(
            self.session,
            self,
            lambda: link_complaints(
                self.session.db, incident.id, [self.result.id], user_id=self.session.user.id
            ),
            changes=Changed.COMPLAINT | Changed.INCIDENT,
            complaint_ids={self.result.id},
        ).on_success(lambda _info: self._linked()).on_refused(self.ui.savedDetail.setText).run()

    def _linked(self) -> None:
        self.link_button.setEnabled(False)
        self._offer_incident_texts()
        self.ui.closeButton.setFocus()

    def send_docket(self) -> DocketDialog | None:
        if self.result is None:
            return None
        self.docket_dialog = DocketDialog(self.session, self.result.id, self)
        self.docket_dialog.open()
        return self.docket_dialog

    def _new_shortcut(self) -> None:
        if self.ui.pages.currentWidget() is self.ui.savedPage:
            self.reset()

    # -- leaving ----------------------------------------------------------------------------

    def reject(self) -> None:
        on_entry = self.ui.pages.currentWidget() is self.ui.entryPage
        if on_entry and self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("Discard this complaint?"),
                self.tr("The complaint has not been saved. Discard what you typed?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()
