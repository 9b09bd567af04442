"""Correcting what was taken down when the call came in: the form shows what is recorded,
the clerk changes what was wrong and says why, and the correction goes on record (old and
new values, and a new SoP deadline when the type or the feeder's area changes it)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.enums import Channel
from fusecentre_app.domain.phone import InvalidPhoneNumber, display_phone, normalise_phone
from fusecentre_app.domain.timeutil import LOCAL_TZ, to_local
from fusecentre_app.gui.labels import channel_text
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.corrections import amend_complaint
from fusecentre_app.services.details import ComplaintDetail, complaint_detail
from fusecentre_app.services.masterdata import form_choices

ERROR_STYLE = "color: #b00020;"


class CorrectionDialog(QDialog):
    def __init__(
        self, session: DeskSession, detail: ComplaintDetail, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.detail = detail
        self.setWindowTitle(self.tr("Correct %1").replace("%1", detail.docket))
        choices = form_choices(session.db, detail.centre_id or session.centre.id)
        self.caller_name = QLineEdit()
        self.caller_mobile = QLineEdit()
        self.consumer_no = QLineEdit()
        self.locality = QLineEdit()
        self.address = QLineEdit()
        self.landmark = QLineEdit()
        self.feeder = QComboBox()
        self.feeder.addItem(self.tr("— not known —"), None)
        for f in choices.feeders:
            self.feeder.addItem(f"{f.code} · {f.name_en} / {f.name_hi}", f.id)
        self.dts = choices.dts
        self.dt = QComboBox()
        self.type = QComboBox()
        for t in choices.types:
            self.type.addItem(f"{t.name_en} / {t.name_hi}", t.code)
        self.channel = QComboBox()
        for channel in Channel:
            self.channel.addItem(channel_text(channel), channel.value)
        self.description = QLineEdit()
        self.received = QDateTimeEdit()
        self.received.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.received.setCalendarPopup(True)
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("why (for example: caller gave the wrong village)"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        for name in (
            "caller_name",
            "caller_mobile",
            "consumer_no",
            "locality",
            "address",
            "landmark",
            "feeder",
            "dt",
            "type",
            "channel",
            "description",
            "received",
        ):
            getattr(self, name).setObjectName(name)

        form = QFormLayout()
        form.addRow(self.tr("Caller's &name"), self.caller_name)
        form.addRow(self.tr("&Mobile"), self.caller_mobile)
        form.addRow(self.tr("Consumer n&umber"), self.consumer_no)
        form.addRow(self.tr("&Village / mohalla"), self.locality)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Landmark"), self.landmark)
        form.addRow(self.tr("&Feeder"), self.feeder)
        form.addRow(self.tr("Transformer"), self.dt)
        form.addRow(self.tr("&Kind of complaint"), self.type)
        form.addRow(self.tr("C&hannel"), self.channel)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Received &at"), self.received)
        form.addRow(self.tr("&Reason for the correction"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "What was recorded is kept in the history; the correction is recorded "
                    "with your name and the reason."
                )
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.feeder.currentIndexChanged.connect(self._fill_dts)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self._show(detail)
        self.reason.setFocus()

    def _show(self, detail: ComplaintDetail, typed: dict[str, Any] | None = None) -> None:
        """The recorded details in the fields, with what the clerk `typed` over them."""
        typed = typed or {}
        for name in ("caller_name", "consumer_no", "locality", "address", "landmark"):
            getattr(self, name).setText(typed.get(name, getattr(detail, name)))
        self.description.setText(typed.get("description", detail.description))
        self.caller_mobile.setText(typed.get("caller_mobile", display_phone(detail.caller_mobile)))
        for name, combo, recorded in (
            ("feeder_id", self.feeder, detail.feeder_id),
            ("type_code", self.type, detail.type_code),
            ("channel", self.channel, detail.channel.value),
        ):
            value = typed.get(name, recorded)
            combo.setCurrentIndex(max(0, combo.findData(getattr(value, "value", value))))
        self._fill_dts()
        self.dt.setCurrentIndex(max(0, self.dt.findData(typed.get("dt_id", detail.dt_id))))
        local = to_local(typed.get("received_at", detail.received_at))
        self.received.setDateTime(QDateTime(local.date(), QTime(local.hour, local.minute)))

    def _fill_dts(self, *_args: object) -> None:
        feeder_id = self.feeder.currentData()
        self.dt.clear()
        self.dt.addItem(self.tr("— not known —"), None)
        for dt in self.dts:
            if dt.feeder_id == feeder_id:
                self.dt.addItem(f"{dt.code} · {dt.name_en} / {dt.name_hi}", dt.id)

    def _received(self) -> datetime:
        value = self.received.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)

    def changes(self) -> dict[str, Any]:
        """The fields the clerk changed, as the correction service takes them."""
        d = self.detail
        found: dict[str, Any] = {}
        for name, widget, recorded in (
            ("caller_name", self.caller_name, d.caller_name),
            ("consumer_no", self.consumer_no, d.consumer_no),
            ("locality", self.locality, d.locality),
            ("address", self.address, d.address),
            ("landmark", self.landmark, d.landmark),
            ("description", self.description, d.description),
        ):
            if widget.text().strip() != (recorded or "").strip():
                found[name] = widget.text()
        mobile = self.caller_mobile.text().strip()
        try:
            same = (normalise_phone(mobile) if mobile else None) == d.caller_mobile
        except InvalidPhoneNumber:
            same = False
        if not same:
            found["caller_mobile"] = mobile
        for name, combo, recorded in (
            ("feeder_id", self.feeder, d.feeder_id),
            ("dt_id", self.dt, d.dt_id),
            ("type_code", self.type, d.type_code),
            ("channel", self.channel, d.channel.value),
        ):
            if combo.currentData() != recorded:
                found[name] = combo.currentData()
        if "channel" in found:
            found["channel"] = Channel(found["channel"])
        received = self._received()
        if abs((received - d.received_at).total_seconds()) >= 60:
            found["received_at"] = received
        return found

    def save(self) -> None:
        changes = self.changes()
        if not changes:
            self.error.setText(self.tr("Nothing is changed: correct a field first."))
            return
        d = self.detail
        DeskOp(
            self.session,
            self,
            lambda: amend_complaint(
                self.session.db,
                d.id,
                changes,
                self.reason.text(),
                user_id=self.session.user.id,
                expected_version=d.version,
            ),
            changes=Changed.COMPLAINT,
            complaint_ids={d.id},
        ).on_success(lambda _moved: self.accept()).on_invalid(
            lambda errors: self.error.setText("\n".join(errors.values()))
        ).on_refused(self.error.setText).on_stale(self._stale).run()

    def _stale(self, message: str) -> None:
        """Changed at another desk meanwhile: the fields show the record as it is now, with
        the clerk's own corrections kept over it, to check and save again."""
        typed = self.changes()
        fresh = (
            DeskOp(
                self.session,
                self,
                lambda: complaint_detail(self.session.db, self.detail.id),
                changes=Changed.NOTHING,
            )
            .on_refused(self.error.setText)
            .run()
        )
        if fresh is None:
            return
        self.detail = fresh
        self._show(fresh, typed)
        self.error.setText(
            message + " " + self.tr("Your corrections are kept over it: check them and save again.")
        )
