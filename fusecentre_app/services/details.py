"""Everything the details panel shows about one complaint: its row, its history with the
names of who did what, and the officers to offer when assigning it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    Feeder,
    Officer,
    OfficerFeeder,
)
from fusecentre_app.domain.enums import Channel, Designation, Status
from fusecentre_app.domain.lifecycle import allowed_actions
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.services.compensation import LiabilityLine, liability_in
from fusecentre_app.services.corrections import LastAction, last_action_in
from fusecentre_app.services.errors import NotFound
from fusecentre_app.services.shutdowns import ShutdownInfo, shutdown_at


@dataclass(frozen=True)
class HistoryLine:
    at: datetime
    kind: str
    who: str
    data: dict[str, Any]


@dataclass(frozen=True)
class OfficerChoice:
    id: int
    name_en: str
    name_hi: str
    designation: Designation
    mobile: str
    responsible: bool


@dataclass(frozen=True)
class ComplaintDetail:
    id: int
    docket: str
    status: Status
    received_at: datetime
    channel: Channel
    caller_name: str
    caller_mobile: str | None
    consumer_no: str
    locality: str
    address: str
    landmark: str
    feeder_id: int | None
    feeder_code: str | None
    type_name_en: str
    type_name_hi: str
    danger: bool
    description: str
    sop_due_at: datetime
    officer_name: str
    callback_attempts: int
    reopen_count: int
    call_count: int
    incident_id: int | None
    version: int
    allowed: tuple[str, ...]
    history: list[HistoryLine]
    centre_id: int = 0
    type_code: str = ""
    dt_id: int | None = None
    channel_ref: str = ""
    forwarded_by_id: int | None = None
    assigned_officer_id: int | None = None


@dataclass(frozen=True)
class ComplaintView:
    """Everything the details panel shows, read in one transaction."""

    detail: ComplaintDetail
    officers: list[OfficerChoice]
    last_action: LastAction | None
    liability: LiabilityLine | None = None  # late: what it owes (services.compensation)
    shutdown: ShutdownInfo | None = None  # received within a planned shutdown of its feeder


def complaint_view(
    db: Database, complaint_id: int, user_id: int | None, *, now: datetime
) -> ComplaintView:
    with db.read() as s:
        detail = _detail(s, complaint_id)
        return ComplaintView(
            detail,
            _officers(s, detail.feeder_id),
            last_action_in(s, complaint_id, user_id, now=now),
            liability_in(s, complaint_id, now=now),
            shutdown_at(s, detail.feeder_id, detail.received_at),
        )


def complaint_version(db: Database, complaint_id: int) -> int | None:
    """The complaint's version (its number of events) as the store has it now, None when
    there is no such complaint: one small read to tell whether a shown complaint moved."""
    with db.read() as s:
        return s.scalar(select(Complaint.version).where(Complaint.id == complaint_id))


def complaint_detail(db: Database, complaint_id: int) -> ComplaintDetail:
    with db.read() as s:
        return _detail(s, complaint_id)


def _detail(s: Session, complaint_id: int) -> ComplaintDetail:
    row = s.execute(
        select(Complaint, ComplaintType, Feeder.code, Officer.name_en)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .outerjoin(Officer, Officer.id == Complaint.assigned_officer_id)
        .where(Complaint.id == complaint_id)
    ).first()
    if row is None:
        raise NotFound(
            Message(QT_TRANSLATE_NOOP("messages", "This complaint is not in the database."))
        )
    c, t, feeder_code, officer = row
    events = s.execute(
        select(ComplaintEvent.at, ComplaintEvent.kind, AppUser.full_name, ComplaintEvent.data)
        .outerjoin(AppUser, AppUser.id == ComplaintEvent.user_id)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.id)
    ).all()
    mentioned = {
        data[key] for _at, _kind, _who, data in events for key in _OFFICER_KEYS if data.get(key)
    }
    names: dict[int, str] = {}
    if mentioned:
        query = select(Officer.id, Officer.name_en).where(Officer.id.in_(mentioned))
        names = {officer_id: name for officer_id, name in s.execute(query)}
    status = Status(c.status)
    return ComplaintDetail(
        id=c.id,
        docket=c.docket,
        status=status,
        received_at=c.received_at,
        channel=Channel(c.channel),
        caller_name=c.caller_name,
        caller_mobile=c.caller_mobile,
        consumer_no=c.consumer_no,
        locality=c.locality,
        address=c.address,
        landmark=c.landmark,
        feeder_id=c.feeder_id,
        feeder_code=feeder_code,
        type_name_en=t.name_en,
        type_name_hi=t.name_hi,
        danger=t.danger,
        description=c.description,
        sop_due_at=c.sop_due_at,
        officer_name=officer or "",
        callback_attempts=c.callback_attempts,
        reopen_count=c.reopen_count,
        call_count=c.call_count,
        incident_id=c.incident_id,
        version=c.version,
        allowed=tuple(allowed_actions(status)),
        history=[
            HistoryLine(at, kind, who or "", _named(data, names)) for at, kind, who, data in events
        ],
        centre_id=c.centre_id,
        type_code=c.type_code,
        dt_id=c.dt_id,
        channel_ref=c.channel_ref,
        forwarded_by_id=c.forwarded_by_id,
        assigned_officer_id=c.assigned_officer_id,
    )


_OFFICER_KEYS = {"officer_id": "officer", "from_officer_id": "from", "to_officer_id": "to"}


def _named(data: dict[str, Any], names: dict[int, str]) -> dict[str, Any]:
    """The event's data with the officers it mentions named (`officer`, `from`, `to`)."""
    shown = dict(data)
    for key, label in _OFFICER_KEYS.items():
        if data.get(key) in names:
            shown[label] = names[data[key]]
    return shown


def _officers(s: Session, feeder_id: int | None) -> list[OfficerChoice]:
    """Active officers, those answering for the feeder first (linemen before JEs)."""
    rank = case({d.value: i for i, d in enumerate(Designation)}, value=Officer.designation, else_=9)
    responsible = (
        select(OfficerFeeder.officer_id).where(OfficerFeeder.feeder_id == feeder_id)
        if feeder_id is not None
        else None
    )
    officers = s.scalars(
        select(Officer).where(Officer.active.is_(True)).order_by(rank, Officer.name_en)
    ).all()
    mine = set(s.scalars(responsible)) if responsible is not None else set()
    choices = [
        OfficerChoice(
            o.id, o.name_en, o.name_hi, Designation(o.designation), o.mobile, o.id in mine
        )
        for o in officers
    ]
    return sorted(choices, key=lambda o: not o.responsible)
