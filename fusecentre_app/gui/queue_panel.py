"""The queue by feeder: feeders grouped by PSS with their open, overdue and oldest counts on
the left; the selected feeder's complaints, filtered and in queue order, on the right.

Ctrl+F goes to the search box, which searches once typing pauses (`SEARCH_PAUSE_MS`) or
at once on Enter, not at every keystroke; the panel refreshes after every change made at this desk
(`DeskSession.changed`), every 30 seconds, and on `refresh()` (F5 in the main window). Every
read of the store happens on a worker thread and its result is shown in place, so neither a
refresh nor a search holds up the desk however long the queue.
"""

from __future__ import annotations

import logging
import time
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QObject,
    QRunnable,
    QSignalBlocker,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.enums import OPEN_STATUSES, Channel, Status
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.details_panel import DetailsPanel
from fusecentre_app.gui.incidents_bar import FaultsBar
from fusecentre_app.gui.labels import channel_text, duration_text, status_text
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.gui.queue_model import ID_ROLE, QCol, QueueModel
from fusecentre_app.gui.screen_fit import BannerArea, ColumnFitter, VerticalScroll, once_settled
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.incidents import open_incidents, probable_faults_now
from fusecentre_app.services.masterdata import form_choices
from fusecentre_app.services.queue import (
    FeederLoad,
    QueueFilter,
    QueueRow,
    feeder_loads,
    out_of_turn_counts_since,
    queue_ids,
    queue_rows,
)

log = logging.getLogger(__name__)

REFRESH_MS = 30_000
SEARCH_PAUSE_MS = 250  # a search waits for this pause in typing; each keystroke restarts it
FAIRNESS_DAYS = 3  # how far back the out-of-turn flag looks
ALL_FEEDERS = "all"
NO_FEEDER = "none"
OPEN = "open"
EVERY = "every"
RED = QColor(Qt.GlobalColor.red)  # a feeder's overdue count
PANE_SHARES = [24, 48, 28]  # feeders, queue, details: the splitter's first shares, in %
# Each column as wide as a typical entry; the wordy columns give way first (see ColumnFitter).
_QUEUE_SAMPLES = {
    QCol.SERIAL: "999",
    QCol.DOCKET: "BXR-20261130-109",
    QCol.RECEIVED: "30-11 19:36 (21 h 50 m)",
    QCol.CALLER: "Sunita Devi 94722 44331",
    QCol.VILLAGE: "Keshopur Ward no. 3",
    QCol.TYPE: "Pole leaning or broken",
    QCol.STATUS: "Resolved, callback due",
    QCol.OFFICER: "Nasim Akhtar",
    QCol.DUE: "01-12 08:18 (overdue 9 h 13 m)",
    QCol.CALLS: "Calls",
}
_QUEUE_GIVING = (QCol.CALLER, QCol.VILLAGE, QCol.TYPE, QCol.OFFICER)
_QUEUE_LEADING = (QCol.SERIAL, QCol.DOCKET, QCol.STATUS, QCol.DUE)  # what a clerk reads first


class QueuePanel(QWidget):
    complaint_selected = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        db = session.db
        self.model = QueueModel(lambda ids: queue_rows(db, ids), self)

        self.feeders = QTreeWidget()
        self.feeders.setObjectName("feederTree")
        self.feeders.setColumnCount(4)
        self.feeders.setRootIsDecorated(True)
        self.feeders.header().setStretchLastSection(False)
        # The feeder column takes the room the counts leave, but never less than a code:
        # in a narrow pane the oldest age scrolls out of sight, the feeder's code never.
        self.feeders.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.feeders.setIndentation(8)
        self.feeders.viewport().installEventFilter(self)

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.setObjectName("statusFilter")
        for key in (OPEN, EVERY, *(status.value for status in Status)):
            self.status.addItem("", key)
        self.type = QComboBox()
        self.type.setObjectName("typeFilter")
        self.type.addItem("", None)
        for t in form_choices(db, session.centre.id).types:
            self.type.addItem(f"{t.name_en} / {t.name_hi}", t.code)
        self.channel = QComboBox()
        self.channel.setObjectName("channelFilter")
        self.channel.addItem("", None)
        for channel in Channel:
            self.channel.addItem("", channel.value)
        self.overdue = QCheckBox()
        self.overdue.setObjectName("overdueOnly")
        self.dated = QCheckBox()
        self.dated.setObjectName("dateRange")
        today = local_day(utcnow())
        self.date_from = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_to = QDateEdit(QDate(today.year, today.month, today.day))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setEnabled(False)

        self.search.setMinimumWidth(160)
        for combo in (self.status, self.type, self.channel):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)

        self.table = QTableView()
        self.table.setObjectName("queueTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.columns = ColumnFitter(
            self.table, _QUEUE_SAMPLES, _QUEUE_GIVING, leading=_QUEUE_LEADING
        )
        self.summary = QLabel()
        self.summary.setObjectName("queueSummary")
        self.summary.setWordWrap(True)  # a failed read's sentence never widens the desk

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        for combo in (self.status, self.type, self.channel):
            filters.addWidget(combo, 1)
        choices = QHBoxLayout()
        choices.addWidget(self.overdue)
        choices.addWidget(self.dated)
        choices.addWidget(self.date_from)
        self.to_label = QLabel()
        choices.addWidget(self.to_label)
        choices.addWidget(self.date_to)
        choices.addStretch(1)
        choices.addWidget(self.summary)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(filters)
        right_layout.addLayout(choices)
        right_layout.addWidget(self.table, 1)
        self.details = DetailsPanel(self.session)
        self.details_area = VerticalScroll(self.details)
        self.details_area.setObjectName("detailsArea")
        # Three panes that give way to a small screen: the feeders and the details narrow or
        # fold away (drag the handle, or Desk menu), the queue keeps what is left.
        self.splitter = QSplitter()
        self.splitter.setObjectName("queueSplitter")
        self.splitter.setChildrenCollapsible(True)
        self.splitter.addWidget(self.feeders)
        self.splitter.addWidget(right)
        self.splitter.addWidget(self.details_area)
        self.splitter.setCollapsible(1, False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([share * 10 for share in PANE_SHARES])
        self.faults = FaultsBar(self.session)
        self.banners = BannerArea(self.faults)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banners)
        layout.addWidget(self.splitter, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_PAUSE_MS)
        self._selected_feeder: str | int = ALL_FEEDERS
        self._feeder_items: dict[object, QTreeWidgetItem] = {}  # by feeder key or PSS name
        self._wanted: int | None = None  # a complaint chosen elsewhere, to select when listed
        self._widened = False  # the filters were widened to find it
        self._queue_failed = False  # the last read of the list failed (its sentence is shown)
        self._stopped = False  # `stop()`: the desk is going, nothing more is read
        # One worker for the list and the feeder counts, one for the slower extras: a refresh's
        # list never waits behind the last refresh's flags.
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._extras_pool = QThreadPool(self)
        self._extras_pool.setMaxThreadCount(1)
        self._generation = 0
        self._latest = _Latest()
        self.extras_pending = 0
        self.queue_pending = 0
        self._extras_waiting = False  # a refresh's extras, read once its list is in
        self._extras_carrier = _Carrier(self)
        self._extras_carrier.ready.connect(self._extras_ready)
        self._queue_carrier = _Carrier(self)
        self._queue_carrier.ready.connect(self._queue_ready)
        self._connect_signals()
        self._retranslate_controls()
        self.refresh()
        self.timer.start()

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self.search_timer.start)  # restarted per keystroke
        self.search.returnPressed.connect(self._filters_chosen)
        self.search_timer.timeout.connect(self._filters_chosen)
        for combo in (self.status, self.type, self.channel):
            combo.currentIndexChanged.connect(self._filters_chosen)
        self.overdue.toggled.connect(self._filters_chosen)
        self.dated.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self._filters_chosen)
        self.date_to.dateChanged.connect(self._filters_chosen)
        self.feeders.currentItemChanged.connect(self._feeder_chosen)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.complaint_selected.connect(self.details.show_complaint)
        self.faults.show_feeder.connect(self.select_feeder)
        self.session.changed.connect(self._changed)
        self.timer.timeout.connect(self.refresh)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            once_settled(self, self._retranslated)
        super().changeEvent(event)

    def _retranslated(self) -> None:
        self._retranslate_controls()
        self.refresh()  # the feeder tree's and the summary's words

    def _retranslate_controls(self) -> None:
        self.feeders.setHeaderLabels(
            [self.tr("Feeder"), self.tr("Open"), self.tr("Overdue"), self.tr("Oldest")]
        )
        self.feeders.setAccessibleName(self.tr("Feeders"))
        self.search.setPlaceholderText(
            self.tr("Search docket, mobile, consumer number, name or village (Ctrl+F)")
        )
        self.search.setAccessibleName(self.tr("Search"))
        words = [self.tr("Open complaints"), self.tr("All statuses")]
        words += [status_text(status) for status in Status]
        for index, text in enumerate(words):
            self.status.setItemText(index, text)
        self.type.setItemText(0, self.tr("All types"))
        self.channel.setItemText(0, self.tr("All channels"))
        for index, channel in enumerate(Channel, start=1):
            self.channel.setItemText(index, channel_text(channel))
        for combo, name in (
            (self.status, self.tr("Status")),
            (self.type, self.tr("Type")),
            (self.channel, self.tr("Channel")),
        ):
            combo.setAccessibleName(name)
        self.overdue.setText(self.tr("&Overdue only"))
        self.dated.setText(self.tr("Received from"))
        self.to_label.setText(self.tr("to"))
        self.date_from.setAccessibleName(self.tr("Received from"))
        self.date_to.setAccessibleName(self.tr("Received to"))
        self.table.setAccessibleName(self.tr("Queue"))
        self.model.retranslate()

    # -- actions --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Changed.COMPLAINT | Changed.INCIDENT | Changed.SETTINGS):
            self.refresh()

    def show_pane(self, index: int, shown: bool) -> None:
        """Show or fold a side pane (0: feeders, 2: details). A pane folded by dragging its
        handle to the edge comes back at its first share, taken from the queue."""
        pane = self.splitter.widget(index)
        if not shown:
            pane.setVisible(False)
            return
        pane.setVisible(True)
        sizes = self.splitter.sizes()
        if sizes[index] == 0:
            total = sum(sizes)
            wanted = max(pane.minimumSizeHint().width(), total * PANE_SHARES[index] // 100)
            sizes[1] = max(0, sizes[1] - wanted)
            sizes[index] = wanted
            self.splitter.setSizes(sizes)

    def pane_shown(self, index: int) -> bool:
        return not self.splitter.widget(index).isHidden() and self.splitter.sizes()[index] > 0

    def _code_width(self) -> int:
        """A feeder's code ("F-BXR-03") at its depth in the tree, with the row's margins:
        the name after it may be cut short (it is in the tooltip), the code never."""
        tree = self.feeders
        return tree.fontMetrics().horizontalAdvance("F-BXR-03…") + 3 * tree.indentation() + 16

    def _fit_feeder_column(self) -> None:
        tree = self.feeders
        counts = sum(tree.columnWidth(col) for col in range(1, 4))
        tree.setColumnWidth(0, max(self._code_width(), tree.viewport().width() - counts))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.feeders.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_feeder_column()
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        """Re-read everything (the data changed); filter changes re-read only the ids.

        Everything is read on worker threads, so the desk never waits for the store: the
        feeder counts and the list's ids (with the rows the list shows first) on one; once
        they are in, the out-of-turn flags and the fault banners, which need a scan of the
        last days' complaints, on another (so the list is not slowed by them). Each is shown
        when it arrives, changing the feeder tree and the list in place; a newer refresh
        supersedes an older one (`wait_for_refresh` waits for it)."""
        if self._stopped:
            return
        self._latest.loads += 1
        self._read_queue(with_loads=True)
        self._generation += 1
        self._latest.extras = self._generation
        if not self._extras_waiting:
            self.extras_pending += 1
            self._extras_waiting = True

    def stop(self) -> None:
        """No more reads (sign-out, close): the timers stop, reads not begun are dropped and
        a read under way is shown nowhere. `wait_stopped` then waits for it to end."""
        self._stopped = True
        self.timer.stop()
        self.search_timer.stop()
        self._generation += 1
        self._latest.queue += 1
        self._latest.loads += 1
        self._latest.extras = self._generation
        self._pool.clear()
        self._extras_pool.clear()
        self._extras_waiting = False
        self.queue_pending = self.extras_pending = 0

    def wait_stopped(self, timeout_ms: int = 10_000) -> bool:
        """After `stop`: wait for a read under way to end (before the store is closed)."""
        done = self._pool.waitForDone(timeout_ms)
        return self._extras_pool.waitForDone(timeout_ms) and done

    def _start_extras(self) -> None:
        self._extras_waiting = False
        job = _ExtrasJob(
            self.session.db,
            self.session.centre.id,
            self._generation,
            self._latest,
            self._extras_carrier,
        )
        self._extras_pool.start(job)

    def _extras_ready(self, generation: int, result: object) -> None:
        if self._stopped:
            return
        self.extras_pending -= 1
        if generation != self._generation:
            return  # a later refresh is on its way
        if isinstance(result, Exception):
            log.error("queue flags not read", exc_info=(type(result), result, result.__traceback__))
            if not self._queue_failed:  # the list's own failure says more: it stays shown
                self.summary.setText(
                    self.tr("Flags and fault banners not read; tried again shortly.")
                )
            return
        counts, alerts, open_incidents = result  # type: ignore[misc]
        self.model.set_out_of_turn(counts)
        self.faults.show_state(alerts, open_incidents)

    def wait_for_refresh(self, timeout_ms: int = 10_000) -> bool:
        """Block until every read on the worker is done and shown, also one that a result
        started (the filters widened for `show_complaint`): for tests and screenshots."""
        deadline = time.monotonic() + timeout_ms / 1000
        while True:
            left = int((deadline - time.monotonic()) * 1000)
            done = self._pool.waitForDone(max(0, left))
            done = self._extras_pool.waitForDone(max(0, left)) and done
            QCoreApplication.sendPostedEvents(None, QEvent.Type.MetaCall)  # the queued results
            if self.extras_pending == 0 and self.queue_pending == 0:
                return True
            if not done or left <= 0:
                return False

    def current_filter(self) -> QueueFilter:
        status = self.status.currentData()
        if status == OPEN:
            statuses = frozenset(OPEN_STATUSES)
        elif status == EVERY:
            statuses = frozenset()
        else:
            statuses = frozenset({Status(status)})
        channel = self.channel.currentData()
        feeder = self._selected_feeder
        return QueueFilter(
            centre_id=self.session.centre.id,
            feeder_id=feeder if isinstance(feeder, int) else None,
            no_feeder=feeder == NO_FEEDER,
            statuses=statuses,
            type_code=self.type.currentData(),
            channel=Channel(channel) if channel else None,
            overdue_only=self.overdue.isChecked(),
            received_from=_day(self.date_from.date()) if self.dated.isChecked() else None,
            received_to=_day(self.date_to.date()) if self.dated.isChecked() else None,
            search=self.search.text(),
        )

    def _filters_chosen(self, *_args: object) -> None:
        """The clerk changed a filter or the search: their list, not a complaint chosen
        elsewhere that is still on its way in."""
        self._wanted = None
        self._refresh_queue()

    def _refresh_queue(self, *_args: object) -> None:
        """The list again for the filters as they are now (the feeder counts stay)."""
        self._read_queue(with_loads=False)

    def _read_queue(self, *, with_loads: bool) -> None:
        if self._stopped:
            return
        self.search_timer.stop()  # what is typed now is read now; no second read after it
        self._latest.queue += 1
        self.queue_pending += 1
        top = max(0, self.table.rowAt(0))
        place = _Place(self.model.index(top, 0).data(ID_ROLE), top, self._visible_rows())
        job = _QueueJob(
            self.session.db,
            self.current_filter(),
            place,
            (self._latest.queue, self._latest.loads if with_loads else None),
            self._latest,
            self._queue_carrier,
        )
        self._pool.start(job)

    def _visible_rows(self) -> int:
        height = max(1, self.table.verticalHeader().defaultSectionSize())
        return self.table.viewport().height() // height + 2

    def _queue_ready(self, _generation: int, result: object) -> None:
        if self._stopped:
            return
        self.queue_pending -= 1
        self._show_read(result)
        if self._extras_waiting and self.queue_pending == 0:
            self._start_extras()  # after the list is shown: the worker would slow it down

    def _show_read(self, result: object) -> None:
        if isinstance(result, Exception):
            log.error("queue not read", exc_info=(type(result), result, result.__traceback__))
            self._queue_failed = True
            self.summary.setText(self.tr("The queue could not be read; it is tried again shortly."))
            return
        assert isinstance(result, _QueueRead)
        if result.loads is not None and result.loads_generation == self._latest.loads:
            self._show_feeders(result.loads, result.now)
        if result.ids is None or result.generation != self._latest.queue:
            return  # superseded: a later read is on its way
        if result.filter != self.current_filter():
            return  # typed on since: the search after the pause reads again
        self._show_queue(result.ids, result.rows)

    def _show_queue(self, ids: list[int], rows: dict[int, QueueRow]) -> None:
        """The new list, changed in place: the clerk's complaint stays chosen and the row at
        the top of the view stays at the top."""
        table = self.table
        current = table.currentIndex().data(ID_ROLE)
        top = self.model.index(max(0, table.rowAt(0)), 0).data(ID_ROLE)
        # At the top of the list the clerk sees a new first row (a danger call); scrolled
        # down, the row at the top of the view stays there.
        scrolled = table.verticalScrollBar().value() > 0
        # The same complaint again, not a new choice: the details panel keeps itself up to
        # date from the changes it hears (one read, not two).
        with QSignalBlocker(table.selectionModel()):
            self.model.set_ids(ids, rows)
            row = self.model.row_of(current) if current is not None else -1
            if row < 0:
                table.selectionModel().clear()
            elif table.currentIndex().row() != row:
                table.selectRow(row)
        if scrolled and top is not None and (top_row := self.model.row_of(top)) >= 0:
            table.scrollTo(self.model.index(top_row, 0), QTableView.ScrollHint.PositionAtTop)
        self._queue_failed = False
        self.summary.setText(self.tr("%1 complaint(s)").replace("%1", str(len(ids))))
        wanted = self._wanted
        self._show_wanted()
        shown = self.details.detail
        if shown is not None and shown.id != wanted and self.model.row_of(shown.id) < 0:
            self.details.clear()  # it left the filter: nothing half-shown stays beside the list

    def _show_feeders(self, loads: list[FeederLoad], now: datetime) -> None:
        """The feeder tree with these counts, changed in place: items that stay keep their
        place, their folding and the choice; only feeders added or gone are added or taken."""
        tree = self.feeders
        with QSignalBlocker(tree):
            total_open = sum(load.open for load in loads)
            total_late = sum(load.overdue for load in loads)
            wanted: list[tuple[object, list[str], list[tuple[object, list[str], int]]]] = [
                (ALL_FEEDERS, [self.tr("All feeders"), str(total_open), str(total_late), ""], [])
            ]
            groups: dict[str, list[tuple[object, list[str], int]]] = {}
            for load in loads:
                oldest = (
                    duration_text((now - load.oldest_received_at).total_seconds())
                    if load.oldest_received_at
                    else ""
                )
                label = f"{load.code} {load.name_en} / {load.name_hi}".strip()
                line = (
                    load.feeder_id if load.feeder_id is not None else NO_FEEDER,
                    [label, str(load.open), str(load.overdue), oldest],
                    load.overdue,
                )
                if load.feeder_id is None:
                    wanted.append((line[0], line[1], []))
                    continue
                pss = load.pss_name_en
                if pss not in groups:
                    groups[pss] = []
                    heading = [self.tr("%1 PSS").replace("%1", pss), "", "", ""]
                    wanted.append((("pss", pss), heading, groups[pss]))
                groups[pss].append(line)
            self._place_feeder_items(wanted)
            selected = self._feeder_items.get(self._selected_feeder)
            if tree.currentItem() is not (selected or tree.topLevelItem(0)):
                tree.setCurrentItem(selected or tree.topLevelItem(0))
            for col in range(1, 4):
                tree.resizeColumnToContents(col)
            self._fit_feeder_column()
            tree.setMinimumWidth(self._code_width() + tree.columnWidth(1) + tree.columnWidth(2))

    def _place_feeder_items(
        self, wanted: list[tuple[object, list[str], list[tuple[object, list[str], int]]]]
    ) -> None:
        tree = self.feeders
        keys = {key for key, _texts, _children in wanted}
        keys |= {key for _k, _t, children in wanted for key, _texts, _late in children}
        for key in [key for key in self._feeder_items if key not in keys]:
            _detach(self._feeder_items.pop(key))
        for position, (key, texts, children) in enumerate(wanted):
            item = self._feeder_item(key, texts)
            if tree.topLevelItem(position) is not item:
                _detach(item)
                tree.insertTopLevelItem(position, item)
                item.setExpanded(True)
            for index, (child_key, child_texts, late) in enumerate(children):
                child = self._feeder_item(child_key, child_texts)
                child.setToolTip(0, child_texts[0])  # the pane may be too narrow for the name
                child.setData(2, Qt.ItemDataRole.ForegroundRole, RED if late else None)
                if item.child(index) is not child:
                    _detach(child)
                    item.insertChild(index, child)

    def _feeder_item(self, key: object, texts: list[str]) -> QTreeWidgetItem:
        """The tree's item for a feeder (or PSS heading), made the first time, with these
        words (an unchanged text is not set again, so nothing repaints for it)."""
        item = self._feeder_items.get(key)
        if item is None:
            item = self._feeder_items[key] = QTreeWidgetItem()
            # A PSS heading chooses nothing; a feeder (or "all", "not known") its own list.
            item.setData(0, Qt.ItemDataRole.UserRole, None if isinstance(key, tuple) else key)
        for col, text in enumerate(texts):
            item.setText(col, text)
        return item

    def _feeder_chosen(self, item: QTreeWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if key is None:  # a PSS heading: its first feeder
            return
        self._selected_feeder = key
        self._filters_chosen()

    def show_complaint(self, complaint_id: int) -> None:
        """One complaint chosen elsewhere (today's list): chosen in the list and shown in the
        details panel. When the filters hide it (closed, another feeder), they are widened
        to every complaint first, so the list and the panel agree. A search still waiting for
        a pause in typing runs first, or it would take the complaint out of the list after;
        a list still being read is chosen in when it arrives."""
        self._wanted, self._widened = complaint_id, False
        if self.search_timer.isActive():
            self._refresh_queue()
        if self.queue_pending == 0:
            self._show_wanted()
        if self.details.detail is None or self.details.detail.id != complaint_id:
            self.details.show_complaint(complaint_id)

    def _show_wanted(self) -> None:
        wanted = self._wanted
        if wanted is None:
            return
        row = self.model.row_of(wanted)
        if row >= 0:
            self._wanted = None
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, QCol.DOCKET))
        elif not self._widened:
            self._widened = True
            self._widen_filters()  # chosen in when the wider list arrives
        else:
            self._wanted = None  # in no list of this centre

    def _widen_filters(self) -> None:
        widgets = (self.search, self.status, self.type, self.channel, self.overdue, self.dated)
        blockers = [QSignalBlocker(w) for w in (*widgets, self.feeders)]
        self.search.clear()
        self.status.setCurrentIndex(self.status.findData(EVERY))
        self.type.setCurrentIndex(0)
        self.channel.setCurrentIndex(0)
        self.overdue.setChecked(False)
        self.dated.setChecked(False)
        self.date_from.setEnabled(False)
        self.date_to.setEnabled(False)
        self._selected_feeder = ALL_FEEDERS
        self.feeders.setCurrentItem(self.feeders.topLevelItem(0))
        del blockers
        self._refresh_queue()

    def select_feeder(self, feeder_id: int | None) -> None:
        key: str | int = ALL_FEEDERS if feeder_id is None else feeder_id
        for item in self._items():
            if item.data(0, Qt.ItemDataRole.UserRole) == key:
                self.feeders.setCurrentItem(item)
                return

    def _items(self) -> list[QTreeWidgetItem]:
        found: list[QTreeWidgetItem] = []
        stack = [self.feeders.topLevelItem(i) for i in range(self.feeders.topLevelItemCount())]
        while stack:
            item = stack.pop()
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._filters_chosen()

    def _row_chosen(self, current: object, _previous: object) -> None:
        self._wanted = None  # the clerk's own choice wins over one still on its way in
        complaint_id = self.table.currentIndex().data(ID_ROLE)
        shown = self.details.detail
        if complaint_id is not None and (shown is None or shown.id != complaint_id):
            self.complaint_selected.emit(int(complaint_id))


class _Carrier(QObject):
    """Lives on the UI thread; its signal brings the worker's result back to it."""

    ready = Signal(int, object)


class _Latest:
    """The newest read asked for, of the list, the feeder counts and the extras: a worker
    skips a read already superseded, and the UI thread drops its result."""

    def __init__(self) -> None:
        self.queue = 0
        self.loads = 0
        self.extras = 0


@dataclass(frozen=True)
class _Place:
    """Where the view is: the complaint at its top (and its row) and how many rows it shows,
    so the worker reads the rows the list will paint first."""

    top_id: int | None
    top_row: int
    rows: int


@dataclass(frozen=True)
class _QueueRead:
    generation: int
    loads_generation: int | None
    filter: QueueFilter
    now: datetime
    loads: list[FeederLoad] | None
    ids: list[int] | None
    rows: dict[int, QueueRow]


class _QueueJob(QRunnable):
    """Reads the list's ids for a filter, the rows it shows first and (in a refresh) the
    feeder counts, each unless a newer read has been asked for meanwhile."""

    def __init__(
        self,
        db: Database,
        flt: QueueFilter,
        place: _Place,
        generations: tuple[int, int | None],
        latest: _Latest,
        carrier: _Carrier,
    ) -> None:
        super().__init__()
        self.db, self.filter, self.place, self.latest, self.carrier = (
            db,
            flt,
            place,
            latest,
            carrier,
        )
        self.generation, self.loads_generation = generations

    def run(self) -> None:
        try:
            now = utcnow()
            loads = ids = None
            rows: dict[int, QueueRow] = {}
            want_loads = self.loads_generation is not None
            want_loads = want_loads and self.loads_generation == self.latest.loads
            # Every read in one transaction: one checkout of the connection (with its
            # liveness check), one BEGIN and one ROLLBACK instead of three of each.
            with self.db.read() as s:
                if want_loads:
                    loads = feeder_loads(self.db, self.filter.centre_id, now=now, session=s)
                if self.generation == self.latest.queue:
                    ids = queue_ids(self.db, self.filter, now=now, session=s)
                    rows = queue_rows(self.db, self._first_painted(ids), session=s)
            result: object = _QueueRead(
                self.generation, self.loads_generation, self.filter, now, loads, ids, rows
            )
        except Exception as exc:  # shown in the panel; the UI thread never sees a traceback
            result = exc
        with suppress(RuntimeError):  # the panel was closed meanwhile
            self.carrier.ready.emit(self.generation, result)

    def _first_painted(self, ids: list[int]) -> list[int]:
        """The ids of the model's pages that the view will show: from the same complaint at
        the top when it is still listed, else from the same row."""
        place = self.place
        top = place.top_row
        if place.top_id is not None:
            with suppress(ValueError):
                top = ids.index(place.top_id)
        page = QueueModel.PAGE
        first = top - top % page
        last = top + place.rows
        return ids[first : last - last % page + page]


class _ExtrasJob(QRunnable):
    def __init__(
        self, db: Database, centre_id: int, generation: int, latest: _Latest, carrier: _Carrier
    ) -> None:
        super().__init__()
        self.db, self.centre_id, self.generation = db, centre_id, generation
        self.latest, self.carrier = latest, carrier

    def run(self) -> None:
        if self.generation != self.latest.extras:  # superseded before it began: not read
            with suppress(RuntimeError):
                self.carrier.ready.emit(self.generation, None)
            return
        try:
            now = utcnow()
            since = now - timedelta(days=FAIRNESS_DAYS)
            result: object = (
                out_of_turn_counts_since(self.db, self.centre_id, since=since),
                probable_faults_now(self.db, self.centre_id, now=now),
                open_incidents(self.db, self.centre_id),
            )
        except Exception as exc:  # shown in the panel; the UI thread never sees a traceback
            result = exc
        with suppress(RuntimeError):  # the panel was closed meanwhile
            self.carrier.ready.emit(self.generation, result)


def _detach(item: QTreeWidgetItem) -> None:
    """Take an item out of its tree, wherever it is (its children go with it)."""
    parent = item.parent()
    if parent is not None:
        parent.removeChild(item)
    elif (tree := item.treeWidget()) is not None:
        tree.takeTopLevelItem(tree.indexOfTopLevelItem(item))


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())
