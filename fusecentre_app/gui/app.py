"""Starting the desk: the Qt application, bundled fonts, translations, and the sign-in flow."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QLoggingCategory, QObject, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from fusecentre_app import __version__
from fusecentre_app.db.engine import Database, StoreRefused
from fusecentre_app.db.migrate import StoreTooNew
from fusecentre_app.gui.fonts import register_fonts, ui_font
from fusecentre_app.paths import resources_dir

log = logging.getLogger(__name__)
SWITCH_INTERVAL_S = 0.001  # between threads wanting the interpreter (Python's default: 5 ms)

LANGUAGE_VARIABLE = "FUSECENTRE_LANG"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


# The languages offered in Help → Language, each named in itself; "" is the system's.
LANGUAGES = {"": "", "en": "English (&E)", "hi": "हिन्दी (&I)"}
_installed: list[QTranslator] = []


def chosen_language(language: str | None = None, *, remembered: bool = True) -> str | None:
    """The interface language asked for: the one given, else `$FUSECENTRE_LANG` ("hi", "en"),
    else the one last chosen on this desk (Help → Language), else None: the system's."""
    given = (language or os.environ.get(LANGUAGE_VARIABLE, "")).strip()
    if not given and remembered:
        from fusecentre_app.services.desk_prefs import remembered_language

        given = remembered_language() or ""
    return given or None


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and the desk's translations for the chosen (or system) language, in
    place of those loaded before. Installing them sends every widget a LanguageChange.

    Qt ships no Hindi for its own buttons (OK, Cancel, Yes, No …): the desk brings its own,
    `resources/translations/qt_hi.qm`, looked for after Qt's."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    locale = QLocale(language) if language else QLocale.system()
    ours = str(resources_dir() / "translations")
    folders = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (ours, "qt"),
        (ours, "fusecentre"),
    ]
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)
    return list(_installed)


def app_icon() -> QIcon:
    """The desk's icon at every size drawn for it (see resources/icons/), for the title bar,
    the task bar and the window switcher."""
    icon = QIcon()
    folder = resources_dir() / "icons"
    for size in ICON_SIZES:
        icon.addFile(str(folder / f"fusecentre-{size}.png"))
    return icon


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Fuse Call Centre Desk")
    app.setOrganizationName("fusecentre")
    app.setApplicationVersion(__version__)
    # The Linux menu entry resources/linux/fusecentre.desktop, which names the same icon.
    app.setDesktopFileName("fusecentre")
    app.setWindowIcon(app_icon())
    # Qt probes Noto Sans for Devanagari before falling back to Noto Sans Devanagari, and warns
    # once per script that Noto Sans cannot shape it; the fallback renders correctly.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    register_fonts()
    app.setFont(ui_font(10))
    return app


def demo_hint() -> str:
    from fusecentre_app.demo import ADMIN_USERNAME, DEMO_PASSWORD, DEMO_USERNAME

    return (
        QApplication.translate(
            "run_desk",
            "The demo made its own accounts, all with the password %1: sign in as %2 (a clerk "
            "at Buxar) or %3 (the administrator).",
        )
        .replace("%1", DEMO_PASSWORD)
        .replace("%2", DEMO_USERNAME)
        .replace("%3", ADMIN_USERNAME)
    )


def install_excepthook() -> None:
    """Anything unexpected is logged with its traceback and shown as one calm sentence; the
    desk keeps running."""
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:  # type: ignore[no-untyped-def]
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, value, tb)
            return
        log.error("unexpected error", exc_info=(kind, value, tb))
        from fusecentre_app.gui.operations import unexpected_message

        if QApplication.instance() is not None:
            QMessageBox.warning(
                QApplication.activeWindow(),
                QApplication.translate("run_desk", "Something went wrong"),
                unexpected_message(),
            )

    sys.excepthook = hook


class DeskLauncher(QObject):
    """First run (centre and first user), then sign-in (a new password first, if the
    administrator set it), then the main window; and back to sign-in when the clerk signs
    out or hands the desk to someone else. The incoming clerk is offered to take over from
    a handover sheet printed by the outgoing one.

    The store's check, begun as it opened, is watched meanwhile: a store found damaged is
    said so in one sentence and the desk closes, nothing written to it (not even the
    sign-out)."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.window = None
        self._dialog = None
        self.refusal: StoreRefused | None = None
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(250)
        self.check_timer.timeout.connect(self._store_checked)
        if db.check is not None:
            self.check_timer.start()

    def _store_checked(self) -> None:
        check = self.db.check
        if check is None or not check.finished:
            return
        self.check_timer.stop()
        if check.refusal is None:
            return
        self.refusal = check.refusal
        window, self.window = self.window, None
        if window is not None:
            window.shut()
            window.hide()
        if self._dialog is not None:
            self._dialog.hide()
        QMessageBox.critical(
            None,
            QApplication.translate("run_desk", "Cannot open the database"),
            refusal_text(check.refusal),
        )
        QApplication.exit(1)

    def start(self) -> None:
        from fusecentre_app.gui.first_run import FirstRunDialog
        from fusecentre_app.services.auth import has_users

        if has_users(self.db):
            self.sign_in()
            return
        self._dialog = FirstRunDialog(self.db)
        self._dialog.signed_in.connect(self._signed_in)
        self._dialog.demo_ready.connect(lambda: self.sign_in(hint=demo_hint()))
        self._dialog.rejected.connect(QApplication.quit)
        self._dialog.open()

    def sign_in(self, *, quit_on_cancel: bool = True, hint: str = "") -> None:
        from fusecentre_app.gui.login import LoginDialog

        dialog = LoginDialog(self.db)
        if hint:
            dialog.show_hint(hint)
        self._dialog = dialog
        dialog.signed_in.connect(self._signed_in)
        if quit_on_cancel:
            dialog.rejected.connect(QApplication.quit)
        dialog.open()

    def _signed_in(self, user: object) -> None:
        from fusecentre_app.gui.password_dialog import ChangePasswordDialog

        if getattr(user, "must_change_password", False):
            dialog = ChangePasswordDialog(self.db, user, forced=True)  # type: ignore[arg-type]
            self._dialog = dialog
            dialog.changed.connect(lambda: self._open_desk(user))
            dialog.rejected.connect(lambda: self._signed_out(user, "did not change password"))
            dialog.open()
            return
        self._open_desk(user)

    def _open_desk(self, user: object) -> None:
        from fusecentre_app.gui.main_window import MainWindow
        from fusecentre_app.gui.session import DeskSession

        session = DeskSession.for_user(self.db, user)  # type: ignore[arg-type]
        self.window = MainWindow(session, offer_backup_on_close=True)
        self.window.sign_out_requested.connect(self._leave)
        self.window.show()
        settle_interpreter()
        self._offer_take_over(session)

    def _offer_take_over(self, session) -> None:  # type: ignore[no-untyped-def]
        from fusecentre_app.domain.roles import UseCase
        from fusecentre_app.gui.take_over import TakeOverDialog
        from fusecentre_app.services.shift_change import pending_handover

        if not session.may(UseCase.ACKNOWLEDGE_HANDOVER):
            return
        pending = pending_handover(self.db, session.centre.id, session.user.id)
        if pending is not None and self.window is not None:
            self._dialog = TakeOverDialog(session, pending, self.window)
            self._dialog.open()

    def _leave(self, why: str) -> None:
        """Sign out (or hand over to someone else): the window closes, sign-in shows. The
        signed-in person leaving their own desk is offered a backup first; someone signing
        in at the lock is not (the store is not theirs to copy in another's name)."""
        from fusecentre_app.gui.main_window import SIGN_OUT, SWITCH_USER

        if self.window is None:
            return
        if why in (SIGN_OUT, SWITCH_USER):
            window = self.window
            window.before_leaving(lambda: self._gone(window, why))
        else:
            self._gone(self.window, why)

    def _gone(self, window, why: str) -> None:  # type: ignore[no-untyped-def]
        if self.window is not window:
            return
        self.window = None
        user = window.session.user
        window.shut()
        window.close()
        window.deleteLater()
        self._signed_out(user, why)

    def closing(self) -> None:
        """The desk is closing with someone signed in: that is a sign-out too, on record."""
        self.check_timer.stop()
        window, self.window = self.window, None
        if window is None or self.refusal is not None:
            return
        window.shut()
        from fusecentre_app.services.auth import record_sign_out
        from fusecentre_app.services.errors import ServiceError

        try:
            record_sign_out(self.db, window.session.user.id, reason="desk closed")
        except ServiceError:
            log.exception("sign-out not recorded")

    def _signed_out(self, user: object, why: str) -> None:
        from fusecentre_app.services.auth import record_sign_out
        from fusecentre_app.services.errors import ServiceError

        try:
            record_sign_out(self.db, user.id, reason=why)  # type: ignore[attr-defined]
        except ServiceError:
            log.exception("sign-out not recorded")
        self.sign_in()


def settle_interpreter() -> None:
    """Once the window is shown: keep the UI thread answering while workers read the store.

    What start-up made (modules, the window's widgets, the schema) leaves the garbage
    collector's full passes: otherwise a pass that a worker's reads set off walks all of it
    holding the interpreter, and the desk stands still for a tenth of a second or more (new
    objects are collected as before, and start-up's are still freed when let go). And the
    interpreter passes between threads every millisecond instead of every five: the UI
    thread needs it for every cell it paints, and waited up to 5 ms each time a worker had
    it (a refresh held the desk 50-65 ms on PostgreSQL at 50,000 open; 20 ms after)."""
    gc.freeze()
    sys.setswitchinterval(SWITCH_INTERVAL_S)


def refusal_text(exc: BaseException) -> str:
    """Why the desk did not open its store, as the person at it should read it."""
    from fusecentre_app.db.backup import CopyFailed
    from fusecentre_app.db.engine import StoreCorrupt

    if isinstance(exc, StoreTooNew):
        if exc.version:
            return (
                QApplication.translate(
                    "run_desk",
                    "This store was made by version %1 of the desk (this is %2): install version "
                    "%1 to open it. Nothing was changed or copied.",
                )
                .replace("%1", exc.version)
                .replace("%2", __version__)
            )
        return QApplication.translate(
            "run_desk",
            "This store was made by a newer version of the desk (this is %1): install that "
            "version to open it. Nothing was changed or copied.",
        ).replace("%1", __version__)
    if isinstance(exc, StoreCorrupt):
        return (
            QApplication.translate(
                "run_desk",
                "The store %1 is damaged (SQLite found: %2), so the desk will not write to it. "
                "Ask the supervisor to restore the last backup (fusecentre restore).",
            )
            .replace("%1", str(exc.path))
            .replace("%2", exc.found[0])
        )
    if isinstance(exc, CopyFailed):
        return QApplication.translate(
            "run_desk", "The store was not upgraded and nothing was changed: %1."
        ).replace("%1", str(exc))
    if isinstance(exc, StoreRefused):
        return str(exc)[:1].upper() + str(exc)[1:] + "."
    return QApplication.translate("run_desk", "The desk could not open its database:\n%1").replace(
        "%1", str(getattr(exc, "orig", exc)).splitlines()[0]
    )


def run_desk(target: str | None = None) -> int:
    """The `fusecentre` command with no subcommand."""
    from sqlalchemy.exc import SQLAlchemyError

    from fusecentre_app.db.engine import open_database
    from fusecentre_app.logs import configure_logging

    configure_logging()
    app = make_application()
    install_translations(app, chosen_language())
    install_excepthook()
    try:
        db = open_database(target, check_later=True)
    except (StoreRefused, StoreTooNew, SQLAlchemyError, OSError) as exc:
        log.exception("cannot open database")
        QMessageBox.critical(
            None, app.translate("run_desk", "Cannot open the database"), refusal_text(exc)
        )
        return 1
    launcher = DeskLauncher(db)
    launcher.start()
    try:
        return app.exec()
    finally:
        launcher.closing()
        db.anchors.flush()
        db.dispose()


def main(argv: Sequence[str] | None = None) -> int:
    """The `fusecentre-desk` command: the desk alone, as started from a menu or an icon. On
    Windows it runs with no console window, and so with no standard streams to write to."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    parser = argparse.ArgumentParser(
        prog="fusecentre-desk", description="Fuse Call Centre Desk: opens the desk window."
    )
    parser.add_argument("--version", action="version", version=f"fusecentre {__version__}")
    parser.add_argument(
        "--db", help="database: a SQLite file path or a SQLAlchemy URL (default: the usual one)"
    )
    return run_desk(parser.parse_args(argv).db)
