"""Unreachable callbacks close a complaint unverified only when they are tried apart: three
clicks in a minute are one try on record three times. On SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import ComplaintEvent
from fusecentre_app.domain.enums import CallbackOutcome, Status
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.services import accounts, corrections, lifecycle, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.settings import CALLBACK_SPACING, set_setting
from tests.support import OFFICE, row_is_its_history

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
UNREACHABLE = CallbackOutcome.UNREACHABLE


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> tuple[Database, int]:
    """A store with the division and a clerk: (store, clerk's id)."""
    db = request.getfixturevalue("empty_db" if request.param == "sqlite" else "pg")
    masterdata.load_division(db)
    centre = masterdata.centre_by_code(db, "BXR")
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha", password="desk-pass-1", centre_id=centre.id
    )
    return db, clerk.id


def _resolved(db: Database, clerk: int) -> int:
    centre = masterdata.centre_by_code(db, "BXR")
    cid = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk,
        now=T0,
    ).id
    lifecycle.resolve(db, cid, "fuse replaced", user_id=clerk, now=_at(60))
    return cid


def _unreachable(db: Database, cid: int, clerk: int, minutes: float) -> lifecycle.Moved:
    return lifecycle.record_callback(db, cid, UNREACHABLE, user_id=clerk, now=_at(minutes))


def test_three_unreachable_calls_in_a_minute_do_not_close(store) -> None:  # type: ignore[no-untyped-def]
    db, clerk = store
    cid = _resolved(db, clerk)
    for minutes in (70, 70.3, 70.6):
        moved = _unreachable(db, cid, clerk, minutes)
        assert moved.status == Status.RESOLVED
    state = row_is_its_history(db, cid)
    assert state.callback_attempts == 3 and state.closed_at is None
    # One sentence: the attempt is on record, and from when the next one counts.
    assert moved.notice.startswith("Unreachable call 3 is on record and the complaint stays open")
    assert "2 more unreachable calls" in moved.notice
    assert format_local(_at(100), "%H:%M") in moved.notice
    assert lifecycle.callback_prospect(db, cid, now=_at(75)).closes is False

    # Two more, each 30 minutes after the last one counted, close it.
    assert _unreachable(db, cid, clerk, 100).status == Status.RESOLVED
    assert not lifecycle.callback_prospect(db, cid, now=_at(129)).closes
    assert lifecycle.callback_prospect(db, cid, now=_at(130)).closes
    too_soon = _unreachable(db, cid, clerk, 110)
    assert too_soon.status == Status.RESOLVED
    assert "1 more unreachable call closes" in too_soon.notice
    closed = _unreachable(db, cid, clerk, 130)
    assert closed.status == Status.CLOSED_UNVERIFIED and closed.notice == ""
    state = row_is_its_history(db, cid)
    assert state.callback_attempts == 6 and state.verified_at is None
    with db.read() as s:
        reason = s.scalars(
            select(ComplaintEvent.data["reason"].as_string()).where(
                ComplaintEvent.complaint_id == cid, ComplaintEvent.kind == "closed"
            )
        ).one()
    assert reason == "consumer unreachable after 6 attempts (3 counted, 30 minutes apart)"


def test_the_spacing_is_the_divisions_setting(store) -> None:  # type: ignore[no-untyped-def]
    db, clerk = store
    set_setting(db, CALLBACK_SPACING, 10, by=OFFICE)
    cid = _resolved(db, clerk)
    for minutes in (70, 80):
        assert _unreachable(db, cid, clerk, minutes).status == Status.RESOLVED
    assert _unreachable(db, cid, clerk, 90).status == Status.CLOSED_UNVERIFIED


def test_a_new_resolution_starts_the_count_again(store) -> None:  # type: ignore[no-untyped-def]
    db, clerk = store
    cid = _resolved(db, clerk)
    for minutes in (70, 100):
        _unreachable(db, cid, clerk, minutes)
    lifecycle.record_callback(db, cid, CallbackOutcome.NOT_RESTORED, user_id=clerk, now=_at(131))
    lifecycle.resolve(db, cid, "jumper repaired", user_id=clerk, now=_at(140))
    assert _unreachable(db, cid, clerk, 150).status == Status.RESOLVED
    prospect = lifecycle.callback_prospect(db, cid, now=_at(151))
    assert (prospect.counted, prospect.counts_from) == (1, _at(180))


def test_a_reversed_unreachable_call_does_not_count(db, clerk) -> None:  # type: ignore[no-untyped-def]
    cid = _resolved(db, clerk.id)
    _unreachable(db, cid, clerk.id, 70)
    _unreachable(db, cid, clerk.id, 100)
    corrections.reverse_last_action(db, cid, "wrong complaint", user_id=clerk.id, now=_at(102))
    assert lifecycle.callback_prospect(db, cid, now=_at(131)).counted == 1
    # 30 minutes after the first: counts as the second, so the complaint stays open.
    assert _unreachable(db, cid, clerk.id, 131).status == Status.RESOLVED
