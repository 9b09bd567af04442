"""Take in a list…: complaints forwarded as a list by the 1912 centre, or written down at a
consumer hearing, logged one docket per row (see `services.intake`).

The clerk chooses where the list came from and the file; the list is checked at once and
the preview says how many rows will be logged, which rows will be follow-up calls on a
caller's open complaint (and on which docket), and how many are on record already — or,
for a bad list, every problem by row, and nothing can be logged until the file is put right.
Logging shows a progress dialog; stopping it keeps what was logged, and taking in the same
file again logs only the rest.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.enums import Channel
from fusecentre_app.gui.labels import channel_text
from fusecentre_app.gui.messages import shown
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.sheet_files import ask_open_sheet
from fusecentre_app.services import intake


class IntakeDialog(QDialog):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: intake.IntakePlan | None = None
        self.path: Path | None = None
        self.outcome: intake.IntakeResult | None = None
        self.progress: QProgressDialog | None = None
        self.setWindowTitle(self.tr("Take in a list of complaints"))
        self.channel = QComboBox()
        self.channel.setObjectName("intakeChannel")
        for channel in intake.CHANNELS:
            self.channel.addItem(channel_text(channel), channel.value)
        self.file_label = QLabel(self.tr("No file chosen"))
        self.file_label.setObjectName("intakeFile")
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.setObjectName("intakeChoose")
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("intakePreview")
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            self.tr(
                "Columns: received_at, ref_1912 (for 1912 lists), caller_mobile, caller_name, "
                "consumer_no, locality, address, landmark, feeder, type, description."
            )
        )
        self.log_button = QPushButton(self.tr("&Log complaints"))
        self.log_button.setObjectName("intakeLog")
        self.log_button.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.log_button, QDialogButtonBox.ButtonRole.ActionRole)

        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("&From"), self.channel)
        form.addRow(self.tr("File"), file_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.preview, 1)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self._connect_signals(buttons)

    def _connect_signals(self, buttons: QDialogButtonBox) -> None:
        self.choose_button.clicked.connect(self.choose)
        self.channel.currentIndexChanged.connect(lambda _i: self.check())
        self.log_button.clicked.connect(self.log)
        buttons.rejected.connect(self.reject)

    def selected_channel(self) -> Channel:
        return Channel(self.channel.currentData())

    def choose(self) -> None:
        path = ask_open_sheet(self, self.tr("Take in a list of complaints"))
        if path is None:
            return
        self.path = path
        self.file_label.setText(path.name)
        self.check()

    def check(self) -> intake.IntakePlan | None:
        """The dry run: the list read and checked, nothing logged."""
        self.plan = None
        self.log_button.setEnabled(False)
        if self.path is None:
            return None
        path, channel = self.path, self.selected_channel()
        op = DeskOp(
            self.session,
            self,
            lambda: intake.check_intake(
                self.session.db,
                path,
                centre_id=self.session.centre.id,
                channel=channel,
                by=self.session.user.id,
            ),
            changes=Changed.NOTHING,
        )
        self.plan = op.on_refused(lambda text: self._refused(op, text)).run()
        if self.plan is None:
            return None
        rows, new, already = len(self.plan.rows), self.plan.new, self.plan.already
        if rows:
            text = self.tr("%1: %2 complaint(s) to log, %3 already logged.")
        else:
            text = self.tr("%1: nothing new; all %3 rows were logged already.")
        lines = [text.replace("%1", path.name).replace("%2", str(new)).replace("%3", str(already))]
        follow_ups = self.plan.follow_ups
        if follow_ups:
            lines.append(
                self.tr(
                    "%1 row(s) will be recorded as follow-up calls on open complaints:"
                ).replace("%1", str(len(follow_ups)))
            )
            lines.extend(self._follow_up_line(row) for row in follow_ups)
            button = self.tr("&Log %1 complaint(s) and %2 follow-up call(s)").replace(
                "%2", str(len(follow_ups))
            )
        else:
            button = self.tr("&Log %1 complaint(s)")
        self.preview.setPlainText("\n".join(lines))
        self.log_button.setText(button.replace("%1", str(new)))
        self.log_button.setEnabled(rows > 0)
        return self.plan

    def _follow_up_line(self, row: intake.IntakeRow) -> str:
        if row.follows:
            text = self.tr("row %1: on %2").replace("%2", row.follows)
        else:
            text = self.tr("row %1: on the new complaint of row %2").replace(
                "%2", str(row.follows_row)
            )
        return text.replace("%1", str(row.number))

    def _refused(self, op: DeskOp, text: str) -> None:  # type: ignore[type-arg]
        name = self.path.name if self.path else ""
        if isinstance(op.error, intake.IntakeRefused):
            problems = op.error.problems
            head = (
                self.tr(
                    "%1 cannot be taken in: %2 problem(s). Nothing was logged; put the file "
                    "right and choose it again."
                )
                .replace("%1", name)
                .replace("%2", str(len(problems)))
            )
            text = "\n".join([head, "", *(shown(p.as_message()) for p in problems)])
        self.preview.setPlainText(text)

    def log(self) -> intake.IntakeResult | None:
        plan = self.plan
        if plan is None:
            return None
        self.log_button.setEnabled(False)
        progress = QProgressDialog(
            self.tr("Logging %1…").replace("%1", plan.path.name),
            self.tr("Stop"),
            0,
            len(plan.rows),
            self,
        )
        progress.setObjectName("intakeProgress")
        progress.setWindowTitle(self.tr("Take in a list of complaints"))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        progress.setValue(0)
        self.progress = progress

        def step(done: int, _total: int) -> bool:
            progress.setValue(done)
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        result = (
            DeskOp(
                self.session,
                self,
                lambda: intake.run_intake(
                    self.session.db, plan, by=self.session.user.id, progress=step
                ),
                changes=Changed.COMPLAINT,
            )
            .on_refused(self.preview.setPlainText)
            .run()
        )
        progress.reset()
        progress.deleteLater()
        self.progress = None
        self.plan = None
        if result is None:
            return None
        self.outcome = result
        if result.logged:
            text = self.tr("Logged %1 complaint(s), dockets %2 to %3; %4 already logged.")
            text = (
                text.replace("%1", str(result.logged))
                .replace("%2", result.dockets[0])
                .replace("%3", result.dockets[-1])
            )
        elif result.follow_ups:
            text = self.tr("No new complaint was logged; %4 already logged.")
        else:
            text = self.tr("Nothing was logged; %4 already logged.")
        text = text.replace("%4", str(result.already))
        if result.follow_ups:
            text += " " + (
                self.tr("Recorded %1 call(s) as follow-ups on %2.")
                .replace("%1", str(len(result.follow_ups)))
                .replace("%2", ", ".join(dict.fromkeys(result.follow_ups)))
            )
        if result.stopped:
            text += " " + self.tr(
                "Stopped before the end: take in the same file again to log the rest."
            )
        self.preview.setPlainText(text)
        return result
