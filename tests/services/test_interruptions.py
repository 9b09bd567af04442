"""The interruption register: feeder trips recorded when resolved, log-book entries keyed in
and corrected with a reason, feeder facts in force by month, and stores from before it."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import AuditRecord, Feeder, Interruption
from fusecentre_app.domain.enums import IncidentKind
from fusecentre_app.domain.reliability import IndexSettings
from fusecentre_app.services import incidents, interruptions
from fusecentre_app.services.errors import NotPermitted, ValidationError
from fusecentre_app.services.verify import verify_store
from tests.services.test_incidents import _at, _burst, _feeder
from tests.support import OFFICE, downgrade

JUNE = date(2026, 6, 1)


def _trip(db: Database, centre, clerk, minutes_open: float = 14, resolved: float = 104) -> int:  # type: ignore[no-untyped-def]
    burst = _burst(db, centre, clerk, "F-BXR-02", [0, 3, 6, 9, 12])
    info = incidents.open_incident(
        db,
        centre.id,
        IncidentKind.FEEDER_TRIP,
        _feeder(db, "F-BXR-02"),
        burst,
        user_id=clerk.id,
        now=_at(minutes_open),
    )
    incidents.resolve_incident(db, info.id, user_id=clerk.id, now=_at(resolved))
    return info.id


def test_a_resolved_feeder_trip_is_an_interruption(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    incident_id = _trip(db, centre, clerk)
    with db.read() as s:
        (row,) = s.scalars(select(Interruption)).all()
        assert row.incident_id == incident_id and row.source == "incident"
        # From the first call (before the incident was opened) to the resolution.
        assert (row.started_at, row.ended_at) == (_at(0), _at(104))
        assert row.consumers_affected is None and not row.planned
    month = interruptions.month_indices_of(db, JUNE, centre_code="BXR")
    (worst, *_rest) = month.feeders
    assert worst.feeder == "F-BXR-02" and worst.indices.saidi_minutes == 104
    assert worst.indices.saifi == 1
    assert verify_store(db).ok


def test_keyed_in_then_corrected_with_a_reason(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2026, 6, 3, 4, 0, tzinfo=UTC)
    draft = interruptions.InterruptionDraft("f-bxr-01", start, start + timedelta(minutes=3))
    ident = interruptions.record_interruption(db, draft, by=clerk.id)
    month = interruptions.month_indices_of(db, JUNE)
    assert month.total.momentary == 1 and month.total.sustained == 0
    with pytest.raises(NotPermitted, match="Only a supervisor"):
        interruptions.correct_interruption(db, ident, by=clerk.id, reason="x", planned=True)
    with pytest.raises(ValidationError):
        interruptions.correct_interruption(db, ident, by=supervisor.id, reason=" ")
    interruptions.correct_interruption(
        db,
        ident,
        by=supervisor.id,
        reason="log book read wrongly: 40 minutes",
        end=start + timedelta(minutes=40),
        consumers_affected=2000,
    )
    month = interruptions.month_indices_of(db, JUNE)
    assert month.total.sustained == 1 and month.total.customer_minutes == 40 * 2000
    with db.read() as s:
        record = s.scalars(
            select(AuditRecord).where(AuditRecord.kind == "interruption_corrected")
        ).one()
    assert record.user_id == supervisor.id
    assert record.data["reason"] == "log book read wrongly: 40 minutes"
    assert record.data["old"]["consumers_affected"] is None
    with pytest.raises(ValidationError):
        interruptions.record_interruption(
            db, interruptions.InterruptionDraft("F-BXR-01", start, start), by=clerk.id
        )
    assert verify_store(db).ok


def test_each_month_uses_the_counts_in_force(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "feeders.csv"
    path.write_text(
        "code,area,agricultural,consumers,effective_from\n"
        "F-BXR-01,urban,no,10000,2026-07-01\n"
        "F-BXR-04,rural,yes,5400,\n",
        encoding="utf-8",
    )
    done = interruptions.import_feeders(db, path, by=OFFICE, effective_from=date(2026, 6, 15))
    assert (done.changed, done.unchanged) == (2, 0)
    for day in (date(2026, 5, 10), date(2026, 6, 10), date(2026, 7, 10)):
        start = datetime.combine(day, datetime.min.time(), tzinfo=UTC)
        for code in ("F-BXR-01", "F-BXR-04"):
            interruptions.record_interruption(
                db,
                interruptions.InterruptionDraft(code, start, start + timedelta(hours=1)),
                by=OFFICE,
            )

    def total(month: date) -> tuple[int, float]:
        t = interruptions.month_indices_of(db, month).total
        return t.consumers, t.customer_interruptions

    # May: the seeds' counts; June: F-BXR-04 agricultural from the 15th (in force on the
    # 30th), so left out; July: F-BXR-01 has 10,000 consumers.
    assert total(date(2026, 5, 1)) == (115_600, 8200 + 5400)
    assert total(date(2026, 6, 1)) == (115_600, 8200)
    assert total(date(2026, 7, 1)) == (115_600 + 1800, 10_000)
    with db.read() as s:
        feeder = s.scalars(select(Feeder).where(Feeder.code == "F-BXR-01")).one()
        assert feeder.consumers == 10_000  # the feeder row holds the latest facts
    # Importing the same file again changes nothing.
    again = interruptions.import_feeders(db, path, by=OFFICE, effective_from=date(2026, 6, 15))
    assert (again.changed, again.unchanged) == (0, 2)
    excluded = interruptions.month_indices_of(
        db, date(2026, 7, 1), settings=IndexSettings(include_planned=False)
    )
    assert excluded.total.sustained == 1  # none planned; the agricultural one left out
    assert verify_store(db).ok


def test_a_store_from_before_the_register_gains_its_trips(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    _trip(db, centre, clerk)
    path = db.path
    assert path is not None
    downgrade(db.engine, "0008")
    db.dispose()
    store = open_database(path)
    try:
        with store.read() as s:
            (row,) = s.scalars(select(Interruption)).all()
            assert (row.started_at, row.ended_at, row.source) == (_at(0), _at(104), "incident")
        month = interruptions.month_indices_of(store, JUNE)
        assert month.total.consumers == 115_600
        report = verify_store(store)
        assert report.ok, report.problems
    finally:
        store.dispose()


@pytest.mark.postgres
def test_the_register_and_indices_on_postgresql(pg: Database, tmp_path: Path) -> None:
    from fusecentre_app.services import masterdata

    masterdata.load_division(pg, by=OFFICE)
    path = tmp_path / "log.csv"
    path.write_text(
        "feeder,start,end,planned,cause,consumers_affected\n"
        "F-BXR-01,2026-06-10 06:00,2026-06-10 07:30,no,jumper,10\n"
        "F-BXR-01,2026-06-10 09:00,2026-06-10 09:20,no,,1000\n"
        "F-DMR-01,2026-06-30 23:58,2026-07-01 00:30,yes,,\n",
        encoding="utf-8",
    )
    assert interruptions.import_interruptions(pg, path, by=OFFICE) == 3
    month = interruptions.month_indices_of(pg, JUNE, centre_code="BXR")
    assert month.total.customer_interruptions == 1010
    assert month.total.customer_minutes == 10 * 90 + 1000 * 20
    # Started on 30 June India time: June's, though it ended in July.
    assert interruptions.month_indices_of(pg, JUNE).total.sustained == 3
    assert verify_store(pg).ok


def test_facts_that_take_effect_later_are_refused(db: Database, tmp_path: Path) -> None:
    """The feeder row is what new complaints take their area (and SoP hours) from: a fact
    dated after today would change today's deadlines, so the file is refused whole."""
    from fusecentre_app.domain.timeutil import local_day, utcnow

    today = local_day(utcnow())
    later = today + timedelta(days=40)
    path = tmp_path / "feeders.csv"
    path.write_text(
        "code,area,agricultural,consumers,effective_from\n"
        f"F-BXR-04,urban,no,5500,{later.isoformat()}\n"
        "F-BXR-01,urban,no,8300,\n",
        encoding="utf-8",
    )
    with pytest.raises(interruptions.ImportRefused) as refused:
        interruptions.import_feeders(db, path, by=OFFICE, effective_from=today)
    assert [str(p) for p in refused.value.problems] == [
        f"row 2: effective_from {later.isoformat()} is after today ({today.isoformat()}); "
        "import it on or after that day"
    ]
    with pytest.raises(interruptions.ImportRefused) as refused:
        interruptions.import_feeders(db, path, by=OFFICE, effective_from=later)
    assert str(refused.value.problems[0]).startswith(f"the changes take effect on {later}")
    with db.read() as s:
        feeder = s.scalars(select(Feeder).where(Feeder.code == "F-BXR-04")).one()
        assert (feeder.area, feeder.consumers) == ("rural", 5400)
        first = s.scalars(select(Feeder).where(Feeder.code == "F-BXR-01")).one()
        assert first.consumers == 8200  # nothing of the file was taken


def test_an_interruption_ending_later_than_now_is_refused(
    db: Database,
    tmp_path: Path,
    centre,
    clerk,
    supervisor,  # type: ignore[no-untyped-def]
) -> None:
    """A year mistyped in the log book (2062 for 2026) would put a month-long outage into
    the indices; an end later than now is refused, in the file naming its row."""
    from fusecentre_app.domain.timeutil import LOCAL_TZ, utcnow

    soon = (utcnow() + timedelta(hours=2)).astimezone(LOCAL_TZ)
    earlier = soon - timedelta(days=3)
    with pytest.raises(ValidationError, match="later than now"):
        interruptions.record_interruption(
            db, interruptions.InterruptionDraft("F-BXR-01", earlier, soon), by=clerk.id
        )
    path = tmp_path / "log.csv"
    path.write_text(
        "feeder,start,end,planned,cause,consumers_affected\n"
        "F-BXR-01,2026-06-02 10:00,2026-06-02 11:00,no,,\n"
        "F-BXR-02,2026-06-02 10:00,2062-06-02 11:00,no,,\n",
        encoding="utf-8",
    )
    with pytest.raises(interruptions.ImportRefused) as refused:
        interruptions.import_interruptions(db, path, by=OFFICE)
    assert [str(p) for p in refused.value.problems] == [
        "row 3: end 2062-06-02 11:00 is later than now (India time)"
    ]
    ident = interruptions.record_interruption(
        db,
        interruptions.InterruptionDraft("F-BXR-01", earlier, earlier + timedelta(hours=1)),
        by=clerk.id,
    )
    with pytest.raises(ValidationError, match="later than now"):
        interruptions.correct_interruption(db, ident, by=supervisor.id, reason="typo", end=soon)
    with db.read() as s:
        assert s.scalars(select(Interruption.id)).all() == [ident]


def test_a_cause_too_long_is_refused_not_cut(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2026, 6, 3, 4, 0, tzinfo=UTC)
    long = "conductor snapped near the canal; " * 7
    with pytest.raises(ValidationError, match="200 characters or fewer"):
        interruptions.record_interruption(
            db,
            interruptions.InterruptionDraft(
                "F-BXR-01", start, start + timedelta(hours=1), cause=long
            ),
            by=clerk.id,
        )
    ident = interruptions.record_interruption(
        db,
        interruptions.InterruptionDraft("F-BXR-01", start, start + timedelta(hours=1)),
        by=clerk.id,
    )
    with pytest.raises(ValidationError, match="200 characters or fewer"):
        interruptions.correct_interruption(db, ident, by=supervisor.id, reason="log", cause=long)
    with db.read() as s:
        assert [r.cause for r in s.scalars(select(Interruption))] == [""]


def test_the_same_interruption_keyed_in_twice_is_refused(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    start = datetime(2026, 6, 3, 4, 0, tzinfo=UTC)  # 09:30 in India
    draft = interruptions.InterruptionDraft("F-BXR-01", start, start + timedelta(hours=1))
    first = interruptions.record_interruption(db, draft, by=clerk.id)
    with pytest.raises(ValidationError) as twice:
        interruptions.record_interruption(db, draft, by=clerk.id)
    assert twice.value.errors["start"] == (
        f"F-BXR-01 from 2026-06-03 09:30 is already on record (interruption {first}); "
        "correct that one instead."
    )
    assert interruptions.month_indices_of(db, JUNE).total.sustained == 1
