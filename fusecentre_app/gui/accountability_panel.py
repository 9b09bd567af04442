"""Officer accountability for a date range: assigned, median time to attend and to resolve,
SoP breaches, unanswered contact attempts and reopened complaints, worst first; and its
export as CSV or .xlsx (see `services.accountability` for what each figure counts).

The figures are read when the tab is first shown, not when the desk's window is built: a
week of events is a scan that grows with the store, and most shifts never open this tab."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.labels import designation_text, duration_text
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.screen_fit import once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.sheet_files import ask_save_sheet
from fusecentre_app.services.accountability import (
    OfficerRecord,
    accountability,
    export_accountability,
)

DEFAULT_DAYS = 7


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AccountabilityPanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.records: list[OfficerRecord] = []
        self.read = False  # the figures are read once the tab is first shown
        today = local_day(utcnow())
        self.first = QDateEdit(_qdate(today - timedelta(days=DEFAULT_DAYS - 1)))
        self.first.setObjectName("fromDate")
        self.last = QDateEdit(_qdate(today))
        self.last.setObjectName("toDate")
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
        self.show_button = QPushButton()
        self.show_button.setObjectName("show")
        self.export_button = QPushButton()
        self.export_button.setObjectName("export")
        self.table = QTableWidget(0, 8)
        self.table.setObjectName("accountabilityTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setAlternatingRowColors(True)
        self.status = QLabel()
        self.status.setObjectName("accountabilityStatus")

        top = QHBoxLayout()
        self.from_label = QLabel()
        self.to_label = QLabel()
        top.addWidget(self.from_label)
        top.addWidget(self.first)
        top.addWidget(self.to_label)
        top.addWidget(self.last)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.show_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export_csv)
        self._retranslate_controls()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.read:  # first shown, not when built
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslated)
        super().changeEvent(event)

    def _retranslated(self) -> None:
        """Another language: the dates chosen and the figures shown stay; their words change."""
        self._retranslate_controls()
        if self.read:
            self._show_records()

    def _retranslate_controls(self) -> None:
        self.first.setAccessibleName(self.tr("From date"))
        self.last.setAccessibleName(self.tr("To date"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.show_button.setText(self.tr("Sho&w"))
        self.export_button.setText(self.tr("E&xport CSV/Excel…"))
        self.table.setAccessibleName(self.tr("Officers' figures"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Officer"),
                self.tr("Designation"),
                self.tr("Assigned"),
                self.tr("Median to attend"),
                self.tr("Median to resolve"),
                self.tr("SoP breaches"),
                self.tr("Unanswered attempts"),
                self.tr("Reopened"),
            ]
        )

    def set_range(self, first: date, last: date) -> None:
        self.first.setDate(_qdate(first))
        self.last.setDate(_qdate(last))
        self.refresh()

    def refresh(self) -> None:
        first, last = _day(self.first.date()), _day(self.last.date())
        self.records = accountability(self.session.db, self.session.centre.id, first, last)
        self.read = True
        self._show_records()

    def _show_records(self) -> None:
        self.table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            cells = [
                f"{r.name_en} / {r.name_hi}",
                designation_text(r.designation),
                str(r.assigned),
                _minutes(r.median_attend_minutes),
                _minutes(r.median_resolve_minutes),
                str(r.sop_breaches),
                str(r.unanswered_attempts),
                str(r.reopened),
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if col in (5, 6, 7) and text not in ("0", ""):
                    item.setForeground(Qt.GlobalColor.red)
                self.table.setItem(row, col, item)
        self.status.setText(
            self.tr("%1 officer(s) with complaints or contact attempts on record").replace(
                "%1", str(len(self.records))
            )
        )

    def export_csv(self) -> None:
        self.refresh()  # the figures of the dates shown, whatever was last displayed
        first, last = _day(self.first.date()), _day(self.last.date())
        path = ask_save_sheet(
            self,
            self.tr("Export accountability"),
            f"accountability-{self.session.centre.code}-{first}-{last}.xlsx",
        )
        if path is None:
            return
        records = self.records
        count = DeskOp(
            self.session,
            self,
            lambda: export_accountability(records, path),
            changes=Changed.NOTHING,
        ).run()
        if count is None:
            return
        self.status.setText(
            self.tr("Exported %1 officer(s) to %2.")
            .replace("%1", str(count))
            .replace("%2", str(path))
        )


def _minutes(value: float | None) -> str:
    return "" if value is None else duration_text(value * 60)
