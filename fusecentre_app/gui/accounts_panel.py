"""Desk accounts, for the administrator: everyone who may sign in, added, deactivated (never
deleted: the records still name them) and their passwords reset (the user then chooses a new
one at the next sign-in). Each change is an audit record in the administrator's name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.roles import Role
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.labels import role_text
from fusecentre_app.gui.operations import Changed, Changes, DeskOp
from fusecentre_app.gui.screen_fit import once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import accounts
from fusecentre_app.services.masterdata import list_centres

ERROR_STYLE = "color: #b00020;"
COLUMNS = (
    QT_TRANSLATE_NOOP("AccountsPanel", "User name"),
    QT_TRANSLATE_NOOP("AccountsPanel", "Name"),
    QT_TRANSLATE_NOOP("AccountsPanel", "Role"),
    QT_TRANSLATE_NOOP("AccountsPanel", "Centre"),
    QT_TRANSLATE_NOOP("AccountsPanel", "State"),
)


class AccountsPanel(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.accounts: list[accounts.Account] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("accounts")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAccount")
        self.deactivate_button = QPushButton()
        self.deactivate_button.setObjectName("deactivate")
        self.reset_button = QPushButton()
        self.reset_button.setObjectName("resetPassword")
        self.status = QLabel()
        self.status.setObjectName("accountsStatus")
        self.status.setWordWrap(True)
        self.dialog: QDialog | None = None
        buttons = QHBoxLayout()
        for button in (self.add_button, self.deactivate_button, self.reset_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.add_button.clicked.connect(self.open_add)
        self.deactivate_button.clicked.connect(self.open_deactivate)
        self.reset_button.clicked.connect(self.open_reset)
        self.session.changed.connect(self._changed)
        self._retranslate_controls()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslated)
        super().changeEvent(event)

    def _retranslated(self) -> None:
        """Another language: the list keeps its rows and the one chosen; an open dialog
        keeps what was typed in it (it says its own words again, see `_AccountDialog`)."""
        self._retranslate_controls()
        self._show_accounts()

    def _retranslate_controls(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr(str(c)) for c in COLUMNS])
        self.add_button.setText(self.tr("Add acco&unt…"))
        self.deactivate_button.setText(self.tr("D&eactivate…"))
        self.reset_button.setText(self.tr("&Reset password…"))
        self.intro.setText(
            self.tr(
                "Every clerk signs in with their own account: the records name who did "
                "what. An account is never deleted; deactivate it when someone leaves."
            )
        )

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Changed.ACCOUNTS):
            self.refresh()

    def refresh(self) -> None:
        self.accounts = accounts.list_accounts(self.session.db)
        self._show_accounts()

    def _show_accounts(self) -> None:
        self.table.setRowCount(len(self.accounts))
        now = utcnow()
        for row, a in enumerate(self.accounts):
            if not a.active:
                state = self.tr("deactivated")
            elif a.locked_until is not None and a.locked_until > now:
                state = self.tr("waiting until %1 (wrong passwords)").replace(
                    "%1", format_local(a.locked_until, "%H:%M")
                )
            elif a.must_change_password:
                state = self.tr("to choose a password at sign-in")
            else:
                state = self.tr("active")
            cells = (a.username, a.full_name, role_text(a.role), a.centre_code or "—", state)
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))

    def selected(self) -> accounts.Account | None:
        row = self.table.currentRow()
        return self.accounts[row] if 0 <= row < len(self.accounts) else None

    def _open(self, dialog: QDialog) -> QDialog:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()
        return dialog

    def open_add(self) -> QDialog:
        return self._open(AddAccountDialog(self.session, self))

    def open_deactivate(self) -> QDialog | None:
        account = self.selected()
        if account is None:
            self.status.setText(self.tr("Choose an account in the list first."))
            return None
        return self._open(DeactivateDialog(self.session, account, self))

    def open_reset(self) -> QDialog | None:
        account = self.selected()
        if account is None:
            self.status.setText(self.tr("Choose an account in the list first."))
            return None
        return self._open(ResetPasswordDialog(self.session, account, self))


class _AccountDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.session = session
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.form = QFormLayout()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # what was typed stays
        super().changeEvent(event)

    def retranslate(self) -> None:
        """The dialog's own words (title, labels), in the language now installed."""

    def _add_field(self, field: QWidget) -> None:
        """A row of the form; its label's words are set in `retranslate` (see `_label`)."""
        label = QLabel()
        label.setBuddy(field)
        self.form.addRow(label, field)

    def _label(self, field: QWidget, text: str) -> None:
        label = self.form.labelForField(field)
        if isinstance(label, QLabel):
            label.setText(text)

    def save(self) -> None:
        raise NotImplementedError

    def _run(self, op, done: str) -> None:  # type: ignore[no-untyped-def]
        DeskOp(self.session, self, op, changes=Changed.ACCOUNTS).on_success(
            lambda _r: self._done(done)
        ).on_invalid(lambda errors: self.error.setText("\n".join(errors.values()))).on_refused(
            self.error.setText
        ).run()

    def _done(self, text: str) -> None:
        parent = self.parent()
        if isinstance(parent, AccountsPanel):
            parent.status.setText(text)
        self.accept()


class AddAccountDialog(_AccountDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.role = QComboBox()
        self.role.setObjectName("role")
        for role in Role:
            self.role.addItem(role_text(role), role.value)
        self.centre = QComboBox()
        self.centre.setObjectName("centre")
        self.centre.addItem("", None)
        for c in list_centres(session.db):
            self.centre.addItem(f"{c.code} · {c.name_en} / {c.name_hi}", c.id)
        self.centre.setCurrentIndex(max(0, self.centre.findData(session.centre.id)))
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        for field in (self.full_name, self.username, self.role, self.centre, self.password):
            self._add_field(field)
        self.form.addRow(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Add a desk account"))
        self._label(self.full_name, self.tr("&Name as records show it"))
        self._label(self.username, self.tr("&User name"))
        self._label(self.role, self.tr("&Role"))
        self._label(self.centre, self.tr("&Centre"))
        self._label(self.password, self.tr("First &password"))
        self.hint.setText(self.tr("They choose their own password at their first sign-in."))
        for index, role in enumerate(Role):
            self.role.setItemText(index, role_text(role))
        self.centre.setItemText(0, self.tr("— whole division —"))

    def save(self) -> None:
        name = self.username.text()
        self._run(
            lambda: accounts.add_user(
                self.session.db,
                self.session.user.id,
                username=name,
                full_name=self.full_name.text(),
                password=self.password.text(),
                role=self.role.currentData(),
                centre_id=self.centre.currentData(),
                must_change=True,
            ),
            self.tr("Added %1.").replace("%1", name.strip().lower()),
        )


class DeactivateDialog(_AccountDialog):
    def __init__(
        self, session: DeskSession, account: accounts.Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.account = account
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.warning = QLabel()
        self.form.addRow(self.warning)
        self._add_field(self.reason)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Deactivate %1").replace("%1", self.account.username))
        self.reason.setPlaceholderText(self.tr("for example: transferred to Dumraon"))
        self.warning.setText(
            self.tr("%1 will no longer sign in; everything they did still names them.").replace(
                "%1", self.account.full_name
            )
        )
        self._label(self.reason, self.tr("&Reason"))

    def save(self) -> None:
        self._run(
            lambda: accounts.deactivate_user(
                self.session.db, self.session.user.id, self.account.id, self.reason.text()
            ),
            self.tr("Deactivated %1.").replace("%1", self.account.username),
        )


class ResetPasswordDialog(_AccountDialog):
    def __init__(
        self, session: DeskSession, account: accounts.Account, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, parent)
        self.account = account
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel()
        self._add_field(self.password)
        self.form.addRow(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Reset the password of %1").replace("%1", self.account.username)
        )
        self._label(self.password, self.tr("&New password"))
        self.hint.setText(self.tr("They choose their own at the next sign-in."))

    def save(self) -> None:
        self._run(
            lambda: accounts.reset_password(
                self.session.db, self.session.user.id, self.account.id, self.password.text()
            ),
            self.tr("Reset the password of %1.").replace("%1", self.account.username),
        )
