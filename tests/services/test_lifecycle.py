"""The complaint's life through the services: every legal move, every refused one, and
rows that always equal the replay of their events."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent, Officer
from fusecentre_app.domain.enums import CallbackOutcome, Status
from fusecentre_app.domain.history import ComplaintState, differences, replay
from fusecentre_app.domain.lifecycle import TRANSITIONS
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, record_follow_up
from fusecentre_app.services.errors import ServiceError, ValidationError
from tests.support import row_is_its_history

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _new(db: Database, centre, clerk) -> int:  # type: ignore[no-untyped-def]
    return log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=T0,
    ).id


def _officer(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN")))


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def test_full_life_to_closed_verified(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    cid, officer = _new(db, centre, clerk), _officer(db)
    assert lifecycle.assign(db, cid, officer, user_id=clerk.id, now=_at(10)).status == "assigned"
    assert lifecycle.attend(db, cid, user_id=clerk.id, now=_at(40)).status == "attending"
    moved = lifecycle.resolve(db, cid, "fuse replaced", "DT fuse", user_id=clerk.id, now=_at(90))
    assert moved.status == Status.RESOLVED and set(moved.allowed) == {
        "verify",
        "reopen",
        "close_unverified",
    }
    moved = lifecycle.record_callback(
        db, cid, CallbackOutcome.RESTORED, user_id=clerk.id, now=_at(120)
    )
    assert moved.status == Status.CLOSED_VERIFIED and moved.allowed == ()
    state = row_is_its_history(db, cid)
    assert state.verified_at == _at(120) and state.closed_at == _at(120)
    assert state.assigned_officer_id == officer and state.version == 6


def test_not_restored_reopens_then_second_visit(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    cid, officer = _new(db, centre, clerk), _officer(db)
    lifecycle.assign(db, cid, officer, user_id=clerk.id, now=_at(5))
    lifecycle.resolve(db, cid, "fuse replaced", user_id=clerk.id, now=_at(60))
    moved = lifecycle.record_callback(
        db, cid, CallbackOutcome.NOT_RESTORED, note="still dark", user_id=clerk.id, now=_at(70)
    )
    assert moved.status == Status.REOPENED
    state = row_is_its_history(db, cid)
    assert state.reopen_count == 1 and state.resolved_at is None
    lifecycle.assign(db, cid, officer, user_id=clerk.id, now=_at(75))
    lifecycle.resolve(db, cid, "jumper repaired", user_id=clerk.id, now=_at(100))
    assert row_is_its_history(db, cid).callback_attempts == 0


def test_three_unreachable_callbacks_close_unverified(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    cid = _new(db, centre, clerk)
    lifecycle.resolve(db, cid, "fuse replaced", user_id=clerk.id, now=_at(30))
    for attempt in (1, 2):
        moved = lifecycle.record_callback(
            db, cid, CallbackOutcome.UNREACHABLE, user_id=clerk.id, now=_at(30 + attempt * 60)
        )
        assert moved.status == Status.RESOLVED
    moved = lifecycle.record_callback(
        db, cid, CallbackOutcome.UNREACHABLE, user_id=clerk.id, now=_at(240)
    )
    assert moved.status == Status.CLOSED_UNVERIFIED
    state = row_is_its_history(db, cid)
    assert state.callback_attempts == 3 and state.verified_at is None


def test_sop_breach_is_recorded_with_hours_late(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    cid = _new(db, centre, clerk)  # fuse off, no feeder: 4 h
    lifecycle.resolve(db, cid, "fuse replaced", user_id=clerk.id, now=T0 + timedelta(hours=5.5))
    with db.read() as s:
        data = s.scalars(select(ComplaintEvent.data).where(ComplaintEvent.kind == "resolved")).one()
    assert data["sop_hours_late"] == 1.5


def test_cancel_needs_a_supervisor_and_a_reason(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    cid = _new(db, centre, clerk)
    with pytest.raises(ServiceError, match="Only a supervisor"):
        lifecycle.cancel(db, cid, "duplicate", user_id=clerk.id)
    with pytest.raises(ValidationError):
        lifecycle.cancel(db, cid, "  ", user_id=supervisor.id)
    moved = lifecycle.cancel(
        db, cid, "duplicate of BXR-20260601-001", user_id=supervisor.id, now=_at(3)
    )
    assert moved.status == Status.CANCELLED
    state = row_is_its_history(db, cid)
    assert state.cancel_reason.startswith("duplicate") and state.closed_at == _at(3)
    with pytest.raises(ServiceError, match="already closed"):
        record_follow_up(db, cid, user_id=clerk.id)


ACTIONS = {
    "assign": lambda db, cid, officer, user: lifecycle.assign(db, cid, officer, user_id=user),
    "attend": lambda db, cid, officer, user: lifecycle.attend(db, cid, user_id=user),
    "resolve": lambda db, cid, officer, user: lifecycle.resolve(
        db, cid, "fuse replaced", user_id=user
    ),
    "verify": lambda db, cid, officer, user: lifecycle.record_callback(
        db, cid, CallbackOutcome.RESTORED, user_id=user
    ),
    "reopen": lambda db, cid, officer, user: lifecycle.record_callback(
        db, cid, CallbackOutcome.NOT_RESTORED, user_id=user
    ),
    "cancel": lambda db, cid, officer, user: lifecycle.cancel(db, cid, "invalid", user_id=user),
}
# How to bring a new complaint to each state.
ROUTES = {
    Status.NEW: [],
    Status.ASSIGNED: ["assign"],
    Status.ATTENDING: ["assign", "attend"],
    Status.RESOLVED: ["resolve"],
    Status.REOPENED: ["resolve", "reopen"],
    Status.CLOSED_VERIFIED: ["resolve", "verify"],
    Status.CANCELLED: ["cancel"],
}


@pytest.mark.parametrize("start", list(ROUTES), ids=[s.value for s in ROUTES])
@pytest.mark.parametrize("action", list(ACTIONS))
def test_every_action_from_every_state(
    db, centre, clerk, supervisor, start: Status, action: str
) -> None:  # type: ignore[no-untyped-def]
    cid, officer = _new(db, centre, clerk), _officer(db)

    def who(step: str) -> int:
        return supervisor.id if step == "cancel" else clerk.id

    for step in ROUTES[start]:
        ACTIONS[step](db, cid, officer, who(step))
    before = row_is_its_history(db, cid)
    assert before.status == start
    sources, target = TRANSITIONS[action]
    if start in sources:
        moved = ACTIONS[action](db, cid, officer, who(action))
        assert moved.status == target
    else:
        with pytest.raises(ServiceError) as refused:
            ACTIONS[action](db, cid, officer, who(action))
        # One sentence a clerk reads: "Complaint X is closed (verified), so it cannot be …"
        assert re.fullmatch(
            r"Complaint \S+ is [a-z ,()]+, so it cannot be [a-z ]+\.", str(refused.value)
        ), str(refused.value)
        assert row_is_its_history(db, cid) == before  # refused: nothing changed
    row_is_its_history(db, cid)


def test_demo_histories_replay_to_their_rows_by_the_domain_rules(empty_db) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.demo import build_demo

    build_demo(empty_db, days=3, per_day=40, seed=5, end=datetime(2026, 6, 3, 15, 0, tzinfo=UTC))
    with empty_db.read() as s:
        rows = {c.id: ComplaintState.of(c) for c in s.scalars(select(Complaint))}
        history: dict[int, list] = {cid: [] for cid in rows}
        for cid, at, kind, data, user_id in s.execute(
            select(
                ComplaintEvent.complaint_id,
                ComplaintEvent.at,
                ComplaintEvent.kind,
                ComplaintEvent.data,
                ComplaintEvent.user_id,
            ).order_by(ComplaintEvent.id)
        ):
            history[cid].append((at, kind, data, user_id))
    assert len(rows) > 150
    mismatched = [cid for cid, state in rows.items() if differences(replay(history[cid]), state)]
    assert mismatched == []
    assert len({state.status for state in rows.values()}) >= 6
