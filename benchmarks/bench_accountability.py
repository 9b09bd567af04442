"""The accountability tab's read (`services.accountability`): one centre's officers for the
last 7 and the last 30 days of a store with a long history, and the same periods at the
start and in the middle of that history. The read is bounded by the period (events by their
time, deadlines by theirs), so a week costs about the same whatever lies before or after it.

Our bar (none is set by the design): every read under 1 s on the desk PC this runs on, and
the dearest week within 2x of the cheapest (a week costs the same whatever the history).
Each period is read three times, the best counted. The store is only read: `--db` an
existing store (a copy of `fusecentre demo --days 1000 --per-day 500` for 1,000,000
complaints), or a store built at `--db` when there is none there (`--days`, `--per-day`).
"""

from __future__ import annotations

import argparse
import os
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Centre, Complaint, ComplaintEvent
from fusecentre_app.demo import build_demo
from fusecentre_app.domain.timeutil import local_day
from fusecentre_app.services.accountability import accountability

BAR_S = 1.0  # each read, our own bar
SPREAD = 2.0  # the dearest week against the cheapest
PERIODS = (7, 30)


def _best(db, centre_id: int, first: date, last: date, now: datetime) -> tuple[float, int]:  # type: ignore[no-untyped-def]
    times, found = [], 0
    for _ in range(3):
        start = time.perf_counter()
        found = len(accountability(db, centre_id, first, last, now=now))
        times.append(time.perf_counter() - start)
    return min(times), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/fusecentre-accountability.sqlite"))
    parser.add_argument("--centre", default="BXR")
    parser.add_argument("--days", type=int, default=365, help="days of a store built here")
    parser.add_argument("--per-day", type=int, default=150, help="complaints per centre-day")
    args = parser.parse_args()

    db = open_database(args.db, create=not args.db.exists())
    try:
        with db.read() as s:
            empty = not s.scalar(select(func.count()).select_from(Complaint))
        if empty:
            start = time.perf_counter()
            built = build_demo(db, days=args.days, per_day=args.per_day, seed=1912)
            print(f"built {built.complaints:,} complaints in {time.perf_counter() - start:.0f} s")
        with db.read() as s:
            complaints = s.scalar(select(func.count()).select_from(Complaint)) or 0
            events = s.scalar(select(func.count()).select_from(ComplaintEvent)) or 0
            centre_id = s.scalar(select(Centre.id).where(Centre.code == args.centre))
            first_at, last_at = s.execute(
                select(func.min(Complaint.received_at), func.max(Complaint.received_at))
            ).one()
        if centre_id is None:
            raise SystemExit(f"there is no centre {args.centre} in {args.db}")
        print(f"store: {complaints:,} complaints, {events:,} events ({args.db})")
        earliest, latest = local_day(first_at), local_day(last_at)
        now = last_at + timedelta(hours=1)
        middle = earliest + (latest - earliest) / 2
        ends = {"start": earliest + timedelta(days=max(PERIODS)), "middle": middle, "end": latest}
        worst, weeks = 0.0, []
        for where, last in ends.items():
            for days in PERIODS:
                first = last - timedelta(days=days - 1)
                took, found = _best(db, centre_id, first, last, now)
                worst = max(worst, took)
                if days == 7:
                    weeks.append(took)
                print(
                    f"{days:>2} days to {last} ({where} of the history): best {took * 1000:.0f} ms "
                    f"of 3, {found} officers"
                )
    finally:
        db.dispose()
    spread = max(weeks) / min(weeks)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPU(s) while measuring")
    ok = worst < BAR_S and spread <= SPREAD
    print(
        f"verdict: {'PASS' if ok else 'FAIL'}: every read at most {worst * 1000:.0f} ms "
        f"(bar {BAR_S * 1000:.0f} ms) on {complaints:,} complaints; a week "
        f"{min(weeks) * 1000:.0f}-{max(weeks) * 1000:.0f} ms at the start, middle and end of "
        f"the history: {spread:.2f}x (bar {SPREAD:g}x)"
    )


if __name__ == "__main__":
    main()
