"""A centre's daily register as data: the day's complaints in serial order, the earlier ones
still open when the day ended, the summary, the signature blocks, and the integrity digest.

Everything is read in one read transaction: the chain head (the cut), the complaints
carried over and their events up to the end of the day, the centre's JEs, then the day's
complaints and their events a batch at a time (`register_run`), counted for the summary,
the shift blocks and the digest as they go by, so that a day of any size is printed in
the same memory. The signature blocks follow the centre's own shifts (`services.shifts`);
the remarks of the day's finished inspections (`services.inspection`) are read just before
the snapshot. `reports.register` prints a `RegisterRun` as it is read, or the
`RegisterData` that `gather_register` returns whole; nothing here knows about PDFs.

What the register shows, and as at when:

- A day's row is the complaint as recorded when the register is gathered ("as at"), so a
  complaint received late and resolved next morning shows its resolution; times on another
  day than the register's print with their date.
- Carried over are complaints received before the day that were not closed (verified,
  unverified or cancelled) when the day ended (or at the "as at" moment for a day not over
  yet). Their status is the one at the end of the day, replayed from their events.
- The summary counts the day's rows by status as at the "as at" moment (see `Summary`).

- A complaint restored after its SoP deadline (or not restored past it) shows what it owes
  (`services.compensation`, as the details panel and the monthly statement do), and the
  summary the day's total; a sum still growing is the one at the "as at" moment. A DT
  failure's consumers are counted once in the month, on its first call, as the statement
  counts them; a later caller's row owes nothing and names that docket.

The integrity digest (`domain.digest`, computed by `services.register_day`) covers the
day's complaints and the hashes of their events up to the cut: the last event of the
centre's hash chain when the register was gathered. `services.register_check` recomputes
it from a printed centre, day and cut, and tells a legitimate later change (a complaint
resolved after printing) from an edit made outside the desk. The liability is not in it:
it is worked out from the digested times and the SoP table of the moment, so the digest
format (and every register already printed) stays as it was.
"""

from __future__ import annotations

import gc
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from fusecentre_app import __version__
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    Centre,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    Dt,
    Feeder,
    Officer,
    OfficerFeeder,
    Pss,
)
from fusecentre_app.domain.digest import RegisterDigest
from fusecentre_app.domain.enums import (
    CLOSED_STATUSES,
    OPEN_STATUS_VALUES,
    PENDING_STATUSES,
    Designation,
    EventKind,
    Status,
)
from fusecentre_app.domain.history import ComplaintState, apply_event
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day, local_day_bounds, utcnow
from fusecentre_app.services.compensation import (
    PER_CONSUMER_TYPES,
    LiabilityLine,
    counted_elsewhere,
    counted_with,
    liabilities_in,
)
from fusecentre_app.services.errors import ValidationError
from fusecentre_app.services.inspection import inspection_remarks
from fusecentre_app.services.register_day import (
    DayEvent,
    centre_by_code,
    current_cut,
    day_links,
    day_rows_query,
    digest_rows,
    events_of,
    one_snapshot,
    states_at_cut,
)
from fusecentre_app.services.shifts import SHIFTS, ShiftHours, shifts_or_default

_CHUNK = 900  # ids per IN list (SQLite allows 999 parameters in old builds)
_BATCH = 250  # the day's rows read, and held, at a time while a register is printed

RESOLVED_STATUSES = frozenset({Status.RESOLVED, Status.CLOSED_VERIFIED, Status.CLOSED_UNVERIFIED})
_CLOSED_VALUES = tuple(sorted(s.value for s in CLOSED_STATUSES))
# Plain strings for the per-event loops.
_ASSIGNED = EventKind.ASSIGNED.value
_CALLBACK = EventKind.CALLBACK.value
_REOPENED = EventKind.REOPENED.value
_CANCELLED = EventKind.CANCELLED.value
_CLOSED = EventKind.CLOSED.value
_AMENDED = EventKind.AMENDED.value
_LINKED = EventKind.LINKED.value
_UNLINKED = EventKind.UNLINKED.value
_CONTACTED = EventKind.CONTACTED.value
_CONTACT_OUTCOME = EventKind.CONTACT_OUTCOME.value
_ESCALATED = EventKind.ESCALATED.value
_REVERSED = EventKind.REVERSED.value
_DOCKET_SENT = EventKind.DOCKET_SENT.value
_NOTED_KINDS = frozenset(
    sorted(
        (
            _REVERSED,
            _AMENDED,
            _CALLBACK,
            _CANCELLED,
            _CLOSED,
            _REOPENED,
            _LINKED,
            _UNLINKED,
            _CONTACTED,
            _CONTACT_OUTCOME,
            _ESCALATED,
            _DOCKET_SENT,
        )
    )
)


# ------------------------------------------------------------------------------ the data


@dataclass(frozen=True)
class Callback:
    """The latest call back to the consumer about a complaint."""

    outcome: str
    at: datetime
    attempts: int


@dataclass(frozen=True)
class RegisterRow:
    """One complaint received on the register's day, as recorded at the "as at" moment."""

    id: int
    serial: int
    docket: str
    received_at: datetime
    channel: str
    caller_name: str
    caller_mobile: str
    consumer_no: str
    locality: str
    address: str
    landmark: str
    feeder_code: str
    dt_code: str
    type_code: str
    type_name_en: str
    type_name_hi: str
    danger: bool
    officer_name: str
    officer_designation: str
    status: Status
    assigned_at: datetime | None
    attended_at: datetime | None
    resolved_at: datetime | None
    verified_at: datetime | None
    closed_at: datetime | None
    sop_hours: float
    sop_due_at: datetime
    callback: Callback | None
    call_count: int
    reopen_count: int
    cancel_reason: str
    logged_by: str
    logged_at: datetime
    # Cancellations, reopenings, amendments (those after the day say so), and later
    # incidents and contact attempts: one short sentence each.
    remarks: tuple[str, ...] = ()
    # What a restoration after the SoP deadline owes (`services.compensation`, the figures of
    # the details panel and the monthly statement); None: in time, or not yet late. Worked
    # out when the register is gathered, not part of the digest (see the module).
    liability: LiabilityLine | None = None

    @property
    def time_taken(self) -> timedelta | None:
        return None if self.resolved_at is None else self.resolved_at - self.received_at

    @property
    def hours_late(self) -> float:
        """Hours past the SoP deadline at resolution (0 when met; 0 while unresolved)."""
        if self.resolved_at is None:
            return 0.0
        return max(0.0, (self.resolved_at - self.sop_due_at).total_seconds() / 3600)


@dataclass(frozen=True)
class CarriedRow:
    """A complaint from an earlier day that was still open when the register's day ended."""

    id: int
    docket: str
    received_at: datetime
    caller_name: str
    caller_mobile: str
    locality: str
    feeder_code: str
    type_name_en: str
    type_name_hi: str
    officer_name: str
    officer_designation: str
    status_at_day_end: Status
    status_now: Status
    sop_due_at: datetime
    closed_at: datetime | None
    remarks: tuple[str, ...] = ()


@dataclass(frozen=True)
class CountLine:
    """One line of a by-feeder or by-type table."""

    key: str
    label_en: str
    label_hi: str
    received: int = 0
    resolved: int = 0
    verified: int = 0
    pending: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class OfficerPending:
    """Complaints an officer holds that are not yet restored ("" name: not assigned)."""

    name: str
    designation: str
    pending_today: int
    pending_earlier: int
    overdue: int


@dataclass(frozen=True)
class Summary:
    """Counts of the day's complaints by status as at the "as at" moment.

    `resolved`: resolved, closed verified or closed unverified (supply restored);
    `verified`: closed verified (the consumer confirmed on a call back);
    `awaiting_callback`: resolved but not yet closed;
    `pending`: new, assigned, attending or reopened (supply not yet restored);
    `overdue`: pending and past the SoP deadline at the "as at" moment;
    `sop_met` / `sop_late`: resolved within / after the SoP deadline;
    `carried_over`: earlier complaints open at the end of the day, `carried_pending` those of
    them still pending at the "as at" moment; `owing` / `compensation`: the day's complaints
    restored late (or still not restored past the deadline) that owe compensation, and the
    rupees owed in all (a sum still growing for one not restored).
    """

    received: int
    cancelled: int
    resolved: int
    verified: int
    unverified: int
    awaiting_callback: int
    pending: int
    overdue: int
    sop_met: int
    sop_late: int
    carried_over: int
    carried_pending: int
    by_feeder: tuple[CountLine, ...]
    by_type: tuple[CountLine, ...]
    by_officer: tuple[OfficerPending, ...]
    # The day's complaints that owe compensation, and the rupees they owe in all.
    owing: int = 0
    compensation: int = 0


@dataclass(frozen=True)
class ShiftBlock:
    """A signature block for the clerks of one shift."""

    name_en: str
    name_hi: str
    start: int
    end: int
    clerks: tuple[str, ...]
    complaints: int


@dataclass(frozen=True)
class CentreHeading:
    """Whose register it is: the centre and the offices above it, in English and Hindi."""

    code: str
    name_en: str
    name_hi: str
    subdivision_en: str
    subdivision_hi: str
    division_en: str
    division_hi: str


@dataclass(frozen=True)
class RegisterData:
    centre: CentreHeading
    day: date
    rows: tuple[RegisterRow, ...]
    carried_over: tuple[CarriedRow, ...]
    summary: Summary
    shifts: tuple[ShiftBlock, ...]
    je_names: tuple[str, ...]
    digest: str
    cut_event_id: int
    generated_at: datetime
    generated_by: str
    app_version: str = __version__
    # What the inspecting officer wrote, once inspections are recorded.
    inspection_remarks: tuple[str, ...] = ()

    @property
    def as_of(self) -> datetime:
        return self.generated_at

    @property
    def received(self) -> int:
        """The day's complaints (as `RegisterRun.received` counts them)."""
        return len(self.rows)

    @property
    def day_complete(self) -> bool:
        """False for a register printed before its day ended (a provisional one)."""
        return self.generated_at >= local_day_bounds(self.day)[1]


@dataclass(frozen=True)
class LaterEvent:
    docket: str
    event_id: int
    at: datetime
    kind: str


@dataclass(frozen=True)
class DigestCheck:
    matches: bool
    recomputed: str
    later_events: tuple[LaterEvent, ...] = field(default_factory=tuple)
    inconsistent_dockets: tuple[str, ...] = ()


def heading_of(centre: Centre) -> CentreHeading:
    return CentreHeading(
        centre.code,
        centre.name_en,
        centre.name_hi,
        centre.subdivision_en,
        centre.subdivision_hi,
        centre.division_en,
        centre.division_hi,
    )


def centre_heading(db: Database, centre_code: str) -> CentreHeading:
    """Whose document it is (for the handover sheet and the inspection report too)."""
    with db.read() as s:
        return heading_of(centre_by_code(s, centre_code))


# ------------------------------------------------------------------------------ gathering


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cycle collector while a register's many small, acyclic objects are made:
    it would otherwise rescan them again and again (a third of the time at 5,000 rows)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


class RegisterRun:
    """A day's register read from the store as it is printed (`register_run`): what
    `RegisterData` holds, but the day's rows come in batches, once, in serial order, and
    are counted as they go by, so that a day of any size is printed in the same memory.
    The summary, the shift blocks and the digest are known once the rows are done."""

    def __init__(
        self,
        s: Session,
        centre_id: int,
        centre: CentreHeading,
        day: date,
        cut: int,
        *,
        now: datetime,
        generated_by: str,
        shifts: Sequence[ShiftHours],
        inspection: tuple[str, ...],
    ) -> None:
        self.centre = centre
        self.day = day
        self.cut_event_id = cut
        self.generated_at = now
        self.generated_by = generated_by
        self.app_version = __version__
        self.inspection_remarks = inspection
        self.carried_over = _carried_over(
            s, centre_id, local_day_bounds(day)[0], min(local_day_bounds(day)[1], now)
        )
        self.je_names = _je_names(s, centre_id)
        self._s = s
        self._centre_id = centre_id
        self._counts = _Counts(now, shifts)
        self._digest = RegisterDigest(centre.code, day, cut)
        self._hex: str | None = None
        self._elsewhere: dict[int, str] | None = None
        self.rows: Iterator[RegisterRow] = self._read()

    @property
    def as_of(self) -> datetime:
        return self.generated_at

    @property
    def day_complete(self) -> bool:
        return self.generated_at >= local_day_bounds(self.day)[1]

    @property
    def received(self) -> int:
        """The day's rows read so far (all of them, once `rows` is done)."""
        return self._counts.received

    @property
    def summary(self) -> Summary:
        return self._counts.summary(self.carried_over)

    @property
    def shifts(self) -> tuple[ShiftBlock, ...]:
        return self._counts.shift_blocks()

    @property
    def digest(self) -> str:
        if self._hex is None:
            raise RuntimeError("the register's digest is known once its rows are read")
        return self._hex

    def _counted_elsewhere(self) -> dict[int, str]:
        """The day's DT-failure calls whose consumers another call counts (asked once, for
        every DT the day's calls name; see `services.compensation.counted_once_in`)."""
        if self._elsewhere is None:
            dts = self._s.scalars(
                select(Dt.code)
                .join(Complaint, Complaint.dt_id == Dt.id)
                .where(
                    Complaint.centre_id == self._centre_id,
                    Complaint.day == self.day,
                    Complaint.type_code.in_(sorted(PER_CONSUMER_TYPES)),
                )
                .distinct()
            ).all()
            self._elsewhere = (
                counted_elsewhere(self._s, dts, self.day, now=self.generated_at) if dts else {}
            )
        return self._elsewhere

    def _read(self) -> Iterator[RegisterRow]:
        s, day, now, cut = self._s, self.day, self.generated_at, self.cut_event_id
        end = local_day_bounds(day)[1]
        result = s.connection().execute(
            day_rows_query(self._centre_id, day), execution_options={"yield_per": _BATCH}
        )
        for part in result.partitions():
            raw: Sequence[Mapping[str, Any]] = [cast(Mapping[str, Any], r._mapping) for r in part]
            events = events_of(s, [r["id"] for r in raw], cut)
            self._digest.add_rows(digest_rows(raw, states_at_cut(events)))
            assignments = Counter(e.complaint_id for e in events if e.kind == _ASSIGNED)
            by_complaint: dict[int, list[DayEvent]] = defaultdict(list)
            for event in events:
                if event.kind in _NOTED_KINDS:
                    by_complaint[event.complaint_id].append(event)
            late = [
                r["id"]
                for r in raw
                if r["status"] != Status.CANCELLED.value
                and (r["resolved_at"] or now) > r["sop_due_at"]
            ]
            owed = counted_with(liabilities_in(s, late, now=now), self._counted_elsewhere())
            for r in raw:
                row = _row(
                    r, by_complaint.get(r["id"], ()), assignments[r["id"]], end, owed.get(r["id"])
                )
                self._counts.add(row)
                yield row
        self._digest.add_events(day_links(s, self._centre_id, day, cut))
        self._hex = self._digest.hexdigest()


def _check_begun(day: date, now: datetime) -> None:
    if day > local_day(now):
        raise ValidationError(
            {
                "date": Message(
                    QT_TRANSLATE_NOOP("messages", "{day:%d-%m-%Y} has not begun yet."),
                    day=day,
                )
            }
        )


@contextmanager
def register_run(
    db: Database,
    centre_code: str,
    day: date,
    *,
    generated_by: str,
    now: datetime | None = None,
) -> Iterator[RegisterRun]:
    """The register of `centre_code` for the local `day`, as at `now`, read while it is
    used: everything is read in one read transaction, which stays open until the block
    ends. The day's finished inspections are read first, in a read of their own."""
    now = now or utcnow()
    _check_begun(day, now)
    with db.read() as s:
        code = centre_by_code(s, centre_code).code
    remarks = inspection_remarks(db, code, day)
    with collector_paused(), db.read() as s:
        one_snapshot(s)
        centre = centre_by_code(s, centre_code)
        yield RegisterRun(
            s,
            centre.id,
            heading_of(centre),
            day,
            current_cut(s, centre.id),
            now=now,
            generated_by=generated_by,
            shifts=shifts_or_default(centre.shift_hours, centre_code=centre.code),
            inspection=remarks,
        )


def gather_register(
    db: Database,
    centre_code: str,
    day: date,
    *,
    generated_by: str,
    now: datetime | None = None,
) -> RegisterData:
    """Everything the register of `centre_code` for the local `day` prints, as at `now`."""
    with register_run(db, centre_code, day, generated_by=generated_by, now=now) as run:
        rows = tuple(run.rows)
        return RegisterData(
            centre=run.centre,
            day=day,
            rows=rows,
            carried_over=run.carried_over,
            summary=run.summary,
            shifts=run.shifts,
            je_names=run.je_names,
            digest=run.digest,
            cut_event_id=run.cut_event_id,
            generated_at=run.generated_at,
            generated_by=generated_by,
            inspection_remarks=run.inspection_remarks,
        )


_DOCKET_BY = {
    "sms": Message(QT_TRANSLATE_NOOP("register", "sent by SMS")),
    "qr": Message(QT_TRANSLATE_NOOP("register", "sent from the centre's mobile")),
    "slip": Message(QT_TRANSLATE_NOOP("register", "slip given")),
}
_DOCKET_GIVEN = Message(QT_TRANSLATE_NOOP("register", "given"))
_OUTCOME_WORDS = {
    "answered": Message(QT_TRANSLATE_NOOP("register", "answered")),
    "no_answer": Message(QT_TRANSLATE_NOOP("register", "no answer")),
    "busy": Message(QT_TRANSLATE_NOOP("register", "busy")),
    "switched_off": Message(QT_TRANSLATE_NOOP("register", "switched off")),
    "message_sent": Message(QT_TRANSLATE_NOOP("register", "message sent")),
}
_NO_OUTCOME = Message(QT_TRANSLATE_NOOP("register", "no outcome noted"))


def _with_reason(remark: Message, reason: object) -> Message:
    """`remark: reason`, or the remark alone when no reason was given."""
    text = str(reason or "").strip()
    if not text:
        return remark
    return Message(QT_TRANSLATE_NOOP("register", "{remark}: {reason}"), remark=remark, reason=text)


def _row(
    r: Mapping[str, Any],
    events: Sequence[DayEvent],
    assignments: int,
    day_end: datetime,
    liability: LiabilityLine | None = None,
) -> RegisterRow:
    """One complaint's line; its remarks are `Message`s, printed in the register's language."""
    callback: Callback | None = None
    remarks: list[str] = []
    contacts: dict[Any, str] = {}  # attempt id -> its outcome, for attempts to reach an officer
    dockets: list[str] = []  # how the caller was given the docket (sms, qr, slip)
    for event in events:
        at, kind, data, who = event.at, event.kind, event.data, event.who
        if kind == _CALLBACK:
            callback = Callback(str(data.get("outcome", "")), at, int(data.get("attempt", 0)))
        elif kind == _REOPENED:
            reopened = Message(QT_TRANSLATE_NOOP("register", "Reopened {at}"), at=_when(at))
            remarks.append(_with_reason(reopened, data.get("reason")))
        elif kind == _CANCELLED:
            if who:
                cancelled = Message(
                    QT_TRANSLATE_NOOP("register", "Cancelled {at} by {who}"), at=_when(at), who=who
                )
            else:
                cancelled = Message(QT_TRANSLATE_NOOP("register", "Cancelled {at}"), at=_when(at))
            remarks.append(_with_reason(cancelled, data.get("reason")))
        elif kind == _CLOSED and not data.get("verified"):
            unverified = Message(QT_TRANSLATE_NOOP("register", "Closed unverified"))
            remarks.append(_with_reason(unverified, data.get("reason")))
        elif kind == _AMENDED:
            remarks.append(_amendment(at, data, who, after_day=at >= day_end))
        elif kind == _LINKED:
            remarks.append(
                Message(
                    QT_TRANSLATE_NOOP("register", "Part of incident #{incident}"),
                    incident=data.get("incident_id"),
                )
            )
        elif kind == _UNLINKED:
            taken_out = Message(
                QT_TRANSLATE_NOOP("register", "Taken out of incident #{incident}"),
                incident=data.get("incident_id"),
            )
            remarks.append(_with_reason(taken_out, data.get("reason")))
        elif kind == _CONTACTED:
            contacts[data.get("attempt_id")] = _NO_OUTCOME
        elif kind == _CONTACT_OUTCOME:
            outcome = str(data.get("outcome", ""))
            contacts[data.get("attempt_id")] = _OUTCOME_WORDS.get(outcome, outcome)
        elif kind == _DOCKET_SENT:
            dockets.append(_DOCKET_BY.get(str(data.get("channel", "")), _DOCKET_GIVEN))
        elif kind == _ESCALATED:
            escalated = Message(
                QT_TRANSLATE_NOOP("register", "Escalated to {designation} {at}"),
                designation=str(data.get("to_designation", "")),
                at=_when(at),
            )
            remarks.append(_with_reason(escalated, data.get("reason")))
    if contacts:
        remarks.append(
            Message(
                QT_TRANSLATE_NOOP("register", "Officer contacted {count}× ({outcomes})"),
                count=len(contacts),
                outcomes=tuple(contacts.values()),
            )
        )
    if dockets:
        remarks.append(
            Message(
                QT_TRANSLATE_NOOP("register", "Docket {ways} to the caller"),
                ways=tuple(dict.fromkeys(dockets)),
            )
        )
    if assignments > 1:
        remarks.append(
            Message(QT_TRANSLATE_NOOP("register", "Assigned {count} times"), count=assignments)
        )
    if r["call_count"] > 1:
        remarks.append(
            Message(QT_TRANSLATE_NOOP("register", "{count} calls received"), count=r["call_count"])
        )
    return RegisterRow(
        id=r["id"],
        serial=r["serial"],
        docket=r["docket"],
        received_at=r["received_at"],
        channel=r["channel"],
        caller_name=r["caller_name"] or "",
        caller_mobile=r["caller_mobile"] or "",
        consumer_no=r["consumer_no"] or "",
        locality=r["locality"] or "",
        address=r["address"] or "",
        landmark=r["landmark"] or "",
        feeder_code=r["feeder_code"] or "",
        dt_code=r["dt_code"] or "",
        type_code=r["type_code"],
        type_name_en=r["type_name_en"],
        type_name_hi=r["type_name_hi"],
        danger=bool(r["danger"]),
        officer_name=r["officer_name"] or "",
        officer_designation=r["officer_designation"] or "",
        status=Status(r["status"]),
        assigned_at=r["assigned_at"],
        attended_at=r["attended_at"],
        resolved_at=r["resolved_at"],
        verified_at=r["verified_at"],
        closed_at=r["closed_at"],
        sop_hours=float(r["sop_hours"]),
        sop_due_at=r["sop_due_at"],
        callback=callback,
        call_count=int(r["call_count"]),
        reopen_count=int(r["reopen_count"]),
        cancel_reason=r["cancel_reason"] or "",
        logged_by=r["logged_by"] or "",
        logged_at=r["logged_at"],
        remarks=tuple(remarks),
        liability=liability,
    )


def _when(moment: datetime) -> str:
    return moment.astimezone(LOCAL_TZ).strftime("%d-%m %H:%M")


def _amendment(
    at: datetime, data: Mapping[str, Any], who: str | None, *, after_day: bool
) -> Message:
    """`amended` events are not written by any service yet; their data is expected to hold
    a `reason` and the changed fields (under `changes` or as plain keys)."""
    changes = data.get("changes")
    names = (
        sorted(changes)
        if isinstance(changes, Mapping)
        else sorted(k for k in data if k != "reason")
    )
    if who:
        text = Message(
            QT_TRANSLATE_NOOP("register", "Amended {at} by {who}"), at=_when(at), who=who
        )
    else:
        text = Message(QT_TRANSLATE_NOOP("register", "Amended {at}"), at=_when(at))
    if after_day:
        text = Message(QT_TRANSLATE_NOOP("register", "{remark} (after the day)"), remark=text)
    if names:
        text = Message(
            QT_TRANSLATE_NOOP("register", "{remark}: {fields}"), remark=text, fields=tuple(names)
        )
    reason = str(data.get("reason", "")).strip()
    if reason:
        text = Message(
            QT_TRANSLATE_NOOP("register", "{remark} ({reason})"), remark=text, reason=reason
        )
    return text


def _carried_over(
    s: Session, centre_id: int, day_start: datetime, day_end: datetime
) -> tuple[CarriedRow, ...]:
    """Complaints received before the day and not closed by its end, oldest first; the
    status at the end of the day is replayed from their events.

    Two statements, each able to use an index: those still open (by status), and those
    closed since the day ended (by closing time: fast once `complaint` has an index on
    `(centre_id, closed_at)`; until then this one reads the centre's closed complaints).
    """
    officer = aliased(Officer)
    query = (
        select(
            Complaint.id,
            Complaint.docket,
            Complaint.received_at,
            Complaint.caller_name,
            Complaint.caller_mobile,
            Complaint.locality,
            Feeder.code,
            ComplaintType.name_en,
            ComplaintType.name_hi,
            officer.name_en,
            officer.designation,
            Complaint.status,
            Complaint.sop_due_at,
            Complaint.closed_at,
        )
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .outerjoin(officer, officer.id == Complaint.assigned_officer_id)
        .where(Complaint.centre_id == centre_id, Complaint.received_at < day_start)
    )
    conn = s.connection()
    still_open = conn.execute(query.where(Complaint.status.in_(OPEN_STATUS_VALUES))).all()
    closed_later = conn.execute(
        query.where(Complaint.closed_at >= day_end, Complaint.status.in_(_CLOSED_VALUES))
    ).all()
    found = sorted([*still_open, *closed_later], key=lambda row: (row[2], row[0]))
    ids = [row[0] for row in found]
    states: dict[int, ComplaintState] = {cid: ComplaintState() for cid in ids}
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        history = conn.execute(
            select(
                ComplaintEvent.complaint_id,
                ComplaintEvent.at,
                ComplaintEvent.kind,
                ComplaintEvent.data,
            )
            .where(ComplaintEvent.complaint_id.in_(chunk), ComplaintEvent.at < day_end)
            .order_by(ComplaintEvent.id)
        )
        for cid, at, kind, data in history:
            apply_event(states[cid], at, kind, data)
    carried = []
    for row in found:
        cid, docket, received, caller, mobile, locality, feeder, t_en, t_hi = row[:9]
        officer_name, designation, status, due, closed = row[9:]
        now_status = Status(status)
        carried.append(
            CarriedRow(
                id=cid,
                docket=docket,
                received_at=received,
                caller_name=caller or "",
                caller_mobile=mobile or "",
                locality=locality or "",
                feeder_code=feeder or "",
                type_name_en=t_en,
                type_name_hi=t_hi,
                officer_name=officer_name or "",
                officer_designation=designation or "",
                status_at_day_end=states[cid].status,
                status_now=now_status,
                sop_due_at=due,
                closed_at=closed,
            )
        )
    return tuple(carried)


def _je_names(s: Session, centre_id: int) -> tuple[str, ...]:
    """The JEs answering for the centre's feeders (for the JE-in-charge block)."""
    names = s.scalars(
        select(Officer.name_en)
        .join(OfficerFeeder, OfficerFeeder.officer_id == Officer.id)
        .join(Feeder, Feeder.id == OfficerFeeder.feeder_id)
        .join(Pss, Pss.id == Feeder.pss_id)
        .where(
            Pss.centre_id == centre_id,
            Officer.designation == Designation.JE.value,
            Officer.active.is_(True),
        )
        .distinct()
        .order_by(Officer.name_en)
    ).all()
    return tuple(names)


class _Tally:
    __slots__ = ("label_en", "label_hi", "overdue", "pending", "received", "resolved", "verified")

    def __init__(self, label_en: str, label_hi: str) -> None:
        self.label_en, self.label_hi = label_en, label_hi
        self.received = self.resolved = self.verified = self.pending = self.overdue = 0

    def line(self, key: str) -> CountLine:
        return CountLine(
            key,
            self.label_en,
            self.label_hi,
            self.received,
            self.resolved,
            self.verified,
            self.pending,
            self.overdue,
        )


class _Counts:
    """The summary's and the shift blocks' counts, kept as the day's rows go by."""

    def __init__(self, now: datetime, shifts: Sequence[ShiftHours] = SHIFTS) -> None:
        self.now = now
        self.received = 0
        self.status: Counter[Status] = Counter()
        self.feeders: dict[str, _Tally] = {}
        self.types: dict[str, _Tally] = {}
        # officer name ("" when not assigned) -> [designation, pending today, earlier, overdue]
        self.officers: dict[str, list[Any]] = {}
        self.overdue = self.sop_met = self.sop_late = 0
        self.owing = self.compensation = 0
        self.shift_hours = tuple(shifts)
        self.clerks: dict[int, list[str]] = {i: [] for i in range(len(shifts))}
        self.by_shift: Counter[int] = Counter()

    def add(self, r: RegisterRow) -> None:
        now = self.now
        self.received += 1
        self.status[r.status] += 1
        pending = r.status in PENDING_STATUSES
        late = pending and r.sop_due_at < now
        self.overdue += late
        if r.status in RESOLVED_STATUSES and r.resolved_at is not None:
            if r.resolved_at <= r.sop_due_at:
                self.sop_met += 1
            else:
                self.sop_late += 1
        feeder = r.feeder_code
        t_f = self.feeders.get(feeder)
        if t_f is None:
            t_f = self.feeders[feeder] = _Tally(
                feeder or "Feeder not known", "" if feeder else "फीडर ज्ञात नहीं"
            )
        t_t = self.types.get(r.type_code)
        if t_t is None:
            t_t = self.types[r.type_code] = _Tally(r.type_name_en, r.type_name_hi)
        for tally in (t_f, t_t):
            tally.received += 1
            tally.resolved += r.status in RESOLVED_STATUSES
            tally.verified += r.status == Status.CLOSED_VERIFIED
            tally.pending += pending
            tally.overdue += late
        if pending:
            counts = self.officers.setdefault(r.officer_name, ["", 0, 0, 0])
            counts[0] = counts[0] or r.officer_designation
            counts[1] += 1
            counts[3] += late
        if r.liability is not None:
            self.owing += r.liability.total > 0
            self.compensation += r.liability.total
        # the shift it was logged in, by the local hour
        hour = r.logged_at.astimezone(LOCAL_TZ).hour
        for i, shift in enumerate(self.shift_hours):
            if shift.holds(hour):
                self.by_shift[i] += 1
                if r.logged_by and r.logged_by not in self.clerks[i]:
                    self.clerks[i].append(r.logged_by)
                break

    def shift_blocks(self) -> tuple[ShiftBlock, ...]:
        """A signature block per shift of the centre, with the clerks who logged the day's
        complaints in it."""
        return tuple(
            ShiftBlock(
                sh.name_en, sh.name_hi, sh.start, sh.end, tuple(self.clerks[i]), self.by_shift[i]
            )
            for i, sh in enumerate(self.shift_hours)
        )

    def summary(self, carried: Sequence[CarriedRow]) -> Summary:
        now, status = self.now, self.status
        officers = {name: list(counts) for name, counts in self.officers.items()}
        carried_pending = 0
        for c in carried:
            if c.status_now in PENDING_STATUSES:
                carried_pending += 1
                counts = officers.setdefault(c.officer_name, ["", 0, 0, 0])
                counts[0] = counts[0] or c.officer_designation
                counts[2] += 1
                counts[3] += c.sop_due_at < now
        by_officer = sorted(
            (OfficerPending(name, *counts) for name, counts in officers.items()),
            key=lambda o: (o.name == "", -(o.pending_today + o.pending_earlier), o.name),
        )
        return Summary(
            received=self.received,
            cancelled=status[Status.CANCELLED],
            resolved=sum(status[s] for s in RESOLVED_STATUSES),
            verified=status[Status.CLOSED_VERIFIED],
            unverified=status[Status.CLOSED_UNVERIFIED],
            awaiting_callback=status[Status.RESOLVED],
            pending=sum(status[s] for s in PENDING_STATUSES),
            overdue=self.overdue,
            sop_met=self.sop_met,
            sop_late=self.sop_late,
            carried_over=len(carried),
            carried_pending=carried_pending,
            by_feeder=tuple(
                t.line(k)
                for k, t in sorted(self.feeders.items(), key=lambda kv: (kv[0] == "", kv[0]))
            ),
            by_type=tuple(t.line(k) for k, t in sorted(self.types.items())),
            by_officer=tuple(by_officer),
            owing=self.owing,
            compensation=self.compensation,
        )
