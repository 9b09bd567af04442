"""`build_demo`: whole days written a batch at a time, ids and serials continued from what
the store holds, and the chain heads and docket counters brought up to date."""

from __future__ import annotations

import gc
import json
import random
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    func,
    select,
    text,
)
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    ChainHead,
    Complaint,
    ComplaintEvent,
    Consumer,
    DocketCounter,
    Setting,
)
from fusecentre_app.demo.builder import _Builder, _DayState
from fusecentre_app.demo.constants import (
    CHUNK_SIZE,
    DEFAULT_SEED,
    DEMO_MARK,
    DemoSummary,
    Progress,
)
from fusecentre_app.demo.network import _load_network, ensure_demo_users
from fusecentre_app.demo.rows import _Writer
from fusecentre_app.domain.chain import event_hash
from fusecentre_app.domain.enums import (
    Status,
)
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import as_utc, local_day, local_day_bounds, utcnow
from fusecentre_app.services import masterdata
from fusecentre_app.services.errors import store_errors
from fusecentre_app.services.uow import CommandLine, changing


def build_demo(
    db: Database,
    *,
    days: int = 3,
    per_day: int = 150,
    seed: int = DEFAULT_SEED,
    end: datetime | None = None,
    progress: Progress | None = None,
) -> DemoSummary:
    """Fill `db` with the demo division (if it has no centres), the demo users and `days`
    local days of complaints, about `per_day` per centre and day, ending at `end`.

    The last day is the local (Asia/Kolkata) day of `end` (default: now), which gets only
    what was received, and only what happened, up to `end`. `progress(done, total)` is
    called with the days written so far and the days in all.

    Whole days are committed together (about `CHUNK_SIZE` complaints a transaction), so a
    failure leaves complete days or none. Raises `ValueError` for `days` or `per_day` below
    1, and `ServiceError` (`StoreUnavailable` for a locked, read-only or full store) when the
    store cannot take the data.
    """
    if days < 1:
        raise ValueError("days must be at least 1")
    if per_day < 1:
        raise ValueError("per_day must be at least 1")
    end = as_utc(end) if end is not None else utcnow()
    end_ts = int(end.timestamp())
    last_day = local_day(end)
    first_day = last_day - timedelta(days=days - 1)

    if not masterdata.has_division(db):
        masterdata.load_division(db)
    mark_demo_store(db)
    users = ensure_demo_users(db)

    with db.read() as s:
        centres, types = _load_network(s, users)
        known_consumers: dict[str, int] = {}
        if s.scalar(select(func.count()).select_from(Consumer)):
            known_consumers = dict(s.execute(select(Consumer.consumer_no, Consumer.id)).all())
    builder = _Builder(random.Random(seed), types, users, end_ts)
    builder.consumer_ids = known_consumers

    writer = _Writer(db.engine.dialect)
    by_status = {status.value: 0 for status in Status}
    totals = [0, 0, 0]  # complaints, events, consumers
    all_days = [first_day + timedelta(days=i) for i in range(days)]
    done = 0
    if progress is not None:
        progress(0, days)
    # Millions of small, acyclic objects: the cycle collector would rescan them over and over.
    collecting = gc.isenabled()
    gc.disable()
    try:
        while done < days:
            with store_errors(), db.write() as s:
                ids = _max_ids(s)
                builder.next_consumer_id = ids[2] + 1
                builder.new_consumers = []
                batch: list[dict[str, Any]] = []
                touched: list[tuple[int, date, _DayState]] = []
                while done < days and len(batch) < CHUNK_SIZE:
                    day = all_days[done]
                    day_rows: list[dict[str, Any]] = []
                    for centre in centres:
                        state = _day_state(s, centre.id, day)
                        before = state.last_serial
                        day_rows.extend(builder.day_complaints(centre, day, state, per_day))
                        if state.last_serial != before:
                            touched.append((centre.id, day, state))
                    # ids in the order the desk would have logged them
                    day_rows.sort(key=_logging_order)
                    batch.extend(day_rows)
                    done += 1
                made = _write_batch(s, writer, batch, builder.new_consumers, ids, touched)
            totals[0] += len(batch)
            totals[1] += made
            totals[2] += len(builder.new_consumers)
            for row in batch:
                by_status[row["status"]] += 1
            if progress is not None:
                progress(done, days)
    finally:
        if collecting:
            gc.enable()
    if db.engine.dialect.name == "postgresql":
        _advance_sequences(db)
    _analyse(db)
    return DemoSummary(
        complaints=totals[0],
        events=totals[1],
        consumers=totals[2],
        days=days,
        first_day=first_day,
        last_day=last_day,
        by_status=by_status,
    )


def mark_demo_store(db: Database) -> None:
    """Say in the store (a setting, on record) that the demo built it, so that more demo
    days may be added to it, and to no other."""
    with changing(db, CommandLine.current(), UseCase.LOAD_DIVISION) as c:
        if c.session.get(Setting, DEMO_MARK) is None:
            c.session.add(Setting(key=DEMO_MARK, value="yes"))
            c.saved("setting", DEMO_MARK, None, kind="demo_store")


def is_demo_store(db: Database) -> bool:
    with db.read() as s:
        return s.get(Setting, DEMO_MARK) is not None


def _advance_sequences(db: Database) -> None:
    """Rows were written with their ids given; move PostgreSQL's id sequences past them so
    the next complaint logged at the desk gets a free id."""
    with store_errors(), db.write() as s:
        for table in ("complaint", "complaint_event", "consumer"):
            s.execute(
                text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                    f" COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM {table}"
                )
            )


def _analyse(db: Database) -> None:
    """Refresh the planner's statistics (ANALYZE, on SQLite and PostgreSQL alike): a store
    that was never analysed after days of rows came in at once is read as if it were empty,
    and today's list then walks every complaint of the store's history."""
    with store_errors(), db.write() as s:
        s.execute(text("ANALYZE"))


def _logging_order(row: dict[str, Any]) -> tuple[int, int, int]:
    return row["logged_at"], row["centre_id"], row["serial"]


def _max_ids(s: Session) -> tuple[int, int, int]:
    """The highest complaint, event and consumer ids in use."""
    return (
        s.scalar(select(func.max(Complaint.id))) or 0,
        s.scalar(select(func.max(ComplaintEvent.id))) or 0,
        s.scalar(select(func.max(Consumer.id))) or 0,
    )


def _day_state(s: Session, centre_id: int, day: date) -> _DayState:
    """What the store already has for a centre's local day: its counter and complaints.
    Every query here runs on an index, however many complaints the store holds."""
    counter = s.scalar(
        select(DocketCounter.last_serial).where(
            DocketCounter.centre_id == centre_id, DocketCounter.day == day
        )
    )
    state = _DayState(int(counter or 0), None, counter is not None)
    top = s.scalar(
        select(func.max(Complaint.serial)).where(
            Complaint.centre_id == centre_id, Complaint.day == day
        )
    )
    if top is not None:
        state.last_serial = max(state.last_serial, int(top))
        # The day's complaints are those received within its bounds (on the
        # (centre, received_at) index).
        start, stop = local_day_bounds(day)
        latest = s.scalar(
            select(Complaint.received_at)
            .where(
                Complaint.centre_id == centre_id,
                Complaint.received_at >= start,
                Complaint.received_at < stop,
            )
            .order_by(Complaint.received_at.desc())
            .limit(1)
        )
        if latest is not None:
            state.last_received = int(as_utc(latest).timestamp())
    return state


def _chain_heads(s: Session) -> dict[int, str]:
    """Each centre's last chain link (every centre has a head from the division's loading)."""
    return {c: h for c, h in s.execute(select(ChainHead.centre_id, ChainHead.last_hash))}


def _write_batch(
    s: Session,
    writer: _Writer,
    batch: list[dict[str, Any]],
    consumers: list[tuple[Any, ...]],
    ids: tuple[int, int, int],
    touched: list[tuple[int, date, _DayState]],
) -> int:
    """Insert a batch's consumers, complaints, events and counters; returns events made."""
    last_event: dict[int, int] = {}
    time = writer.time
    to_json = writer.json
    day_value = writer.day
    writer.insert(s, "consumer", [(*c[:-1], time(c[-1])) for c in consumers])

    # Ids follow the order the desk logged the complaints in; a complaint's events get
    # consecutive ids, oldest first.
    complaint_id, event_id = ids[0], ids[1]
    events: list[tuple[Any, ...]] = []
    rows: list[tuple[Any, ...]] = []
    heads = _chain_heads(s)
    for r in batch:
        complaint_id += 1
        centre_id = r["centre_id"]
        previous = heads[centre_id]
        for at, _order, kind, user, data in r.pop("_events"):
            event_id += 1
            text = to_json(kind, data)
            # The chain covers what is stored: the JSON as it will read back.
            moment = datetime.fromtimestamp(at, UTC)
            digest = event_hash(previous, complaint_id, moment, user, kind, json.loads(text))
            events.append((event_id, complaint_id, time(at), user, kind, text, previous, digest))
            previous = digest
        heads[centre_id] = previous
        last_event[centre_id] = event_id
        rows.append(
            (
                complaint_id,
                r["centre_id"],
                day_value(r["day"]),
                r["serial"],
                r["docket"],
                time(r["received_at"]),
                time(r["logged_at"]),
                r["logged_by_id"],
                r["channel"],
                r["channel_ref"],
                r["forwarded_by_id"],
                r["caller_name"],
                r["caller_mobile"],
                r["consumer_id"],
                r["consumer_no"],
                r["locality"],
                r["address"],
                r["landmark"],
                r["feeder_id"],
                r["dt_id"],
                r["type_code"],
                r["priority"],
                r["description"],
                r["status"],
                r["sop_hours"],
                time(r["sop_due_at"]),
                r["assigned_officer_id"],
                time(r["assigned_at"]),
                time(r["attended_at"]),
                time(r["resolved_at"]),
                r["resolution_cause"],
                r["resolution_note"],
                time(r["verified_at"]),
                time(r["closed_at"]),
                r["callback_attempts"],
                r["reopen_count"],
                r["cancel_reason"],
                r["call_count"],
                None,  # incident_id: demo incidents are made through the service afterwards
                r["version"],
            )
        )
    writer.insert(s, "complaint", rows)

    writer.insert(s, "complaint_event", events)
    for centre_id, last_hash in heads.items():
        if centre_id in last_event:
            s.execute(
                sql_update(ChainHead)
                .where(ChainHead.centre_id == centre_id)
                .values(last_event_id=last_event[centre_id], last_hash=last_hash)
            )

    new_counters = [
        (centre_id, day_value(day), state.last_serial)
        for centre_id, day, state in touched
        if not state.had_counter
    ]
    writer.insert(s, "docket_counter", new_counters)
    for centre_id, day, state in touched:
        if state.had_counter:
            s.execute(
                sql_update(DocketCounter)
                .where(DocketCounter.centre_id == centre_id, DocketCounter.day == day)
                .values(last_serial=state.last_serial)
            )
        state.had_counter = True
    return len(events)
