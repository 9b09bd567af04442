"""First start on an empty store: load the division's master data, pick this desk's centre,
and create the first user (an administrator)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from fusecentre_app.db.engine import Database
from fusecentre_app.gui.fonts import ui_font
from fusecentre_app.gui.operations import NO_SESSION, Changed, DeskOp
from fusecentre_app.services.accounts import create_user
from fusecentre_app.services.masterdata import has_division, list_centres, load_division
from fusecentre_app.services.uow import FIRST_RUN


class FirstRunDialog(QDialog):
    signed_in = Signal(object)  # UserInfo
    demo_ready = Signal()  # a demo store with its own accounts: sign in with one of them

    def __init__(self, db: Database, parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.db = db
        self.user = None
        self.setWindowTitle(self.tr("Set up this desk — Fuse Call Centre Desk"))
        self.setMinimumWidth(560)
        title = QLabel(self.tr("Set up this desk"))
        title.setFont(ui_font(15, bold=True))
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.load_button = QPushButton(self.tr("Load the &demo division (Buxar)"))
        self.load_button.setObjectName("loadDemo")
        self.load_with_data_button = QPushButton(self.tr("Demo division with sample &complaints"))
        self.load_with_data_button.setObjectName("loadDemoData")
        self.centre = QComboBox()
        self.centre.setObjectName("centre")
        self.full_name = QLineEdit()
        self.full_name.setObjectName("fullName")
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password2 = QLineEdit()
        self.password2.setObjectName("password2")
        self.password2.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(False)

        loaders = QHBoxLayout()
        loaders.addWidget(self.load_button)
        loaders.addWidget(self.load_with_data_button)
        form = QFormLayout()
        form.addRow(self.tr("This desk's &centre"), self.centre)
        form.addRow(self.tr("Your full &name"), self.full_name)
        form.addRow(self.tr("&User name"), self.username)
        form.addRow(self.tr("&Password (10 or more)"), self.password)
        form.addRow(self.tr("Password &again"), self.password2)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Create user and start")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        layout.addLayout(loaders)
        layout.addLayout(form)
        layout.addWidget(self.error)
        self.store = QLabel(self.tr("Store: %1").replace("%1", db.display_name))
        self.store.setObjectName("store")
        self.store.setWordWrap(True)
        self.store.setStyleSheet("color: #555;")
        layout.addWidget(self.store)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self._refresh_centres()

    def _connect_signals(self) -> None:
        self.load_button.clicked.connect(lambda: self.load_demo(with_complaints=False))
        self.load_with_data_button.clicked.connect(lambda: self.load_demo(with_complaints=True))
        self.buttons.accepted.connect(self.create_first_user)
        self.buttons.rejected.connect(self.reject)

    def _refresh_centres(self) -> None:
        self.centre.clear()
        for c in list_centres(self.db):
            self.centre.addItem(f"{c.code} — {c.name_en} / {c.name_hi}", c.id)
        loaded = self.centre.count() > 0
        self.load_button.setEnabled(not loaded)
        self.load_with_data_button.setEnabled(not loaded)
        if loaded:
            self.intro.setText(
                self.tr(
                    "Choose the centre this desk serves and create the first account: the "
                    "administrator, who then adds an account for each clerk and supervisor."
                )
            )
        else:
            self.intro.setText(
                self.tr(
                    "This database is empty. Load the division's centres, feeders and officers "
                    "first; the demo division is modelled on Buxar."
                )
            )

    def load_demo(self, *, with_complaints: bool) -> None:
        if with_complaints:
            if (
                DeskOp(NO_SESSION, self, self._build_demo, changes=Changed.NOTHING)
                .on_refused(self._show_error)
                .run()
            ):
                self.accept()
                self.demo_ready.emit()  # the demo made its own accounts
            return
        if not has_division(self.db):
            op = DeskOp(
                NO_SESSION,
                self,
                lambda: load_division(self.db, by=FIRST_RUN),
                changes=Changed.NOTHING,
            ).on_refused(self._show_error)
            op.run()
            if op.error is not None:
                return
        self._refresh_centres()
        self.full_name.setFocus()

    def _build_demo(self) -> bool:
        from fusecentre_app.demo import build_demo
        from fusecentre_app.demo.live import add_live_faults
        from fusecentre_app.domain.timeutil import utcnow

        now = utcnow()
        build_demo(self.db, days=3, end=now)
        add_live_faults(self.db, end=now)
        return True

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)

    def create_first_user(self) -> None:
        if self.centre.currentData() is None:
            self._show_error(self.tr("Load the division first, then choose this desk's centre."))
            return
        if self.password.text() != self.password2.text():
            self._show_error(self.tr("The two passwords differ."))
            self.password2.setFocus()
            return
        user = (
            DeskOp(
                NO_SESSION,
                self,
                lambda: create_user(
                    self.db,
                    username=self.username.text(),
                    full_name=self.full_name.text(),
                    password=self.password.text(),
                    centre_id=self.centre.currentData(),
                    role="admin",
                    by=FIRST_RUN,
                ),
                changes=Changed.NOTHING,
            )
            .on_invalid(lambda errors: self._show_error("\n".join(errors.values())))
            .on_refused(self._show_error)
            .run()
        )
        if user is None:
            return
        self.user = user
        self.accept()
        self.signed_in.emit(self.user)
