"""The Executive Engineer's division console for a month: the centres side by side, the
officers ranked, the calls funnel, the worst feeders and the claims awaiting a decision. Read
only; every query is bounded by the month (India days), so a year of records costs what a
month does.

The centres' figures, for complaints received in the month, as the records stand at the
month's end (or now, for the month under way), a complaint reopened since counting as not
restored:
- received: every complaint logged, each a docket (cancelled duplicates included);
- pending: of those, still open at the month's end (not closed verified, unverified or
  cancelled);
- overdue: past their SoP deadline, not restored by then or restored after it (cancelled ones
  left out);
- SoP met %: restored within the deadline, of those restored in time or overdue;
- callbacks verified %: closed verified, of those closed verified or unverified;
- false closures: sampled consumers of the month's inspections who said supply was not
  restored or no complaint was made (`services.negligence.CONTRADICTING_SAMPLES`);
- median restoration hours by complaint type, from receipt to restoration;
- inspections finished for days of the month, against the division setting
  `inspections_per_month` (no order fixes the number; the default, 4, is one a week).

Nothing here writes, except `record_console_print`, which puts a printed console on record.

The officers' figures are `services.accountability`'s for the month, per centre, so they agree
with the accountability tab's for the same dates, with the change from the month before. The
funnel counts follow-up calls made in the month about complaints received in it or the two
months before. The feeders' indices are `services.interruptions.month_indices_of`'s. The claims
are those received by the month's end and not decided by then (`services.claims`).
"""

from __future__ import annotations

import hashlib
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    Centre,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    Inspection,
    InspectionSample,
    Officer,
)
from fusecentre_app.domain.enums import PENDING_STATUSES, Channel, Designation, EventKind, Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import local_day, local_day_bounds, utcnow
from fusecentre_app.services.accountability import OfficerRecord, accountability_by_range
from fusecentre_app.services.claims import ClaimLine, pending_claims
from fusecentre_app.services.errors import NotFound
from fusecentre_app.services.interruptions import month_indices_of
from fusecentre_app.services.negligence import CONTRADICTING_SAMPLES
from fusecentre_app.services.settings import INSPECTIONS_PER_MONTH, setting_in
from fusecentre_app.services.uow import Who, changing

WORST_FEEDERS = 5  # the feeders shown: the worst this many by SAIFI and by SAIDI
FOLLOW_UP_LOOKBACK_DAYS = 62  # follow-ups counted about complaints received this far back
_PENDING = frozenset(s.value for s in PENDING_STATUSES)


@dataclass(frozen=True)
class CentreFigures:
    code: str
    name_en: str
    name_hi: str
    received: int
    pending: int
    overdue: int
    sop_met: int
    callbacks_verified: int
    callbacks_closed: int  # closed verified or unverified
    false_closures: int
    inspections_done: int
    inspections_required: int
    median_hours_by_type: dict[str, float]  # type code -> median hours to restore

    @property
    def sop_met_percent(self) -> float | None:
        judged = self.sop_met + self.overdue
        return 100.0 * self.sop_met / judged if judged else None

    @property
    def callbacks_verified_percent(self) -> float | None:
        if not self.callbacks_closed:
            return None
        return 100.0 * self.callbacks_verified / self.callbacks_closed


@dataclass(frozen=True)
class OfficerRank:
    centre_code: str
    officer_id: int
    name_en: str
    name_hi: str
    designation: Designation
    assigned: int
    breaches: int
    unanswered: int
    reopened: int
    breaches_change: int  # against the month before, at the same centre
    unanswered_change: int
    reopened_change: int
    employee_id: str = ""  # what a case file is drawn by (`services.negligence.gather_file`)


@dataclass(frozen=True)
class Funnel:
    centre_code: str | None  # None: the division
    complaints: int  # registered: every docket of the month
    follow_ups: int
    forwarded_1912: int  # complaints that came through the 1912 helpline

    @property
    def calls(self) -> int:
        return self.complaints + self.follow_ups


@dataclass(frozen=True)
class FeederRow:
    feeder: str
    agricultural: bool
    saifi: float
    saidi_minutes: float
    saifi_rank: int | None  # 1: the worst; None: not among the worst shown
    saidi_rank: int | None


@dataclass(frozen=True)
class ComplaintTypeName:
    code: str
    name_en: str
    name_hi: str


@dataclass(frozen=True)
class Console:
    month: date  # its first day
    centre_code: str | None  # None: the division
    as_of: datetime  # the month's end, or the moment drawn for the month under way
    drawn_at: datetime
    centres: tuple[CentreFigures, ...]
    types: tuple[ComplaintTypeName, ...]  # those with a median in some centre, in form order
    officers: tuple[OfficerRank, ...]
    funnels: tuple[Funnel, ...]  # per centre, then the division's (for the division)
    feeders: tuple[FeederRow, ...]
    claims: tuple[ClaimLine, ...]

    @property
    def total_funnel(self) -> Funnel:
        return self.funnels[-1]

    @property
    def overdue_claims(self) -> int:
        return sum(1 for c in self.claims if c.overdue)


def month_bounds(month: date) -> tuple[date, date, datetime, datetime]:
    """The month's first and last India days and their UTC bounds (end exclusive)."""
    first = month.replace(day=1)
    after = (first + timedelta(days=32)).replace(day=1)
    last = after - timedelta(days=1)
    return first, last, local_day_bounds(first)[0], local_day_bounds(last)[1]


def previous_month(month: date) -> date:
    return (month.replace(day=1) - timedelta(days=1)).replace(day=1)


def division_console(
    db: Database,
    month: date,
    *,
    centre_code: str | None = None,
    now: datetime | None = None,
) -> Console:
    """The console for the month (any day of it), for the division or one centre."""
    now = now or utcnow()
    first, last, start, end = month_bounds(month)
    cutoff = min(end, now)
    with db.read() as s:
        centres = _centres(s, centre_code)
        required = setting_in(s, INSPECTIONS_PER_MONTH)
        type_names = list(
            s.execute(
                select(ComplaintType.code, ComplaintType.name_en, ComplaintType.name_hi).order_by(
                    ComplaintType.sort_order, ComplaintType.code
                )
            )
        )
        figures = [
            _centre_figures(s, c, first, last, start, end, cutoff, required) for c in centres
        ]
        funnels = [_funnel(s, c.id, c.code, start, end) for c in centres]
    if centre_code is None:
        funnels.append(
            Funnel(
                None,
                sum(f.complaints for f in funnels),
                sum(f.follow_ups for f in funnels),
                sum(f.forwarded_1912 for f in funnels),
            )
        )
    used = {code for f in figures for code in f.median_hours_by_type}
    types = tuple(ComplaintTypeName(*t) for t in type_names if t[0] in used)
    officers = _officers(db, centres, month, now)
    feeders = _feeders(db, first, centres[0].code if centre_code is not None else None)
    as_of_day = min(last, local_day(now))
    claims = pending_claims(
        db,
        as_of=as_of_day,
        now=cutoff,
        centre_id=centres[0].id if centre_code is not None else None,
    )
    return Console(
        month=first,
        centre_code=centres[0].code if centre_code is not None else None,
        as_of=cutoff,
        drawn_at=now,
        centres=tuple(figures),
        types=types,
        officers=officers,
        funnels=tuple(funnels),
        feeders=feeders,
        claims=tuple(claims),
    )


@dataclass(frozen=True)
class _CentreRow:
    id: int
    code: str
    name_en: str
    name_hi: str


def _centres(s: Session, code: str | None) -> list[_CentreRow]:
    query = select(Centre.id, Centre.code, Centre.name_en, Centre.name_hi).order_by(Centre.code)
    if code is not None:
        query = query.where(Centre.code == code.strip().upper())
    rows = [_CentreRow(*r) for r in s.execute(query)]
    if code is not None and not rows:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no centre {code}."),
                code=code.strip().upper(),
            )
        )
    return rows


def _centre_figures(
    s: Session,
    centre: _CentreRow,
    first: date,
    last: date,
    start: datetime,
    end: datetime,
    cutoff: datetime,
    required: int,
) -> CentreFigures:
    # Tens of thousands of rows a month: taken from the driver as they come, the times as
    # it gives them (UTC text on SQLite, read here as naive UTC; aware on PostgreSQL).
    read = s.connection().execute(
        select(
            Complaint.type_code,
            Complaint.status,
            *(
                type_coerce(column, NullType())
                for column in (
                    Complaint.received_at,
                    Complaint.resolved_at,
                    Complaint.sop_due_at,
                    Complaint.closed_at,
                )
            ),
        ).where(
            Complaint.centre_id == centre.id,
            Complaint.received_at >= start,
            Complaint.received_at < end,
        )
    )
    try:
        found = read.cursor.fetchall()
    finally:
        read.close()
    until = cutoff
    if s.get_bind().dialect.name == "sqlite":
        until = cutoff.astimezone(UTC).replace(tzinfo=None)
        rows: Sequence[Any] = [
            (t, st, *(None if v is None else datetime.fromisoformat(v) for v in times))
            for t, st, *times in found
        ]
    else:
        rows = found
    received = pending = overdue = met = verified = closed = 0
    hours: defaultdict[str, list[float]] = defaultdict(list)
    for type_code, status, received_at, resolved_at, due_at, closed_at in rows:
        received += 1
        closed_by_then = closed_at is not None and closed_at < until
        if not closed_by_then:
            pending += 1
        if status == Status.CANCELLED.value:
            continue
        restored = resolved_at if status not in _PENDING else None
        if restored is not None and restored >= until:
            restored = None
        if restored is None:
            if due_at < until:
                overdue += 1
        else:
            hours[type_code].append((restored - received_at).total_seconds() / 3600)
            if restored > due_at:
                overdue += 1
            else:
                met += 1
        if closed_by_then:
            if status == Status.CLOSED_VERIFIED.value:
                verified += 1
                closed += 1
            elif status == Status.CLOSED_UNVERIFIED.value:
                closed += 1
    inspected = select(Inspection.id).where(
        Inspection.centre_id == centre.id, Inspection.day >= first, Inspection.day <= last
    )
    done = s.scalar(
        select(func.count())
        .select_from(Inspection)
        .where(
            Inspection.id.in_(inspected),
            Inspection.finished_at.is_not(None),
            Inspection.finished_at < cutoff,
        )
    )
    false_closures = s.scalar(
        select(func.count())
        .select_from(InspectionSample)
        .where(
            InspectionSample.inspection_id.in_(inspected),
            InspectionSample.outcome.in_(sorted(CONTRADICTING_SAMPLES)),
        )
    )
    return CentreFigures(
        code=centre.code,
        name_en=centre.name_en,
        name_hi=centre.name_hi,
        received=received,
        pending=pending,
        overdue=overdue,
        sop_met=met,
        callbacks_verified=verified,
        callbacks_closed=closed,
        false_closures=int(false_closures or 0),
        inspections_done=int(done or 0),
        inspections_required=required,
        median_hours_by_type={code: statistics.median(h) for code, h in sorted(hours.items())},
    )


def _funnel(s: Session, centre_id: int, code: str, start: datetime, end: datetime) -> Funnel:
    month = (
        Complaint.centre_id == centre_id,
        Complaint.received_at >= start,
        Complaint.received_at < end,
    )
    complaints = s.scalar(select(func.count()).select_from(Complaint).where(*month)) or 0
    helpline = (
        s.scalar(
            select(func.count())
            .select_from(Complaint)
            .where(*month, Complaint.channel == Channel.HELPLINE_1912.value)
        )
        or 0
    )
    about = select(Complaint.id).where(
        Complaint.centre_id == centre_id,
        Complaint.received_at >= start - timedelta(days=FOLLOW_UP_LOOKBACK_DAYS),
        Complaint.received_at < end,
    )
    follow_ups = (
        s.scalar(
            select(func.count())
            .select_from(ComplaintEvent)
            .where(
                ComplaintEvent.complaint_id.in_(about),
                ComplaintEvent.kind == EventKind.FOLLOW_UP.value,
                ComplaintEvent.at >= start,
                ComplaintEvent.at < end,
            )
        )
        or 0
    )
    return Funnel(code, int(complaints), int(follow_ups), int(helpline))


def _officers(
    db: Database, centres: Sequence[_CentreRow], month: date, now: datetime
) -> tuple[OfficerRank, ...]:
    first, last, _start, _end = month_bounds(month)
    before_first, before_last, _s, _e = month_bounds(previous_month(month))
    ranks: list[OfficerRank] = []
    with db.read() as s:
        employee_ids: dict[int, str] = {
            officer_id: employee_id
            for officer_id, employee_id in s.execute(select(Officer.id, Officer.employee_id))
        }
    # Both months for every centre in one read of their events (`accountability`'s figures).
    found = accountability_by_range(
        db, [c.id for c in centres], [(before_first, before_last), (first, last)], now=now
    )
    for centre in centres:
        earlier: dict[int, OfficerRecord] = {
            r.officer_id: r for r in found[(centre.id, (before_first, before_last))]
        }
        for r in found[(centre.id, (first, last))]:
            was = earlier.get(r.officer_id)
            ranks.append(
                OfficerRank(
                    centre_code=centre.code,
                    officer_id=r.officer_id,
                    name_en=r.name_en,
                    name_hi=r.name_hi,
                    designation=r.designation,
                    assigned=r.assigned,
                    breaches=r.sop_breaches,
                    unanswered=r.unanswered_attempts,
                    reopened=r.reopened,
                    breaches_change=r.sop_breaches - (was.sop_breaches if was else 0),
                    unanswered_change=r.unanswered_attempts
                    - (was.unanswered_attempts if was else 0),
                    reopened_change=r.reopened - (was.reopened if was else 0),
                    employee_id=employee_ids.get(r.officer_id, ""),
                )
            )
    # Worst first across the centres, as the accountability tab orders one centre's.
    ranks.sort(key=lambda r: (r.name_en.casefold(), r.centre_code))
    ranks.sort(key=lambda r: (r.breaches, r.unanswered, r.reopened), reverse=True)
    return tuple(ranks)


def _feeders(db: Database, month: date, centre_code: str | None) -> tuple[FeederRow, ...]:
    indices = month_indices_of(db, month, centre_code=centre_code)
    hit = [f for f in indices.feeders if f.indices.saifi > 0 or f.indices.saidi_minutes > 0]
    by_saifi = sorted(hit, key=lambda f: (-f.indices.saifi, f.feeder))[:WORST_FEEDERS]
    by_saidi = sorted(hit, key=lambda f: (-f.indices.saidi_minutes, f.feeder))[:WORST_FEEDERS]
    saifi_rank = {f.feeder: n for n, f in enumerate(by_saifi, start=1)}
    saidi_rank = {f.feeder: n for n, f in enumerate(by_saidi, start=1)}
    shown = {f.feeder: f for f in (*by_saidi, *by_saifi)}
    rows = [
        FeederRow(
            f.feeder,
            f.agricultural,
            f.indices.saifi,
            f.indices.saidi_minutes,
            saifi_rank.get(f.feeder),
            saidi_rank.get(f.feeder),
        )
        for f in shown.values()
    ]
    rows.sort(key=lambda r: (-r.saidi_minutes, -r.saifi, r.feeder))
    return tuple(rows)


CONSOLE_PRINTED = "console_printed"  # the audit record of a printed or saved console


def record_console_print(db: Database, console: Console, *, pdf: bytes, pages: int, by: Who) -> int:
    """Put a printed (or saved) console on record: who, when, the month, the centre or the
    division, and the PDF's SHA-256; returns the audit record's id."""
    with changing(db, by, UseCase.PRINT) as c:
        return c.record(
            CONSOLE_PRINTED,
            data={
                "month": f"{console.month:%Y-%m}",
                "centre": console.centre_code,
                "pages": pages,
                "sha256": hashlib.sha256(pdf).hexdigest(),
            },
        )


def division_sum(centres: tuple[CentreFigures, ...]) -> CentreFigures:
    """The centres' figures added up (the percentages then follow from the sums)."""
    return CentreFigures(
        code="",
        name_en="Division",
        name_hi="प्रमंडल",
        received=sum(c.received for c in centres),
        pending=sum(c.pending for c in centres),
        overdue=sum(c.overdue for c in centres),
        sop_met=sum(c.sop_met for c in centres),
        callbacks_verified=sum(c.callbacks_verified for c in centres),
        callbacks_closed=sum(c.callbacks_closed for c in centres),
        false_closures=sum(c.false_closures for c in centres),
        inspections_done=sum(c.inspections_done for c in centres),
        inspections_required=sum(c.inspections_required for c in centres),
        median_hours_by_type={},
    )
