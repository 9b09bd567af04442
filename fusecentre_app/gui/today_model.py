"""Today's complaints as a Qt table model (the full SQL-backed queue comes with the queue view).

Columns have names; `SORT_ROLE` gives a comparable raw value and `RECORD_ROLE` the summary.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from fusecentre_app.domain.phone import display_phone
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.labels import channel_text, status_text
from fusecentre_app.services.complaints import ComplaintSummary

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
RECORD_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    SERIAL = 0
    DOCKET = 1
    RECEIVED = 2
    CALLER = 3
    MOBILE = 4
    VILLAGE = 5
    FEEDER = 6
    TYPE = 7
    CHANNEL = 8
    STATUS = 9
    DUE = 10
    CALLS = 11


class TodayModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ComplaintSummary] = []
        self._headers = self._header_texts()

    def set_rows(self, rows: list[ComplaintSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[ComplaintSummary]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def _header_texts(self) -> dict[Col, str]:
        return {
            Col.SERIAL: self.tr("#"),
            Col.DOCKET: self.tr("Docket"),
            Col.RECEIVED: self.tr("Received"),
            Col.CALLER: self.tr("Caller"),
            Col.MOBILE: self.tr("Mobile"),
            Col.VILLAGE: self.tr("Village / mohalla"),
            Col.FEEDER: self.tr("Feeder"),
            Col.TYPE: self.tr("Type"),
            Col.CHANNEL: self.tr("Channel"),
            Col.STATUS: self.tr("Status"),
            Col.DUE: self.tr("SoP due"),
            Col.CALLS: self.tr("Calls"),
        }

    def retranslate(self) -> None:
        """The headers again, in the language now installed."""
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers.get(Col(section)) if 0 <= section < len(Col) else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c = self._rows[index.row()]
        col = Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(c, col)
        if role == SORT_ROLE:
            return self._sort_value(c, col)
        if role == RECORD_ROLE:
            return c
        if role == Qt.ItemDataRole.ForegroundRole:
            if c.danger and c.is_open:
                return QBrush(QColor("#b00020"))
            if not c.is_open:
                return QBrush(QColor("#555555"))
        if role == Qt.ItemDataRole.ToolTipRole and col == Col.TYPE and c.danger:
            return self.tr("Danger call")
        return None

    def _display(self, c: ComplaintSummary, col: Col) -> str:
        if col == Col.SERIAL:
            return str(c.serial)
        if col == Col.DOCKET:
            return c.docket
        if col == Col.RECEIVED:
            return format_local(c.received_at, "%H:%M")
        if col == Col.CALLER:
            return c.caller_name
        if col == Col.MOBILE:
            return display_phone(c.caller_mobile)
        if col == Col.VILLAGE:
            return c.locality
        if col == Col.FEEDER:
            return c.feeder_code or ""
        if col == Col.TYPE:
            return f"{c.type_name_en} / {c.type_name_hi}"
        if col == Col.CHANNEL:
            return channel_text(c.channel)
        if col == Col.STATUS:
            return status_text(c.status)
        if col == Col.DUE:
            overdue = c.is_open and c.sop_due_at < utcnow()
            due = format_local(c.sop_due_at, "%d-%m %H:%M")
            return self.tr("%1 (overdue)").replace("%1", due) if overdue else due
        return str(c.call_count)

    def _sort_value(self, c: ComplaintSummary, col: Col) -> Any:
        if col in (Col.SERIAL, Col.CALLS):
            return c.serial if col == Col.SERIAL else c.call_count
        if col == Col.RECEIVED:
            return c.received_at.timestamp()
        if col == Col.DUE:
            return c.sop_due_at.timestamp()
        return self._display(c, col)
