"""Export complaints…: the centre's complaints of a date range written to an Excel workbook
or a CSV for the office (see `services.complaint_export` for the columns)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.sheet_files import ask_save_sheet
from fusecentre_app.services.complaint_export import export_complaints


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ExportComplaintsDialog(QDialog):
    """From and to (India days, both included), then a file to write."""

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export complaints"))
        today = local_day(utcnow())
        self.first = QDateEdit(_qdate(today - timedelta(days=6)))
        self.first.setObjectName("exportFrom")
        self.last = QDateEdit(_qdate(today))
        self.last.setObjectName("exportTo")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.status = QLabel(
            self.tr("Complaints received at %1 on these days, in English and Hindi.").replace(
                "%1", f"{session.centre.name_en} / {session.centre.name_hi}"
            )
        )
        self.status.setObjectName("exportStatus")
        self.status.setWordWrap(True)
        self.export_button = QPushButton(self.tr("&Export…"))
        self.export_button.setObjectName("exportComplaints")
        self.export_button.setDefault(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)

        form = QFormLayout()
        form.addRow(self.tr("&From"), self.first)
        form.addRow(self.tr("&To"), self.last)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)

    def export(self) -> int | None:
        first, last = sorted((_day(self.first.date()), _day(self.last.date())))
        code = self.session.centre.code
        path = ask_save_sheet(
            self, self.tr("Export complaints"), f"complaints-{code}-{first}-{last}.xlsx"
        )
        if path is None:
            return None
        centre_id = self.session.centre.id
        count = (
            DeskOp(
                self.session,
                self,
                lambda: export_complaints(self.session.db, centre_id, first, last, path),
                changes=Changed.NOTHING,
            )
            .on_refused(self.status.setText)
            .run()
        )
        if count is not None:
            self.status.setText(
                self.tr("Exported %1 complaint(s) to %2.")
                .replace("%1", str(count))
                .replace("%2", str(path))
            )
        return count
