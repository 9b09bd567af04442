"""The queue by feeder at the desk: feeder counts, choosing a feeder, the filters and the
search box, Ctrl+F, and a complaint logged at this desk appearing at once."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.gui import queue_panel
from fusecentre_app.gui.operations import Changed
from fusecentre_app.gui.queue_model import RECORD_ROLE, QCol
from fusecentre_app.gui.queue_panel import QueuePanel
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.masterdata import form_choices

pytestmark = pytest.mark.gui


@pytest.fixture
def panel(qtbot, desk):  # type: ignore[no-untyped-def]
    f1, f2 = form_choices(desk.db, desk.centre.id).feeders[:2]
    now = utcnow()
    for minutes, mobile, type_code, feeder, name in (
        (300, "9835000001", "FUSE_OFF", f1.id, "सुनील कुमार"),
        (200, "9835000002", "LOW_VOLTAGE", f1.id, "Mohan Singh"),
        (100, "9835000003", "LINE_BREAK", f2.id, "Rita Devi"),
        (50, "9835000004", "FUSE_OFF", None, "Ram Prasad"),
    ):
        log_complaint(
            desk.db,
            ComplaintDraft(
                caller_mobile=mobile,
                caller_name=name,
                locality="Sohni Patti",
                type_code=type_code,
                feeder_id=feeder,
                received_at=now - timedelta(minutes=minutes),
            ),
            centre_id=desk.centre.id,
            user_id=desk.user.id,
        )
    widget = QueuePanel(desk)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert widget.wait_for_refresh()
    return widget, f1, f2


def dockets(panel: QueuePanel) -> list[str]:
    """The list as it stands once the reads asked for have landed (they run on a worker)."""
    assert panel.wait_for_refresh()
    model = panel.model
    return [model.index(r, QCol.DOCKET).data() for r in range(model.rowCount())]


def names(panel: QueuePanel) -> list[str]:
    assert panel.wait_for_refresh()
    model = panel.model
    return [model.index(r, 0).data(RECORD_ROLE).caller_name for r in range(model.rowCount())]


def test_queue_order_and_feeder_counts(panel) -> None:  # type: ignore[no-untyped-def]
    widget, f1, _f2 = panel
    # The danger call first, then first come, first served.
    assert names(widget) == ["Rita Devi", "सुनील कुमार", "Mohan Singh", "Ram Prasad"]
    top = widget.feeders.topLevelItem(0)
    assert (top.text(1), top.text(2)) == ("4", "1")  # 300 min > 4 h fuse SoP: one overdue
    feeder_item = next(i for i in widget._items() if i.data(0, Qt.ItemDataRole.UserRole) == f1.id)
    assert feeder_item.text(1) == "2" and feeder_item.text(0).startswith(f1.code)
    assert feeder_item.text(3).startswith("5 h")


def test_choosing_a_feeder_and_filters(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    widget, f1, _f2 = panel
    widget.select_feeder(f1.id)
    assert names(widget) == ["सुनील कुमार", "Mohan Singh"]
    widget.type.setCurrentIndex(widget.type.findData("LOW_VOLTAGE"))
    assert names(widget) == ["Mohan Singh"]
    widget.type.setCurrentIndex(0)
    widget.overdue.setChecked(True)
    assert names(widget) == ["सुनील कुमार"]
    widget.overdue.setChecked(False)
    no_feeder = next(i for i in widget._items() if i.data(0, Qt.ItemDataRole.UserRole) == "none")
    widget.feeders.setCurrentItem(no_feeder)
    assert names(widget) == ["Ram Prasad"]
    widget.select_feeder(None)
    widget.status.setCurrentIndex(widget.status.findData("closed_verified"))
    assert names(widget) == []
    widget.status.setCurrentIndex(0)
    widget.date_from.setDate(QDate(2020, 1, 1))
    widget.date_to.setDate(QDate(2020, 1, 2))
    widget.dated.setChecked(True)
    assert names(widget) == []  # nothing was received in those days
    widget.date_to.setDate(QDate(2099, 1, 1))
    assert len(names(widget)) == 4
    widget.dated.setChecked(False)
    assert len(names(widget)) == 4


def test_ctrl_f_and_search(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    widget, *_ = panel
    widget.table.setFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is widget.search
    qtbot.keyClicks(widget.search, "98350 00002")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)  # Enter searches at once
    assert names(widget) == ["Mohan Singh"]
    widget.search.clear()
    qtbot.keyClicks(widget.search, "rita")
    qtbot.waitUntil(lambda: names(widget) == ["Rita Devi"], timeout=2000)  # once typing pauses
    docket = dockets(widget)[0]
    widget.search.setText(docket)
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    assert dockets(widget) == [docket]


def test_quick_typing_runs_one_search_when_it_pauses(qtbot, panel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    widget, *_ = panel
    searched: list[str] = []
    real_ids = queue_panel.queue_ids

    def counted(db, flt, **kwargs):  # type: ignore[no-untyped-def]
        searched.append(flt.search)
        return real_ids(db, flt, **kwargs)

    monkeypatch.setattr(queue_panel, "queue_ids", counted)
    widget.search.setFocus()
    qtbot.keyClicks(widget.search, "mohan ")  # six characters, faster than the pause
    assert searched == [] and len(names(widget)) == 4  # nothing read while typing
    qtbot.waitUntil(lambda: searched != [], timeout=2000)
    assert searched == ["mohan "]
    assert names(widget) == ["Mohan Singh"]
    qtbot.wait(queue_panel.SEARCH_PAUSE_MS * 2)
    assert searched == ["mohan "]  # one search, not one a keystroke


def test_a_complaint_chosen_elsewhere_while_a_search_waits_stays_shown(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    """A complaint opened from today's list in the pause after typing in the search box: the
    search waiting to run must not then take it out of the list and blank the details."""
    widget, *_ = panel
    rita = next(
        widget.model.index(r, 0).data(RECORD_ROLE)
        for r in range(widget.model.rowCount())
        if widget.model.index(r, 0).data(RECORD_ROLE).caller_name == "Rita Devi"
    )
    widget.search.setFocus()
    qtbot.keyClicks(widget.search, "mohan")  # its search still waits for the pause
    widget.show_complaint(rita.id)
    qtbot.wait(queue_panel.SEARCH_PAUSE_MS * 2)
    assert widget.details.detail is not None and widget.details.detail.id == rita.id
    assert rita.id in [
        widget.model.index(r, 0).data(RECORD_ROLE).id for r in range(widget.model.rowCount())
    ]
    assert widget.table.currentIndex().data(RECORD_ROLE).id == rita.id


def test_a_complaint_logged_here_appears_at_once(panel, desk) -> None:  # type: ignore[no-untyped-def]
    widget, *_ = panel
    log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835000009",
            caller_name="New Caller",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    assert "New Caller" not in names(widget)
    desk.notify_changed(Changed.COMPLAINT)  # what every write at this desk announces
    assert names(widget)[-1] == "New Caller"  # once the worker's read lands
    assert widget.feeders.topLevelItem(0).text(1) == "5"


def test_details_panel_moves_a_complaint_through_its_life(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from fusecentre_app.db.models import Complaint

    widget, *_ = panel
    details = widget.details
    widget.table.selectRow(1)  # सुनील कुमार's fuse call
    assert details.detail is not None and details.detail.caller_name == "सुनील कुमार"
    assert details.assign_button.isVisibleTo(details)
    assert not details.attend_button.isVisibleTo(details)
    assert not details.cancel_button.isVisibleTo(details)  # a clerk cannot cancel
    assert details.officer.currentText().startswith("★ ")  # the feeder's own lineman first
    qtbot.mouseClick(details.assign_button, Qt.MouseButton.LeftButton)
    assert details.detail.status.value == "assigned"
    qtbot.mouseClick(details.attend_button, Qt.MouseButton.LeftButton)
    details.cause.setCurrentText("jumper repaired")
    qtbot.keyClicks(details.note, "jumper at DT replaced")
    qtbot.mouseClick(details.resolve_button, Qt.MouseButton.LeftButton)
    assert details.detail.status.value == "resolved"
    assert details.restored_button.isVisibleTo(details)
    complaint_id = details.detail.id
    qtbot.mouseClick(details.restored_button, Qt.MouseButton.LeftButton)
    # Closed: it has left the open queue, and the details panel with it (nothing half-shown).
    assert "सुनील कुमार" not in names(widget)
    assert details.detail is None and details.title.text() == "Choose a complaint in the queue."
    assert not details.assign_button.isVisibleTo(details)
    with desk.db.read() as s:
        row = s.get(Complaint, complaint_id)
        assert row.status == "closed_verified" and row.resolution_cause == "jumper repaired"
        assert s.scalar(select(Complaint.resolution_note).where(Complaint.id == row.id)) == (
            "jumper at DT replaced"
        )
    # Shown again (all statuses), its whole history is there.
    widget.status.setCurrentIndex(widget.status.findData("every"))
    assert widget.wait_for_refresh()
    widget.table.selectRow(widget.model.row_of(complaint_id))
    assert details.detail is not None and details.detail.status.value == "closed_verified"
    kinds = [line.kind for line in details.detail.history]
    assert kinds == ["logged", "assigned", "attended", "resolved", "callback", "closed"]
    assert details.history.count() == 6
    assert not details.assign_button.isVisibleTo(details)


def test_a_complaint_served_out_of_turn_is_flagged(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services import lifecycle

    widget, *_ = panel
    # Mohan Singh's call came after सुनील कुमार's on the same feeder, but is resolved first.
    widget.status.setCurrentIndex(widget.status.findData("every"))
    mohan = next(
        widget.model.index(r, 0).data(RECORD_ROLE)
        for r in range(widget.model.rowCount())
        if widget.model.index(r, 0).data(RECORD_ROLE).caller_name == "Mohan Singh"
    )
    lifecycle.resolve(desk.db, mohan.id, "fuse replaced", user_id=desk.user.id)
    desk.notify_changed(Changed.COMPLAINT)
    assert widget.wait_for_refresh()  # the flags are read off the UI thread
    row = widget.model.row_of(mohan.id)
    assert widget.model.index(row, QCol.STATUS).data().endswith("out of turn")
    tip = widget.model.index(row, QCol.STATUS).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 earlier complaint" in tip
    others = [r for r in range(widget.model.rowCount()) if r != row]
    assert not any(
        widget.model.index(r, QCol.STATUS).data().endswith("out of turn") for r in others
    )


def test_a_call_within_a_planned_shutdown_is_marked_in_the_queue(  # type: ignore[no-untyped-def]
    qtbot, panel, supervisor
) -> None:
    from fusecentre_app.gui.queue_model import PLANNED
    from fusecentre_app.services.shutdowns import ShutdownDraft, register_shutdown

    widget, f1, _f2 = panel
    now = utcnow()
    # f1's two calls came 300 and 200 minutes ago; the shutdown covers the later one only.
    register_shutdown(
        widget.session.db,
        ShutdownDraft(
            f1.code, now - timedelta(minutes=250), now + timedelta(hours=1), "jumper", "sms"
        ),
        by=supervisor.id,
    )
    widget.session.notify_changed(Changed.COMPLAINT)
    widget.refresh()
    qtbot.waitUntil(lambda: "planned shutdown" in " ".join(_statuses(widget)))
    model = widget.model
    marked = {
        model.index(r, 0).data(RECORD_ROLE).caller_name: model.index(r, QCol.STATUS)
        for r in range(model.rowCount())
    }
    shut = marked["Mohan Singh"]
    assert shut.data().endswith("· planned shutdown")
    assert shut.data(Qt.ItemDataRole.BackgroundRole).color() == PLANNED
    assert "planned shutdown" in shut.data(Qt.ItemDataRole.ToolTipRole)
    for name in ("सुनील कुमार", "Rita Devi", "Ram Prasad"):  # before it, or other feeders
        assert "planned shutdown" not in marked[name].data()
        assert marked[name].data(Qt.ItemDataRole.ToolTipRole) is None


def _statuses(panel: QueuePanel) -> list[str]:
    model = panel.model
    return [model.index(r, QCol.STATUS).data() for r in range(model.rowCount())]


def _log(desk, name: str, minutes: int = 1) -> int:  # type: ignore[no-untyped-def]
    return log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835000010",
            caller_name=name,
            locality="Sohni Patti",
            type_code="LOW_VOLTAGE",
            received_at=utcnow() - timedelta(minutes=minutes),
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    ).id


def test_a_refresh_changes_the_list_in_place_and_keeps_the_place(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    """A complaint logged elsewhere lands as one inserted row: the list is not reset, the
    clerk's complaint stays chosen, and the feeder tree keeps its items (and their folding)."""
    widget, f1, _f2 = panel
    for minutes in range(400, 460):  # enough rows for the view to scroll
        _log(desk, f"Earlier {minutes}", minutes)
    widget.refresh()
    assert len(names(widget)) == 64
    widget.table.selectRow(30)
    chosen = widget.table.currentIndex().data(RECORD_ROLE).id
    widget.table.scrollTo(widget.model.index(20, 0), widget.table.ScrollHint.PositionAtTop)
    top = widget.model.index(widget.table.rowAt(0), 0).data(RECORD_ROLE).id
    f1_item = next(i for i in widget._items() if i.data(0, Qt.ItemDataRole.UserRole) == f1.id)
    f1_item.parent().setExpanded(False)  # the clerk folded a PSS
    resets, inserted = [], []
    widget.model.modelReset.connect(lambda: resets.append(1))
    widget.model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    earliest = _log(desk, "Earliest of all", 600)  # comes first in the order
    desk.notify_changed(Changed.COMPLAINT)
    assert names(widget)[1] == "Earliest of all"  # after the danger call
    assert resets == [] and inserted == [(1, 1)]
    assert widget.table.currentIndex().data(RECORD_ROLE).id == chosen
    assert widget.model.index(widget.table.rowAt(0), 0).data(RECORD_ROLE).id == top
    assert widget.model.row_of(earliest) == 1
    same = next(i for i in widget._items() if i.data(0, Qt.ItemDataRole.UserRole) == f1.id)
    assert same is f1_item and not same.parent().isExpanded()
    assert widget.feeders.topLevelItem(0).text(1) == "65"


def test_the_ui_thread_reads_nothing_from_the_store_for_a_refresh(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    """The ids, the feeder counts and the rows painted first are all read on the worker: a
    refresh and the first paint after it run no statement on the UI thread."""
    import threading

    from sqlalchemy import event

    widget, *_ = panel
    ui_thread = threading.current_thread()
    on_ui: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        if threading.current_thread() is ui_thread:
            on_ui.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", seen)
    try:
        _log(desk, "Another caller")
        on_ui.clear()
        widget.refresh()
        assert widget.wait_for_refresh()
        widget.table.viewport().repaint()
        widget.feeders.viewport().repaint()
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", seen)
    assert on_ui == []
    assert "Another caller" in names(widget)


class _Gate(queue_panel.QRunnable):
    """Holds the panel's single worker until opened, so reads can be queued behind it."""

    def __init__(self) -> None:
        import threading

        super().__init__()
        self.open = threading.Event()

    def run(self) -> None:
        self.open.wait(5)


def test_a_newer_read_supersedes_an_older_one(qtbot, panel, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    widget, *_ = panel
    searched: list[str] = []
    real_ids = queue_panel.queue_ids

    def counted(db, flt, **kwargs):  # type: ignore[no-untyped-def]
        searched.append(flt.search)
        return real_ids(db, flt, **kwargs)

    monkeypatch.setattr(queue_panel, "queue_ids", counted)
    gate = _Gate()
    widget._pool.start(gate)
    widget.search.setText("rita")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)  # queued behind the gate
    widget.search.setText("mohan")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)  # supersedes it before it begins
    gate.open.set()
    assert names(widget) == ["Mohan Singh"]
    assert searched == ["mohan"]  # the older search was never run


def test_a_result_for_a_filter_no_longer_current_is_dropped(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    widget, *_ = panel
    gate = _Gate()
    widget._pool.start(gate)
    widget.search.setText("rita")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)
    qtbot.keyClicks(widget.search, "x")  # typed on: its own search waits for the pause
    gate.open.set()
    assert widget.wait_for_refresh()
    assert len(widget.model.ids()) == 4  # "rita" was read but is no longer what the box says
    qtbot.waitUntil(lambda: widget.queue_pending == 0 and not widget.search_timer.isActive())
    assert names(widget) == []  # "ritax": nobody


def test_a_complaint_chosen_elsewhere_while_the_list_is_read(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    """Chosen from today's list while a read is on its way, and hidden by the filters: it is
    chosen in the list once the read lands, the filters widened to find it."""
    widget, f1, _f2 = panel
    rows = [widget.model.record(row) for row in range(4)]
    rita = next(r for r in rows if r is not None and r.caller_name == "Rita Devi")
    gate = _Gate()
    widget._pool.start(gate)
    widget.select_feeder(f1.id)  # Rita's call is on f2: this list will not hold it
    widget.show_complaint(rita.id)
    assert widget.details.detail is not None and widget.details.detail.id == rita.id
    gate.open.set()
    assert widget.wait_for_refresh()
    assert widget.table.currentIndex().data(RECORD_ROLE).id == rita.id
    assert widget.details.detail is not None and widget.details.detail.id == rita.id
    assert widget.status.currentData() == "every"


def test_a_fault_banner_is_kept_and_brought_up_to_date(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    """A refresh that finds the same feeder's fault keeps its banner (no widgets built on
    the UI thread) with the new count in its words, and its button acts on the fault as
    last read."""
    from PySide6.QtWidgets import QFrame, QLabel

    widget, f1, _f2 = panel

    def burst(calls: int) -> None:
        now = utcnow()
        for i in range(calls):
            log_complaint(
                desk.db,
                ComplaintDraft(
                    caller_mobile=f"94310{i:05d}",
                    locality="Sohni Patti",
                    feeder_id=f1.id,
                    type_code="NO_SUPPLY_AREA",
                    received_at=now - timedelta(minutes=5 - i * 0.5),
                ),
                centre_id=desk.centre.id,
                user_id=desk.user.id,
            )

    burst(5)
    widget.refresh()
    assert widget.wait_for_refresh()
    bar = widget.faults
    assert [alert.count for alert in bar.alerts] == [5]
    frame = bar.findChild(QFrame, "faultBanner")
    burst(1)
    widget.refresh()
    assert widget.wait_for_refresh()
    assert [alert.count for alert in bar.alerts] == [6]
    assert bar.findChild(QFrame, "faultBanner") is frame  # kept, not built again
    assert "6 complaints" in frame.findChild(QLabel, "text").text()
    assert bar._alert_on(f1.id).count == 6  # what "Confirm as incident…" opens


def test_a_new_first_row_shows_when_the_clerk_is_at_the_top(qtbot, panel, desk) -> None:  # type: ignore[no-untyped-def]
    """A danger call logged elsewhere comes first: with the list at its top it is in view,
    not hidden above it; scrolled down, the view keeps its place (the test above)."""
    widget, _f1, _f2 = panel
    for minutes in range(400, 460):  # enough rows for the view to scroll
        _log(desk, f"Earlier {minutes}", minutes)
    widget.refresh()
    assert widget.wait_for_refresh()
    widget.table.scrollToTop()
    assert widget.table.verticalScrollBar().value() == 0
    danger = log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835077777",
            caller_name="Sparks on the pole",
            locality="Sohni Patti",
            type_code="SPARKING",
            received_at=utcnow() - timedelta(hours=47),
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    assert danger.danger
    desk.notify_changed(Changed.COMPLAINT)
    assert widget.wait_for_refresh()
    assert widget.model.row_of(danger.id) == 0
    assert widget.table.rowAt(0) == 0


def test_a_row_the_clerk_clicks_wins_over_a_complaint_still_on_its_way(qtbot, panel) -> None:  # type: ignore[no-untyped-def]
    """Chosen from today's list while a read is on its way, then the clerk clicks another row
    (or another feeder) before it lands: the clerk's choice stays."""
    widget, f1, _f2 = panel
    ids = [widget.model.record(row).id for row in range(4)]  # type: ignore[union-attr]
    for then in ("click", "feeder"):
        gate = _Gate()
        widget._pool.start(gate)
        widget.refresh()  # the 30-s poll, or another desk's change
        widget.show_complaint(ids[0])
        if then == "click":
            widget.table.selectRow(widget.model.row_of(ids[2]))
        else:
            widget.select_feeder(f1.id)
        gate.open.set()
        assert widget.wait_for_refresh()
        if then == "click":
            assert widget.table.currentIndex().data(RECORD_ROLE).id == ids[2]
            assert widget.details.detail is not None and widget.details.detail.id == ids[2]
        else:
            assert widget.current_filter().feeder_id == f1.id
            assert widget.status.currentData() != "every"  # not widened to find the other one
        widget.select_feeder(None)
        assert widget.wait_for_refresh()


def test_a_failed_read_is_logged_and_told_calmly(qtbot, panel, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    """The store fails under a refresh: the log has the traceback, the clerk one sentence
    (no SQL), and the flags' failure does not hide the list's; the next refresh recovers."""
    import logging

    widget, *_ = panel

    def boom(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise RuntimeError("(sqlite3.OperationalError) database is locked [SQL: SELECT c.id]")

    monkeypatch.setattr(queue_panel, "queue_ids", boom)
    monkeypatch.setattr(queue_panel, "out_of_turn_counts_since", boom)
    with caplog.at_level(logging.ERROR, logger="fusecentre_app.gui.queue_panel"):
        widget.refresh()
        assert widget.wait_for_refresh()
    shown = widget.summary.text()
    assert shown == "The queue could not be read; it is tried again shortly."
    assert "SQL" not in shown and "locked" not in shown
    logged = [r for r in caplog.records if r.name == "fusecentre_app.gui.queue_panel"]
    assert {r.getMessage() for r in logged} == {"queue not read", "queue flags not read"}
    assert all(r.exc_info is not None and r.exc_info[1] is not None for r in logged)
    monkeypatch.undo()
    widget.refresh()
    assert widget.wait_for_refresh()
    assert widget.summary.text() == "4 complaint(s)"
