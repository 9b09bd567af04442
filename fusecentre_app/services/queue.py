"""The centre's queue: which complaints a filter selects, in what order, and their rows.

Big lists hold ids, not rows: `queue_ids` runs the filter and the ordering in SQL and returns
only ids; `queue_rows` fetches the rows a view is about to paint. Danger calls come first,
then first come, first served.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import (
    Select,
    String,
    and_,
    bindparam,
    case,
    func,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintType, Feeder, Officer, Pss
from fusecentre_app.domain.enums import OPEN_STATUS_VALUES, OPEN_STATUSES, Channel, Status
from fusecentre_app.domain.fairness import Served, out_of_turn, out_of_turn_counts
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.timeutil import local_day_bounds, utcnow
from fusecentre_app.services.shutdowns import during_planned_shutdown

FETCH_CHUNK = 500
CHUNK_ROWS = 2000  # rows a worker's big read turns into Python objects at a time
_DOCKET_LIKE = re.compile(r"^[A-Za-z]{2,10}-\d")
# The open statuses written into the statement, not bound: the planner then matches them
# with the open queue's partial index (`ix_complaint_open_queue`), which it cannot do for
# parameters (SQLite never, PostgreSQL not in a generic plan).
_OPEN = Complaint.status.in_(
    bindparam("open_statuses", list(OPEN_STATUS_VALUES), expanding=True, literal_execute=True)
)


@dataclass(frozen=True)
class QueueFilter:
    """What the queue shows; the default is every open complaint of the centre."""

    centre_id: int
    feeder_id: int | None = None
    no_feeder: bool = False
    statuses: frozenset[Status] = field(default_factory=lambda: frozenset(OPEN_STATUSES))
    type_code: str | None = None
    channel: Channel | None = None
    overdue_only: bool = False
    received_from: date | None = None
    received_to: date | None = None
    search: str = ""


@dataclass(frozen=True)
class QueueRow:
    id: int
    serial: int
    docket: str
    received_at: datetime
    caller_name: str
    caller_mobile: str | None
    consumer_no: str
    locality: str
    feeder_code: str | None
    type_name_en: str
    type_name_hi: str
    danger: bool
    channel: Channel
    status: Status
    officer_name: str
    sop_due_at: datetime
    call_count: int
    reopen_count: int
    incident_id: int | None = None
    planned_shutdown: bool = False  # received within a planned shutdown of its feeder


@dataclass(frozen=True)
class FeederLoad:
    """One line of the feeder list: how much is waiting on a feeder."""

    feeder_id: int | None
    code: str
    name_en: str
    name_hi: str
    pss_name_en: str
    open: int
    overdue: int
    oldest_received_at: datetime | None


def _where(f: QueueFilter, now: datetime) -> list:  # type: ignore[type-arg]
    clauses = [Complaint.centre_id == f.centre_id]
    if f.no_feeder:
        clauses.append(Complaint.feeder_id.is_(None))
    elif f.feeder_id is not None:
        clauses.append(Complaint.feeder_id == f.feeder_id)
    if f.statuses == OPEN_STATUSES:
        clauses.append(_OPEN)
    elif f.statuses:
        clauses.append(Complaint.status.in_(sorted(s.value for s in f.statuses)))
    if f.type_code:
        clauses.append(Complaint.type_code == f.type_code)
    if f.channel is not None:
        clauses.append(Complaint.channel == f.channel.value)
    if f.overdue_only:
        clauses.append(Complaint.sop_due_at < now)
        clauses.append(Complaint.status.in_(OPEN_STATUS_VALUES))
    if f.received_from is not None:
        clauses.append(Complaint.received_at >= local_day_bounds(f.received_from)[0])
    if f.received_to is not None:
        clauses.append(Complaint.received_at < local_day_bounds(f.received_to)[1])
    text = f.search.strip()
    if text:
        clauses.append(_search(text))
    return clauses


def _search(text: str):  # type: ignore[no-untyped-def]
    """One box for docket, mobile, consumer number, caller name and village (`%` and `_`
    typed there are plain characters, on SQLite and PostgreSQL alike)."""
    options = [
        Complaint.caller_name.icontains(text, autoescape=True),
        Complaint.locality.icontains(text, autoescape=True),
        Complaint.consumer_no == text.upper(),
    ]
    if _DOCKET_LIKE.match(text):
        options.append(Complaint.docket.startswith(text.upper(), autoescape=True))
    digits = "".join(ch for ch in text if ch.isdigit())
    if len(digits) >= 10:
        with suppress(InvalidPhoneNumber):
            options.append(Complaint.caller_mobile == normalise_phone(text))
    elif len(digits) >= 4 and digits == text.replace(" ", ""):
        options.append(Complaint.caller_mobile.like(f"%{digits}%"))
    return or_(*options)


def _ordered(query: Select) -> Select:  # type: ignore[type-arg]
    # Danger calls first, then first come, first served.
    return query.order_by(
        Complaint.priority.desc(), Complaint.received_at.asc(), Complaint.id.asc()
    )


@contextmanager
def _reading(db: Database, session: Session | None) -> Iterator[Session]:
    """The caller's session (several reads in one transaction), else one of its own."""
    if session is not None:
        yield session
        return
    with db.read() as s:
        yield s


def queue_ids(
    db: Database, f: QueueFilter, *, now: datetime | None = None, session: Session | None = None
) -> list[int]:
    """The ids the filter selects, in queue order (in the caller's `session` if given).

    Fetched from the driver's cursor as plain tuples: at 50,000 open complaints, making a
    result row of each took twice as long as the query and the fetch together."""
    now = now or utcnow()
    with _reading(db, session) as s:
        result = s.connection().execute(_ordered(select(Complaint.id).where(*_where(f, now))))
        rows = result.cursor.fetchall()
        result.close()
    return [row[0] for row in rows]


_ROW_COLUMNS = (
    Complaint.id,
    Complaint.serial,
    Complaint.docket,
    Complaint.received_at,
    Complaint.caller_name,
    Complaint.caller_mobile,
    Complaint.consumer_no,
    Complaint.locality,
    Feeder.code,
    ComplaintType.name_en,
    ComplaintType.name_hi,
    ComplaintType.danger,
    Complaint.channel,
    Complaint.status,
    Officer.name_en,
    Complaint.sop_due_at,
    Complaint.call_count,
    Complaint.reopen_count,
    Complaint.incident_id,
)


def queue_rows(
    db: Database, ids: Sequence[int], *, session: Session | None = None
) -> dict[int, QueueRow]:
    """The rows for some ids (any order, any number; fetched in chunks).

    Read as plain columns, not as complaint objects: a page of rows costs a third."""
    found: dict[int, QueueRow] = {}
    query = (
        select(*_ROW_COLUMNS, during_planned_shutdown())
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .outerjoin(Officer, Officer.id == Complaint.assigned_officer_id)
    )
    with _reading(db, session) as s:
        conn = s.connection()
        for start in range(0, len(ids), FETCH_CHUNK):
            chunk = list(ids[start : start + FETCH_CHUNK])
            for row in conn.execute(query.where(Complaint.id.in_(chunk))):
                (cid, serial, docket, received, name, mobile, consumer, locality, feeder_code,
                 type_en, type_hi, danger, channel, status, officer, due, calls, reopens,
                 incident, shutdown) = row  # fmt: skip
                found[cid] = QueueRow(
                    id=cid,
                    serial=serial,
                    docket=docket,
                    received_at=received,
                    caller_name=name,
                    caller_mobile=mobile,
                    consumer_no=consumer,
                    locality=locality,
                    feeder_code=feeder_code,
                    type_name_en=type_en,
                    type_name_hi=type_hi,
                    danger=danger,
                    channel=Channel(channel),
                    status=Status(status),
                    officer_name=officer or "",
                    sop_due_at=due,
                    call_count=calls,
                    reopen_count=reopens,
                    incident_id=incident,
                    planned_shutdown=bool(shutdown),
                )
    return found


def feeder_loads(
    db: Database,
    centre_id: int,
    *,
    now: datetime | None = None,
    session: Session | None = None,
) -> list[FeederLoad]:
    """Every feeder of the centre (grouped by PSS) with its open, overdue and oldest counts,
    and a last line for open complaints whose feeder is not known (in the caller's `session`
    if given)."""
    now = now or utcnow()
    waiting = and_(
        Complaint.feeder_id == Feeder.id,
        Complaint.centre_id == centre_id,
        _OPEN,
    )
    overdue = func.sum(case((Complaint.sop_due_at < now, 1), else_=0))
    with _reading(db, session) as s:
        rows = s.execute(
            select(
                Feeder.id,
                Feeder.code,
                Feeder.name_en,
                Feeder.name_hi,
                Pss.name_en,
                func.count(Complaint.id),
                overdue,
                func.min(Complaint.received_at),
            )
            .join(Pss, Pss.id == Feeder.pss_id)
            .outerjoin(Complaint, waiting)
            .where(Pss.centre_id == centre_id)
            .group_by(Feeder.id, Feeder.code, Feeder.name_en, Feeder.name_hi, Pss.name_en, Pss.code)
            .order_by(Pss.code, Feeder.code)
        ).all()
        orphan = s.execute(
            select(
                func.count(Complaint.id),
                func.sum(case((Complaint.sop_due_at < now, 1), else_=0)),
                func.min(Complaint.received_at),
            ).where(
                and_(
                    Complaint.centre_id == centre_id,
                    _OPEN,
                    Complaint.feeder_id.is_(None),
                )
            )
        ).one()
    loads = [
        FeederLoad(fid, code, en, hi, pss, int(n), int(late or 0), oldest)
        for fid, code, en, hi, pss, n, late, oldest in rows
    ]
    loads.append(
        FeederLoad(
            None,
            "",
            "Feeder not known",
            "फीडर ज्ञात नहीं",
            "",
            int(orphan[0]),
            int(orphan[1] or 0),
            orphan[2],
        )
    )
    return loads


def _served(db: Database, centre_id: int, since: datetime) -> list[Served]:
    # Thousands of rows on every refresh: on SQLite the times are read as their stored text
    # and parsed with `fromisoformat`, several times faster than the column type's own path.
    sqlite = db.is_sqlite
    cancelled_at = case((Complaint.status == Status.CANCELLED.value, Complaint.closed_at))
    times = [Complaint.received_at, Complaint.resolved_at, cancelled_at]
    if sqlite:
        times = [type_coerce(t, String) for t in times]
    query = select(Complaint.id, Complaint.feeder_id, Complaint.priority, *times).where(
        Complaint.centre_id == centre_id,
        Complaint.received_at >= since,
        Complaint.feeder_id.is_not(None),
    )
    with db.read() as s:
        # In chunks: the driver turns each chunk into Python objects without letting go of
        # the interpreter, and the desk's UI thread must not wait for a whole 50,000 rows.
        result = s.execute(query.execution_options(yield_per=CHUNK_ROWS))
        rows = [row for part in result.partitions() for row in part]
    if not sqlite:
        return [Served(cid, f, rec, res, p, can) for cid, f, p, rec, res, can in rows]
    parse = datetime.fromisoformat
    return [
        Served(
            cid,
            f,
            parse(rec).replace(tzinfo=UTC),
            parse(res).replace(tzinfo=UTC) if res else None,
            p,
            parse(can).replace(tzinfo=UTC) if can else None,
        )
        for cid, f, p, rec, res, can in rows
    ]


def served_out_of_turn(db: Database, centre_id: int, *, since: datetime) -> dict[int, list[int]]:
    """Complaints received since `since` that were resolved while an earlier complaint on the
    same feeder still waited, with the ids they overtook (see `domain.fairness`)."""
    return out_of_turn(_served(db, centre_id, since))


def out_of_turn_counts_since(db: Database, centre_id: int, *, since: datetime) -> dict[int, int]:
    """The same complaints with how many they overtook: what the queue shows."""
    return out_of_turn_counts(_served(db, centre_id, since))
