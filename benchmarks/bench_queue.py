"""Queue refresh at scale: 5,000 open complaints among about 1,000,000.

Builds (once) a demo store of --days x --per-day x 2 centres, logs --open extra complaints
through the service so they wait in the queue, then times what a refresh does: the ordered
ids for the default filter, the first page of rows and the feeder counts (on the UI thread),
and the out-of-turn flags and the fault banner with the open incidents (on a worker thread,
shown when they arrive).
Quality bar (DESIGN.md): a refresh with 5,000 open complaints under 50 ms.
A small store for a quick run: `--days 3 --per-day 150 --open 200`.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from fusecentre_app.db.engine import open_database
from fusecentre_app.db.models import Complaint
from fusecentre_app.demo import DEMO_USERNAME, build_demo
from fusecentre_app.domain.enums import OPEN_STATUSES
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.gui.queue_panel import FAIRNESS_DAYS
from fusecentre_app.services.auth import find_user
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.incidents import open_incidents, probable_faults_now
from fusecentre_app.services.masterdata import centre_by_code, form_choices
from fusecentre_app.services.queue import (
    QueueFilter,
    feeder_loads,
    out_of_turn_counts_since,
    queue_ids,
    queue_rows,
)

BAR_MS = 50.0  # a refresh on the UI thread, DESIGN.md's quality bar


def demo_clerk(db) -> int:  # type: ignore[no-untyped-def]
    """Buxar's demo clerk: every change names a desk user."""
    user = find_user(db, DEMO_USERNAME)
    assert user is not None, "the store has no demo users: build it with fusecentre demo"
    return user.id


def _timed(fn, repeat: int = 20) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("/tmp/fusecentre-queue.sqlite"))
    parser.add_argument("--days", type=int, default=1000)
    parser.add_argument("--per-day", type=int, default=500)
    parser.add_argument("--open", type=int, default=5000)
    args = parser.parse_args()

    db = open_database(args.db)
    centre = None
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Complaint)) or 0
    if not total:
        start = time.perf_counter()
        summary = build_demo(db, days=args.days, per_day=args.per_day)
        print(f"built {summary.complaints:,} complaints in {time.perf_counter() - start:.0f} s")
    centre = centre_by_code(db, "BXR")
    clerk = demo_clerk(db)
    open_values = [s.value for s in OPEN_STATUSES]
    with db.read() as s:
        waiting = s.scalar(
            select(func.count()).where(
                Complaint.centre_id == centre.id, Complaint.status.in_(open_values)
            )
        )
    choices = form_choices(db, centre.id)
    rng = random.Random(5)
    for i in range(max(0, args.open - int(waiting or 0))):
        place = rng.choice(choices.localities)
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile=f"98{rng.randrange(10**8):08d}",
                locality=place.name_en,
                feeder_id=place.feeder_id,
                type_code=rng.choice(choices.types).code,
            ),
            centre_id=centre.id,
            user_id=clerk,
        )
        if i % 1000 == 999:
            print(f"  logged {i + 1} open complaints")
    with db.read() as s:
        total = s.scalar(select(func.count()).select_from(Complaint))
    f = QueueFilter(centre.id)
    ids_ms, ids = _timed(lambda: queue_ids(db, f))
    rows_ms, _ = _timed(lambda: queue_rows(db, ids[:200]))  # type: ignore[index]
    loads_ms, _ = _timed(lambda: feeder_loads(db, centre.id))
    search_ms, _ = _timed(lambda: queue_ids(db, QueueFilter(centre.id, search="kumar")))
    since = utcnow() - timedelta(days=FAIRNESS_DAYS)
    turn_ms, _ = _timed(lambda: out_of_turn_counts_since(db, centre.id, since=since))
    faults_ms, _ = _timed(
        lambda: (probable_faults_now(db, centre.id), open_incidents(db, centre.id))
    )
    waiting_now = len(ids)  # type: ignore[arg-type]
    print(f"store: {total:,} complaints; queue of centre BXR: {waiting_now:,} open")
    print(f"ordered ids (default filter): {ids_ms:.1f} ms")
    print(f"first page of rows (200):     {rows_ms:.1f} ms")
    print(f"feeder counts:                {loads_ms:.1f} ms")
    ui = ids_ms + rows_ms + loads_ms
    print(f"refresh on the UI thread = ids + rows + feeder counts: {ui:.1f} ms")
    print(f"out-of-turn flags ({FAIRNESS_DAYS} days), worker thread: {turn_ms:.1f} ms")
    print(f"fault banner + open incidents, worker thread: {faults_ms:.1f} ms")
    print(f"search 'kumar' in open queue: {search_ms:.1f} ms")
    db.dispose()
    print(
        f"verdict: {'PASS' if ui < BAR_MS else 'FAIL'}: refresh on the UI thread {ui:.1f} ms "
        f"(ids {ids_ms:.1f} + rows {rows_ms:.1f} + feeder counts {loads_ms:.1f}, medians of 20)"
        f" with {waiting_now:,} open among {total:,} (bar < {BAR_MS:g} ms)"
    )


if __name__ == "__main__":
    main()
