"""Backing up from the desk: "Back up now" to a folder the clerk chooses (a USB stick), offered
at shift end, and the time of the last backup always in the status bar.

The copy, its check and its record are `services.backup`'s; this room asks for the folder
(starting at the one used last), runs the backup through `DeskOp`, and says what the copy
holds. A PostgreSQL store is backed up on its server, so the desk offers nothing there.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from fusecentre_app.db.engine import StoreMissing
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.services.backup import BackupMade, back_up, last_backup
from fusecentre_app.services.errors import StoreUnavailable

CHECK_MS = 60_000


def may_back_up(session) -> bool:  # type: ignore[no-untyped-def]
    """A desk backs up its own SQLite file; a server's store is the administrator's."""
    return session.db.path is not None


def back_up_now(session, parent: QWidget) -> BackupMade | None:  # type: ignore[no-untyped-def]
    """Ask for a folder (the last one used first), back up into it, and say what was made."""
    last = last_backup(session.db)
    start = str(last.path.parent) if last is not None and last.path.parent.is_dir() else ""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("backup", "Back up the store to which folder (a USB stick)?"),
        start or str(Path.home()),
    )
    if not folder:
        return None
    made = DeskOp(
        session,
        parent,
        lambda: back_up(session.db, Path(folder), by=session.user.id),
        changes=Changed.NOTHING,
    ).run()
    if made is None:
        return None
    text = (
        QCoreApplication.translate(
            "backup", "Backed up %1 complaints and %2 events to %3 (%4 MB); the copy was checked."
        )
        .replace("%1", str(made.contents.complaints))
        .replace("%2", str(made.contents.events))
        .replace("%3", str(made.path))
        .replace("%4", f"{made.size / 2**20:.1f}")
    )
    if not made.on_record:
        text += " " + QCoreApplication.translate(
            "backup", "The store could not put this backup on record."
        )
    QMessageBox.information(parent, QCoreApplication.translate("backup", "Backed up"), text)
    label = getattr(parent, "backup_label", None)
    if isinstance(label, BackupLabel):
        label.refresh()
    return made


def offer_at_shift_end(session, parent: QWidget) -> BackupMade | None:  # type: ignore[no-untyped-def]
    """At sign-out: "Back up now?" (a desk whose store is a server's asks nothing)."""
    if not may_back_up(session):
        return None
    last = last_backup(session.db)
    when = (
        QCoreApplication.translate("backup", "The last backup was made at %1.").replace(
            "%1", format_local(last.at, "%d-%m-%Y %H:%M")
        )
        if last is not None
        else QCoreApplication.translate("backup", "This store has never been backed up.")
    )
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("backup", "Back up before you go?"),
        when
        + "\n\n"
        + QCoreApplication.translate(
            "backup", "Back up the store now to a USB stick or another folder?"
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    return back_up_now(session, parent)


class BackupLabel(QLabel):
    """ "Last backup: …" for the status bar; says so at once if the store's file is gone."""

    def __init__(self, session, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.setObjectName("lastBackup")
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        db = self.session.db
        if not may_back_up(self.session):
            self.setText(QCoreApplication.translate("backup", "Backups: on the server"))
            return
        try:
            db.check_present()
        except StoreMissing:  # the file was deleted or replaced under the desk
            self.setStyleSheet("color: #b00020; font-weight: bold;")
            self.setText(
                QCoreApplication.translate(
                    "backup", "The store's file is missing: nothing can be saved"
                )
            )
            return
        try:
            last = last_backup(db)
        except StoreUnavailable:
            return
        self.setStyleSheet("")
        self.setText(
            QCoreApplication.translate("backup", "Last backup: %1").replace(
                "%1", format_local(last.at, "%d-%m-%Y %H:%M")
            )
            if last is not None
            else QCoreApplication.translate("backup", "Last backup: never")
        )
        if last is not None:
            self.setToolTip(str(last.path))
