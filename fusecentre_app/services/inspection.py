"""Prints on record and inspections.

Every register, handover sheet and inspection report printed is recorded with who, when and
the digest on it (`record_print`), so that `match_printed_digest` can tell an inspector
whether a paper copy still matches the records, from the digest alone.

An inspection (`start_inspection`) is an inspecting officer's check of one centre's day: the
printed digest compared, a random sample of that day's closed complaints (5 by default)
drawn for the inspector to call back, each result recorded (`record_sample`), and remarks
(`finish_inspection`) that the day's register carries when it is printed again.
"""

from __future__ import annotations

import random
import secrets
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    Complaint,
    ComplaintType,
    Inspection,
    InspectionSample,
    RegisterPrint,
)
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError, store_errors
from fusecentre_app.services.register import DigestCheck, check_register_digest

SAMPLE_SIZE = 5
CLOSED = (Status.CLOSED_VERIFIED.value, Status.CLOSED_UNVERIFIED.value)
SAMPLE_OUTCOMES = {
    "confirmed": "consumer confirms supply restored",
    "not_restored": "consumer says supply was not restored",
    "unreachable": "consumer could not be reached",
    "never_complained": "consumer says no complaint was made",
}


@dataclass(frozen=True)
class PrintRecord:
    id: int
    day: date
    kind: str
    digest: str
    cut_event_id: int
    pages: int
    printed_at: datetime
    printed_by: str


@dataclass(frozen=True)
class SampleLine:
    id: int
    complaint_id: int
    docket: str
    caller_name: str
    caller_mobile: str | None
    locality: str
    type_name_en: str
    type_name_hi: str
    status: str
    resolved_at: datetime | None
    outcome: str | None
    note: str
    called_at: datetime | None


@dataclass(frozen=True)
class InspectionInfo:
    id: int
    centre_code: str
    day: date
    inspector_name: str
    started_at: datetime
    finished_at: datetime | None
    digest_checked: str
    digest_ok: bool | None
    remarks: str
    sample: tuple[SampleLine, ...]


def record_print(
    db: Database,
    *,
    centre_code: str,
    day: date,
    kind: str,
    digest: str,
    cut_event_id: int,
    pages: int,
    user_id: int | None,
    now: datetime | None = None,
) -> PrintRecord:
    with store_errors(), db.write() as s:
        centre = _centre(s, centre_code)
        row = RegisterPrint(
            centre_id=centre.id,
            day=day,
            kind=kind,
            digest=digest,
            cut_event_id=cut_event_id,
            pages=pages,
            printed_at=now or utcnow(),
            user_id=user_id,
        )
        s.add(row)
        s.flush()
        user = s.get(AppUser, user_id) if user_id is not None else None
        return _print(row, user.full_name if user else "")


def prints_of(db: Database, centre_code: str, day: date) -> list[PrintRecord]:
    with db.read() as s:
        centre = _centre(s, centre_code)
        rows = s.execute(
            select(RegisterPrint, AppUser.full_name)
            .outerjoin(AppUser, AppUser.id == RegisterPrint.user_id)
            .where(RegisterPrint.centre_id == centre.id, RegisterPrint.day == day)
            .order_by(RegisterPrint.printed_at, RegisterPrint.id)
        ).all()
    return [_print(row, who or "") for row, who in rows]


def _print(row: RegisterPrint, who: str) -> PrintRecord:
    return PrintRecord(
        row.id,
        row.day,
        row.kind,
        row.digest,
        row.cut_event_id,
        row.pages,
        row.printed_at,
        who,
    )


def match_printed_digest(
    db: Database, centre_code: str, day: date, digest: str, *, cut_event_id: int | None = None
) -> DigestCheck:
    """Does a printed register's digest still match the records?

    The digest covers events up to the one printed beside it; that event number is found from
    the print on record, or given (`cut_event_id`) for a paper whose print was not recorded.
    """
    digest = digest.strip().lower()
    if cut_event_id is None:
        printed = [
            p
            for p in prints_of(db, centre_code, day)
            if p.kind == "register" and p.digest == digest
        ]
        if not printed:
            raise ServiceError(
                f"No register of {centre_code.upper()} for {day:%d-%m-%Y} was printed with this "
                "digest; give the event number printed beside it."
            )
        cut_event_id = printed[0].cut_event_id
    return check_register_digest(db, centre_code, day, cut_event_id, digest)


def _centre(s, code: str) -> Centre:  # type: ignore[no-untyped-def]
    centre = s.scalar(select(Centre).where(Centre.code == code.upper()))
    if centre is None:
        raise NotFound(f"There is no centre with code {code!r}.")
    return centre


def start_inspection(
    db: Database,
    centre_code: str,
    day: date,
    *,
    inspector_id: int | None,
    sample_size: int = SAMPLE_SIZE,
    seed: int | None = None,
    printed_digest: str = "",
    cut_event_id: int | None = None,
    now: datetime | None = None,
) -> InspectionInfo:
    """Open an inspection of a day and draw its sample of closed complaints at random
    (`seed` only to repeat a draw in tests; by default the draw cannot be predicted)."""
    if sample_size < 1:
        raise ValidationError({"sample_size": "Draw at least one complaint."})
    digest_ok: bool | None = None
    if printed_digest.strip():
        try:
            digest_ok = match_printed_digest(
                db, centre_code, day, printed_digest, cut_event_id=cut_event_id
            ).matches
        except NotFound:
            raise
        except ServiceError:
            digest_ok = False  # no print of that digest is on record: a paper to question
    rng = random.Random(seed if seed is not None else secrets.randbits(64))
    with store_errors(), db.write() as s:
        centre = _centre(s, centre_code)
        closed = s.scalars(
            select(Complaint.id)
            .where(
                Complaint.centre_id == centre.id,
                Complaint.day == day,
                Complaint.status.in_(CLOSED),
            )
            .order_by(Complaint.id)
        ).all()
        chosen = sorted(rng.sample(list(closed), min(sample_size, len(closed))))
        who = s.get(AppUser, inspector_id) if inspector_id is not None else None
        inspection = Inspection(
            centre_id=centre.id,
            day=day,
            inspector_id=inspector_id,
            inspector_name=who.full_name if who else "",
            started_at=now or utcnow(),
            digest_checked=printed_digest.strip().lower(),
            digest_ok=digest_ok,
            remarks="",
        )
        s.add(inspection)
        s.flush()
        s.add_all(
            InspectionSample(inspection_id=inspection.id, complaint_id=cid, note="")
            for cid in chosen
        )
        inspection_id = inspection.id
    return inspection_info(db, inspection_id)


def record_sample(
    db: Database,
    sample_id: int,
    outcome: str,
    note: str = "",
    *,
    now: datetime | None = None,
) -> None:
    if outcome not in SAMPLE_OUTCOMES:
        raise ValidationError({"outcome": f"Choose one of: {', '.join(SAMPLE_OUTCOMES)}."})
    with store_errors(), db.write() as s:
        sample = s.get(InspectionSample, sample_id)
        if sample is None:
            raise NotFound("This sample line is not in the database.")
        inspection = s.get(Inspection, sample.inspection_id)
        if inspection is not None and inspection.finished_at is not None:
            raise ServiceError("This inspection is finished; its results can no longer change.")
        sample.outcome = outcome
        sample.note = note.strip()
        sample.called_at = now or utcnow()


def finish_inspection(
    db: Database, inspection_id: int, remarks: str, *, now: datetime | None = None
) -> InspectionInfo:
    if not remarks.strip():
        raise ValidationError({"remarks": "Write the inspection's remarks."})
    with store_errors(), db.write() as s:
        inspection = s.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFound("This inspection is not in the database.")
        if inspection.finished_at is not None:
            raise ServiceError("This inspection is already finished.")
        inspection.remarks = remarks.strip()
        inspection.finished_at = now or utcnow()
    return inspection_info(db, inspection_id)


def inspection_info(db: Database, inspection_id: int) -> InspectionInfo:
    with db.read() as s:
        inspection = s.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFound("This inspection is not in the database.")
        centre = s.get(Centre, inspection.centre_id)
        assert centre is not None
        lines = s.execute(
            select(InspectionSample, Complaint, ComplaintType)
            .join(Complaint, Complaint.id == InspectionSample.complaint_id)
            .join(ComplaintType, ComplaintType.code == Complaint.type_code)
            .where(InspectionSample.inspection_id == inspection_id)
            .order_by(Complaint.serial)
        ).all()
    return InspectionInfo(
        id=inspection.id,
        centre_code=centre.code,
        day=inspection.day,
        inspector_name=inspection.inspector_name,
        started_at=inspection.started_at,
        finished_at=inspection.finished_at,
        digest_checked=inspection.digest_checked,
        digest_ok=inspection.digest_ok,
        remarks=inspection.remarks,
        sample=tuple(
            SampleLine(
                id=line.id,
                complaint_id=c.id,
                docket=c.docket,
                caller_name=c.caller_name,
                caller_mobile=c.caller_mobile,
                locality=c.locality,
                type_name_en=t.name_en,
                type_name_hi=t.name_hi,
                status=c.status,
                resolved_at=c.resolved_at,
                outcome=line.outcome,
                note=line.note,
                called_at=line.called_at,
            )
            for line, c, t in lines
        ),
    )


def inspection_remarks(db: Database, centre_code: str, day: date) -> tuple[str, ...]:
    """What finished inspections of the day found, one line each, for the register."""
    with db.read() as s:
        centre = _centre(s, centre_code)
        inspections = s.scalars(
            select(Inspection)
            .where(
                Inspection.centre_id == centre.id,
                Inspection.day == day,
                Inspection.finished_at.is_not(None),
            )
            .order_by(Inspection.finished_at)
        ).all()
        found = []
        for inspection in inspections:
            outcomes = s.scalars(
                select(InspectionSample.outcome).where(
                    InspectionSample.inspection_id == inspection.id
                )
            ).all()
            confirmed = sum(1 for o in outcomes if o == "confirmed")
            digest = {
                None: "digest not checked",
                True: "digest matched",
                False: "DIGEST DID NOT MATCH",
            }[inspection.digest_ok]
            assert inspection.finished_at is not None
            found.append(
                f"{inspection.inspector_name or 'Inspector'}, "
                f"{format_local(inspection.finished_at, '%d-%m-%Y %H:%M')}: "
                f"{confirmed} of {len(outcomes)} sampled consumers confirmed; {digest}. "
                f"{inspection.remarks}"
            )
    return tuple(found)
