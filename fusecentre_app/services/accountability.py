"""Officer accountability for a date range, from the records: what each officer was given,
how fast they attended and restored supply, how often they were late, did not answer, or
had a complaint reopened; exported as CSV or .xlsx.

All figures come from events and contact attempts dated within the range (India days):
- assigned: complaints given to the officer (`assigned` events naming them);
- median minutes to attend: from each assignment to the officer to its `attended` event;
- median minutes to resolve: from receipt to a resolution the officer is named on;
- SoP breaches: complaints whose restoration deadline fell within the range (and before
  now) while they were assigned to the officer and not yet resolved or cancelled;
- unanswered attempts: contact attempts to the officer recorded as no answer, busy or
  switched off;
- reopened: complaints the officer resolved that the consumer said were not restored.
"""

from __future__ import annotations

import json
import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, case, select, type_coerce
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.types import NullType

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent, ContactAttempt, Officer
from fusecentre_app.domain.enums import ContactOutcome, Designation, EventKind
from fusecentre_app.domain.history import reversed_events
from fusecentre_app.domain.timeutil import local_day_bounds, utcnow
from fusecentre_app.services.sheets import Cell, write_table

_UNANSWERED = tuple(o.value for o in ContactOutcome if o.unanswered)
# The kinds each walk through a history acts on (a reversal names the events it takes back);
# only these are read.
_WALKED = tuple(
    k.value
    for k in (
        EventKind.ASSIGNED,
        EventKind.ATTENDED,
        EventKind.RESOLVED,
        EventKind.REOPENED,
        EventKind.REVERSED,
    )
)
_HOLDING = tuple(
    k.value
    for k in (
        EventKind.ASSIGNED,
        EventKind.RESOLVED,
        EventKind.CANCELLED,
        EventKind.REOPENED,
        EventKind.REVERSED,
    )
)

_WALKED_OR_HOLDING = tuple(sorted({*_WALKED, *_HOLDING}))

# Only the parts of an event's data the figures use are read: the officer an assignment,
# visit or resolution names, and a reversal's whole data (which events it takes back).
_officer = ComplaintEvent.data["officer_id"].as_integer()
_reversal = case((ComplaintEvent.kind == EventKind.REVERSED.value, ComplaintEvent.data))


def _unparsed(column: QueryableAttribute[datetime]) -> ColumnElement[Any]:
    """A time as the driver gives it (text on SQLite, an aware datetime on PostgreSQL): most
    are only carried along, so they are read into datetimes only for a figure."""
    return type_coerce(column, NullType())


def _parsed(data: Any) -> Any:
    """An event's data as the driver gives it (JSON text, or already parsed)."""
    return json.loads(data) if isinstance(data, str | bytes) else data


def _minutes_between(earlier: Any, later: Any) -> float:
    """Minutes from one unparsed time to another of the same store: both UTC text (SQLite,
    read as naive datetimes, which subtract alike) or both aware datetimes (PostgreSQL)."""
    if isinstance(later, str):
        earlier, later = datetime.fromisoformat(earlier), datetime.fromisoformat(later)
    return float((later - earlier).total_seconds() / 60)


@dataclass
class OfficerRecord:
    officer_id: int
    name_en: str
    name_hi: str
    designation: Designation
    assigned: int = 0
    attend_minutes: list[float] = field(default_factory=list)
    resolve_minutes: list[float] = field(default_factory=list)
    sop_breaches: int = 0
    unanswered_attempts: int = 0
    reopened: int = 0

    @property
    def median_attend_minutes(self) -> float | None:
        return statistics.median(self.attend_minutes) if self.attend_minutes else None

    @property
    def median_resolve_minutes(self) -> float | None:
        return statistics.median(self.resolve_minutes) if self.resolve_minutes else None

    @property
    def is_empty(self) -> bool:
        return not (
            self.assigned
            or self.attend_minutes
            or self.resolve_minutes
            or self.sop_breaches
            or self.unanswered_attempts
            or self.reopened
        )


def _holding_history(complaint_ids: list[int]) -> Any:
    """The assigning and closing events of these complaints, in order, each with its officer,
    what it reverses and whether it came by the SoP deadline."""
    return (
        select(
            ComplaintEvent.complaint_id,
            ComplaintEvent.kind,
            _officer,
            _reversal,
            ComplaintEvent.id,
            ComplaintEvent.at <= Complaint.sop_due_at,
        )
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(
            ComplaintEvent.complaint_id.in_(complaint_ids),
            ComplaintEvent.kind.in_(_HOLDING),
        )
        .order_by(ComplaintEvent.complaint_id, ComplaintEvent.id)
    )


def accountability(
    db: Database, centre_id: int, first: date, last: date, *, now: datetime | None = None
) -> list[OfficerRecord]:
    """Officers with anything on record at the centre from `first` to `last` (India days,
    both included), worst first: most breaches, then unanswered attempts, then reopened."""
    if last < first:
        first, last = last, first
    found = accountability_by_range(db, [centre_id], [(first, last)], now=now)
    return found[(centre_id, (first, last))]


Range = tuple[date, date]  # first and last India days, both included


def accountability_by_range(
    db: Database,
    centre_ids: list[int],
    ranges: list[Range],
    *,
    now: datetime | None = None,
) -> dict[tuple[int, Range], list[OfficerRecord]]:
    """`accountability` for several centres and ranges at once (the console's month and the
    month before, for each centre), the same figures in the same order, with each event read
    once for all of them: a complaint's history is walked once, and each step counted in
    every range it falls in."""
    spans = []
    for first, last in ranges:
        if last < first:
            first, last = last, first
        spans.append((local_day_bounds(first)[0], local_day_bounds(last)[1]))
    now = now or utcnow()
    cutoffs = [min(end, now) for _start, end in spans]
    keys = [(c, r) for c in centre_ids for r in ranges]
    records: dict[tuple[int, Range], dict[int, OfficerRecord]] = {k: {} for k in keys}
    if not centre_ids or not ranges:
        return {k: [] for k in keys}
    low = min(start for start, _end in spans)
    high = max(end for _start, end in spans)
    high_cutoff = max(cutoffs)
    with db.read() as s:
        people = {
            o.id: (o.name_en, o.name_hi, Designation(o.designation))
            for o in s.scalars(select(Officer))
        }

        def record(centre_id: int, n: int, officer_id: int | None) -> OfficerRecord | None:
            if officer_id is None or officer_id not in people:
                return None
            found = records[(centre_id, ranges[n])]
            if (r := found.get(officer_id)) is None:
                r = found[officer_id] = OfficerRecord(officer_id, *people[officer_id])
            return r

        touched = (
            select(ComplaintEvent.complaint_id)
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .where(
                Complaint.centre_id.in_(centre_ids),
                ComplaintEvent.at >= low,
                ComplaintEvent.at < high,
                ComplaintEvent.kind.in_(
                    [EventKind.ASSIGNED, EventKind.ATTENDED, EventKind.RESOLVED, EventKind.REOPENED]
                ),
            )
            .distinct()
        )
        db_rows = s.connection().execute
        read = db_rows(
            select(
                ComplaintEvent.complaint_id,
                _unparsed(ComplaintEvent.at),
                ComplaintEvent.kind,
                _officer,
                type_coerce(_reversal, NullType()),
                _unparsed(Complaint.received_at),
                ComplaintEvent.id,
                Complaint.centre_id,
                ComplaintEvent.at <= Complaint.sop_due_at,
                *(and_(ComplaintEvent.at >= a, ComplaintEvent.at < b) for a, b in spans),
            )
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .where(
                ComplaintEvent.complaint_id.in_(touched),
                # The walks' kinds and the deadlines': each complaint's history read once.
                ComplaintEvent.kind.in_(_WALKED_OR_HOLDING),
            )
            .order_by(ComplaintEvent.complaint_id, ComplaintEvent.id)
        )
        # Hundreds of thousands of rows for two months: taken from the driver as they come
        # (every column is read as it is; a reversal's data is parsed here).
        try:
            rows = read.cursor.fetchall()
        finally:
            read.close()
        by_complaint: defaultdict[int, list] = defaultdict(list)  # type: ignore[type-arg]
        for row in rows:
            if row[4] is not None:
                row = (*row[:4], _parsed(row[4]), *row[5:])
            by_complaint[row[0]].append(row)
        which = range(len(spans))
        for events in by_complaint.values():
            assigned_at: str | datetime | None = None
            assignee: int | None = None
            resolver: int | None = None
            undone = reversed_events((e[2], e[4]) for e in events if e[4] is not None)
            for event in events:
                _cid, at, kind, officer, _, received_at, event_id, centre_id = event[:8]
                if event_id in undone or kind == EventKind.REVERSED:
                    continue  # a mis-click put right counts for no one
                inside = [n for n in which if event[9 + n]]
                if kind == EventKind.ASSIGNED:
                    assignee, assigned_at = officer, at
                    for n in inside:
                        if (r := record(centre_id, n, assignee)) is not None:
                            r.assigned += 1
                elif kind == EventKind.ATTENDED:
                    if inside and assigned_at is not None:
                        minutes = None
                        for n in inside:
                            if (r := record(centre_id, n, officer or assignee)) is not None:
                                if minutes is None:
                                    minutes = _minutes_between(assigned_at, at)
                                r.attend_minutes.append(minutes)
                elif kind == EventKind.RESOLVED:
                    resolver = officer or assignee
                    minutes = None
                    for n in inside:
                        if (r := record(centre_id, n, resolver)) is not None:
                            if minutes is None:
                                minutes = _minutes_between(received_at, at)
                            r.resolve_minutes.append(minutes)
                elif kind == EventKind.REOPENED:
                    for n in inside:
                        if (r := record(centre_id, n, resolver)) is not None:
                            r.reopened += 1

        due = db_rows(
            select(
                Complaint.id,
                Complaint.centre_id,
                *(
                    and_(Complaint.sop_due_at >= a, Complaint.sop_due_at < c)
                    for (a, _b), c in zip(spans, cutoffs, strict=True)
                ),
            ).where(
                Complaint.centre_id.in_(centre_ids),
                Complaint.sop_due_at >= low,
                Complaint.sop_due_at < high_cutoff,
            )
        ).all()
        deadlines = [row for row in due if any(row[2:])]
        holder: dict[int, int | None] = {}
        done: dict[int, bool] = {}

        def hold(cid: int, kind: str, officer: int | None) -> None:
            if kind == EventKind.ASSIGNED:
                holder[cid] = officer
            elif kind in (EventKind.RESOLVED, EventKind.CANCELLED):
                done[cid] = True
            elif kind == EventKind.REOPENED:
                done[cid] = False

        ids = []
        for row in deadlines:
            if (walked := by_complaint.get(row[0])) is None:
                ids.append(row[0])  # not among those read above
                continue
            undone = reversed_events((e[2], e[4]) for e in walked if e[4] is not None)
            for e in walked:
                if e[8] and e[6] not in undone and e[2] in _HOLDING:
                    hold(e[0], e[2], e[3])
        for chunk in (ids[i : i + 500] for i in range(0, len(ids), 500)):
            history = db_rows(_holding_history(chunk)).all()
            undone = reversed_events((e[1], e[3]) for e in history if e[3] is not None)
            for cid, kind, officer, _, event_id, by_deadline in history:
                if by_deadline and event_id not in undone:
                    hold(cid, kind, officer)
        for row in deadlines:
            cid, centre_id = row[0], row[1]
            if done.get(cid):
                continue
            for n in which:
                if row[2 + n] and (r := record(centre_id, n, holder.get(cid))) is not None:
                    r.sop_breaches += 1

        for row in db_rows(
            select(
                ContactAttempt.officer_id,
                ContactAttempt.centre_id,
                *(and_(ContactAttempt.at >= a, ContactAttempt.at < b) for a, b in spans),
            ).where(
                ContactAttempt.centre_id.in_(centre_ids),
                ContactAttempt.at >= low,
                ContactAttempt.at < high,
                ContactAttempt.outcome.in_(_UNANSWERED),
            )
        ):
            for n in which:
                if row[2 + n] and (r := record(row[1], n, row[0])) is not None:
                    r.unanswered_attempts += 1

    result: dict[tuple[int, Range], list[OfficerRecord]] = {}
    for key in keys:
        found = [r for r in records[key].values() if not r.is_empty]
        found.sort(key=lambda r: r.name_en.casefold())
        found.sort(key=lambda r: (r.sop_breaches, r.unanswered_attempts, r.reopened), reverse=True)
        result[key] = found
    return result


COLUMNS = (
    "officer",
    "officer_hi",
    "designation",
    "assigned",
    "median_minutes_to_attend",
    "median_minutes_to_resolve",
    "sop_breaches",
    "unanswered_attempts",
    "reopened",
)


def _minutes(value: float | None) -> Cell:
    return "" if value is None else round(value)


def export_accountability(records: list[OfficerRecord], path: Path) -> int:
    """Write the records as CSV (UTF-8 with BOM; spreadsheet formulas neutralised) or, for a
    name ending .xlsx, as a workbook (figures as numbers, names as text)."""
    write_table(
        path,
        COLUMNS,
        (
            (
                r.name_en,
                r.name_hi,
                r.designation.value,
                r.assigned,
                _minutes(r.median_attend_minutes),
                _minutes(r.median_resolve_minutes),
                r.sop_breaches,
                r.unanswered_attempts,
                r.reopened,
            )
            for r in records
        ),
        sheet_title="Accountability",
    )
    return len(records)
