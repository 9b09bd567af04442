"""One centre's day as the register and its check read it: the day's complaint rows, their
events up to a cut, and the integrity digest of the day at that cut (`domain.digest`).

The digest's rows are the day's complaints as their events up to the cut say (a complaint
logged after the cut is not in it; a correction after the cut does not change it), so a
register printed at a cut can be checked against the records at any later time: what the
desk did since is listed, not counted against the paper.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from fusecentre_app.db.models import (
    AppUser,
    Centre,
    ChainHead,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    Dt,
    Feeder,
    Officer,
)
from fusecentre_app.domain.digest import digest_of
from fusecentre_app.domain.enums import EventKind
from fusecentre_app.domain.history import UNRECORDED, ComplaintState, apply_event
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.record import DIGEST_COLUMNS, from_json
from fusecentre_app.services.errors import NotFound

_Officer = aliased(Officer)
_DAY_COLUMNS = (
    Complaint.id,
    Complaint.serial,
    Complaint.docket,
    Complaint.received_at,
    Complaint.logged_at,
    Complaint.logged_by_id,
    Complaint.channel,
    Complaint.caller_name,
    Complaint.caller_mobile,
    Complaint.consumer_no,
    Complaint.locality,
    Complaint.address,
    Complaint.landmark,
    Feeder.code.label("feeder_code"),
    Dt.code.label("dt_code"),
    Complaint.feeder_id,
    Complaint.dt_id,
    Complaint.channel_ref,
    Complaint.priority,
    Complaint.description,
    Complaint.type_code,
    ComplaintType.name_en.label("type_name_en"),
    ComplaintType.name_hi.label("type_name_hi"),
    ComplaintType.danger,
    _Officer.employee_id.label("officer_employee_id"),
    _Officer.name_en.label("officer_name"),
    _Officer.designation.label("officer_designation"),
    AppUser.full_name.label("logged_by"),
    Complaint.status,
    Complaint.sop_hours,
    Complaint.sop_due_at,
    Complaint.assigned_at,
    Complaint.attended_at,
    Complaint.resolved_at,
    Complaint.verified_at,
    Complaint.closed_at,
    Complaint.callback_attempts,
    Complaint.call_count,
    Complaint.reopen_count,
    Complaint.cancel_reason,
    Complaint.incident_id,
)
_Who = aliased(AppUser)
_BATCH = 2000  # rows read from the store at a time, where a day is read as it is used
_AMENDED = EventKind.AMENDED.value


@dataclass(frozen=True)
class DayEvent:
    id: int
    complaint_id: int
    at: datetime
    user_id: int | None
    kind: str
    data: dict[str, Any]
    prev_hash: str
    hash: str
    who: str  # the full name of the user who wrote it ("" if none)


def centre_by_code(s: Session, code: str) -> Centre:
    centre = s.scalar(select(Centre).where(Centre.code == code.strip().upper()))
    if centre is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no centre with code {code!r}."),
                code=code,
            )
        )
    return centre


def one_snapshot(s: Session) -> None:
    """Make every query of this read session see the same data. A SQLite read transaction
    already does; PostgreSQL's default (read committed) takes a snapshot per statement."""
    if s.get_bind().dialect.name == "postgresql":
        s.connection(execution_options={"isolation_level": "REPEATABLE READ"})


def current_cut(s: Session, centre_id: int) -> int:
    return int(
        s.scalar(select(ChainHead.last_event_id).where(ChainHead.centre_id == centre_id)) or 0
    )


def day_rows_query(centre_id: int, day: date) -> Select[Any]:
    """The day's complaint rows, in serial order."""
    return (
        select(*_DAY_COLUMNS)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .outerjoin(Dt, Dt.id == Complaint.dt_id)
        .outerjoin(_Officer, _Officer.id == Complaint.assigned_officer_id)
        .outerjoin(AppUser, AppUser.id == Complaint.logged_by_id)
        .where(Complaint.centre_id == centre_id, Complaint.day == day)
        .order_by(Complaint.serial)
    )


_EVENT_COLUMNS = (
    ComplaintEvent.id,
    ComplaintEvent.complaint_id,
    ComplaintEvent.at,
    ComplaintEvent.user_id,
    ComplaintEvent.kind,
    ComplaintEvent.data,
    ComplaintEvent.prev_hash,
    ComplaintEvent.hash,
    _Who.full_name,
)


def load_day(
    s: Session, centre_id: int, day: date, cut: int | None
) -> tuple[list[Mapping[str, Any]], list[DayEvent]]:
    """The day's complaint rows (as mappings, in serial order) and their events up to the
    cut, or all of them (`None`), in id order. Core statements: no ORM objects for thousands
    of rows."""
    conn = s.connection()
    rows = [r._mapping for r in conn.execute(day_rows_query(centre_id, day))]
    query = (
        select(*_EVENT_COLUMNS)
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .outerjoin(_Who, _Who.id == ComplaintEvent.user_id)
        .where(Complaint.centre_id == centre_id, Complaint.day == day)
        .order_by(ComplaintEvent.id)
    )
    if cut is not None:
        query = query.where(ComplaintEvent.id <= cut)
    events = [DayEvent(*e[:8], e[8] or "") for e in conn.execute(query)]
    return rows, events


def events_of(s: Session, complaint_ids: Sequence[int], cut: int) -> list[DayEvent]:
    """The events of these complaints (a batch of a day's) up to the cut, in id order."""
    query = (
        select(*_EVENT_COLUMNS)
        .outerjoin(_Who, _Who.id == ComplaintEvent.user_id)
        .where(ComplaintEvent.complaint_id.in_(complaint_ids), ComplaintEvent.id <= cut)
        .order_by(ComplaintEvent.id)
    )
    return [DayEvent(*e[:8], e[8] or "") for e in s.connection().execute(query)]


def day_links(s: Session, centre_id: int, day: date, cut: int) -> Iterator[tuple[int, int, str]]:
    """(event id, complaint id, hash) of the day's events up to the cut, by id, read from the
    store as they are used (the digest's last lines, for a day of any size)."""
    query = (
        select(ComplaintEvent.id, ComplaintEvent.complaint_id, ComplaintEvent.hash)
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(Complaint.centre_id == centre_id, Complaint.day == day, ComplaintEvent.id <= cut)
        .order_by(ComplaintEvent.id)
    )
    result = s.connection().execute(query, execution_options={"yield_per": _BATCH})
    for part in result.partitions():
        yield from part


def states_at_cut(events: Sequence[DayEvent]) -> dict[int, ComplaintState]:
    """Each complaint's state from its events up to the cut (those logged by then)."""
    states: dict[int, ComplaintState] = defaultdict(ComplaintState)
    for e in events:
        apply_event(states[e.complaint_id], e.at, e.kind, e.data, e.user_id)
    return dict(states)


def digest_rows(
    rows: Sequence[Mapping[str, Any]],
    states: Mapping[int, ComplaintState],
    later: Sequence[DayEvent] = (),
) -> Iterator[dict[str, Any]]:
    """The digest's complaints: logged by the cut, as their events say. A detail a very old
    `logged` event does not hold is read from the row, as it always was, unless a correction
    after the cut changed it: then the correction's old value is the one at the cut."""
    before_later: dict[int, dict[str, Any]] = defaultdict(dict)
    for e in later:
        if e.kind == _AMENDED:
            for name, (old, _new) in e.data.get("changes", {}).items():
                before_later[e.complaint_id].setdefault(name, old)
    for row in rows:
        state = states.get(row["id"])
        if state is None:
            continue
        values = {}
        olds = before_later.get(row["id"], {})
        for name in DIGEST_COLUMNS:
            value = getattr(state, name)
            if value is UNRECORDED:
                value = from_json(name, olds[name]) if name in olds else row[name]
            values[name] = value
        yield values


def day_digest(
    centre_code: str,
    day: date,
    cut: int,
    rows: Sequence[Mapping[str, Any]],
    events: Sequence[DayEvent],
) -> str:
    """The digest of the day at `cut` from its rows and events; `events` may run past the
    cut (checking an old print), and those later ones only say what a row held before them."""
    upto = [e for e in events if e.id <= cut]
    later = [e for e in events if e.id > cut]
    links = ((e.id, e.complaint_id, e.hash) for e in upto)
    return digest_of(centre_code, day, cut, digest_rows(rows, states_at_cut(upto), later), links)
