"""The Division tab: the EE's (or an SDO's) month at a glance, for the division or one centre.
The centres side by side with the median restoration hours by type, the officers ranked with
the change from last month, the calls funnel, the worst feeders by SAIFI and SAIDI, and the
claims awaiting a decision; and the EE's PDFs (the monthly console, the Reg. 13 sheet, the
compensation statement, and the case file of the officer chosen in the ranking), previewed,
printed or saved through the desk's PDF dialogs (`gui.division_pdfs`). The figures are
`services.console`'s; the tab reads them on a worker thread when first shown, not when the
window is built, and again on Show.
"""

from __future__ import annotations

import logging
from contextlib import suppress
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.division_pdfs import (
    CaseFileDialog,
    CompensationDialog,
    ConsoleDialog,
    Reg13Dialog,
    month_edit,
    month_of,
)
from fusecentre_app.gui.labels import designation_text
from fusecentre_app.gui.messages import error_text
from fusecentre_app.gui.pdf_dialogs import PdfDialog
from fusecentre_app.gui.screen_fit import once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.console import (
    Console,
    OfficerRank,
    division_console,
    division_sum,
)
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.masterdata import list_centres

log = logging.getLogger(__name__)

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _table(name: str, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns)
    table.setObjectName(name)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.setAlternatingRowColors(True)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(table.fontMetrics().height() + 6)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], *, right_from: int = 1) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c >= right_from:
                item.setTextAlignment(_RIGHT)
            table.setItem(r, c, item)


class ConsolePanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.console: Console | None = None
        self.dialog: PdfDialog | None = None
        self.reads_pending = 0
        self._generation = 0
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._carrier = _Carrier()
        self.month = month_edit(local_day(utcnow()))
        self.month.setObjectName("consoleMonth")
        self.centre = QComboBox()
        self.centre.setObjectName("consoleCentre")
        self.centre.addItem("", None)
        for c in list_centres(session.db):
            self.centre.addItem(f"{c.code} · {c.name_en}", c.code)
        if session.user.centre_id is not None and session.role.value == "supervisor":
            self.centre.setCurrentIndex(max(0, self.centre.findData(session.centre.code)))
        self.month_label = QLabel()
        self.month_label.setBuddy(self.month)
        self.show_button = QPushButton()
        self.show_button.setObjectName("consoleShow")
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("consolePdf")
        self.reg13_button = QPushButton()
        self.reg13_button.setObjectName("consoleReg13")
        self.compensation_button = QPushButton()
        self.compensation_button.setObjectName("consoleCompensation")
        self.case_file_button = QPushButton()
        self.case_file_button.setObjectName("consoleCaseFile")
        self.case_file_button.setEnabled(False)  # until an officer is chosen
        self.case_file_action = QAction(self)
        self.case_file_action.setEnabled(False)
        self.centres = _table("consoleCentres", 1)
        self.types = _table("consoleTypes", 1)
        self.funnel = _table("consoleFunnel", 5)
        self.officers = _table("consoleOfficers", 7)
        self.feeders = _table("consoleFeeders", 3)
        self.claims = _table("consoleClaims", 4)
        self.status = QLabel()
        self.status.setObjectName("consoleStatus")
        self.status.setWordWrap(True)
        self.headings = {
            table: QLabel()
            for table in (
                self.centres,
                self.types,
                self.funnel,
                self.officers,
                self.feeders,
                self.claims,
            )
        }

        top = QHBoxLayout()
        top.addWidget(self.month_label)
        top.addWidget(self.month)
        top.addWidget(self.centre)
        top.addWidget(self.show_button)
        top.addStretch(1)
        top.addWidget(self.pdf_button)
        top.addWidget(self.reg13_button)
        top.addWidget(self.compensation_button)
        # The officers' case file is theirs who may draw one (see domain.roles).
        may_draw = session.may(UseCase.NEGLIGENCE_FILE)
        self.case_file_button.setVisible(may_draw)
        if may_draw:
            self.officers.addAction(self.case_file_action)
            self.officers.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.officers.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.officers.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        # The month's figures above, the people and the feeders below; each pane gives way.
        rows = QSplitter(Qt.Orientation.Vertical)
        rows.setObjectName("consolePanes")
        rows.setChildrenCollapsible(False)
        for panes, stretches in (
            (((self.centres,), (self.types,), (self.funnel,)), (4, 4, 3)),
            (((self.officers,), (self.feeders, self.claims)), (7, 4)),
        ):
            row = QSplitter(Qt.Orientation.Horizontal)
            row.setChildrenCollapsible(False)
            for tables in panes:
                pane = QWidget()
                column = QVBoxLayout(pane)
                column.setContentsMargins(0, 0, 0, 0)
                for table in tables:
                    if table is self.officers:  # its heading, and the chosen one's case file
                        heading = QHBoxLayout()
                        heading.addWidget(self.headings[table], 1)
                        heading.addWidget(self.case_file_button)
                        column.addLayout(heading)
                    else:
                        column.addWidget(self.headings[table])
                    column.addWidget(table, 1)
                row.addWidget(pane)
            for n, stretch in enumerate(stretches):
                row.setStretchFactor(n, stretch)
            rows.addWidget(row)
        rows.setStretchFactor(0, 1)
        rows.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(rows, 1)
        layout.addWidget(self.status)
        self._connect_signals()
        self._retranslate_controls()

    def _connect_signals(self) -> None:
        self._carrier.ready.connect(self._read)
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.open_pdf)
        self.reg13_button.clicked.connect(self.open_reg13)
        self.compensation_button.clicked.connect(self.open_compensation)
        self.case_file_button.clicked.connect(self.open_case_file)
        self.case_file_action.triggered.connect(self.open_case_file)
        self.officers.itemSelectionChanged.connect(self._officer_chosen)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.console is None and not self.reads_pending:  # first shown, not when built
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslated)
        super().changeEvent(event)

    def _retranslated(self) -> None:
        self._retranslate_controls()
        if self.console is not None:
            self._show(self.console)

    def _retranslate_controls(self) -> None:
        self.month_label.setText(self.tr("Mo&nth"))
        self.month.setAccessibleName(self.tr("Month"))
        self.centre.setItemText(0, self.tr("All centres"))
        self.centre.setAccessibleName(self.tr("Centre"))
        self.show_button.setText(self.tr("Sho&w"))
        self.pdf_button.setText(self.tr("Monthl&y PDF…"))
        self.reg13_button.setText(self.tr("Reg. 13 shee&t…"))
        self.compensation_button.setText(self.tr("Compensation stat&ement…"))
        self.case_file_button.setText(self.tr("&Case file…"))
        self.case_file_button.setToolTip(
            self.tr("The negligence case file of the officer chosen in the ranking")
        )
        self.case_file_action.setText(self.tr("Case file…"))
        self.headings[self.centres].setText(self.tr("Centres: complaints received in the month"))
        self.headings[self.types].setText(self.tr("Median hours to restore, by type"))
        self.headings[self.officers].setText(self.tr("Officers ranked (change from last month)"))
        self.headings[self.funnel].setText(self.tr("Calls funnel"))
        self.headings[self.feeders].setText(self.tr("Worst feeders"))
        self.headings[self.claims].setText(self.tr("Claims pending decision"))
        for table, heading in self.headings.items():
            table.setAccessibleName(heading.text())
        self.officers.setHorizontalHeaderLabels(
            [
                self.tr("Centre"),
                self.tr("Officer"),
                self.tr("Designation"),
                self.tr("Assigned"),
                self.tr("SoP breaches"),
                self.tr("Unanswered"),
                self.tr("Reopened"),
            ]
        )
        self.funnel.setHorizontalHeaderLabels(
            [
                self.tr("Centre"),
                self.tr("Calls"),
                self.tr("Complaints"),
                self.tr("Follow-ups"),
                self.tr("By 1912"),
            ]
        )
        self.feeders.setHorizontalHeaderLabels(
            [self.tr("Feeder"), self.tr("SAIFI"), self.tr("SAIDI min")]
        )
        self.claims.setHorizontalHeaderLabels(
            [self.tr("Claim"), self.tr("Received"), self.tr("Consumer"), self.tr("State")]
        )

    def chosen_month(self) -> date:
        return month_of(self.month.date())

    def chosen_centre(self) -> str | None:
        code = self.centre.currentData()
        return str(code) if code else None

    def refresh(self) -> None:
        """Read the month chosen on a worker thread (a month of a busy division takes a
        second or two) and show it when it arrives; a newer read supersedes an older one."""
        self._generation += 1
        self.reads_pending += 1
        self.show_button.setEnabled(False)
        self.status.setText(self.tr("Reading the month…"))
        self._pool.start(
            _ReadJob(
                self.session.db,
                self.chosen_month(),
                self.chosen_centre(),
                self._generation,
                self._carrier,
            )
        )

    def wait_for_read(self, timeout_ms: int = 30_000) -> bool:
        """Block until the worker is done and its result shown (for tests and screenshots)."""
        done = self._pool.waitForDone(timeout_ms)
        QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # the queued result
        return done and self.reads_pending == 0

    def _read(self, generation: int, result: object) -> None:
        self.reads_pending -= 1
        if generation != self._generation:
            return  # a later read is on its way
        self.show_button.setEnabled(True)
        if isinstance(result, Exception):
            # The month asked for has no figures on screen: not the last month's under it.
            self.console = None
            for table in self.headings:
                table.setRowCount(0)
            self.centres.setColumnCount(1)
            self.types.setColumnCount(1)
        if isinstance(result, ServiceError):
            self.status.setText(error_text(result))
        elif isinstance(result, Exception):
            self.status.setText(
                self.tr("The month could not be read; the log file has the details.")
            )
        elif isinstance(result, Console):
            self.console = result
            self._show(result)

    def _show(self, console: Console) -> None:
        division = console.centre_code is None
        names = [c.code for c in console.centres] + ([self.tr("Division")] if division else [])
        self.centres.setColumnCount(1 + len(names))
        self.centres.setHorizontalHeaderLabels(["", *names])
        figures = list(console.centres)
        if division:
            figures.append(division_sum(console.centres))
        measures: list[list[str]] = [
            [self.tr("Received"), *(str(c.received) for c in figures)],
            [self.tr("Pending at month end"), *(str(c.pending) for c in figures)],
            [self.tr("Overdue (past SoP)"), *(str(c.overdue) for c in figures)],
            [self.tr("SoP met"), *(_pct(c.sop_met_percent) for c in figures)],
            [
                self.tr("Callbacks verified"),
                *(_pct(c.callbacks_verified_percent) for c in figures),
            ],
            [
                self.tr("False closures found"),
                *(str(c.false_closures) for c in figures),
            ],
            [
                self.tr("Inspections done / required"),
                *(f"{c.inspections_done} / {c.inspections_required}" for c in figures),
            ],
        ]
        _fill(self.centres, measures)
        # Every measure in sight without scrolling: the officers' pane below gives way.
        self.centres.setMinimumHeight(
            self.centres.horizontalHeader().sizeHint().height()
            + self.centres.verticalHeader().defaultSectionSize() * len(measures)
            + 2 * self.centres.frameWidth()
        )
        self.types.setColumnCount(1 + len(console.centres))
        self.types.setHorizontalHeaderLabels(["", *(c.code for c in console.centres)])
        _fill(
            self.types,
            [
                [
                    f"{t.name_en} / {t.name_hi}" if t.name_hi else t.name_en,
                    *(
                        f"{c.median_hours_by_type[t.code]:.1f}"
                        if t.code in c.median_hours_by_type
                        else "—"
                        for c in console.centres
                    ),
                ]
                for t in console.types
            ],
        )
        self.officers.clearSelection()
        _fill(
            self.officers,
            [
                [
                    o.centre_code,
                    f"{o.name_en} / {o.name_hi}" if o.name_hi else o.name_en,
                    designation_text(o.designation),
                    str(o.assigned),
                    f"{o.breaches} ({o.breaches_change:+d})",
                    f"{o.unanswered} ({o.unanswered_change:+d})",
                    f"{o.reopened} ({o.reopened_change:+d})",
                ]
                for o in console.officers
            ],
            right_from=3,
        )
        _fill(
            self.funnel,
            [
                [
                    f.centre_code or self.tr("Division"),
                    str(f.calls),
                    str(f.complaints),
                    str(f.follow_ups),
                    str(f.forwarded_1912),
                ]
                for f in console.funnels
            ],
        )
        _fill(
            self.feeders,
            [[f.feeder, f"{f.saifi:.4f}", f"{f.saidi_minutes:.1f}"] for f in console.feeders],
        )
        claims = []
        for line in console.claims:
            claims.append(
                [
                    str(line.id),
                    f"{line.received_on:%d-%m-%Y}",
                    line.consumer_name,
                    self.tr("Overdue") if line.overdue else self.tr("Awaiting"),
                ]
            )
        _fill(self.claims, claims, right_from=4)
        for row, line in enumerate(console.claims):
            if line.overdue and (item := self.claims.item(row, 3)) is not None:
                item.setForeground(Qt.GlobalColor.red)
        where = console.centre_code or self.tr("the division")
        self.status.setText(
            self.tr("%1, %2: %3 officer(s), %4 claim(s) pending, %5 overdue")
            .replace("%1", f"{console.month:%m-%Y}")
            .replace("%2", where)
            .replace("%3", str(len(console.officers)))
            .replace("%4", str(len(console.claims)))
            .replace("%5", str(console.overdue_claims))
        )

    def chosen_officer(self) -> OfficerRank | None:
        """The officer whose row is chosen in the ranking, if any."""
        rows = self.officers.selectionModel().selectedRows()
        if self.console is None or not rows:
            return None
        row = rows[0].row()
        return self.console.officers[row] if row < len(self.console.officers) else None

    def _officer_chosen(self) -> None:
        chosen = self.chosen_officer() is not None
        self.case_file_button.setEnabled(chosen)
        self.case_file_action.setEnabled(chosen)

    def _open(self, dialog: PdfDialog) -> PdfDialog:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.show()
        dialog.preview()
        return dialog

    def open_pdf(self) -> PdfDialog:
        return self._open(
            ConsoleDialog(self.session, self.chosen_month(), self.chosen_centre(), parent=self)
        )

    def open_reg13(self) -> PdfDialog:
        return self._open(
            Reg13Dialog(self.session, self.chosen_month(), self.chosen_centre(), parent=self)
        )

    def open_compensation(self) -> PdfDialog:
        return self._open(
            CompensationDialog(self.session, self.chosen_month(), self.chosen_centre(), parent=self)
        )

    def open_case_file(self) -> PdfDialog | None:
        officer = self.chosen_officer()
        if officer is None or not self.session.may(UseCase.NEGLIGENCE_FILE):
            return None
        name = f"{officer.name_en} / {officer.name_hi}" if officer.name_hi else officer.name_en
        return self._open(
            CaseFileDialog(
                self.session, officer.employee_id, name, self.chosen_month(), parent=self
            )
        )


class _Carrier(QObject):
    """Lives on the UI thread; its signal brings the worker's result back to it."""

    ready = Signal(int, object)


class _ReadJob(QRunnable):
    def __init__(
        self,
        db: Database,
        month: date,
        centre_code: str | None,
        generation: int,
        carrier: _Carrier,
    ) -> None:
        super().__init__()
        self.db, self.month, self.centre_code = db, month, centre_code
        self.generation, self.carrier = generation, carrier

    def run(self) -> None:
        try:
            result: object = division_console(self.db, self.month, centre_code=self.centre_code)
        except ServiceError as exc:  # in the person's words
            result = exc
        except Exception as exc:  # logged; the panel shows one calm sentence
            log.exception("the division console could not be read")
            result = exc
        with suppress(RuntimeError):  # the panel was closed meanwhile
            self.carrier.ready.emit(self.generation, result)
