"""The shift handover sheet as data: what the outgoing clerk hands over at a moment `at`.

`gather_handover` finds the centre's shift that ends at `at` or holds it (see
`services.shifts`) and collects, as of `at`:

- every complaint still open (new, assigned, attending, reopened, or resolved and awaiting
  its call back), grouped by feeder, oldest first in each group;
- the incidents open at `at`, with how many complaints were linked to each and how many of
  those were still open;
- the escalations recorded up to `at` on complaints still open;
- how many complaints were received, resolved, verified and cancelled during the shift (from
  its start up to `at`).

What "as of `at`" means here. A complaint is on the sheet if it had been logged by `at`
(`logged_at <= at`, which also puts its `received_at` before `at`) and its state at `at` was
open. That state is the complaint row when no event of the complaint is later than `at`;
otherwise it is replayed from the complaint's events up to `at` (`domain.history`), so a
sheet printed the next morning for last night's handover shows the officer, status,
resolution and incident each complaint had at the handover, not what happened since.
Caller, place, type and SoP deadline are printed as they are now (no service changes them;
`amended` events are not replayed). Incidents are open at `at` if opened by then and not
resolved by then; an incident's link count takes complaints closed before the shift began
from their rows (their histories are not read). The whole gathering is one read snapshot,
which `handover_run` reads twice: first the counts and the feeders' order, then, as the sheet
is printed, the open complaints a batch at a time (a sheet of any size in the same memory).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Select, or_, select
from sqlalchemy.orm import Session

from fusecentre_app import __version__
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    ChainHead,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    Dt,
    Feeder,
    Incident,
    Officer,
    RegisterPrint,
)
from fusecentre_app.domain.enums import (
    CLOSED_STATUSES,
    OPEN_STATUS_VALUES,
    OPEN_STATUSES,
    PENDING_STATUSES,
    EventKind,
    IncidentKind,
    Status,
)
from fusecentre_app.domain.history import ComplaintState, apply_event
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.timeutil import LOCAL_TZ, utcnow
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.register import CentreHeading, collector_paused, heading_of
from fusecentre_app.services.register_day import one_snapshot
from fusecentre_app.services.shift_change import first_print_of
from fusecentre_app.services.shifts import ShiftHours, shift_ending_or_at, shifts_or_default

_CHUNK = 900  # ids per IN list (SQLite allows 999 parameters in old builds)
_CLOSED_VALUES = tuple(sorted(s.value for s in CLOSED_STATUSES))
_RESOLVED = EventKind.RESOLVED.value
_CLOSED = EventKind.CLOSED.value
_CANCELLED = EventKind.CANCELLED.value
_ESCALATED = EventKind.ESCALATED.value


# ------------------------------------------------------------------------------ the data


@dataclass(frozen=True)
class HandoverRow:
    """An open complaint as it stood at the handover."""

    id: int
    serial: int
    docket: str
    received_at: datetime
    caller_name: str
    caller_mobile: str
    locality: str
    feeder_code: str
    type_name_en: str
    type_name_hi: str
    danger: bool
    status: Status
    officer_name: str
    officer_designation: str
    sop_due_at: datetime
    resolved_at: datetime | None
    incident_id: int | None
    call_count: int
    reopen_count: int
    escalations: int = 0


@dataclass(frozen=True)
class FeederGroup:
    """The open complaints of one feeder ("" code: feeder not known): their counts, and the
    rows themselves in `HandoverData` (a `HandoverRun` reads them as they are printed)."""

    code: str
    name_en: str
    name_hi: str
    open: int
    pending: int  # supply not yet restored
    overdue: int  # pending and past the SoP deadline at the handover
    awaiting_callback: int  # resolved, the consumer not yet called back
    rows: tuple[HandoverRow, ...] = ()


@dataclass(frozen=True)
class OpenIncident:
    id: int
    kind: IncidentKind
    feeder_code: str
    feeder_name_en: str
    feeder_name_hi: str
    dt_name_en: str
    opened_at: datetime
    opened_by: str
    note: str
    linked: int  # complaints linked to it at the handover
    open_linked: int  # of those, still open


@dataclass(frozen=True)
class PendingEscalation:
    """An escalation recorded on a complaint that was still open at the handover."""

    complaint_id: int
    docket: str
    at: datetime
    from_officer: str
    from_designation: str
    to_officer: str
    to_designation: str
    reason: str


@dataclass(frozen=True)
class ShiftCounts:
    """Complaints received, and complaints resolved, verified by call back and cancelled,
    from the start of the shift up to the handover."""

    received: int
    resolved: int
    verified: int
    cancelled: int


class _Totals:
    """The sheet's totals, from its feeders' (a sheet gathered whole, and one printed as it
    is read)."""

    groups: tuple[FeederGroup, ...]

    @property
    def open(self) -> int:
        return sum(g.open for g in self.groups)

    @property
    def pending(self) -> int:
        return sum(g.pending for g in self.groups)

    @property
    def overdue(self) -> int:
        return sum(g.overdue for g in self.groups)

    @property
    def awaiting_callback(self) -> int:
        return sum(g.awaiting_callback for g in self.groups)


@dataclass(frozen=True)
class HandoverData(_Totals):
    centre: CentreHeading
    at: datetime  # the handover moment (UTC)
    shift: ShiftHours
    shift_start: datetime  # UTC
    shift_end: datetime  # UTC
    outgoing_clerk: str
    note: str
    groups: tuple[FeederGroup, ...]
    incidents: tuple[OpenIncident, ...]
    escalations: tuple[PendingEscalation, ...]
    counts: ShiftCounts
    generated_at: datetime
    generated_by: str
    app_version: str = __version__
    # Where the centre's event chain stood when the sheet was made: the paper is an anchor
    # a later rebuild of the chain cannot match.
    chain_head_event: int = 0
    chain_head: str = ""
    # The incoming clerk who took over (signed in and acknowledged), once they have.
    incoming_clerk: str = ""
    acknowledged_at: datetime | None = None
    # Printed again: when the sheet of this handover was first printed, and by whom.
    first_printed_at: datetime | None = None
    first_printed_by: str = ""
    # A note typed for a sheet printed again: not on it (the sheet keeps its first note).
    note_not_printed: str = ""

    @property
    def rows(self) -> tuple[HandoverRow, ...]:
        """The open complaints in printed order (feeder by feeder)."""
        return tuple(row for group in self.groups for row in group.rows)

    def rows_of(self, group: FeederGroup) -> Iterable[HandoverRow]:
        """A feeder's open complaints, oldest first (as `HandoverRun.rows_of`)."""
        return group.rows


# ------------------------------------------------------------------------------ gathering


class HandoverRun(_Totals):
    """A handover sheet read from the store as it is printed (`handover_run`): what
    `HandoverData` holds, but the open complaints are read twice in one snapshot, first for
    the counts and the feeders' order (a date and an id each), then a batch at a time,
    feeder by feeder, as `rows_of` is asked, so that a sheet of any size is printed in the
    same memory."""

    def __init__(
        self,
        s: Session,
        centre: Centre,
        at: datetime,
        *,
        outgoing_clerk: str,
        note: str,
        note_not_printed: str,
        first: _FirstPrint | None,
        now: datetime,
        generated_by: str,
    ) -> None:
        shifts = shifts_or_default(centre.shift_hours, centre_code=centre.code)
        shift, start, end = shift_ending_or_at(shifts, at.astimezone(LOCAL_TZ))
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        self._s = s
        self._centre_id = centre.id
        self.centre = heading_of(centre)
        self.at = at
        self.shift = shift
        self.shift_start = start
        self.shift_end = end
        self.outgoing_clerk = outgoing_clerk.strip()
        self.note = note.strip()
        self.generated_at = now
        self.generated_by = generated_by
        self.app_version = __version__
        self.first_printed_at = first.printed_at if first else None
        self.first_printed_by = first.by if first else ""
        self.note_not_printed = note_not_printed

        received = resolved = verified = cancelled = 0
        names: dict[str, tuple[str, str]] = {}
        order: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
        pending: Counter[str] = Counter()
        overdue: Counter[str] = Counter()
        awaiting: Counter[str] = Counter()
        linked: Counter[int] = Counter()
        open_linked: Counter[int] = Counter()
        officer_ids: set[int | None] = set()
        escalations: list[_Escalation] = []
        dockets: dict[int, str] = {}
        for found in _candidate_batches(s, centre.id, start, at):
            history = _events(s, [r["id"] for r in found])
            states = _states_at(found, history, at)
            counts = _counts(found, states, history, start, at)
            received += counts.received
            resolved += counts.resolved
            verified += counts.verified
            cancelled += counts.cancelled
            escalated = _escalations(found, states, history, at)
            escalations.extend(escalated)
            for r in found:
                code = r["feeder_code"] or ""
                names[code] = (r["feeder_name_en"], r["feeder_name_hi"])
                state = states.get(r["id"])
                if state is None:
                    continue
                officer_ids.add(state.assigned_officer_id)
                if state.incident_id is not None:
                    linked[state.incident_id] += 1
                    open_linked[state.incident_id] += state.status in OPEN_STATUSES
                if state.status not in OPEN_STATUSES:
                    continue
                order[code].append((r["received_at"], r["id"]))
                if state.status in PENDING_STATUSES:
                    pending[code] += 1
                    overdue[code] += r["sop_due_at"] < at
                awaiting[code] += state.status == Status.RESOLVED
            if escalated:
                docket = {r["id"]: r["docket"] for r in found}
                dockets.update({e.complaint_id: docket[e.complaint_id] for e in escalated})
        escalations.sort(key=lambda e: (e.at, e.complaint_id))
        for members in order.values():
            members.sort()
        self._order = order
        self._escalated = Counter(e.complaint_id for e in escalations)
        self._officers = _officer_names(
            s, officer_ids | {e.from_id for e in escalations} | {e.to_id for e in escalations}
        )
        self.escalations = tuple(
            _pending(e, dockets[e.complaint_id], self._officers) for e in escalations
        )
        self.incidents = _open_incidents(s, centre.id, start, at, linked, open_linked)
        self.counts = ShiftCounts(received, resolved, verified, cancelled)
        self.groups = tuple(
            FeederGroup(
                code=code,
                name_en=names.get(code, ("", ""))[0] or "",
                name_hi=names.get(code, ("", ""))[1] or "",
                open=len(order[code]),
                pending=pending[code],
                overdue=overdue[code],
                awaiting_callback=awaiting[code],
            )
            for code in sorted(order, key=lambda c: (c == "", c))
        )
        head = s.execute(
            select(ChainHead.last_event_id, ChainHead.last_hash).where(
                ChainHead.centre_id == centre.id
            )
        ).first()
        self.chain_head_event = int(head[0]) if head else 0
        self.chain_head = head[1] if head else ""
        taken = s.execute(
            select(AppUser.full_name, RegisterPrint.acknowledged_at)
            .join(AppUser, AppUser.id == RegisterPrint.acknowledged_by_id)
            .where(
                RegisterPrint.centre_id == centre.id,
                RegisterPrint.kind == "handover",
                RegisterPrint.as_of == at,
            )
            .order_by(RegisterPrint.acknowledged_at)
            .limit(1)
        ).first()
        self.incoming_clerk = taken[0] if taken else ""
        self.acknowledged_at = taken[1] if taken else None

    def rows_of(self, group: FeederGroup) -> Iterator[HandoverRow]:
        """A feeder's open complaints, oldest first, read a batch at a time (only while
        the run's block is open)."""
        ids = [cid for _received, cid in self._order.get(group.code, ())]
        query = _candidates_query(self._centre_id, self.at)
        for first in range(0, len(ids), _CHUNK):
            chunk = ids[first : first + _CHUNK]
            result = self._s.connection().execute(query.where(Complaint.id.in_(chunk)))
            by_id = {r["id"]: r for r in (row._mapping for row in result)}
            found = [by_id[cid] for cid in chunk]
            states = _states_at(found, _events(self._s, chunk), self.at)
            for r in found:
                yield _row(r, states[r["id"]], self._officers, self._escalated[r["id"]])


def _moment_of(at: datetime, now: datetime) -> datetime:
    at = (at.replace(tzinfo=LOCAL_TZ) if at.tzinfo is None else at).astimezone(UTC)
    if at > now:
        raise ValidationError(
            {
                "at": Message(
                    QT_TRANSLATE_NOOP("messages", "{at:%d-%m-%Y %H:%M} is still ahead."),
                    at=at.astimezone(LOCAL_TZ),
                )
            }
        )
    return at


@contextmanager
def handover_run(
    db: Database,
    centre_code: str,
    at: datetime,
    *,
    outgoing_clerk: str,
    note: str = "",
    generated_by: str,
    now: datetime | None = None,
) -> Iterator[HandoverRun]:
    """The handover sheet of `centre_code` at `at`, read while it is printed: everything
    in one read snapshot, which stays open until the block ends (see the module docstring
    for "as of `at`"). A naive `at` is India time; a future one is refused."""
    now = now or utcnow()
    at = _moment_of(at, now)
    with collector_paused(), db.read() as s:
        one_snapshot(s)
        centre = s.scalar(select(Centre).where(Centre.code == centre_code.strip().upper()))
        if centre is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no centre with code {centre_code!r}."),
                    centre_code=centre_code,
                )
            )
        first = _first_print(s, centre.id, at)
        note_not_printed = ""
        if first is not None:  # printed again: the same sheet, the outgoing clerk's own
            outgoing_clerk = first.outgoing or first.by or outgoing_clerk
            if note.strip() and note.strip() != first.note:
                note_not_printed = note.strip()
            note = first.note
        run = HandoverRun(
            s,
            centre,
            at,
            outgoing_clerk=outgoing_clerk,
            note=note,
            note_not_printed=note_not_printed,
            first=first,
            now=now,
            generated_by=generated_by,
        )
        yield run


def gather_handover(
    db: Database,
    centre_code: str,
    at: datetime,
    *,
    outgoing_clerk: str,
    note: str = "",
    generated_by: str,
    now: datetime | None = None,
) -> HandoverData:
    """Everything the handover sheet of `centre_code` at `at` prints (see the module
    docstring for "as of `at`"). A naive `at` is India time; a future one is refused."""
    with handover_run(
        db,
        centre_code,
        at,
        outgoing_clerk=outgoing_clerk,
        note=note,
        generated_by=generated_by,
        now=now,
    ) as run:
        groups = tuple(replace(g, rows=tuple(run.rows_of(g))) for g in run.groups)
    return HandoverData(
        centre=run.centre,
        at=run.at,
        shift=run.shift,
        shift_start=run.shift_start,
        shift_end=run.shift_end,
        outgoing_clerk=run.outgoing_clerk,
        note=run.note,
        groups=groups,
        incidents=run.incidents,
        escalations=run.escalations,
        counts=run.counts,
        generated_at=run.generated_at,
        generated_by=run.generated_by,
        chain_head_event=run.chain_head_event,
        chain_head=run.chain_head,
        incoming_clerk=run.incoming_clerk,
        acknowledged_at=run.acknowledged_at,
        first_printed_at=run.first_printed_at,
        first_printed_by=run.first_printed_by,
        note_not_printed=run.note_not_printed,
    )


@dataclass(frozen=True)
class _FirstPrint:
    printed_at: datetime
    by: str
    outgoing: str
    note: str


def _first_print(s: Session, centre_id: int, at: datetime) -> _FirstPrint | None:
    """The first print of the handover sheet of this very moment: printing a handover again
    (the moment found by `handover_moment`) gives that sheet, its outgoing clerk and note."""
    row = first_print_of(s, centre_id, at)
    if row is None:
        return None
    printer = s.get(AppUser, row.user_id) if row.user_id is not None else None
    return _FirstPrint(
        row.printed_at, printer.full_name if printer else "", row.outgoing_clerk, row.note
    )


def handover_moment(db: Database, centre_code: str, minute: datetime) -> datetime | None:
    """The exact moment of the centre's first handover sheet printed for this minute, if
    there is one: choosing a past minute on the desk, or `--at` on the command line, prints
    that sheet again rather than a new one of the minute's start."""
    minute = (minute.replace(tzinfo=LOCAL_TZ) if minute.tzinfo is None else minute).astimezone(UTC)
    minute = minute.replace(second=0, microsecond=0)
    with db.read() as s:
        return s.scalar(
            select(RegisterPrint.as_of)
            .join(Centre, Centre.id == RegisterPrint.centre_id)
            .where(
                Centre.code == centre_code.strip().upper(),
                RegisterPrint.kind == "handover",
                RegisterPrint.as_of >= minute,
                RegisterPrint.as_of < minute + timedelta(minutes=1),
            )
            .order_by(RegisterPrint.id)
            .limit(1)
        )


_COLUMNS = (
    Complaint.id,
    Complaint.serial,
    Complaint.docket,
    Complaint.received_at,
    Complaint.logged_at,
    Complaint.caller_name,
    Complaint.caller_mobile,
    Complaint.locality,
    Feeder.code.label("feeder_code"),
    Feeder.name_en.label("feeder_name_en"),
    Feeder.name_hi.label("feeder_name_hi"),
    ComplaintType.name_en.label("type_name_en"),
    ComplaintType.name_hi.label("type_name_hi"),
    ComplaintType.danger,
    Complaint.status,
    Complaint.sop_due_at,
    Complaint.assigned_officer_id,
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
    Complaint.version,
    Complaint.resolution_cause,
    Complaint.resolution_note,
)


def _candidates_query(centre_id: int, at: datetime) -> Select[Any]:
    return (
        select(*_COLUMNS)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .where(Complaint.centre_id == centre_id, Complaint.received_at <= at)
    )


def _candidate_batches(
    s: Session, centre_id: int, shift_start: datetime, at: datetime
) -> Iterator[list[Mapping[str, Any]]]:
    """Complaints received by `at` that were open at some moment of the shift, a batch at
    a time: those open now (by status), and those closed since the shift began (by closing
    time). Two statements, each able to use an index."""
    query = _candidates_query(centre_id, at)
    conn = s.connection()
    for wanted in (
        query.where(Complaint.status.in_(OPEN_STATUS_VALUES)),
        query.where(Complaint.closed_at >= shift_start, Complaint.status.in_(_CLOSED_VALUES)),
    ):
        result = conn.execute(wanted, execution_options={"yield_per": _CHUNK})
        for part in result.partitions():
            yield [r._mapping for r in part]


def _events(s: Session, ids: Sequence[int]) -> dict[int, list[tuple[datetime, str, Any]]]:
    """Every event of the complaints, (at, kind, data) in id order, by complaint."""
    found: dict[int, list[tuple[datetime, str, Any]]] = defaultdict(list)
    conn = s.connection()
    for first in range(0, len(ids), _CHUNK):
        chunk = ids[first : first + _CHUNK]
        rows = conn.execute(
            select(
                ComplaintEvent.complaint_id,
                ComplaintEvent.at,
                ComplaintEvent.kind,
                ComplaintEvent.data,
            )
            .where(ComplaintEvent.complaint_id.in_(chunk))
            .order_by(ComplaintEvent.id)
        )
        for cid, when, kind, data in rows:
            found[cid].append((when, kind, data or {}))
    return found


def _states_at(
    found: Iterable[Mapping[str, Any]],
    history: Mapping[int, Sequence[tuple[datetime, str, Any]]],
    at: datetime,
) -> dict[int, ComplaintState]:
    """The state at `at` of each complaint logged by then: its row if nothing happened to it
    later, else its events up to `at` replayed."""
    states: dict[int, ComplaintState] = {}
    for r in found:
        if r["logged_at"] > at:
            continue
        events = history.get(r["id"], ())
        if all(when <= at for when, _kind, _data in events):
            states[r["id"]] = ComplaintState.of(r)
            continue
        state = ComplaintState()
        for when, kind, data in events:
            if when <= at:
                apply_event(state, when, kind, data)
        states[r["id"]] = state
    return states


class _Escalation(NamedTuple):
    complaint_id: int
    at: datetime
    from_id: int | None
    to_id: int | None
    data: Mapping[str, Any]


def _escalations(
    found: Iterable[Mapping[str, Any]],
    states: Mapping[int, ComplaintState],
    history: Mapping[int, Sequence[tuple[datetime, str, Any]]],
    at: datetime,
) -> list[_Escalation]:
    """The escalations recorded up to `at` on complaints open at `at`, oldest first."""
    escalations = []
    for r in found:
        state = states.get(r["id"])
        if state is None or state.status not in OPEN_STATUSES:
            continue
        for when, kind, data in history.get(r["id"], ()):
            if kind == _ESCALATED and when <= at:
                escalations.append(
                    _Escalation(
                        r["id"], when, data.get("from_officer_id"), data.get("to_officer_id"), data
                    )
                )
    escalations.sort(key=lambda e: (e.at, e.complaint_id))
    return escalations


def _pending(
    e: _Escalation, docket: str, officers: Mapping[int | None, tuple[str, str]]
) -> PendingEscalation:
    from_name, from_designation = officers.get(e.from_id, ("", ""))
    to_name, to_designation = officers.get(e.to_id, ("", ""))
    return PendingEscalation(
        complaint_id=e.complaint_id,
        docket=docket,
        at=e.at,
        from_officer=from_name,
        from_designation=from_designation,
        to_officer=to_name,
        to_designation=to_designation or str(e.data.get("to_designation", "")),
        reason=str(e.data.get("reason", "")).strip(),
    )


def _officer_names(s: Session, ids: Iterable[int | None]) -> dict[int | None, tuple[str, str]]:
    wanted = sorted({i for i in ids if i is not None})
    names: dict[int | None, tuple[str, str]] = {}
    for first in range(0, len(wanted), _CHUNK):
        rows = s.execute(
            select(Officer.id, Officer.name_en, Officer.designation).where(
                Officer.id.in_(wanted[first : first + _CHUNK])
            )
        )
        names.update({oid: (name, designation) for oid, name, designation in rows})
    return names


def _row(
    r: Mapping[str, Any],
    state: ComplaintState,
    officers: Mapping[int | None, tuple[str, str]],
    escalations: int,
) -> HandoverRow:
    name, designation = officers.get(state.assigned_officer_id, ("", ""))
    return HandoverRow(
        id=r["id"],
        serial=r["serial"],
        docket=r["docket"],
        received_at=r["received_at"],
        caller_name=r["caller_name"] or "",
        caller_mobile=r["caller_mobile"] or "",
        locality=r["locality"] or "",
        feeder_code=r["feeder_code"] or "",
        type_name_en=r["type_name_en"],
        type_name_hi=r["type_name_hi"],
        danger=bool(r["danger"]),
        status=state.status,
        officer_name=name,
        officer_designation=designation,
        sop_due_at=r["sop_due_at"],
        resolved_at=state.resolved_at,
        incident_id=state.incident_id,
        call_count=state.call_count,
        reopen_count=state.reopen_count,
        escalations=escalations,
    )


def _counts(
    found: Iterable[Mapping[str, Any]],
    states: Mapping[int, ComplaintState],
    history: Mapping[int, Sequence[tuple[datetime, str, Any]]],
    start: datetime,
    at: datetime,
) -> ShiftCounts:
    """Each complaint counts once per column, however often it was, say, resolved."""
    received = resolved = verified = cancelled = 0
    for r in found:
        if r["id"] not in states:
            continue
        received += start <= r["received_at"] <= at
        during = [(k, d) for when, k, d in history.get(r["id"], ()) if start <= when <= at]
        resolved += any(kind == _RESOLVED for kind, _data in during)
        verified += any(kind == _CLOSED and data.get("verified") for kind, data in during)
        cancelled += any(kind == _CANCELLED for kind, _data in during)
    return ShiftCounts(received, resolved, verified, cancelled)


def _open_incidents(
    s: Session,
    centre_id: int,
    shift_start: datetime,
    at: datetime,
    linked_to: Mapping[int, int],
    open_linked_to: Mapping[int, int],
) -> tuple[OpenIncident, ...]:
    """The incidents open at `at`; `linked_to` and `open_linked_to` count, by incident,
    the complaints of the shift linked to it at `at` and those of them still open."""
    found = s.execute(
        select(Incident, Feeder.code, Feeder.name_en, Feeder.name_hi, Dt.name_en, AppUser.full_name)
        .join(Feeder, Feeder.id == Incident.feeder_id)
        .outerjoin(Dt, Dt.id == Incident.dt_id)
        .outerjoin(AppUser, AppUser.id == Incident.opened_by_id)
        .where(
            Incident.centre_id == centre_id,
            Incident.opened_at <= at,
            or_(Incident.resolved_at.is_(None), Incident.resolved_at > at),
        )
        .order_by(Incident.opened_at, Incident.id)
    ).all()
    if not found:
        return ()
    ids = [incident.id for incident, *_rest in found]
    linked: dict[int, int] = defaultdict(int)
    open_linked: dict[int, int] = defaultdict(int)
    for incident_id in ids:
        linked[incident_id] = linked_to.get(incident_id, 0)
        open_linked[incident_id] = open_linked_to.get(incident_id, 0)
    # Complaints closed before the shift began are not among the states: their rows say.
    earlier = s.execute(
        select(Complaint.incident_id).where(
            Complaint.incident_id.in_(ids), Complaint.closed_at < shift_start
        )
    )
    for (incident_id,) in earlier:
        linked[incident_id] += 1
    return tuple(
        OpenIncident(
            id=incident.id,
            kind=IncidentKind(incident.kind),
            feeder_code=code,
            feeder_name_en=name_en,
            feeder_name_hi=name_hi,
            dt_name_en=dt_name or "",
            opened_at=incident.opened_at,
            opened_by=opened_by or "",
            note=incident.note,
            linked=linked[incident.id],
            open_linked=open_linked[incident.id],
        )
        for incident, code, name_en, name_hi, dt_name, opened_by in found
    )
