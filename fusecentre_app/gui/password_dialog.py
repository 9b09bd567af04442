"""Changing one's own password: asked for after an administrator set it (a new account or a
reset), and from Desk → Change my password at any time."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.passwords import MIN_LENGTH
from fusecentre_app.gui.operations import NO_SESSION, Changed, DeskOp
from fusecentre_app.services.accounts import change_own_password
from fusecentre_app.services.auth import UserInfo

ERROR_STYLE = "color: #b00020;"


class ChangePasswordDialog(QDialog):
    changed = Signal()

    def __init__(  # type: ignore[no-untyped-def]
        self,
        db: Database,
        user: UserInfo,
        *,
        forced: bool = False,
        session=None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db, self.user, self.session = db, user, session or NO_SESSION
        self.setWindowTitle(self.tr("Change my password — %1").replace("%1", user.full_name))
        intro = QLabel(
            self.tr(
                "Your password was set by the administrator. Choose your own now: at least "
                "%1 characters, not one that guessers try first."
            ).replace("%1", str(MIN_LENGTH))
            if forced
            else self.tr("At least %1 characters, not one that guessers try first.").replace(
                "%1", str(MIN_LENGTH)
            )
        )
        intro.setWordWrap(True)
        self.current = QLineEdit()
        self.current.setObjectName("current")
        self.new = QLineEdit()
        self.new.setObjectName("new")
        self.again = QLineEdit()
        self.again.setObjectName("again")
        for edit in (self.current, self.new, self.again):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        form = QFormLayout()
        form.addRow(self.tr("&Current password"), self.current)
        form.addRow(self.tr("&New password"), self.new)
        form.addRow(self.tr("New password &again"), self.again)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.again.selectAll()
            self.again.setFocus()
            return
        DeskOp(
            self.session,
            self,
            lambda: change_own_password(
                self.db, self.user.id, self.current.text(), self.new.text()
            ),
            changes=Changed.ACCOUNTS,
        ).on_success(self._done).on_invalid(
            lambda errors: self.error.setText("\n".join(errors.values()))
        ).on_refused(self.error.setText).run()

    def _done(self, _result: object) -> None:
        self.accept()
        self.changed.emit()
