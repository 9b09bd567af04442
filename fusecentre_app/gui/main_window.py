"""The desk's main window: the centre's header, today's complaints, and the complaint form."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app import __version__
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.gui.accountability_panel import AccountabilityPanel
from fusecentre_app.gui.app import ui_font
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.directory_panel import DirectoryPanel
from fusecentre_app.gui.inspection_panel import InspectionPanel
from fusecentre_app.gui.pdf_dialogs import HandoverDialog, PdfDialog, RegisterDialog
from fusecentre_app.gui.queue_panel import QueuePanel
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.today_model import Col, TodayModel
from fusecentre_app.services.complaints import FollowUpRecorded, complaints_received_on

INSPECTING_ROLES = frozenset({"inspector", "supervisor", "admin"})
REFRESH_MS = 30_000


class MainWindow(QMainWindow):
    def __init__(self, session: DeskSession) -> None:
        super().__init__()
        self.session = session
        self.form: ComplaintForm | None = None
        centre = session.centre
        self.setWindowTitle(
            self.tr("%1 fuse-call centre — Fuse Call Centre Desk %2")
            .replace("%1", centre.name_en)
            .replace("%2", __version__)
        )
        self.resize(1280, 760)

        self.header = QLabel(
            f"{centre.name_en} / {centre.name_hi} — {centre.code}\n"
            f"{centre.subdivision_en} / {centre.subdivision_hi}"
        )
        self.header.setFont(ui_font(14, bold=True))
        self.user_label = QLabel(
            self.tr("Signed in: %1 (%2)")
            .replace("%1", session.user.full_name)
            .replace("%2", session.user.username)
        )
        self.count_label = QLabel()
        self.count_label.setFont(ui_font(12))

        self.model = TodayModel(self)
        self.table = QTableView()
        self.table.setObjectName("todayTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self._sized = False

        self.queue = QueuePanel(session)
        today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.addWidget(self.count_label)
        today_layout.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.tabs.addTab(self.queue, self.tr("&Queue by feeder"))
        self.tabs.addTab(today, self.tr("Today's com&plaints"))
        self.directory = DirectoryPanel(session)
        self.tabs.addTab(self.directory, self.tr("&Directory"))
        self.accountability = AccountabilityPanel(session)
        self.tabs.addTab(self.accountability, self.tr("&Accountability"))
        self.inspection: InspectionPanel | None = None
        if session.user.role in INSPECTING_ROLES:
            self.inspection = InspectionPanel(session)
            self.tabs.addTab(self.inspection, self.tr("&Inspection"))

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.user_label)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.tabs, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        toolbar = QToolBar(self.tr("Desk"))
        toolbar.setObjectName("deskToolbar")
        self.addToolBar(toolbar)
        self.new_action = QAction(self.tr("New complaint (Ctrl+N)"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.refresh_action = QAction(self.tr("Refresh (F5)"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.register_action = QAction(self.tr("Daily register…"), self)
        self.handover_action = QAction(self.tr("Shift handover…"), self)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.register_action)
        toolbar.addAction(self.handover_action)
        self.pdf_dialog: PdfDialog | None = None
        self.statusBar().showMessage(self.tr("Ready. Press Ctrl+N when a call comes in."))
        if session.read_only:
            # An inspector reads and checks; they log, move and import nothing.
            self.new_action.setEnabled(False)
            self.new_action.setVisible(False)
            self.directory.import_button.setVisible(False)
            if self.inspection is not None:
                self.tabs.setCurrentWidget(self.inspection)
            self.statusBar().showMessage(self.tr("Signed in to inspect: records are read-only."))

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self._connect_signals()
        self.refresh()
        self.timer.start()

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.open_complaint_form)
        self.refresh_action.triggered.connect(self.refresh)
        self.refresh_action.triggered.connect(self.queue.refresh)
        self.register_action.triggered.connect(lambda: self.open_pdf_dialog(RegisterDialog))
        self.handover_action.triggered.connect(lambda: self.open_pdf_dialog(HandoverDialog))
        self.session.changed.connect(lambda _what: self.refresh())
        self.timer.timeout.connect(self.refresh)

    def refresh(self) -> None:
        today = local_day(utcnow())
        rows = complaints_received_on(self.session.db, self.session.centre.id, today)
        self.model.set_rows(rows)
        if rows and not self._sized:  # fit the columns once, to the first day's rows
            self.table.resizeColumnsToContents()
            self.table.setColumnWidth(Col.TYPE, min(self.table.columnWidth(Col.TYPE), 260))
            self._sized = True
        open_count = sum(1 for r in rows if r.is_open)
        self.count_label.setText(
            self.tr("Today's complaints (%1): %2 received, %3 still open")
            .replace("%1", today.strftime("%d-%m-%Y"))
            .replace("%2", str(len(rows)))
            .replace("%3", str(open_count))
        )

    def open_pdf_dialog(self, kind: type[PdfDialog]) -> PdfDialog:
        """The register or handover dialog (one at a time), with a first preview."""
        if self.pdf_dialog is not None:
            self.pdf_dialog.close()
            self.pdf_dialog.deleteLater()
        self.pdf_dialog = kind(self.session, parent=self)
        self.pdf_dialog.show()
        self.pdf_dialog.preview()
        return self.pdf_dialog

    def open_complaint_form(self) -> ComplaintForm | None:
        if self.session.read_only:
            return None
        if self.form is not None and self.form.isVisible():
            self.form.raise_()
            self.form.activateWindow()
            return self.form
        if self.form is not None:
            # The last call's form is closed: free it (each form holds about 3 MB of widgets
            # and completers; a shift opens hundreds).
            self.form.deleteLater()
        self.form = ComplaintForm(self.session, self)
        self.form.saved.connect(self._saved)
        self.form.open()
        return self.form

    def _saved(self, result: object) -> None:
        docket = getattr(result, "docket", "")
        when = format_local(utcnow(), "%H:%M")
        if isinstance(result, FollowUpRecorded):
            text = self.tr("%1: follow-up recorded on %2").replace("%1", when)
        else:
            text = self.tr("%1: saved %2").replace("%1", when)
        self.statusBar().showMessage(text.replace("%2", docket))
