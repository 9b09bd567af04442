"""Opening a store: URL resolution, SQLite durability settings, sessions, and upgrades.

A SQLite store is opened in WAL mode with `synchronous=FULL` so that a complaint confirmed
on screen survives a power cut, with foreign keys enforced and a busy timeout so that two
desks on one file wait for each other instead of failing. Write transactions start with
`BEGIN IMMEDIATE` so that a writer holds the lock from its first read (no deadlock between
two read-then-write transactions).

A SQLite store is checked before anything is written to it (SQLite's `quick_check`: a
damaged store is refused, never written). The check reads the whole file, seconds for a
store of several years, so the desk runs it on a thread of its own while the sign-in is
typed (`StoreCheck`): its first page is checked at once, an upgrade waits for the whole
check, and every write waits for it (a damaged store then refuses the write, and the desk
says so and closes).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import PoolProxiedConnection

from fusecentre_app.db.anchors import AnchorLog, default_anchor_path
from fusecentre_app.db.backup import check_sqlite, disk_nearly_full, read_uri
from fusecentre_app.db.migrate import (
    current_revision,
    head_revision,
    refuse_unknown,
    upgrade_to_head,
)
from fusecentre_app.db.urls import resolve_url, sqlite_file, sqlite_path

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 15_000
_IMMEDIATE = "fusecentre_immediate"


def _install_sqlite_pragmas(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy emit BEGIN itself (the driver's own transaction handling is off).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        immediate = conn.get_execution_options().get(_IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(url: str, *, busy_timeout_ms: int = BUSY_TIMEOUT_MS) -> Engine:
    if make_url(url).get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"timeout": busy_timeout_ms / 1000})
        _install_sqlite_pragmas(engine, busy_timeout_ms)
        return engine
    return create_engine(url, pool_pre_ping=True)


@dataclass
class Database:
    """An open store. Services take one of these and open short sessions on it."""

    url: str
    engine: Engine
    check: StoreCheck | None = None  # a check of the file still running (see the module)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.anchors = AnchorLog(default_anchor_path(self.url))
        self.path = sqlite_file(self.url)
        self._identity = _file_identity(self.path) if self.path is not None else None

    def check_present(self) -> None:
        """Raise `StoreMissing` if the SQLite file was deleted or replaced since it was
        opened (its connections would keep writing into a file no longer on the disk)."""
        if self.path is not None and _file_identity(self.path) != self._identity:
            raise StoreMissing(
                f"the store {self.path} was deleted or replaced while the desk was running"
            )

    @property
    def display_name(self) -> str:
        """The store as a person may be shown it: a file path, or the server and database
        (never a password)."""
        url = make_url(self.url)
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        if url.get_backend_name() == "sqlite":
            return str(url.database or "(in memory)")
        server = url.host or "localhost"
        user = f"{url.username}@" if url.username else ""
        return f"{url.get_backend_name()}://{user}{server}/{url.database or ''}"

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; nothing it does is committed."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction that commits on success (durably) and rolls back on any error;
        the first waits for the store's check, and none is made in a damaged store."""
        self.check_present()
        if self.check is not None:
            self.check.wait()
        with self._sessions() as session:
            session.connection(execution_options={_IMMEDIATE: True})
            try:
                yield session
            except BaseException:
                session.rollback()
                raise
            session.commit()

    @contextmanager
    def write_on_driver(self) -> Iterator[PoolProxiedConnection]:
        """`write` without the ORM session or a Core connection: the pool's driver connection
        in one transaction (BEGIN IMMEDIATE on SQLite, as `write` begins), committed durably
        on success and rolled back on any error, for a hot path whose few statements run on
        the driver's cursor (`db.driver`). Driver errors come out as SQLAlchemy's. Like
        `write`, it waits for the store's check and makes nothing in a damaged store."""
        self.check_present()
        if self.check is not None:
            self.check.wait()
        dialect = self.engine.dialect
        conn = self.engine.raw_connection()
        try:
            try:
                if dialect.name == "sqlite":
                    conn.cursor().execute("BEGIN IMMEDIATE")
                yield conn
                conn.commit()
            except dialect.loaded_dbapi.Error as exc:
                if dialect.is_disconnect(exc, conn.dbapi_connection, None):
                    conn.invalidate(exc)
                raise DBAPIError.instance(
                    "BEGIN/COMMIT", None, exc, dialect.loaded_dbapi.Error, dialect=dialect
                ) from exc
        except BaseException:
            if conn.is_valid:
                try:
                    conn.rollback()
                except dialect.loaded_dbapi.Error:
                    conn.invalidate()
            raise
        finally:
            conn.close()

    def dispose(self) -> None:
        if self.check is not None:
            self.check.cancel()
        self.engine.dispose()


def _file_identity(path: Path) -> tuple[int, int] | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return (found.st_dev, found.st_ino)


class StoreRefused(Exception):
    """A store that is not opened (or written), with the reason as one sentence."""


class StoreNotFound(StoreRefused):
    """There is no store where one was expected (a mistyped path, an empty database)."""


class StoreCorrupt(StoreRefused):
    """SQLite found the file damaged; nothing is written to it."""

    def __init__(self, path: Path, found: list[str]) -> None:
        self.path, self.found = path, found
        super().__init__(
            f"the store {path} is damaged (SQLite found: {found[0]}); nothing was written "
            "to it: restore the last backup (`fusecentre restore`) and tell the supervisor"
        )


class DiskFull(StoreRefused):
    """The disk holding a store has no room even to open it."""


class StoreMissing(StoreRefused):
    """The store's file was deleted or replaced while it was open."""


def _refuse_foreign(path: Path | None) -> None:
    """Refuse a file that is not a SQLite database at all (or whose first page is damaged)."""
    if path is not None and path.is_file() and path.stat().st_size > 0:
        with path.open("rb") as file:
            if file.read(16) != b"SQLite format 3\x00":
                raise StoreRefused(
                    f"{path} is not a desk store (not a SQLite database, or its first page is "
                    "damaged): check --db, or restore the last backup"
                )


def refuse_unreadable(target: str | os.PathLike[str] | None) -> bool:
    """For a command that only reads and writes nothing (`fusecentre console` as text): the
    first page is checked, and True says that is enough, the file being in WAL mode already
    so that opening it writes nothing; False: opening it would rewrite its header, so it is
    to be checked whole first (`open_database` as usual). A damaged page met while reading
    is then SQLite's error, for the command to report."""
    path = sqlite_path(resolve_url(target))
    _refuse_foreign(path)
    return path is None or _in_wal_mode(path)


def _in_wal_mode(path: Path | None) -> bool:
    """Whether the file's header says WAL already (bytes 18-19 are 2): the first connection
    then writes nothing to it. A file in another mode (a backup restored, say) has its
    header rewritten by `PRAGMA journal_mode = WAL`, so it is checked whole before that.
    No file yet: nothing to damage."""
    if path is None or not path.is_file() or path.stat().st_size < 20:
        return True
    with path.open("rb") as file:
        file.seek(18)
        return file.read(2) == b"\x02\x02"


def _damage(
    path: Path | None, opened: Callable[[sqlite3.Connection], None] | None = None
) -> StoreRefused | None:
    """Why SQLite's check of the file refuses it, or None when it is sound (or no file)."""
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        found = check_sqlite(path, opened=opened)
    except sqlite3.Error as exc:
        refusal: StoreRefused
        if disk_nearly_full(path.parent):
            refusal = DiskFull(
                f"the disk holding {path.parent} is full, so the store cannot be opened: "
                "free some space, then start again"
            )
        else:
            refusal = StoreRefused(
                f"the store {path} could not be read just now ({exc}): check the disk and "
                "the folder's permissions, then start again"
            )
        refusal.__cause__ = exc
        return refusal
    return StoreCorrupt(path, found) if found else None


def _refuse_damaged(path: Path | None) -> None:
    _refuse_foreign(path)
    if (refusal := _damage(path)) is not None:
        raise refusal


class StoreCheck:
    """SQLite's check of a store file, run on a thread of its own while the desk starts.

    `wait()` returns once the file is found sound and raises the refusal (`StoreCorrupt`,
    or `StoreRefused` when the file could not be read) when it is not; `finished` says
    whether the verdict is in, without waiting."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.refusal: StoreRefused | None = None
        self._done = threading.Event()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None
        self._cancelled = False
        self._thread = threading.Thread(target=self._run, name="store check", daemon=True)
        self._thread.start()

    def _opened(self, conn: sqlite3.Connection) -> None:
        with self._lock:
            self._conn = conn
            if self._cancelled:
                conn.interrupt()

    def _run(self) -> None:
        if sys.platform == "linux":  # the window is built meanwhile: it comes first
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), 10)
        try:
            self.refusal = _damage(self.path, self._opened)
        except BaseException as exc:  # the thread must give a verdict whatever happens
            log.exception("the store's check failed")
            self.refusal = StoreRefused(f"the store {self.path} could not be checked ({exc})")
        finally:
            with self._lock:
                self._conn = None
            if self._cancelled:
                self.refusal = StoreRefused(f"the check of {self.path} was stopped")
                log.info("store check stopped as the store was closed")
            elif self.refusal is not None:
                log.error("store check: %s", self.refusal)
            else:
                log.info("store check: %s is sound", self.path)
            self._done.set()

    @property
    def finished(self) -> bool:
        return self._done.is_set()

    def wait(self, timeout: float | None = None) -> None:
        if not self._done.wait(timeout):
            raise TimeoutError(f"the check of {self.path} is still running")
        if self.refusal is not None:
            raise self.refusal

    def cancel(self) -> None:
        """Stop a check still running (the store is being closed); a write after it is
        refused."""
        with self._lock:
            if self._done.is_set():
                return
            self._cancelled = True
            if self._conn is not None:
                self._conn.interrupt()
        self._thread.join()


def _writable(path: Path) -> bool:
    return os.access(path.parent, os.W_OK) and (not path.exists() or os.access(path, os.W_OK))


def _refuse_missing(url: str) -> None:
    path = sqlite_path(url)
    if path is not None and not path.exists():
        raise StoreNotFound(f"there is no store at {path}")


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    migrate: bool = True,
    create: bool = True,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
    check: bool = True,
    check_later: bool = False,
    read_only: bool = False,
) -> Database:
    """Open a store and bring its schema up to date; with `create`, make it first when
    there is none (only the desk's first run and `fusecentre demo` do: every other command
    refuses a path that holds no store, rather than making an empty one and checking it).

    `check`: refuse a damaged SQLite file (see the module); with `check_later` (the desk)
    only its first page is checked before the store opens, and the rest on a thread while
    nothing is written (`Database.check`); `read_only`: only to read, so a store in a folder
    that cannot be written still opens (never migrated)."""
    url = resolve_url(target)
    if not create:
        _refuse_missing(url)
    path = sqlite_path(url)
    later = check and check_later and path is not None and _in_wal_mode(path)
    if check:
        (_refuse_foreign if later else _refuse_damaged)(path)
    if read_only and path is not None and path.exists() and not _writable(path):
        reading = URL.create("sqlite", database=read_uri(path), query={"uri": "true"})
        url, migrate = reading.render_as_string(), False
    engine = make_engine(url, busy_timeout_ms=busy_timeout_ms)
    try:
        try:
            revision = current_revision(engine)
        except OperationalError as exc:
            if path is not None and disk_nearly_full(path.parent):
                raise DiskFull(
                    f"the disk holding {path.parent} is full, so the store cannot be opened: "
                    "free some space, then start again"
                ) from exc
            if later:
                _refuse_damaged(path)
            raise
        except DatabaseError:
            if later:
                _refuse_damaged(path)  # the schema itself is unreadable: say so in words
            raise
        if not create and revision is None:
            raise StoreNotFound(f"{make_url(url).render_as_string()} holds no desk records")
        refuse_unknown(engine, revision)
        if migrate and revision != head_revision():
            if later:
                _refuse_damaged(path)  # an upgrade writes: the whole check first
                later = False
            upgrade_to_head(engine)
    except BaseException:
        engine.dispose()  # no connection left open by a store that could not be opened
        raise
    return Database(url, engine, StoreCheck(path) if later and path is not None else None)
