"""Sign-in: user name and password; every event the desk writes names this user.

A sign-in is written to the store, so the first one after the desk starts waits for the
check of the store (`Database.check`, seconds for a store of several years, begun as the
store opened): "Sign in" is held, with a word why, and goes on by itself when the store is
found sound."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from fusecentre_app.db.engine import Database
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.operations import NO_SESSION, Changed, DeskOp
from fusecentre_app.services.auth import WRONG, authenticate


class LoginDialog(QDialog):
    signed_in = Signal(object)  # UserInfo

    def __init__(self, db: Database, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.user = None
        self.setWindowTitle(self.tr("Sign in — Fuse Call Centre Desk"))
        self.setMinimumWidth(420)
        title = QLabel(self.tr("Fuse Call Centre Desk\nफ्यूज कॉल सेंटर"))
        title.setFont(ui_font(15, bold=True))
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.hint = QLabel()
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setVisible(False)
        self.checking = QLabel(
            self.tr("Checking the store before the first sign-in (once, as the desk starts)…")
        )
        self.checking.setObjectName("checking")
        self.checking.setWordWrap(True)
        self.checking.setVisible(False)
        self.check_timer = QTimer(self)
        self.check_timer.setInterval(100)
        self.store = QLabel(self.tr("Store: %1").replace("%1", db.display_name))
        self.store.setObjectName("store")
        self.store.setWordWrap(True)
        self.store.setStyleSheet("color: #555;")
        form = QFormLayout()
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password"), self.password)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.checking)
        layout.addWidget(self.store)
        layout.addWidget(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)
        self.check_timer.timeout.connect(self._store_checked)

    def show_hint(self, text: str) -> None:
        self.hint.setText(text)
        self.hint.setVisible(True)

    def try_sign_in(self) -> None:
        check = self.db.check
        if check is not None and not check.finished:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.checking.setVisible(True)
            self.check_timer.start()
            return
        user = (
            DeskOp(
                NO_SESSION,
                self,
                lambda: authenticate(self.db, self.username.text(), self.password.text()),
                changes=Changed.NOTHING,
            )
            .on_refused(self._refused)
            .run()
        )
        if user is None:
            return
        self.user = user
        self.accept()
        self.signed_in.emit(self.user)

    def _store_checked(self) -> None:
        check = self.db.check
        if check is not None and not check.finished:
            return
        self.check_timer.stop()
        self.checking.setVisible(False)
        if check is not None and check.refusal is not None:
            # A damaged store: Sign in stays off and says why; the launcher says so too and
            # closes the desk. Nothing is written.
            from fusecentre_app.gui.app import refusal_text

            self.error.setText(refusal_text(check.refusal))
            self.error.setVisible(True)
            return
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        self.try_sign_in()

    def _refused(self, text: str) -> None:
        self.error.setText(
            self.tr(
                "Wrong user name or password, or the account is waiting after repeated "
                "wrong tries: try again later, or ask the administrator to reset the password."
            )
            if text == WRONG
            else text
        )
        self.error.setVisible(True)
        self.password.selectAll()
        self.password.setFocus()
