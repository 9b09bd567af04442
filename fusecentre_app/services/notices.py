"""What the desk must speak up about: complaints past their SoP deadline, and danger calls
(a wire snapped, sparking, a leaning pole) still unassigned a quarter of an hour after they
came in. Counts of both, and the ones that crossed the line since the desk last looked, so
each is announced once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Select, func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintType
from fusecentre_app.domain.enums import PENDING_STATUS_VALUES, Status

DANGER_WAIT = timedelta(minutes=15)
MAX_ANNOUNCED = 20  # a notice names a few; the count says how many in all


@dataclass(frozen=True)
class Alert:
    complaint_id: int
    docket: str
    danger_waiting: bool  # else: past its SoP deadline
    since: datetime  # overdue: its SoP deadline; a danger call: when it was received


@dataclass(frozen=True)
class DeskAlerts:
    overdue: int
    danger_waiting: int
    new: tuple[Alert, ...]  # crossed the line after `since`, oldest first

    @property
    def total(self) -> int:
        return self.overdue + self.danger_waiting


def _overdue(centre_id: int, now: datetime) -> Select[int, str, datetime]:
    return select(Complaint.id, Complaint.docket, Complaint.sop_due_at).where(
        Complaint.centre_id == centre_id,
        # Resolved in time and awaiting only its callback, a complaint is not late.
        Complaint.status.in_(PENDING_STATUS_VALUES),
        Complaint.sop_due_at <= now,
    )


def _danger_waiting(centre_id: int, now: datetime) -> Select[int, str, datetime]:
    return (
        select(Complaint.id, Complaint.docket, Complaint.received_at)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .where(
            Complaint.centre_id == centre_id,
            Complaint.status == Status.NEW.value,
            ComplaintType.danger.is_(True),
            Complaint.received_at <= now - DANGER_WAIT,
        )
    )


def desk_alerts(
    db: Database, centre_id: int, *, now: datetime, since: datetime | None = None
) -> DeskAlerts:
    """The counts at `now`; with `since`, also what crossed the line in (since, now]."""
    overdue, danger = _overdue(centre_id, now), _danger_waiting(centre_id, now)
    with db.read() as s:
        counts = [
            int(s.scalar(select(func.count()).select_from(q.subquery())) or 0)
            for q in (overdue, danger)
        ]
        new: list[Alert] = []
        if since is not None:
            late = overdue.where(Complaint.sop_due_at > since).order_by(Complaint.sop_due_at)
            waiting = danger.where(Complaint.received_at > since - DANGER_WAIT).order_by(
                Complaint.received_at
            )
            new += [Alert(i, d, False, at) for i, d, at in s.execute(late.limit(MAX_ANNOUNCED))]
            new += [
                Alert(i, d, True, at)  # waiting since it was received
                for i, d, at in s.execute(waiting.limit(MAX_ANNOUNCED))
            ]
    new.sort(key=lambda a: (not a.danger_waiting, a.since))  # danger first
    return DeskAlerts(counts[0], counts[1], tuple(new))
