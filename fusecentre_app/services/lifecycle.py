"""Moving a complaint through its life: assign, attend, resolve, call back, cancel.

Each action is refused unless `domain.lifecycle` allows it from the complaint's current
state. Its events are applied with `domain.history.apply_event` (the same rule a replay
uses) and inserted in the same transaction as the row change. The row's version is the
number of events, checked on update, so two desks cannot both move the same complaint.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from fusecentre_app.db.engine import Database
from fusecentre_app.db.events import append_event
from fusecentre_app.db.models import Complaint, Officer
from fusecentre_app.domain.enums import CallbackOutcome, EventKind, Status
from fusecentre_app.domain.history import ComplaintState, apply_event
from fusecentre_app.domain.lifecycle import (
    MAX_CALLBACK_ATTEMPTS,
    IllegalTransition,
    allowed_actions,
    next_status,
)
from fusecentre_app.domain.sop import hours_late
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.auth import ensure_may_change
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError, store_errors

CANCEL_ROLES = frozenset({"supervisor", "admin"})
RESOLUTION_CAUSES = (
    "fuse replaced",
    "jumper repaired",
    "conductor joined",
    "DT replaced",
    "DT fuse replaced",
    "service cable repaired",
    "pole straightened or replaced",
    "supply restored from feeder",
    "other",
)


@dataclass(frozen=True)
class Moved:
    """What an action left the complaint as."""

    id: int
    docket: str
    status: Status
    version: int
    allowed: tuple[str, ...]


class ComplaintChange:
    """One action on one complaint inside a write transaction."""

    def __init__(self, s: Session, complaint_id: int, user_id: int | None, now: datetime):
        ensure_may_change(s, user_id)
        complaint = s.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound("This complaint is not in the database.")
        self.s, self.row, self.user_id, self.now = s, complaint, user_id, now
        self.state = ComplaintState.of(complaint)

    def check(self, action: str) -> None:
        try:
            next_status(self.state.status, action)
        except IllegalTransition as exc:
            raise ServiceError(
                f"Complaint {self.row.docket} is {self.state.status.value}: {exc}."
            ) from None

    def record(self, kind: EventKind, data: dict[str, Any]) -> None:
        apply_event(self.state, self.now, kind.value, data)
        append_event(
            self.s.connection(),
            centre_id=self.row.centre_id,
            complaint_id=self.row.id,
            at=self.now,
            user_id=self.user_id,
            kind=kind.value,
            data=data,
        )

    def finish(self) -> Moved:
        self.state.write_to(self.row)
        try:
            self.s.flush()
        except StaleDataError:
            raise ServiceError(
                f"Complaint {self.row.docket} was changed at another desk; refresh and try again."
            ) from None
        status = self.state.status
        return Moved(
            self.row.id, self.row.docket, status, self.state.version, tuple(allowed_actions(status))
        )


def _run(db: Database, complaint_id: int, user_id: int | None, now: datetime | None, act) -> Moved:  # type: ignore[no-untyped-def]
    with store_errors(), db.write() as s:
        change = ComplaintChange(s, complaint_id, user_id, now or utcnow())
        act(change)
        return change.finish()


def assign(
    db: Database,
    complaint_id: int,
    officer_id: int,
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> Moved:
    """Give the complaint to an officer (again, to hand it to someone else)."""

    def act(c: ComplaintChange) -> None:
        c.check("assign")
        if c.s.get(Officer, officer_id) is None:
            raise ValidationError({"officer_id": "This officer is not in the directory."})
        c.record(EventKind.ASSIGNED, {"officer_id": officer_id})

    return _run(db, complaint_id, user_id, now, act)


def attend(
    db: Database, complaint_id: int, *, user_id: int | None, now: datetime | None = None
) -> Moved:
    """The assigned officer has reached the fault."""

    def act(c: ComplaintChange) -> None:
        c.check("attend")
        c.record(EventKind.ATTENDED, {"officer_id": c.state.assigned_officer_id})

    return _run(db, complaint_id, user_id, now, act)


def resolve(
    db: Database,
    complaint_id: int,
    cause: str,
    note: str = "",
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> Moved:
    """Supply restored in the field; the consumer is to be called back to confirm."""
    if not cause.strip():
        raise ValidationError({"cause": "Say what was done (for example, fuse replaced)."})

    def act(c: ComplaintChange) -> None:
        record_resolution(c, cause, note)

    return _run(db, complaint_id, user_id, now, act)


def record_resolution(c: ComplaintChange, cause: str, note: str, **extra: Any) -> None:
    """The `resolved` event, with the SoP breach (how many hours late) when there is one."""
    c.check("resolve")
    data: dict[str, Any] = {
        "cause": cause.strip(),
        "note": note.strip(),
        "officer_id": c.state.assigned_officer_id,
        **extra,
    }
    late = hours_late(c.row.sop_due_at, c.now)
    if late > 0:
        data["sop_hours_late"] = round(late, 2)  # the breach, recorded with how late
    c.record(EventKind.RESOLVED, data)


def record_callback(
    db: Database,
    complaint_id: int,
    outcome: CallbackOutcome,
    *,
    note: str = "",
    user_id: int | None,
    now: datetime | None = None,
) -> Moved:
    """The call back to the consumer after a resolution, and what it leads to."""

    def act(c: ComplaintChange) -> None:
        if c.state.status != Status.RESOLVED:
            c.check("verify")  # raises: callbacks follow a resolution
        attempt = c.state.callback_attempts + 1
        c.record(
            EventKind.CALLBACK,
            {"outcome": outcome.value, "attempt": attempt, "note": note.strip()},
        )
        if outcome == CallbackOutcome.RESTORED:
            c.record(EventKind.CLOSED, {"status": Status.CLOSED_VERIFIED.value, "verified": True})
        elif outcome == CallbackOutcome.NOT_RESTORED:
            c.record(EventKind.REOPENED, {"reason": note.strip() or "supply not restored"})
        elif attempt >= MAX_CALLBACK_ATTEMPTS:
            c.record(
                EventKind.CLOSED,
                {
                    "status": Status.CLOSED_UNVERIFIED.value,
                    "verified": False,
                    "reason": f"consumer unreachable after {attempt} attempts",
                },
            )

    return _run(db, complaint_id, user_id, now, act)


def cancel(
    db: Database,
    complaint_id: int,
    reason: str,
    *,
    user_id: int | None,
    role: str,
    now: datetime | None = None,
) -> Moved:
    """A duplicate or invalid complaint, cancelled by a supervisor with a reason."""
    if role not in CANCEL_ROLES:
        raise ServiceError("Only a supervisor can cancel a complaint.")
    if not reason.strip():
        raise ValidationError({"reason": "Give the reason (for example, duplicate of a docket)."})

    def act(c: ComplaintChange) -> None:
        c.check("cancel")
        c.record(EventKind.CANCELLED, {"reason": reason.strip()})

    return _run(db, complaint_id, user_id, now, act)
