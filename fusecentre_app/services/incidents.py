"""Feeder faults: the probable-fault banner, and incidents that group their complaints.

When a feeder trips, a whole village calls. `probable_faults_now` applies the centre's rule
(`domain.clustering`, by default 5 complaints within 30 minutes) to recent open complaints.
The clerk or JE confirms one as an incident (a feeder trip or DT failure) with
`open_incident`, which links the complaints; `link_complaints` adds calls that arrive while
it is open (`IncidentInfo.unlinked_ids` offers them); `resolve_incident` records a
resolution on every linked complaint still open, each of which still needs its own call
back to the consumer. Every link and resolution is an event on the complaint, in its
centre's hash chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, Complaint, ComplaintEvent, Dt, Feeder, Incident, Pss
from fusecentre_app.domain.clustering import Call, ClusterRule, probable_faults
from fusecentre_app.domain.enums import (
    PENDING_STATUS_VALUES,
    PENDING_STATUSES,
    EventKind,
    IncidentKind,
    Status,
)
from fusecentre_app.domain.lifecycle import STATUS_WORDS
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError
from fusecentre_app.services.interruptions import from_incident
from fusecentre_app.services.lifecycle import ComplaintChange, record_resolution
from fusecentre_app.services.queue import CHUNK_ROWS
from fusecentre_app.services.shutdowns import during_planned_shutdown
from fusecentre_app.services.uow import Change, Who, changing

OPEN = "open"
RESOLVED = "resolved"
# A complaint can join an incident while its fault is still to be put right.
LINKABLE = PENDING_STATUSES
_LINKABLE_VALUES = PENDING_STATUS_VALUES
INCIDENT_CAUSES = {
    IncidentKind.FEEDER_TRIP: "supply restored from feeder",
    IncidentKind.DT_FAILURE: "DT replaced",
}


@dataclass(frozen=True)
class FaultAlert:
    """A probable feeder fault, as the queue's banner shows it."""

    feeder_id: int
    feeder_code: str
    feeder_name_en: str
    feeder_name_hi: str
    complaint_ids: tuple[int, ...]
    first_received_at: datetime
    last_received_at: datetime

    @property
    def count(self) -> int:
        return len(self.complaint_ids)


@dataclass(frozen=True)
class IncidentInfo:
    id: int
    kind: IncidentKind
    status: str
    feeder_id: int
    feeder_code: str
    feeder_name_en: str
    feeder_name_hi: str
    dt_id: int | None
    dt_name_en: str
    note: str
    opened_at: datetime
    resolved_at: datetime | None
    linked_ids: tuple[int, ...]
    open_linked_ids: tuple[int, ...]
    # Open complaints from the same feeder (and DT, for a DT failure) logged since the
    # incident was opened, in no incident, and never taken out of this one.
    unlinked_ids: tuple[int, ...]


def fault_rule(db: Database, centre_id: int) -> ClusterRule:
    with db.read() as s:
        centre = s.get(Centre, centre_id)
        if centre is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This centre is not in the database."))
            )
        return _rule(centre)


def _rule(centre: Centre) -> ClusterRule:
    return ClusterRule(
        min_complaints=centre.fault_min_complaints,
        window=timedelta(minutes=centre.fault_window_minutes),
    )


def set_fault_rule(
    db: Database, centre_id: int, min_complaints: int, minutes: int, *, by: Who
) -> ClusterRule:
    """Change a centre's probable-fault rule (for example 8 complaints in 20 minutes)."""
    errors: dict[str, str] = {}
    if min_complaints < 2:
        errors["min_complaints"] = Message(
            QT_TRANSLATE_NOOP("messages", "At least 2 complaints make a cluster.")
        )
    if not 1 <= minutes <= 24 * 60:
        errors["minutes"] = Message(
            QT_TRANSLATE_NOOP("messages", "The window must be between 1 minute and 24 hours.")
        )
    if errors:
        raise ValidationError(errors)
    with changing(db, by, UseCase.CENTRE_SETTINGS, centre_id=centre_id) as c:
        centre = c.session.get(Centre, centre_id)
        if centre is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This centre is not in the database."))
            )
        before = c.snapshot("centre", centre_id)
        centre.fault_min_complaints = min_complaints
        centre.fault_window_minutes = minutes
        c.saved("centre", centre_id, before, kind="fault_rule_changed", centre_id=centre_id)
        return _rule(centre)


def probable_faults_now(
    db: Database, centre_id: int, *, now: datetime | None = None
) -> list[FaultAlert]:
    """Feeders whose recent open complaints, not yet in an incident, make a burst."""
    now = now or utcnow()
    with db.read() as s:
        centre = s.get(Centre, centre_id)
        if centre is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This centre is not in the database."))
            )
        rule = _rule(centre)
        # A reported window ends within `rule.window` of now, so it starts within two.
        recent = s.execute(
            select(Complaint.id, Complaint.feeder_id, Complaint.received_at)
            .where(
                Complaint.centre_id == centre_id,
                Complaint.status.in_(_LINKABLE_VALUES),
                Complaint.incident_id.is_(None),
                Complaint.feeder_id.is_not(None),
                Complaint.received_at >= now - 2 * rule.window,
                # Calls about a planned shutdown are no fault: the feeder is off for work.
                ~during_planned_shutdown(),
            )
            # In chunks, so the queue's worker reading a busy hour lets the UI thread in.
            .execution_options(yield_per=CHUNK_ROWS)
        )
        rows = [row for part in recent.partitions() for row in part]
        faults = probable_faults((Call(cid, fid, at) for cid, fid, at in rows), rule, now=now)
        names = _feeder_names(s, {f.feeder_id for f in faults})
    return [
        FaultAlert(
            f.feeder_id,
            *names[f.feeder_id],
            f.complaint_ids,
            f.first_received_at,
            f.last_received_at,
        )
        for f in faults
    ]


def _feeder_names(s: Session, ids: Iterable[int]) -> dict[int, tuple[str, str, str]]:
    ids = set(ids)
    if not ids:
        return {}
    rows = s.execute(
        select(Feeder.id, Feeder.code, Feeder.name_en, Feeder.name_hi).where(Feeder.id.in_(ids))
    )
    return {fid: (code, en, hi) for fid, code, en, hi in rows}


def open_incident(
    db: Database,
    centre_id: int,
    kind: IncidentKind,
    feeder_id: int,
    complaint_ids: Sequence[int],
    *,
    dt_id: int | None = None,
    note: str = "",
    user_id: int | None,
    now: datetime | None = None,
) -> IncidentInfo:
    """Confirm a fault as an incident and link its complaints (all or nothing)."""
    now = now or utcnow()
    kind = IncidentKind(kind)
    if kind == IncidentKind.DT_FAILURE and dt_id is None:
        raise ValidationError(
            {"dt_id": Message(QT_TRANSLATE_NOOP("messages", "Say which transformer failed."))}
        )
    with changing(db, user_id, UseCase.HANDLE_INCIDENT, centre_id=centre_id, now=now) as c:
        s = c.session
        feeder = s.get(Feeder, feeder_id)
        pss = s.get(Pss, feeder.pss_id) if feeder else None
        if feeder is None or pss is None or pss.centre_id != centre_id:
            raise ValidationError(
                {
                    "feeder_id": Message(
                        QT_TRANSLATE_NOOP("messages", "This feeder is not one of the centre's.")
                    )
                }
            )
        if dt_id is not None:
            dt = s.get(Dt, dt_id)
            if dt is None or dt.feeder_id != feeder_id:
                raise ValidationError(
                    {
                        "dt_id": Message(
                            QT_TRANSLATE_NOOP("messages", "This transformer is not on that feeder.")
                        )
                    }
                )
        incident = Incident(
            centre_id=centre_id,
            kind=kind.value,
            feeder_id=feeder_id,
            dt_id=dt_id,
            note=note.strip(),
            status=OPEN,
            opened_at=c.now,
            opened_by_id=c.user_id,
            resolution_cause="",
            resolution_note="",
        )
        s.add(incident)
        s.flush()
        c.saved("incident", incident.id, None, kind="incident_opened", centre_id=centre_id)
        _link(c, incident, complaint_ids)
        incident_id = incident.id
    return incident_info(db, incident_id)


def link_complaints(
    db: Database,
    incident_id: int,
    complaint_ids: Sequence[int],
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> IncidentInfo:
    """Add complaints (new calls from the feeder, say) to an open incident."""
    with changing(db, user_id, UseCase.HANDLE_INCIDENT, now=now) as c:
        incident = _incident(c.session, incident_id)
        c.require(UseCase.HANDLE_INCIDENT, incident.centre_id)
        if incident.status != OPEN:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Incident {id} is already resolved."),
                    id=incident.id,
                )
            )
        _link(c, incident, complaint_ids)
    return incident_info(db, incident_id)


def unlink_complaint(
    db: Database,
    complaint_id: int,
    reason: str,
    *,
    user_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> None:
    """Take a complaint out of its incident (it was linked by mistake); recorded as an event."""
    if not reason.strip():
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Say why the complaint is not part of the incident."
                    ),
                )
            }
        )
    with changing(db, user_id, UseCase.HANDLE_INCIDENT, now=now) as c:
        change = ComplaintChange(c, complaint_id, UseCase.HANDLE_INCIDENT, expected_version)
        if change.state.incident_id is None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Complaint {docket} is not part of an incident."),
                    docket=change.row.docket,
                )
            )
        change.record(
            EventKind.UNLINKED, {"incident_id": change.state.incident_id, "reason": reason.strip()}
        )
        change.finish()


def _incident(s: Session, incident_id: int) -> Incident:
    incident = s.get(Incident, incident_id)
    if incident is None:
        raise NotFound(
            Message(QT_TRANSLATE_NOOP("messages", "This incident is not in the database."))
        )
    return incident


def _link(c: Change, incident: Incident, complaint_ids: Sequence[int]) -> None:
    if not complaint_ids:
        raise ValidationError(
            {
                "complaints": Message(
                    QT_TRANSLATE_NOOP("messages", "Choose the complaints that belong to the fault.")
                )
            }
        )
    problems: list[Message] = []
    changes: list[ComplaintChange] = []
    for complaint_id in dict.fromkeys(complaint_ids):
        change = ComplaintChange(c, complaint_id, UseCase.HANDLE_INCIDENT)
        row, state = change.row, change.state
        if row.centre_id != incident.centre_id:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{docket} belongs to another centre"),
                    docket=row.docket,
                )
            )
        elif row.feeder_id != incident.feeder_id:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{docket} is on another feeder"),
                    docket=row.docket,
                )
            )
        elif state.incident_id == incident.id:
            continue  # already linked: nothing to record
        elif state.incident_id is not None:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{docket} is already in incident {incident}"),
                    docket=row.docket,
                    incident=state.incident_id,
                )
            )
        elif state.status not in LINKABLE:
            problems.append(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{docket} is {status}"),
                    docket=row.docket,
                    status=STATUS_WORDS[state.status],
                )
            )
        else:
            changes.append(change)
    if problems:
        listed = problems[0]
        for problem in problems[1:]:
            listed = Message(
                QT_TRANSLATE_NOOP("messages", "{list}; {item}"), list=listed, item=problem
            )
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP("messages", "Not linked: {problems}."), problems=listed)
        )
    for change in changes:
        change.record(EventKind.LINKED, {"incident_id": incident.id, "kind": incident.kind})
        change.finish()


def resolve_incident(
    db: Database,
    incident_id: int,
    cause: str = "",
    note: str = "",
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> IncidentInfo:
    """The fault is put right: every linked complaint still open is resolved with it.

    Each complaint then waits for its own call back, as any resolved complaint does.
    """
    with changing(db, user_id, UseCase.HANDLE_INCIDENT, now=now) as c:
        s = c.session
        incident = _incident(s, incident_id)
        c.require(UseCase.HANDLE_INCIDENT, incident.centre_id)
        if incident.status != OPEN:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Incident {id} is already resolved."),
                    id=incident.id,
                )
            )
        before = c.snapshot("incident", incident.id)
        cause = cause.strip() or INCIDENT_CAUSES[IncidentKind(incident.kind)]
        ids = s.scalars(
            select(Complaint.id)
            .where(
                Complaint.incident_id == incident.id,
                Complaint.status.in_(_LINKABLE_VALUES),
            )
            .order_by(Complaint.id)
        ).all()
        for complaint_id in ids:
            change = ComplaintChange(c, complaint_id, UseCase.HANDLE_INCIDENT)
            record_resolution(change, cause, note, incident_id=incident.id)
            change.finish()
        incident.status = RESOLVED
        incident.resolved_at = c.now
        incident.resolved_by_id = c.user_id
        incident.resolution_cause = cause
        incident.resolution_note = note.strip()
        c.saved(
            "incident", incident.id, before, kind="incident_resolved", centre_id=incident.centre_id
        )
        # A feeder trip is an interruption in the register (editable there with a reason).
        from_incident(c, incident)
    return incident_info(db, incident_id)


def incident_info(db: Database, incident_id: int) -> IncidentInfo:
    with db.read() as s:
        return _info(s, _incident(s, incident_id))


def open_incidents(db: Database, centre_id: int) -> list[IncidentInfo]:
    """The centre's open incidents, oldest first."""
    with db.read() as s:
        incidents = s.scalars(
            select(Incident)
            .where(Incident.centre_id == centre_id, Incident.status == OPEN)
            .order_by(Incident.opened_at, Incident.id)
        ).all()
        return [_info(s, incident) for incident in incidents]


def open_incident_on(
    db: Database, centre_id: int, feeder_id: int | None, dt_id: int | None = None
) -> IncidentInfo | None:
    """The open incident a new complaint from this feeder (and DT) would belong to."""
    if feeder_id is None:
        return None
    where = [Incident.centre_id == centre_id, Incident.status == OPEN]
    where.append(Incident.feeder_id == feeder_id)
    if dt_id is not None:  # a DT failure elsewhere on the feeder is not this call's fault
        where.append(or_(Incident.dt_id.is_(None), Incident.dt_id == dt_id))
    with db.read() as s:
        incident = s.scalars(
            select(Incident).where(*where).order_by(Incident.opened_at.desc()).limit(1)
        ).first()
        return None if incident is None else _info(s, incident)


def _info(s: Session, incident: Incident) -> IncidentInfo:
    linked = s.execute(
        select(Complaint.id, Complaint.status)
        .where(Complaint.incident_id == incident.id)
        .order_by(Complaint.received_at, Complaint.id)
    ).all()
    unlinked: list[int] = []
    if incident.status == OPEN:
        same_place = [Complaint.feeder_id == incident.feeder_id]
        if incident.dt_id is not None:
            same_place.append(or_(Complaint.dt_id == incident.dt_id, Complaint.dt_id.is_(None)))
        # Calls logged since the incident was opened; those logged before it were in front
        # of whoever confirmed it, and one left out then was left out on purpose.
        candidates = s.scalars(
            select(Complaint.id)
            .where(
                Complaint.centre_id == incident.centre_id,
                Complaint.incident_id.is_(None),
                Complaint.status.in_(_LINKABLE_VALUES),
                Complaint.logged_at >= incident.opened_at,
                and_(*same_place),
            )
            .order_by(Complaint.received_at, Complaint.id)
        ).all()
        # Nor is a complaint offered again once it has been taken out of this incident.
        taken_out = {
            cid
            for cid, data in s.execute(
                select(ComplaintEvent.complaint_id, ComplaintEvent.data).where(
                    ComplaintEvent.complaint_id.in_(candidates),
                    ComplaintEvent.kind == EventKind.UNLINKED.value,
                )
            )
            if data.get("incident_id") == incident.id
        }
        unlinked = [cid for cid in candidates if cid not in taken_out]
    feeder = s.get(Feeder, incident.feeder_id)
    dt = s.get(Dt, incident.dt_id) if incident.dt_id is not None else None
    assert feeder is not None
    return IncidentInfo(
        id=incident.id,
        kind=IncidentKind(incident.kind),
        status=incident.status,
        feeder_id=feeder.id,
        feeder_code=feeder.code,
        feeder_name_en=feeder.name_en,
        feeder_name_hi=feeder.name_hi,
        dt_id=incident.dt_id,
        dt_name_en=dt.name_en if dt else "",
        note=incident.note,
        opened_at=incident.opened_at,
        resolved_at=incident.resolved_at,
        linked_ids=tuple(cid for cid, _status in linked),
        open_linked_ids=tuple(cid for cid, status in linked if Status(status) in LINKABLE),
        unlinked_ids=tuple(unlinked),
    )
