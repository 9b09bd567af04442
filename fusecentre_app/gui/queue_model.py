"""The queue as a Qt table model that holds ids and fetches rows as the view paints them.

The ids come in queue order from `services.queue.queue_ids` (filtering and sorting happen in
SQL); rows are fetched a page at a time around the first row asked for, and kept. A new list
of ids changes the rows in place (inserted, removed) so the clerk keeps the place in the list.
`tick()` updates only the time columns, for the live SoP countdown.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.labels import countdown_text, duration_text, status_text
from fusecentre_app.services.queue import QueueRow

ID_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex
AMBER_SECONDS = 3600
RED = QColor("#b00020")
AMBER = QColor("#fff1c2")
OVERDUE = QColor("#fde2e2")
OUT_OF_TURN = QColor("#ffd8a8")
PLANNED = QColor("#dbeafe")  # a call within a planned shutdown: no fault to attend


class QCol(IntEnum):
    SERIAL = 0
    DOCKET = 1
    RECEIVED = 2
    CALLER = 3
    VILLAGE = 4
    TYPE = 5
    STATUS = 6
    OFFICER = 7
    DUE = 8
    CALLS = 9


class QueueModel(QAbstractTableModel):
    PAGE = 200
    # More separate insertions and removals than this, or a longer stretch of changed rows
    # to compare: the list is shown afresh (a new filter, not a change in the store).
    MAX_RUNS = 64
    MAX_STRETCH = 4096

    def __init__(
        self,
        fetch: Callable[[Sequence[int]], dict[int, QueueRow]],
        parent: Any = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._clock = clock
        self._ids: list[int] = []
        self._rows: dict[int, QueueRow] = {}
        self._out_of_turn: dict[int, int] = {}  # complaint id -> how many it overtook
        self._headers = self._header_texts()

    # -- contents ---------------------------------------------------------------------------

    def set_ids(self, ids: Sequence[int], rows: Mapping[int, QueueRow] | None = None) -> None:
        """Show these complaints (in this order), changing only what changed: complaints that
        left are removed and new ones inserted where they belong, so the view keeps its
        selection and its place in the list. A wholly different list (another filter, or a
        complaint moved in the order) is shown afresh instead.

        `rows` are fresh rows read with the ids (the ones the view paints first); every other
        row already fetched may be stale, so it is fetched again when it is painted."""
        new = list(ids)
        self._rows = dict(rows or {})
        if not self._update_in_place(new):
            self.beginResetModel()
            self._ids = new
            self.endResetModel()
        elif new:
            self.dataChanged.emit(self.index(0, 0), self.index(len(new) - 1, len(QCol) - 1))

    def _update_in_place(self, new: list[int]) -> bool:
        old = self._ids
        if new == old:
            return True
        # What changed lies between the rows both lists start and end with (one complaint
        # logged or closed: a row or two); only that stretch is compared row by row.
        first = _common_start(old, new)
        end_old, end_new = _common_end(old, new, first)
        was, now = old[first:end_old], new[first:end_new]
        if len(was) + len(now) > self.MAX_STRETCH:
            return False
        came, kept = set(now), set(was)
        if [i for i in was if i in came] != [i for i in now if i in kept]:
            return False  # the order of the complaints in both lists changed
        gone = _runs([first + row for row, i in enumerate(was) if i not in came])
        added = _runs([first + row for row, i in enumerate(now) if i not in kept])
        if len(gone) + len(added) > self.MAX_RUNS:
            return False
        root = QModelIndex()
        for start, last in reversed(gone):
            self.beginRemoveRows(root, start, last)
            del self._ids[start : last + 1]
            self.endRemoveRows()
        for start, last in added:  # in order, so every row above `start` is already in place
            self.beginInsertRows(root, start, last)
            self._ids[start:start] = new[start : last + 1]
            self.endInsertRows()
        return True

    def set_out_of_turn(self, flagged: dict[int, int]) -> None:
        """Complaints served out of turn (id -> how many they overtook), flagged in Status."""
        self._out_of_turn = dict(flagged)
        if self._ids:
            col = QCol.STATUS
            self.dataChanged.emit(self.index(0, col), self.index(len(self._ids) - 1, col))

    def ids(self) -> list[int]:
        return list(self._ids)

    def fetched(self) -> int:
        """How many rows have been read from the store (for tests and diagnostics)."""
        return len(self._rows)

    def row_of(self, complaint_id: int) -> int:
        try:
            return self._ids.index(complaint_id)
        except ValueError:
            return -1

    def record(self, row: int) -> QueueRow | None:
        if not 0 <= row < len(self._ids):
            return None
        complaint_id = self._ids[row]
        if complaint_id not in self._rows:
            start = row - row % self.PAGE
            self._rows.update(self._fetch(self._ids[start : start + self.PAGE]))
        return self._rows.get(complaint_id)

    def tick(self) -> None:
        """Repaint the age and countdown columns (the clock moved)."""
        if self._ids:
            last = len(self._ids) - 1
            for col in (QCol.RECEIVED, QCol.DUE):
                self.dataChanged.emit(self.index(0, col), self.index(last, col))

    # -- Qt model ---------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QCol)

    def _header_texts(self) -> dict[QCol, str]:
        return {
            QCol.SERIAL: self.tr("#"),
            QCol.DOCKET: self.tr("Docket"),
            QCol.RECEIVED: self.tr("Received (age)"),
            QCol.CALLER: self.tr("Caller / consumer"),
            QCol.VILLAGE: self.tr("Village / mohalla"),
            QCol.TYPE: self.tr("Type"),
            QCol.STATUS: self.tr("Status"),
            QCol.OFFICER: self.tr("Officer"),
            QCol.DUE: self.tr("SoP due"),
            QCol.CALLS: self.tr("Calls"),
        }

    def retranslate(self) -> None:
        """The headers again, in the language now installed."""
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(QCol) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(QCol(section)) if 0 <= section < len(QCol) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == ID_ROLE:
            return self._ids[index.row()] if index.row() < len(self._ids) else None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.BackgroundRole,
            Qt.ItemDataRole.ToolTipRole,
            RECORD_ROLE,
        ):
            return None
        row = self.record(index.row())
        if row is None:
            return None
        col = QCol(index.column())
        if role == RECORD_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        due_in = (row.sop_due_at - self._clock()).total_seconds()
        if role == Qt.ItemDataRole.BackgroundRole and col == QCol.DUE and row.status.is_open:
            if due_in < 0:
                return QBrush(OVERDUE)
            if due_in <= AMBER_SECONDS:
                return QBrush(AMBER)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == QCol.DUE and row.status.is_open and due_in < 0:
                return QBrush(RED)
            if col == QCol.TYPE and row.danger:
                return QBrush(RED)
        overtook = self._out_of_turn.get(row.id)
        if col == QCol.STATUS and overtook:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OUT_OF_TURN)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Resolved while %1 earlier complaint(s) on this feeder waited"
                ).replace("%1", str(overtook))
        if role == Qt.ItemDataRole.ToolTipRole and col == QCol.TYPE and row.danger:
            return self.tr("Danger call: served first")
        if col == QCol.STATUS and row.planned_shutdown:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(PLANNED)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr(
                    "Received within a planned shutdown of its feeder: tell the caller when "
                    "supply is back (in the details)"
                )
        return None

    def _display(self, row: QueueRow, col: QCol) -> str:
        now = self._clock()
        if col == QCol.SERIAL:
            return str(row.serial)
        if col == QCol.DOCKET:
            return row.docket
        if col == QCol.RECEIVED:
            age = duration_text((now - row.received_at).total_seconds())
            return f"{format_local(row.received_at, '%d-%m %H:%M')} ({age})"
        if col == QCol.CALLER:
            who = row.caller_name or display_phone(row.caller_mobile)
            return f"{who} · {row.consumer_no}" if row.consumer_no else who
        if col == QCol.VILLAGE:
            return row.locality
        if col == QCol.TYPE:
            return f"{row.type_name_en} / {row.type_name_hi}"
        if col == QCol.STATUS:
            text = status_text(row.status)
            if row.incident_id is not None:
                text = (
                    self.tr("%1 · incident %2")
                    .replace("%1", text)
                    .replace("%2", str(row.incident_id))
                )
            if row.planned_shutdown:
                text = self.tr("%1 · planned shutdown").replace("%1", text)
            if row.id in self._out_of_turn:
                text = self.tr("%1 · out of turn").replace("%1", text)
            return text
        if col == QCol.OFFICER:
            return row.officer_name
        if col == QCol.DUE:
            due = format_local(row.sop_due_at, "%d-%m %H:%M")
            if not row.status.is_open:
                return due
            return f"{due} ({countdown_text((row.sop_due_at - now).total_seconds())})"
        return str(row.call_count)


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    """Ascending row numbers as runs of consecutive rows (first, last)."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def _common_start(a: list[int], b: list[int]) -> int:
    """How many rows two lists start with alike (halving: list comparison runs in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        mid = (low + high + 1) // 2
        if a[low:mid] == b[low:mid]:
            low = mid
        else:
            high = mid - 1
    return low


def _common_end(a: list[int], b: list[int], start: int) -> tuple[int, int]:
    """Where the rows two lists end with alike begin, in each (not before `start`)."""
    low, high = 0, min(len(a), len(b)) - start
    while low < high:
        mid = (low + high + 1) // 2
        if a[len(a) - mid : len(a) - low] == b[len(b) - mid : len(b) - low]:
            low = mid
        else:
            high = mid - 1
    return len(a) - low, len(b) - low
