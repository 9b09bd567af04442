"""Reaching the right officer: whom to contact for a complaint, the dispatch message, the
links a PC hands to a phone app, every attempt on record, and the escalation ladder.

The EE published every officer's mobile so that faults reach the right person at once. For
a complaint the desk contacts the assigned officer, or else the feeder's lineman, then its
JE. Each click (call, QR, WhatsApp, SMS, copy) is a `ContactAttempt`, and the clerk records
its outcome with one click. After `ESCALATE_AFTER` unanswered attempts, or when the SoP
deadline is within `ESCALATE_BEFORE_DUE`, the next officer up (lineman → JE → SDO → EE) is
offered; an escalation is an event on the complaint. Attempts about a complaint are events
in its history too, so the record of who did not answer is in the hash chain. Giving the
caller the docket (SMS, QR, printed slip) is a contact with the consumer, an event as well.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    Centre,
    Complaint,
    ComplaintType,
    ContactAttempt,
    Dt,
    Feeder,
    Officer,
    OfficerFeeder,
)
from fusecentre_app.domain.dispatch import (
    DispatchFacts,
    outcomes_for,
)
from fusecentre_app.domain.enums import (
    PENDING_STATUSES,
    ContactChannel,
    ContactOutcome,
    Designation,
    DocketChannel,
    EventKind,
    Status,
)
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError
from fusecentre_app.services.lifecycle import ComplaintChange, run_action
from fusecentre_app.services.register import CentreHeading, heading_of
from fusecentre_app.services.uow import changing

ESCALATE_AFTER = 2  # unanswered attempts to one officer about one complaint
ESCALATE_BEFORE_DUE = timedelta(hours=1)
_RANK = {Designation.LINEMAN: 0, Designation.JE: 1, Designation.SDO: 2, Designation.EE: 3}


@dataclass(frozen=True)
class Contact:
    """An officer as the contact panel shows them."""

    id: int
    employee_id: str
    name_en: str
    name_hi: str
    designation: Designation
    mobile: str
    alternate_mobile: str | None
    reports_to_id: int | None


@dataclass(frozen=True)
class Attempt:
    id: int
    officer_id: int
    officer_name: str
    complaint_id: int | None
    channel: ContactChannel
    number: str
    at: datetime
    outcome: ContactOutcome | None


def _contact(o: Officer) -> Contact:
    return Contact(
        o.id,
        o.employee_id,
        o.name_en,
        o.name_hi,
        Designation(o.designation),
        o.mobile,
        o.alternate_mobile,
        o.reports_to_id,
    )


def officer(db: Database, officer_id: int) -> Contact:
    with db.read() as s:
        found = s.get(Officer, officer_id)
        if found is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This officer is not in the directory."))
            )
        return _contact(found)


def next_up(db: Database, officer_id: int) -> Contact | None:
    """The officer this one reports to (lineman → JE → SDO → EE); None at the top."""
    with db.read() as s:
        found = s.get(Officer, officer_id)
        if found is None or found.reports_to_id is None:
            return None
        boss = s.get(Officer, found.reports_to_id)
        return _contact(boss) if boss is not None else None


def responsible_for(db: Database, complaint_id: int) -> list[Contact]:
    """Whom to contact about a complaint, first choice first: the assigned officer, then the
    feeder's linemen, then its JEs (active officers only)."""
    rank = case({d.value: r for d, r in _RANK.items()}, value=Officer.designation, else_=9)
    with db.read() as s:
        row = s.get(Complaint, complaint_id)
        if row is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This complaint is not in the database."))
            )
        found: list[Officer] = []
        if row.assigned_officer_id is not None:
            assigned = s.get(Officer, row.assigned_officer_id)
            if assigned is not None:
                found.append(assigned)
        if row.feeder_id is not None:
            found += s.scalars(
                select(Officer)
                .join(OfficerFeeder, OfficerFeeder.officer_id == Officer.id)
                .where(OfficerFeeder.feeder_id == row.feeder_id, Officer.active.is_(True))
                .order_by(rank, Officer.name_en)
            ).all()
        unique = {o.id: o for o in found}
        return [_contact(o) for o in unique.values()]


def dispatch_facts(db: Database, complaint_id: int) -> DispatchFacts:
    with db.read() as s:
        row = s.execute(
            select(Complaint, ComplaintType, Feeder, Dt)
            .join(ComplaintType, ComplaintType.code == Complaint.type_code)
            .outerjoin(Feeder, Feeder.id == Complaint.feeder_id)
            .outerjoin(Dt, Dt.id == Complaint.dt_id)
            .where(Complaint.id == complaint_id)
        ).first()
    if row is None:
        raise NotFound(
            Message(QT_TRANSLATE_NOOP("messages", "This complaint is not in the database."))
        )
    c, t, f, dt = row
    return DispatchFacts(
        complaint_id=c.id,
        docket=c.docket,
        status=c.status,
        caller_name=c.caller_name,
        caller_mobile=c.caller_mobile,
        consumer_no=c.consumer_no,
        locality=c.locality,
        address=c.address,
        landmark=c.landmark,
        feeder_code=f.code if f else "",
        feeder_name_en=f.name_en if f else "",
        feeder_name_hi=f.name_hi if f else "",
        dt_name_en=dt.name_en if dt else "",
        dt_name_hi=dt.name_hi if dt else "",
        type_name_en=t.name_en,
        type_name_hi=t.name_hi,
        sop_due_at=c.sop_due_at,
    )


@dataclass(frozen=True)
class CallerDocket:
    """What the caller is given with the docket: the complaint and whose centre it is."""

    facts: DispatchFacts
    centre: CentreHeading
    received_at: datetime


def caller_docket(db: Database, complaint_id: int) -> CallerDocket:
    facts = dispatch_facts(db, complaint_id)
    with db.read() as s:
        row = s.execute(
            select(Complaint.received_at, Centre)
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(Complaint.id == complaint_id)
        ).one()
        return CallerDocket(facts, heading_of(row[1]), row[0])


def record_attempt(
    db: Database,
    *,
    centre_id: int,
    officer_id: int,
    channel: ContactChannel,
    number: str,
    complaint_id: int | None = None,
    user_id: int | None,
    now: datetime | None = None,
) -> Attempt:
    """One click to reach an officer; about a complaint, also an event in its history."""
    channel = ContactChannel(channel)
    with changing(db, user_id, UseCase.CONTACT_OFFICER, centre_id=centre_id, now=now) as c:
        s = c.session
        person = s.get(Officer, officer_id)
        if person is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This officer is not in the directory."))
            )
        attempt = ContactAttempt(
            centre_id=centre_id,
            officer_id=officer_id,
            complaint_id=complaint_id,
            channel=channel.value,
            number=number,
            at=c.now,
            user_id=c.user_id,
        )
        s.add(attempt)
        s.flush()
        c.saved("contact_attempt", attempt.id, None, kind="contact_attempt", centre_id=centre_id)
        if complaint_id is not None:
            change = ComplaintChange(c, complaint_id, UseCase.CONTACT_OFFICER)
            change.record(
                EventKind.CONTACTED,
                {
                    "attempt_id": attempt.id,
                    "officer_id": officer_id,
                    "channel": channel.value,
                    "number": number,
                },
            )
            change.finish()
        return _attempt(attempt, person.name_en)


@dataclass(frozen=True)
class DocketGiven:
    complaint_id: int
    docket: str
    channel: DocketChannel
    number: str
    version: int


def record_docket_sent(
    db: Database,
    complaint_id: int,
    channel: DocketChannel,
    *,
    number: str = "",
    language: str = "hi",
    user_id: int | None,
    now: datetime | None = None,
) -> DocketGiven:
    """The caller was given the docket (SMS, the centre's mobile, a printed slip): a contact
    with the consumer, as an event in the complaint's history naming the clerk."""
    channel = DocketChannel(channel)
    if channel != DocketChannel.SLIP and not number:
        raise ValidationError(
            {
                "caller_mobile": Message(
                    QT_TRANSLATE_NOOP("messages", "The complaint has no caller mobile to send to.")
                )
            }
        )
    data: dict[str, object] = {"channel": channel.value, "language": language}
    if number:
        data["number"] = number

    def give(change: ComplaintChange) -> None:
        change.record(EventKind.DOCKET_SENT, data)

    moved = run_action(db, complaint_id, user_id, give, use_case=UseCase.CONTACT_CONSUMER, now=now)
    return DocketGiven(moved.id, moved.docket, channel, number, moved.version)


def record_outcome(
    db: Database,
    attempt_id: int,
    outcome: ContactOutcome,
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> Attempt:
    """What came of an attempt; said once (a second answer is refused, not overwritten)."""
    outcome = ContactOutcome(outcome)
    with changing(db, user_id, UseCase.CONTACT_OFFICER, now=now) as c:
        s = c.session
        attempt = s.get(ContactAttempt, attempt_id)
        if attempt is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "This contact attempt is not in the database.")
                )
            )
        c.require(UseCase.CONTACT_OFFICER, attempt.centre_id)
        if attempt.outcome is not None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The outcome of this attempt was already recorded ({outcome})."
                    ),
                    outcome=attempt.outcome.replace("_", " "),
                )
            )
        if outcome not in outcomes_for(ContactChannel(attempt.channel)):
            raise ValidationError(
                {
                    "outcome": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "A message was sent: record it as sent, not as a call's answer.",
                        ),
                    )
                }
            )
        before = c.snapshot("contact_attempt", attempt.id)
        attempt.outcome = outcome.value
        attempt.outcome_at = c.now
        c.saved("contact_attempt", attempt.id, before, kind="contact_outcome")
        if attempt.complaint_id is not None:
            change = ComplaintChange(c, attempt.complaint_id, UseCase.CONTACT_OFFICER)
            change.record(
                EventKind.CONTACT_OUTCOME,
                {
                    "attempt_id": attempt.id,
                    "officer_id": attempt.officer_id,
                    "outcome": outcome.value,
                },
            )
            change.finish()
        person = s.get(Officer, attempt.officer_id)
        return _attempt(attempt, person.name_en if person else "")


def _attempt(a: ContactAttempt, name: str) -> Attempt:
    return Attempt(
        a.id,
        a.officer_id,
        name,
        a.complaint_id,
        ContactChannel(a.channel),
        a.number,
        a.at,
        ContactOutcome(a.outcome) if a.outcome else None,
    )


def attempts_on(db: Database, complaint_id: int) -> list[Attempt]:
    """Every attempt about a complaint, oldest first."""
    with db.read() as s:
        rows = s.execute(
            select(ContactAttempt, Officer.name_en)
            .join(Officer, Officer.id == ContactAttempt.officer_id)
            .where(ContactAttempt.complaint_id == complaint_id)
            .order_by(ContactAttempt.at, ContactAttempt.id)
        ).all()
    return [_attempt(a, name) for a, name in rows]


def unanswered(attempts: list[Attempt], officer_id: int) -> int:
    """How many of the attempts to this officer went unanswered."""
    return sum(
        1 for a in attempts if a.officer_id == officer_id and a.outcome and a.outcome.unanswered
    )


@dataclass(frozen=True)
class EscalationOffer:
    to: Contact
    reason: str


def escalation_offer(
    db: Database,
    complaint_id: int,
    officer_id: int,
    *,
    now: datetime | None = None,
    after: int = ESCALATE_AFTER,
    before_due: timedelta = ESCALATE_BEFORE_DUE,
) -> EscalationOffer | None:
    """The next officer up, when `officer_id` has not answered `after` times about this
    complaint or its SoP deadline is near (or past) while it is still open."""
    now = now or utcnow()
    boss = next_up(db, officer_id)
    if boss is None:
        return None
    missed = unanswered(attempts_on(db, complaint_id), officer_id)
    if missed >= after:
        return EscalationOffer(boss, f"{missed} unanswered attempts")
    with db.read() as s:
        row = s.get(Complaint, complaint_id)
        assert row is not None
        still_open = Status(row.status) in PENDING_STATUSES
        due = row.sop_due_at
    if still_open and due - now <= before_due:
        return EscalationOffer(boss, "SoP deadline passed" if due <= now else "SoP deadline near")
    return None


def escalate(
    db: Database,
    complaint_id: int,
    from_officer_id: int,
    to_officer_id: int,
    reason: str,
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> Contact:
    """Record on the complaint that it went over `from_officer_id`'s head."""
    with changing(db, user_id, UseCase.CONTACT_OFFICER, now=now) as c:
        to = _officer(c.session, to_officer_id)
        _officer(c.session, from_officer_id)
        change = ComplaintChange(c, complaint_id, UseCase.CONTACT_OFFICER)
        change.record(
            EventKind.ESCALATED,
            {
                "from_officer_id": from_officer_id,
                "to_officer_id": to_officer_id,
                "to_designation": to.designation,
                "reason": reason,
            },
        )
        change.finish()
        return _contact(to)


def _officer(s: Session, officer_id: int) -> Officer:
    found = s.get(Officer, officer_id)
    if found is None:
        raise NotFound(
            Message(QT_TRANSLATE_NOOP("messages", "This officer is not in the directory."))
        )
    return found
