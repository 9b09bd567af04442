"""Registers → Claims: the EE's register of consumers' compensation claims, each with the
day its decision is due (30 days) and what the desk computed its complaint owes; those
undecided past their 30 days marked overdue. A claim received is recorded (by hand or
post), and the chosen one decided once: an amount recovered from the officers named (in
equal shares), or refused with a reason. The rules are `services.claims`'."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.domain.claims import Decision, ReceivedBy
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.gui.register_window import RegisterWindow, day_edit, day_of, whole_number
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.claims import (
    ClaimDraft,
    ClaimLine,
    add_claim,
    claims_register,
    decide_claim,
)
from fusecentre_app.services.officers import directory_entries


class ClaimsWindow(RegisterWindow):
    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.setObjectName("claimsWindow")
        self.setWindowTitle(self.tr("Compensation claims"))
        self.month.setVisible(False)  # the register is the whole of it, oldest first

        self.adding = QGroupBox(self.tr("Record a claim received"))
        self.received_on = day_edit("receivedOn")
        self.received_by = QComboBox()
        self.received_by.setObjectName("receivedBy")
        self.received_by.addItem(self.tr("by hand"), ReceivedBy.HAND.value)
        self.received_by.addItem(self.tr("by post"), ReceivedBy.POST.value)
        self.consumer_name = QLineEdit()
        self.consumer_name.setObjectName("consumerName")
        self.consumer_number = QLineEdit()
        self.consumer_number.setObjectName("consumerNumber")
        self.mobile = QLineEdit()
        self.mobile.setObjectName("mobile")
        self.docket = QLineEdit()
        self.docket.setObjectName("docket")
        self.docket.setPlaceholderText(self.tr("the complaint's docket, if the consumer gives it"))
        self.claimed = QLineEdit()
        self.claimed.setObjectName("claimed")
        self.claimed.setPlaceholderText(self.tr("rupees; blank if none is named"))
        self.add_button = QPushButton(self.tr("Record the &claim"))
        self.add_button.setObjectName("addButton")
        add_form = QFormLayout(self.adding)
        add_form.addRow(self.tr("Recei&ved on"), self.received_on)
        add_form.addRow(self.tr("Received b&y"), self.received_by)
        add_form.addRow(self.tr("Consumer's &name"), self.consumer_name)
        add_form.addRow(self.tr("Consumer n&umber"), self.consumer_number)
        add_form.addRow(self.tr("&Mobile"), self.mobile)
        add_form.addRow(self.tr("Doc&ket"), self.docket)
        add_form.addRow(self.tr("Amount claimed"), self.claimed)
        add_form.addRow("", self.add_button)

        self.deciding = QGroupBox(self.tr("Decide the claim chosen in the list"))
        self.chosen = QLabel(self.tr("Choose an undecided claim in the list."))
        self.chosen.setWordWrap(True)
        self.award = QRadioButton(self.tr("&Award"))
        self.award.setObjectName("award")
        self.award.setChecked(True)
        self.refuse_it = QRadioButton(self.tr("Re&fuse"))
        self.refuse_it.setObjectName("refuseIt")
        how = QHBoxLayout()
        how.addWidget(self.award)
        how.addWidget(self.refuse_it)
        how.addStretch(1)
        self.amount = QLineEdit()
        self.amount.setObjectName("amount")
        self.amount.setPlaceholderText(self.tr("rupees awarded"))
        self.refusal = QLineEdit()
        self.refusal.setObjectName("refusal")
        self.refusal.setPlaceholderText(self.tr("why it is refused"))
        self.officers = QListWidget()
        self.officers.setObjectName("officers")
        for officer in directory_entries(session.db):
            if officer.active:
                item = QListWidgetItem(
                    f"{officer.name_en} / {officer.name_hi} · {officer.employee_id}"
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, officer.employee_id)
                self.officers.addItem(item)
        self.officers.setMaximumHeight(5 * self.fontMetrics().lineSpacing() + 12)
        self.decided_on = day_edit("decidedOn")
        self.decide_button = QPushButton(self.tr("Record the &decision"))
        self.decide_button.setObjectName("decideButton")
        decide_form = QFormLayout(self.deciding)
        decide_form.addRow(self.chosen)
        decide_form.addRow("", how)
        decide_form.addRow(self.tr("Amoun&t"), self.amount)
        decide_form.addRow(self.tr("Reason for &refusal"), self.refusal)
        decide_form.addRow(self.tr("Recovered fr&om"), self.officers)
        decide_form.addRow(self.tr("Dec&ided on"), self.decided_on)
        decide_form.addRow("", self.decide_button)

        self.adding.setVisible(session.may(UseCase.RECORD_CLAIM))
        self.deciding.setVisible(session.may(UseCase.DECIDE_CLAIM))
        self.deciding.setEnabled(False)

        lower = QHBoxLayout()
        lower.addWidget(self.adding, 1)
        lower.addWidget(self.deciding, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(lower)
        layout.addWidget(self.outcome)
        self._connect_signals()
        self._how()
        self.refresh()

    def _connect_signals(self) -> None:
        self._connect_session()
        self.add_button.clicked.connect(self.add)
        self.decide_button.clicked.connect(self.decide)
        self.award.toggled.connect(self._how)
        self.table.itemSelectionChanged.connect(self._chosen)

    def _how(self, *_args: object) -> None:
        awarding = self.award.isChecked()
        self.amount.setEnabled(awarding)
        self.officers.setEnabled(awarding)
        self.refusal.setEnabled(not awarding)

    # -- the register -----------------------------------------------------------------------

    def _state(self, line: ClaimLine) -> str:
        due = line.due_on.strftime("%d-%m-%Y")
        if line.decision is None:
            if line.overdue:
                return self.tr("OVERDUE: due %1").replace("%1", due)
            return self.tr("due %1").replace("%1", due)
        day = line.decided_on.strftime("%d-%m-%Y") if line.decided_on else ""
        late = " " + self.tr("(late)") if line.late else ""
        if line.decision == Decision.REFUSED:
            return (
                self.tr("refused %1%2: %3")
                .replace("%1", day)
                .replace("%2", late)
                .replace("%3", line.refusal_reason or "")
            )
        return (
            self.tr("Rs %1 awarded %2%3")
            .replace("%1", f"{line.amount_awarded or 0:,}")
            .replace("%2", day)
            .replace("%3", late)
        )

    def refresh(self) -> None:
        lines = claims_register(self.session.db)
        chosen: ClaimLine | None = self.selected()
        overdue = sum(1 for line in lines if line.overdue)
        undecided = sum(1 for line in lines if not line.decided)
        self.heading.setText(
            self.tr("%1 claim(s) in the register; %2 undecided, %3 of them overdue (30 days)")
            .replace("%1", str(len(lines)))
            .replace("%2", str(undecided))
            .replace("%3", str(overdue))
        )
        by = {ReceivedBy.HAND: self.tr("hand"), ReceivedBy.POST: self.tr("post")}
        money = self.tr("Rs %1")

        def rupees(value: int | None) -> str:
            return "" if value is None else money.replace("%1", f"{value:,}")

        self.fill(
            [
                self.tr("No."),
                self.tr("Received"),
                self.tr("By"),
                self.tr("Consumer"),
                self.tr("Docket"),
                self.tr("Claimed"),
                self.tr("Desk's liability"),
                self.tr("Decision"),
                self.tr("Recovered from"),
            ],
            [
                [
                    str(line.id),
                    line.received_on.strftime("%d-%m-%Y"),
                    by[line.received_by],
                    " · ".join(p for p in (line.consumer_name, line.consumer_number) if p),
                    line.docket or "",
                    rupees(line.amount_claimed),
                    rupees(line.desk_liability),
                    self._state(line),
                    ", ".join(f"{s.employee_id} {rupees(s.amount)}" for s in line.recovered_from),
                ]
                for line in lines
            ],
            lines,
        )
        for row, line in enumerate(lines):
            if line.overdue:
                self.mark_row(row)
        if chosen is not None:
            self.select_record(lambda line: line.id == chosen.id)

    def _chosen(self) -> None:
        line: ClaimLine | None = self.selected()
        undecided = line is not None and not line.decided
        self.deciding.setEnabled(undecided)
        if line is None:
            self.chosen.setText(self.tr("Choose an undecided claim in the list."))
        elif line.decided:
            self.chosen.setText(
                self.tr("Claim %1 is decided: %2")
                .replace("%1", str(line.id))
                .replace("%2", self._state(line))
            )
        else:
            self.chosen.setText(
                self.tr("Claim %1 of %2, received %3; decide by %4")
                .replace("%1", str(line.id))
                .replace("%2", line.consumer_name)
                .replace("%3", line.received_on.strftime("%d-%m-%Y"))
                .replace("%4", line.due_on.strftime("%d-%m-%Y"))
            )

    # -- changes ----------------------------------------------------------------------------

    def _rupees(self, field: QLineEdit, blank_ok: bool) -> int | bool | None:
        """Rupees typed (None: blank and allowed); False after saying why not."""
        text = field.text().strip().removeprefix("Rs").strip()
        if not text and blank_ok:
            return None
        number = whole_number(text)
        if number is None:
            self.refuse(self.tr("Give the amount in whole rupees."))
            return False
        return number

    def add(self) -> None:
        claimed = self._rupees(self.claimed, blank_ok=True)
        if claimed is False:
            return
        draft = ClaimDraft(
            received_on=day_of(self.received_on),
            received_by=self.received_by.currentData(),
            consumer_name=self.consumer_name.text(),
            consumer_number=self.consumer_number.text(),
            mobile=self.mobile.text().strip() or None,
            docket=self.docket.text().strip() or None,
            amount_claimed=claimed if isinstance(claimed, int) else None,
        )
        if self.act(
            lambda: add_claim(self.session.db, draft, by=self.session.user.id),
            lambda number: self.tr(
                "Recorded as claim %1; its decision is due within 30 days."
            ).replace("%1", str(number)),
        ):
            for field in (
                self.consumer_name,
                self.consumer_number,
                self.mobile,
                self.docket,
                self.claimed,
            ):
                field.clear()

    def recover_from(self) -> list[tuple[str, int | None]]:
        """The officers ticked, each to bear an equal share."""
        return [
            (str(item.data(Qt.ItemDataRole.UserRole)), None)
            for item in (self.officers.item(i) for i in range(self.officers.count()))
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def decide(self) -> None:
        line: ClaimLine | None = self.selected()
        if line is None or line.decided:
            self.refuse(self.tr("Choose an undecided claim in the list."))
            return
        day = day_of(self.decided_on)
        if self.award.isChecked():
            amount = self._rupees(self.amount, blank_ok=False)
            if amount is False or amount is None:
                return
            shares = self.recover_from()
            op = lambda: decide_claim(  # noqa: E731
                self.session.db,
                line.id,
                by=self.session.user.id,
                amount=int(amount),
                recover_from=shares,
                decided_on=day,
            )
        else:
            refusal = self.refusal.text()
            op = lambda: decide_claim(  # noqa: E731
                self.session.db, line.id, by=self.session.user.id, refusal=refusal, decided_on=day
            )
        if self.act(
            op,
            lambda decided: (
                self.tr("Claim %1: %2.")
                .replace("%1", str(decided.id))
                .replace("%2", self._state(decided))
            ),
        ):
            self.amount.clear()
            self.refusal.clear()
            for i in range(self.officers.count()):  # the next claim's officers are its own
                if (item := self.officers.item(i)) is not None:
                    item.setCheckState(Qt.CheckState.Unchecked)
        else:
            # Decided at another desk meanwhile, say: the list shows the register as it
            # is now; what was typed stays.
            self.refresh()
