"""The console's figures against the same rules and records read another way, repr for
repr: the centres' counts and medians (read from the driver) against rows read whole through
the ORM; the officers (both months and both centres in one pass, `accountability_by_range`)
against `accountability` called for each centre and month, as the accountability tab calls
it. On demo months with the services' corrections (mis-clicks reversed, a reassignment, a
reopening, calls not answered), on SQLite and on PostgreSQL."""

from __future__ import annotations

import statistics
from collections import defaultdict
from datetime import UTC, date, datetime

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint
from fusecentre_app.demo import build_demo
from fusecentre_app.domain.enums import PENDING_STATUSES, Status
from fusecentre_app.services import masterdata
from fusecentre_app.services.accountability import accountability, accountability_by_range
from fusecentre_app.services.console import division_console, month_bounds
from tests.services.test_accountability_recount import NOW
from tests.services.test_accountability_recount import _build as build_corrections

MAY, JUNE = date(2026, 5, 1), date(2026, 6, 1)


def _ranges() -> list[tuple[date, date]]:
    june = month_bounds(JUNE)[:2]
    may = month_bounds(MAY)[:2]
    days = [(date(2026, 6, d), date(2026, 6, d)) for d in (1, 2, 3, 4)]
    return [may, june, *days, (date(2026, 5, 20), date(2026, 6, 2))]  # overlapping too


def _figures_through_the_orm(db: Database, centre_id: int, month: date, now: datetime) -> tuple:  # type: ignore[type-arg]
    """The centre's counts and medians by the console's rules, from rows read whole."""
    _first, _last, start, end = month_bounds(month)
    cutoff = min(end, now)
    pending_statuses = {s.value for s in PENDING_STATUSES}
    with db.read() as s:
        rows = s.scalars(
            select(Complaint).where(
                Complaint.centre_id == centre_id,
                Complaint.received_at >= start,
                Complaint.received_at < end,
            )
        ).all()
        received = pending = overdue = met = verified = closed = 0
        hours: defaultdict[str, list[float]] = defaultdict(list)
        for c in rows:
            received += 1
            closed_by_then = c.closed_at is not None and c.closed_at < cutoff
            pending += not closed_by_then
            if c.status == Status.CANCELLED.value:
                continue
            restored = c.resolved_at if c.status not in pending_statuses else None
            if restored is not None and restored >= cutoff:
                restored = None
            if restored is None:
                overdue += c.sop_due_at < cutoff
            else:
                hours[c.type_code].append((restored - c.received_at).total_seconds() / 3600)
                overdue += restored > c.sop_due_at
                met += restored <= c.sop_due_at
            if closed_by_then:
                verified += c.status == Status.CLOSED_VERIFIED.value
                closed += c.status in (Status.CLOSED_VERIFIED.value, Status.CLOSED_UNVERIFIED.value)
    medians = {code: statistics.median(h) for code, h in sorted(hours.items())}
    return received, pending, overdue, met, verified, closed, medians


def _check(db: Database) -> None:
    build_corrections(db)  # 1-3 June, then the services' corrections on the 3rd
    # May under the demo too, so that the month before has its own figures.
    build_demo(db, days=20, per_day=12, seed=5, end=datetime(2026, 5, 31, 14, 30, tzinfo=UTC))
    centres = [c.id for c in masterdata.list_centres(db)]
    ranges = _ranges()
    for now in (NOW, datetime(2026, 6, 2, 9, 0, tzinfo=UTC)):  # a month under way too
        together = accountability_by_range(db, centres, ranges, now=now)
        assert set(together) == {(c, r) for c in centres for r in ranges}
        seen = 0
        for centre in centres:
            for first, last in ranges:
                alone = accountability(db, centre, first, last, now=now)
                assert repr(together[(centre, (first, last))]) == repr(alone), (centre, first)
                seen += len(alone)
        assert seen > 20  # something to compare in every part
    # The centres' figures, for the month over and for a month under way.
    for month, now in ((JUNE, NOW), (MAY, NOW), (JUNE, datetime(2026, 6, 2, 9, 0, tzinfo=UTC))):
        shown = division_console(db, month, now=now)
        for centre, figures in zip(masterdata.list_centres(db), shown.centres, strict=True):
            got = (
                figures.received,
                figures.pending,
                figures.overdue,
                figures.sop_met,
                figures.callbacks_verified,
                figures.callbacks_closed,
                figures.median_hours_by_type,
            )
            assert repr(got) == repr(_figures_through_the_orm(db, centre.id, month, now))
            assert figures.received and figures.overdue and figures.median_hours_by_type
    # The console's officers are those records, the change from May included.
    console = division_console(db, JUNE, now=NOW)
    expected = []
    for centre in masterdata.list_centres(db):
        may = {
            r.officer_id: r for r in accountability(db, centre.id, *month_bounds(MAY)[:2], now=NOW)
        }
        for r in accountability(db, centre.id, *month_bounds(JUNE)[:2], now=NOW):
            was = may.get(r.officer_id)
            expected.append(
                (
                    centre.code,
                    r.officer_id,
                    r.assigned,
                    r.sop_breaches,
                    r.unanswered_attempts,
                    r.reopened,
                    r.sop_breaches - (was.sop_breaches if was else 0),
                    r.unanswered_attempts - (was.unanswered_attempts if was else 0),
                    r.reopened - (was.reopened if was else 0),
                )
            )
    got = [
        (
            o.centre_code,
            o.officer_id,
            o.assigned,
            o.breaches,
            o.unanswered,
            o.reopened,
            o.breaches_change,
            o.unanswered_change,
            o.reopened_change,
        )
        for o in console.officers
    ]
    assert sorted(got) == sorted(expected) and len(got) > 5
    assert any(row[6] for row in got), "a change from May to compare"


def test_one_pass_is_the_tabs_figures(empty_db: Database) -> None:
    _check(empty_db)


def test_one_pass_is_the_tabs_figures_on_postgresql(pg: Database) -> None:
    _check(pg)
