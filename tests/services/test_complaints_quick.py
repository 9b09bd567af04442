"""A complaint logged at the desk goes the quick way (a Core connection, its statements on the
driver's cursor): it must write exactly what the general way (`changing` and `log_within`,
through the session) writes, byte for byte, on SQLite and on PostgreSQL, refuse what the
general way refuses in the same words, and leave nothing behind when it refuses."""

from __future__ import annotations

import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import Complaint, Dt, Feeder, Officer, SopRule
from fusecentre_app.db.urls import resolve_url
from fusecentre_app.domain.enums import Channel
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.paths import seeds_dir
from fusecentre_app.services import accounts, complaints, inspection, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, log_within
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.uow import CommandLine, changing
from fusecentre_app.services.verify import verify_store
from tests.conftest import PG_URL
from tests.support import drop_test_database

TABLES = {  # what a save writes, in a stable order
    "docket_counter": "centre_id, day",
    "consumer": "id",
    "complaint": "id",
    "complaint_event": "id",
    "chain_head": "centre_id",
}
T0 = datetime(2026, 6, 1, 9, 30, tzinfo=UTC)  # whole seconds: a time stored with .000000


class Desk:
    """One store with the division, its people and a working-hours SoP rule, made the same
    way every time (so two of them hold the same ids and the same chain)."""

    def __init__(self, db: Database, seeds: Path) -> None:
        self.db = db
        masterdata.load_division(db, seeds)
        self.centre = masterdata.centre_by_code(db, "BXR").id
        self.other_centre = masterdata.centre_by_code(db, "DMR").id

        def person(name: str, role: str = "clerk", centre: int | None = None) -> int:
            return accounts.create_user(
                db,
                username=name,
                full_name=name.title(),
                password="quick-desk-1912",
                centre_id=centre or self.centre,
                role=role,
            ).id

        self.clerk = person("asha")
        self.supervisor = person("mukesh", "supervisor")
        self.elsewhere = person("ravi", centre=self.other_centre)
        self.gone = person("sita")
        accounts.deactivate_user(db, CommandLine("test"), self.gone, "left the centre")
        self.reset = person("gita")  # must choose her own password before any change
        accounts.reset_password(db, CommandLine("test"), self.reset, "chosen-by-admin-1912")
        with db.write() as s:
            feeders = list(s.execute(select(Feeder.id, Feeder.area).order_by(Feeder.id)))
            self.urban = next(f for f, area in feeders if area == "urban")
            self.rural = next(f for f, area in feeders if area == "rural")
            self.foreign_feeder = feeders[-1][0]
            dt = s.execute(select(Dt.id, Dt.feeder_id).order_by(Dt.id)).first()
            assert dt is not None
            self.dt: tuple[int, int] = (dt[0], dt[1])
            self.officer = s.scalar(select(Officer.id).order_by(Officer.id))
            rule = s.get(SopRule, ("NO_SUPPLY_HOUSE", "rural"))
            assert rule is not None and rule.clock == "working"

    def rows(self) -> dict[str, list[Any]]:
        """Every row the saves touch, as the store holds it."""
        if self.db.is_sqlite:
            assert self.db.path is not None
            with sqlite3.connect(self.db.path) as conn:
                return {
                    t: [
                        tuple((type(v).__name__, v) for v in row)
                        for row in conn.execute(f"SELECT * FROM {t} ORDER BY {order}")
                    ]
                    for t, order in TABLES.items()
                }
        url = make_url(self.db.url).set(drivername="postgresql")
        with psycopg.connect(url.render_as_string(hide_password=False)) as conn:
            return {
                t: conn.execute(f"SELECT r::text FROM {t} AS r ORDER BY {order}").fetchall()
                for t, order in TABLES.items()
            }


def _seeds(folder: Path) -> Path:
    """The demo division with one SoP rule on a working-hours clock."""
    shutil.copytree(seeds_dir(), folder)
    table = folder / "sop_hours.csv"
    lines = table.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, line in enumerate(lines):
        if line.startswith("NO_SUPPLY_HOUSE,rural,"):
            cells = line.split(",")
            cells[3:5] = ["working", "10:00-17:00"]
            lines[i] = ",".join(cells)
    table.write_text("".join(lines), encoding="utf-8")
    return folder


def general_way(db: Database, draft: ComplaintDraft, centre_id: int, user_id: int, now: datetime):  # type: ignore[no-untyped-def]
    """How a complaint was logged before the quick way: the session's unit of work."""
    errors = complaints.validate_draft(draft, now)
    if errors:
        raise complaints.ValidationError(errors)
    with changing(db, user_id, UseCase.LOG_COMPLAINT, centre_id=centre_id, now=now) as change:
        return log_within(change, draft, centre_id=centre_id)


def _saves(desk: Desk) -> list[tuple[ComplaintDraft, int, int, datetime]]:
    """(draft, centre, person, now): plain, rural, danger, a DT, forwarded, social, a
    back-dated call, a working-hours rule, after the register's print, a time with
    microseconds, a Hindi name."""
    base = ComplaintDraft(
        caller_mobile="9835012345",
        caller_name="सुनील कुमार",
        locality="Sohni Patti",
        feeder_id=desk.urban,
        type_code="FUSE_OFF",
        description="  fuse off since morning ",
    )
    dt_id, dt_feeder = desk.dt
    c, clerk, sup = desk.centre, desk.clerk, desk.supervisor
    return [
        (base, c, clerk, T0),
        (replace(base, feeder_id=desk.rural, caller_name=""), c, clerk, T0 + timedelta(1)),
        (replace(base, type_code="LINE_BREAK", feeder_id=None), c, clerk, T0),
        (replace(base, feeder_id=dt_feeder, dt_id=dt_id, landmark="near the temple"), c, clerk, T0),
        (
            replace(base, channel=Channel.OFFICER, forwarded_by_id=desk.officer),
            c,
            clerk,
            T0.replace(microsecond=123456),
        ),
        (
            replace(base, caller_mobile="", channel=Channel.SOCIAL, channel_ref="@sunil"),
            c,
            clerk,
            T0,
        ),
        (replace(base, received_at=T0 - timedelta(days=3)), c, sup, T0),
        (
            replace(base, feeder_id=desk.rural, type_code="NO_SUPPLY_HOUSE"),
            c,
            clerk,
            T0.replace(hour=12),
        ),
        (replace(base, address="Ward 4, गली 2"), c, clerk, T0 + timedelta(hours=1)),
        # A consumer learnt (their name not given), then called again with more to learn.
        (replace(base, consumer_no=" ca-1001 ", caller_name=""), c, clerk, T0),
        (
            replace(
                base,
                consumer_no="CA-1001",
                caller_name="राम प्रसाद",
                locality="",
                address="Ward 9",
                feeder_id=dt_feeder,
                dt_id=dt_id,
            ),
            c,
            clerk,
            T0 + timedelta(hours=2),
        ),
        (
            replace(
                base,
                consumer_no="CA-2002",
                caller_mobile="",
                channel=Channel.SOCIAL,
                channel_ref="@ram",
                feeder_id=None,
            ),
            c,
            clerk,
            T0,
        ),
    ]


def _same_writes(general: Desk, quick: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    went_quick: list[int] = []
    real = complaints._log_on_driver

    def counted(*args: Any, **kwargs: Any) -> Any:
        logged = real(*args, **kwargs)
        if logged is not None:
            went_quick.append(logged.id)
        return logged

    monkeypatch.setattr(complaints, "_log_on_driver", counted)
    saves = _saves(general)
    for draft, centre_id, user_id, now in saves:
        if now == T0 + timedelta(hours=1):  # the day's register printed before this call
            for desk in (general, quick):
                inspection.record_print(
                    desk.db,
                    centre_code="BXR",
                    day=now.date(),
                    kind="register",
                    digest="0" * 64,
                    cut_event_id=0,
                    pages=1,
                    by=general.supervisor,
                    now=now,
                )
        expected = general_way(general.db, draft, centre_id, user_id, now)
        got = log_complaint(quick.db, draft, centre_id=centre_id, user_id=user_id, now=now)
        assert got == expected
    assert len(went_quick) == len(saves)  # every one went the quick way
    written = quick.rows()
    assert written == general.rows()
    assert len(written["consumer"]) == 2 and len(written["complaint"]) == len(saves)
    assert verify_store(quick.db).ok

    for draft, centre_id, user_id, now in _refusals(general):
        with pytest.raises(ServiceError) as said_general:
            general_way(general.db, draft, centre_id, user_id, now)
        with pytest.raises(ServiceError) as said_quick:
            log_complaint(quick.db, draft, centre_id=centre_id, user_id=user_id, now=now)
        assert type(said_quick.value) is type(said_general.value)
        assert str(said_quick.value) == str(said_general.value)
        assert getattr(said_quick.value, "errors", None) == getattr(
            said_general.value, "errors", None
        )
    assert quick.rows() == general.rows()  # nothing half-written, no serial taken


def _refusals(desk: Desk) -> list[tuple[ComplaintDraft, int, int, datetime]]:
    ok = ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF")
    c = desk.centre
    return [
        (ok, c, 999, T0),  # not in the store
        (ok, c, desk.gone, T0),  # deactivated
        (ok, c, desk.reset, T0),  # a password the administrator chose
        (ok, desk.other_centre, desk.clerk, T0),  # logging at another centre
        (ok, c, desk.elsewhere, T0),  # another centre's clerk
        (replace(ok, received_at=T0 - timedelta(days=3)), c, desk.clerk, T0),  # back-dated
        (replace(ok, feeder_id=desk.foreign_feeder), c, desk.clerk, T0),
        (replace(ok, type_code="NO_SUCH_TYPE"), c, desk.clerk, T0),
        (replace(ok, feeder_id=desk.rural, dt_id=desk.dt[0]), c, desk.clerk, T0),  # not on it
        (replace(ok, channel=Channel.OFFICER, forwarded_by_id=10**6), c, desk.clerk, T0),
    ]


def test_the_quick_way_writes_what_the_general_way_wrote_on_sqlite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = _seeds(tmp_path / "seeds")
    general = Desk(open_database(tmp_path / "general.sqlite"), seeds)
    quick = Desk(open_database(tmp_path / "quick.sqlite"), seeds)
    try:
        _same_writes(general, quick, monkeypatch)
    finally:
        general.db.dispose()
        quick.db.dispose()


@pytest.fixture
def two_pg() -> Iterator[Callable[[], Database]]:
    """Fresh PostgreSQL databases, as many as the test asks for, dropped afterwards."""
    if not PG_URL:
        pytest.skip("set FUSECENTRE_TEST_PG_URL to run the PostgreSQL tests")
    admin_url = make_url(resolve_url(PG_URL))
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    made: list[tuple[str, Database]] = []

    def make() -> Database:
        name = f"fc_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        db = open_database(admin_url.set(database=name).render_as_string(hide_password=False))
        made.append((name, db))
        return db

    try:
        yield make
    finally:
        for name, db in made:
            db.dispose()
            drop_test_database(admin, name)
        admin.dispose()


@pytest.mark.postgres
def test_the_quick_way_writes_what_the_general_way_wrote_on_postgres(
    two_pg: Callable[[], Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seeds = _seeds(tmp_path / "seeds")
    _same_writes(Desk(two_pg(), seeds), Desk(two_pg(), seeds), monkeypatch)


@pytest.mark.postgres
def test_a_quick_and_a_general_save_for_one_consumer_at_once_do_not_deadlock_on_postgres(
    two_pg: Callable[[], Database], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both ways take the counter, then the consumer, then the head: a general save holding
    the consumer's row and a quick save for the same consumer wait on each other in turn,
    never in a circle."""
    import threading

    desk = Desk(two_pg(), _seeds(tmp_path / "seeds"))
    supervisor = desk.supervisor

    def draft(**extra: Any) -> ComplaintDraft:
        return ComplaintDraft(
            caller_mobile="9835012345",
            locality="x",
            type_code="FUSE_OFF",
            consumer_no="CA-9",
            **extra,
        )

    log_complaint(desk.db, draft(), centre_id=desk.centre, user_id=supervisor)  # it is known
    learn, held, go = complaints._learn_consumer, threading.Event(), threading.Event()

    def learn_and_wait(*args: Any, **kwargs: Any) -> Any:
        found = learn(*args, **kwargs)
        if threading.current_thread().name == "general":
            held.set()
            go.wait(10)
        return found

    monkeypatch.setattr(complaints, "_learn_consumer", learn_and_wait)
    done: dict[str, object] = {}

    def general() -> None:
        try:
            with changing(desk.db, supervisor, UseCase.LOG_COMPLAINT, centre_id=desk.centre) as c:
                back_dated = draft(received_at=datetime.now(UTC) - timedelta(days=2))
                done["general"] = log_within(c, back_dated, centre_id=desk.centre).docket
        except Exception as exc:  # the test says which way failed, and how
            done["general"] = exc

    def quick() -> None:
        try:
            done["quick"] = log_complaint(
                desk.db, draft(), centre_id=desk.centre, user_id=supervisor
            ).docket
        except Exception as exc:
            done["quick"] = exc

    first = threading.Thread(target=general, name="general")
    first.start()
    assert held.wait(10)
    second = threading.Thread(target=quick, name="quick")
    second.start()
    second.join(1.5)  # it waits on the general save's rows (or deadlocks, if taken in a circle)
    go.set()
    first.join(20)
    second.join(20)
    assert all(isinstance(docket, str) for docket in done.values()) and len(done) == 2, done
    assert verify_store(desk.db).ok


@pytest.mark.postgres
def test_quick_and_general_writers_at_once_never_fork_the_chain_on_postgres(
    two_pg: Callable[[], Database], tmp_path: Path
) -> None:
    """Saves the quick way (some naming a consumer) and follow-ups (the general way, with its
    own lock of the head) from four threads: serials gapless, no deadlock, one chain."""
    desk = Desk(two_pg(), _seeds(tmp_path / "seeds"))
    first = log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835000000", locality="x", type_code="FUSE_OFF"),
        centre_id=desk.centre,
        user_id=desk.clerk,
    )

    def act(i: int) -> str:
        if i % 3 == 2:
            return complaints.record_follow_up(desk.db, first.id, user_id=desk.clerk).docket
        draft = ComplaintDraft(
            caller_mobile=f"98350123{i:02d}",
            locality="x",
            type_code="FUSE_OFF",
            consumer_no=f"CA{i:04d}" if i % 3 == 1 else "",
        )
        return log_complaint(desk.db, draft, centre_id=desk.centre, user_id=desk.clerk).docket

    with ThreadPoolExecutor(max_workers=4) as pool:
        done = list(pool.map(act, range(30)))
    assert len(done) == 30
    with desk.db.read() as s:
        serials = sorted(s.scalars(select(Complaint.serial)))
    assert serials == list(range(1, 22))  # the first and 20 more, none missing
    report = verify_store(desk.db)
    assert report.ok and report.events == 31, report.problems


def test_a_centre_with_no_chain_head_yet_is_logged_the_general_way_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store whose centre has no head row (its chain not begun) gets its first complaint
    the general way, which makes the head; the next goes the quick way on that head."""
    desk = Desk(open_database(tmp_path / "desk.sqlite"), _seeds(tmp_path / "seeds"))
    assert desk.db.path is not None
    with sqlite3.connect(desk.db.path) as conn:
        conn.execute("DELETE FROM chain_head WHERE centre_id = ?", (desk.centre,))
    went_quick: list[int] = []
    real = complaints._log_on_driver

    def counted(*args: Any, **kwargs: Any) -> Any:
        logged = real(*args, **kwargs)
        went_quick.extend([] if logged is None else [logged.id])
        return logged

    monkeypatch.setattr(complaints, "_log_on_driver", counted)
    draft = ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF")
    first = log_complaint(desk.db, draft, centre_id=desk.centre, user_id=desk.clerk, now=T0)
    second = log_complaint(desk.db, draft, centre_id=desk.centre, user_id=desk.clerk, now=T0)
    assert went_quick == [second.id] and (first.serial, second.serial) == (1, 2)
    report = verify_store(desk.db)
    assert report.events == 2 and report.ok, report.problems
    desk.db.dispose()
