"""`fusecentre screenshot`: every main screen rendered offscreen to PNG, for the README and
for looking at the app without a display. The main window is rendered at the size asked for
(a centre PC's 1366×768 by default) and each dialog as it would open on that screen.
Nothing is written to the database."""

from __future__ import annotations

import sqlite3
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QMessageLogContext,
    QSize,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import Complaint
from fusecentre_app.db.urls import sqlite_path
from fusecentre_app.domain.enums import Channel
from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.app import chosen_language, install_translations, make_application
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.contact_panel import ContactDialog
from fusecentre_app.gui.first_run import FirstRunDialog
from fusecentre_app.gui.incidents_bar import IncidentDialog
from fusecentre_app.gui.inspection_panel import InspectionPanel
from fusecentre_app.gui.login import LoginDialog
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.pdf_dialogs import RegisterDialog
from fusecentre_app.gui.screen_fit import fit_to_screen, wanted_size
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.auth import UserInfo, find_user
from fusecentre_app.services.complaints import callers_with_open_complaints, latest_complaint
from fusecentre_app.services.errors import ServiceError


def _quiet_offscreen(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
    """Drop the offscreen platform's notes about what it cannot do; pass the rest to stderr."""
    if not message.startswith("This plugin does not support"):
        sys.stderr.write(message + "\n")


def _grab(widget: QWidget, path: Path, screen: QSize | None = None) -> Path:
    if screen is not None and widget.isWindow():
        fit_to_screen(widget, wanted_size(widget), screen)  # as it would open on that screen
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    widget.hide()
    return path


def _inspection_shot(db: Database, user: UserInfo, path: Path, screen: QSize) -> Path:
    """The inspector's tab with a sample drawn, on a copy of the store: an inspection is a
    record, and screenshots write nothing to the store they show."""
    source = sqlite_path(db.url)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "copy.sqlite"
        with sqlite3.connect(source) as src, sqlite3.connect(copy) as dst:
            src.backup(dst)
        scratch = open_database(copy)
        try:
            panel = InspectionPanel(DeskSession.for_user(scratch, user))
            panel.resize(screen - QSize(24, 200))  # the tab's room in the window
            panel.start(seed=1)
            if panel.current is not None and panel.current.sample:
                box = panel.table.cellWidget(0, 6)
                box.setCurrentIndex(box.findData("confirmed"))
            panel.remarks.setPlainText("रजिस्टर पूर्ण। Register complete and signed by each shift.")
            _grab(panel, path)
            panel.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            scratch.dispose()
    return path


def _staff_shots(
    db: Database, session: DeskSession, window: MainWindow, out: Path, screen: QSize
) -> list[Path]:
    """The screens of named staff: the administrator's accounts, choosing one's own password,
    the locked desk, taking over at shift change, and correcting a complaint."""
    from fusecentre_app.demo import ADMIN_USERNAME
    from fusecentre_app.gui.accounts_panel import AccountsPanel
    from fusecentre_app.gui.correction_dialog import CorrectionDialog
    from fusecentre_app.gui.lock import LockDialog
    from fusecentre_app.gui.password_dialog import ChangePasswordDialog
    from fusecentre_app.gui.take_over import TakeOverDialog
    from fusecentre_app.services.details import complaint_detail
    from fusecentre_app.services.shift_change import PendingHandover

    written = []
    admin = find_user(db, ADMIN_USERNAME)
    if admin is not None:
        accounts = AccountsPanel(DeskSession.for_user(db, admin))
        accounts.resize(screen - QSize(24, 200))
        written.append(_grab(accounts, out / "15-accounts.png"))
        accounts.deleteLater()
    password = ChangePasswordDialog(db, session.user, forced=True)
    password.resize(520, 260)
    written.append(_grab(password, out / "16-change-password.png", screen))
    password.deleteLater()
    lock = LockDialog(session, window)
    lock.password.setText("••••••")
    written.append(_grab(lock, out / "17-locked-desk.png", screen))
    lock.deleteLater()
    now = utcnow()
    take = TakeOverDialog(session, PendingHandover(0, now, now, "Asha Kumari"), window)
    written.append(_grab(take, out / "18-take-over.png", screen))
    take.deleteLater()
    selected = window.queue.details.detail
    if selected is not None:
        correction = CorrectionDialog(session, complaint_detail(db, selected.id), window)
        correction.reason.setText("caller gave the wrong village / गलत गाँव बताया था")
        written.append(_grab(correction, out / "19-correction.png", screen))
        correction.deleteLater()
    return written


def _division_shots(db: Database, out: Path, screen: QSize) -> list[Path]:
    """The EE's screens, signed in as the division's inspector: the Division tab with its
    month read, and the Registers menu's interruptions and claims windows."""
    from fusecentre_app.demo import INSPECTOR_USERNAME, SUPERVISOR_USERNAME
    from fusecentre_app.gui.register_window import RegisterWindow

    written: list[Path] = []
    for username, shots in (
        (INSPECTOR_USERNAME, ("20-division-console", "claims")),
        (SUPERVISOR_USERNAME, (None, "interruptions")),
    ):
        user = find_user(db, username)
        if user is None:
            continue
        with db.read() as s:  # the month of the store's latest call, not the clock's
            latest = s.scalar(select(func.max(Complaint.received_at)))
        month = None if latest is None else QDate(*local_day(latest).timetuple()[:3])
        window = MainWindow(DeskSession.for_user(db, user))
        window.resize(screen)
        tab_shot, register = shots
        if tab_shot is not None and window.console is not None:
            window.tabs.setCurrentWidget(window.console)
            window.show()
            window.console.wait_for_read()
            if month is not None:
                window.console.month.setDate(month)
                window.console.refresh()
                window.console.wait_for_read()
            QApplication.processEvents()
            written.append(_grab(window, out / f"{tab_shot}.png"))
        shown = window.open_register(register)
        if month is not None and isinstance(shown, RegisterWindow):
            shown.month.setDate(QDate(month.year(), month.month(), 1))
        fit_to_screen(shown, screen, screen)
        number = "21" if register == "interruptions" else "22"
        written.append(_grab(shown, out / f"{number}-registers-{register}.png", screen))
        shown.close()
        window.close()
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    return written


def _desk_user(db: Database, username: str | None) -> UserInfo:
    user = find_user(db, username)
    if user is None:
        raise ServiceError("No desk user in this database: build one with `fusecentre demo` first.")
    return user


def render_all(
    db: Database,
    out: Path,
    *,
    username: str | None = None,
    language: str | None = None,
    size: tuple[int, int] = (1366, 768),
) -> list[Path]:
    """Render in `language` ("hi", "en"), else `$FUSECENTRE_LANG`, else the system's, with
    the main window at `size` and each dialog fitted to a screen of that size."""
    app = make_application()
    translators = install_translations(app, chosen_language(language))
    previous = qInstallMessageHandler(_quiet_offscreen)
    try:
        return _render(app, db, out, username, QSize(*size))
    finally:
        qInstallMessageHandler(previous)
        for translator in translators:
            app.removeTranslator(translator)


def _render(
    app: QApplication, db: Database, out: Path, username: str | None, screen: QSize
) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    user = _desk_user(db, username)
    session = DeskSession.for_user(db, user)
    written: list[Path] = []

    with tempfile.TemporaryDirectory() as tmp:
        empty = open_database(Path(tmp) / "empty.sqlite")
        try:
            first = FirstRunDialog(empty)
            first.resize(640, 360)
            written.append(_grab(first, out / "01-first-run.png", screen))
            first.deleteLater()
        finally:
            empty.dispose()

    login = LoginDialog(db)
    login.username.setText(user.username)
    written.append(_grab(login, out / "02-sign-in.png", screen))

    window = MainWindow(session)
    window.queue.wait_for_refresh()  # the list, the flags and fault banners come from a worker
    window.resize(screen)
    window.queue.table.selectRow(0)  # the details panel shows the first complaint
    written.append(_grab(window, out / "03-main-window.png"))
    window.tabs.setCurrentIndex(1)
    written.append(_grab(window, out / "08-todays-complaints.png"))
    window.tabs.setCurrentWidget(window.directory)
    written.append(_grab(window, out / "11-directory.png"))
    window.tabs.setCurrentWidget(window.accountability)
    written.append(_grab(window, out / "12-accountability.png"))
    window.tabs.setCurrentIndex(0)
    alerts = window.queue.faults.alerts
    if alerts:
        confirm = IncidentDialog(session, alerts[0], window)
        confirm.note.setText("33 kV ब्रेकर ट्रिप, जेई को सूचना दी")
        written.append(_grab(confirm, out / "09-confirm-incident.png", screen))
        confirm.deleteLater()
    selected = window.queue.details.detail
    if selected is not None:
        reach = ContactDialog(session, complaint_id=selected.id, parent=window)
        written.append(_grab(reach, out / "10-contact-panel.png", screen))
        reach.deleteLater()

    register = RegisterDialog(session, parent=window)
    fit_to_screen(register, QSize(1100, 800), screen)
    register.preview()
    register.show()
    deadline = time.monotonic() + 3
    while time.monotonic() < deadline:  # the PDF view paints its pages in the background
        QApplication.processEvents()
        time.sleep(0.05)
    written.append(_grab(register, out / "13-register-dialog.png"))
    register.deleteLater()
    if db.is_sqlite:
        written.append(_inspection_shot(db, user, out / "14-inspection.png", screen))

    written.extend(_staff_shots(db, session, window, out, screen))
    written.extend(_division_shots(db, out, screen))

    form = ComplaintForm(session, window)
    fit_to_screen(form, QSize(1000, 660), screen)
    written.append(_grab(form, out / "04-complaint-form.png", screen))

    callers = callers_with_open_complaints(db, session.centre.id, limit=1)
    if callers:
        form.reset()
        form.ui.mobileEdit.setText(display_phone(callers[0]))
        form.ui.descriptionEdit.setText("फिर से फोन किया, अभी तक बिजली नहीं आई")
        written.append(_grab(form, out / "05-returning-caller.png", screen))

    form.reset()
    form.ui.mobileEdit.setText("12345")
    form.ui.channelCombo.setCurrentIndex(form.ui.channelCombo.findData(Channel.SOCIAL.value))
    form.save()
    written.append(_grab(form, out / "06-validation-errors.png", screen))

    latest = latest_complaint(db, session.centre.id)
    if latest is not None:
        form.show_saved(latest)  # the saved page, shown for an existing complaint
        written.append(_grab(form, out / "07-saved-docket.png", screen))
    # Tear down in a fixed order now rather than at interpreter exit.
    for widget in (form, window, login):
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    return written
