"""Feeder faults above the queue: a "probable feeder fault" banner for each burst of calls,
and a line for each open incident, with the new calls from its feeder offered for linking.

Confirming a banner opens `IncidentDialog` (feeder trip or DT failure, which complaints, a
note); resolving an incident opens `ResolveIncidentDialog` (what was done). Both go through
`services.incidents`, each through a `gui.operations.DeskOp`, which announces the change.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.enums import IncidentKind
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.labels import duration_text
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.screen_fit import fit_to_screen, once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import incidents
from fusecentre_app.services.lifecycle import RESOLUTION_CAUSES
from fusecentre_app.services.masterdata import form_choices
from fusecentre_app.services.queue import queue_rows

FAULT_STYLE = "QFrame#faultBanner { background: #fff3cd; border: 1px solid #d39e00; }"
INCIDENT_STYLE = "QFrame#incidentLine { background: #e3f2fd; border: 1px solid #1e88e5; }"
_KINDS = {
    IncidentKind.FEEDER_TRIP: QT_TRANSLATE_NOOP("FaultsBar", "Feeder trip"),
    IncidentKind.DT_FAILURE: QT_TRANSLATE_NOOP("FaultsBar", "DT failure"),
}


def kind_text(kind: IncidentKind) -> str:
    return QCoreApplication.translate("FaultsBar", _KINDS[kind])


class FaultsBar(QWidget):
    """Banners for probable faults and lines for open incidents; hidden when there are none."""

    show_feeder = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setObjectName("faultsBar")
        self.alerts: list[incidents.FaultAlert] = []
        self.open: list[incidents.IncidentInfo] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 4)
        self._layout.setSpacing(4)
        self._texts: list[str] = []  # the words of the frames shown, in order
        self.setVisible(False)

    def refresh(self, now: datetime | None = None) -> None:
        """Read the banners now (after an action taken here, so it shows at once)."""
        db, centre_id = self.session.db, self.session.centre.id
        self.show_state(
            incidents.probable_faults_now(db, centre_id, now=now),
            incidents.open_incidents(db, centre_id),
            now,
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            # the banners again, in the new words (their buttons too: built afresh)
            once_settled(self, lambda: self.show_state(self.alerts, self.open, rebuild=True))
        super().changeEvent(event)

    def show_state(
        self,
        alerts: list[incidents.FaultAlert],
        open_incidents: list[incidents.IncidentInfo],
        now: datetime | None = None,
        *,
        rebuild: bool = False,
    ) -> None:
        """Show banners read elsewhere (the queue reads them off the UI thread). The same
        feeders' faults and the same incidents as shown keep their frames, with only their
        words brought up to date (a call more, the minutes since), so a refresh builds
        widgets only for a fault or an incident that is new."""
        moment = now or utcnow()
        same = _frame_keys(alerts, open_incidents) == _frame_keys(self.alerts, self.open)
        if same and not rebuild and self._layout.count() == len(self._texts):
            self.alerts, self.open = alerts, open_incidents  # what the buttons act on
            texts = [self._banner_text(alert, moment) for alert in alerts]
            texts += [self._incident_text(info, moment) for info in open_incidents]
            for index, text in enumerate(texts):
                if text != self._texts[index]:
                    frame = self._layout.itemAt(index).widget()
                    frame.findChild(QLabel, "text").setText(text)
            self._texts = texts
            return
        self.alerts, self.open = alerts, open_incidents
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)  # out of findChild's reach before it is deleted
                widget.deleteLater()
        frames = [self._banner(alert, moment) for alert in self.alerts]
        frames += [self._incident_line(info, moment) for info in self.open]
        self._texts = [frame.findChild(QLabel, "text").text() for frame in frames]
        for frame in frames:
            self._layout.addWidget(frame)
            frame.show()  # at once, not at the next turn of the event loop
        self.setVisible(bool(frames))

    def _frame(self, name: str, style: str, text: str, buttons: list[QPushButton]) -> QFrame:
        frame = QFrame()
        frame.setObjectName(name)
        frame.setStyleSheet(style)
        row = QHBoxLayout(frame)
        row.setContentsMargins(8, 4, 8, 4)
        label = QLabel(text)
        label.setObjectName("text")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        row.addWidget(label, 1)
        for button in buttons:
            row.addWidget(button)
        return frame

    def _banner_text(self, alert: incidents.FaultAlert, now: datetime) -> str:
        span = (alert.last_received_at - alert.first_received_at).total_seconds()
        minutes = max(1, round(span / 60))
        return (
            self.tr(
                "Probable feeder fault: %1 %2 / %3 — %4 complaints in %5 min "
                "(%6 to %7, last %8 ago). Send one crew to the feeder."
            )
            .replace("%1", alert.feeder_code)
            .replace("%2", alert.feeder_name_en)
            .replace("%3", alert.feeder_name_hi)
            .replace("%4", str(alert.count))
            .replace("%5", str(minutes))
            .replace("%6", format_local(alert.first_received_at, "%H:%M"))
            .replace("%7", format_local(alert.last_received_at, "%H:%M"))
            .replace("%8", duration_text((now - alert.last_received_at).total_seconds()))
        )

    def _banner(self, alert: incidents.FaultAlert, now: datetime) -> QFrame:
        text = self._banner_text(alert, now)
        show = QPushButton(self.tr("Show"))
        show.setObjectName("showFeeder")
        show.clicked.connect(lambda: self.show_feeder.emit(alert.feeder_id))
        confirm = QPushButton(self.tr("Confirm as incident…"))
        confirm.setObjectName("confirmIncident")
        confirm.clicked.connect(lambda: self.confirm(self._alert_on(alert.feeder_id)))
        buttons = [show] if self.session.read_only else [show, confirm]
        return self._frame("faultBanner", FAULT_STYLE, text, buttons)

    def _incident_text(self, info: incidents.IncidentInfo, now: datetime) -> str:
        place = f"{info.feeder_code} {info.feeder_name_en} / {info.feeder_name_hi}"
        if info.dt_id is not None:
            place += f", DT {info.dt_name_en}"
        text = (
            self.tr("Incident %1: %2 on %3 since %4 (%5) — %6 complaint(s) linked, %7 still open")
            .replace("%1", str(info.id))
            .replace("%2", kind_text(info.kind).lower())
            .replace("%3", place)
            .replace("%4", format_local(info.opened_at, "%H:%M"))
            .replace("%5", duration_text((now - info.opened_at).total_seconds()))
            .replace("%6", str(len(info.linked_ids)))
            .replace("%7", str(len(info.open_linked_ids)))
        )
        if info.note:
            text += f"\n{info.note}"
        return text

    def _incident_line(self, info: incidents.IncidentInfo, now: datetime) -> QFrame:
        text = self._incident_text(info, now)
        buttons: list[QPushButton] = []
        if info.unlinked_ids:
            link = QPushButton(
                self.tr("Link %1 new call(s)").replace("%1", str(len(info.unlinked_ids)))
            )
            link.setObjectName("linkNew")
            link.setToolTip(
                self.tr("Open complaints from this feeder logged since the incident was opened")
            )
            link.clicked.connect(lambda: self.link_new(self._incident(info.id)))
            buttons.append(link)
        show = QPushButton(self.tr("Show"))
        show.setObjectName("showFeeder")
        show.clicked.connect(lambda: self.show_feeder.emit(info.feeder_id))
        resolve = QPushButton(self.tr("Resolve incident…"))
        resolve.setObjectName("resolveIncident")
        resolve.clicked.connect(lambda: self.resolve(self._incident(info.id)))
        buttons += [show, resolve]
        if self.session.read_only:
            buttons = [show]
        return self._frame("incidentLine", INCIDENT_STYLE, text, buttons)

    def _alert_on(self, feeder_id: int) -> incidents.FaultAlert:
        """The fault on this feeder as last read (a kept frame's buttons act on it)."""
        return next(alert for alert in self.alerts if alert.feeder_id == feeder_id)

    def _incident(self, incident_id: int) -> incidents.IncidentInfo:
        return next(info for info in self.open if info.id == incident_id)

    # -- actions --------------------------------------------------------------------------

    def confirm(self, alert: incidents.FaultAlert) -> None:
        dialog = IncidentDialog(self.session, alert, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    def link_new(self, info: incidents.IncidentInfo) -> None:
        DeskOp(
            self.session,
            self,
            lambda: incidents.link_complaints(
                self.session.db, info.id, info.unlinked_ids, user_id=self.session.user.id
            ),
            changes=Changed.COMPLAINT | Changed.INCIDENT,
            complaint_ids=set(info.unlinked_ids),
        ).run()
        self.refresh()

    def resolve(self, info: incidents.IncidentInfo) -> None:
        dialog = ResolveIncidentDialog(self.session, info, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()


class IncidentDialog(QDialog):
    """Confirm a probable fault as an incident: its kind, its complaints, a note."""

    def __init__(
        self, session: DeskSession, alert: incidents.FaultAlert, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.alert = session, alert
        self.created: incidents.IncidentInfo | None = None
        self.setWindowTitle(self.tr("Confirm incident on %1").replace("%1", alert.feeder_code))
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in IncidentKind:
            self.kind.addItem(kind_text(kind), kind.value)
        self.dt = QComboBox()
        self.dt.setObjectName("dt")
        for dt in form_choices(session.db, session.centre.id).dts:
            if dt.feeder_id == alert.feeder_id:
                self.dt.addItem(f"{dt.code} {dt.name_en} / {dt.name_hi}", dt.id)
        self.complaints = QListWidget()
        self.complaints.setObjectName("complaints")
        rows = queue_rows(session.db, alert.complaint_ids)
        for cid in alert.complaint_ids:
            row = rows[cid]
            who = row.caller_name or display_phone(row.caller_mobile)
            item = QListWidgetItem(
                f"{row.docket}  {format_local(row.received_at, '%H:%M')}  {row.locality}  {who}"
            )
            item.setData(Qt.ItemDataRole.UserRole, cid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.complaints.addItem(item)
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.note.setPlaceholderText(self.tr("what is known: breaker tripped, JE informed …"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Confirm incident"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Fault"), self.kind)
        form.addRow(self.tr("Transformer"), self.dt)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Complaints caused by it")))
        layout.addWidget(self.complaints, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self._kind_changed()
        fit_to_screen(self, QSize(640, 420))

    def _kind_changed(self, *_args: object) -> None:
        self.dt.setEnabled(self.kind.currentData() == IncidentKind.DT_FAILURE.value)

    def checked_ids(self) -> list[int]:
        return [
            self.complaints.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.complaints.count())
            if self.complaints.item(i).checkState() == Qt.CheckState.Checked
        ]

    def save(self) -> None:
        kind = IncidentKind(self.kind.currentData())
        ids = self.checked_ids()
        self.created = (
            DeskOp(
                self.session,
                self,
                lambda: incidents.open_incident(
                    self.session.db,
                    self.session.centre.id,
                    kind,
                    self.alert.feeder_id,
                    ids,
                    dt_id=self.dt.currentData() if kind == IncidentKind.DT_FAILURE else None,
                    note=self.note.text(),
                    user_id=self.session.user.id,
                ),
                changes=Changed.COMPLAINT | Changed.INCIDENT,
                complaint_ids=set(ids),
            )
            .on_success(lambda _info: self.accept())
            .on_invalid(lambda errors: self.error.setText("\n".join(errors.values())))
            .on_refused(self.error.setText)
            .run()
        )


class ResolveIncidentDialog(QDialog):
    """What put the fault right; every linked complaint still open is resolved with it."""

    def __init__(
        self, session: DeskSession, info: incidents.IncidentInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.info = session, info
        self.result_info: incidents.IncidentInfo | None = None
        self.setWindowTitle(self.tr("Resolve incident %1").replace("%1", str(info.id)))
        self.cause = QComboBox()
        self.cause.setObjectName("cause")
        self.cause.setEditable(True)
        default = incidents.INCIDENT_CAUSES[info.kind]
        self.cause.addItems([default, *(c for c in RESOLUTION_CAUSES if c != default)])
        self.note = QLineEdit()
        self.note.setObjectName("note")
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        explain = QLabel(
            self.tr(
                "%1 open complaint(s) will be marked resolved. Each consumer must still be "
                "called back to confirm the supply."
            ).replace("%1", str(len(info.open_linked_ids)))
        )
        explain.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Resolve"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(explain)
        form.addRow(self.tr("What was done"), self.cause)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        form.addRow(buttons)

    def save(self) -> None:
        self.result_info = (
            DeskOp(
                self.session,
                self,
                lambda: incidents.resolve_incident(
                    self.session.db,
                    self.info.id,
                    self.cause.currentText(),
                    self.note.text(),
                    user_id=self.session.user.id,
                ),
                changes=Changed.COMPLAINT | Changed.INCIDENT,
                complaint_ids=set(self.info.open_linked_ids),
            )
            .on_success(lambda _info: self.accept())
            .on_refused(self.error.setText)
            .run()
        )


def _frame_keys(
    alerts: list[incidents.FaultAlert], open_incidents: list[incidents.IncidentInfo]
) -> list[tuple[object, ...]]:
    """What decides the frames and their buttons: a fault's feeder; an incident, and
    whether (and how many) new calls it offers for linking."""
    keys: list[tuple[object, ...]] = [("fault", alert.feeder_id) for alert in alerts]
    keys += [("incident", info.id, len(info.unlinked_ids)) for info in open_incidents]
    return keys
