"""Corrections on record: logging-time details corrected with a reason (the `amended` event
holds old and new, a changed type or feeder area recomputes the SoP deadline); back-dated
calls need a supervisor and impossible years are refused; a mis-click reversed by the person
who made it within ten minutes, the reversed events staying in the history; a cancel as a
duplicate names the docket; and nothing here leaves a row that disagrees with its events."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import ComplaintEvent, Feeder, Officer
from fusecentre_app.domain.enums import CallbackOutcome, Status
from fusecentre_app.services import accountability, lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.corrections import amend_complaint, last_action, reverse_last_action
from fusecentre_app.services.errors import NotPermitted, ServiceError, ValidationError
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.verify import verify_store
from tests.support import row_is_its_history

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _feeder(db, code: str) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(Feeder.id).where(Feeder.code == code)))


def _lineman(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN")))


@pytest.fixture
def complaint(db, centre, clerk) -> int:  # type: ignore[no-untyped-def]
    return log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835012345",
            caller_name="Ramesh",
            locality="Sohni Patti",
            feeder_id=_feeder(db, "F-BXR-02"),  # rural
            type_code="FUSE_OFF",
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=T0,
    ).id


def _events(db, complaint_id: int, kind: str) -> list[dict]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(
            s.scalars(
                select(ComplaintEvent.data).where(
                    ComplaintEvent.complaint_id == complaint_id, ComplaintEvent.kind == kind
                )
            )
        )


def test_a_correction_holds_old_and_new_and_recomputes_the_deadline(db, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    before = row_is_its_history(db, complaint)
    town = _feeder(db, "F-BXR-01")  # urban: stricter hours
    moved = amend_complaint(
        db,
        complaint,
        {"caller_name": " Ramesh Yadav ", "feeder_id": town, "type_code": "LINE_BREAK"},
        "caller spelled the name; the wire is down at Thatheri Bazar",
        user_id=clerk.id,
        expected_version=before.version,
        now=_at(10),
    )
    after = row_is_its_history(db, complaint)
    assert moved.version == before.version + 1
    assert (after.caller_name, after.feeder_id, after.type_code) == (
        "Ramesh Yadav",
        town,
        "LINE_BREAK",
    )
    assert after.priority == 1 and after.sop_hours != before.sop_hours  # the table says
    assert after.sop_due_at == after.received_at + timedelta(hours=after.sop_hours)
    (data,) = _events(db, complaint, "amended")
    assert data["changes"]["caller_name"] == ["Ramesh", "Ramesh Yadav"]
    assert data["changes"]["feeder_id"] == [before.feeder_id, town]
    assert data["changes"]["sop_hours"] == [before.sop_hours, after.sop_hours]
    assert data["sop"].startswith("SoP deadline ") and "→" in data["sop"]
    assert data["reason"].startswith("caller spelled")
    # The register's remarks show it.
    (row,) = gather_register(db, "BXR", T0.date(), generated_by="x", now=_at(20)).rows
    assert any(r.startswith("Amended 01-06 14:40 by Asha Kumari") for r in row.remarks)
    assert verify_store(db).ok


def test_a_correction_is_refused_clearly_and_changes_nothing(db, centre, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    version = row_is_its_history(db, complaint).version
    with pytest.raises(ValidationError, match="Say why"):
        amend_complaint(db, complaint, {"caller_name": "X"}, "  ", user_id=clerk.id)
    with pytest.raises(ValidationError) as bad:
        amend_complaint(db, complaint, {"caller_mobile": "12345"}, "typo", user_id=clerk.id)
    assert set(bad.value.errors) == {"caller_mobile"}
    dumraon = _feeder(db, "F-DMR-01")
    with pytest.raises(ValidationError, match="does not belong to this centre"):
        amend_complaint(db, complaint, {"feeder_id": dumraon}, "typo", user_id=clerk.id)
    with pytest.raises(ValidationError, match="Nothing differs"):
        amend_complaint(db, complaint, {"caller_name": "Ramesh"}, "typo", user_id=clerk.id)
    with pytest.raises(ValidationError, match="cannot be corrected"):
        amend_complaint(db, complaint, {"docket": "BXR-1"}, "typo", user_id=clerk.id)
    with pytest.raises(ServiceError, match="changed at another desk"):
        amend_complaint(
            db, complaint, {"caller_name": "R"}, "typo", user_id=clerk.id, expected_version=0
        )
    assert row_is_its_history(db, complaint).version == version


def test_a_call_received_long_ago_needs_a_supervisor_and_odd_years_are_refused(
    db, centre, clerk, supervisor, complaint
) -> None:  # type: ignore[no-untyped-def]
    now = _at(60)
    old = ComplaintDraft(
        caller_mobile="9835012345",
        locality="Sohni Patti",
        type_code="FUSE_OFF",
        received_at=now - timedelta(days=3),
    )
    with pytest.raises(NotPermitted, match="more than two days ago"):
        log_complaint(db, old, centre_id=centre.id, user_id=clerk.id, now=now)
    assert log_complaint(db, old, centre_id=centre.id, user_id=supervisor.id, now=now).serial == 1
    for year in (1, 1900):
        typo = ComplaintDraft(
            caller_mobile="9835012345",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
            received_at=datetime(year, 6, 1, 9, 0, tzinfo=UTC),
        )
        with pytest.raises(ValidationError, match="Check the year"):
            log_complaint(db, typo, centre_id=centre.id, user_id=supervisor.id, now=now)
    with pytest.raises(NotPermitted, match="more than two days ago"):
        amend_complaint(
            db,
            complaint,
            {"received_at": now - timedelta(days=4)},
            "paper slip found",
            user_id=clerk.id,
            now=now,
        )
    amend_complaint(
        db,
        complaint,
        {"received_at": now - timedelta(days=4)},
        "paper slip found",
        user_id=supervisor.id,
        now=now,
    )
    assert verify_store(db).ok


def test_the_last_action_is_reversed_by_its_maker_within_ten_minutes(
    db, centre, clerk, supervisor, complaint
) -> None:  # type: ignore[no-untyped-def]
    officer = _lineman(db)
    lifecycle.assign(db, complaint, officer, user_id=clerk.id, now=_at(1))
    lifecycle.resolve(db, complaint, "fuse replaced", user_id=clerk.id, now=_at(30))
    lifecycle.record_callback(
        db, complaint, CallbackOutcome.RESTORED, user_id=clerk.id, now=_at(40)
    )
    assert row_is_its_history(db, complaint).status == Status.CLOSED_VERIFIED
    offered = last_action(db, complaint, clerk.id, now=_at(45))
    assert offered is not None and offered.kinds == ("callback", "closed") and not offered.refusal
    with pytest.raises(ServiceError, match="Only Asha Kumari can reverse"):
        reverse_last_action(db, complaint, "wrong button", user_id=supervisor.id, now=_at(45))
    with pytest.raises(ServiceError, match="more than 10 minutes ago"):
        reverse_last_action(db, complaint, "wrong button", user_id=clerk.id, now=_at(51))
    with pytest.raises(ValidationError, match="Say what went wrong"):
        reverse_last_action(db, complaint, "", user_id=clerk.id, now=_at(45))
    moved = reverse_last_action(
        db, complaint, "consumer meant the neighbour's line", user_id=clerk.id, now=_at(45)
    )
    state = row_is_its_history(db, complaint)
    assert moved.status == Status.RESOLVED == state.status
    assert state.callback_attempts == 0 and state.verified_at is None and state.closed_at is None
    (data,) = _events(db, complaint, "reversed")
    assert data["kinds"] == ["callback", "closed"] and len(data["reverses"]) == 2
    assert _events(db, complaint, "callback")  # nothing deleted: the history keeps them
    with pytest.raises(ServiceError, match="cannot itself be reversed"):
        reverse_last_action(db, complaint, "again", user_id=clerk.id, now=_at(46))
    # The reversed resolution is not counted; the restored state goes on as normal.
    lifecycle.record_callback(
        db, complaint, CallbackOutcome.NOT_RESTORED, user_id=clerk.id, now=_at(50)
    )
    assert row_is_its_history(db, complaint).status == Status.REOPENED
    assert verify_store(db).ok


def test_a_logged_complaint_is_cancelled_not_reversed(db, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError, match="supervisor cancels it"):
        reverse_last_action(db, complaint, "test call", user_id=clerk.id, now=_at(1))


def test_a_reversed_resolution_counts_for_no_one(db, centre, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    officer = _lineman(db)
    lifecycle.assign(db, complaint, officer, user_id=clerk.id, now=_at(1))
    lifecycle.resolve(db, complaint, "fuse replaced", user_id=clerk.id, now=_at(30))
    reverse_last_action(db, complaint, "resolved the wrong one", user_id=clerk.id, now=_at(32))
    (record,) = accountability.accountability(db, centre.id, T0.date(), T0.date(), now=_at(60))
    assert record.officer_id == officer and record.assigned == 1 and record.resolve_minutes == []


def test_a_reversal_that_restores_a_made_up_state_is_named(
    db, clerk, complaint, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    lifecycle.assign(db, complaint, _lineman(db), user_id=clerk.id, now=_at(1))
    reverse_last_action(db, complaint, "wrong one", user_id=clerk.id, now=_at(2))
    assert verify_store(db).ok
    conn = sqlite3.connect(tmp_path / "desk.sqlite")
    with conn:  # the restored state rewritten (hash left alone): two problems, both named
        conn.execute(
            "UPDATE complaint_event SET data = json_set(data, '$.restores.status', 'attending') "
            "WHERE kind = 'reversed'"
        )
    problems = verify_store(db).problems
    assert any("content does not match its hash" in p for p in problems)
    assert any("restores a state its history never had" in p for p in problems), problems


def test_cancel_as_a_duplicate_names_the_docket(db, centre, clerk, supervisor, complaint) -> None:  # type: ignore[no-untyped-def]
    other = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012346", locality="Sohni Patti", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
        now=_at(5),
    )
    with pytest.raises(ValidationError, match="There is no complaint BXR-20260601-009"):
        lifecycle.cancel(db, other.id, "", duplicate_of="BXR-20260601-009", user_id=supervisor.id)
    with pytest.raises(ValidationError, match="cannot duplicate itself"):
        lifecycle.cancel(db, other.id, "", duplicate_of=other.docket, user_id=supervisor.id)
    lifecycle.cancel(
        db, other.id, "same fuse", duplicate_of="bxr-20260601-001", user_id=supervisor.id
    )
    (data,) = _events(db, other.id, "cancelled")
    assert data["duplicate_of"] == "BXR-20260601-001"
    assert data["reason"] == "duplicate of BXR-20260601-001: same fuse"
    assert verify_store(db).ok
