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
from their rows (their histories are not read). The whole gathering is one read snapshot.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import or_, select
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
    """The open complaints of one feeder ("" code: feeder not known)."""

    code: str
    name_en: str
    name_hi: str
    rows: tuple[HandoverRow, ...]
    pending: int  # supply not yet restored
    overdue: int  # pending and past the SoP deadline at the handover
    awaiting_callback: int  # resolved, the consumer not yet called back

    @property
    def open(self) -> int:
        return len(self.rows)


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


@dataclass(frozen=True)
class HandoverData:
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


# ------------------------------------------------------------------------------ gathering


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
    now = now or utcnow()
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
        shifts = shifts_or_default(centre.shift_hours, centre_code=centre.code)
        shift, start, end = shift_ending_or_at(shifts, at.astimezone(LOCAL_TZ))
        start, end = start.astimezone(UTC), end.astimezone(UTC)
        found = _candidates(s, centre.id, start, at)
        history = _events(s, [r["id"] for r in found])
        states = _states_at(found, history, at)
        escalations = _escalations(found, states, history, at)
        incidents = _open_incidents(s, centre.id, start, at, states)
        officers = _officer_names(
            s,
            {st.assigned_officer_id for st in states.values()}
            | {e.from_id for e in escalations}
            | {e.to_id for e in escalations},
        )
        escalated = Counter(e.complaint_id for e in escalations)
        rows = [
            _row(r, states[r["id"]], officers, escalated[r["id"]])
            for r in found
            if r["id"] in states and states[r["id"]].status in OPEN_STATUSES
        ]
        dockets = {r["id"]: r["docket"] for r in found}
        pending = tuple(_pending(e, dockets[e.complaint_id], officers) for e in escalations)
        counts = _counts(found, states, history, start, at)
        heading = heading_of(centre)
        head = s.execute(
            select(ChainHead.last_event_id, ChainHead.last_hash).where(
                ChainHead.centre_id == centre.id
            )
        ).first()
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
    return HandoverData(
        centre=heading,
        at=at,
        shift=shift,
        shift_start=start,
        shift_end=end,
        outgoing_clerk=outgoing_clerk.strip(),
        note=note.strip(),
        groups=_groups(rows, found, at),
        incidents=incidents,
        escalations=pending,
        counts=counts,
        generated_at=now,
        generated_by=generated_by,
        chain_head_event=int(head[0]) if head else 0,
        chain_head=head[1] if head else "",
        incoming_clerk=taken[0] if taken else "",
        acknowledged_at=taken[1] if taken else None,
        first_printed_at=first.printed_at if first else None,
        first_printed_by=first.by if first else "",
        note_not_printed=note_not_printed,
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


def _candidates(
    s: Session, centre_id: int, shift_start: datetime, at: datetime
) -> list[Mapping[str, Any]]:
    """Complaints received by `at` that were open at some moment of the shift: those open
    now (by status), and those closed since the shift began (by closing time). Two
    statements, each able to use an index; oldest first."""
    query = (
        select(*_COLUMNS)
        .join(ComplaintType, ComplaintType.code == Complaint.type_code)
        .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
        .where(Complaint.centre_id == centre_id, Complaint.received_at <= at)
    )
    conn = s.connection()
    still_open = conn.execute(query.where(Complaint.status.in_(OPEN_STATUS_VALUES)))
    closed = conn.execute(
        query.where(Complaint.closed_at >= shift_start, Complaint.status.in_(_CLOSED_VALUES))
    )
    rows = [r._mapping for r in (*still_open, *closed)]
    rows.sort(key=lambda r: (r["received_at"], r["id"]))
    return rows


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


def _groups(
    rows: Sequence[HandoverRow], found: Iterable[Mapping[str, Any]], at: datetime
) -> tuple[FeederGroup, ...]:
    names = {r["feeder_code"] or "": (r["feeder_name_en"], r["feeder_name_hi"]) for r in found}
    by_feeder: dict[str, list[HandoverRow]] = defaultdict(list)
    for row in rows:  # already oldest first
        by_feeder[row.feeder_code].append(row)
    groups = []
    for code in sorted(by_feeder, key=lambda c: (c == "", c)):
        members = by_feeder[code]
        pending = [r for r in members if r.status in PENDING_STATUSES]
        name_en, name_hi = names.get(code, ("", ""))
        groups.append(
            FeederGroup(
                code=code,
                name_en=name_en or "",
                name_hi=name_hi or "",
                rows=tuple(members),
                pending=len(pending),
                overdue=sum(1 for r in pending if r.sop_due_at < at),
                awaiting_callback=sum(1 for r in members if r.status == Status.RESOLVED),
            )
        )
    return tuple(groups)


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
    states: Mapping[int, ComplaintState],
) -> tuple[OpenIncident, ...]:
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
    for state in states.values():
        if state.incident_id in ids:
            linked[state.incident_id] += 1
            open_linked[state.incident_id] += state.status in OPEN_STATUSES
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
