"""Hearing the other desks (db.live): SQLite's data_version and PostgreSQL's LISTEN/NOTIFY,
each with two engines on one store as two desks, a desk's own writes not reported back to
it, and the catch-up after the listener's connection was cut."""

from __future__ import annotations

import queue
import socket
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from fusecentre_app.db import live
from fusecentre_app.db.anchors import AUDIT_CHAIN, centre_chain
from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.services import accounts, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

WHEN = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)


class Heard:
    """What a watcher reported, as it reported it (on its own thread)."""

    def __init__(self) -> None:
        self.changes: queue.Queue[frozenset[str]] = queue.Queue()
        self.states: list[bool] = []
        self.up = threading.Event()

    def change(self, chains: frozenset[str]) -> None:
        self.changes.put(chains)

    def state(self, up: bool) -> None:
        self.states.append(up)
        if up:
            self.up.set()
        else:
            self.up.clear()

    def next(self, within_s: float = 1.0) -> frozenset[str]:
        return self.changes.get(timeout=within_s)

    def nothing(self, for_s: float) -> bool:
        try:
            self.changes.get(timeout=for_s)
        except queue.Empty:
            return True
        return False


def _log(db: Database, user_id: int, centre_id: int, mobile: str = "9835012345") -> int:
    return log_complaint(
        db,
        ComplaintDraft(
            caller_mobile=mobile, locality="Lala Toli", type_code="FUSE_OFF", received_at=WHEN
        ),
        centre_id=centre_id,
        user_id=user_id,
        now=WHEN,
    ).id


@pytest.fixture
def watched(request: pytest.FixtureRequest) -> Iterator[tuple[Database, Database, int, int]]:
    """Two desks on one store (two engines): (this desk, the other desk, clerk, centre)."""
    first: Database = request.getfixturevalue(request.param)
    masterdata.load_division(first)  # a fixture asked for by name here comes empty
    other = open_database(first.url, migrate=False, check=False)
    centre = masterdata.centre_by_code(first, "BXR")
    clerk = accounts.create_user(
        first, username="asha", full_name="Asha", password="long-pass-1912", centre_id=centre.id
    )
    try:
        yield first, other, clerk.id, centre.id
    finally:
        other.dispose()


def _watch(db: Database, heard: Heard) -> live.Watcher:
    with db.read() as s:
        seen = live.read_heads(s)
    watcher = live.watcher_for(db.engine, seen, heard.change, heard.state)
    assert watcher is not None
    watcher.start()
    assert heard.up.wait(5), "the watcher did not connect"
    return watcher


def _stop(watcher: live.Watcher) -> None:
    assert watcher.stop(timeout_s=2)
    assert not watcher.running
    if isinstance(watcher, live.PgListener):
        watcher.close()


@pytest.mark.parametrize(
    "watched", ["db", pytest.param("pg", marks=pytest.mark.postgres)], indirect=True
)
def test_a_desk_hears_the_other_desk_within_a_second_and_not_itself(watched) -> None:  # type: ignore[no-untyped-def]
    mine, other, clerk, centre = watched
    heard = Heard()
    watcher = _watch(mine, heard)
    try:
        started = time.perf_counter()
        _log(other, clerk, centre)
        assert centre_chain(centre) in heard.next(within_s=1.0)
        assert time.perf_counter() - started < 1.0
        _log(other, clerk, centre, "9835012222")  # the chain has a head now: the quick way
        assert centre_chain(centre) in heard.next(within_s=1.0)
        _log(mine, clerk, centre, "9835011111")  # this desk's own: it refreshed after it
        assert heard.nothing(for_s=1.2)
        accounts.create_user(  # an audit record at the other desk
            other, username="ravi", full_name="Ravi", password="long-pass-1912", centre_id=centre
        )
        assert heard.next(within_s=1.0) == {AUDIT_CHAIN}
    finally:
        _stop(watcher)
    assert heard.states[-1] is False


def test_a_stopped_watcher_catches_up_when_started_again(db: Database) -> None:
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha", password="long-pass-1912", centre_id=centre.id
    )
    other = open_database(db.url, migrate=False, check=False)
    heard = Heard()
    watcher = _watch(db, heard)
    try:
        _stop(watcher)
        _log(other, clerk.id, centre.id)  # while this desk was locked
        watcher.start()
        assert centre_chain(centre.id) in heard.next(within_s=2.0)
        assert watcher.caught_up == 1
    finally:
        _stop(watcher)
        other.dispose()


def test_sqlite_change_check_costs_microseconds(db: Database) -> None:
    """The poll that runs twice a second while nothing changes: one PRAGMA."""
    import sqlite3

    assert db.path is not None
    conn = sqlite3.connect(db.path, isolation_level=None)
    try:
        runs = 2000
        started = time.perf_counter()
        for _ in range(runs):
            conn.execute("PRAGMA data_version").fetchone()
        each_us = (time.perf_counter() - started) / runs * 1e6
    finally:
        conn.close()
    print(f"PRAGMA data_version: {each_us:.1f} µs a check")
    assert each_us < 1000  # a bound that catches a read of the store, not a timing bar


@pytest.mark.postgres
def test_postgres_listener_catches_up_after_its_connection_is_cut(pg: Database) -> None:
    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    clerk = accounts.create_user(
        pg, username="asha", full_name="Asha", password="long-pass-1912", centre_id=centre.id
    )
    other = open_database(pg.url, migrate=False)
    heard = Heard()
    watcher = _watch(pg, heard)
    assert isinstance(watcher, live.PgListener)
    try:
        pid = watcher.backend_pid
        with other.engine.begin() as conn:
            assert conn.scalar(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
        deadline = time.monotonic() + 2
        while watcher.connected:  # gone when the listener knows it is
            assert time.monotonic() < deadline, "the listener did not notice"
            time.sleep(0.005)
        # Written while the listener is away: no notice reaches it; it must catch up.
        _log(other, clerk.id, centre.id)
        assert centre_chain(centre.id) in heard.next(within_s=5.0)
        assert watcher.connections == 2 and watcher.caught_up == 1
        assert heard.states[-2:] == [False, True]
        assert watcher.backend_pid != pid
        started = time.perf_counter()  # and it hears the next one live again
        _log(other, clerk.id, centre.id, "9835011111")
        assert centre_chain(centre.id) in heard.next(within_s=1.0)
        assert time.perf_counter() - started < 1.0
    finally:
        _stop(watcher)
        other.dispose()


def test_a_listener_whose_server_is_away_tries_again_less_and_less_often() -> None:
    from sqlalchemy import create_engine

    with socket.socket() as probe:  # a port that nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    engine = create_engine(f"postgresql+psycopg://desk@127.0.0.1:{port}/fusecentre")
    heard = Heard()
    listener = live.watcher_for(engine, {}, heard.change, heard.state)
    assert isinstance(listener, live.PgListener)
    listener.start()
    time.sleep(1.4)  # tries at 0, 0.25, 0.75 s; the next at 1.75 s
    started = time.perf_counter()
    _stop(listener)
    assert time.perf_counter() - started < 0.5  # stopping does not wait for the next try
    assert listener.attempts == 3 and listener.connections == 0
    assert heard.states == [] and heard.nothing(for_s=0)
    engine.dispose()


@pytest.mark.parametrize(
    "watched", ["db", pytest.param("pg", marks=pytest.mark.postgres)], indirect=True
)
def test_another_desks_change_just_before_an_own_one_is_still_heard(watched) -> None:  # type: ignore[no-untyped-def]
    """The other desk adds an account, then this desk adds one, both before this desk looks
    (here: while its watcher is stopped): the chain's head is this desk's own, yet the other
    desk's record before it is news. Own writes alone, one after another, are not."""
    mine, other, clerk, centre = watched
    _log(mine, clerk, centre)  # the centre's chain has a head: later saves go the quick way
    heard = Heard()
    watcher = _watch(mine, heard)
    try:
        _stop(watcher)
        accounts.create_user(
            other, username="ravi", full_name="Ravi", password="long-pass-1912", centre_id=centre
        )
        accounts.create_user(
            mine, username="sita", full_name="Sita", password="long-pass-1912", centre_id=centre
        )
        _log(other, clerk, centre, "9835012222")
        _log(mine, clerk, centre, "9835011111")
        watcher.start()
        assert heard.next(within_s=2.0) == {AUDIT_CHAIN, centre_chain(centre)}
        _stop(watcher)
        for n in range(2):  # this desk's own, twice in a row: nothing to hear
            accounts.create_user(
                mine,
                username=f"own{n}",
                full_name="Own",
                password="long-pass-1912",
                centre_id=centre,
            )
            _log(mine, clerk, centre, f"983501300{n}")
        watcher.start()
        assert heard.nothing(for_s=1.2)
    finally:
        _stop(watcher)


def test_a_store_gone_missing_is_not_made_again_by_the_watcher(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The store moved away while the desk runs (a USB stick pulled): the watcher's
    connection only reads, so no empty file appears where the store was."""
    path = tmp_path / "desk.sqlite"
    db = open_database(path)
    try:
        heard = Heard()
        watcher = _watch(db, heard)
        _stop(watcher)
        for name in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if name.exists():
                name.rename(f"{name}.moved")
        watcher.start()
        time.sleep(3 * live.POLL_S)
        _stop(watcher)
        assert not path.exists()
    finally:
        db.dispose()
