"""What the desk speaks up about: complaints past their SoP deadline and danger calls left
unassigned for 15 minutes, counted, and each announced once when it crosses the line."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from fusecentre_app.db.models import Officer
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.notices import desk_alerts

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _log(db, centre, clerk, type_code: str, minutes: int) -> int:  # type: ignore[no-untyped-def]
    at = T0 + timedelta(minutes=minutes)
    draft = ComplaintDraft(
        caller_mobile="9835012345", locality="Sohni Patti", type_code=type_code, received_at=at
    )
    return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=at).id


def test_danger_calls_waiting_and_overdue_complaints(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    wire = _log(db, centre, clerk, "LINE_BREAK", 0)
    fuse = _log(db, centre, clerk, "FUSE_OFF", 5)  # 4 h (no feeder)
    sparks = _log(db, centre, clerk, "SPARKING", 10)
    at = T0 + timedelta(minutes=14)
    assert desk_alerts(db, centre.id, now=at, since=T0) == desk_alerts(db, centre.id, now=at)
    assert desk_alerts(db, centre.id, now=at).total == 0

    at20 = T0 + timedelta(minutes=20)
    alerts = desk_alerts(db, centre.id, now=at20, since=at)
    assert (alerts.overdue, alerts.danger_waiting) == (0, 1)
    [first] = alerts.new
    assert first.complaint_id == wire and first.danger_waiting
    assert first.since == T0  # waiting since it was received
    # Assigned: no longer waiting; the sparking call crosses the line at 09:25.
    officer = _officer(db)
    lifecycle.assign(db, wire, officer, user_id=clerk.id, now=at20)
    at30 = T0 + timedelta(minutes=30)
    alerts = desk_alerts(db, centre.id, now=at30, since=at20)
    assert alerts.danger_waiting == 1 and [a.complaint_id for a in alerts.new] == [sparks]
    assert desk_alerts(db, centre.id, now=at30, since=at30).new == ()  # announced once

    # Past their deadlines by the afternoon: each open complaint counts as overdue.
    late = T0 + timedelta(hours=8)
    alerts = desk_alerts(db, centre.id, now=late, since=at30)
    assert alerts.overdue == 3
    assert {a.complaint_id for a in alerts.new if not a.danger_waiting} == {wire, fuse, sparks}


def _officer(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN")))


def test_a_complaint_resolved_in_time_is_not_announced_late(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    """Resolved before its deadline and awaiting only the callback, a complaint is not
    overdue when the deadline passes."""
    fuse = _log(db, centre, clerk, "FUSE_OFF", 0)
    other = _log(db, centre, clerk, "FUSE_OFF", 1)
    officer = _officer(db)
    at = T0 + timedelta(minutes=30)
    lifecycle.assign(db, fuse, officer, user_id=clerk.id, now=at)
    lifecycle.resolve(db, fuse, "fuse replaced", user_id=clerk.id, now=at)
    late = T0 + timedelta(hours=8)
    alerts = desk_alerts(db, centre.id, now=late, since=at)
    assert alerts.overdue == 1
    assert [a.complaint_id for a in alerts.new] == [other]
