"""Log a complaint through the service vs. a raw driver transaction making the same writes.

Quality bar (DESIGN.md, issue 12): the service's durable save (validation, the clerk read
from the store and their permission checked, the references and the SoP rule, the serial,
the complaint, the hash-chained event, the chain head, the anchor note) is within 2x of a
raw transaction, on the same machine, in the same run, on SQLite (raw `sqlite3`) and, with
`--db postgresql://...`, on PostgreSQL too (raw psycopg).

The raw side makes the same writes with the same durability: the daily counter's upsert,
the chain head read, the complaint row with every column the service fills, the `logged`
event with the same snapshot as its data and its real hash, the head moved, one commit per
complaint; on SQLite with the desk's PRAGMAs (WAL, synchronous=FULL, foreign keys, busy
timeout) and BEGIN IMMEDIATE. The two sides alternate save by save (service, raw, service,
raw ...) on two stores made alike, so a slower moment of the machine falls on both; at the
end one row of each side is compared, so the raw side is seen to write what the service
writes. Each backend ends with its `verdict:` line; the last line is the last backend's.
On PostgreSQL two scratch databases are made on the server and dropped afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from fusecentre_app.db.engine import BUSY_TIMEOUT_MS, Database, open_database
from fusecentre_app.db.urls import resolve_url
from fusecentre_app.domain.timeutil import local_day
from fusecentre_app.services import masterdata
from fusecentre_app.services.accounts import create_user
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

BAR = 2.0  # service median / raw median, DESIGN.md's quality bar
WARM_UP = 20  # saves per side before the timing starts (caches, prepared statements)
GENESIS = "0" * 64
COLUMNS = (
    "centre_id, day, serial, docket, received_at, logged_at, logged_by_id, channel,"
    " channel_ref, forwarded_by_id, caller_name, caller_mobile, consumer_id, consumer_no,"
    " locality, address, landmark, feeder_id, dt_id, type_code, priority, description,"
    " status, sop_hours, sop_due_at, assigned_officer_id, assigned_at, attended_at,"
    " resolved_at, resolution_cause, resolution_note, verified_at, closed_at,"
    " callback_attempts, reopen_count, cancel_reason, call_count, incident_id, version"
)
# Columns that differ between two saves of the same call (ids, times, the serial).
VARYING = {"id", "serial", "docket", "received_at", "logged_at", "sop_due_at", "day"}


class Store:
    """One side's store: the demo division, one clerk, the first feeder of BXR."""

    def __init__(self, db: Database) -> None:
        masterdata.load_division(db)
        centre = masterdata.centre_by_code(db, "BXR")
        self.centre_id, self.centre_code = centre.id, centre.code
        self.clerk = create_user(
            db, username="asha", full_name="Asha", password="bench-desk-pass", centre_id=centre.id
        ).id
        feeder = masterdata.form_choices(db, centre.id).feeders[0]
        self.feeder_id = feeder.id
        self.db = db


def draft(i: int, feeder_id: int) -> ComplaintDraft:
    return ComplaintDraft(
        caller_mobile=f"98350{i:05d}",
        caller_name="सुनील कुमार",
        locality="Sohni Patti",
        feeder_id=feeder_id,
        type_code="FUSE_OFF",
        description="fuse off since morning",
    )


def service_save(store: Store) -> Callable[[int], None]:
    def save(i: int) -> None:
        log_complaint(
            store.db, draft(i, store.feeder_id), centre_id=store.centre_id, user_id=store.clerk
        )

    return save


def raw_values(
    store: Store, i: int, now: datetime, serial: int
) -> tuple[list[Any], dict[str, Any]]:
    """The complaint row's values (in COLUMNS' order; the caller turns times and days into
    what its driver takes) and the `logged` event's data, as the service builds them."""
    day = local_day(now)
    due = now + timedelta(hours=4)  # FUSE_OFF on an urban feeder, continuous clock
    docket = f"{store.centre_code}-{day:%Y%m%d}-{serial:03d}"
    mobile = f"+9198350{i:05d}"
    row = [
        store.centre_id, day, serial, docket, now, now, store.clerk, "phone", "", None,
        "सुनील कुमार", mobile, None, "", "Sohni Patti", "", "", store.feeder_id, None,
        "FUSE_OFF", 0, "fuse off since morning", "new", 4.0, due, None, None, None, None,
        "", "", None, None, 0, 0, "", 1, None, 1,
    ]  # fmt: skip
    data = {
        "docket": docket, "received_at": now.isoformat(), "channel": "phone",
        "channel_ref": "", "caller_name": "सुनील कुमार", "caller_mobile": mobile,
        "consumer_no": "", "locality": "Sohni Patti", "address": "", "landmark": "",
        "feeder_id": store.feeder_id, "dt_id": None, "type_code": "FUSE_OFF", "priority": 0,
        "description": "fuse off since morning", "sop_hours": 4.0,
        "sop_due_at": due.isoformat(), "forwarded_by_id": None, "status": "new",
    }  # fmt: skip
    return row, data


def chain_link(previous: str, complaint_id: int, at: datetime, user_id: int, data: Any) -> str:
    moment = at.isoformat(timespec="microseconds")
    body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    content = f"{complaint_id}|{moment}|{user_id}|logged|{body}"
    return hashlib.sha256(f"{previous}|{content}".encode()).hexdigest()


def sqlite_text(moment: datetime) -> str:
    """A UTC time as the desk's SQLite columns hold it."""
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def raw_sqlite_save(store: Store, path: Path) -> tuple[Callable[[int], None], Callable[[], None]]:
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    marks = ", ".join("?" * len(COLUMNS.split(",")))
    insert = f"INSERT INTO complaint ({COLUMNS}) VALUES ({marks}) RETURNING id"

    def save(i: int) -> None:
        now = datetime.now(UTC)
        cur = conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        day = local_day(now).isoformat()
        serial = cur.execute(
            "INSERT INTO docket_counter (centre_id, day, last_serial) VALUES (?, ?, 1)"
            " ON CONFLICT (centre_id, day) DO UPDATE SET last_serial = last_serial + 1"
            " RETURNING last_serial",
            (store.centre_id, day),
        ).fetchone()[0]
        previous = cur.execute(
            "SELECT last_hash FROM chain_head WHERE centre_id = ?", (store.centre_id,)
        ).fetchone()[0]
        row, data = raw_values(store, i, now, serial)
        row[1] = day
        row[4] = row[5] = sqlite_text(now)
        row[24] = sqlite_text(row[24])
        complaint_id = cur.execute(insert, row).fetchone()[0]
        digest = chain_link(previous, complaint_id, now, store.clerk, data)
        event_id = cur.execute(
            "INSERT INTO complaint_event (complaint_id, at, user_id, kind, data, prev_hash, hash)"
            " VALUES (?, ?, ?, 'logged', ?, ?, ?) RETURNING id",
            (complaint_id, sqlite_text(now), store.clerk, json.dumps(data), previous, digest),
        ).fetchone()[0]
        cur.execute(
            "UPDATE chain_head SET last_event_id = ?, last_hash = ? WHERE centre_id = ?",
            (event_id, digest, store.centre_id),
        )
        cur.execute("COMMIT")

    return save, conn.close


def raw_pg_save(store: Store, url: str) -> tuple[Callable[[int], None], Callable[[], None]]:
    import psycopg
    from psycopg.types.json import Json

    conn = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(False))
    marks = ", ".join(["%s"] * len(COLUMNS.split(",")))
    insert = f"INSERT INTO complaint ({COLUMNS}) VALUES ({marks}) RETURNING id"

    def save(i: int) -> None:
        now = datetime.now(UTC)
        with conn.transaction(), conn.cursor() as cur:
            cur.execute(
                "INSERT INTO docket_counter (centre_id, day, last_serial) VALUES (%s, %s, 1)"
                " ON CONFLICT (centre_id, day) DO UPDATE"
                " SET last_serial = docket_counter.last_serial + 1 RETURNING last_serial",
                (store.centre_id, local_day(now)),
            )
            serial = cur.fetchone()[0]  # type: ignore[index]
            cur.execute(
                "SELECT last_hash FROM chain_head WHERE centre_id = %s FOR UPDATE",
                (store.centre_id,),
            )
            previous = cur.fetchone()[0]  # type: ignore[index]
            row, data = raw_values(store, i, now, serial)
            cur.execute(insert, row)
            complaint_id = cur.fetchone()[0]  # type: ignore[index]
            digest = chain_link(previous, complaint_id, now, store.clerk, data)
            cur.execute(
                "INSERT INTO complaint_event (complaint_id, at, user_id, kind, data, prev_hash,"
                " hash) VALUES (%s, %s, %s, 'logged', %s, %s, %s) RETURNING id",
                (complaint_id, now, store.clerk, Json(data), previous, digest),
            )
            event_id = cur.fetchone()[0]  # type: ignore[index]
            cur.execute(
                "UPDATE chain_head SET last_event_id = %s, last_hash = %s WHERE centre_id = %s",
                (event_id, digest, store.centre_id),
            )

    return save, conn.close


Times = list[tuple[float, float]]  # (wall, this process's CPU) per save


def alternate(
    service: Callable[[int], None], raw: Callable[[int], None], n: int
) -> tuple[Times, Times]:
    """Service, raw, service, raw ...; the times of each after the warm-up."""
    svc_times: Times = []
    raw_times: Times = []
    for i in range(WARM_UP + n):
        for save, times in ((service, svc_times), (raw, raw_times)):
            start, cpu = time.perf_counter(), time.process_time()
            save(i)
            if i >= WARM_UP:
                times.append((time.perf_counter() - start, time.process_time() - cpu))
    return svc_times, raw_times


def last_complaint(db: Database) -> dict[str, Any]:
    with db.engine.connect() as conn:
        row = conn.execute(text("SELECT * FROM complaint ORDER BY id DESC LIMIT 1")).mappings()
        found = dict(next(iter(row)))
    return {k: v for k, v in found.items() if k not in VARYING}


def last_event_keys(db: Database) -> list[str]:
    with db.engine.connect() as conn:
        data = conn.execute(text("SELECT data FROM complaint_event ORDER BY id DESC LIMIT 1"))
        value = data.scalar_one()
    return sorted(json.loads(value) if isinstance(value, str) else value)


def report(backend: str, raw_name: str, svc: Times, raw: Times, same: bool) -> str:
    """Wall medians (the bar) and this process's CPU medians (where the service's own work
    shows when the disk's flush dominates the wall time)."""
    for name, times in ((raw_name, raw), ("log_complaint", svc)):
        ms = sorted(t * 1000 for t, _ in times)
        cpu = statistics.median(c * 1000 for _, c in times)
        print(
            f"{backend:10s} {name:14s} n={len(ms)} median {statistics.median(ms):.3f} ms"
            f"  p95 {ms[int(len(ms) * 0.95)]:.3f} ms  CPU median {cpu:.3f} ms"
        )
    svc_wall = statistics.median(t for t, _ in svc)
    raw_wall = statistics.median(t for t, _ in raw)
    ratio = svc_wall / raw_wall
    cpu_ratio = statistics.median(c for _, c in svc) / statistics.median(c for _, c in raw)
    print(f"{backend:10s} ratio {ratio:.2f}x wall, {cpu_ratio:.2f}x CPU (bar {BAR:g}x, wall)")
    passed = ratio <= BAR and same
    return (
        f"verdict: {'PASS' if passed else 'FAIL'}: {backend}: log_complaint "
        f"{svc_wall * 1000:.3f} ms, {raw_name} {raw_wall * 1000:.3f}"
        f" ms (medians of {len(svc)}, alternating): {ratio:.2f}x (bar {BAR:g}x)"
        + ("" if same else "; the raw side did NOT write the same row as the service")
    )


def compare(service: Database, raw: Database) -> bool:
    same_row = last_complaint(service) == last_complaint(raw)
    same_data = last_event_keys(service) == last_event_keys(raw)
    print(f"same complaint row (apart from ids and times): {same_row}; same event data keys: "
          f"{same_data}")  # fmt: skip
    return same_row and same_data


def run_sqlite(n: int) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        service = Store(open_database(Path(tmp) / "service.sqlite"))
        raw_path = Path(tmp) / "raw.sqlite"
        raw = Store(open_database(raw_path))
        save, close = raw_sqlite_save(raw, raw_path)
        try:
            svc_times, raw_times = alternate(service_save(service), save, n)
        finally:
            close()
        same = compare(service.db, raw.db)
        service.db.dispose()
        raw.db.dispose()
    return report("sqlite", "raw sqlite3", svc_times, raw_times, same)


@contextmanager
def scratch_databases(url: str, count: int) -> Iterator[list[str]]:
    """`count` new databases on the server of `url`, dropped afterwards."""
    admin_url = make_url(resolve_url(url))
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    names = [f"fc_bench_{uuid.uuid4().hex[:10]}" for _ in range(count)]
    try:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield [admin_url.set(database=n).render_as_string(hide_password=False) for n in names]
    finally:
        with admin.connect() as conn:
            for name in names:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run_postgres(url: str, n: int) -> str:
    with scratch_databases(url, 2) as (service_url, raw_url):
        service = Store(open_database(service_url))
        raw = Store(open_database(raw_url))
        save, close = raw_pg_save(raw, raw_url)
        try:
            svc_times, raw_times = alternate(service_save(service), save, n)
        finally:
            close()
        same = compare(service.db, raw.db)
        service.db.dispose()
        raw.db.dispose()
    return report("postgresql", "raw psycopg", svc_times, raw_times, same)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=300, help="complaints per side")
    parser.add_argument(
        "--db", help="a PostgreSQL URL: also measure there (scratch databases, dropped after)"
    )
    args = parser.parse_args()
    verdicts = [run_sqlite(args.n)]
    if args.db:
        verdicts.append(run_postgres(args.db, args.n))
    for verdict in verdicts:
        print(verdict)


if __name__ == "__main__":
    main()
