"""Registers → Interruptions: a month's feeder interruptions for the centre (the division
for a division-wide account), keyed in from the PSS log book, momentary trips included, and
corrected with a reason (a feeder-trip incident's times, a cause put right). The rules are
`services.interruptions`'; this window only gathers what they need."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.register_window import (
    RegisterWindow,
    local_moment,
    moment_edit,
    show_moment,
    whole_number,
)
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.interruptions import (
    InterruptionDraft,
    InterruptionLine,
    Source,
    correct_interruption,
    month_interruptions,
    record_interruption,
)


class InterruptionsWindow(RegisterWindow):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("interruptionsWindow")
        self.setWindowTitle(self.tr("Feeder interruptions"))

        # Keyed in from the log book.
        self.adding = QGroupBox(self.tr("Key in from the PSS log book"))
        self.feeder = self.feeder_choice()
        self.start = moment_edit("start")
        self.end = moment_edit("end")
        show_moment(self.start, local_moment(self.end) - timedelta(minutes=30))
        self.planned = QCheckBox(self.tr("P&lanned"))
        self.planned.setObjectName("planned")
        self.cause = QLineEdit()
        self.cause.setObjectName("cause")
        self.cause.setPlaceholderText(self.tr("for example: jumper snapped, tree branch"))
        self.affected = QLineEdit()
        self.affected.setObjectName("affected")
        self.affected.setPlaceholderText(self.tr("blank: every consumer of the feeder"))
        self.add_button = QPushButton(self.tr("&Add the interruption"))
        self.add_button.setObjectName("addButton")
        add_form = QFormLayout(self.adding)
        add_form.addRow(self.tr("&Feeder"), self.feeder)
        add_form.addRow(self.tr("Fr&om"), self.start)
        add_form.addRow(self.tr("&To"), self.end)
        add_form.addRow("", self.planned)
        add_form.addRow(self.tr("Ca&use"), self.cause)
        add_form.addRow(self.tr("Consumers affe&cted"), self.affected)
        add_form.addRow("", self.add_button)

        # A correction of the one chosen in the list.
        self.correcting = QGroupBox(self.tr("Correct the interruption chosen in the list"))
        self.chosen = QLabel(self.tr("Choose an interruption in the list."))
        self.chosen.setWordWrap(True)
        self.fix_start = moment_edit("fixStart")
        self.fix_end = moment_edit("fixEnd")
        self.fix_planned = QCheckBox(self.tr("Pla&nned"))
        self.fix_planned.setObjectName("fixPlanned")
        self.fix_cause = QLineEdit()
        self.fix_cause.setObjectName("fixCause")
        self.fix_affected = QLineEdit()
        self.fix_affected.setObjectName("fixAffected")
        self.fix_affected.setPlaceholderText(self.tr("blank: every consumer of the feeder"))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("why (for example: the PSS log book says 14:05)"))
        self.correct_button = QPushButton(self.tr("&Save the correction"))
        self.correct_button.setObjectName("correctButton")
        fix_form = QFormLayout(self.correcting)
        fix_form.addRow(self.chosen)
        fix_form.addRow(self.tr("Fro&m"), self.fix_start)
        fix_form.addRow(self.tr("Supply &back at"), self.fix_end)
        fix_form.addRow("", self.fix_planned)
        fix_form.addRow(self.tr("Caus&e"), self.fix_cause)
        fix_form.addRow(self.tr("Consumers affecte&d"), self.fix_affected)
        fix_form.addRow(self.tr("&Reason for the correction"), self.reason)
        fix_form.addRow("", self.correct_button)

        # What the person may not do is not offered (the service would refuse it).
        self.adding.setVisible(session.may(UseCase.RECORD_INTERRUPTION))
        self.correcting.setVisible(session.may(UseCase.CORRECT_INTERRUPTION))
        self.correcting.setEnabled(False)

        top = QHBoxLayout()
        self.month_row(top, self.heading)
        forms = QHBoxLayout()
        forms.addWidget(self.adding, 1)
        forms.addWidget(self.correcting, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(forms)
        layout.addWidget(self.outcome)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self._connect_session()
        self.add_button.clicked.connect(self.add)
        self.correct_button.clicked.connect(self.correct)
        self.table.itemSelectionChanged.connect(self._chosen)

    # -- the list ---------------------------------------------------------------------------

    def _source_text(self, source: Source) -> str:
        return {
            Source.INCIDENT: self.tr("feeder-trip incident"),
            Source.LOG_BOOK: self.tr("PSS log book"),
            Source.IMPORT: self.tr("imported"),
            Source.SHUTDOWN: self.tr("planned shutdown"),
        }[source]

    def refresh(self) -> None:
        lines = month_interruptions(self.session.db, self.chosen_month, centre_id=self.centre_id)
        chosen = self.selected()
        self.heading.setText(
            self.tr("%1 interruption(s) in %2 on the feeders of %3")
            .replace("%1", str(len(lines)))
            .replace("%2", self.chosen_month.strftime("%m-%Y"))
            .replace("%3", self.scope_text())
        )
        yes, no, every = self.tr("yes"), self.tr("no"), self.tr("every consumer")
        self.fill(
            [
                self.tr("Feeder"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Minutes"),
                self.tr("Planned"),
                self.tr("Consumers affected"),
                self.tr("Source"),
                self.tr("Cause"),
            ],
            [
                [
                    line.feeder_code,
                    format_local(line.start, "%d-%m %H:%M"),
                    format_local(line.end, "%d-%m %H:%M"),
                    f"{line.minutes:g}",
                    yes if line.planned else no,
                    every if line.consumers_affected is None else str(line.consumers_affected),
                    self._source_text(line.source),
                    line.cause,
                ]
                for line in lines
            ],
            lines,
        )
        if chosen is not None:
            self.select_record(lambda line: line.id == chosen.id)

    def _chosen(self) -> None:
        line: InterruptionLine | None = self.selected()
        # A planned shutdown's interruption moves with the shutdown: it is corrected there.
        shutdown = line is not None and line.source == Source.SHUTDOWN
        self.correcting.setEnabled(line is not None and not shutdown)
        if line is None:
            self.chosen.setText(self.tr("Choose an interruption in the list."))
            return
        if shutdown:
            self.chosen.setText(
                self.tr(
                    "This is a planned shutdown's interruption: correct the shutdown in "
                    "Registers → Planned shutdowns, and it follows."
                )
            )
            return
        self.chosen.setText(
            self.tr("%1 from %2 (%3)")
            .replace("%1", line.feeder_code)
            .replace("%2", format_local(line.start))
            .replace("%3", self._source_text(line.source))
        )
        show_moment(self.fix_start, line.start)
        show_moment(self.fix_end, line.end)
        self.fix_planned.setChecked(line.planned)
        self.fix_cause.setText(line.cause)
        self.fix_affected.setText(
            "" if line.consumers_affected is None else str(line.consumers_affected)
        )

    # -- changes ----------------------------------------------------------------------------

    def _affected(self, field: QLineEdit) -> int | bool | None:
        """The consumers affected typed (None: blank, every consumer); False: not a number."""
        text = field.text().strip()
        if not text:
            return None
        number = whole_number(text)
        return False if number is None else number

    def _not_a_count(self) -> None:
        self.refuse(
            self.tr(
                "Consumers affected must be a whole number, or blank for every consumer of "
                "the feeder."
            )
        )

    def add(self) -> None:
        if not self.cause.text().strip():
            # Every log-book entry has its cause; the form's own times are always valid, so a
            # stray click on an empty form would otherwise put an outage into the indices.
            self.refuse(self.tr("Give the cause as the PSS log book writes it."))
            self.cause.setFocus()
            return
        affected = self._affected(self.affected)
        if affected is False:
            self._not_a_count()
            return
        draft = InterruptionDraft(
            feeder_code=self.feeder.currentData() or "",
            start=local_moment(self.start),
            end=local_moment(self.end),
            planned=self.planned.isChecked(),
            cause=self.cause.text().strip(),
            consumers_affected=affected if isinstance(affected, int) else None,
        )
        if self.act(
            lambda: record_interruption(self.session.db, draft, by=self.session.user.id),
            lambda _id: (
                self.tr("Recorded: %1 from %2, %3 minutes.")
                .replace("%1", draft.feeder_code)
                .replace("%2", format_local(draft.start))
                .replace("%3", f"{(draft.end - draft.start) / timedelta(minutes=1):g}")
            ),
        ):
            self.cause.clear()
            self.affected.clear()
            self.planned.setChecked(False)

    def correct(self) -> None:
        line: InterruptionLine | None = self.selected()
        if line is None:
            self.refuse(self.tr("Choose the interruption to correct in the list."))
            return
        affected = self._affected(self.fix_affected)
        if affected is False:
            self._not_a_count()
            return
        start, end = local_moment(self.fix_start), local_moment(self.fix_end)
        reason = self.reason.text()
        # Only what the person changed from the row they chose: a field left as it was
        # does not undo another desk's correction made since the list was read.
        planned = self.fix_planned.isChecked()
        cause = self.fix_cause.text()
        counted = affected if isinstance(affected, int) else None
        if self.act(
            lambda: correct_interruption(
                self.session.db,
                line.id,
                by=self.session.user.id,
                reason=reason,
                start=start if start != line.start else None,
                end=end if end != line.end else None,
                planned=planned if planned != line.planned else None,
                cause=cause if cause.strip() != line.cause else None,
                consumers_affected=counted if counted != line.consumers_affected else "",
            ),
            lambda _none: (
                self.tr("Corrected: %1 from %2; the reason is on record.")
                .replace("%1", line.feeder_code)
                .replace("%2", format_local(start))
            ),
        ):
            self.reason.clear()
