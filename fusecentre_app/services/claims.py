"""The EE's claims register: a consumer's compensation claim recorded as received, decided
once within 30 days (an amount, or refused with a reason), the award recovered from the
officers named; the claims still undecided past their 30 days listed as overdue. Beside each
claim about a complaint stands what the desk computed that complaint owes
(`services.compensation`), so the EE weighs the claim against the SoP.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Claim, ClaimRecovery, Complaint, Officer
from fusecentre_app.domain.claims import (
    Decision,
    ReceivedBy,
    Share,
    decision_due,
    is_late,
    is_overdue,
    recovery_shares,
)
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.services.compensation import liability_in
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError
from fusecentre_app.services.uow import Who, changing

# A decision in words, for a sentence that names it.
DECISION_WORDS = {
    Decision.AWARDED: Message(QT_TRANSLATE_NOOP("messages", "awarded")),
    Decision.REFUSED: Message(QT_TRANSLATE_NOOP("messages", "refused")),
}


@dataclass(frozen=True)
class ClaimDraft:
    """A claim as received, before it is in the register."""

    received_on: date
    received_by: str  # hand, post
    consumer_name: str
    consumer_number: str = ""
    mobile: str | None = None
    docket: str | None = None
    amount_claimed: int | None = None


@dataclass(frozen=True)
class ClaimLine:
    """One claim in the register, with the desk's liability for its complaint."""

    id: int
    received_on: date
    received_by: ReceivedBy
    consumer_name: str
    consumer_number: str
    mobile: str | None
    docket: str | None
    amount_claimed: int | None
    due_on: date
    decision: Decision | None
    decided_on: date | None
    amount_awarded: int | None
    refusal_reason: str | None
    recovered_from: tuple[Share, ...]
    desk_liability: int | None  # rupees the desk computed; None: no complaint, or not late
    overdue: bool  # undecided past its 30 days
    late: bool  # decided after its 30 days

    @property
    def decided(self) -> bool:
        return self.decision is not None


def _validate(draft: ClaimDraft, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if draft.received_by not in {r.value for r in ReceivedBy}:
        errors["received by"] = Message(
            QT_TRANSLATE_NOOP("messages", "must be hand or post, not {received_by!r}"),
            received_by=draft.received_by,
        )
    if not draft.consumer_name.strip():
        errors["consumer"] = Message(QT_TRANSLATE_NOOP("messages", "give the consumer's name"))
    elif len(draft.consumer_name.strip()) > 120:
        errors["consumer"] = Message(
            QT_TRANSLATE_NOOP("messages", "give the consumer's name in 120 characters or fewer")
        )
    if len(draft.consumer_number.strip()) > 30:
        errors["consumer number"] = Message(
            QT_TRANSLATE_NOOP("messages", "a consumer number has 30 characters or fewer")
        )
    if draft.received_on > today:
        errors["received"] = Message(
            QT_TRANSLATE_NOOP("messages", "{received_on} is in the future"),
            received_on=draft.received_on,
        )
    if draft.amount_claimed is not None and draft.amount_claimed < 0:
        errors["amount"] = Message(
            QT_TRANSLATE_NOOP("messages", "the amount claimed cannot be negative")
        )
    return errors


def add_claim(db: Database, draft: ClaimDraft, *, by: Who, now: datetime | None = None) -> int:
    """Put a claim received in the register; returns its number."""
    now = now or utcnow()
    errors = _validate(draft, local_day(now))
    mobile = None
    if draft.mobile:
        try:
            mobile = normalise_phone(draft.mobile, mobile_only=True)
        except InvalidPhoneNumber as exc:
            errors["mobile"] = exc.args[0]  # the sentence, translatable
    if errors:
        raise ValidationError(errors)
    complaint_id = centre_id = None
    if draft.docket:
        with db.read() as s:
            found = s.execute(
                select(Complaint.id, Complaint.centre_id, Complaint.day).where(
                    Complaint.docket == draft.docket.strip().upper()
                )
            ).first()
        if found is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no complaint with docket {docket}."),
                    docket=draft.docket.strip().upper(),
                )
            )
        complaint_id, centre_id, logged_on = found
        if draft.received_on < logged_on:
            raise ValidationError(
                {
                    "received": Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "{received_on} is before complaint {docket} was logged ({logged_on})",
                        ),
                        received_on=draft.received_on,
                        docket=draft.docket.strip().upper(),
                        logged_on=logged_on,
                    )
                }
            )
    with changing(db, by, UseCase.RECORD_CLAIM, centre_id=centre_id, now=now) as c:
        claim = Claim(
            received_on=draft.received_on,
            received_by=draft.received_by,
            consumer_name=draft.consumer_name.strip(),
            consumer_number=draft.consumer_number.strip(),
            mobile=mobile,
            complaint_id=complaint_id,
            centre_id=centre_id,
            amount_claimed=draft.amount_claimed,
            recorded_by_id=c.user_id,
            created_at=now,
        )
        c.session.add(claim)
        c.session.flush()
        c.saved("claim", claim.id, None, kind="claim_received", centre_id=centre_id)
        return claim.id


def decide_claim(
    db: Database,
    claim_id: int,
    *,
    by: Who,
    amount: int | None = None,
    refusal: str | None = None,
    recover_from: list[tuple[str, int | None]] | None = None,
    decided_on: date | None = None,
    now: datetime | None = None,
) -> ClaimLine:
    """The EE's decision on a claim: an amount awarded (recovered from the officers named),
    or refused with a reason. A claim is decided once; a decision after its 30 days is
    recorded, and shows as late."""
    now = now or utcnow()
    day = decided_on or local_day(now)
    if (amount is None) == (refusal is None):
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Decide the claim with an amount, or refuse it with a reason."
                ),
            )
        )
    if refusal is not None and not refusal.strip():
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP("messages", "Give the reason the claim is refused."))
        )
    if refusal is not None and len(refusal.strip()) > 300:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Give the reason the claim is refused in 300 characters or fewer."
                )
            )
        )
    if amount is not None and amount < 0:
        raise ServiceError(
            Message(QT_TRANSLATE_NOOP("messages", "The amount awarded cannot be negative."))
        )
    if refusal is not None and recover_from:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "A refused claim awards nothing to recover from an officer."
                ),
            )
        )
    if day > local_day(now):
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP("messages", "The decision's day {day} is in the future."),
                day=day,
            )
        )
    with db.read() as s:
        centre_id = s.scalar(select(Claim.centre_id).where(Claim.id == claim_id))
    with changing(db, by, UseCase.DECIDE_CLAIM, centre_id=centre_id, now=now) as c:
        claim = c.session.get(Claim, claim_id)
        if claim is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no claim {claim_id} in the register."),
                    claim_id=claim_id,
                )
            )
        if claim.decision is not None:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Claim {claim_id} was already decided on "
                        "{decided_on} ({decision}); a decision is "
                        "not changed.",
                    ),
                    claim_id=claim_id,
                    decided_on=claim.decided_on,
                    decision=DECISION_WORDS[Decision(claim.decision)],
                )
            )
        if day < claim.received_on:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The decision's day {day} is before the claim "
                        "was received ({received_on}).",
                    ),
                    day=day,
                    received_on=claim.received_on,
                )
            )
        try:
            shares = recovery_shares(amount or 0, list(recover_from or []))
        except ValueError as exc:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "Recovery: {exc}."),
                    exc=exc,
                )
            ) from None
        officers = _officers(c.session, [share.employee_id for share in shares])
        before = c.snapshot("claim", claim_id)
        claim.decision = (Decision.AWARDED if refusal is None else Decision.REFUSED).value
        claim.decided_on = day
        claim.amount_awarded = amount
        claim.refusal_reason = refusal.strip() if refusal is not None else None
        claim.decided_by_id = c.user_id
        claim.decided_at = now
        late = is_late(claim.received_on, day)
        c.saved("claim", claim_id, before, kind="claim_decided", centre_id=centre_id, late=late)
        for share in shares:
            row = ClaimRecovery(
                claim_id=claim_id, officer_id=officers[share.employee_id], amount=share.amount
            )
            c.session.add(row)
            c.session.flush()
            c.saved("claim_recovery", row.id, None, kind="claim_recovery", centre_id=centre_id)
        return _lines(c.session, [claim], today=day, now=now)[0]


def _officers(s: Session, employee_ids: list[str]) -> dict[str, int]:
    found = dict(
        s.execute(
            select(Officer.employee_id, Officer.id).where(Officer.employee_id.in_(employee_ids))
        ).all()
    )
    missing = [e for e in employee_ids if e not in found]
    if missing:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "No officer has employee id {employees}."),
                employees=", ".join(missing),
            )
        )
    return {str(k): int(v) for k, v in found.items()}


def claims_register(
    db: Database, *, overdue_only: bool = False, now: datetime | None = None
) -> list[ClaimLine]:
    """Every claim, oldest first (`overdue_only`: those undecided past their 30 days)."""
    now = now or utcnow()
    today = local_day(now)
    with db.read() as s:
        claims = list(s.scalars(select(Claim).order_by(Claim.received_on, Claim.id)))
        lines = _lines(s, claims, today=today, now=now)
    return [line for line in lines if line.overdue or not overdue_only]


def pending_claims(
    db: Database, *, as_of: date, now: datetime, centre_id: int | None = None
) -> list[ClaimLine]:
    """The claims received by the India day `as_of` and not decided by then, oldest first,
    overdue as on that day (the console's month end); `centre_id`: one centre's only."""
    with db.read() as s:
        query = select(Claim).where(
            Claim.received_on <= as_of,
            or_(Claim.decided_on.is_(None), Claim.decided_on > as_of),
        )
        if centre_id is not None:
            query = query.where(Claim.centre_id == centre_id)
        claims = list(s.scalars(query.order_by(Claim.received_on, Claim.id)))
        lines = _lines(s, claims, today=as_of, now=now)
    # As on `as_of`: a claim decided later was still waiting then, its decision unknown.
    return [
        replace(
            line,
            decision=None,
            decided_on=None,
            amount_awarded=None,
            refusal_reason=None,
            recovered_from=(),
            overdue=is_overdue(line.received_on, as_of, None),
            late=False,
        )
        for line in lines
    ]


def _lines(s: Session, claims: list[Claim], *, today: date, now: datetime) -> list[ClaimLine]:
    ids = [c.id for c in claims]
    shares: dict[int, list[Share]] = {i: [] for i in ids}
    for claim_id, employee_id, amount in s.execute(
        select(ClaimRecovery.claim_id, Officer.employee_id, ClaimRecovery.amount)
        .join(Officer, Officer.id == ClaimRecovery.officer_id)
        .where(ClaimRecovery.claim_id.in_(ids))
        .order_by(ClaimRecovery.id)
    ):
        shares[claim_id].append(Share(employee_id, amount))
    complaint_ids = [c.complaint_id for c in claims if c.complaint_id is not None]
    dockets: dict[int, str] = {
        int(cid): str(docket)
        for cid, docket in s.execute(
            select(Complaint.id, Complaint.docket).where(Complaint.id.in_(complaint_ids))
        )
    }
    lines = []
    for c in claims:
        owed = None
        if c.complaint_id is not None:
            line = liability_in(s, c.complaint_id, now=now)
            # The claimant's own sum (a DT failure's total is every consumer's).
            owed = line.per_consumer if line is not None else None
        lines.append(
            ClaimLine(
                id=c.id,
                received_on=c.received_on,
                received_by=ReceivedBy(c.received_by),
                consumer_name=c.consumer_name,
                consumer_number=c.consumer_number,
                mobile=c.mobile,
                docket=dockets.get(c.complaint_id) if c.complaint_id is not None else None,
                amount_claimed=c.amount_claimed,
                due_on=decision_due(c.received_on),
                decision=Decision(c.decision) if c.decision else None,
                decided_on=c.decided_on,
                amount_awarded=c.amount_awarded,
                refusal_reason=c.refusal_reason,
                recovered_from=tuple(shares[c.id]),
                desk_liability=owed,
                overdue=is_overdue(c.received_on, today, c.decided_on),
                late=is_late(c.received_on, c.decided_on),
            )
        )
    return lines
