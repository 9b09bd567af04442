"""One desk hearing the others (gui.live) in this process: another desk's complaint shows in
its queue, a burst of changes elsewhere is one refresh, its own change is not refreshed a
second time, and locking, unlocking, signing out and closing leave no listening thread."""

from __future__ import annotations

import json
import threading
import time
from datetime import UTC, datetime, timedelta
from unittest.mock import patch

import pytest
from PySide6.QtWidgets import QMessageBox

from fusecentre_app.db.anchors import centre_chain
from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.gui.app import DeskLauncher
from fusecentre_app.gui.live import GATHER_MS, MIN_GAP_MS
from fusecentre_app.gui.main_window import CLOCK_MS, REFRESH_MS, MainWindow
from fusecentre_app.gui.operations import Changed, Changes, DeskOp
from fusecentre_app.gui.queue_model import QCol
from fusecentre_app.services import masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gui


def _listening() -> list[str]:
    return [t.name for t in threading.enumerate() if t.name.startswith("fusecentre-")]


def _draft(mobile: str) -> ComplaintDraft:
    now = datetime.now(UTC) - timedelta(minutes=1)
    return ComplaintDraft(
        caller_mobile=mobile, locality="Lala Toli", type_code="FUSE_OFF", received_at=now
    )


def _dockets(window: MainWindow) -> set[str]:
    model = window.queue.model
    return {str(model.index(row, QCol.DOCKET).data()) for row in range(model.rowCount())}


def _heard(window: MainWindow) -> list[Changes]:
    heard: list[Changes] = []
    window.session.changed.connect(
        lambda changes: heard.append(changes) if changes.source is window.live else None
    )
    return heard


def test_another_desks_complaint_shows_and_the_desks_own_is_not_read_twice(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.live.up, timeout=5000)
    assert window.timer.interval() == window.queue.timer.interval() == CLOCK_MS
    heard = _heard(window)
    other = open_database(desk.db.url, migrate=False, check=False)  # the desk next to it
    try:
        logged = log_complaint(
            other, _draft("9835012345"), centre_id=desk.centre.id, user_id=desk.user.id
        )
        qtbot.waitUntil(lambda: logged.docket in _dockets(window), timeout=1000)
        assert [c.what for c in heard] == [Changed.COMPLAINT | Changed.INCIDENT]
    finally:
        other.dispose()

    ours = DeskOp(
        desk,
        window,
        lambda: log_complaint(
            desk.db, _draft("9835011111"), centre_id=desk.centre.id, user_id=desk.user.id
        ),
        changes=Changed.COMPLAINT,
    ).run()
    assert ours is not None
    window.queue.wait_for_refresh()  # its own refresh, read on the queue's worker
    assert ours.docket in _dockets(window)
    qtbot.wait(1200)  # two polls of data_version
    assert len(heard) == 1  # and not a second one through the listener
    window.close()
    assert _listening() == []


def _pg_window(qtbot, pg: Database) -> MainWindow:  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.app import make_application
    from fusecentre_app.gui.session import DeskSession
    from fusecentre_app.services import accounts

    make_application()
    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    clerk = accounts.create_user(
        pg, username="asha", full_name="Asha", password=PASSWORD, centre_id=centre.id
    )
    window = MainWindow(DeskSession(pg, clerk, centre))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.live.up, timeout=5000)
    return window


@pytest.mark.postgres
def test_a_burst_of_fifty_notices_is_one_refresh(qtbot, qapp, pg: Database) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.db import live

    window = _pg_window(qtbot, pg)
    centre = window.session.centre
    heard = _heard(window)
    chain = centre_chain(centre.id)
    # Fifty commits of another desk as they arrive in a busy moment: each its own NOTIFY.
    with pg.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        for n in range(1, 51):
            payload = json.dumps({"o": "another desk", chain: 1000 + n})
            conn.exec_driver_sql("SELECT pg_notify(%s, %s)", (live.CHANNEL, payload))
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=1000)
    first = window.live.last_refresh
    qtbot.wait(3 * GATHER_MS)
    assert len(heard) == 1 and window.live.refreshes == 1
    assert window.live.watcher is not None and window.live.watcher.seen[chain] == 1050
    # One more right after: heard within the second, but not sooner than MIN_GAP_MS after
    # the last refresh (a busy division does not refresh a desk ten times a second).
    with pg.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        payload = json.dumps({"o": "another desk", chain: 1051})
        conn.exec_driver_sql("SELECT pg_notify(%s, %s)", (live.CHANNEL, payload))
    sent = time.monotonic()
    qtbot.waitUntil(lambda: len(heard) == 2, timeout=1000)
    second = window.live.last_refresh
    assert second - first >= MIN_GAP_MS / 1000 - 0.002 and second - sent < 1  # ms timers
    window.shut()
    window.close()
    assert _listening() == []


@pytest.mark.postgres
def test_a_desk_cut_off_from_the_server_catches_up_when_back(qtbot, qapp, pg: Database) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy import text

    from fusecentre_app.db.live import PgListener

    window = _pg_window(qtbot, pg)
    listener = window.live.watcher
    assert isinstance(listener, PgListener)
    states: list[bool] = []
    window.live.up_changed.connect(states.append)
    other = open_database(pg.url, migrate=False)  # the desk next to it
    try:
        with other.engine.begin() as conn:  # as a server restart or a cut cable would
            conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": listener.backend_pid})
        qtbot.waitUntil(lambda: not listener.connected, timeout=2000)
        session = window.session
        logged = log_complaint(
            other, _draft("9835012345"), centre_id=session.centre.id, user_id=session.user.id
        )
        qtbot.waitUntil(lambda: logged.docket in _dockets(window), timeout=3000)
    finally:
        other.dispose()
    assert states == [False, True] and listener.caught_up == 1
    assert window.timer.interval() == CLOCK_MS
    window.shut()
    window.close()
    assert _listening() == []


def test_the_lock_stops_listening_and_the_unlock_catches_up(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    launcher = DeskLauncher(desk.db)
    launcher._open_desk(desk.user)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.live.up, timeout=5000)
    assert _listening() == ["fusecentre-SqliteWatcher"]
    lock = window.lock()
    assert _listening() == [] and not window.live.up
    qtbot.waitUntil(lambda: window.timer.interval() == REFRESH_MS, timeout=1000)  # fallback
    other = open_database(desk.db.url, migrate=False, check=False)
    try:
        logged = log_complaint(
            other, _draft("9835012345"), centre_id=desk.centre.id, user_id=desk.user.id
        )
    finally:
        other.dispose()
    lock.password.setText(PASSWORD)
    lock.try_unlock()
    qtbot.waitUntil(lambda: logged.docket in _dockets(window), timeout=1000)
    assert window.live.watcher is not None and window.live.watcher.caught_up == 1
    buttons = QMessageBox.StandardButton
    with patch.object(QMessageBox, "question", return_value=buttons.No):
        window.sign_out_action.trigger()  # sign out (no backup): the window shuts
    qtbot.waitUntil(lambda: launcher.window is None, timeout=2000)
    assert _listening() == []
    launcher._dialog.close()


def test_a_change_heard_just_before_the_lock_shows_at_the_unlock(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """Heard and still being gathered when the idle lock comes: the watcher has counted it
    as seen, so it is announced at the unlock, not lost until the next poll."""
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.queue.wait_for_refresh()
    qtbot.waitUntil(lambda: window.live.up, timeout=5000)
    other = open_database(desk.db.url, migrate=False, check=False)
    try:
        logged = log_complaint(
            other, _draft("9835012345"), centre_id=desk.centre.id, user_id=desk.user.id
        )
    finally:
        other.dispose()
    qtbot.waitUntil(lambda: window.live._gather.isActive(), timeout=2000)  # heard, gathering
    lock = window.lock()
    assert logged.docket not in _dockets(window)
    lock.password.setText(PASSWORD)
    lock.try_unlock()
    qtbot.waitUntil(lambda: logged.docket in _dockets(window), timeout=1500)
    window.close()
    assert _listening() == []


def test_shutting_the_desk_ends_the_queues_reads_before_the_store_is_closed(  # type: ignore[no-untyped-def]
    qtbot, desk, monkeypatch
) -> None:
    """Sign-out or close while the queue is being read: the read under way ends inside
    `shut()` (not on a closed store, nor in a destructor later) and one waiting never runs."""
    from fusecentre_app.gui import queue_panel

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    queue = window.queue
    assert queue.wait_for_refresh()
    real = queue_panel.queue_ids
    started: list[float] = []
    ended: list[float] = []

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        started.append(time.monotonic())
        time.sleep(0.4)
        found = real(*args, **kwargs)
        ended.append(time.monotonic())
        return found

    monkeypatch.setattr(queue_panel, "queue_ids", slow)
    queue.refresh()
    qtbot.waitUntil(lambda: bool(started), timeout=2000)  # one under way …
    queue.search.setText("Lala")
    queue._refresh_queue()  # … and one waiting behind it
    window.shut()
    assert len(ended) == 1  # the read under way has ended
    assert queue._pool.activeThreadCount() == 0 and queue._extras_pool.activeThreadCount() == 0
    qtbot.wait(600)
    assert len(started) == 1  # the waiting one was dropped
    assert queue.wait_for_refresh(timeout_ms=100)
    window.close()
