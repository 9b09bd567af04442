"""The EE's division console for one month, in a division of 20 feeders with a year of
records: complaints (the demo generator, both centres) and interruptions (the PSS log book
imported, as `bench_indices.py` makes it). Times the service (`services.console`) for a month
in the middle of the year and for its first and last months (the queries are bounded by the
month, so the three should cost about the same), and `fusecentre console` as a whole process:
text, `--json` and the PDF.

Default: 2025, about 100 complaints per centre per day and 12 interruptions per feeder per
day, built once at --db and reused. A store already at --db that this script did not build
(a copy of the 1,000,000-complaint demo store) is read as it is, never written: its first
and last whole months and the month in the middle of its history are read, with "now" an
hour after its last complaint. Our bar (none is set by the design): the service under 1 s,
and each process under 3 s, on the desk PC this runs on. The console shown (text, `--json`)
writes nothing and opens the store without SQLite's check of the whole file; the PDF is put on
record, so its process checks the whole file first (seconds at several years), as every
command that writes does.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Complaint, ComplaintEvent, Feeder, Interruption
from fusecentre_app.demo import build_demo
from fusecentre_app.services import interruptions
from fusecentre_app.services.console import division_console
from fusecentre_app.services.uow import CommandLine

sys.path.insert(0, str(Path(__file__).parent))
from bench_indices import _log_book  # the same log book as the indices'

SERVICE_BAR_S = 1.0
PROCESS_BAR_S = 3.0
BUILT = ".bench-console"  # beside a store this script built (and may add to)


def _months(db_path: Path) -> tuple[list[date], datetime]:
    """A store's first and last whole months, the month in the middle of its history, and
    an hour after its last complaint."""
    db = open_database(db_path, create=False, migrate=False)
    try:
        with db.read() as s:
            first, last = s.execute(
                select(func.min(Complaint.received_at), func.max(Complaint.received_at))
            ).one()
    finally:
        db.dispose()
    start = (first.date().replace(day=1) + timedelta(days=32)).replace(day=1)
    end = (last.date().replace(day=1) - timedelta(days=1)).replace(day=1)
    middle = (start + (end - start) / 2).replace(day=1)
    return [middle, start, end], last + timedelta(hours=1)


def _summary(db_path: Path) -> None:
    db = open_database(db_path, create=False, migrate=False)
    try:
        with db.read() as s:
            complaints = s.scalar(select(func.count()).select_from(Complaint)) or 0
            events = s.scalar(select(func.count()).select_from(ComplaintEvent)) or 0
            held = s.scalar(select(func.count()).select_from(Interruption)) or 0
            feeders = s.scalar(select(func.count()).select_from(Feeder)) or 0
        print(
            f"store: {complaints:,} complaints, {events:,} events, {held:,} interruptions, "
            f"{feeders} feeders ({db_path})"
        )
    finally:
        db.dispose()


def _build(db_path: Path, year: int, per_day: int, trips: int) -> None:
    db = open_database(db_path, create=True)
    try:
        with db.read() as s:
            complaints = s.scalar(select(func.count()).select_from(Complaint)) or 0
            held = s.scalar(select(func.count()).select_from(Interruption)) or 0
        if not complaints:
            start = time.perf_counter()
            end = datetime(year, 12, 31, 14, 30, tzinfo=UTC)  # 20:00 IST on 31 December
            days = (date(year, 12, 31) - date(year, 1, 1)).days + 1
            summary = build_demo(db, days=days, per_day=per_day, seed=1912, end=end)
            print(
                f"built {summary.complaints:,} complaints, {summary.events:,} events in "
                f"{time.perf_counter() - start:.1f} s"
            )
        if not held:
            with db.read() as s:
                codes = list(s.scalars(select(Feeder.code).order_by(Feeder.code)))
            with tempfile.TemporaryDirectory() as folder:
                book = Path(folder) / "log-book.csv"
                rows = _log_book(book, codes, trips, year, seed=1912)
                start = time.perf_counter()
                interruptions.import_interruptions(db, book, by=CommandLine("bench"))
            print(f"imported {rows:,} interruptions in {time.perf_counter() - start:.1f} s")
    finally:
        db.dispose()


def _process(db_path: Path, month: date, *extra: str, command: str = "console") -> float:
    start = time.perf_counter()
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "fusecentre_app",
            command,
            "--db",
            str(db_path),
            "--month",
            f"{month:%Y-%m}",
            *extra,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    took = time.perf_counter() - start
    assert done.returncode == 0, done.stderr
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/fusecentre-console.sqlite"))
    parser.add_argument("--year", type=int, default=2025)
    parser.add_argument("--per-day", type=int, default=100, help="complaints per centre-day")
    parser.add_argument("--trips", type=int, default=12, help="interruptions per feeder-day")
    args = parser.parse_args()
    if args.db.exists() and not args.db.with_name(args.db.name + BUILT).exists():
        months, now = _months(args.db)  # someone else's store: read as it is
    else:
        _build(args.db, args.year, args.per_day, args.trips)
        args.db.with_name(args.db.name + BUILT).touch()
        months = [date(args.year, 7, 1), date(args.year, 1, 1), date(args.year, 12, 1)]
        now = datetime(args.year + 1, 1, 15, 6, 0, tzinfo=UTC)
    _summary(args.db)

    db = open_database(args.db, create=False, migrate=False)
    try:
        service: dict[date, float] = {}
        for month in months:
            times = []
            for _ in range(3):
                start = time.perf_counter()
                console = division_console(db, month, now=now)
                times.append(time.perf_counter() - start)
            service[month] = min(times)
            f = console.total_funnel
            print(
                f"console {month:%Y-%m} (service): best {min(times) * 1000:.0f} ms of 3, first "
                f"{times[0] * 1000:.0f} ms; received {sum(c.received for c in console.centres):,}"
                f", calls {f.calls:,}, {len(console.officers)} officers, "
                f"{len(console.feeders)} worst feeders, {len(console.claims)} claims"
            )
        month = months[0]
        start = time.perf_counter()
        division_console(db, month, centre_code="BXR", now=now)
        print(f"console {month:%Y-%m} for BXR (service): {time.perf_counter() - start:.3f} s")
    finally:
        db.dispose()
    processes = {
        "text": _process(args.db, month),
        "--json": _process(args.db, month, "--json"),
    }
    with tempfile.TemporaryDirectory() as folder:
        processes["-o PDF"] = _process(args.db, month, "-o", str(Path(folder) / "c.pdf"))
    for name, took in processes.items():
        print(f"`fusecentre console --month {month:%Y-%m} {name}` as a process: {took:.2f} s")
    indices = _process(args.db, month, "--json", command="indices")
    print(f"`fusecentre indices --month {month:%Y-%m} --json` as a process: {indices:.2f} s")
    load = os.getloadavg()[0]
    print(f"load average {load:.1f} on {os.cpu_count()} CPU(s) while measuring")
    worst_service = max(service.values())
    worst_process = max(processes.values())
    ok = worst_service < SERVICE_BAR_S and worst_process < PROCESS_BAR_S
    print(
        f"verdict: {'PASS' if ok else 'FAIL'}: service at most {worst_service:.2f} s "
        f"(bar {SERVICE_BAR_S:g} s), process at most {worst_process:.2f} s "
        f"(bar {PROCESS_BAR_S:g} s); a month costs the same at the start, middle and end: "
        f"{min(service.values()) * 1000:.0f}-{worst_service * 1000:.0f} ms"
    )


if __name__ == "__main__":
    main()
