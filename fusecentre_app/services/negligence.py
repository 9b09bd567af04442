"""An officer's negligence case file: what the Executive Engineer needs, for one officer and a
period, to start departmental action, every fact traced to the record that proves it.

For the officer (found by employee id or mobile) and the India days `first` to `last`:
- every complaint assigned to them in the period (the `assigned` event naming them);
- every contact attempt to them in the period and its outcome (the attempt, and the
  `contacted` / `contact_outcome` events in the complaint's hash chain when it was about one);
- each SoP breach: a restoration deadline that fell in the period (and before the file was
  drawn) while the complaint was theirs and not yet resolved or cancelled, with the hours it
  ran late: to the resolution or cancellation after the deadline, or to the moment the file
  was drawn for one still not put right (the same rule as `services.accountability`);
- reopenings of complaints they resolved, with the consumer's callback that contradicted
  the resolution; and an inspector's call-back of a sample that contradicted it;
- the register days involved (each complaint's centre and day): the day's digest recomputed
  now with the register's own code (`services.register_day`), and every register print on
  record for the day with whether its printed digest still matches.

Reversed actions count for no one, as in the accountability figures. Nothing here writes,
except `record_file`, which puts the printed file on record like a register print.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import CompoundSelect, exists, func, or_, select, union
from sqlalchemy.orm import Session, aliased

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    Complaint,
    ComplaintEvent,
    ComplaintType,
    ContactAttempt,
    Feeder,
    InspectionSample,
    Officer,
    OfficerFeeder,
    Pss,
    RegisterPrint,
)
from fusecentre_app.domain.enums import ContactOutcome, Designation, EventKind
from fusecentre_app.domain.history import reversed_events
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import local_day_bounds, utcnow
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.register import CentreHeading, heading_of
from fusecentre_app.services.register_day import (
    current_cut,
    day_digest,
    load_day,
    one_snapshot,
)
from fusecentre_app.services.uow import Who, changing, permitted

_CHUNK = 500
_T = TypeVar("_T")
_ASSIGNED = EventKind.ASSIGNED.value
_RESOLVED = EventKind.RESOLVED.value
_CANCELLED = EventKind.CANCELLED.value
_REOPENED = EventKind.REOPENED.value
_CALLBACK = EventKind.CALLBACK.value
_FOLLOW_UP = EventKind.FOLLOW_UP.value
_REVERSED = EventKind.REVERSED.value
_CONTACTED = EventKind.CONTACTED.value
_CONTACT_OUTCOME = EventKind.CONTACT_OUTCOME.value
_WORK_KINDS = (_ASSIGNED, EventKind.ATTENDED.value, _RESOLVED, _REOPENED)
# What an inspector's call-back heard that says the resolution was not true.
CONTRADICTING_SAMPLES = frozenset({"not_restored", "never_complained"})
FILE_KIND = "negligence"  # the kind of its print on record


@dataclass(frozen=True, slots=True)
class OfficerInfo:
    id: int
    employee_id: str
    name_en: str
    name_hi: str
    designation: Designation
    mobile: str
    alternate_mobile: str | None
    active: bool
    feeders: tuple[str, ...]  # "F-BXR-03 Itarhi Road" (the feeders they answer for)
    centres: tuple[str, ...]  # codes of those feeders' centres
    reports_to: str  # "Name (JE)" or ""
    # The same in Hindi, for a file printed Hindi first: the store's Hindi names where it has
    # them (else the English).
    feeders_hi: tuple[str, ...] = ()
    centres_hi: tuple[str, ...] = ()  # "BXR बक्सर"
    reports_to_hi: str = ""


@dataclass(frozen=True, slots=True)
class ComplaintRef:
    id: int
    docket: str
    centre_code: str
    day: date
    received_at: datetime
    type_en: str
    type_hi: str
    feeder_code: str
    locality: str
    status: str  # now
    sop_due_at: datetime


@dataclass(frozen=True, slots=True)
class Assignment:
    """A complaint given to the officer in the period: the `assigned` event."""

    event_id: int
    at: datetime
    complaint: ComplaintRef
    attended_at: datetime | None  # their next attendance after it, if any
    resolved_at: datetime | None  # the resolution after it naming them, if any
    resolved_event_id: int | None


@dataclass(frozen=True, slots=True)
class ContactFact:
    attempt_id: int
    at: datetime
    channel: str
    number: str
    outcome: str | None  # None: no outcome recorded
    outcome_at: datetime | None
    complaint: ComplaintRef | None
    event_id: int | None  # the `contacted` event (attempts about a complaint)
    outcome_event_id: int | None

    @property
    def unanswered(self) -> bool:
        return self.outcome is not None and ContactOutcome(self.outcome).unanswered


@dataclass(frozen=True, slots=True)
class Breach:
    complaint: ComplaintRef
    due_at: datetime
    holder_event_id: int  # the `assigned` event that made the complaint theirs
    put_right_at: datetime | None  # resolution or cancellation after the deadline
    put_right_event_id: int | None
    hours_late: float  # to `put_right_at`, or to when the file was drawn


@dataclass(frozen=True, slots=True)
class Reopening:
    """A resolution of theirs reopened: the consumer's callback said supply was not restored,
    or the consumer called again after it."""

    complaint: ComplaintRef
    resolved_event_id: int
    resolved_at: datetime
    contradicted_by_event_id: int | None  # that callback or further call
    contradicted_by: str  # its kind: "callback" or "follow_up" ("" if none on record)
    reopened_event_id: int
    reopened_at: datetime
    reason: str


@dataclass(frozen=True, slots=True)
class SampleContradiction:
    """An inspector's call-back of a sampled complaint they resolved that denied it."""

    sample_id: int
    complaint: ComplaintRef
    resolved_event_id: int
    called_at: datetime
    outcome: str
    note: str


@dataclass(frozen=True, slots=True)
class PrintOnRecord:
    id: int
    printed_at: datetime
    printed_by: str
    digest: str
    cut_event_id: int
    still_matches: bool


@dataclass(frozen=True, slots=True)
class DayProof:
    """A register day the file's complaints belong to, and the digests that prove it."""

    centre_code: str
    day: date
    complaints: int  # of the file's complaints logged that day
    cut_event_id: int
    digest: str  # recomputed now, at `cut_event_id`
    prints: tuple[PrintOnRecord, ...]  # the register prints on record for the day


@dataclass(frozen=True, slots=True)
class NegligenceFile:
    officer: OfficerInfo
    first: date
    last: date
    drawn_at: datetime
    centre: CentreHeading  # the centre the file is kept at (the officer's, or their work's)
    assignments: tuple[Assignment, ...]
    contacts: tuple[ContactFact, ...]
    breaches: tuple[Breach, ...]
    reopenings: tuple[Reopening, ...]
    samples: tuple[SampleContradiction, ...]
    days: tuple[DayProof, ...]

    @property
    def hours_late(self) -> float:
        return sum(b.hours_late for b in self.breaches)

    @property
    def unanswered(self) -> int:
        return sum(1 for c in self.contacts if c.unanswered)

    @property
    def contradicted(self) -> int:
        """Calls (the consumer's callbacks and further calls, inspectors' call-backs) that
        contradicted a resolution of theirs."""
        return sum(1 for r in self.reopenings if r.contradicted_by_event_id is not None) + len(
            self.samples
        )

    @property
    def complaints(self) -> int:
        return len({a.complaint.id for a in self.assignments})


def find_officer(s: Session, key: str) -> Officer:
    """The officer whose employee id, mobile or alternate mobile this is."""
    key = key.strip()
    if not key:
        raise ValidationError(
            {
                "officer": Message(
                    QT_TRANSLATE_NOOP("messages", "Give the officer's employee id or mobile.")
                )
            }
        )
    found = s.scalar(select(Officer).where(Officer.employee_id == key.upper()))
    if found is None:
        found = s.scalar(select(Officer).where(Officer.employee_id == key))
    if found is None:
        try:
            mobile = normalise_phone(key)
        except InvalidPhoneNumber:
            mobile = ""
        if mobile:
            found = s.scalar(
                select(Officer)
                .where(or_(Officer.mobile == mobile, Officer.alternate_mobile == mobile))
                .order_by(Officer.id)
            )
    if found is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "No officer has the employee id or mobile {key!r}."),
                key=key,
            )
        )
    return found


def _officer_info(s: Session, o: Officer) -> tuple[OfficerInfo, list[int]]:
    feeders = s.execute(
        select(
            Feeder.code, Feeder.name_en, Pss.centre_id, Centre.code, Feeder.name_hi, Centre.name_hi
        )
        .join(OfficerFeeder, OfficerFeeder.feeder_id == Feeder.id)
        .join(Pss, Pss.id == Feeder.pss_id)
        .join(Centre, Centre.id == Pss.centre_id)
        .where(OfficerFeeder.officer_id == o.id)
        .order_by(Feeder.code)
    ).all()
    boss = s.get(Officer, o.reports_to_id) if o.reports_to_id else None
    centre_ids = list(dict.fromkeys(f[2] for f in feeders))
    info = OfficerInfo(
        o.id,
        o.employee_id,
        o.name_en,
        o.name_hi,
        Designation(o.designation),
        o.mobile,
        o.alternate_mobile,
        o.active,
        tuple(f"{f[0]} {f[1]}" for f in feeders),
        tuple(dict.fromkeys(f[3] for f in feeders)),
        f"{boss.name_en} ({boss.designation})" if boss else "",
        tuple(f"{f[0]} {f[4] or f[1]}" for f in feeders),
        tuple(dict.fromkeys(f"{f[3]} {f[5]}" if f[5] else f[3] for f in feeders)),
        f"{boss.name_hi or boss.name_en} ({boss.designation})" if boss else "",
    )
    return info, centre_ids


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    return (ids[i : i + _CHUNK] for i in range(0, len(ids), _CHUNK))


# The officer an assignment or resolution names (read in SQL, as the accountability figures do).
_named = ComplaintEvent.data["officer_id"].as_integer()


def _officers_complaints(
    officer_id: int, start: datetime, end: datetime, cutoff: datetime
) -> CompoundSelect:
    """The ids of the complaints the file may hold for the officer: an assignment to them in
    the period; a reopening in the period of a complaint whose events name them (its
    resolution may be theirs); a deadline in the period (and before `cutoff`) of a complaint
    once given to them (it may have been theirs when it fell due)."""
    named = aliased(ComplaintEvent)

    def names_them(complaint_id: Any, kinds: tuple[str, ...]) -> Any:
        return exists().where(
            named.complaint_id == complaint_id,
            named.kind.in_(kinds),
            named.data["officer_id"].as_integer() == officer_id,
        )

    given = select(ComplaintEvent.complaint_id).where(
        ComplaintEvent.at >= start,
        ComplaintEvent.at < end,
        ComplaintEvent.kind == _ASSIGNED,
        _named == officer_id,
    )
    reopened = select(ComplaintEvent.complaint_id).where(
        ComplaintEvent.at >= start,
        ComplaintEvent.at < end,
        ComplaintEvent.kind == _REOPENED,
        names_them(ComplaintEvent.complaint_id, (_ASSIGNED, _RESOLVED)),
    )
    due = select(Complaint.id).where(
        Complaint.sop_due_at >= start,
        Complaint.sop_due_at < cutoff,
        names_them(Complaint.id, (_ASSIGNED,)),
    )
    return union(given, reopened, due)


def gather_file(
    db: Database,
    officer_key: str,
    first: date,
    last: date,
    *,
    now: datetime | None = None,
) -> NegligenceFile:
    """The case file's facts for the officer from `first` to `last` (India days, both
    included), read in one snapshot; sorted by time, each with its event (or record) id."""
    if last < first:
        raise ValidationError(
            {"to": Message(QT_TRANSLATE_NOOP("messages", "The period ends before it begins."))}
        )
    start, end = local_day_bounds(first)[0], local_day_bounds(last)[1]
    drawn_at = now or utcnow()
    cutoff = min(end, drawn_at)
    with db.read() as s:
        one_snapshot(s)
        o = find_officer(s, officer_key)
        officer, own_centres = _officer_info(s, o)
        attempts = s.scalars(
            select(ContactAttempt)
            .where(
                ContactAttempt.officer_id == o.id,
                ContactAttempt.at >= start,
                ContactAttempt.at < end,
            )
            .order_by(ContactAttempt.at, ContactAttempt.id)
        ).all()
        asked_about = {a.complaint_id for a in attempts if a.complaint_id is not None}
        # Only the officer's complaints are read: those whose events name them and that were
        # given to them, reopened or due in the period, and those the attempts were about;
        # chosen in SQL, so the division's other work of a long period is never held here.
        candidates = sorted(
            {*s.scalars(_officers_complaints(o.id, start, end, cutoff)), *asked_about}
        )
        # Their histories are read a chunk at a time and each walked for the officer's part;
        # only those an inspector's call-back may have contradicted are kept (for the samples).
        found = _Found(set(), [], [], [], {})
        history: dict[int, list[Any]] = {}
        for chunk in _chunks(candidates):
            history.update(
                _read_chunk(s, found, o.id, chunk, start, end, cutoff, drawn_at, asked_about)
            )
        del candidates
        found.assignments.sort(key=lambda a: (a[1], a[0]))
        found.breaches.sort(key=lambda b: (b[1], b[0]))
        found.reopenings.sort(key=lambda r: (r[6], r[5]))
        # The register days are proved before the file's rows are made, so that a day's
        # records are read with as little else held as can be.
        in_file = sorted(found.involved | asked_about)
        per_day = _per_day(s, in_file)
        days = _days(s, per_day)
        centre = _file_centre(s, own_centres, per_day)
        refs = _refs(s, in_file)
        del in_file
        samples = _samples(s, o.id, history, refs, start, end)
        contacts = tuple(
            ContactFact(
                a.id,
                a.at,
                a.channel,
                a.number,
                a.outcome,
                a.outcome_at,
                refs.get(a.complaint_id) if a.complaint_id is not None else None,
                found.contact_events.get((a.id, _CONTACTED)),
                found.contact_events.get((a.id, _CONTACT_OUTCOME)),
            )
            for a in attempts
        )

    return NegligenceFile(
        officer,
        first,
        last,
        drawn_at,
        centre,
        _assignments(found, refs),
        contacts,
        tuple(
            Breach(refs[cid], due_at, held, put_at, put_id, late)
            for cid, due_at, held, put_at, put_id, late in found.breaches
        ),
        tuple(
            Reopening(refs[cid], res_id, res_at, by_id, by_kind, re_id, re_at, reason)
            for cid, res_id, res_at, by_id, by_kind, re_id, re_at, reason in found.reopenings
        ),
        samples,
        days,
    )


def _read_chunk(
    s: Session,
    found: _Found,
    officer_id: int,
    chunk: Sequence[int],
    start: datetime,
    end: datetime,
    cutoff: datetime,
    drawn_at: datetime,
    asked_about: set[int],
) -> dict[int, list[Any]]:
    """Walk the histories of a chunk of the candidates into `found`; return those an
    inspector's call-back in the period may have contradicted (the rest are let go here)."""
    due: dict[int, datetime] = {
        cid: at
        for cid, at in s.execute(
            select(Complaint.id, Complaint.sop_due_at).where(
                Complaint.id.in_(chunk),
                Complaint.sop_due_at >= start,
                Complaint.sop_due_at < cutoff,
            )
        )
    }
    sampled = set(
        s.scalars(
            select(InspectionSample.complaint_id).where(
                InspectionSample.complaint_id.in_(chunk),
                InspectionSample.called_at >= start,
                InspectionSample.called_at < end,
                InspectionSample.outcome.in_(sorted(CONTRADICTING_SAMPLES)),
            )
        )
    )
    part: defaultdict[int, list[Any]] = defaultdict(list)
    for row in s.execute(
        select(
            ComplaintEvent.complaint_id,
            ComplaintEvent.id,
            ComplaintEvent.at,
            ComplaintEvent.kind,
            ComplaintEvent.data,
        )
        .where(ComplaintEvent.complaint_id.in_(chunk))
        .order_by(ComplaintEvent.complaint_id, ComplaintEvent.id)
    ):
        part[row[0]].append(row)
    _walk(found, officer_id, part, due, start, end, drawn_at)
    return {
        cid: events
        for cid, events in part.items()
        if cid in sampled and (cid in found.involved or cid in asked_about)
    }


def _assignments(found: _Found, refs: Mapping[int, ComplaintRef]) -> tuple[Assignment, ...]:
    """The file's assignments, each working row let go as its fact is made (a long period's
    thousands of them are not held twice)."""
    rows = found.assignments
    rows.reverse()
    made: list[Assignment] = []
    while rows:
        event_id, at, cid, attended, resolved, resolved_id = rows.pop()
        made.append(Assignment(event_id, at, refs[cid], attended, resolved, resolved_id))
    return tuple(made)


@dataclass
class _Found:
    involved: set[int]
    assignments: list[tuple[int, datetime, int, datetime | None, datetime | None, int | None]]
    breaches: list[tuple[int, datetime, int, datetime | None, int | None, float]]
    reopenings: list[tuple[int, int, datetime, int | None, str, int, datetime, str]]
    contact_events: dict[tuple[int, str], int]


def _walk(
    found: _Found,
    officer_id: int,
    history: Mapping[int, list[Any]],
    due_at: dict[int, datetime],
    start: datetime,
    end: datetime,
    drawn_at: datetime,
) -> None:
    """Read each complaint's history (oldest first) for the officer's part in it, into
    `found` (in the order read: the caller sorts it once every history is read)."""
    for cid, events in history.items():
        undone = reversed_events((e[3], e[4]) for e in events)
        live = [e for e in events if e[1] not in undone and e[3] != _REVERSED]
        assignee: int | None = None
        resolver: tuple[int | None, int, datetime] | None = None  # who, event, when
        contradiction: tuple[int, str] | None = None  # the call that denied a resolution
        open_assignments: list[int] = []  # indexes into found.assignments of this complaint
        for _cid, event_id, at, kind, data in live:
            inside = start <= at < end
            if kind == _ASSIGNED:
                assignee = data.get("officer_id")
                open_assignments = []
                if assignee == officer_id and inside:
                    found.assignments.append((event_id, at, cid, None, None, None))
                    open_assignments.append(len(found.assignments) - 1)
                    found.involved.add(cid)
            elif kind == EventKind.ATTENDED.value:
                for i in open_assignments:
                    e, a_at, c, att, res, res_id = found.assignments[i]
                    if att is None:
                        found.assignments[i] = (e, a_at, c, at, res, res_id)
            elif kind == _RESOLVED:
                who = data.get("officer_id") or assignee
                resolver = (who, event_id, at)
                contradiction = None
                if who == officer_id:
                    for i in open_assignments:
                        e, a_at, c, att, res, res_id = found.assignments[i]
                        if res is None:
                            found.assignments[i] = (e, a_at, c, att, at, event_id)
            elif (kind == _CALLBACK and data.get("outcome") == "not_restored") or (
                kind == _FOLLOW_UP and resolver is not None
            ):
                contradiction = (event_id, kind)
            elif kind == _REOPENED:
                if inside and resolver is not None and resolver[0] == officer_id:
                    found.reopenings.append(
                        (
                            cid,
                            resolver[1],
                            resolver[2],
                            *(contradiction or (None, "")),
                            event_id,
                            at,
                            str(data.get("reason", "")),
                        )
                    )
                    found.involved.add(cid)
                resolver, contradiction = None, None
            elif (
                kind in (_CONTACTED, _CONTACT_OUTCOME)
                and data.get("officer_id") == officer_id
                and "attempt_id" in data
            ):
                found.contact_events[(int(data["attempt_id"]), kind)] = event_id

        deadline = due_at.get(cid)
        if deadline is not None:
            breach = _breach(officer_id, live, deadline, drawn_at)
            if breach is not None:
                found.breaches.append((cid, deadline, *breach))
                found.involved.add(cid)


def _breach(
    officer_id: int, live: list[Any], deadline: datetime, drawn_at: datetime
) -> tuple[int, datetime | None, int | None, float] | None:
    """(holder event, put right at, its event, hours late) when the complaint was the
    officer's at its deadline and not resolved or cancelled by then."""
    holder: tuple[int | None, int] | None = None
    done = False
    for _cid, event_id, at, kind, data in live:
        if at > deadline:
            break
        if kind == _ASSIGNED:
            holder = (data.get("officer_id"), event_id)
        elif kind in (_RESOLVED, _CANCELLED):
            done = True
        elif kind == _REOPENED:
            done = False
    if done or holder is None or holder[0] != officer_id:
        return None
    for _cid, event_id, at, kind, _data in live:
        if at > deadline and kind in (_RESOLVED, _CANCELLED):
            return holder[1], at, event_id, (at - deadline).total_seconds() / 3600
    return holder[1], None, None, max(0.0, (drawn_at - deadline).total_seconds() / 3600)


def _refs(s: Session, ids: Sequence[int]) -> dict[int, ComplaintRef]:
    refs: dict[int, ComplaintRef] = {}
    # A file of thousands of complaints names few types, feeders, centres, statuses, days
    # and villages: each is kept once, so what the file holds is its own rows, not copies.
    kept: dict[Any, Any] = {}

    def once(value: _T) -> _T:
        found: _T = kept.setdefault(value, value)
        return found

    for chunk in _chunks(list(ids)):
        for row in s.execute(
            select(
                Complaint.id,
                Complaint.docket,
                Centre.code,
                Complaint.day,
                Complaint.received_at,
                ComplaintType.name_en,
                ComplaintType.name_hi,
                Feeder.code,
                Complaint.locality,
                Complaint.status,
                Complaint.sop_due_at,
            )
            .join(Centre, Centre.id == Complaint.centre_id)
            .join(ComplaintType, ComplaintType.code == Complaint.type_code)
            .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
            .where(Complaint.id.in_(chunk))
        ):
            refs[row[0]] = ComplaintRef(
                row[0],
                row[1],
                once(row[2]),
                once(row[3]),
                row[4],
                once(row[5]),
                once(row[6]),
                once(row[7] or ""),
                once(row[8]),
                once(row[9]),
                row[10],
            )
    return refs


def _samples(
    s: Session,
    officer_id: int,
    history: dict[int, list[Any]],
    refs: dict[int, ComplaintRef],
    start: datetime,
    end: datetime,
) -> tuple[SampleContradiction, ...]:
    """Inspectors' call-backs in the period that denied a resolution of the officer's: the
    resolution standing when the consumer was called."""
    ids = [cid for cid in refs if cid in history]
    found: list[SampleContradiction] = []
    for chunk in _chunks(ids):
        rows = s.execute(
            select(
                InspectionSample.id,
                InspectionSample.complaint_id,
                InspectionSample.called_at,
                InspectionSample.outcome,
                InspectionSample.note,
            ).where(
                InspectionSample.complaint_id.in_(chunk),
                InspectionSample.called_at >= start,
                InspectionSample.called_at < end,
                InspectionSample.outcome.in_(sorted(CONTRADICTING_SAMPLES)),
            )
        ).all()
        for sample_id, cid, called_at, outcome, note in rows:
            if called_at is None or outcome is None:
                continue
            events = history[cid]
            undone = reversed_events((e[3], e[4]) for e in events)
            assignee: int | None = None
            standing: tuple[int | None, int] | None = None
            for _c, event_id, at, kind, data in events:
                if at > called_at:
                    break
                if event_id in undone or kind == _REVERSED:
                    continue
                if kind == _ASSIGNED:
                    assignee = data.get("officer_id")
                elif kind == _RESOLVED:
                    standing = (data.get("officer_id") or assignee, event_id)
                elif kind == _REOPENED:
                    standing = None
            if standing is not None and standing[0] == officer_id:
                found.append(
                    SampleContradiction(
                        sample_id, refs[cid], standing[1], called_at, outcome, note or ""
                    )
                )
    found.sort(key=lambda x: (x.called_at, x.sample_id))
    return tuple(found)


def _per_day(s: Session, ids: Sequence[int]) -> Counter[tuple[str, date]]:
    """How many of the file's complaints each register day (centre, day) holds."""
    counts: Counter[tuple[str, date]] = Counter()
    for chunk in _chunks(ids):
        for code, day, n in s.execute(
            select(Centre.code, Complaint.day, func.count())
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(Complaint.id.in_(chunk))
            .group_by(Centre.code, Complaint.day)
        ):
            counts[(code, day)] += n
    return counts


def _days(s: Session, counts: Mapping[tuple[str, date], int]) -> tuple[DayProof, ...]:
    """The register days of the file's complaints, each digest recomputed at the chain's
    head now, and the prints on record for the day checked against the records."""
    centres = {c.code: c for c in s.scalars(select(Centre))}
    return tuple(
        _day_proof(s, centres[code], day, counts[(code, day)]) for code, day in sorted(counts)
    )


def _day_proof(s: Session, centre: Centre, day: date, complaints: int) -> DayProof:
    """One register day's proof; its records are let go before the next day is read."""
    code = centre.code
    cut = current_cut(s, centre.id)
    rows, events = load_day(s, centre.id, day, None)
    printed = s.execute(
        select(RegisterPrint, AppUser.full_name)
        .outerjoin(AppUser, AppUser.id == RegisterPrint.user_id)
        .where(
            RegisterPrint.centre_id == centre.id,
            RegisterPrint.day == day,
            RegisterPrint.kind == "register",
        )
        .order_by(RegisterPrint.printed_at, RegisterPrint.id)
    ).all()
    prints = tuple(
        PrintOnRecord(
            p.id,
            p.printed_at,
            who or "",
            p.digest,
            p.cut_event_id,
            day_digest(code, day, p.cut_event_id, rows, events) == p.digest,
        )
        for p, who in printed
    )
    digest = day_digest(code, day, cut, rows, events)
    return DayProof(code, day, complaints, cut, digest, prints)


def _file_centre(
    s: Session, own_centres: Sequence[int], counts: Mapping[tuple[str, date], int]
) -> CentreHeading:
    """The officer's own centre (of their feeders), else the one most of the file is from."""
    centre: Centre | None = None
    if own_centres:
        centre = s.get(Centre, own_centres[0])
    elif counts:
        per_centre: Counter[str] = Counter()
        for (code, _day), n in counts.items():
            per_centre[code] += n
        code = per_centre.most_common(1)[0][0]
        centre = s.scalar(select(Centre).where(Centre.code == code))
    if centre is None:
        centre = s.scalar(select(Centre).order_by(Centre.id))
    if centre is None:
        raise NotFound(Message(QT_TRANSLATE_NOOP("messages", "The store has no centre yet.")))
    return heading_of(centre)


def check_may_draw(db: Database, centre_code: str, by: Who) -> None:
    """Refuse before anything is drawn when `by` may not put a case file on record."""
    with db.read() as s:
        centre = s.scalar(select(Centre.id).where(Centre.code == centre_code))
        permitted(s, by, UseCase.NEGLIGENCE_FILE, centre)


def pdf_digest(pdf: bytes) -> str:
    """The SHA-256 of the PDF as written, recorded with the print."""
    return hashlib.sha256(pdf).hexdigest()


def record_file(
    db: Database,
    case: NegligenceFile,
    *,
    pdf: bytes,
    pages: int,
    by: Who,
    now: datetime | None = None,
) -> int:
    """Put the printed case file on record (like a register print: who, when, the PDF's
    SHA-256, the chain head it was drawn at); returns the print's id."""
    with changing(db, by, UseCase.NEGLIGENCE_FILE, now=now) as c:
        centre = c.session.scalar(select(Centre).where(Centre.code == case.centre.code))
        if centre is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no centre with code {code!r}."),
                    code=case.centre.code,
                )
            )
        c.require(UseCase.NEGLIGENCE_FILE, centre.id)
        row = RegisterPrint(
            centre_id=centre.id,
            day=case.last,
            kind=FILE_KIND,
            digest=pdf_digest(pdf),
            cut_event_id=current_cut(c.session, centre.id),
            pages=pages,
            printed_at=c.now,
            user_id=c.user_id,
            note=(
                f"officer {case.officer.employee_id} {case.officer.name_en}, "
                f"{case.first.isoformat()} to {case.last.isoformat()}"
            ),
        )
        c.session.add(row)
        c.session.flush()
        c.saved("print", row.id, None, kind=f"{FILE_KIND}_printed", centre_id=centre.id)
        c.force_anchor = True
        return row.id
