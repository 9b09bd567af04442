"""Feeder faults: the banner's rule on real rows, incidents that link complaints and resolve
them together, and histories that still replay to the rows."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent, Dt, Feeder, Incident, Officer
from fusecentre_app.domain.enums import CallbackOutcome, IncidentKind, Status
from fusecentre_app.services import incidents, lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.verify import verify_store
from tests.support import row_is_its_history

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _feeder(db: Database, code: str) -> int:
    with db.read() as s:
        return int(s.scalar(select(Feeder.id).where(Feeder.code == code)))


def _log(db: Database, centre, clerk, feeder_code: str, minutes: float, n: int = 0) -> int:  # type: ignore[no-untyped-def]
    draft = ComplaintDraft(
        caller_mobile=f"98350{12000 + n:05d}",
        locality="Sohni Patti",
        feeder_id=_feeder(db, feeder_code),
        type_code="NO_SUPPLY_AREA",
    )
    return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=_at(minutes)).id


def _burst(db: Database, centre, clerk, feeder_code: str, minutes: list[float]) -> list[int]:  # type: ignore[no-untyped-def]
    return [_log(db, centre, clerk, feeder_code, m, n) for n, m in enumerate(minutes)]


def test_banner_rule_on_stored_complaints(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    burst = _burst(db, centre, clerk, "F-BXR-02", [0, 4, 9, 15, 29])
    _burst(db, centre, clerk, "F-BXR-01", [0, 10, 20, 31])  # 4 calls: below the rule
    alerts = incidents.probable_faults_now(db, centre.id, now=_at(30))
    assert [(a.feeder_code, a.complaint_ids) for a in alerts] == [("F-BXR-02", tuple(burst))]
    assert alerts[0].count == 5 and alerts[0].first_received_at == _at(0)
    # A burst that ended more than the window ago is no longer a probable fault.
    assert incidents.probable_faults_now(db, centre.id, now=_at(60)) == []


def test_rule_is_configurable_per_centre(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    _burst(db, centre, clerk, "F-BXR-01", [0, 5, 10])
    assert incidents.probable_faults_now(db, centre.id, now=_at(11)) == []
    rule = incidents.set_fault_rule(db, centre.id, 3, 15, by=supervisor.id)
    assert rule.min_complaints == 3 and rule.window == timedelta(minutes=15)
    assert incidents.fault_rule(db, centre.id) == rule
    assert [a.count for a in incidents.probable_faults_now(db, centre.id, now=_at(11))] == [3]
    with pytest.raises(ValidationError) as refused:
        incidents.set_fault_rule(db, centre.id, 1, 0, by=supervisor.id)
    assert set(refused.value.errors) == {"min_complaints", "minutes"}
    assert incidents.fault_rule(db, centre.id) == rule


def test_incident_links_then_resolves_every_open_complaint(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    burst = _burst(db, centre, clerk, "F-BXR-02", [0, 3, 6, 9, 12])
    alert = incidents.probable_faults_now(db, centre.id, now=_at(13))[0]
    info = incidents.open_incident(
        db,
        centre.id,
        IncidentKind.FEEDER_TRIP,
        alert.feeder_id,
        alert.complaint_ids,
        note="11 kV breaker tripped at Buxar PSS",
        user_id=clerk.id,
        now=_at(14),
    )
    assert info.linked_ids == tuple(burst) and info.open_linked_ids == tuple(burst)
    assert info.unlinked_ids == () and info.status == "open"
    # Linked complaints no longer raise the banner.
    assert incidents.probable_faults_now(db, centre.id, now=_at(14)) == []

    # A new call from the feeder while the incident is open is offered for linking.
    late = _log(db, centre, clerk, "F-BXR-02", 20, 99)
    other = _log(db, centre, clerk, "F-BXR-01", 21, 98)
    assert incidents.open_incidents(db, centre.id)[0].unlinked_ids == (late,)
    assert incidents.open_incident_on(db, centre.id, alert.feeder_id).id == info.id
    assert incidents.open_incident_on(db, centre.id, _feeder(db, "F-BXR-01")) is None
    info = incidents.link_complaints(db, info.id, [late], user_id=clerk.id, now=_at(22))
    assert late in info.linked_ids and info.unlinked_ids == ()

    # One complaint was already resolved on its own before the incident was.
    with db.read() as s:
        officer = int(s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN")))
    lifecycle.assign(db, burst[0], officer, user_id=clerk.id, now=_at(25))
    lifecycle.resolve(db, burst[0], "fuse replaced", user_id=clerk.id, now=_at(30))

    done = incidents.resolve_incident(
        db, info.id, note="breaker reclosed", user_id=clerk.id, now=_at(60)
    )
    assert done.status == "resolved" and done.resolved_at == _at(60) and done.open_linked_ids == ()
    for cid in [*burst, late]:
        state = row_is_its_history(db, cid)
        assert state.status == Status.RESOLVED and state.incident_id == info.id
    assert row_is_its_history(db, burst[0]).resolution_cause == "fuse replaced"
    state = row_is_its_history(db, burst[1])
    assert state.resolution_cause == "supply restored from feeder"
    assert state.resolution_note == "breaker reclosed" and state.resolved_at == _at(60)
    assert row_is_its_history(db, other).status == Status.NEW

    # Each still needs its own callback.
    moved = lifecycle.record_callback(
        db, burst[1], CallbackOutcome.RESTORED, user_id=clerk.id, now=_at(70)
    )
    assert moved.status == Status.CLOSED_VERIFIED
    assert row_is_its_history(db, burst[2]).status == Status.RESOLVED
    with pytest.raises(ServiceError, match="already resolved"):
        incidents.resolve_incident(db, info.id, user_id=clerk.id, now=_at(80))
    with pytest.raises(ServiceError, match="already resolved"):
        incidents.link_complaints(db, info.id, [other], user_id=clerk.id, now=_at(80))
    assert verify_store(db).ok


def test_refused_link_changes_nothing(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    ids = _burst(db, centre, clerk, "F-BXR-02", [0, 1, 2])
    elsewhere = _log(db, centre, clerk, "F-BXR-01", 3, 50)
    lifecycle.cancel(db, ids[2], "duplicate", user_id=supervisor.id, now=_at(4))
    feeder = _feeder(db, "F-BXR-02")
    with db.read() as s:
        events_before = s.scalar(select(ComplaintEvent.id).order_by(ComplaintEvent.id.desc()))
    with pytest.raises(ServiceError) as refused:
        incidents.open_incident(
            db,
            centre.id,
            IncidentKind.FEEDER_TRIP,
            feeder,
            [ids[0], ids[1], ids[2], elsewhere],
            user_id=clerk.id,
            now=_at(5),
        )
    message = str(refused.value)
    assert "is cancelled" in message and "on another feeder" in message
    with db.read() as s:
        assert s.scalars(select(Incident)).all() == []
        assert s.scalar(select(ComplaintEvent.id).order_by(ComplaintEvent.id.desc())) == (
            events_before
        )
        assert all(s.get(Complaint, cid).incident_id is None for cid in ids)
    with pytest.raises(ValidationError):
        incidents.open_incident(
            db, centre.id, IncidentKind.FEEDER_TRIP, feeder, [], user_id=clerk.id, now=_at(5)
        )


def test_dt_failure_needs_its_transformer_and_unlink_is_an_event(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    ids = _burst(db, centre, clerk, "F-BXR-02", [0, 1])
    feeder = _feeder(db, "F-BXR-02")
    with db.read() as s:
        dt = int(s.scalar(select(Dt.id).where(Dt.code == "DT-BXR-02-1")))
        wrong_dt = int(s.scalar(select(Dt.id).where(Dt.code == "DT-BXR-01-1")))
    with pytest.raises(ValidationError) as refused:
        incidents.open_incident(
            db, centre.id, IncidentKind.DT_FAILURE, feeder, ids, user_id=clerk.id, now=_at(2)
        )
    assert "dt_id" in refused.value.errors
    with pytest.raises(ValidationError):
        incidents.open_incident(
            db,
            centre.id,
            IncidentKind.DT_FAILURE,
            feeder,
            ids,
            dt_id=wrong_dt,
            user_id=clerk.id,
            now=_at(2),
        )
    info = incidents.open_incident(
        db, centre.id, IncidentKind.DT_FAILURE, feeder, ids, dt_id=dt, user_id=clerk.id, now=_at(2)
    )
    with pytest.raises(ValidationError):
        incidents.unlink_complaint(db, ids[1], " ", user_id=clerk.id, now=_at(3))
    incidents.unlink_complaint(db, ids[1], "caller's DT is another", user_id=clerk.id, now=_at(3))
    assert row_is_its_history(db, ids[1]).incident_id is None
    done = incidents.resolve_incident(db, info.id, user_id=clerk.id, now=_at(90))
    assert done.linked_ids == (ids[0],)
    assert row_is_its_history(db, ids[0]).resolution_cause == "DT replaced"
    assert row_is_its_history(db, ids[1]).status == Status.NEW
    assert verify_store(db).ok


def test_verify_notices_a_link_changed_in_the_database(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    ids = _burst(db, centre, clerk, "F-BXR-02", [0, 1])
    info = incidents.open_incident(
        db,
        centre.id,
        IncidentKind.FEEDER_TRIP,
        _feeder(db, "F-BXR-02"),
        ids[:1],
        user_id=clerk.id,
        now=_at(2),
    )
    with db.write() as s:
        s.connection().exec_driver_sql(
            f"UPDATE complaint SET incident_id = {info.id} WHERE id = {ids[1]}"
        )
    report = verify_store(db)
    assert not report.ok
    assert any("incident_id" in problem for problem in report.problems)


def test_calls_left_out_or_taken_out_are_not_offered_again(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    ids = _burst(db, centre, clerk, "F-BXR-02", [0, 2, 4, 6, 8])
    info = incidents.open_incident(
        db,
        centre.id,
        IncidentKind.FEEDER_TRIP,
        _feeder(db, "F-BXR-02"),
        ids[1:],  # the first call was left out on purpose: another fault
        user_id=clerk.id,
        now=_at(10),
    )
    assert info.unlinked_ids == ()
    incidents.unlink_complaint(
        db, ids[2], "a DT fuse, not the feeder", user_id=clerk.id, now=_at(11)
    )
    later = _log(db, centre, clerk, "F-BXR-02", 12, 77)
    assert incidents.incident_info(db, info.id).unlinked_ids == (later,)
