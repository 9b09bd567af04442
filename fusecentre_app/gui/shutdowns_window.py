"""Registers → Planned shutdowns: the month's shutdowns of the centre's feeders (the
division's for a division-wide account) with the days on which each breaks BERC Reg. 13(2)
(more than 10 hours in a day, or after 18:00) marked, and a new one registered by the JE,
SDO or the office: feeder, from, to, the work, and how the consumers were told; the one
chosen in the list corrected with a reason (its interruption moves with it). Each is an
interruption in the register; calls from the feeder within it are marked in the queue.
The rules are `services.shutdowns`'."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
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
from fusecentre_app.domain.shutdowns import ShutdownFlag
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.gui.register_window import (
    RegisterWindow,
    local_moment,
    moment_edit,
    show_moment,
)
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.shutdowns import (
    ShutdownDraft,
    ShutdownInfo,
    correct_shutdown,
    list_shutdowns,
    register_shutdown,
)


class ShutdownsWindow(RegisterWindow):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("shutdownsWindow")
        self.setWindowTitle(self.tr("Planned shutdowns"))

        self.adding = QGroupBox(self.tr("Register a planned shutdown"))
        self.feeder = self.feeder_choice()
        self.start = moment_edit("start")
        self.end = moment_edit("end")
        show_moment(self.end, local_moment(self.start) + timedelta(hours=2))
        self.reason = QLineEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("the work, for example: DT plinth repair"))
        self.notice = QComboBox()
        self.notice.setObjectName("notice")
        self.notice.setEditable(True)
        for how in (
            self.tr("SMS to consumers"),
            self.tr("newspaper"),
            self.tr("loudspeaker"),
            self.tr("notice at the PSS"),
        ):
            self.notice.addItem(how)
        self.notice.setCurrentText("")
        self.add_button = QPushButton(self.tr("&Register the shutdown"))
        self.add_button.setObjectName("addButton")
        form = QFormLayout(self.adding)
        form.addRow(self.tr("&Feeder"), self.feeder)
        form.addRow(self.tr("Fr&om"), self.start)
        form.addRow(self.tr("&To"), self.end)
        form.addRow(self.tr("&Work (reason)"), self.reason)
        form.addRow(self.tr("&Notice given by"), self.notice)
        form.addRow("", self.add_button)
        self.rule = QLabel(
            self.tr(
                "BERC Reg. 13(2): a planned shutdown is to be no more than 10 hours in a day "
                "and to end by 18:00. Those that do not are marked in the list."
            )
        )
        self.rule.setWordWrap(True)

        self.correcting = QGroupBox(self.tr("Correct the shutdown chosen in the list"))
        self.chosen = QLabel(self.tr("Choose a shutdown in the list."))
        self.chosen.setWordWrap(True)
        self.fix_start = moment_edit("fixStart")
        self.fix_end = moment_edit("fixEnd")
        self.fix_reason = QLineEdit()
        self.fix_reason.setObjectName("fixReason")
        self.fix_notice = QLineEdit()
        self.fix_notice.setObjectName("fixNotice")
        self.why = QLineEdit()
        self.why.setObjectName("why")
        self.why.setPlaceholderText(self.tr("why (for example: the work took longer)"))
        self.correct_button = QPushButton(self.tr("&Save the correction"))
        self.correct_button.setObjectName("correctButton")
        fix = QFormLayout(self.correcting)
        fix.addRow(self.chosen)
        fix.addRow(self.tr("Fro&m"), self.fix_start)
        fix.addRow(self.tr("Supply &back at"), self.fix_end)
        fix.addRow(self.tr("Wor&k"), self.fix_reason)
        fix.addRow(self.tr("Not&ice"), self.fix_notice)
        fix.addRow(self.tr("Reason for the &correction"), self.why)
        fix.addRow("", self.correct_button)
        may_plan = session.may(UseCase.PLAN_SHUTDOWN)
        self.adding.setVisible(may_plan)
        self.correcting.setVisible(may_plan)
        self.correcting.setEnabled(False)

        top = QHBoxLayout()
        self.month_row(top, self.heading)
        lower = QHBoxLayout()
        lower.addWidget(self.adding, 1)
        lower.addWidget(self.correcting, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rule)
        layout.addLayout(lower)
        layout.addWidget(self.outcome)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self._connect_session()
        self.add_button.clicked.connect(self.add)
        self.correct_button.clicked.connect(self.correct)
        self.table.itemSelectionChanged.connect(self._chosen)

    def flag_text(self, flags: tuple[ShutdownFlag, ...]) -> str:
        words = []
        for flag in flags:
            why = []
            if flag.too_long:
                why.append(self.tr("%1 h off").replace("%1", f"{flag.hours:.1f}"))
            if flag.after_six:
                why.append(self.tr("after 18:00"))
            words.append(f"{flag.day:%d-%m}: " + ", ".join(why))
        return "; ".join(words)

    def refresh(self) -> None:
        centre = None if self.centre_id is None else self.session.centre.code
        found = list_shutdowns(self.session.db, centre_code=centre, month=self.chosen_month)
        chosen: ShutdownInfo | None = self.selected()
        flagged = sum(1 for s in found if s.flagged)
        self.heading.setText(
            self.tr("%1 planned shutdown(s) in %2 on the feeders of %3; %4 against Reg. 13(2)")
            .replace("%1", str(len(found)))
            .replace("%2", self.chosen_month.strftime("%m-%Y"))
            .replace("%3", self.scope_text())
            .replace("%4", str(flagged))
        )
        self.fill(
            [
                self.tr("Feeder"),
                self.tr("From"),
                self.tr("To"),
                self.tr("Hours"),
                self.tr("Reg. 13(2)"),
                self.tr("Notice"),
                self.tr("Work"),
            ],
            [
                [
                    s.feeder_code,
                    format_local(s.start, "%d-%m %H:%M"),
                    format_local(s.end, "%d-%m %H:%M"),
                    f"{(s.end - s.start) / timedelta(hours=1):.1f}",
                    self.flag_text(s.flags) if s.flagged else self.tr("within"),
                    s.notice,
                    s.reason,
                ]
                for s in found
            ],
            found,
        )
        for row, s in enumerate(found):
            if s.flagged:
                self.mark_row(row)
        if chosen is not None:
            self.select_record(lambda s: s.id == chosen.id)

    def _chosen(self) -> None:
        info: ShutdownInfo | None = self.selected()
        self.correcting.setEnabled(info is not None)
        if info is None:
            self.chosen.setText(self.tr("Choose a shutdown in the list."))
            return
        self.chosen.setText(
            self.tr("%1 from %2")
            .replace("%1", info.feeder_code)
            .replace("%2", format_local(info.start))
        )
        show_moment(self.fix_start, info.start)
        show_moment(self.fix_end, info.end)
        self.fix_reason.setText(info.reason)
        self.fix_notice.setText(info.notice)

    def correct(self) -> None:
        info: ShutdownInfo | None = self.selected()
        if info is None:
            self.refuse(self.tr("Choose the shutdown to correct in the list."))
            return
        start, end = local_moment(self.fix_start), local_moment(self.fix_end)
        reason, notice, why = self.fix_reason.text(), self.fix_notice.text(), self.why.text()
        if self.act(
            lambda: correct_shutdown(
                self.session.db,
                info.id,
                by=self.session.user.id,
                why=why,
                start=start if start != info.start else None,
                end=end if end != info.end else None,
                reason=reason if reason != info.reason else None,
                notice=notice if notice != info.notice else None,
            ),
            lambda fixed: (
                self.tr("Corrected: %1, supply back at %2; the reason is on record.")
                .replace("%1", fixed.feeder_code)
                .replace("%2", fixed.restoration)
            ),
        ):
            self.why.clear()

    def add(self) -> None:
        draft = ShutdownDraft(
            self.feeder.currentData() or "",
            local_moment(self.start),
            local_moment(self.end),
            self.reason.text(),
            self.notice.currentText(),
        )

        def said(info) -> str:  # type: ignore[no-untyped-def]
            text = (
                self.tr("Registered: %1 off from %2, supply back at %3.")
                .replace("%1", info.feeder_code)
                .replace("%2", format_local(info.start))
                .replace("%3", info.restoration)
            )
            if info.flagged:
                text += " " + self.tr("Against Reg. 13(2): %1.").replace(
                    "%1", self.flag_text(info.flags)
                )
            return text

        if self.act(
            lambda: register_shutdown(self.session.db, draft, by=self.session.user.id), said
        ):
            self.reason.clear()
            self.notice.setCurrentText("")
