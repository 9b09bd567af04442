"""Moving a complaint through its life: assign, attend, resolve, call back, cancel.

Each action is refused unless `domain.lifecycle` allows it from the complaint's current
state and `domain.roles` allows it to the person (read from the store by `services.uow`).
Its events are applied with `domain.history.apply_event` (the same rule a replay uses) and
inserted in the same transaction as the row change. The row's version is the number of
events: an action carries the version the clerk was looking at (`expected_version`), and a
complaint changed meanwhile at another desk refuses it (`StaleRecord`), as does the version
check on update when two desks act at the same moment.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent, Officer
from fusecentre_app.domain.enums import CallbackOutcome, EventKind, Status
from fusecentre_app.domain.history import ComplaintState, apply_event, reversed_events
from fusecentre_app.domain.lifecycle import (
    MAX_CALLBACK_ATTEMPTS,
    IllegalTransition,
    allowed_actions,
    counted_unreachable,
    next_counted_at,
    next_status,
    unreachable_closes,
)
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.sop import hours_late
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.services.errors import NotFound, ServiceError, StaleRecord, ValidationError
from fusecentre_app.services.settings import CALLBACK_SPACING, setting_in
from fusecentre_app.services.uow import Change, changing, check

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
CANCEL_KINDS = {
    "duplicate": "duplicate of another complaint",
    "invalid": "not a supply complaint",
    "other": "other reason",
}


def stale_message(docket: str) -> str:
    return Message(
        QT_TRANSLATE_NOOP(
            "messages", "Complaint {docket} was changed at another desk — shown again now."
        ),
        docket=docket,
    )


@dataclass(frozen=True)
class Moved:
    """What an action left the complaint as."""

    id: int
    docket: str
    status: Status
    version: int
    allowed: tuple[str, ...]
    notice: str = ""  # what the clerk should know about what happened (or did not)


class ComplaintChange:
    """One action on one complaint inside a unit of work."""

    def __init__(
        self,
        change: Change,
        complaint_id: int,
        use_case: UseCase,
        expected_version: int | None = None,
    ) -> None:
        # Locked on PostgreSQL (a second desk waits, then sees this desk's change); a SQLite
        # write transaction already holds the store.
        complaint = change.session.get(Complaint, complaint_id, with_for_update=True)
        if complaint is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This complaint is not in the database."))
            )
        check(change.actor, use_case, complaint.centre_id)
        if expected_version is not None and complaint.version != expected_version:
            raise StaleRecord(stale_message(complaint.docket))
        self.change, self.row = change, complaint
        self.s, self.now, self.user_id = change.session, change.now, change.user_id
        self.state = ComplaintState.of(complaint)

    def check(self, action: str) -> None:
        try:
            next_status(self.state.status, action)
        except IllegalTransition as exc:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Complaint {docket} {reason}."),
                    docket=self.row.docket,
                    reason=exc.args[0],  # a Message: translated with the sentence
                )
            ) from None

    def record(self, kind: EventKind, data: dict[str, Any]) -> int:
        apply_event(self.state, self.now, kind.value, data, self.user_id)
        return self.change.event(
            centre_id=self.row.centre_id, complaint_id=self.row.id, kind=kind.value, data=data
        )

    def finish(self) -> Moved:
        self.state.write_to(self.row)
        try:
            self.s.flush()
        except StaleDataError:
            raise StaleRecord(stale_message(self.row.docket)) from None
        status = self.state.status
        return Moved(
            self.row.id, self.row.docket, status, self.state.version, tuple(allowed_actions(status))
        )


def run_action(
    db: Database,
    complaint_id: int,
    user_id: int | None,
    act: Callable[[ComplaintChange], None],
    *,
    use_case: UseCase = UseCase.MOVE_COMPLAINT,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """One action on a complaint, as one unit of work."""
    with changing(db, user_id, use_case, now=now) as change:
        complaint = ComplaintChange(change, complaint_id, use_case, expected_version)
        act(complaint)
        return complaint.finish()


def assign(
    db: Database,
    complaint_id: int,
    officer_id: int,
    *,
    user_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """Give the complaint to an officer (again, to hand it to someone else)."""

    def act(c: ComplaintChange) -> None:
        c.check("assign")
        active = c.s.scalar(select(Officer.active).where(Officer.id == officer_id))
        if active is None:
            raise ValidationError(
                {
                    "officer_id": Message(
                        QT_TRANSLATE_NOOP("messages", "This officer is not in the directory.")
                    )
                }
            )
        if not active:
            raise ValidationError(
                {
                    "officer_id": Message(
                        QT_TRANSLATE_NOOP("messages", "This officer is no longer in service.")
                    )
                }
            )
        c.record(EventKind.ASSIGNED, {"officer_id": officer_id})

    return run_action(db, complaint_id, user_id, act, expected_version=expected_version, now=now)


def attend(
    db: Database,
    complaint_id: int,
    *,
    user_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """The assigned officer has reached the fault."""

    def act(c: ComplaintChange) -> None:
        c.check("attend")
        c.record(EventKind.ATTENDED, {"officer_id": c.state.assigned_officer_id})

    return run_action(db, complaint_id, user_id, act, expected_version=expected_version, now=now)


def resolve(
    db: Database,
    complaint_id: int,
    cause: str,
    note: str = "",
    *,
    user_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """Supply restored in the field; the consumer is to be called back to confirm."""
    if not cause.strip():
        raise ValidationError(
            {
                "cause": Message(
                    QT_TRANSLATE_NOOP("messages", "Say what was done (for example, fuse replaced).")
                )
            }
        )

    def act(c: ComplaintChange) -> None:
        record_resolution(c, cause, note)

    return run_action(db, complaint_id, user_id, act, expected_version=expected_version, now=now)


def record_resolution(c: ComplaintChange, cause: str, note: str, **extra: Any) -> None:
    """The `resolved` event, with the SoP breach (how many hours late) when there is one."""
    c.check("resolve")
    data: dict[str, Any] = {
        "cause": cause.strip(),
        "note": note.strip(),
        "officer_id": c.state.assigned_officer_id,
        **extra,
    }
    late = hours_late(c.state.sop_due_at, c.now)
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
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """The call back to the consumer after a resolution, and what it leads to.

    An unreachable consumer closes the complaint unverified only at the third unreachable
    callback spaced the setting's minutes apart (`domain.lifecycle.counted_unreachable`);
    one sooner is on record as an attempt and the complaint stays resolved, with a sentence
    saying from when the next call counts."""
    notice = ""

    def act(c: ComplaintChange) -> None:
        nonlocal notice
        if c.state.status != Status.RESOLVED:
            c.check("verify")  # raises: callbacks follow a resolution
        spacing = timedelta(minutes=setting_in(c.s, CALLBACK_SPACING))
        counted = counted_unreachable(unreachable_since_resolution(c.s, c.row.id), spacing)
        attempt = c.state.callback_attempts + 1
        c.record(
            EventKind.CALLBACK,
            {"outcome": outcome.value, "attempt": attempt, "note": note.strip()},
        )
        if outcome == CallbackOutcome.RESTORED:
            c.record(EventKind.CLOSED, {"status": Status.CLOSED_VERIFIED.value, "verified": True})
        elif outcome == CallbackOutcome.NOT_RESTORED:
            c.record(EventKind.REOPENED, {"reason": note.strip() or "supply not restored"})
        elif unreachable_closes(counted, c.now, spacing):
            tries = len(counted) + 1
            c.record(
                EventKind.CLOSED,
                {
                    "status": Status.CLOSED_UNVERIFIED.value,
                    "verified": False,
                    "reason": f"consumer unreachable after {attempt} attempts"
                    + (f" ({tries} counted, {_minutes(spacing)} apart)" if tries < attempt else ""),
                },
            )
        else:
            notice = _still_open(attempt, counted_unreachable([*counted, c.now], spacing), spacing)

    moved = run_action(db, complaint_id, user_id, act, expected_version=expected_version, now=now)
    return Moved(moved.id, moved.docket, moved.status, moved.version, moved.allowed, notice)


def _minutes(spacing: timedelta) -> str:
    return f"{int(spacing.total_seconds() // 60)} minutes"


def _still_open(attempt: int, counted: list[datetime], spacing: timedelta) -> str:
    left = MAX_CALLBACK_ATTEMPTS - len(counted)
    start = next_counted_at(counted, spacing)
    when = format_local(start, "%H:%M") if start is not None else "now"
    more = "1 more unreachable call closes" if left == 1 else f"{left} more unreachable calls close"
    return (
        f"Unreachable call {attempt} is on record and the complaint stays open: {more} it "
        f"unverified, the next one counting from {when} (calls count {_minutes(spacing)} apart)."
    )


def unreachable_since_resolution(s: Session, complaint_id: int) -> list[datetime]:
    """When the consumer was found unreachable since the complaint's last resolution (calls
    taken back by a reversal left out), oldest first."""
    events = s.execute(
        select(ComplaintEvent.at, ComplaintEvent.kind, ComplaintEvent.data, ComplaintEvent.id)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.id)
    ).all()
    undone = reversed_events((e.kind, e.data) for e in events)
    times: list[datetime] = []
    for e in events:
        if e.id in undone:
            continue
        if e.kind == EventKind.RESOLVED.value:
            times = []
        elif e.kind == EventKind.CALLBACK.value and e.data.get("outcome") == (
            CallbackOutcome.UNREACHABLE.value
        ):
            times.append(e.at)
    return times


@dataclass(frozen=True)
class CallbackProspect:
    """What an unreachable callback now would do, for the desk to say before it is made."""

    closes: bool  # it would close the complaint unverified
    counted: int  # unreachable calls that count so far
    counts_from: datetime | None  # the next one counts from (None: at once)


def callback_prospect(
    db: Database, complaint_id: int, now: datetime | None = None
) -> CallbackProspect:
    now = now or utcnow()
    with db.read() as s:
        spacing = timedelta(minutes=setting_in(s, CALLBACK_SPACING))
        counted = counted_unreachable(unreachable_since_resolution(s, complaint_id), spacing)
    return CallbackProspect(
        unreachable_closes(counted, now, spacing), len(counted), next_counted_at(counted, spacing)
    )


def cancel(
    db: Database,
    complaint_id: int,
    reason: str,
    *,
    user_id: int | None,
    duplicate_of: str = "",
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """A duplicate or invalid complaint, cancelled by a supervisor with a reason; a duplicate
    names the docket it duplicates."""
    duplicate_of = duplicate_of.strip().upper()
    if not reason.strip() and not duplicate_of:
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Give the reason (for example, duplicate of a docket)."
                    ),
                )
            }
        )

    def act(c: ComplaintChange) -> None:
        c.check("cancel")
        data: dict[str, Any] = {"reason": reason.strip()}
        if duplicate_of:
            original = c.s.execute(
                select(Complaint.id, Complaint.centre_id).where(Complaint.docket == duplicate_of)
            ).first()
            if original is None or original.centre_id != c.row.centre_id:
                raise ValidationError(
                    {
                        "duplicate_of": Message(
                            QT_TRANSLATE_NOOP(
                                "messages", "There is no complaint {duplicate_of} at this centre."
                            ),
                            duplicate_of=duplicate_of,
                        )
                    }
                )
            if original.id == c.row.id:
                raise ValidationError(
                    {
                        "duplicate_of": Message(
                            QT_TRANSLATE_NOOP("messages", "A complaint cannot duplicate itself.")
                        )
                    }
                )
            data["duplicate_of"] = duplicate_of
            data["reason"] = f"duplicate of {duplicate_of}" + (
                f": {reason.strip()}" if reason.strip() else ""
            )
        c.record(EventKind.CANCELLED, data)

    return run_action(
        db,
        complaint_id,
        user_id,
        act,
        use_case=UseCase.CANCEL_COMPLAINT,
        expected_version=expected_version,
        now=now,
    )
