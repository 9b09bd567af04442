"""The demo data builder: every status, reproducible, gapless serials, events that replay to
the complaint rows, nothing after `end`, valid mobiles, and continuing an existing store."""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from fusecentre_app import demo
from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    Complaint,
    ComplaintEvent,
    Consumer,
    DocketCounter,
    Feeder,
    Officer,
    OfficerFeeder,
    Pss,
    SopRule,
)
from fusecentre_app.demo import (
    _TIMES,
    DEMO_PASSWORD,
    DEMO_USERNAME,
    DMR_USERNAME,
    SUPERVISOR_USERNAME,
    DemoSummary,
    _event_json,
    build_demo,
    ensure_demo_users,
)
from fusecentre_app.domain.docket import format_docket
from fusecentre_app.domain.enums import CLOSED_STATUSES, Channel, Designation, Status
from fusecentre_app.domain.lifecycle import MAX_CALLBACK_ATTEMPTS, next_status
from fusecentre_app.domain.phone import normalise_phone
from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day
from fusecentre_app.services import auth, masterdata
from fusecentre_app.services.complaints import (
    ComplaintDraft,
    caller_profile,
    complaints_received_on,
    log_complaint,
)
from tests.support import drop_test_database

# 20:00 in Buxar on a summer day: the evening peak is under way.
END = datetime(2026, 6, 15, 14, 30, tzinfo=UTC)


def _local(y: int, m: int, d: int, hh: int, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=LOCAL_TZ).astimezone(UTC)


@dataclass
class Built:
    db: Database
    path: Path
    summary: DemoSummary
    end: datetime


def _build(path: Path, template: Path | None = None, **kwargs: Any) -> Built:
    """Build a demo into a new store (a copy of `template`, to skip loading and hashing)."""
    if template is not None:
        shutil.copyfile(template, path)
    db = open_database(path)
    kwargs.setdefault("end", END)
    summary = build_demo(db, **kwargs)
    return Built(db, path, summary, kwargs["end"])


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with the demo division and the demo users, and nothing else."""
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    db = open_database(path)
    masterdata.load_division(db)
    ensure_demo_users(db)
    db.dispose()  # the last connection folds the WAL into the file
    return path


@pytest.fixture(scope="module")
def three_days(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    """Built from an empty store: division, users and three days of complaints."""
    built = _build(tmp_path_factory.mktemp("demo") / "demo.sqlite", days=3, per_day=150)
    yield built
    built.db.dispose()


def _complaints(db: Database) -> list[dict[str, Any]]:
    with db.read() as s:
        rows = s.execute(select(Complaint.__table__).order_by(Complaint.id)).mappings().all()
    return [dict(r) for r in rows]


def _events(db: Database) -> dict[int, list[dict[str, Any]]]:
    with db.read() as s:
        rows = s.execute(select(ComplaintEvent.__table__).order_by(ComplaintEvent.id)).mappings()
        out: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for r in rows:
            out[r["complaint_id"]].append(dict(r))
    return out


def _users(db: Database) -> dict[str, int]:
    with db.read() as s:
        return dict(s.execute(select(AppUser.username, AppUser.id)).all())


# ------------------------------------------------------------------------------ statuses


def test_every_status_in_a_three_day_demo(three_days: Built) -> None:
    rows = _complaints(three_days.db)
    counts = Counter(r["status"] for r in rows)
    assert set(counts) == {s.value for s in Status}
    assert three_days.summary.by_status == {s.value: counts[s.value] for s in Status}
    assert three_days.summary.complaints == len(rows)
    assert three_days.summary.first_day == date(2026, 6, 13)
    assert three_days.summary.last_day == date(2026, 6, 15)
    # older complaints are mostly closed; the open ones are recent
    old = [r for r in rows if r["day"] == date(2026, 6, 13)]
    assert sum(r["status"] in CLOSED_STATUSES for r in old) / len(old) > 0.9


@pytest.mark.parametrize(
    ("end", "seed"),
    [
        (_local(2026, 6, 15, 19, 30), 1912),
        (_local(2026, 5, 2, 21, 0), 7),
        (_local(2026, 12, 20, 18, 15), 42),
    ],
)
def test_every_status_in_one_evening(
    tmp_path: Path, template: Path, end: datetime, seed: int
) -> None:
    built = _build(tmp_path / "one.sqlite", template, days=1, per_day=150, end=end, seed=seed)
    counts = built.summary.by_status
    assert all(counts[s.value] > 0 for s in Status), counts
    built.db.dispose()


# ------------------------------------------------------------------------------ reproducible


def _dump(path: Path) -> dict[str, list[tuple[Any, ...]]]:
    con = sqlite3.connect(path)
    try:
        out = {}
        for table in ("complaint", "complaint_event", "consumer", "docket_counter"):
            out[table] = con.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
        out["app_user"] = con.execute(
            "SELECT id, username, full_name, role, centre_id, active FROM app_user ORDER BY id"
        ).fetchall()
        return out
    finally:
        con.close()


def test_same_seed_and_end_give_identical_rows(
    tmp_path: Path, template: Path, three_days: Built
) -> None:
    # one store built from empty, the other from a copy of the division and users
    again = _build(tmp_path / "again.sqlite", template, days=3, per_day=150)
    again.db.dispose()
    first, second = _dump(three_days.path), _dump(again.path)
    assert first["complaint"]
    for table in first:
        assert first[table] == second[table], table
    assert again.summary == three_days.summary

    other = _build(tmp_path / "other.sqlite", template, days=3, per_day=150, seed=1913)
    other.db.dispose()
    assert _dump(other.path)["complaint"] != first["complaint"]


# ------------------------------------------------------------------------------ serials


def _check_serials(db: Database) -> None:
    rows = _complaints(db)
    with db.read() as s:
        codes = dict(s.execute(select(Centre.id, Centre.code)).all())
        counters = {
            (c, d): n
            for c, d, n in s.execute(
                select(DocketCounter.centre_id, DocketCounter.day, DocketCounter.last_serial)
            )
        }
    groups: dict[tuple[int, date], list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        assert r["day"] == local_day(r["received_at"])
        assert r["docket"] == format_docket(codes[r["centre_id"]], r["day"], r["serial"])
        groups[(r["centre_id"], r["day"])].append(r)
    assert set(groups) == set(counters)
    for key, group in groups.items():
        group.sort(key=lambda r: r["serial"])
        assert [r["serial"] for r in group] == list(range(1, len(group) + 1)), key
        received = [r["received_at"] for r in group]
        assert received == sorted(received), key
        assert counters[key] == len(group), key
    assert len({r["docket"] for r in rows}) == len(rows)


def test_the_planner_has_statistics_after_a_build(three_days: Built) -> None:
    """ANALYZE after the build: the planner knows the tables' sizes and their indexes'."""
    with sqlite3.connect(three_days.path) as con:
        analysed = {row[0] for row in con.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"complaint", "complaint_event", "consumer"} <= analysed


def test_serials_gapless_per_centre_and_day(three_days: Built) -> None:
    _check_serials(three_days.db)
    rows = _complaints(three_days.db)
    assert {r["centre_id"] for r in rows} == {1, 2}
    per_centre_day = Counter((r["centre_id"], r["day"]) for r in rows)
    full_days = [n for (_c, d), n in per_centre_day.items() if d < date(2026, 6, 15)]
    assert all(110 <= n <= 190 for n in full_days), full_days


def test_the_app_continues_the_sequence(tmp_path: Path, template: Path) -> None:
    built = _build(tmp_path / "app.sqlite", template, days=1, per_day=40)
    db = built.db
    with db.read() as s:
        centre_id = s.scalar(select(Centre.id).where(Centre.code == "BXR"))
        feeder_id = s.scalar(
            select(Feeder.id).join(Pss).where(Pss.centre_id == centre_id).order_by(Feeder.id)
        )
        last = s.scalar(
            select(DocketCounter.last_serial).where(
                DocketCounter.centre_id == centre_id, DocketCounter.day == local_day(END)
            )
        )
    assert last
    draft = ComplaintDraft(
        caller_mobile="9835012345",
        caller_name="Test Caller",
        locality="Munim Chowk",
        feeder_id=feeder_id,
        type_code="FUSE_OFF",
        received_at=END,
    )
    logged = log_complaint(db, draft, centre_id=centre_id, user_id=1, now=END)
    assert logged.serial == last + 1
    assert len(complaints_received_on(db, centre_id, local_day(END))) == last + 1
    _check_serials(db)
    db.dispose()


def test_running_again_continues_without_collisions(tmp_path: Path, template: Path) -> None:
    built = _build(tmp_path / "twice.sqlite", template, days=2, per_day=60)
    db = built.db
    before = _complaints(db)
    # the same run again adds only what was received after the latest stored complaint
    build_demo(db, days=2, per_day=60, end=END)
    # a later run overlaps the last day and adds a new one
    later = END + timedelta(days=1, hours=1)
    summary = build_demo(db, days=2, per_day=60, end=later, seed=5)
    after = _complaints(db)
    assert summary.complaints > 0
    assert len(after) > len(before)
    assert [r["id"] for r in after] == list(range(1, len(after) + 1))
    _check_serials(db)
    overlap = [r for r in after if r["day"] == local_day(END)]
    assert max(r["serial"] for r in overlap) > max(
        r["serial"] for r in before if r["day"] == local_day(END)
    )
    with db.read() as s:
        numbers = s.execute(select(Consumer.consumer_no)).scalars().all()
        event_ids = s.scalars(select(ComplaintEvent.id).order_by(ComplaintEvent.id)).all()
        assert event_ids == list(range(1, len(event_ids) + 1))
        assert s.scalar(select(func.count()).select_from(AppUser)) == len(demo.DEMO_USERS)
    assert len(numbers) == len(set(numbers))
    _check_history(db, later)
    db.dispose()


def test_a_failure_leaves_whole_days(
    tmp_path: Path, template: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo.run, "CHUNK_SIZE", 100)  # one day (two centres x ~60) a transaction
    writes = 0
    insert = demo._Writer.insert

    def cut_power_in_the_third_day(self: Any, s: Any, name: str, rows: Any) -> None:
        nonlocal writes
        writes += name == "complaint_event"
        if writes == 3:
            raise RuntimeError("power cut")
        insert(self, s, name, rows)

    monkeypatch.setattr(demo._Writer, "insert", cut_power_in_the_third_day)
    path = tmp_path / "cut.sqlite"
    shutil.copyfile(template, path)
    db = open_database(path)
    with pytest.raises(RuntimeError):
        build_demo(db, days=5, per_day=60, end=END)
    days = sorted({r["day"] for r in _complaints(db)})
    assert days == [date(2026, 6, 11), date(2026, 6, 12)]
    _check_serials(db)
    _check_history(db, END)
    db.dispose()


# ------------------------------------------------------------------------------ events


_ACTIONS = {
    "assigned": "assign",
    "attended": "attend",
    "resolved": "resolve",
    "reopened": "reopen",
    "cancelled": "cancel",
}


def _replay(c: dict[str, Any], events: list[dict[str, Any]], users: dict[str, int]) -> None:
    """Check one complaint against its events, replayed independently of the builder."""
    docket = c["docket"]
    assert events[0]["kind"] == "logged", docket
    assert events[0]["at"] == c["logged_at"] >= c["received_at"], docket
    assert events[0]["data"]["docket"] == docket
    assert events[0]["data"]["received_at"] == c["received_at"].isoformat()
    assert events[0]["data"]["sop_due_at"] == c["sop_due_at"].isoformat()
    assert c["logged_by_id"] in users.values()
    status = Status.NEW
    calls = 1
    assigned_at = attended_at = resolved_at = verified_at = closed_at = None
    officer = None
    attempts = reopens = 0
    cause = note = ""
    last_outcome = None
    previous = events[0]["at"]
    for position, e in enumerate(events[1:], start=1):
        at, kind, data = e["at"], e["kind"], e["data"]
        assert at >= previous, docket
        previous = at
        assert e["user_id"] in users.values()
        if kind == "follow_up":
            assert status.is_open, docket
            calls += 1
            assert data["call_count"] == calls
            continue
        if kind == "callback":
            assert status == Status.RESOLVED, docket
            attempts += 1
            assert data["attempt"] == attempts
            last_outcome = data["outcome"]
            continue
        action = _ACTIONS.get(kind)
        if kind == "closed":
            action = "verify" if data["status"] == "closed_verified" else "close_unverified"
            assert data["status"] == next_status(status, action).value
        assert action is not None, kind
        status = next_status(status, action)
        if kind == "assigned":
            officer, assigned_at, attended_at = data["officer_id"], at, None
        elif kind == "attended":
            attended_at = at
        elif kind == "resolved":
            resolved_at, attempts, last_outcome = at, 0, None
            cause, note = data["cause"], data["note"]
        elif kind == "reopened":
            # after a callback that found the supply off, or a call from the consumer saying so
            before = events[position - 1]
            assert before["at"] == at
            assert before["kind"] == "follow_up" or last_outcome == "not_restored", docket
            reopens += 1
            resolved_at, cause, note = None, "", ""
        elif kind == "closed":
            closed_at = at
            if action == "verify":
                assert last_outcome == "restored"
                verified_at = at
            else:
                assert last_outcome == "unreachable"
                assert attempts == MAX_CALLBACK_ATTEMPTS
        elif kind == "cancelled":
            closed_at = at
            assert e["user_id"] == users[SUPERVISOR_USERNAME]
            assert c["cancel_reason"] == data["reason"] != ""
    assert c["status"] == status.value, docket
    assert c["call_count"] == calls == 1 + sum(e["kind"] == "follow_up" for e in events)
    assert c["assigned_officer_id"] == officer
    assert c["assigned_at"] == assigned_at
    assert c["attended_at"] == attended_at
    assert c["resolved_at"] == resolved_at
    assert (c["resolution_cause"], c["resolution_note"]) == (cause, note)
    assert c["verified_at"] == verified_at
    assert c["closed_at"] == closed_at
    assert (closed_at is not None) == (status in CLOSED_STATUSES)
    assert c["callback_attempts"] == attempts
    assert c["reopen_count"] == reopens
    assert c["version"] == len(events)
    if status in CLOSED_STATUSES:
        assert events[-1]["kind"] in ("closed", "cancelled")


def _check_history(db: Database, end: datetime) -> None:
    users = _users(db)
    events = _events(db)
    complaints = _complaints(db)
    assert set(events) == {c["id"] for c in complaints}
    for c in complaints:
        _replay(c, events[c["id"]], users)
        for name in ("received_at", "logged_at", "assigned_at", "attended_at", "resolved_at"):
            assert c[name] is None or c[name] <= end
        assert c["verified_at"] is None or c["verified_at"] <= end
        assert c["closed_at"] is None or c["closed_at"] <= end
        assert all(e["at"] <= end for e in events[c["id"]])


def test_events_replay_to_the_complaint_rows(three_days: Built) -> None:
    _check_history(three_days.db, three_days.end)
    events = [e for es in _events(three_days.db).values() for e in es]
    assert three_days.summary.events == len(events)
    kinds = Counter(e["kind"] for e in events)
    for kind in (
        "logged",
        "follow_up",
        "assigned",
        "attended",
        "resolved",
        "callback",
        "reopened",
        "closed",
        "cancelled",
    ):
        assert kinds[kind] > 0, kind


def test_nothing_after_end_even_in_sql(three_days: Built) -> None:
    end = three_days.end
    with three_days.db.read() as s:
        for col in (Complaint.received_at, Complaint.logged_at, Complaint.closed_at):
            assert s.scalar(select(func.count()).where(col > end)) == 0
        assert s.scalar(select(func.count()).where(ComplaintEvent.at > end)) == 0
        assert s.scalar(select(func.count()).where(Complaint.received_at <= end)) == len(
            _complaints(three_days.db)
        )
        # the last hour before `end` is busy: something happened in it
        assert s.scalar(select(func.count()).where(ComplaintEvent.at > end - timedelta(hours=1)))


def test_the_orm_reads_the_same_aware_utc_times(three_days: Built) -> None:
    with three_days.db.read() as s:
        complaint = s.get(Complaint, 10)
        assert complaint is not None
        logged = s.scalars(
            select(ComplaintEvent).where(
                ComplaintEvent.complaint_id == 10, ComplaintEvent.kind == "logged"
            )
        ).one()
        assert complaint.received_at.tzinfo is UTC
        assert complaint.received_at == datetime.fromisoformat(logged.data["received_at"])
        assert logged.at == complaint.logged_at
        assert complaint.sop_due_at - complaint.received_at == timedelta(hours=complaint.sop_hours)
        # ordering by time in SQL agrees with ordering in Python
        times = s.scalars(select(Complaint.received_at).order_by(Complaint.received_at)).all()
        assert times == sorted(times)


def test_time_text_matches_datetime() -> None:
    rng = random.Random(3)
    for seconds in [0, 86399, 86400, *(rng.randrange(4_000_000_000) for _ in range(2000))]:
        moment = datetime.fromtimestamp(seconds, UTC)
        assert _TIMES.iso(seconds) == moment.isoformat()
        assert _TIMES.storage(seconds) == moment.replace(tzinfo=None).isoformat(" ", "microseconds")


def test_event_data_is_plain_json(three_days: Built) -> None:
    con = sqlite3.connect(three_days.path)
    try:
        for kind, text in con.execute("SELECT kind, data FROM complaint_event"):
            data = json.loads(text)
            assert _event_json(kind, data) == text
            assert text == json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    finally:
        con.close()


# ------------------------------------------------------------------------------ realism


def test_callers_and_mobiles(three_days: Built) -> None:
    rows = _complaints(three_days.db)
    mobiles = [r["caller_mobile"] for r in rows if r["caller_mobile"]]
    assert len(mobiles) > 0.95 * len(rows)
    for m in set(mobiles):
        assert m.startswith("+91") and len(m) == 13
        assert normalise_phone(m, mobile_only=True) == m
    for r in rows:
        if r["caller_mobile"] is None:
            assert r["channel"] == Channel.SOCIAL.value
    # repeat callers: same number, same consumer number and place as before
    first_seen: dict[str, dict[str, Any]] = {}
    repeats = 0
    for r in sorted(rows, key=lambda r: r["received_at"]):
        m = r["caller_mobile"]
        if m in first_seen:
            repeats += 1
            assert r["consumer_no"] == first_seen[m]["consumer_no"]
            assert r["locality"] == first_seen[m]["locality"]
        elif m:
            first_seen[m] = r
    assert 0.05 < repeats / len(rows) < 0.25
    devanagari = sum(any("\u0900" <= ch <= "\u097f" for ch in r["caller_name"]) for r in rows)
    assert 0.2 < devanagari / len(rows) < 0.45
    with_consumer = sum(bool(r["consumer_no"]) for r in rows)
    assert 0.45 < with_consumer / len(rows) < 0.75
    repeat = next(m for m in mobiles if mobiles.count(m) > 1)
    profile = caller_profile(three_days.db, repeat)
    assert profile is not None and len(profile.complaints) >= 2


def test_consumers_are_linked(three_days: Built) -> None:
    with three_days.db.read() as s:
        consumers = dict(s.execute(select(Consumer.id, Consumer.consumer_no)).all())
    assert len(set(consumers.values())) == len(consumers) == three_days.summary.consumers
    for r in _complaints(three_days.db):
        if r["consumer_no"]:
            assert consumers[r["consumer_id"]] == r["consumer_no"]
            assert r["consumer_no"].isdigit() and 9 <= len(r["consumer_no"]) <= 12
        else:
            assert r["consumer_id"] is None


def test_network_officers_and_sop(three_days: Built) -> None:
    db = three_days.db
    with db.read() as s:
        feeder_area = dict(s.execute(select(Feeder.id, Feeder.area)).all())
        feeder_centre = dict(
            s.execute(select(Feeder.id, Pss.centre_id).join(Pss, Pss.id == Feeder.pss_id)).all()
        )
        rules = select(SopRule.type_code, SopRule.area, SopRule.hours)
        hours = {(t, a): h for t, a, h in s.execute(rules)}
        staff: dict[int, set[int]] = defaultdict(set)
        linemen: dict[int, set[int]] = defaultdict(set)
        for officer_id, feeder_id, designation in s.execute(
            select(OfficerFeeder.officer_id, OfficerFeeder.feeder_id, Officer.designation).join(
                Officer, Officer.id == OfficerFeeder.officer_id
            )
        ):
            staff[feeder_id].add(officer_id)
            if designation == Designation.LINEMAN.value:
                linemen[feeder_id].add(officer_id)
    rows = _complaints(db)
    for r in rows:
        feeder = r["feeder_id"]
        assert feeder_centre[feeder] == r["centre_id"]
        assert r["sop_hours"] == hours[(r["type_code"], feeder_area[feeder])]
        assert r["sop_due_at"] == r["received_at"] + timedelta(hours=r["sop_hours"])
        if r["assigned_officer_id"] is not None:
            assert r["assigned_officer_id"] in linemen[feeder]
        if r["channel"] == Channel.OFFICER.value:
            assert r["forwarded_by_id"] in staff[feeder]
        else:
            assert r["forwarded_by_id"] is None
        if r["channel"] == Channel.SOCIAL.value:
            assert r["channel_ref"].startswith(("@", "https://"))
    types = Counter(r["type_code"] for r in rows)
    channels = Counter(r["channel"] for r in rows)
    assert 0.3 < types["FUSE_OFF"] / len(rows) < 0.5
    assert 0.5 < channels["phone"] / len(rows) < 0.7
    assert {"LINE_BREAK", "SPARKING", "POLE_DAMAGE", "DT_FAIL"} <= set(types)
    hour = Counter(r["received_at"].astimezone(LOCAL_TZ).hour for r in rows)
    assert sum(hour[h] for h in (2, 3, 4)) * 3 < sum(hour[h] for h in (19, 20, 21))
    end = three_days.end
    breaches = [r for r in rows if r["resolved_at"] and r["resolved_at"] > r["sop_due_at"]]
    overdue = [r for r in rows if Status(r["status"]).is_open and r["sop_due_at"] < end]
    assert breaches and overdue
    assert any(r["reopen_count"] for r in rows)


def test_demo_users_sign_in(three_days: Built) -> None:
    db = three_days.db
    clerk = auth.authenticate(db, DEMO_USERNAME, DEMO_PASSWORD)
    assert (clerk.full_name, clerk.role, clerk.centre_code) == ("Asha Kumari", "clerk", "BXR")
    assert auth.authenticate(db, DMR_USERNAME, DEMO_PASSWORD).centre_code == "DMR"
    boss = auth.authenticate(db, SUPERVISOR_USERNAME, DEMO_PASSWORD)
    assert (boss.role, boss.centre_code) == ("supervisor", "BXR")


def test_progress_is_reported(tmp_path: Path, template: Path) -> None:
    calls: list[tuple[int, int]] = []
    built = _build(
        tmp_path / "p.sqlite",
        template,
        days=2,
        per_day=5,
        progress=lambda d, t: calls.append((d, t)),
    )
    built.db.dispose()
    assert calls[0] == (0, 2) and calls[-1] == (2, 2)
    assert [d for d, _t in calls] == sorted(d for d, _t in calls)


def test_bad_arguments(tmp_path: Path) -> None:
    db = open_database(tmp_path / "bad.sqlite")
    with pytest.raises(ValueError):
        build_demo(db, days=0)
    with pytest.raises(ValueError):
        build_demo(db, per_day=0)
    db.dispose()


# ------------------------------------------------------------------------------ PostgreSQL


@pytest.mark.postgres
def test_postgresql_round_trip() -> None:
    """Same rules on PostgreSQL (a scratch database on FUSECENTRE_TEST_PG_URL's server)."""
    url = os.environ.get("FUSECENTRE_TEST_PG_URL")
    if not url:
        if os.environ.get("FUSECENTRE_REQUIRE_PG"):
            pytest.fail("FUSECENTRE_REQUIRE_PG is set but FUSECENTRE_TEST_PG_URL is not")
        pytest.skip("set FUSECENTRE_TEST_PG_URL to run the PostgreSQL tests")
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from fusecentre_app.db.urls import resolve_url

    name = f"fusecentre_demo_{uuid.uuid4().hex[:12]}"
    admin = create_engine(resolve_url(url), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        target = make_url(resolve_url(url)).set(database=name)
        db = open_database(target.render_as_string(hide_password=False))
        summary = build_demo(db, days=2, per_day=60, end=END)
        assert summary.complaints > 0
        with db.read() as s:  # ANALYZE after the build: the planner has the table's size
            planned = s.scalar(text("SELECT reltuples FROM pg_class WHERE relname = 'complaint'"))
        assert planned == summary.complaints
        _check_serials(db)
        _check_history(db, END)
        with db.read() as s:
            c = s.get(Complaint, 1)
            assert c is not None and c.received_at.tzinfo is UTC
        db.dispose()
    finally:
        drop_test_database(admin, name)
        admin.dispose()
