"""Hearing the other desks: what changed in the store since this desk last looked.

Every write through `services.uow.changing()` calls `announce()` inside its transaction
(the quick path for logging a complaint, `changing_on_driver()`, `announce_on_driver()`).
On PostgreSQL that sends a NOTIFY on `CHANNEL`, which the server delivers at the commit (and
never for a rolled-back write); its payload is small: the writing desk's origin and the
chains the write moved, each with its new last id (`{"o": "…", "centre:1": 812}`).

A `Watcher` runs on a thread of its own and calls `on_change(chains)` with the names of the
chains that another desk moved:
- `PgListener` holds a LISTEN connection and waits on its socket (and on a wake-up socket,
  so that it stops at once); after a dropped connection it connects again with back-off
  and catches up by comparing the chain heads with the last ones it saw.
- `SqliteWatcher` keeps a connection of its own open and polls `PRAGMA data_version`, which
  moves when another connection commits to the file; only then does it read the heads.

The heads (`chain_head`, `audit_head`) are a few rows, moved in the same transaction as
every event or audit record, so "has anything happened since id N?" is one small read.

A desk's own writes are not reported back to it (it has refreshed after them already): on
PostgreSQL the payload names the origin (one per engine, so two desks in one process still
hear each other); after a reconnect, or on SQLite, a chain is skipped only when its head was
moved from the one last seen to the one now by this engine's own committed writes alone
(each write notes the head it found as well as the one it left; writes to one chain are
serialized by its head row): another desk's write just before an own one is still heard.
"""

from __future__ import annotations

import contextlib
import json
import logging
import select
import socket
import sqlite3
import threading
import uuid
import weakref
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, bindparam, func, text
from sqlalchemy import event as sa_event
from sqlalchemy import select as sql_select
from sqlalchemy.engine import Connection, make_url
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

CHANNEL = "fusecentre_changes"
POLL_S = 0.5  # SQLite: how often data_version is read (it costs microseconds)
WAIT_S = 10.0  # PostgreSQL: the longest wait on the socket before looking at `stopping`
FIRST_RETRY_S = 0.25  # back-off after a dropped connection: doubled up to …
LAST_RETRY_S = 30.0

Heads = dict[str, int]  # chain name ("centre:1", "audit") → id of its last event or record

_NOTIFY = sql_select(func.pg_notify(CHANNEL, bindparam("payload")))
_origins: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
_own: weakref.WeakKeyDictionary[Engine, Heads] = weakref.WeakKeyDictionary()
# Per engine and chain, the own writes' moves: the head each left → the head it found.
_own_moves: weakref.WeakKeyDictionary[Engine, dict[str, dict[int, int]]] = (
    weakref.WeakKeyDictionary()
)
_OWN_MOVES_KEPT = 64  # per chain; older ones are long seen
_own_lock = threading.Lock()


def origin(engine: Engine) -> str:
    """This engine's name in the payloads (a desk skips what it wrote itself)."""
    with _own_lock:
        return _origins.setdefault(engine, uuid.uuid4().hex[:12])


def own_heads(engine: Engine) -> Heads:
    """The heads this engine's committed writes left last, by chain (a copy)."""
    with _own_lock:
        return dict(_own.get(engine, {}))


_MOVED = "fusecentre_live_moved"


def _note_own(engine: Engine, moved: Heads, before: Mapping[str, int]) -> None:
    """A committed write of this engine's: the heads it left, and each one's move."""
    with _own_lock:
        _own.setdefault(engine, {}).update(moved)
        moves = _own_moves.setdefault(engine, {})
        for chain, ident in moved.items():
            if chain in before:
                kept = moves.setdefault(chain, {})
                kept[ident] = before[chain]
                while len(kept) > _OWN_MOVES_KEPT:
                    del kept[next(iter(kept))]


def only_own_since(engine: Engine, chain: str, seen: int, now: int) -> bool:
    """Whether `chain`'s head went from `seen` to `now` by this engine's own writes alone."""
    with _own_lock:
        kept = dict(_own_moves.get(engine, {}).get(chain, {}))
    head, steps = now, 0
    while head != seen and head in kept and steps <= _OWN_MOVES_KEPT:
        head, steps = kept[head], steps + 1
    return head == seen and steps > 0


def _payload(engine: Engine, moved: Heads) -> str:
    return json.dumps({"o": origin(engine), **moved}, separators=(",", ":"))


def announce(
    session: Session, heads: Mapping[str, tuple[int, str]], before: Mapping[str, int]
) -> None:
    """Tell the other desks, at the commit, which chains this write moved (see the module).
    Called by `changing()` inside the write's transaction."""
    if not heads:
        return
    engine = session.get_bind()
    assert isinstance(engine, Engine)
    moved = {chain: ident for chain, (ident, _digest) in heads.items()}
    if engine.dialect.name == "postgresql":
        session.execute(_NOTIFY, {"payload": _payload(engine, moved)})
    session.info[_MOVED] = (engine, moved, dict(before))  # this desk's own, once committed


def announce_on_driver(cursor: Any, engine: Engine, heads: Mapping[str, tuple[int, str]]) -> None:
    """`announce` for a unit of work on the driver's own cursor (`changing_on_driver`),
    inside its transaction; `own_committed` follows its commit."""
    if heads and engine.dialect.name == "postgresql":
        moved = {chain: ident for chain, (ident, _digest) in heads.items()}
        cursor.execute("SELECT pg_notify(%s, %s)", (CHANNEL, _payload(engine, moved)))


def own_committed(
    engine: Engine, heads: Mapping[str, tuple[int, str]], before: Mapping[str, int]
) -> None:
    """The heads a committed write on the driver's cursor left (and found, `before`): this
    desk's own."""
    if heads:
        _note_own(engine, {chain: ident for chain, (ident, _digest) in heads.items()}, before)


@sa_event.listens_for(Session, "after_commit")
def _committed(session: Session) -> None:
    """A write of this desk's is in the store: its heads are the desk's own (not before
    the commit: a rolled-back id may be given again to another desk's write)."""
    found = session.info.pop(_MOVED, None)
    if found is not None:
        engine, moved, before = found
        _note_own(engine, moved, before)


# The heads (`chain_head`, `audit_head`: a few rows) as (chain name, last id) pairs.
_HEADS_SQL = (
    "SELECT 'centre:' || centre_id, last_event_id FROM chain_head "
    "UNION ALL SELECT 'audit', max(last_record_id) FROM audit_head"
)


def _heads_from(rows: list[tuple[Any, Any]]) -> Heads:
    return {str(chain): int(last) for chain, last in rows if last is not None}


def read_heads(conn: Connection | Session) -> Heads:
    """Every chain's last id, as the store has it now (one small read)."""
    return _heads_from([(chain, last) for chain, last in conn.execute(text(_HEADS_SQL))])


OnChange = Callable[[frozenset[str]], None]
OnState = Callable[[bool], None]


class Watcher:
    """A thread that reports other desks' changes (see the module). `seen` are the heads the
    desk has shown; `start()` again after `stop()` catches up from where it left off."""

    def __init__(
        self,
        engine: Engine,
        seen: Heads,
        on_change: OnChange,
        on_state: OnState | None = None,
    ) -> None:
        self.engine = engine
        self.seen: Heads = dict(seen)
        self.on_change = on_change
        self.on_state = on_state or (lambda _up: None)
        self.connected = False
        self.attempts = 0  # connections tried
        self.connections = 0  # made so far (a reconnect adds one)
        self.caught_up = 0  # catch-ups that found changes made while away
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        if self.running:
            return
        # An event of its own for each thread: one still ending (a connection attempt to a
        # server that is away) never runs on with the next one's.
        self._stopping = stopping = threading.Event()
        self._thread = threading.Thread(
            target=self._run,
            args=(stopping,),
            name=f"fusecentre-{type(self).__name__}",
            daemon=True,
        )
        self._thread.start()

    def stop(self, timeout_s: float = 1.0) -> bool:
        """Stop the thread and wait for it; True when it has ended. One waiting on a server
        that does not answer ends by itself within `connect_timeout`, reporting nothing."""
        self._stopping.set()
        self._wake()
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(timeout_s)
        self._set_connected(False)
        return thread is None or not thread.is_alive()

    def _wake(self) -> None:
        pass

    def _run(self, stopping: threading.Event) -> None:
        delay = FIRST_RETRY_S
        while not stopping.is_set():
            self.attempts += 1
            try:
                self._session(stopping)
            except Exception as exc:  # a dropped connection, a server restarting
                if not stopping.is_set():
                    log.warning("live updates interrupted (%s)", exc)
            if stopping.is_set():
                break
            if self.connected:  # it was up: the first try again comes soon
                delay = FIRST_RETRY_S
                self._set_connected(False)
            if stopping.wait(delay):
                break
            delay = min(delay * 2, LAST_RETRY_S)

    def _session(self, stopping: threading.Event) -> None:
        raise NotImplementedError

    def _set_connected(self, up: bool) -> None:
        if up != self.connected:
            self.connected = up
            self.on_state(up)

    def _compare(self, now: Heads, *, catching_up: bool) -> None:
        """Report the chains whose head moved since `seen` by a write not this desk's."""
        moved = frozenset(
            chain
            for chain, last in now.items()
            if self.seen.get(chain) != last
            and not only_own_since(self.engine, chain, self.seen.get(chain, 0), last)
        )
        self.seen.update(now)
        if moved:
            if catching_up:
                self.caught_up += 1
            self.on_change(moved)

    def _heard(self, payloads: list[str]) -> None:
        """NOTIFY payloads: the chains they moved, unless this desk moved them itself."""
        mine = origin(self.engine)
        moved: set[str] = set()
        for payload in payloads:
            try:
                heads = json.loads(payload)
                sender = heads.pop("o")
            except (ValueError, KeyError, AttributeError):
                log.warning("a change notice not understood: %r", payload[:80])
                continue
            for chain, last in heads.items():
                if isinstance(last, int) and last > self.seen.get(chain, 0):
                    self.seen[chain] = last
                    if sender != mine:
                        moved.add(chain)
        if moved:
            self.on_change(frozenset(moved))


class PgListener(Watcher):
    """LISTEN on a connection of its own, waiting on its socket (see the module)."""

    def __init__(
        self,
        engine: Engine,
        seen: Heads,
        on_change: OnChange,
        on_state: OnState | None = None,
    ) -> None:
        super().__init__(engine, seen, on_change, on_state)
        url = make_url(engine.url).set(drivername="postgresql")
        self.conninfo = url.render_as_string(hide_password=False)
        self.backend_pid: int | None = None
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    def close(self) -> None:
        """Free the wake-up sockets (after `stop`)."""
        self._wake_r.close()
        self._wake_w.close()

    def _drain_wake(self) -> None:
        try:
            while self._wake_r.recv(64):
                pass
        except (BlockingIOError, OSError):
            pass

    def _session(self, stopping: threading.Event) -> None:
        import psycopg

        self._drain_wake()
        conn = psycopg.connect(
            self.conninfo,
            autocommit=True,
            connect_timeout=5,
            application_name="fusecentre live",
            # A link that dies without a word (a cable, a router) is noticed in about 25 s.
            keepalives=1,
            keepalives_idle=10,
            keepalives_interval=5,
            keepalives_count=3,
        )
        try:
            if stopping.is_set():  # stopped while connecting
                return
            self.connections += 1
            self.backend_pid = conn.info.backend_pid
            conn.execute(f"LISTEN {CHANNEL}")
            # Listening first, then reading: a write between the two is heard twice at
            # worst (a second refresh), never missed.
            rows = conn.execute(_HEADS_SQL).fetchall()
            self._compare(_heads_from(rows), catching_up=self.connections > 1)
            self._set_connected(True)
            while not stopping.is_set():
                waiting: list[Any] = [conn.fileno(), self._wake_r]
                ready, _, _ = select.select(waiting, [], [], WAIT_S)
                if self._wake_r in ready:
                    self._drain_wake()
                    continue  # `stopping` is looked at again
                if ready:
                    payloads = [n.payload for n in conn.notifies(timeout=0)]
                    if conn.closed:  # the server ended the session (restart, terminate)
                        raise psycopg.OperationalError("the server closed the connection")
                    self._heard(payloads)
        finally:
            conn.close()


class SqliteWatcher(Watcher):
    """`PRAGMA data_version` on a connection of its own, every `POLL_S` (see the module)."""

    def __init__(
        self,
        engine: Engine,
        seen: Heads,
        on_change: OnChange,
        on_state: OnState | None = None,
    ) -> None:
        super().__init__(engine, seen, on_change, on_state)
        database = make_url(engine.url).database or ""
        if database and database != ":memory:" and not database.startswith("file:"):
            # Only to read: a store gone missing is not made again, empty, where it was.
            database = f"{Path(database).resolve().as_uri()}?mode=ro"
        self.uri = database.startswith("file:")
        self.database = database

    def _session(self, stopping: threading.Event) -> None:
        conn = sqlite3.connect(self.database, uri=self.uri, timeout=5, isolation_level=None)
        try:
            conn.execute("PRAGMA query_only = 1")
            self.connections += 1
            version = conn.execute("PRAGMA data_version").fetchone()[0]
            rows = conn.execute(_HEADS_SQL).fetchall()
            self._compare(_heads_from(rows), catching_up=self.connections > 1)
            self._set_connected(True)
            while not stopping.wait(POLL_S):
                now = conn.execute("PRAGMA data_version").fetchone()[0]
                if now != version:
                    version = now
                    self._compare(
                        _heads_from(conn.execute(_HEADS_SQL).fetchall()), catching_up=False
                    )
        finally:
            conn.close()


def watcher_for(
    engine: Engine,
    seen: Heads,
    on_change: OnChange,
    on_state: OnState | None = None,
) -> Watcher | None:
    """The watcher that suits the store (None for one kept in memory: no other desk)."""
    name = engine.dialect.name
    if name == "postgresql":
        return PgListener(engine, seen, on_change, on_state)
    if name == "sqlite" and make_url(engine.url).database not in (None, "", ":memory:"):
        return SqliteWatcher(engine, seen, on_change, on_state)
    return None
