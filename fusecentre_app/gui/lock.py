"""The desk locks itself when nobody has touched it for a while (a public office): the window
is covered until the signed-in clerk types their password, or someone else signs in."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.operations import NO_SESSION, Changed, DeskOp
from fusecentre_app.services.auth import WRONG, authenticate

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
}


class IdleWatcher(QObject):
    """Says `idle` once the application has had no key or mouse input for `minutes`
    (0: never)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = minutes * 60.0
        self.last_input = time.monotonic()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.check)
        app = QApplication.instance()
        if app is not None and minutes > 0:
            app.installEventFilter(self)
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.last_input = time.monotonic()
        return False

    def check(self) -> None:
        if self.paused or self.limit <= 0:
            return
        if time.monotonic() - self.last_input >= self.limit:
            self.paused = True
            self.idle.emit()

    def resume(self) -> None:
        self.last_input = time.monotonic()
        self.paused = False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


class LockDialog(QDialog):
    """The locked desk: the signed-in clerk's password unlocks it; `switch_user` hands the
    desk to someone else (they sign in)."""

    unlocked = Signal()
    switch_user = Signal()

    def __init__(self, session, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Desk locked — Fuse Call Centre Desk"))
        self.setWindowModality(Qt.WindowModality.ApplicationModal)  # every window of the desk
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        title = QLabel(
            self.tr("The desk is locked.\n%1 (%2) was signed in.")
            .replace("%1", session.user.full_name)
            .replace("%2", session.user.username)
        )
        title.setFont(ui_font(14, bold=True))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("your password"))
        self.password.setAccessibleName(self.tr("Password to unlock"))
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.switch_button = QPushButton(self.tr("&Someone else signs in…"))
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.switch_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.password)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.unlock_button.clicked.connect(self.try_unlock)
        self.password.returnPressed.connect(self.try_unlock)
        self.switch_button.clicked.connect(self._switch)

    def try_unlock(self) -> None:
        user = (
            DeskOp(
                NO_SESSION,
                self,
                lambda: authenticate(
                    self.session.db, self.session.user.username, self.password.text()
                ),
                changes=Changed.NOTHING,
            )
            .on_refused(self._refused)
            .run()
        )
        if user is None:
            return
        self.accept()
        self.unlocked.emit()

    def _refused(self, text: str) -> None:
        if text == WRONG:
            text = self.tr(
                "Wrong password, or the account is waiting after repeated wrong tries: try "
                "again later, or let someone else sign in."
            )
        self.error.setText(text)
        self.password.selectAll()

    def _switch(self) -> None:
        self.accept()
        self.switch_user.emit()

    def reject(self) -> None:  # Esc does not unlock
        pass
