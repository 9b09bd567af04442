"""Starting the desk: the Qt application, bundled fonts, translations, and the sign-in flow."""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QLibraryInfo, QLocale, QLoggingCategory, QObject, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from fusecentre_app import __version__
from fusecentre_app.db.engine import Database
from fusecentre_app.paths import fonts_dir, resources_dir

log = logging.getLogger(__name__)

UI_FAMILIES = ["Noto Sans", "Noto Sans Devanagari"]
LANGUAGE_VARIABLE = "FUSECENTRE_LANG"


def register_fonts() -> list[str]:
    """Register the bundled Noto fonts so Devanagari renders on a PC that has none."""
    families: list[str] = []
    for path in sorted(fonts_dir().glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("could not load font %s", path.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(set(families))


def ui_font(point_size: float | None = None, *, bold: bool = False) -> QFont:
    """The desk's font: Noto Sans for Latin, falling back to Noto Sans Devanagari for Hindi."""
    font = QFont()
    font.setFamilies(UI_FAMILIES)
    if point_size is not None:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    return font


def chosen_language(language: str | None = None) -> str | None:
    """The interface language asked for: the one given, else `$FUSECENTRE_LANG` ("hi", "en"),
    else None, which means the system's."""
    return (language or os.environ.get(LANGUAGE_VARIABLE, "")).strip() or None


def install_translations(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Load Qt's own and the desk's translations for the chosen (or system) language."""
    locale = QLocale(language) if language else QLocale.system()
    installed: list[QTranslator] = []
    folders = [
        (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase"),
        (str(resources_dir() / "translations"), "fusecentre"),
    ]
    for folder, name in folders:
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Fuse Call Centre Desk")
    app.setOrganizationName("fusecentre")
    app.setApplicationVersion(__version__)
    # Qt probes Noto Sans for Devanagari before falling back to Noto Sans Devanagari, and warns
    # once per script that Noto Sans cannot shape it; the fallback renders correctly.
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    register_fonts()
    app.setFont(ui_font(10))
    return app


class DeskLauncher(QObject):
    """First run (centre and first user), then sign-in, then the main window."""

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self.window = None
        self._dialog = None

    def start(self) -> None:
        from fusecentre_app.gui.first_run import FirstRunDialog
        from fusecentre_app.gui.login import LoginDialog
        from fusecentre_app.services.auth import has_users

        if has_users(self.db):
            self._dialog = LoginDialog(self.db)
        else:
            self._dialog = FirstRunDialog(self.db)
        self._dialog.signed_in.connect(self._open_desk)
        self._dialog.rejected.connect(QApplication.quit)
        self._dialog.open()

    def _open_desk(self, user: object) -> None:
        from fusecentre_app.gui.main_window import MainWindow
        from fusecentre_app.gui.session import DeskSession

        session = DeskSession.for_user(self.db, user)  # type: ignore[arg-type]
        self.window = MainWindow(session)
        self.window.show()


def run_desk(target: str | None = None) -> int:
    """The `fusecentre` command with no subcommand."""
    from sqlalchemy.exc import SQLAlchemyError

    from fusecentre_app.db.engine import open_database

    app = make_application()
    install_translations(app, chosen_language())
    try:
        db = open_database(target)
    except (SQLAlchemyError, OSError) as exc:
        log.exception("cannot open database")
        QMessageBox.critical(
            None,
            app.translate("run_desk", "Cannot open the database"),
            app.translate("run_desk", "The desk could not open its database:\n%1").replace(
                "%1", str(getattr(exc, "orig", exc)).splitlines()[0]
            ),
        )
        return 1
    launcher = DeskLauncher(db)
    launcher.start()
    try:
        return app.exec()
    finally:
        db.dispose()
