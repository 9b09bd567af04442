"""Sign-in: user name and password; every event the desk writes names this user."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
)

from fusecentre_app.db.engine import Database
from fusecentre_app.gui.app import ui_font
from fusecentre_app.services.auth import AuthError, authenticate


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
        self.error.setVisible(False)
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
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.try_sign_in)
        self.buttons.rejected.connect(self.reject)

    def try_sign_in(self) -> None:
        try:
            self.user = authenticate(self.db, self.username.text(), self.password.text())
        except AuthError:
            self.error.setText(self.tr("Wrong user name or password."))
            self.error.setVisible(True)
            self.password.selectAll()
            self.password.setFocus()
            return
        self.accept()
        self.signed_in.emit(self.user)
