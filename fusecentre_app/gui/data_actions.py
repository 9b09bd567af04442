"""Data in and out from the desk: "Export complaints…" (a date range to .xlsx or CSV) and
"Take in a list…" (a 1912 or consumer-hearing list). A small bar of two buttons that a
screen adds where it wants them; each opens its dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from fusecentre_app.domain.roles import UseCase
from fusecentre_app.gui.export_dialog import ExportComplaintsDialog
from fusecentre_app.gui.intake_dialog import IntakeDialog
from fusecentre_app.gui.session import DeskSession


class DataActions(QWidget):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.dialog: ExportComplaintsDialog | IntakeDialog | None = None
        self.export_button = QPushButton()
        self.export_button.setObjectName("openExportComplaints")
        self.intake_button = QPushButton()
        self.intake_button.setObjectName("openIntake")
        self.intake_button.setVisible(session.may(UseCase.LOG_COMPLAINT))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addStretch(1)
        layout.addWidget(self.intake_button)
        layout.addWidget(self.export_button)
        self.export_button.clicked.connect(self.open_export)
        self.intake_button.clicked.connect(self.open_intake)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()  # an open dialog keeps what was chosen in it
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.export_button.setText(self.tr("E&xport complaints…"))
        self.intake_button.setText(self.tr("Take i&n a list…"))

    def _open(self, dialog: ExportComplaintsDialog | IntakeDialog) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.open()

    def open_export(self) -> ExportComplaintsDialog:
        dialog = ExportComplaintsDialog(self.session, self)
        self._open(dialog)
        return dialog

    def open_intake(self) -> IntakeDialog:
        dialog = IntakeDialog(self.session, self)
        self._open(dialog)
        return dialog
