"""What the EE's register windows have in common (Registers menu: interruptions, feeders,
planned shutdowns, claims): a list of the month or of the register, a form under it, and
one line under the form that says what was saved or, as one sentence, why the service
refused it. A refusal leaves every field as it was typed, to put right and try again.

The windows read the centre of the person signed in, or the whole division for a
division-wide account; what the person may not do is not shown (the services check again).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import Any, TypeVar

from PySide6.QtCore import QDate, QDateTime, QEvent, QSize, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day, to_local, utcnow
from fusecentre_app.gui.operations import Changed, Changes, DeskOp
from fusecentre_app.gui.screen_fit import fit_to_screen
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.feeder_facts import centre_feeders

ERROR_STYLE = "color: #b00020;"
DONE_STYLE = "color: #1b5e20;"
FLAGGED = QColor("#fde2e2")
RECORD_ROLE = Qt.ItemDataRole.UserRole + 1
_DANDA = "।"
_DEVANAGARI = re.compile("[\u0900-\u097f]")
T = TypeVar("T")


def one_sentence(errors: dict[str, str]) -> str:
    """A service's field errors as one sentence: its own sentences run on, and short
    phrases ("give the consumer's name") are named by field and joined. A Hindi sentence
    ends with a danda and a Hindi phrase is not named by the field's English key."""
    texts = [text.strip() for text in errors.values() if text.strip()]
    if all(text.endswith((".", _DANDA)) for text in texts):
        return " ".join(texts)
    joined = "; ".join(
        text.strip().rstrip("." + _DANDA)
        if text[:1].isupper() or _DEVANAGARI.search(text)
        else f"{field}: {text.strip()}".rstrip(".")
        for field, text in errors.items()
        if text.strip()
    )
    end = _DANDA if _DEVANAGARI.search(joined) else "."
    return joined[:1].upper() + joined[1:] + end


def local_moment(edit: QDateTimeEdit) -> datetime:
    """The India-time minute an edit shows, as an aware datetime."""
    value = edit.dateTime()
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=LOCAL_TZ)


def show_moment(edit: QDateTimeEdit, moment: datetime) -> None:
    local = to_local(moment)
    edit.setDateTime(
        QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
    )


def moment_edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd-MM-yyyy HH:mm")
    edit.setCalendarPopup(True)
    show_moment(edit, utcnow().replace(second=0, microsecond=0))
    return edit


def day_edit(name: str, day: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setObjectName(name)
    edit.setDisplayFormat("dd-MM-yyyy")
    edit.setCalendarPopup(True)
    day = day or local_day(utcnow())
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def day_of(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def whole_number(text: str) -> int | None:
    """A count typed in a field: digits, a leading minus, thousands commas; None if not."""
    cleaned = text.replace(",", "").strip()
    digits = cleaned.removeprefix("-")
    if not digits.isdigit():
        return None
    return int(cleaned)


class RegisterWindow(QDialog):
    """A register's window: `refresh` fills the list; `act` runs a change through the one
    write path and says the outcome under the form."""

    WANTED = QSize(1280, 720)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        # A division-wide account (the EE's) sees the division; the rest their centre.
        self.centre_id: int | None = session.user.centre_id
        self.month = QDateEdit()
        self.month.setObjectName("month")
        self.month.setDisplayFormat("MM-yyyy")
        self.month.setCalendarPopup(True)
        today = local_day(utcnow())
        self.month.setDate(QDate(today.year, today.month, 1))
        self.heading = QLabel()  # what the list holds
        self.heading.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("registerTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.outcome = QLabel()
        self.outcome.setObjectName("outcome")
        self.outcome.setWordWrap(True)
        fit_to_screen(self, self.WANTED)

    # -- reading ----------------------------------------------------------------------------

    @property
    def chosen_month(self) -> date:
        d = self.month.date()
        return date(d.year(), d.month(), 1)

    def scope_text(self) -> str:
        if self.centre_id is None:
            return self.tr("the division")
        centre = self.session.centre
        return f"{centre.name_en} / {centre.name_hi} ({centre.code})"

    def fill(self, headers: Sequence[str], rows: Sequence[Sequence[str]], records: Sequence[Any]):
        """The list: one row per record, the record kept on the row's first cell."""
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(list(headers))
        self.table.setRowCount(len(rows))
        for r, (cells, record) in enumerate(zip(rows, records, strict=True)):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c == 0:
                    item.setData(RECORD_ROLE, record)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for c in range(len(headers)):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 260))

    def mark_row(self, row: int, colour: QColor = FLAGGED) -> None:
        for c in range(self.table.columnCount()):
            item = self.table.item(row, c)
            if item is not None:
                item.setBackground(QBrush(colour))

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(RECORD_ROLE)

    def select_record(self, match: Callable[[Any], bool]) -> bool:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and match(item.data(RECORD_ROLE)):
                self.table.selectRow(r)
                return True
        return False

    def refresh(self) -> None:  # each register fills its own list
        raise NotImplementedError

    # -- changing ---------------------------------------------------------------------------

    def act(self, op: Callable[[], T], done: Callable[[T], str]) -> bool:
        """Run one change; on success say `done(result)` and read the list again, else say
        the refusal. Returns whether it was saved: the fields are the caller's to clear
        then, and only then."""
        self.outcome.clear()
        operation = (
            DeskOp(self.session, self, op, changes=Changed.REGISTERS)
            .on_success(lambda result: self._done(done(result)))
            .on_invalid(lambda errors: self.refuse(one_sentence(errors)))
            .on_refused(self.refuse)
        )
        operation.run()
        return operation.error is None

    def feeder_choice(self) -> QComboBox:
        """The centre's feeders (the division's for a division-wide account), by code."""
        choice = QComboBox()
        choice.setObjectName("feeder")
        for f in centre_feeders(self.session.db, self.centre_id):
            choice.addItem(f"{f.code} · {f.name_en} / {f.name_hi}", f.code)
        return choice

    def month_row(self, layout: QHBoxLayout, heading: QLabel) -> None:
        """The month chooser and the heading saying what the list holds."""
        label = QLabel(self.tr("Mont&h"))
        label.setBuddy(self.month)
        layout.addWidget(label)
        layout.addWidget(self.month)
        layout.addWidget(heading, 1)

    def _done(self, text: str) -> None:
        self.refresh()
        self.outcome.setStyleSheet(DONE_STYLE)
        self.outcome.setText(text)

    def refuse(self, text: str) -> None:
        self.outcome.setStyleSheet(ERROR_STYLE)
        self.outcome.setText(text)

    def _connect_session(self) -> None:
        self.session.changed.connect(self._changed)
        self.month.dateChanged.connect(lambda _d: self.refresh())

    def _changed(self, changes: Changes) -> None:
        if changes.source is not self and changes.touches(Changed.REGISTERS):
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.refresh()
