"""Logging phone complaints, recognising returning callers, and recording follow-up calls.

Every write here is one transaction: the daily serial, the complaint (or its change) and
the event that records it commit together or not at all.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from fusecentre_app.db.anchors import centre_chain
from fusecentre_app.db.counters import BUMP_ON_DRIVER, next_serial
from fusecentre_app.db.driver import DriverStatements
from fusecentre_app.db.engine import Database
from fusecentre_app.db.events import EVENT_ON_DRIVER, HEAD, MOVE_HEAD_ON_DRIVER, link_event
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    Complaint,
    ComplaintType,
    Consumer,
    Dt,
    Feeder,
    Officer,
    Pss,
    RegisterPrint,
    SopRule,
)
from fusecentre_app.domain.docket import format_docket
from fusecentre_app.domain.enums import OPEN_STATUS_VALUES, Area, Channel, EventKind, Status
from fusecentre_app.domain.limits import COMPLAINT_FIELDS, NUL, text_problem, text_problems
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.record import snapshot
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.sop import DEFAULT_HOURS, Clock, WorkingDay, sop_due, working_due
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.lifecycle import ComplaintChange
from fusecentre_app.services.uow import (
    USER_COLUMNS,
    Change,
    DriverChange,
    changing,
    changing_on_driver,
)

# A clerk's PC clock may lag the caller's; anything later than this is a typing mistake.
FUTURE_TOLERANCE = timedelta(minutes=5)
# A call received longer ago than this is logged only by a supervisor (a paper backlog).
BACKDATE_LIMIT = timedelta(days=2)
# No fuse-call centre ran a desk before this; an earlier year is a typing mistake (1, 1900).
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
_CONSUMER_NO = re.compile(r"^[A-Za-z0-9/-]{4,20}$")


@dataclass
class ComplaintDraft:
    """What the clerk typed, as typed; `validate_draft` says what is wrong with it."""

    caller_mobile: str = ""
    caller_name: str = ""
    consumer_no: str = ""
    locality: str = ""
    address: str = ""
    landmark: str = ""
    feeder_id: int | None = None
    dt_id: int | None = None
    type_code: str = ""
    channel: Channel = Channel.PHONE
    channel_ref: str = ""
    forwarded_by_id: int | None = None
    description: str = ""
    received_at: datetime | None = None


@dataclass(frozen=True)
class LoggedComplaint:
    id: int
    docket: str
    serial: int
    received_at: datetime
    sop_hours: float
    sop_due_at: datetime
    danger: bool


@dataclass(frozen=True)
class ComplaintSummary:
    """One line of a list: enough to recognise a complaint and its state."""

    id: int
    docket: str
    serial: int
    received_at: datetime
    caller_name: str
    caller_mobile: str | None
    consumer_no: str
    locality: str
    feeder_code: str | None
    type_code: str
    type_name_en: str
    type_name_hi: str
    danger: bool
    channel: Channel
    status: Status
    sop_due_at: datetime
    call_count: int
    version: int = 0
    centre_id: int = 0

    @property
    def is_open(self) -> bool:
        return self.status.is_open


@dataclass(frozen=True)
class CallerProfile:
    """What the desk already knows about a caller, from earlier complaints and consumers."""

    mobile: str
    name: str = ""
    consumer_no: str = ""
    locality: str = ""
    address: str = ""
    landmark: str = ""
    feeder_id: int | None = None
    dt_id: int | None = None
    complaints: list[ComplaintSummary] = field(default_factory=list)

    @property
    def open_complaints(self) -> list[ComplaintSummary]:
        return [c for c in self.complaints if c.is_open]

    def open_at(self, centre_id: int) -> list[ComplaintSummary]:
        """The caller's open complaints at one centre: the ones a call there can follow up."""
        return [c for c in self.open_complaints if c.centre_id == centre_id]


@dataclass(frozen=True)
class FollowUpRecorded:
    id: int
    docket: str
    call_count: int
    status: Status
    sop_due_at: datetime


def validate_draft(draft: ComplaintDraft, now: datetime | None = None) -> dict[str, str]:
    """Field name -> message for everything that stops a save (empty when it may be saved)."""
    now = now or utcnow()
    errors = text_problems(
        {name: getattr(draft, name) for name in COMPLAINT_FIELDS}, COMPLAINT_FIELDS
    )
    if NUL in draft.caller_mobile:
        errors["caller_mobile"] = (
            text_problem(
                Message(QT_TRANSLATE_NOOP("field names", "mobile number")),
                draft.caller_mobile,
                None,
            )
            or ""
        )
    elif draft.caller_mobile.strip():
        try:
            normalise_phone(draft.caller_mobile, mobile_only=True)
        except InvalidPhoneNumber as exc:
            errors["caller_mobile"] = exc.args[0]  # the sentence, translatable
    elif draft.channel != Channel.SOCIAL:
        errors["caller_mobile"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Enter the caller's mobile number: it is needed for the callback."
            ),
        )
    if draft.channel == Channel.SOCIAL and not draft.channel_ref.strip():
        errors["channel_ref"] = Message(
            QT_TRANSLATE_NOOP("messages", "Enter the social media handle or the link to the post."),
        )
    if draft.channel == Channel.OFFICER and draft.forwarded_by_id is None:
        errors["forwarded_by_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the officer who forwarded this complaint.")
        )
    if (
        "consumer_no" not in errors
        and draft.consumer_no.strip()
        and not _CONSUMER_NO.match(draft.consumer_no.strip())
    ):
        errors["consumer_no"] = Message(
            QT_TRANSLATE_NOOP("messages", "A consumer number has 4 to 20 letters or digits.")
        )
    if not (draft.locality.strip() or draft.address.strip() or draft.consumer_no.strip()):
        errors["locality"] = Message(
            QT_TRANSLATE_NOOP(
                "messages", "Enter the village or mohalla so the lineman can find the place."
            ),
        )
    if not draft.type_code:
        errors["type_code"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the kind of complaint.")
        )
    if draft.received_at is not None:
        errors.update(received_time_problems(draft.received_at, now))
    return errors


def received_time_problems(received_at: datetime, now: datetime) -> dict[str, str]:
    if received_at > now + FUTURE_TOLERANCE:
        return {
            "received_at": Message(
                QT_TRANSLATE_NOOP("messages", "The received time is in the future.")
            )
        }
    if received_at < EARLIEST:
        return {
            "received_at": Message(
                QT_TRANSLATE_NOOP("messages", "Check the year: {year} is before the desk's time."),
                year=received_at.year,
            )
        }
    return {}


def log_complaint(
    db: Database,
    draft: ComplaintDraft,
    *,
    centre_id: int,
    user_id: int | None,
    now: datetime | None = None,
) -> LoggedComplaint:
    """Record a new complaint with its docket number and SoP deadline, durably.

    A call received more than `BACKDATE_LIMIT` ago needs a supervisor. A complaint logged
    onto a day whose register was already printed says so in its `logged` event, so a check
    of the printed register names it as added after the print, and by whom."""
    now = now or utcnow()
    errors = validate_draft(draft, now)
    if errors:
        raise ValidationError(errors)
    if user_id is not None:
        with changing_on_driver(db, now=now) as quick:
            logged = _log_on_driver(quick, draft, centre_id=centre_id, user_id=user_id)
        if logged is not None:
            return logged
    with changing(db, user_id, UseCase.LOG_COMPLAINT, centre_id=centre_id, now=now) as change:
        return log_within(change, draft, centre_id=centre_id)


def log_within(
    change: Change,
    draft: ComplaintDraft,
    *,
    centre_id: int,
    note: dict[str, Any] | None = None,
) -> LoggedComplaint:
    """Log a validated draft inside a unit of work that permits `LOG_COMPLAINT` at the centre
    (`log_complaint`'s, or an intake's for many rows); `note` goes into the `logged` event
    (where the complaint came from, such as an intake file's row)."""
    now = change.now
    received_at = draft.received_at or now
    mobile = _mobile(draft)
    if received_at < now - BACKDATE_LIMIT:
        change.require(UseCase.BACKDATE, centre_id)
    conn = change.conn  # Core statements on the session's own transaction
    danger, centre_code, area, printed = _check_references(conn, draft, centre_id, received_at)
    hours, due = sop_deadline(conn, draft.type_code, area, received_at)
    day = local_day(received_at)
    serial = next_serial(conn, centre_id, day)
    values = _complaint_values(
        draft,
        centre_id=centre_id,
        day=day,
        serial=serial,
        docket=format_docket(centre_code, day, serial),
        received_at=received_at,
        now=now,
        user_id=change.user_id,
        mobile=mobile,
        consumer_id=_learn_consumer(change.session, draft, mobile, now),
        danger=danger,
        sop=(hours, due),
    )
    complaint_id = conn.execute(_INSERT_COMPLAINT, values).scalar_one()
    change.event(
        centre_id=centre_id,
        complaint_id=complaint_id,
        kind=EventKind.LOGGED.value,
        data=_logged_data(values, printed, note),
    )
    return LoggedComplaint(complaint_id, values["docket"], serial, received_at, hours, due, danger)


def _mobile(draft: ComplaintDraft) -> str | None:
    text = draft.caller_mobile
    return normalise_phone(text, mobile_only=True) if text.strip() else None


def _complaint_values(
    draft: ComplaintDraft,
    *,
    centre_id: int,
    day: date,
    serial: int,
    docket: str,
    received_at: datetime,
    now: datetime,
    user_id: int | None,
    mobile: str | None,
    consumer_id: int | None,
    danger: bool,
    sop: tuple[float, datetime],
) -> dict[str, Any]:
    """The complaint row a validated draft is logged as (by either path)."""
    return {
        "centre_id": centre_id,
        "day": day,
        "serial": serial,
        "docket": docket,
        "received_at": received_at,
        "logged_at": now,
        "logged_by_id": user_id,
        "channel": draft.channel.value,
        "channel_ref": draft.channel_ref.strip(),
        "forwarded_by_id": draft.forwarded_by_id,
        "caller_name": draft.caller_name.strip(),
        "caller_mobile": mobile,
        "consumer_id": consumer_id,
        "consumer_no": draft.consumer_no.strip().upper(),
        "locality": draft.locality.strip(),
        "address": draft.address.strip(),
        "landmark": draft.landmark.strip(),
        "feeder_id": draft.feeder_id,
        "dt_id": draft.dt_id,
        "type_code": draft.type_code,
        "priority": 1 if danger else 0,
        "description": draft.description.strip(),
        "status": Status.NEW.value,
        "sop_hours": sop[0],
        "sop_due_at": sop[1],
        "call_count": 1,
        "version": 1,
    }


def _logged_data(
    values: dict[str, Any], printed: int | None, note: dict[str, Any] | None
) -> dict[str, Any]:
    """The `logged` event's data: the snapshot, the register print it came after, a note."""
    data = snapshot(values, Status.NEW.value)
    if printed is not None:
        data["after_print"] = printed
    if note:
        data.update(note)
    return data


def _log_on_driver(
    change: DriverChange, draft: ComplaintDraft, *, centre_id: int, user_id: int
) -> LoggedComplaint | None:
    """`log_within` for a call at the desk, on the driver's cursor: the serial taken, then
    one query for the person, the references, the SoP rule, the register print and the
    chain head (locked on PostgreSQL), then the complaint, its event and the head's move.
    A consumer number named in the call is learnt with two statements more. None when that
    query finds no row (an account not in the store, a centre's first complaint): the
    general way then says why, or writes it."""
    now = change.now
    received_at = draft.received_at or now
    day = local_day(received_at)
    conn, cursor, dialect = change.conn, change.cursor, change.dialect
    # The counter, then the consumer, then the head, as the general way takes them (no two
    # writers wait on each other's row): with a consumer number the folded read leaves the
    # head unlocked, and it is locked (and read again) once the consumer is learnt.
    serial = BUMP_ON_DRIVER.on(dialect).run(conn, cursor, {"centre_id": centre_id, "day": day})[0]
    number = draft.consumer_no.strip()
    lock_later = bool(number) and dialect.name == "postgresql"
    row = (
        (_FOLDED_READ_UNLOCKED if lock_later else _FOLDED_READ)
        .on(dialect)
        .run(
            conn,
            cursor,
            {
                "user_id": user_id,
                "type_code": draft.type_code,
                "feeder_id": draft.feeder_id,
                "centre_id": centre_id,
                "dt_id": draft.dt_id,
                "officer_id": draft.forwarded_by_id,
                "day": day,
            },
        )
    )
    if row is None:
        return None
    user, rest = row[: len(USER_COLUMNS)], row[len(USER_COLUMNS) :]
    centre_code, danger, area, dt_feeder_id, officer_id, printed, *rule, previous, before = rest
    if centre_code is None:
        return None
    change.admit(user, UseCase.LOG_COMPLAINT, centre_id)
    if received_at < now - BACKDATE_LIMIT:
        change.require(UseCase.BACKDATE, centre_id)
    errors = reference_problems(
        draft, danger=danger, area=area, dt_feeder_id=dt_feeder_id, officer_id=officer_id
    )
    if errors:
        raise ValidationError(errors)
    hours, due = _deadline(rule if rule[0] is not None else None, received_at)
    mobile = _mobile(draft)
    consumer_id = _learn_consumer_on_driver(change, draft, mobile) if number else None
    if lock_later:
        head = _LOCK_HEAD_ON_DRIVER.on(dialect).run(conn, cursor, {"centre_id": centre_id})
        previous, before = head[0], head[1]
    values = _complaint_values(
        draft,
        centre_id=centre_id,
        day=day,
        serial=serial,
        docket=format_docket(centre_code, day, serial),
        received_at=received_at,
        now=now,
        user_id=user_id,
        mobile=mobile,
        consumer_id=consumer_id,
        danger=bool(danger),
        sop=(hours, due),
    )
    complaint_id = _COMPLAINT_ON_DRIVER.on(dialect).run(conn, cursor, values)[0]
    data = _logged_data(values, printed, None)
    event = link_event(previous, complaint_id, now, user_id, EventKind.LOGGED.value, data)
    event_id = EVENT_ON_DRIVER.on(dialect).run(conn, cursor, event)[0]
    MOVE_HEAD_ON_DRIVER.on(dialect).run(
        conn, cursor, {"centre": centre_id, "event_id": event_id, "digest": event["hash"]}
    )
    change.heads[centre_chain(centre_id)] = (event_id, event["hash"])
    change.before[centre_chain(centre_id)] = int(before)
    return LoggedComplaint(
        complaint_id, values["docket"], serial, received_at, hours, due, bool(danger)
    )


# Statements built once: per save only the parameters change, so SQLAlchemy reuses the
# compiled SQL instead of rebuilding and re-hashing each statement.
_FEEDER_AREA = (
    select(Feeder.area)
    .join(Pss, Pss.id == Feeder.pss_id)
    .where(Feeder.id == bindparam("feeder_id"), Pss.centre_id == bindparam("centre_id"))
    .scalar_subquery()
)
# What a draft refers to, after the centre's code: the type's danger flag, the feeder's area
# (None: not this centre's), the DT's feeder, the forwarding officer, the register of the
# call's day when one was printed already (the first print).
_REFERRED = (
    select(ComplaintType.danger)
    .where(ComplaintType.code == bindparam("type_code"))
    .scalar_subquery(),
    _FEEDER_AREA,
    select(Dt.feeder_id).where(Dt.id == bindparam("dt_id")).scalar_subquery(),
    select(Officer.id).where(Officer.id == bindparam("officer_id")).scalar_subquery(),
    select(func.min(RegisterPrint.id))
    .where(
        RegisterPrint.centre_id == bindparam("centre_id"),
        RegisterPrint.day == bindparam("day"),
        RegisterPrint.kind == "register",
    )
    .scalar_subquery(),
)
_REFERENCES = select(Centre.code, *_REFERRED).where(Centre.id == bindparam("centre_id"))
_SOP_HOURS = select(SopRule.hours, SopRule.clock, SopRule.working_day).where(
    SopRule.type_code == bindparam("type_code"), SopRule.area == bindparam("area")
)
_INSERT_COMPLAINT = insert(Complaint.__table__).returning(Complaint.__table__.c.id)


def _folded_read(dialect: str) -> Any:
    """The person, `_REFERENCES`, the SoP rule of the type and the feeder's area (urban when
    there is no feeder) and the chain head, in one query; on PostgreSQL the head's row is
    locked, so concurrent writers link one after another."""
    centre_code = select(Centre.code).where(Centre.id == bindparam("centre_id"))
    rule = SopRule.__table__
    head = HEAD
    query = (
        select(
            *USER_COLUMNS,
            centre_code.scalar_subquery(),
            *_REFERRED,
            rule.c.hours,
            rule.c.clock,
            rule.c.working_day,
            head.c.last_hash,
            head.c.last_event_id,
        )
        .select_from(
            AppUser.__table__.join(head, head.c.centre_id == bindparam("centre_id")).outerjoin(
                rule,
                and_(
                    rule.c.type_code == bindparam("type_code"),
                    rule.c.area == func.coalesce(_FEEDER_AREA, Area.URBAN.value),
                ),
            )
        )
        .where(AppUser.id == bindparam("user_id"))
    )
    return query.with_for_update(of=head) if dialect == "postgresql" else query


def _complaint_on_driver(_dialect: str) -> Any:
    """The complaint insert with every column named: the ones `_complaint_values` leaves out
    take their column's default, as the Core insert gives them."""
    table = Complaint.__table__
    columns = [c for c in table.columns if c.key != "id"]
    values: dict[str, Any] = {}
    for c in columns:
        default = c.default
        if default is not None and not default.is_scalar:
            raise TypeError(f"complaint.{c.key} has a default computed per row")
        value = default.arg if default is not None else None  # type: ignore[attr-defined]
        values[c.key] = bindparam(c.key, value, type_=c.type, required=False)
    return insert(table).values(values).returning(table.c.id)


_FOLDED_READ = DriverStatements(_folded_read)
_FOLDED_READ_UNLOCKED = DriverStatements(lambda _dialect: _folded_read(""))
_LOCK_HEAD_ON_DRIVER = DriverStatements(
    lambda _dialect: (
        select(HEAD.c.last_hash, HEAD.c.last_event_id)
        .where(HEAD.c.centre_id == bindparam("centre_id"))
        .with_for_update()
    )
)
_COMPLAINT_ON_DRIVER = DriverStatements(_complaint_on_driver)


def _check_references(
    conn: Connection, draft: ComplaintDraft, centre_id: int, received_at: datetime
) -> tuple[bool, str, Area | None, int | None]:
    """Check type, feeder, DT and forwarding officer in one query; return the complaint type's
    danger flag, the centre's code, the feeder's area and the print of the register of the
    call's day (if one was printed already)."""
    row = conn.execute(
        _REFERENCES,
        {
            "type_code": draft.type_code,
            "feeder_id": draft.feeder_id,
            "centre_id": centre_id,
            "dt_id": draft.dt_id,
            "officer_id": draft.forwarded_by_id,
            "day": local_day(received_at),
        },
    ).one()
    centre_code, danger, area, dt_feeder_id, officer_id, printed = row
    errors = reference_problems(
        draft, danger=danger, area=area, dt_feeder_id=dt_feeder_id, officer_id=officer_id
    )
    if errors:
        raise ValidationError(errors)
    return bool(danger), centre_code, Area(area) if area else None, printed


def reference_problems(
    draft: ComplaintDraft,
    *,
    danger: bool | None,
    area: str | None,
    dt_feeder_id: int | None,
    officer_id: int | None,
) -> dict[str, str]:
    """What is wrong with the draft's type, feeder, DT and forwarding officer, given what the
    store knows of them (None: not there)."""
    errors: dict[str, str] = {}
    if danger is None:
        errors["type_code"] = Message(
            QT_TRANSLATE_NOOP("messages", "Choose the kind of complaint.")
        )
    if draft.feeder_id is not None and area is None:
        errors["feeder_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "This feeder does not belong to this centre.")
        )
    if draft.dt_id is not None:
        if draft.feeder_id is None:
            errors["feeder_id"] = Message(
                QT_TRANSLATE_NOOP("messages", "Choose the feeder of this transformer.")
            )
        elif dt_feeder_id != draft.feeder_id:
            errors["dt_id"] = Message(
                QT_TRANSLATE_NOOP("messages", "This transformer is not on the chosen feeder.")
            )
    if draft.forwarded_by_id is not None and officer_id is None:
        errors["forwarded_by_id"] = Message(
            QT_TRANSLATE_NOOP("messages", "This officer is not in the directory.")
        )
    return errors


def sop_hours_for(conn: Connection, type_code: str, area: Area | None) -> float:
    """Hours from the SoP table; an unknown feeder gets the stricter (urban) standard."""
    return sop_deadline(conn, type_code, area, utcnow())[0]


def sop_deadline(
    conn: Connection, type_code: str, area: Area | None, received_at: datetime
) -> tuple[float, datetime]:
    """The SoP hours and the deadline a complaint is logged with, on its rule's clock (the
    table as it stands now: a complaint keeps its deadline when the table changes)."""
    area = area or Area.URBAN
    row = conn.execute(_SOP_HOURS, {"type_code": type_code, "area": area.value}).first()
    return _deadline(row, received_at)


def _deadline(row: Sequence[Any] | None, received_at: datetime) -> tuple[float, datetime]:
    """The hours and deadline from a SoP rule's (hours, clock, working day), or the default
    when there is no rule."""
    if row is None:
        return DEFAULT_HOURS, sop_due(received_at, DEFAULT_HOURS)
    hours, clock, working_day = float(row[0]), row[1], row[2]
    if clock == Clock.WORKING and working_day:
        return hours, working_due(received_at, hours, WorkingDay.parse(working_day))
    return hours, sop_due(received_at, hours)


def _learn_consumer(
    s: Session, draft: ComplaintDraft, mobile: str | None, now: datetime
) -> int | None:
    number = draft.consumer_no.strip().upper()
    if not number:
        return None
    consumer = s.scalar(select(Consumer).where(Consumer.consumer_no == number))
    if consumer is None:
        consumer = Consumer(consumer_no=number, updated_at=now)
        s.add(consumer)
    consumer.name = draft.caller_name.strip() or consumer.name
    consumer.mobile = mobile or consumer.mobile
    consumer.locality = draft.locality.strip() or consumer.locality
    consumer.address = draft.address.strip() or consumer.address
    consumer.landmark = draft.landmark.strip() or consumer.landmark
    consumer.feeder_id = draft.feeder_id or consumer.feeder_id
    consumer.dt_id = draft.dt_id or consumer.dt_id
    consumer.updated_at = now
    s.flush()
    return consumer.id


_CONSUMER_TABLE = Consumer.__table__
_LEARNT = ("name", "mobile", "locality", "address", "landmark", "feeder_id", "dt_id")
_CONSUMER_BY_NUMBER = DriverStatements(
    lambda _dialect: select(_CONSUMER_TABLE.c.id, *(_CONSUMER_TABLE.c[k] for k in _LEARNT)).where(
        _CONSUMER_TABLE.c.consumer_no == bindparam("number")
    )
)
_NEW_CONSUMER = DriverStatements(
    lambda _dialect: (
        insert(_CONSUMER_TABLE)
        .values(
            {
                c.key: bindparam(f"v_{c.key}", type_=c.type)
                for c in _CONSUMER_TABLE.columns
                if c.key != "id"
            }
        )
        .returning(_CONSUMER_TABLE.c.id)
    )
)
_MOVE_CONSUMER = DriverStatements(
    lambda _dialect: (
        update(_CONSUMER_TABLE)
        .where(_CONSUMER_TABLE.c.id == bindparam("consumer_id"))
        .values(
            {
                c.key: bindparam(f"v_{c.key}", type_=c.type)
                for c in _CONSUMER_TABLE.columns
                if c.key in (*_LEARNT, "updated_at")
            }
        )
    )
)


def _learn_consumer_on_driver(
    change: DriverChange, draft: ComplaintDraft, mobile: str | None
) -> int:
    """`_learn_consumer` on the driver's cursor: what the call says of the consumer, over
    what the store knew (a new consumer's missing text is empty, as its columns default)."""
    number = draft.consumer_no.strip().upper()
    conn, cursor, dialect = change.conn, change.cursor, change.dialect
    known = _CONSUMER_BY_NUMBER.on(dialect).run(conn, cursor, {"number": number})
    old = dict(zip(_LEARNT, known[1:], strict=True)) if known is not None else {}
    learnt = {
        "v_name": draft.caller_name.strip() or old.get("name") or "",
        "v_mobile": mobile or old.get("mobile"),
        "v_locality": draft.locality.strip() or old.get("locality") or "",
        "v_address": draft.address.strip() or old.get("address") or "",
        "v_landmark": draft.landmark.strip() or old.get("landmark") or "",
        "v_feeder_id": draft.feeder_id or old.get("feeder_id"),
        "v_dt_id": draft.dt_id or old.get("dt_id"),
        "v_updated_at": change.now,
    }
    if known is None:
        new = _NEW_CONSUMER.on(dialect).run(conn, cursor, {**learnt, "v_consumer_no": number})
        return int(new[0])
    _MOVE_CONSUMER.on(dialect).run(conn, cursor, {**learnt, "consumer_id": known[0]})
    return int(known[0])


# A complaint as the lists show it: its columns, not the whole row (a busy day's list is 600
# complaints, read at each refresh). The caller's details come along for `caller_profile`.
_SUMMARY = (
    select(
        Complaint.id,
        Complaint.docket,
        Complaint.serial,
        Complaint.received_at,
        Complaint.caller_name,
        Complaint.caller_mobile,
        Complaint.consumer_no,
        Complaint.locality,
        Complaint.address,
        Complaint.landmark,
        Complaint.feeder_id,
        Complaint.dt_id,
        Feeder.code.label("feeder_code"),
        Complaint.type_code,
        ComplaintType.name_en.label("type_name_en"),
        ComplaintType.name_hi.label("type_name_hi"),
        ComplaintType.danger,
        Complaint.channel,
        Complaint.status,
        Complaint.sop_due_at,
        Complaint.call_count,
        Complaint.version,
        Complaint.centre_id,
    )
    .join(ComplaintType, ComplaintType.code == Complaint.type_code)
    .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
)
_DAY_LIST = _SUMMARY.where(
    Complaint.centre_id == bindparam("centre_id"), Complaint.day == bindparam("day")
).order_by(Complaint.received_at.desc(), Complaint.id.desc())
_CALLER_LIST = (
    _SUMMARY.where(Complaint.caller_mobile == bindparam("mobile"))
    .order_by(Complaint.received_at.desc())
    .limit(bindparam("limit"))
)


def _summary(r: Any) -> ComplaintSummary:
    return ComplaintSummary(
        id=r.id,
        docket=r.docket,
        serial=r.serial,
        received_at=r.received_at,
        caller_name=r.caller_name,
        caller_mobile=r.caller_mobile,
        consumer_no=r.consumer_no,
        locality=r.locality,
        feeder_code=r.feeder_code,
        type_code=r.type_code,
        type_name_en=r.type_name_en,
        type_name_hi=r.type_name_hi,
        danger=r.danger,
        channel=Channel(r.channel),
        status=Status(r.status),
        sop_due_at=r.sop_due_at,
        call_count=r.call_count,
        version=r.version,
        centre_id=r.centre_id,
    )


def caller_profile(db: Database, mobile_text: str, *, limit: int = 20) -> CallerProfile | None:
    """Earlier complaints from this number (newest first) and what they tell about the caller.

    Returns None when the text is not a valid number or the number has never called.
    """
    try:
        mobile = normalise_phone(mobile_text)
    except InvalidPhoneNumber:
        return None
    with db.read() as s:
        rows = s.execute(_CALLER_LIST, {"mobile": mobile, "limit": limit}).all()
        consumer = s.scalar(
            select(Consumer).where(Consumer.mobile == mobile).order_by(Consumer.updated_at.desc())
        )
        if not rows and consumer is None:
            return None
        latest = rows[0] if rows else None
        complaints = [_summary(r) for r in rows]

    def pick(attr: str) -> Any:
        if latest is not None and getattr(latest, attr):
            return getattr(latest, attr)
        return getattr(consumer, attr, None) if consumer is not None else None

    return CallerProfile(
        mobile=mobile,
        name=(latest.caller_name if latest else "") or (consumer.name if consumer else ""),
        consumer_no=pick("consumer_no") or "",
        locality=pick("locality") or "",
        address=pick("address") or "",
        landmark=pick("landmark") or "",
        feeder_id=pick("feeder_id"),
        dt_id=pick("dt_id"),
        complaints=complaints,
    )


@dataclass(frozen=True)
class ConsumerInfo:
    consumer_no: str
    name: str
    mobile: str | None
    locality: str
    address: str
    landmark: str
    feeder_id: int | None
    dt_id: int | None


def find_consumer(db: Database, consumer_no: str) -> ConsumerInfo | None:
    number = consumer_no.strip().upper()
    if not number:
        return None
    with db.read() as s:
        c = s.scalar(select(Consumer).where(Consumer.consumer_no == number))
        if c is None:
            return None
        return ConsumerInfo(
            c.consumer_no, c.name, c.mobile, c.locality, c.address, c.landmark, c.feeder_id, c.dt_id
        )


def record_follow_up(
    db: Database,
    complaint_id: int,
    *,
    user_id: int | None,
    channel: Channel = Channel.PHONE,
    note: str = "",
    received_at: datetime | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> FollowUpRecorded:
    """A further call about a complaint that is still open: counted, noted, not a new docket."""
    with changing(db, user_id, UseCase.FOLLOW_UP, now=now) as c:
        return follow_up_within(
            c,
            complaint_id,
            channel=channel,
            note=note,
            received_at=received_at,
            expected_version=expected_version,
        )


def follow_up_within(
    c: Change,
    complaint_id: int,
    *,
    channel: Channel,
    note: str = "",
    received_at: datetime | None = None,
    expected_version: int | None = None,
    extra: dict[str, Any] | None = None,
) -> FollowUpRecorded:
    """Record a follow-up call inside a unit of work (`record_follow_up`'s, or an intake's
    for a listed caller whose complaint is still open); `extra` goes into the event (where
    the call came from, such as an intake file's row and its 1912 reference)."""
    change = ComplaintChange(c, complaint_id, UseCase.FOLLOW_UP, expected_version)
    if not change.state.status.is_open:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Complaint {docket} is already closed; log a new complaint instead."
                ),
                docket=change.row.docket,
            )
        )
    change.record(
        EventKind.FOLLOW_UP,
        {
            "channel": channel.value,
            "note": note.strip(),
            "received_at": (received_at or c.now).isoformat(),
            "call_count": change.state.call_count + 1,
            **(extra or {}),
        },
    )
    moved = change.finish()
    return FollowUpRecorded(
        moved.id,
        moved.docket,
        change.state.call_count,
        moved.status,
        change.state.sop_due_at,
    )


def complaints_received_on(db: Database, centre_id: int, day: date) -> list[ComplaintSummary]:
    """A centre's complaints received on a local day, newest first."""
    with db.read() as s:
        rows = s.execute(_DAY_LIST, {"centre_id": centre_id, "day": day}).all()
    return [_summary(r) for r in rows]


def latest_complaint(db: Database, centre_id: int) -> LoggedComplaint | None:
    """The centre's most recently received complaint, as its save reported it."""
    with db.read() as s:
        row = s.execute(
            select(Complaint, ComplaintType.danger)
            .join(ComplaintType, ComplaintType.code == Complaint.type_code)
            .where(Complaint.centre_id == centre_id)
            .order_by(Complaint.received_at.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    c, danger = row
    return LoggedComplaint(
        c.id, c.docket, c.serial, c.received_at, c.sop_hours, c.sop_due_at, bool(danger)
    )


def callers_with_open_complaints(db: Database, centre_id: int, *, limit: int = 20) -> list[str]:
    """Mobiles with a complaint still open at the centre, the most-called complaints first."""
    with db.read() as s:
        return list(
            s.scalars(
                select(Complaint.caller_mobile)
                .where(
                    Complaint.centre_id == centre_id,
                    Complaint.status.in_(OPEN_STATUS_VALUES),
                    Complaint.caller_mobile.is_not(None),
                )
                .order_by(Complaint.call_count.desc(), Complaint.received_at.desc())
                .limit(limit)
            )
        )
