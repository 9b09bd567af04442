"""The console's officers read in one pass for both months and both centres
(`accountability_by_range`) against `accountability` called for each centre and month, as the
accountability tab calls it: the same records, field by field and in the same order, on a demo
month with the services' corrections (mis-clicks reversed, a reassignment, a reopening, calls
not answered), on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime

from fusecentre_app.db.engine import Database
from fusecentre_app.demo import build_demo
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
