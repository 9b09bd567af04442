"""Backing up from the desk: "Back up now" to a folder the clerk chooses (a USB stick), offered
when the signed-in person signs out or closes the desk, and the time of the last backup
always in the status bar.

The copy, its check and its record are `services.backup`'s; this room asks for the folder
(starting at the one used last), runs the backup on a worker thread with a progress dialog
(a big store on a USB stick takes seconds, and the desk must not freeze meanwhile), reports
its outcome through `DeskOp`, and says what the copy holds. A PostgreSQL store is backed up
on its server, so the desk offers nothing there.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from fusecentre_app.db.engine import StoreMissing
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.services.backup import BackupMade, back_up, last_backup
from fusecentre_app.services.errors import StoreUnavailable

CHECK_MS = 60_000


def may_back_up(session) -> bool:  # type: ignore[no-untyped-def]
    """A desk backs up its own SQLite file; a server's store is the administrator's."""
    return session.db.path is not None


class _Copier(QThread):
    """`services.backup.back_up` off the UI thread: the copy and its full check open their
    own connections here (the engine's SQLite connections may be used from any thread)."""

    copied = Signal(int, int)  # pages copied, pages in all

    def __init__(self, session, folder: Path) -> None:  # type: ignore[no-untyped-def]
        super().__init__()
        self.db = session.db
        self.by = session.user.id
        self.folder = folder
        self.made: BackupMade | None = None
        self.error: Exception | None = None

    def run(self) -> None:
        try:
            self.made = back_up(self.db, self.folder, by=self.by, progress=self.copied.emit)
        except Exception as exc:  # said on the UI thread, by DeskOp, with its traceback logged
            self.error = exc


class BackupProgress(QProgressDialog):
    """Pages copied so far, then the check; closed by its job when the backup ends."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("backupProgress")
        self.setWindowTitle(self.tr("Backing up"))
        self.setLabelText(self.tr("Copying the store…"))
        self.setCancelButton(None)  # SQLite's copy is not stopped half-way
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setRange(0, 0)
        self.setMinimumDuration(0)
        self.setAutoClose(False)
        self.setAutoReset(False)

    def copied(self, done: int, total: int) -> None:
        self.setRange(0, total)
        self.setValue(done)
        if done >= total:
            self.setRange(0, 0)  # the check counts nothing: busy
            self.setLabelText(self.tr("Checking the copy…"))

    def reject(self) -> None:  # Esc does not hide a backup that is still running
        pass


class BackupJob(QObject):
    """One backup on its way (see the module): `ended` carries what was made, or None when
    the backup was refused or failed (already said to the person)."""

    ended = Signal(object)  # BackupMade | None

    def __init__(self, session, folder: Path, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.copier = _Copier(session, folder)
        self.progress = BackupProgress(parent)
        self.copier.copied.connect(self.progress.copied)
        self.copier.finished.connect(self._finished)
        self.running = False
        self.made: BackupMade | None = None

    def start(self) -> None:
        self.running = True
        self.progress.show()
        self.copier.start()

    def _outcome(self) -> BackupMade:
        if self.copier.error is not None:
            raise self.copier.error
        assert self.copier.made is not None
        return self.copier.made

    def _finished(self) -> None:
        self.copier.wait()
        self.progress.close()
        self.progress.deleteLater()
        made = DeskOp(self.session, self.window, self._outcome, changes=Changed.NOTHING).run()
        if made is not None:
            _tell(made, self.window)
        self.made = made
        self.running = False
        self.ended.emit(made)

    def wait(self) -> None:
        """For leaving: the worker ends before the desk's store is closed."""
        self.copier.wait()


def _tell(made: BackupMade, parent: QWidget) -> None:
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


def back_up_now(session, parent: QWidget) -> BackupJob | None:  # type: ignore[no-untyped-def]
    """Ask for a folder (the last one used first) and start backing up into it; the job's
    `ended` says when it is done. None when no folder was chosen."""
    last = last_backup(session.db)
    start = str(last.path.parent) if last is not None and last.path.parent.is_dir() else ""
    folder = QFileDialog.getExistingDirectory(
        parent,
        QCoreApplication.translate("backup", "Back up the store to which folder (a USB stick)?"),
        start or str(Path.home()),
    )
    if not folder:
        return None
    job = BackupJob(session, Path(folder), parent)
    job.start()
    return job


def offer_at_shift_end(
    session,  # type: ignore[no-untyped-def]
    parent: QWidget,
    then: Callable[[], None],
) -> BackupJob | None:
    """As the signed-in person leaves (signs out, closes the desk): "Back up before you go?"
    `then` lets them go: at once on No (or where the store is a server's, which asks
    nothing), or once the backup is made. Cancel, no folder chosen or a failed backup keeps
    them at the desk. Returns the backup started, if one was."""
    if not may_back_up(session):
        then()
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
        QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Yes,
    )
    if answer == QMessageBox.StandardButton.No:
        then()
        return None
    if answer != QMessageBox.StandardButton.Yes:
        return None
    job = back_up_now(session, parent)
    if job is not None:
        job.ended.connect(lambda made: then() if made is not None else None)
    return job


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
