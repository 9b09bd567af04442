"""Log a complaint through the service vs. a raw sqlite3 transaction doing the same writes.

Quality bar (DESIGN.md, issue 12): the service's durable save (validation, the clerk's role
read from the store, checks, serial, complaint, hash-chained event) is within 2x of the raw
transaction, on the same machine, in the same run. Both use WAL and synchronous=FULL, so
both pay for a real fsync.
"""

from __future__ import annotations

import argparse
import hashlib
import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from fusecentre_app.db.engine import open_database
from fusecentre_app.services import masterdata
from fusecentre_app.services.accounts import create_user
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

BAR = 2.0  # service median / raw median, DESIGN.md's quality bar


def service_run(path: Path, n: int) -> list[float]:
    db = open_database(path)
    masterdata.load_division(db)
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = create_user(
        db, username="asha", full_name="Asha", password="bench-desk-pass", centre_id=centre.id
    )
    feeder = masterdata.form_choices(db, centre.id).feeders[0]
    times = []
    for i in range(n):
        draft = ComplaintDraft(
            caller_mobile=f"98350{i:05d}",
            caller_name="सुनील कुमार",
            locality="Sohni Patti",
            feeder_id=feeder.id,
            type_code="FUSE_OFF",
            description="fuse off since morning",
        )
        start = time.perf_counter()
        log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id)
        times.append(time.perf_counter() - start)
    db.dispose()
    return times


def raw_run(path: Path, n: int) -> list[float]:
    """The same writes (counter, complaint, chained event) in hand-written SQL."""
    db = open_database(path)
    masterdata.load_division(db)
    db.dispose()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    times = []
    for i in range(n):
        start = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        serial = conn.execute(
            "INSERT INTO docket_counter (centre_id, day, last_serial) VALUES (1, '2026-06-01', 1)"
            " ON CONFLICT (centre_id, day) DO UPDATE SET last_serial = last_serial + 1"
            " RETURNING last_serial"
        ).fetchone()[0]
        cur = conn.execute(
            "INSERT INTO complaint (centre_id, day, serial, docket, received_at, logged_at,"
            " channel, channel_ref, caller_name, caller_mobile, consumer_no, locality, address,"
            " landmark, feeder_id, type_code, priority, description, status, sop_hours,"
            " sop_due_at, resolution_cause, resolution_note, callback_attempts, reopen_count,"
            " cancel_reason, call_count, version) VALUES (1, '2026-06-01', ?, ?, ?, ?, 'phone',"
            " '', 'सुनील कुमार', ?, '', 'Sohni Patti', '', '', 1, 'FUSE_OFF', 0,"
            " 'fuse off since morning', 'new', 4.0, ?, '', '', 0, 0, '', 1, 1)",
            (serial, f"BXR-20260601-{serial:03d}", now, now, f"+9198350{i:05d}", now),
        )
        previous = conn.execute("SELECT last_hash FROM chain_head WHERE centre_id = 1").fetchone()
        digest = hashlib.sha256(f"{previous[0]}|{cur.lastrowid}|{now}".encode()).hexdigest()
        event = conn.execute(
            "INSERT INTO complaint_event (complaint_id, at, kind, data, prev_hash, hash)"
            " VALUES (?, ?, 'logged', ?, ?, ?)",
            (cur.lastrowid, now, '{"docket": "x"}', previous[0], digest),
        )
        conn.execute(
            "UPDATE chain_head SET last_event_id = ?, last_hash = ? WHERE centre_id = 1",
            (event.lastrowid, digest),
        )
        conn.execute("COMMIT")
        times.append(time.perf_counter() - start)
    conn.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("-n", type=int, default=300, help="complaints per side")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        raw = raw_run(Path(tmp) / "raw.sqlite", args.n)
        svc = service_run(Path(tmp) / "service.sqlite", args.n)
    for name, times in (("raw sqlite3", raw), ("log_complaint", svc)):
        ms = sorted(t * 1000 for t in times)
        print(
            f"{name:14s} n={len(ms)} median {statistics.median(ms):.2f} ms"
            f"  p95 {ms[int(len(ms) * 0.95)]:.2f} ms"
        )
    ratio = statistics.median(svc) / statistics.median(raw)
    print(
        f"verdict: {'PASS' if ratio <= BAR else 'FAIL'}: log_complaint "
        f"{statistics.median(svc) * 1000:.2f} ms, raw sqlite3 {statistics.median(raw) * 1000:.2f}"
        f" ms (medians of {args.n}): {ratio:.2f}x (bar {BAR:g}x)"
    )


if __name__ == "__main__":
    main()
