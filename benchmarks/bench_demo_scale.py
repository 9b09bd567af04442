"""Build a large demo store, then time caller lookup by mobile (the form's first query).

Quality bar (DESIGN.md, issue 12): caller lookup p95 under 10 ms at 1,000,000 complaints.
Default: 1000 days x 500 complaints per centre per day x 2 centres = 1,000,000 complaints
(a few GB on disk).
An existing store at --db is reused, so the lookup can be re-measured without rebuilding.
A small store for a quick run: `--db /tmp/small.sqlite --days 3 --per-day 150`.
`--db` may be a PostgreSQL URL (a store there is reused the same way).
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import time
from pathlib import Path

from sqlalchemy import func, select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Complaint
from fusecentre_app.demo import build_demo
from fusecentre_app.services.complaints import caller_profile

BAR_MS = 10.0  # caller lookup p95, DESIGN.md's quality bar


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--db", default="/tmp/fusecentre-1m.sqlite", help="a SQLite file or a PostgreSQL URL"
    )
    parser.add_argument("--days", type=int, default=1000)
    parser.add_argument("--per-day", type=int, default=500)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args()

    db = open_database(args.db)
    with db.read() as s:
        existing = s.scalar(select(func.count()).select_from(Complaint)) or 0
    if not existing:
        start = time.perf_counter()
        summary = build_demo(db, days=args.days, per_day=args.per_day, seed=1912)
        took = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        size = ""
        if "://" not in args.db:
            size = f", file {Path(args.db).stat().st_size / 2**20:,.0f} MiB"
        print(
            f"built {summary.complaints:,} complaints, {summary.events:,} events in {took:.1f} s"
            f" ({summary.complaints / took:,.0f}/s){size}, peak RSS {peak:.0f} MiB"
        )
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Complaint))
        mobiles = s.scalars(
            select(Complaint.caller_mobile).where(Complaint.caller_mobile.is_not(None)).limit(5000)
        ).all()
    rng = random.Random(7)
    samples = [rng.choice(mobiles) for _ in range(args.lookups)]
    samples += [f"+9198350{rng.randrange(10**5):05d}" for _ in range(args.lookups // 5)]
    times = []
    for mobile in samples:
        start = time.perf_counter()
        caller_profile(db, mobile)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    p95 = times[int(len(times) * 0.95)]
    print(
        f"caller lookup on {total:,} complaints: median {statistics.median(times):.2f} ms,"
        f" p95 {p95:.2f} ms, max {times[-1]:.2f} ms"
    )
    db.dispose()
    print(
        f"verdict: {'PASS' if p95 < BAR_MS else 'FAIL'}: caller lookup p95 {p95:.2f} ms over "
        f"{len(times)} lookups on {total:,} complaints on {db.engine.dialect.name} "
        f"(bar < {BAR_MS:g} ms)"
    )


if __name__ == "__main__":
    main()
