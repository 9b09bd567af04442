"""The desk's main window: the centre's header, the menus, and the tabs the signed-in
person's role opens (the queue and today's complaints for the desk, the directory,
accountability, inspection for inspectors and supervisors, accounts for administrators).

The window belongs to one signed-in person. Signing out, switching user and the idle lock
are asked of the launcher (`gui.app.DeskLauncher`) through `sign_out_requested`."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app import __version__
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.gui.accountability_panel import AccountabilityPanel
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.directory_panel import DirectoryPanel
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.inspection_panel import InspectionPanel
from fusecentre_app.gui.labels import role_text
from fusecentre_app.gui.lock import IdleWatcher, LockDialog
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.gui.pdf_dialogs import HandoverDialog, PdfDialog, RegisterDialog
from fusecentre_app.gui.queue_panel import QueuePanel
from fusecentre_app.gui.screen_fit import fit_to_screen
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.today_model import Col, TodayModel
from fusecentre_app.logs import log_path
from fusecentre_app.services.complaints import FollowUpRecorded, complaints_received_on
from fusecentre_app.services.settings import IDLE_LOCK, setting

REFRESH_MS = 30_000
SIGN_OUT = "sign out"
SWITCH_USER = "switch user"


class MainWindow(QMainWindow):
    sign_out_requested = Signal(str)  # SIGN_OUT or SWITCH_USER

    def __init__(self, session: DeskSession, *, idle_minutes: int | None = None) -> None:
        super().__init__()
        self.session = session
        self.form: ComplaintForm | None = None
        self.lock_dialog: LockDialog | None = None
        self._covered: list[QWidget] = []
        self.password_dialog = None
        centre = session.centre
        self.setWindowTitle(
            self.tr("%1 fuse-call centre — Fuse Call Centre Desk %2")
            .replace("%1", centre.name_en)
            .replace("%2", __version__)
        )
        fit_to_screen(self, QSize(1366, 768))

        # One line, wrapping only on a narrow window: the queue gets the height.
        self.header = QLabel(
            f"{centre.name_en} / {centre.name_hi} — {centre.code} · "
            f"{centre.subdivision_en} / {centre.subdivision_hi}"
        )
        self.header.setObjectName("centreHeader")
        self.header.setWordWrap(True)
        self.header.setFont(ui_font(12, bold=True))
        self.user_label = QLabel(
            self.tr("Signed in: %1 (%2), %3")
            .replace("%1", session.user.full_name)
            .replace("%2", session.user.username)
            .replace("%3", role_text(session.role))
        )
        self.user_label.setObjectName("signedIn")
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
        if session.may(UseCase.INSPECT):
            self.inspection = InspectionPanel(session)
            self.tabs.addTab(self.inspection, self.tr("&Inspection"))
        self.accounts = None
        if session.may(UseCase.MANAGE_ACCOUNTS):
            from fusecentre_app.gui.accounts_panel import AccountsPanel

            self.accounts = AccountsPanel(session)
            self.tabs.addTab(self.accounts, self.tr("Staf&f accounts"))

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.user_label)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.tabs, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self._make_actions()
        self.pdf_dialog: PdfDialog | None = None
        self.statusBar().showMessage(self.tr("Ready. Press Ctrl+N when a call comes in."))
        if not session.may(UseCase.LOG_COMPLAINT):
            # An inspector reads and checks; an administrator keeps accounts and settings.
            self.new_action.setEnabled(False)
            self.new_action.setVisible(False)
            if not session.may(UseCase.IMPORT_DIRECTORY):
                self.directory.import_button.setVisible(False)
            if self.inspection is not None:
                self.tabs.setCurrentWidget(self.inspection)
            elif self.accounts is not None:
                self.tabs.setCurrentWidget(self.accounts)
            self.statusBar().showMessage(
                self.tr("Signed in to inspect: records are read-only.")
                if session.may(UseCase.INSPECT)
                else self.tr(
                    "Signed in to keep accounts and settings: give each clerk an account of "
                    "their own in the Staff accounts tab."
                )
            )

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        minutes = idle_minutes if idle_minutes is not None else setting(session.db, IDLE_LOCK)
        self.idle = IdleWatcher(minutes, self)
        self._connect_signals()
        self.refresh()
        self.timer.start()

    def _make_actions(self) -> None:
        self.new_action = QAction(self.tr("&New complaint"), self)
        self.new_action.setShortcut(QKeySequence(QKeySequence.StandardKey.New))
        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        self.register_action = QAction(self.tr("Daily &register…"), self)
        self.register_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.handover_action = QAction(self.tr("Shift &handover…"), self)
        self.handover_action.setShortcut(QKeySequence("Ctrl+Shift+H"))
        self.password_action = QAction(self.tr("Change my &password…"), self)
        self.lock_action = QAction(self.tr("&Lock the desk"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.switch_action = QAction(self.tr("S&witch user…"), self)
        self.sign_out_action = QAction(self.tr("Sign &out"), self)
        self.about_action = QAction(self.tr("&About Fuse Call Centre Desk"), self)

        menus = self.menuBar()
        desk = menus.addMenu(self.tr("Des&k"))
        desk.addAction(self.refresh_action)
        desk.addSeparator()
        for action in (
            self.password_action,
            self.lock_action,
            self.switch_action,
            self.sign_out_action,
        ):
            desk.addAction(action)
        complaints = menus.addMenu(self.tr("Co&mplaints"))
        complaints.addAction(self.new_action)
        reports = menus.addMenu(self.tr("Report&s"))
        reports.addAction(self.register_action)
        reports.addAction(self.handover_action)
        help_menu = menus.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

        toolbar = QToolBar(self.tr("Desk"))
        toolbar.setObjectName("deskToolbar")
        self.addToolBar(toolbar)
        toolbar.addAction(self.new_action)
        toolbar.addAction(self.refresh_action)
        toolbar.addSeparator()
        toolbar.addAction(self.register_action)
        toolbar.addAction(self.handover_action)

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.open_complaint_form)
        self.refresh_action.triggered.connect(self.refresh)
        self.refresh_action.triggered.connect(self.queue.refresh)
        self.register_action.triggered.connect(lambda: self.open_pdf_dialog(RegisterDialog))
        self.handover_action.triggered.connect(lambda: self.open_pdf_dialog(HandoverDialog))
        self.password_action.triggered.connect(self.open_change_password)
        self.lock_action.triggered.connect(self.lock)
        self.switch_action.triggered.connect(lambda: self.sign_out_requested.emit(SWITCH_USER))
        self.sign_out_action.triggered.connect(lambda: self.sign_out_requested.emit(SIGN_OUT))
        self.about_action.triggered.connect(self.show_about)
        self.session.changed.connect(self._changed)
        self.timer.timeout.connect(self.refresh)
        self.idle.idle.connect(self.lock)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Changed.COMPLAINT):
            self.refresh()

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
        if not self.session.may(UseCase.LOG_COMPLAINT):
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

    def open_change_password(self):  # type: ignore[no-untyped-def]
        from fusecentre_app.gui.password_dialog import ChangePasswordDialog

        if self.password_dialog is not None:
            self.password_dialog.deleteLater()
        self.password_dialog = ChangePasswordDialog(
            self.session.db, self.session.user, session=self.session, parent=self
        )
        self.password_dialog.changed.connect(
            lambda: self.statusBar().showMessage(self.tr("Your password is changed."))
        )
        self.password_dialog.open()
        return self.password_dialog

    def lock(self) -> LockDialog:
        """Cover the desk until its clerk's password is typed (or someone else signs in).
        Every other window of the desk (a correction half typed, a register preview) keeps
        its window and what was typed in it, with its contents hidden behind the lock."""
        if self.lock_dialog is not None and self.lock_dialog.isVisible():
            return self.lock_dialog
        if self.lock_dialog is not None:
            self.lock_dialog.deleteLater()
        self.idle.paused = True
        self.lock_dialog = LockDialog(self.session, self)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.switch_user.connect(lambda: self.sign_out_requested.emit(SWITCH_USER))
        try:
            self._cover()
        finally:  # whatever happened while covering, the desk is locked, never just blank
            self.lock_dialog.show()  # application modal (open() would make it window modal)
        return self.lock_dialog

    def _cover(self) -> None:
        # Open drop-downs, menus, calendars and completers close first: they are windows of
        # their own, and closing one deletes or hides widgets the loop below would touch.
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        self._covered = [self.centralWidget()]  # nothing readable behind the lock
        for window in QApplication.topLevelWidgets():
            if (
                window in (self, self.lock_dialog)
                or not shiboken6.isValid(window)
                or not window.isVisible()
                or window.windowType() in (Qt.WindowType.Popup, Qt.WindowType.ToolTip)
            ):
                continue
            self._covered.extend(
                child
                for child in window.findChildren(
                    QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
                )
                if child.isVisible()
            )
        for widget in self._covered:
            if shiboken6.isValid(widget):
                widget.setVisible(False)

    def _unlocked(self) -> None:
        for widget in self._covered:
            if shiboken6.isValid(widget):  # a window closed while locked took its contents
                widget.setVisible(True)
        self._covered = []
        self.idle.resume()

    def show_about(self) -> QMessageBox:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("About Fuse Call Centre Desk"))
        box.setText(
            self.tr("Fuse Call Centre Desk %1\n\nStore: %2\nLog file: %3\nSigned in: %4 (%5)")
            .replace("%1", __version__)
            .replace("%2", self.session.db.display_name)
            .replace("%3", str(log_path()))
            .replace("%4", self.session.user.full_name)
            .replace("%5", self.session.user.username)
        )
        box.setIcon(QMessageBox.Icon.Information)
        box.open()
        return box

    def _saved(self, result: object) -> None:
        docket = getattr(result, "docket", "")
        when = format_local(utcnow(), "%H:%M")
        if isinstance(result, FollowUpRecorded):
            text = self.tr("%1: follow-up recorded on %2").replace("%1", when)
        else:
            text = self.tr("%1: saved %2").replace("%1", when)
        self.statusBar().showMessage(text.replace("%2", docket))

    def shut(self) -> None:
        """Stop the timers and watchers before the window goes (sign-out, switch user)."""
        self.timer.stop()
        self.queue.timer.stop()
        self.idle.stop()
