"""What late restorations owe consumers: one complaint's liability (for its details) and a
month's compensation statement (for the EE, per centre or for the division).

A complaint keeps the deadline it was logged with; the compensation rule is the SoP table's
for its type and its feeder's area as the table stands now, with that rule's sources. A
transformer failure owes each consumer of the DT (its consumers connected, from the DT list);
for a DT whose consumers are not known (none given), only the consumer who called is counted.
In a month's statement one failure's consumers are counted once, however many of them called.
A written or printed statement is put on record (an audit record of kind `compensation_printed`:
who, when, the month, the centre or the division, and the PDF's SHA-256), as the console is.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, Complaint, ComplaintType, Dt, Feeder
from fusecentre_app.domain.compensation import CompensationRule, liability
from fusecentre_app.domain.enums import Area, Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.sop import SopRule
from fusecentre_app.services.errors import NotFound, ServiceError
from fusecentre_app.services.masterdata import sop_rules
from fusecentre_app.services.uow import Who, changing, permitted

_CHUNK = 900  # ids per IN list (SQLite allows 999 parameters in old builds)
# Fault types whose compensation goes to each consumer the fault cut off, not the caller alone.
PER_CONSUMER_TYPES = frozenset({"DT_FAIL"})
STATEMENT_PRINTED = "compensation_printed"  # the audit record of a written statement


@dataclass(frozen=True)
class LiabilityLine:
    """One late complaint and what it owes."""

    complaint_id: int
    docket: str
    centre_code: str
    type_code: str
    type_name_en: str
    area: Area
    received_at: datetime
    due_at: datetime
    restored_at: datetime | None  # None: not restored yet, the sum is still growing
    hours_late: float
    rule: str  # the rule in words
    each_consumer_of: str | None  # a DT code: owed to each of that DT's consumers
    per_consumer: int  # rupees
    consumers: int  # counted in `total`
    total: int  # rupees
    hours_source: str
    compensation_source: str
    # In a statement: the docket whose line already counts this DT failure's consumers
    # (another caller of the same failure), so this line adds nothing to the sum.
    counted_with: str | None = None

    @property
    def restored(self) -> bool:
        return self.restored_at is not None


@dataclass(frozen=True)
class Statement:
    month: date  # its first day
    centre_code: str | None  # None: the division
    lines: list[LiabilityLine]
    rules: list[SopRule]  # every rule the lines used, with its sources

    @property
    def total(self) -> int:
        return sum(line.total for line in self.lines)

    @property
    def owed(self) -> list[LiabilityLine]:
        return [line for line in self.lines if line.total > 0]


def _query():  # type: ignore[no-untyped-def]
    return (
        select(Complaint, Centre.code, ComplaintType.name_en, Feeder.area, Dt.code, Dt.consumers)
        .join(Centre, Centre.id == Complaint.centre_id)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .outerjoin(Dt, Dt.id == Complaint.dt_id)
        .where(Complaint.status != Status.CANCELLED.value)
    )


def _line(
    rules: dict[tuple[str, Area], SopRule],
    c: Complaint,
    centre_code: str,
    type_name: str,
    area_text: str | None,
    dt_code: str | None,
    dt_consumers: int | None,
    now: datetime,
) -> LiabilityLine | None:
    area = Area(area_text) if area_text else Area.URBAN  # as the deadline was set
    restored = c.resolved_at
    until = restored or now
    if until <= c.sop_due_at:
        return None
    rule = rules.get((c.type_code, area)) or SopRule(c.type_code, area, c.sop_hours)
    late = rule.hours_late(c.sop_due_at, until)
    each_of = None
    comp: CompensationRule = rule.compensation
    owed = liability(comp, late, 1)
    per_consumer = owed.per_consumer
    consumers = 1
    if c.type_code in PER_CONSUMER_TYPES:
        each_of = dt_code or "the DT"
        consumers = max(1, dt_consumers or 0)
        per_consumer = liability(comp, late, max(2, consumers)).per_consumer  # to each of several
    return LiabilityLine(
        complaint_id=c.id,
        docket=c.docket,
        centre_code=centre_code,
        type_code=c.type_code,
        type_name_en=type_name,
        area=area,
        received_at=c.received_at,
        due_at=c.sop_due_at,
        restored_at=restored,
        hours_late=round(late, 2),
        rule=comp.describe(),
        each_consumer_of=each_of,
        per_consumer=per_consumer,
        consumers=consumers,
        total=per_consumer * consumers,
        hours_source=rule.hours_source,
        compensation_source=rule.compensation_source,
    )


def complaint_liability(db: Database, complaint_id: int, *, now: datetime) -> LiabilityLine | None:
    """What a complaint owes for a late restoration (None: restored, or still, in time)."""
    with db.read() as s:
        if s.get(Complaint, complaint_id) is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This complaint is not in the database."))
            )
        return liability_in(s, complaint_id, now=now)


def liability_in(s: Session, complaint_id: int, *, now: datetime) -> LiabilityLine | None:
    """`complaint_liability` inside a read already open (the details panel's); a later
    caller of a DT failure already counted that month owes nothing (`counted_with`)."""
    row = s.execute(_query().where(Complaint.id == complaint_id)).first()
    if row is None:  # cancelled, or not there
        return None
    c, centre, type_name, area, dt_code, dt_consumers = row
    line = _line(sop_rules(s), c, centre, type_name, area, dt_code, dt_consumers, now)
    if line is None:
        return None
    return counted_once_in(s, {c.id: line}, c.day, now=now)[c.id]  # as the statement counts


def liabilities_in(
    s: Session, complaint_ids: Sequence[int], *, now: datetime
) -> dict[int, LiabilityLine]:
    """What each of these complaints owes (those restored, or still, in time left out),
    inside a read already open (the daily register's); the SoP table is read once."""
    rules = sop_rules(s)
    found: dict[int, LiabilityLine] = {}
    ids = list(complaint_ids)
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        for c, centre, type_name, area, dt_code, dt_consumers in s.execute(
            _query().where(Complaint.id.in_(chunk))
        ):
            line = _line(rules, c, centre, type_name, area, dt_code, dt_consumers, now)
            if line is not None:
                found[c.id] = line
    return found


def counted_once_in(
    s: Session, found: dict[int, LiabilityLine], day: date, *, now: datetime
) -> dict[int, LiabilityLine]:
    """A day's lines (`liabilities_in`'s, for complaints received on the India `day`) as the
    month's statement counts them: a DT failure's consumers on the first complaint about it
    in the month, a later caller's line adding nothing and naming the docket that counts
    them, though that docket was received on an earlier day of the month."""
    dts = {
        line.each_consumer_of
        for line in found.values()
        if line.each_consumer_of is not None and line.consumers > 1
    }
    if not dts:
        return found
    return counted_with(found, counted_elsewhere(s, dts, day, now=now))


def counted_with(
    found: dict[int, LiabilityLine], elsewhere: dict[int, str]
) -> dict[int, LiabilityLine]:
    """The lines with those of `counted_elsewhere`'s complaints adding nothing."""
    return {
        cid: replace(line, consumers=0, total=0, counted_with=elsewhere[cid])
        if cid in elsewhere
        else line
        for cid, line in found.items()
    }


def counted_elsewhere(
    s: Session, dts: Iterable[str], day: date, *, now: datetime
) -> dict[int, str]:
    """The complaints of the month up to the India `day` about these DTs whose failure's
    consumers another complaint counts (`counted_once_in`), with that complaint's docket.
    Any DT may be named: one without such a complaint adds nothing, so a register can ask
    once for the DTs of all its day's calls and apply the answer batch by batch."""
    rules = sop_rules(s)
    month = [
        line
        for c, centre, type_name, area, dt_code, dt_consumers in s.execute(
            _query()
            .where(
                Complaint.day >= day.replace(day=1),
                Complaint.day <= day,
                Complaint.type_code.in_(sorted(PER_CONSUMER_TYPES)),
                Dt.code.in_(sorted(dts)),
            )
            .order_by(Complaint.received_at, Complaint.id)
        )
        if (line := _line(rules, c, centre, type_name, area, dt_code, dt_consumers, now))
        is not None
    ]
    return {
        after.complaint_id: after.counted_with
        for before, after in zip(month, _one_failure_once(month, now), strict=True)
        if after.counted_with is not None and before.counted_with is None
    }


def parse_month(text: str) -> date:
    """`YYYY-MM` as the month's first day."""
    try:
        year, month = (int(part) for part in text.split("-"))
        return date(year, month, 1)
    except ValueError:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "month must be YYYY-MM, not {text!r}"),
                text=text,
            )
        ) from None


def monthly_statement(
    db: Database, month: date, centre_code: str | None = None, *, now: datetime
) -> Statement:
    """Every complaint received in the month (India days) that was restored late, or is
    still not restored past its deadline, with what it owes, oldest first."""
    first = month.replace(day=1)
    after = date(first.year + first.month // 12, first.month % 12 + 1, 1)
    query = _query().where(Complaint.day >= first, Complaint.day < after)
    with db.read() as s:
        if centre_code is not None:
            centre_code = _centre_code(s, centre_code)
            query = query.where(Centre.code == centre_code)
        rules = sop_rules(s)
        lines = [
            line
            for c, centre, type_name, area, dt_code, dt_consumers in s.execute(
                query.order_by(Complaint.received_at, Complaint.id)
            )
            if (line := _line(rules, c, centre, type_name, area, dt_code, dt_consumers, now))
            is not None
        ]
    used = {(line.type_code, line.area) for line in lines}
    lines = _one_failure_once(lines, now)
    return Statement(first, centre_code, lines, [rules[k] for k in sorted(used) if k in rules])


def _one_failure_once(lines: list[LiabilityLine], now: datetime) -> list[LiabilityLine]:
    """Several consumers of one failed DT call, each a complaint: the DT's consumers are
    counted on the first complaint only. A complaint about the same DT received before the
    counted one was restored is the same failure; one received after it is a new failure."""
    failures: dict[str, tuple[str, datetime]] = {}  # DT code → (counting docket, restored)
    out: list[LiabilityLine] = []
    for line in lines:
        dt = line.each_consumer_of
        if dt is None or line.counted_with is not None or line.consumers <= 1:
            out.append(line)  # a DT whose consumers are not known counts each caller
            continue
        until = line.restored_at or now
        counted = failures.get(dt)
        if counted is not None and line.received_at <= counted[1]:
            failures[dt] = (counted[0], max(counted[1], until))
            out.append(replace(line, consumers=0, total=0, counted_with=counted[0]))
        else:
            failures[dt] = (line.docket, until)
            out.append(line)
    return out


def _centre_code(s: Session, code: str) -> str:
    found = s.scalar(select(Centre.code).where(Centre.code == code.upper()))
    if found is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no centre {code}."),
                code=code.upper(),
            )
        )
    return found


def _covered(s: Session, centre_code: str | None) -> list[int]:
    """The ids of the centres a statement covers: its centre's, or every centre's."""
    query = select(Centre.id).order_by(Centre.code)
    if centre_code is not None:
        query = query.where(Centre.code == centre_code)
    return list(s.scalars(query))


def check_may_print(db: Database, centre_code: str | None, by: Who) -> str:
    """Refuse (NotPermitted) before anything is drawn when `by` may not print the statement
    for every centre it covers; returns the name it is printed by."""
    name = ""
    with db.read() as s:
        for centre_id in _covered(s, centre_code):
            actor = permitted(s, by, UseCase.PRINT, centre_id)
            name = actor.full_name or actor.via
    return name


def record_statement(db: Database, statement: Statement, *, pdf: bytes, pages: int, by: Who) -> int:
    """Put a written (or printed) statement on record: who, when, the month, the centre or
    the division, the sum owed and the PDF's SHA-256; returns the audit record's id."""
    with changing(db, by, UseCase.PRINT) as c:
        covered = _covered(c.session, statement.centre_code)
        for centre_id in covered:
            c.require(UseCase.PRINT, centre_id)
        return c.record(
            STATEMENT_PRINTED,
            centre_id=covered[0] if statement.centre_code is not None and covered else None,
            data={
                "month": f"{statement.month:%Y-%m}",
                "centre": statement.centre_code,
                "late": len(statement.lines),
                "total_rs": statement.total,
                "pages": pages,
                "sha256": hashlib.sha256(pdf).hexdigest(),
            },
        )
