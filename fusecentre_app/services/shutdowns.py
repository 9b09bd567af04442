"""The register of planned shutdowns: the JE or SDO takes a feeder off for work, says why and
how the consumers were told, and the desk reads the restoration time to whoever calls.

Registering a shutdown records its interruption in the register (planned, source shutdown) in
the same transaction; a correction moves both, with the reason on the audit record. Nothing is
deleted. A call from the feeder within the window is "planned shutdown" (worked out when it
is read, so a shutdown registered after the calls, or corrected, marks them all the same) and
does not count towards a probable-fault banner. `ShutdownInfo.flags` names the days on which
the shutdown breaks BERC Reg. 13(2) (over 10 hours, or after 18:00).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, Complaint, Feeder, PlannedShutdown, Pss
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.shutdowns import ShutdownFlag, shutdown_flags
from fusecentre_app.domain.timeutil import LOCAL_TZ, as_utc, format_local
from fusecentre_app.services import interruptions
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.uow import Who, changing


@dataclass(frozen=True)
class ShutdownDraft:
    feeder_code: str
    start: datetime
    end: datetime
    reason: str
    notice: str


@dataclass(frozen=True)
class ShutdownInfo:
    id: int
    feeder_id: int
    feeder_code: str
    feeder_name_en: str
    feeder_name_hi: str
    centre_code: str
    start: datetime
    end: datetime
    reason: str
    notice: str
    interruption_id: int
    flags: tuple[ShutdownFlag, ...]

    @property
    def flagged(self) -> bool:
        return bool(self.flags)

    @property
    def restoration(self) -> str:
        """The time supply is due back, as the clerk reads it to the caller."""
        return format_local(self.end)


REASON_LENGTH = 200  # the register's columns
NOTICE_LENGTH = 40


def _check(start: datetime, end: datetime, reason: str, notice: str) -> None:
    errors: dict[str, str] = {}
    if start.tzinfo is None or end.tzinfo is None:
        raise ValueError("a shutdown's times must be timezone-aware")
    if end <= start:
        errors["to"] = Message(
            QT_TRANSLATE_NOOP("messages", "The shutdown's end is not after its start.")
        )
    if not reason.strip():
        errors["reason"] = Message(
            QT_TRANSLATE_NOOP("messages", "Give the reason for the shutdown.")
        )
    elif len(reason.strip()) > REASON_LENGTH:
        errors["reason"] = Message(
            QT_TRANSLATE_NOOP("messages", "Give the reason in {limit} characters or fewer."),
            limit=REASON_LENGTH,
        )
    if not notice.strip():
        errors["notice"] = Message(
            QT_TRANSLATE_NOOP("messages", "Say how the consumers were given notice.")
        )
    elif len(notice.strip()) > NOTICE_LENGTH:
        errors["notice"] = Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Say how notice was given in {limit} characters or fewer "
                "(newspaper, sms, loudspeaker, …).",
            ),
            limit=NOTICE_LENGTH,
        )
    if errors:
        raise ValidationError(errors)


def _overlapping(
    s: Session, feeder_id: int, start: datetime, end: datetime, other_than: int | None = None
) -> PlannedShutdown | None:
    query = select(PlannedShutdown).where(
        PlannedShutdown.feeder_id == feeder_id,
        PlannedShutdown.starts_at < as_utc(end),
        PlannedShutdown.ends_at > as_utc(start),
    )
    if other_than is not None:
        query = query.where(PlannedShutdown.id != other_than)
    return s.scalars(query.limit(1)).first()


def _refuse_overlap(s: Session, feeder: Feeder, row: PlannedShutdown | None) -> None:
    if row is not None:
        raise ValidationError(
            {
                "from": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "{code} already has a shutdown from {starts_at} to {ends_at}."
                    ),
                    code=feeder.code,
                    starts_at=format_local(row.starts_at),
                    ends_at=format_local(row.ends_at),
                )
            }
        )


def register_shutdown(db: Database, draft: ShutdownDraft, *, by: Who) -> ShutdownInfo:
    """Put a planned shutdown on the register, with its interruption; returns it as stored."""
    _check(draft.start, draft.end, draft.reason, draft.notice)
    with changing(db, by, UseCase.PLAN_SHUTDOWN) as c:
        feeder = c.session.scalars(
            select(Feeder).where(Feeder.code == draft.feeder_code.strip().upper())
        ).first()
        if feeder is None:
            raise ValidationError(
                {
                    "feeder": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Feeder {feeder_code} is not in the division."
                        ),
                        feeder_code=draft.feeder_code,
                    )
                }
            )
        c.require(UseCase.PLAN_SHUTDOWN, feeder.pss.centre_id)
        _refuse_overlap(
            c.session, feeder, _overlapping(c.session, feeder.id, draft.start, draft.end)
        )
        reason, notice = draft.reason.strip(), draft.notice.strip()
        interruption_id = interruptions.for_shutdown(
            c, feeder.id, draft.start, draft.end, _cause(reason)
        )
        row = PlannedShutdown(
            feeder_id=feeder.id,
            starts_at=as_utc(draft.start),
            ends_at=as_utc(draft.end),
            reason=reason,
            notice=notice,
            interruption_id=interruption_id,
            recorded_by_id=c.user_id,
            created_at=c.now,
        )
        c.session.add(row)
        c.session.flush()
        c.saved("planned_shutdown", row.id, None, kind="shutdown_registered")
        return _info(c.session, row)


def correct_shutdown(
    db: Database,
    shutdown_id: int,
    *,
    by: Who,
    why: str,
    start: datetime | None = None,
    end: datetime | None = None,
    reason: str | None = None,
    notice: str | None = None,
) -> ShutdownInfo:
    """Change a registered shutdown (a window moved, notice given another way); its
    interruption moves with it. `why` goes on the audit record of both."""
    if not why.strip():
        raise ValidationError(
            {"why": Message(QT_TRANSLATE_NOOP("messages", "Give the reason for the correction."))}
        )
    with changing(db, by, UseCase.PLAN_SHUTDOWN) as c:
        row = c.session.get(PlannedShutdown, shutdown_id)
        if row is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no planned shutdown {shutdown_id}."),
                    shutdown_id=shutdown_id,
                )
            )
        feeder = c.session.get_one(Feeder, row.feeder_id)
        c.require(UseCase.PLAN_SHUTDOWN, feeder.pss.centre_id)
        new_start = start if start is not None else row.starts_at
        new_end = end if end is not None else row.ends_at
        new_reason = reason if reason is not None else row.reason
        new_notice = notice if notice is not None else row.notice
        _check(new_start, new_end, new_reason, new_notice)
        _refuse_overlap(
            c.session, feeder, _overlapping(c.session, feeder.id, new_start, new_end, row.id)
        )
        before = c.snapshot("planned_shutdown", row.id)
        row.starts_at, row.ends_at = as_utc(new_start), as_utc(new_end)
        row.reason, row.notice = new_reason.strip(), new_notice.strip()
        c.saved("planned_shutdown", row.id, before, kind="shutdown_corrected", reason=why.strip())
        interruptions.follow_shutdown(
            c, row.interruption_id, row.starts_at, row.ends_at, _cause(row.reason), why.strip()
        )
        return _info(c.session, row)


def _cause(reason: str) -> str:
    return f"planned shutdown: {reason}"[:200]


def _info(s: Session, row: PlannedShutdown) -> ShutdownInfo:
    feeder = s.get_one(Feeder, row.feeder_id)
    centre = s.get_one(Centre, feeder.pss.centre_id)
    return ShutdownInfo(
        row.id,
        feeder.id,
        feeder.code,
        feeder.name_en,
        feeder.name_hi,
        centre.code,
        as_utc(row.starts_at),
        as_utc(row.ends_at),
        row.reason,
        row.notice,
        row.interruption_id,
        shutdown_flags(row.starts_at, row.ends_at),
    )


def list_shutdowns(
    db: Database, *, centre_code: str | None = None, month: date | None = None
) -> list[ShutdownInfo]:
    """The register, earliest first: one centre's or the division's, all or those overlapping
    one month (India time)."""
    with db.read() as s:
        query = (
            select(PlannedShutdown)
            .join(Feeder, Feeder.id == PlannedShutdown.feeder_id)
            .join(Pss, Pss.id == Feeder.pss_id)
            .order_by(PlannedShutdown.starts_at, PlannedShutdown.id)
        )
        if centre_code is not None:
            centre_id = s.scalar(select(Centre.id).where(Centre.code == centre_code.upper()))
            if centre_id is None:
                raise NotFound(
                    Message(
                        QT_TRANSLATE_NOOP("messages", "There is no centre {code}."),
                        code=centre_code.upper(),
                    )
                )
            query = query.where(Pss.centre_id == centre_id)
        if month is not None:
            first = datetime.combine(month.replace(day=1), time.min, tzinfo=LOCAL_TZ)
            following = (first + timedelta(days=32)).replace(day=1)
            query = query.where(
                PlannedShutdown.starts_at < as_utc(following),
                PlannedShutdown.ends_at > as_utc(first),
            )
        return [_info(s, row) for row in s.scalars(query)]


def during_planned_shutdown() -> ColumnElement[bool]:
    """For a query on complaints: the complaint came from a feeder within one of its planned
    shutdowns."""
    return exists().where(
        PlannedShutdown.feeder_id == Complaint.feeder_id,
        PlannedShutdown.starts_at <= Complaint.received_at,
        PlannedShutdown.ends_at >= Complaint.received_at,
    )


def shutdown_at(s: Session, feeder_id: int | None, at: datetime) -> ShutdownInfo | None:
    """The planned shutdown a call from `feeder_id` at `at` falls within, if any."""
    if feeder_id is None:
        return None
    row = s.scalars(
        select(PlannedShutdown)
        .where(
            PlannedShutdown.feeder_id == feeder_id,
            PlannedShutdown.starts_at <= as_utc(at),
            PlannedShutdown.ends_at >= as_utc(at),
        )
        .limit(1)
    ).first()
    return None if row is None else _info(s, row)


def shutdown_of_complaint(db: Database, complaint_id: int) -> ShutdownInfo | None:
    """The planned shutdown a complaint was received within, for the details and the form."""
    with db.read() as s:
        complaint = s.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFound(
                Message(
                    QT_TRANSLATE_NOOP("messages", "There is no complaint {complaint_id}."),
                    complaint_id=complaint_id,
                )
            )
        return shutdown_at(s, complaint.feeder_id, complaint.received_at)


def shutdown_complaints(db: Database, complaint_ids: list[int]) -> set[int]:
    """Which of these complaints are marked "planned shutdown" (for the queue's rows)."""
    if not complaint_ids:
        return set()
    with db.read() as s:
        return set(
            s.scalars(
                select(Complaint.id).where(
                    Complaint.id.in_(complaint_ids), during_planned_shutdown()
                )
            )
        )
