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

from sqlalchemy import func, select
from sqlalchemy.orm import aliased

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    Centre,
    Complaint,
    ComplaintType,
    Inspection,
    InspectionDraw,
    InspectionSample,
    RegisterPrint,
)
from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import format_local, local_day, utcnow
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError
from fusecentre_app.services.register_check import DigestCheck, check_register_digest
from fusecentre_app.services.settings import SAMPLE_SIZE as SAMPLE_SIZE_RULE
from fusecentre_app.services.settings import setting
from fusecentre_app.services.uow import Change, Who, changing, permitted

SAMPLE_SIZE = SAMPLE_SIZE_RULE.default
NOT_CALLED = "not_called"
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
    as_of: datetime | None = None
    acknowledged_by: str = ""
    acknowledged_at: datetime | None = None


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
class DrawInfo:
    number: int
    drawn_at: datetime
    drawn_by: str
    size: int
    eligible: int


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
    sample: tuple[SampleLine, ...]  # the latest draw's
    draws: tuple[DrawInfo, ...] = ()


def check_may_print(db: Database, centre_code: str, by: Who) -> None:
    """Refuse (NotPermitted) before anything is rendered or written when `by` may not put a
    print of this centre on record."""
    with db.read() as s:
        permitted(s, by, UseCase.PRINT, _centre(s, centre_code).id)


def record_print(
    db: Database,
    *,
    centre_code: str,
    day: date,
    kind: str,
    digest: str,
    cut_event_id: int,
    pages: int,
    by: Who,
    as_of: datetime | None = None,
    note: str = "",
    outgoing_clerk: str = "",
    now: datetime | None = None,
) -> PrintRecord:
    """Put a print on record (an audit record too), in the name of `by`; the chains are
    anchored with it, so the paper and the anchor file agree on where the records stood."""
    with changing(db, by, UseCase.PRINT, now=now) as c:
        centre = _centre(c.session, centre_code)
        c.require(UseCase.PRINT, centre.id)
        row = RegisterPrint(
            centre_id=centre.id,
            day=day,
            kind=kind,
            digest=digest,
            cut_event_id=cut_event_id,
            pages=pages,
            printed_at=c.now,
            user_id=c.user_id,
            as_of=as_of,
            note=note.strip(),
            outgoing_clerk=outgoing_clerk.strip()[:120],
        )
        c.session.add(row)
        c.session.flush()
        c.saved("print", row.id, None, kind=f"{kind}_printed", centre_id=centre.id)
        c.force_anchor = True
        return _print(row, c.actor.full_name or c.actor.via)


_Acknowledger = aliased(AppUser)


def prints_of(db: Database, centre_code: str, day: date) -> list[PrintRecord]:
    with db.read() as s:
        centre = _centre(s, centre_code)
        rows = s.execute(
            select(RegisterPrint, AppUser.full_name, _Acknowledger.full_name)
            .outerjoin(AppUser, AppUser.id == RegisterPrint.user_id)
            .outerjoin(_Acknowledger, _Acknowledger.id == RegisterPrint.acknowledged_by_id)
            .where(RegisterPrint.centre_id == centre.id, RegisterPrint.day == day)
            .order_by(RegisterPrint.printed_at, RegisterPrint.id)
        ).all()
    return [_print(row, who or "", took or "") for row, who, took in rows]


def _print(row: RegisterPrint, who: str, acknowledged_by: str = "") -> PrintRecord:
    return PrintRecord(
        row.id,
        row.day,
        row.kind,
        row.digest,
        row.cut_event_id,
        row.pages,
        row.printed_at,
        who,
        row.as_of,
        acknowledged_by,
        row.acknowledged_at,
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
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "No register of {centre} for {day:%d-%m-%Y} was "
                        "printed with this digest; give the "
                        "event number printed beside it.",
                    ),
                    centre=centre_code.upper(),
                    day=day,
                )
            )
        cut_event_id = printed[0].cut_event_id
    return check_register_digest(db, centre_code, day, cut_event_id, digest)


def _centre(s, code: str) -> Centre:  # type: ignore[no-untyped-def]
    centre = s.scalar(select(Centre).where(Centre.code == code.upper()))
    if centre is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no centre with code {code!r}."),
                code=code,
            )
        )
    return centre


def start_inspection(
    db: Database,
    centre_code: str,
    day: date,
    *,
    inspector_id: int | None,
    sample_size: int | None = None,
    seed: int | None = None,
    printed_digest: str = "",
    cut_event_id: int | None = None,
    now: datetime | None = None,
) -> InspectionInfo:
    """Open an inspection of a day and draw its sample at random (`seed` only to repeat a
    draw in tests; by default the draw cannot be predicted). The draw is on record the moment
    it is made. The day may not be in the future."""
    now = now or utcnow()
    if day > local_day(now):
        raise ValidationError(
            {
                "day": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{day:%d-%m-%Y} has not come yet; choose a past day."
                    ),
                    day=day,
                )
            }
        )
    size = sample_size if sample_size is not None else setting(db, SAMPLE_SIZE_RULE)
    if size < 1:
        raise ValidationError(
            {"sample_size": Message(QT_TRANSLATE_NOOP("messages", "Draw at least one complaint."))}
        )
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
    with changing(db, inspector_id, UseCase.INSPECT, now=now) as c:
        centre = _centre(c.session, centre_code)
        c.require(UseCase.INSPECT, centre.id)
        inspection = Inspection(
            centre_id=centre.id,
            day=day,
            inspector_id=c.user_id,
            inspector_name=c.actor.full_name,
            started_at=c.now,
            digest_checked=printed_digest.strip().lower(),
            digest_ok=digest_ok,
            remarks="",
        )
        c.session.add(inspection)
        c.session.flush()
        c.saved("inspection", inspection.id, None, kind="inspection_started", centre_id=centre.id)
        _draw(c, inspection, size, seed)
        inspection_id = inspection.id
    return inspection_info(db, inspection_id)


def draw_again(
    db: Database,
    inspection_id: int,
    *,
    user_id: int | None,
    sample_size: int | None = None,
    seed: int | None = None,
    now: datetime | None = None,
) -> InspectionInfo:
    """A fresh random draw for an unfinished inspection. The earlier draw stays on record and
    both are listed in the register; the inspector calls the consumers of the latest."""
    with changing(db, user_id, UseCase.INSPECT, now=now) as c:
        inspection = _inspection(c, inspection_id)
        last = c.session.scalars(
            select(InspectionDraw)
            .where(InspectionDraw.inspection_id == inspection_id)
            .order_by(InspectionDraw.number.desc())
        ).first()
        size = sample_size or (last.size if last else setting(db, SAMPLE_SIZE_RULE))
        _draw(c, inspection, size, seed)
    return inspection_info(db, inspection_id)


def _inspection(c: Change, inspection_id: int) -> Inspection:
    inspection = c.session.get(Inspection, inspection_id)
    if inspection is None:
        raise NotFound(
            Message(QT_TRANSLATE_NOOP("messages", "This inspection is not in the database."))
        )
    c.require(UseCase.INSPECT, inspection.centre_id)
    if inspection.finished_at is not None:
        raise ServiceError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "This inspection is finished; its results can no longer change."
                ),
            )
        )
    return inspection


def _draw(c: Change, inspection: Inspection, size: int, seed: int | None) -> None:
    """Draw `size` of the day's closed complaints that have a mobile to call, at random."""
    rng = random.Random(seed if seed is not None else secrets.randbits(64))
    eligible = c.session.scalars(
        select(Complaint.id)
        .where(
            Complaint.centre_id == inspection.centre_id,
            Complaint.day == inspection.day,
            Complaint.status.in_(CLOSED),
            Complaint.caller_mobile.is_not(None),
            Complaint.caller_mobile != "",
        )
        .order_by(Complaint.id)
    ).all()
    number = 1 + int(
        c.session.scalar(
            select(func.count())
            .select_from(InspectionDraw)
            .where(InspectionDraw.inspection_id == inspection.id)
        )
        or 0
    )
    chosen = sorted(rng.sample(list(eligible), min(size, len(eligible))))
    draw = InspectionDraw(
        inspection_id=inspection.id,
        number=number,
        drawn_at=c.now,
        drawn_by_id=c.user_id,
        size=len(chosen),
        eligible=len(eligible),
    )
    c.session.add(draw)
    c.session.flush()
    c.saved("inspection_draw", draw.id, None, kind="sample_drawn", centre_id=inspection.centre_id)
    for complaint_id in chosen:
        line = InspectionSample(
            inspection_id=inspection.id, draw_id=draw.id, complaint_id=complaint_id, note=""
        )
        c.session.add(line)
        c.session.flush()
        c.saved("inspection_sample", line.id, None, kind="sample_line")


def record_sample(
    db: Database,
    sample_id: int,
    outcome: str,
    note: str = "",
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> None:
    """What the consumer said; or, as `not_called`, why they were not called (the reason is
    required)."""
    if outcome not in SAMPLE_OUTCOMES and outcome != NOT_CALLED:
        choices = ", ".join([*SAMPLE_OUTCOMES, NOT_CALLED])
        raise ValidationError(
            {
                "outcome": Message(
                    QT_TRANSLATE_NOOP("messages", "Choose one of: {choices}."),
                    choices=choices,
                )
            }
        )
    if outcome == NOT_CALLED and not note.strip():
        raise ValidationError(
            {
                "note": Message(
                    QT_TRANSLATE_NOOP("messages", "Say why this consumer was not called.")
                )
            }
        )
    with changing(db, user_id, UseCase.INSPECT, now=now) as c:
        sample = c.session.get(InspectionSample, sample_id)
        if sample is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This sample line is not in the database."))
            )
        _inspection(c, sample.inspection_id)
        before = c.snapshot("inspection_sample", sample.id)
        sample.outcome = outcome
        sample.note = note.strip()
        sample.called_at = c.now if outcome != NOT_CALLED else None
        c.saved("inspection_sample", sample.id, before, kind="sample_result")


def finish_inspection(
    db: Database,
    inspection_id: int,
    remarks: str,
    *,
    user_id: int | None,
    now: datetime | None = None,
) -> InspectionInfo:
    """Close the inspection with its remarks, once every consumer of the latest draw has
    been called or a reason given why not."""
    with changing(db, user_id, UseCase.INSPECT, now=now) as c:
        inspection = _inspection(c, inspection_id)
        waiting = _latest_lines(c.session, inspection_id, outcome_missing=True)
        errors = {}
        if waiting:
            errors["sample"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "{waiting} sampled consumer(s) not called yet "
                    "({dockets}): call each, or say why not.",
                ),
                waiting=len(waiting),
                dockets=", ".join(waiting[:5]),
            )
        if not remarks.strip():
            errors["remarks"] = Message(
                QT_TRANSLATE_NOOP("messages", "Write the inspection's remarks.")
            )
        if errors:
            raise ValidationError(errors)
        before = c.snapshot("inspection", inspection.id)
        inspection.remarks = remarks.strip()
        inspection.finished_at = c.now
        c.saved(
            "inspection",
            inspection.id,
            before,
            kind="inspection_finished",
            centre_id=inspection.centre_id,
        )
    return inspection_info(db, inspection_id)


def _latest_draw_id(s, inspection_id: int) -> int | None:  # type: ignore[no-untyped-def]
    return s.scalar(
        select(InspectionDraw.id)
        .where(InspectionDraw.inspection_id == inspection_id)
        .order_by(InspectionDraw.number.desc())
        .limit(1)
    )


def _latest_lines(s, inspection_id: int, *, outcome_missing: bool) -> list[str]:  # type: ignore[no-untyped-def]
    query = (
        select(Complaint.docket)
        .join(InspectionSample, InspectionSample.complaint_id == Complaint.id)
        .where(InspectionSample.draw_id == _latest_draw_id(s, inspection_id))
        .order_by(Complaint.serial)
    )
    if outcome_missing:
        query = query.where(InspectionSample.outcome.is_(None))
    return list(s.scalars(query))


def inspection_info(db: Database, inspection_id: int) -> InspectionInfo:
    with db.read() as s:
        inspection = s.get(Inspection, inspection_id)
        if inspection is None:
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This inspection is not in the database."))
            )
        centre = s.get(Centre, inspection.centre_id)
        assert centre is not None
        draws = _draws(s, [inspection.id]).get(inspection.id, ())
        lines = s.execute(
            select(InspectionSample, Complaint, ComplaintType)
            .join(Complaint, Complaint.id == InspectionSample.complaint_id)
            .join(ComplaintType, ComplaintType.code == Complaint.type_code)
            .where(InspectionSample.draw_id == _latest_draw_id(s, inspection_id))
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
        draws=draws,
    )


def _draws(s, inspection_ids: list[int]) -> dict[int, tuple[DrawInfo, ...]]:  # type: ignore[no-untyped-def]
    found: dict[int, list[DrawInfo]] = {}
    rows = s.execute(
        select(InspectionDraw, AppUser.full_name)
        .outerjoin(AppUser, AppUser.id == InspectionDraw.drawn_by_id)
        .where(InspectionDraw.inspection_id.in_(inspection_ids))
        .order_by(InspectionDraw.inspection_id, InspectionDraw.number)
    ).all()
    for draw, who in rows:
        found.setdefault(draw.inspection_id, []).append(
            DrawInfo(draw.number, draw.drawn_at, who or "", draw.size, draw.eligible)
        )
    return {key: tuple(value) for key, value in found.items()}


def inspection_remarks(db: Database, centre_code: str, day: date) -> tuple[str, ...]:
    """For the register, one line for each inspection of the day: every sample drawn (a draw
    is on record from the moment it is made, finished or not) and, once finished, what the
    consumers said, the digest check and the remarks."""
    with db.read() as s:
        centre = _centre(s, centre_code)
        inspections = s.scalars(
            select(Inspection)
            .where(Inspection.centre_id == centre.id, Inspection.day == day)
            .order_by(Inspection.started_at, Inspection.id)
        ).all()
        draws = _draws(s, [i.id for i in inspections])
        found = []
        for inspection in inspections:
            drawn = "; ".join(
                f"draw {d.number} at {format_local(d.drawn_at, '%d-%m %H:%M')}: "
                f"{d.size} of {d.eligible} closed complaints with a mobile"
                for d in draws.get(inspection.id, ())
            )
            who = inspection.inspector_name or "Inspector"
            if inspection.finished_at is None:
                found.append(
                    f"{who}, inspection begun "
                    f"{format_local(inspection.started_at, '%d-%m-%Y %H:%M')}, not finished; "
                    f"{drawn or 'no sample drawn'}."
                )
                continue
            outcomes = _latest_outcomes(s, inspection.id)
            confirmed = sum(1 for o in outcomes if o == "confirmed")
            not_called = sum(1 for o in outcomes if o == NOT_CALLED)
            digest = {
                None: "digest not checked",
                True: "digest matched",
                False: "DIGEST DID NOT MATCH",
            }[inspection.digest_ok]
            skipped = f" ({not_called} not called, reasons given)" if not_called else ""
            found.append(
                f"{who}, {format_local(inspection.finished_at, '%d-%m-%Y %H:%M')}: {drawn}; "
                f"{confirmed} of {len(outcomes)} sampled consumers confirmed{skipped}; "
                f"{digest}. {inspection.remarks}"
            )
    return tuple(found)


def _latest_outcomes(s, inspection_id: int) -> list[str | None]:  # type: ignore[no-untyped-def]
    return list(
        s.scalars(
            select(InspectionSample.outcome).where(
                InspectionSample.draw_id == _latest_draw_id(s, inspection_id)
            )
        )
    )
