"""The desk's main window: the centre's header, the menus, and the tabs the signed-in
person's role opens (the queue and today's complaints for the desk, the directory,
accountability, inspection for inspectors and supervisors, accounts for administrators, the
division console for supervisors, inspectors and administrators).

The window belongs to one signed-in person. Signing out, switching user and the idle lock
are asked of the launcher (`gui.app.DeskLauncher`) through `sign_out_requested`. A desk the
launcher opened offers a backup when its person closes it (`offer_backup_on_close`); a
locked desk offers none: whoever is at it did not sign in."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QSignalBlocker, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
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
from fusecentre_app.domain.roles import Role, UseCase
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.gui.accountability_panel import AccountabilityPanel
from fusecentre_app.gui.app import LANGUAGES, chosen_language, install_translations
from fusecentre_app.gui.backup import BackupJob, BackupLabel, back_up_now, offer_at_shift_end
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.console_panel import ConsolePanel
from fusecentre_app.gui.data_actions import DataActions
from fusecentre_app.gui.directory_panel import DirectoryPanel
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.inspection_panel import InspectionPanel
from fusecentre_app.gui.labels import role_text
from fusecentre_app.gui.live import LiveDesk
from fusecentre_app.gui.lock import IdleWatcher, LockDialog
from fusecentre_app.gui.notices import DeskNotices
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.gui.pdf_dialogs import HandoverDialog, PdfDialog, RegisterDialog
from fusecentre_app.gui.queue_panel import QueuePanel
from fusecentre_app.gui.screen_fit import fit_to_screen, once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.today_model import RECORD_ROLE, Col, TodayModel
from fusecentre_app.logs import log_path
from fusecentre_app.services.complaints import FollowUpRecorded, complaints_received_on
from fusecentre_app.services.desk_prefs import remember_language, remembered_language
from fusecentre_app.services.settings import IDLE_LOCK, setting

log = logging.getLogger(__name__)

REFRESH_MS = 30_000  # the poll while the desk does not hear the store (see gui.live)
CLOCK_MS = 60_000  # while it does: only the ages and SoP countdowns move, by the minute
MESSAGE_MS = 60_000  # how long a passing message stays in the status bar
SIGN_OUT = "sign out"
SWITCH_USER = "switch user"
SWITCH_AT_LOCK = "switch user at the lock"  # someone else signs in at a locked desk
# The Division tab's readers: the EE (an inspector's or administrator's account at the
# division) and the SDOs and JEs (supervisors).
CONSOLE_ROLES = frozenset({Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN})


def plain_text(label: str) -> str:
    """A control's text without its accelerator: "&Queue" and "कतार (&Q)" read as words."""
    return re.sub(r"\s*\(&.\)", "", label).replace("&&", "\0").replace("&", "").replace("\0", "&")


class MainWindow(QMainWindow):
    sign_out_requested = Signal(str)  # SIGN_OUT, SWITCH_USER or SWITCH_AT_LOCK

    def __init__(
        self,
        session: DeskSession,
        *,
        idle_minutes: int | None = None,
        offer_backup_on_close: bool = False,
    ) -> None:
        super().__init__()
        self.session = session
        self.offer_backup_on_close = offer_backup_on_close
        self.locked = False
        self.backup_job: BackupJob | None = None
        self._may_close = False
        self._asking = False
        self.form: ComplaintForm | None = None
        self.lock_dialog: LockDialog | None = None
        self._covered: list[QWidget] = []
        self.password_dialog = None
        self.registers: dict[str, QWidget] = {}  # the Registers menu's windows, by kind
        centre = session.centre
        # Before the first read of any panel: what other desks change after it is heard.
        self.live = LiveDesk(session, self)
        fit_to_screen(self, QSize(1366, 768))

        # One line, wrapping only on a narrow window: the queue gets the height.
        self.header = QLabel(
            f"{centre.name_en} / {centre.name_hi} — {centre.code} · "
            f"{centre.subdivision_en} / {centre.subdivision_hi}"
        )
        self.header.setObjectName("centreHeader")
        self.header.setWordWrap(True)
        self.header.setFont(ui_font(12, bold=True))
        self.user_label = QLabel()
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
        header.setResizeContentsPrecision(100)  # fitting the columns reads 100 rows, not all
        self._sized = False

        self.queue = QueuePanel(session)
        today = QWidget()
        today_layout = QVBoxLayout(today)
        today_layout.addWidget(self.count_label)
        today_layout.addWidget(self.table, 1)
        self.data_actions = DataActions(session)  # export a date range, take in a list
        today_layout.addWidget(self.data_actions)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("deskTabs")
        self.today = today
        self.tabs.addTab(self.queue, "")
        self.tabs.addTab(today, "")
        self.directory = DirectoryPanel(session)
        self.tabs.addTab(self.directory, "")
        self.accountability = AccountabilityPanel(session)
        self.tabs.addTab(self.accountability, "")
        self.inspection: InspectionPanel | None = None
        if session.may(UseCase.INSPECT):
            self.inspection = InspectionPanel(session)
            self.tabs.addTab(self.inspection, "")
        self.accounts = None
        if session.may(UseCase.MANAGE_ACCOUNTS):
            self.accounts = self._accounts_panel()
            self.tabs.addTab(self.accounts, "")
        self.console: ConsolePanel | None = None
        if session.role in CONSOLE_ROLES:  # the EE and the SDOs; it reads when first shown
            self.console = ConsolePanel(session)
            self.tabs.addTab(self.console, "")

        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addWidget(self.user_label)
        self.notices = DeskNotices(session, self)
        # The notice speaks from the status bar: coming and going it moves no row of the
        # queue under the clerk's mouse.
        self.statusBar().addWidget(self.notices.bar, 1)
        self.statusBar().addPermanentWidget(self.notices.count)
        body = QVBoxLayout()
        body.addLayout(top)
        body.addWidget(self.tabs, 1)
        central = QWidget()
        central.setLayout(body)
        self.setCentralWidget(central)

        self._make_actions()
        self.pdf_dialog: PdfDialog | None = None
        self.backup_label = BackupLabel(session, self)
        self.statusBar().addPermanentWidget(self.backup_label)
        self._fit_directory()
        if not session.may(UseCase.LOG_COMPLAINT):
            # An inspector reads and checks; an administrator keeps accounts and settings.
            self.new_action.setEnabled(False)
            self.new_action.setVisible(False)
            if self.inspection is not None:
                self.tabs.setCurrentWidget(self.inspection)
            elif self.accounts is not None:
                self.tabs.setCurrentWidget(self.accounts)
        self.retranslate()

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        minutes = idle_minutes if idle_minutes is not None else setting(session.db, IDLE_LOCK)
        self.idle = IdleWatcher(minutes, self)
        self._connect_signals()
        self.refresh()
        self.timer.start()
        self.live.start()

    def _accounts_panel(self):  # type: ignore[no-untyped-def]
        from fusecentre_app.gui.accounts_panel import AccountsPanel

        return AccountsPanel(self.session)

    def _fit_directory(self) -> None:
        if not self.session.may(UseCase.LOG_COMPLAINT) and not self.session.may(
            UseCase.IMPORT_DIRECTORY
        ):
            self.directory.import_button.setVisible(False)

    def _make_actions(self) -> None:
        """The menus name every action of the desk; the toolbar repeats the daily ones. The
        menus are attributes (`desk_menu`, `complaints_menu`, `reports_menu`, `registers_menu`,
        `help_menu`)
        so that new actions join the one they belong to. Texts are set in `retranslate`."""

        def action(shortcut: QKeySequence | str | None = None) -> QAction:
            made = QAction(self)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            return made

        self.new_action = action(QKeySequence.StandardKey.New)
        self.find_action = action(QKeySequence.StandardKey.Find)
        self.contact_action = action("Ctrl+K")
        self.correct_action = action("Ctrl+E")
        self.refresh_action = action(QKeySequence.StandardKey.Refresh)
        self.register_action = action("Ctrl+Shift+R")
        self.handover_action = action("Ctrl+Shift+H")
        self.feeders_action = action("Ctrl+Shift+F")
        self.details_action = action("Ctrl+Shift+D")
        for pane in (self.feeders_action, self.details_action):
            pane.setCheckable(True)
            pane.setChecked(True)
        self.tab_actions = [action(f"Alt+{n}") for n in range(1, self.tabs.count() + 1)]
        self.password_action = action()
        self.lock_action = action("Ctrl+L")
        self.switch_action = action()
        self.sign_out_action = action()
        self.about_action = action()
        self.backup_action = action()
        # The EE's registers: no shortcut of their own (few are free, and they are not daily).
        self.interruptions_action = action()
        self.feeder_facts_action = action()
        self.shutdowns_action = action()
        self.claims_action = action()
        self.language_group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code in LANGUAGES:
            choice = action()
            choice.setCheckable(True)
            choice.setData(code)
            self.language_group.addAction(choice)
            self.language_actions[code] = choice
        current = remembered_language() or ""
        self.language_actions.get(current, self.language_actions[""]).setChecked(True)

        menus = self.menuBar()
        self.desk_menu = menus.addMenu("")
        self.desk_menu.addAction(self.refresh_action)
        self.desk_menu.addAction(self.backup_action)
        self.desk_menu.addSeparator()
        for tab_action in self.tab_actions:
            self.desk_menu.addAction(tab_action)
        self.desk_menu.addAction(self.feeders_action)
        self.desk_menu.addAction(self.details_action)
        self.desk_menu.addSeparator()
        for desk_action in (
            self.password_action,
            self.lock_action,
            self.switch_action,
            self.sign_out_action,
        ):
            self.desk_menu.addAction(desk_action)
        self.complaints_menu = menus.addMenu("")
        for complaint_action in (
            self.new_action,
            self.find_action,
            self.contact_action,
            self.correct_action,
        ):
            self.complaints_menu.addAction(complaint_action)
        self.reports_menu = menus.addMenu("")
        self.reports_menu.addAction(self.register_action)
        self.reports_menu.addAction(self.handover_action)
        self.registers_menu = menus.addMenu("")
        for register_action in (
            self.interruptions_action,
            self.feeder_facts_action,
            self.shutdowns_action,
            self.claims_action,
        ):
            self.registers_menu.addAction(register_action)
        self.help_menu = menus.addMenu("")
        self.language_menu = self.help_menu.addMenu("")
        self.language_menu.addActions(self.language_group.actions())
        self.help_menu.addAction(self.about_action)

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("deskToolbar")
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.new_action)
        self.toolbar.addAction(self.refresh_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.register_action)
        self.toolbar.addAction(self.handover_action)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Every text of the window in the language now installed (at start, and when the
        clerk picks another in Help → Language: nothing typed or chosen is lost)."""
        session, centre = self.session, self.session.centre
        self.setWindowTitle(
            self.tr("%1 fuse-call centre — Fuse Call Centre Desk %2")
            .replace("%1", centre.name_en)
            .replace("%2", __version__)
        )
        self.user_label.setText(
            self.tr("Signed in: %1 (%2), %3")
            .replace("%1", session.user.full_name)
            .replace("%2", session.user.username)
            .replace("%3", role_text(session.role))
        )
        tabs = [
            (self.queue, self.tr("&Queue by feeder")),
            (self.today, self.tr("Today's com&plaints")),
            (self.directory, self.tr("&Directory")),
            (self.accountability, self.tr("&Accountability")),
            (self.inspection, self.tr("&Inspection")),
            (self.accounts, self.tr("Staf&f accounts")),
            # Every letter of the word is another control's Alt letter: its Alt+number shows it.
            (self.console, self.tr("Division")),
        ]
        for widget, text in tabs:
            if widget is not None:
                self.tabs.setTabText(self.tabs.indexOf(widget), text)
        for n, tab_action in enumerate(self.tab_actions):
            tab_action.setText(
                self.tr("Show tab %1: %2")
                .replace("%1", str(n + 1))
                .replace("%2", plain_text(self.tabs.tabText(n)))
            )
        for item, text in (
            (self.new_action, self.tr("&New complaint")),
            (self.find_action, self.tr("&Find in the queue")),
            (self.contact_action, self.tr("&Contact responsible officer…")),
            (self.correct_action, self.tr("Correct &details…")),
            (self.refresh_action, self.tr("&Refresh")),
            (self.backup_action, self.tr("&Back up now…")),
            (self.register_action, self.tr("Daily &register…")),
            (self.handover_action, self.tr("Shift &handover…")),
            (self.feeders_action, self.tr("Show the &feeders pane")),
            (self.details_action, self.tr("Show the d&etails pane")),
            (self.password_action, self.tr("Change my &password…")),
            (self.lock_action, self.tr("&Lock the desk")),
            (self.switch_action, self.tr("S&witch user…")),
            (self.sign_out_action, self.tr("Sign &out")),
            (self.about_action, self.tr("&About Fuse Call Centre Desk")),
            (self.language_actions[""], self.tr("As the &system is set")),
            (self.interruptions_action, self.tr("Feeder &interruptions…")),
            (self.feeder_facts_action, self.tr("&Feeders and consumers…")),
            (self.shutdowns_action, self.tr("Planned &shutdowns…")),
            (self.claims_action, self.tr("Compensation &claims…")),
        ):
            item.setText(text)
        for code, name in LANGUAGES.items():
            if code:
                self.language_actions[code].setText(name)
        self.desk_menu.setTitle(self.tr("Des&k"))
        self.complaints_menu.setTitle(self.tr("Co&mplaints"))
        self.reports_menu.setTitle(self.tr("Report&s"))
        # No Alt+letter of its own: each letter of the word already opens a control on some
        # role's tab in English or Hindi. Alt and then the arrow keys reach it.
        self.registers_menu.setTitle(self.tr("Registers"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.toolbar.setWindowTitle(self.tr("Desk"))
        for shown in self.toolbar.actions():  # a toolbar button is clicked, not Alt-typed
            shown.setIconText(plain_text(shown.text()).removesuffix("…"))
        self.table.setAccessibleName(self.tr("Today's complaints"))
        self.tabs.setAccessibleName(self.tr("Desk tabs"))
        if not session.may(UseCase.LOG_COMPLAINT):
            self.statusBar().showMessage(
                self.tr("Signed in to inspect: records are read-only.")
                if session.may(UseCase.INSPECT)
                else self.tr(
                    "Signed in to keep accounts and settings: give each clerk an account of "
                    "their own in the Staff accounts tab."
                )
            )
        else:
            self.statusBar().showMessage(self.tr("Ready. Press Ctrl+N when a call comes in."))
        self.backup_label.refresh()
        self.refresh()

    def choose_language(self, code: str) -> None:
        """Help → Language: remembered on this desk and applied at once."""
        remember_language(code or None)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            install_translations(app, chosen_language(code or None, remembered=False))

    def _connect_signals(self) -> None:
        self.new_action.triggered.connect(self.open_complaint_form)
        self.find_action.triggered.connect(self._find)
        self.contact_action.triggered.connect(self.queue.details.open_contact)
        self.correct_action.triggered.connect(self.queue.details.open_correction)
        self.feeders_action.toggled.connect(lambda on: self.queue.show_pane(0, on))
        self.details_action.toggled.connect(lambda on: self.queue.show_pane(2, on))
        self.queue.splitter.splitterMoved.connect(self._panes_moved)
        for n, tab_action in enumerate(self.tab_actions):
            tab_action.triggered.connect(lambda _=False, n=n: self.tabs.setCurrentIndex(n))
        self.language_group.triggered.connect(lambda chosen: self.choose_language(chosen.data()))
        self.refresh_action.triggered.connect(self.refresh)
        self.refresh_action.triggered.connect(self.queue.refresh)
        self.register_action.triggered.connect(lambda: self.open_pdf_dialog(RegisterDialog))
        self.handover_action.triggered.connect(lambda: self.open_pdf_dialog(HandoverDialog))
        self.password_action.triggered.connect(self.open_change_password)
        self.lock_action.triggered.connect(self.lock)
        self.switch_action.triggered.connect(lambda: self.sign_out_requested.emit(SWITCH_USER))
        self.sign_out_action.triggered.connect(lambda: self.sign_out_requested.emit(SIGN_OUT))
        self.about_action.triggered.connect(self.show_about)
        for register_action, kind in (
            (self.interruptions_action, "interruptions"),
            (self.feeder_facts_action, "feeders"),
            (self.shutdowns_action, "shutdowns"),
            (self.claims_action, "claims"),
        ):
            register_action.triggered.connect(lambda _=False, k=kind: self.open_register(k))
        self.backup_action.triggered.connect(self.back_up)
        self.session.changed.connect(self._changed)
        self.timer.timeout.connect(self.refresh)
        self.live.up_changed.connect(self._live_changed)
        self.idle.idle.connect(self.lock)
        self.table.activated.connect(self.open_today_row)  # Enter or a double click
        self.notices.open_complaint.connect(self.open_complaint)

    def _find(self) -> None:
        self.tabs.setCurrentWidget(self.queue)
        self.queue.focus_search()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Changed.COMPLAINT):
            self.refresh()

    def _live_changed(self, up: bool) -> None:
        """Hearing the other desks, the window and the queue re-read only for the clock;
        not hearing them (the server is away), every 30 s as before."""
        for timer in (self.timer, self.queue.timer):
            if timer.isActive():
                timer.start(CLOCK_MS if up else REFRESH_MS)
            else:
                timer.setInterval(CLOCK_MS if up else REFRESH_MS)

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

    def open_today_row(self, index: QModelIndex) -> None:
        """A complaint in today's list, opened in the queue's details panel."""
        summary = index.data(RECORD_ROLE)
        if summary is not None:
            self.open_complaint(summary.id)

    def open_complaint(self, complaint_id: int) -> None:
        self.tabs.setCurrentWidget(self.queue)
        self.details_action.setChecked(True)
        self.queue.show_pane(2, True)  # folded by a drag, the pane comes back to show it
        self.queue.show_complaint(complaint_id)

    def _panes_moved(self, *_args: object) -> None:
        """A pane dragged shut, or open again, is what the Desk menu's ticks say."""
        for index, pane_action in ((0, self.feeders_action), (2, self.details_action)):
            with QSignalBlocker(pane_action):
                pane_action.setChecked(self.queue.pane_shown(index))

    def open_pdf_dialog(self, kind: type[PdfDialog]) -> PdfDialog:
        """The register or handover dialog (one at a time), with a first preview."""
        if self.pdf_dialog is not None:
            self.pdf_dialog.close()
            self.pdf_dialog.deleteLater()
        self.pdf_dialog = kind(self.session, parent=self)
        self.pdf_dialog.show()
        self.pdf_dialog.preview()
        return self.pdf_dialog

    def open_register(self, kind: str) -> QWidget:
        """One of the EE's registers (Registers menu), one window of each, beside the desk."""
        shown = self.registers.get(kind)
        if shown is not None and shiboken6.isValid(shown):
            shown.show()
            shown.raise_()
            shown.activateWindow()
            return shown
        from fusecentre_app.gui.claims_window import ClaimsWindow
        from fusecentre_app.gui.feeders_window import FeedersWindow
        from fusecentre_app.gui.interruptions_window import InterruptionsWindow
        from fusecentre_app.gui.shutdowns_window import ShutdownsWindow

        kinds = {
            "interruptions": InterruptionsWindow,
            "feeders": FeedersWindow,
            "shutdowns": ShutdownsWindow,
            "claims": ClaimsWindow,
        }
        window = kinds[kind](self.session, self)
        self.registers[kind] = window
        window.show()
        return window

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
            lambda: self.statusBar().showMessage(self.tr("Your password is changed."), MESSAGE_MS)
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
        self.locked = True
        self.live.stop()  # nothing is shown while locked; the unlock catches up
        self.lock_dialog = LockDialog(self.session, self)
        self.lock_dialog.unlocked.connect(self._unlocked)
        self.lock_dialog.switch_user.connect(lambda: self.sign_out_requested.emit(SWITCH_AT_LOCK))
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
        self.locked = False
        self.idle.resume()
        self.live.start()

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
        # For a minute: a notice in the status bar, hidden meanwhile, then shows again.
        self.statusBar().showMessage(text.replace("%2", docket), MESSAGE_MS)

    def back_up(self) -> BackupJob | None:
        """Desk → Back up now: the backup runs while the window stays responsive."""
        if self.backup_job is not None and self.backup_job.running:
            return self.backup_job
        self.backup_job = back_up_now(self.session, self)
        return self.backup_job

    def before_leaving(self, then: Callable[[], None]) -> None:
        """The signed-in person signs out at the unlocked desk: a backup is offered first,
        and `then` lets them go (not on Cancel, nor while a backup still runs)."""
        if self.locked or (self.backup_job is not None and self.backup_job.running):
            return
        self.backup_job = offer_at_shift_end(self.session, self, then)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Closing the desk is the commonest end of a shift: "Back up before you go?" first
        (Yes closes once the copy is made, No closes, Cancel stays)."""
        if self._may_close or not self.offer_backup_on_close or self.locked:
            self._lift_lock()
            self.live.close()
            self.queue.stop()
            super().closeEvent(event)
            return
        self._asking = True
        try:
            self.before_leaving(self._close_now)
        finally:
            self._asking = False
        if self._may_close:  # No: it closes now
            self._lift_lock()
            self.live.close()
            self.queue.stop()
            super().closeEvent(event)
        else:  # Cancel, or a backup still to be made: it closes when the backup is
            event.ignore()

    def _lift_lock(self) -> None:
        """A desk closing takes its lock with it: an application-modal lock left behind
        would hold every key of whatever opens next."""
        if self.lock_dialog is not None:
            self.lock_dialog.hide()

    def _close_now(self) -> None:
        self._may_close = True
        if not self._asking:
            self.close()

    def shut(self) -> None:
        """Stop the timers and watchers before the window goes (sign-out, switch user); a
        shut window closes without asking."""
        self._may_close = True
        if self.backup_job is not None:
            self.backup_job.wait()
        self.timer.stop()
        self.backup_label.timer.stop()
        self.queue.stop()
        self.notices.stop()
        self.idle.stop()
        self.live.close()
        # A read under way ends here, not on a store closed under it (nor in the pool's
        # destructor, later, holding up the sign-in that follows).
        if not self.queue.wait_stopped():
            log.warning("a queue read was still running when the desk shut")
