"""The register of planned shutdowns: the Reg. 13(2) flags, calls from the feeder within the
window marked "planned shutdown" with the restoration time, no probable-fault banner from
them, and the shutdown's interruption in the register kept in step with its corrections."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AuditRecord, Interruption, PlannedShutdown
from fusecentre_app.services import incidents, interruptions, shutdowns
from fusecentre_app.services.errors import NotPermitted, ValidationError
from fusecentre_app.services.queue import queue_rows
from fusecentre_app.services.verify import verify_store
from tests.services.test_incidents import _at, _burst, _feeder, _log

JUNE = date(2026, 6, 1)


def _plan(db: Database, who: int, start: float, end: float, feeder: str = "F-BXR-02"):  # type: ignore[no-untyped-def]
    draft = shutdowns.ShutdownDraft(feeder, _at(start), _at(end), "DT plinth repair", "sms")
    return shutdowns.register_shutdown(db, draft, by=who)


def test_registering_records_a_planned_interruption(db, centre, supervisor) -> None:  # type: ignore[no-untyped-def]
    # 14:00 to 16:30 India time (T0 is 14:30).
    info = _plan(db, supervisor.id, -30, 120)
    assert info.feeder_code == "F-BXR-02" and info.centre_code == "BXR"
    assert not info.flagged and info.restoration == "01-06-2026 16:30"
    with db.read() as s:
        (row,) = s.scalars(select(Interruption)).all()
        assert row.id == info.interruption_id and row.planned and row.source == "shutdown"
        assert (row.started_at, row.ended_at) == (_at(-30), _at(120))
        assert row.cause == "planned shutdown: DT plinth repair"
    month = interruptions.month_indices_of(db, JUNE, centre_code="BXR")
    assert month.total.sustained == 1
    assert verify_store(db).ok


def test_the_flags_of_reg_13_2(db, centre, supervisor) -> None:  # type: ignore[no-untyped-def]
    late = _plan(db, supervisor.id, 0, 220)  # 14:30 to 18:10
    assert late.flagged and late.flags[0].after_six
    long = _plan(db, supervisor.id, -400, 220, feeder="F-BXR-01")  # 07:50 to 18:10
    assert long.flags[0].too_long and long.flags[0].hours == pytest.approx(10.33, abs=0.01)
    listed = shutdowns.list_shutdowns(db, centre_code="bxr", month=JUNE)
    assert [s.id for s in listed] == [long.id, late.id]
    assert shutdowns.list_shutdowns(db, month=date(2026, 7, 1)) == []


def test_calls_in_the_window_are_marked_and_raise_no_banner(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    _plan(db, supervisor.id, -30, 60)
    burst = _burst(db, centre, clerk, "F-BXR-02", [0, 3, 6, 9, 12])
    other = _log(db, centre, clerk, "F-BXR-01", 5, 40)
    assert incidents.probable_faults_now(db, centre.id, now=_at(13)) == []
    assert shutdowns.shutdown_complaints(db, [*burst, other]) == set(burst)
    notice = shutdowns.shutdown_of_complaint(db, burst[0])
    assert notice is not None and notice.restoration == "01-06-2026 15:30"
    assert shutdowns.shutdown_of_complaint(db, other) is None
    rows = queue_rows(db, [burst[0], other])
    assert rows[burst[0]].planned_shutdown and not rows[other].planned_shutdown
    # After the window the same feeder's calls are a probable fault again.
    after = _burst(db, centre, clerk, "F-BXR-02", [61, 62, 63, 64, 65])
    (alert,) = incidents.probable_faults_now(db, centre.id, now=_at(66))
    assert alert.complaint_ids == tuple(after)


def test_a_shutdown_registered_after_the_calls_marks_them(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    burst = _burst(db, centre, clerk, "F-BXR-02", [0, 3, 6, 9, 12])
    assert len(incidents.probable_faults_now(db, centre.id, now=_at(13))) == 1
    _plan(db, supervisor.id, -30, 60)
    assert incidents.probable_faults_now(db, centre.id, now=_at(13)) == []
    assert shutdowns.shutdown_complaints(db, burst) == set(burst)


def test_corrected_with_its_interruption(db, centre, supervisor) -> None:  # type: ignore[no-untyped-def]
    info = _plan(db, supervisor.id, -30, 60)
    with pytest.raises(ValidationError):
        shutdowns.correct_shutdown(db, info.id, by=supervisor.id, why=" ", end=_at(90))
    moved = shutdowns.correct_shutdown(
        db, info.id, by=supervisor.id, why="work ran late", end=_at(240), notice="loudspeaker"
    )
    assert moved.end == _at(240) and moved.notice == "loudspeaker" and moved.flagged
    with db.read() as s:
        row = s.get_one(Interruption, info.interruption_id)
        assert row.ended_at == _at(240) and row.started_at == _at(-30)
        kinds = [
            (r.kind, r.data.get("reason"))
            for r in s.scalars(
                select(AuditRecord).where(
                    AuditRecord.entity.in_(["planned_shutdown", "interruption"])
                )
            )
        ]
        assert len(s.scalars(select(PlannedShutdown)).all()) == 1
    assert ("shutdown_corrected", "work ran late") in kinds
    assert ("interruption_corrected", "work ran late") in kinds
    assert verify_store(db).ok


def test_refusals(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotPermitted, match="Only a supervisor"):
        _plan(db, clerk.id, 0, 60)
    with pytest.raises(ValidationError) as bad:
        shutdowns.register_shutdown(
            db, shutdowns.ShutdownDraft("F-NOPE", _at(60), _at(0), "", ""), by=supervisor.id
        )
    assert set(bad.value.errors) == {"to", "reason", "notice"}
    with pytest.raises(ValidationError, match="not in the division"):
        _plan(db, supervisor.id, 0, 60, feeder="F-NOPE")
    _plan(db, supervisor.id, 0, 60)
    with pytest.raises(ValidationError, match="already has a shutdown"):
        _plan(db, supervisor.id, 30, 90)
    assert _feeder(db, "F-BXR-02")
    with db.read() as s:
        assert len(s.scalars(select(Interruption)).all()) == 1


def test_the_details_show_the_shutdown(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services.details import complaint_view

    info = _plan(db, supervisor.id, -30, 60)
    inside = _log(db, centre, clerk, "F-BXR-02", 10, 50)
    outside = _log(db, centre, clerk, "F-BXR-02", 61, 51)
    view = complaint_view(db, inside, clerk.id, now=_at(20))
    assert view.shutdown is not None and view.shutdown.id == info.id
    assert complaint_view(db, outside, clerk.id, now=_at(70)).shutdown is None


def test_a_0010_store_upgrades_and_verifies(db: Database, centre, supervisor) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.db.engine import open_database
    from fusecentre_app.db.migrate import current_revision, head_revision
    from tests.support import downgrade

    downgrade(db.engine, "0010")
    path = db.engine.url.database
    db.dispose()
    again = open_database(path)
    try:
        assert current_revision(again.engine) == head_revision()
        info = _plan(again, supervisor.id, -30, 60)
        assert shutdowns.list_shutdowns(again)[0].id == info.id
        report = verify_store(again)
        assert report.ok, report.problems
    finally:
        again.dispose()


def test_the_same_on_postgresql(pg: Database) -> None:
    from fusecentre_app.services import accounts, masterdata
    from fusecentre_app.services.uow import CommandLine

    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    clerk = accounts.create_user(
        pg, username="asha", full_name="Asha", password="long-pass-1912", centre_id=centre.id
    )
    info = _plan(pg, CommandLine.current(), -30, 60)  # type: ignore[arg-type]
    burst = _burst(pg, centre, clerk, "F-BXR-02", [0, 3, 6, 9, 12])
    assert incidents.probable_faults_now(pg, centre.id, now=_at(13)) == []
    assert shutdowns.shutdown_complaints(pg, burst) == set(burst)
    assert shutdowns.list_shutdowns(pg, centre_code="BXR", month=JUNE)[0].id == info.id
    with pg.read() as s:
        assert s.get_one(Interruption, info.interruption_id).source == "shutdown"
    assert verify_store(pg).ok


def test_a_reason_or_notice_too_long_is_refused_not_cut(db, centre, supervisor) -> None:  # type: ignore[no-untyped-def]
    notice = "newspaper (Dainik Jagran) and loudspeaker in every village"
    with pytest.raises(ValidationError) as bad:
        shutdowns.register_shutdown(
            db,
            shutdowns.ShutdownDraft("F-BXR-02", _at(0), _at(60), "x" * 201, notice),
            by=supervisor.id,
        )
    assert set(bad.value.errors) == {"reason", "notice"}
    assert "40 characters or fewer" in bad.value.errors["notice"]
    info = _plan(db, supervisor.id, 0, 60)
    with pytest.raises(ValidationError, match="40 characters or fewer"):
        shutdowns.correct_shutdown(db, info.id, by=supervisor.id, why="told again", notice=notice)
    with db.read() as s:
        assert [r.notice for r in s.scalars(select(PlannedShutdown))] == ["sms"]
