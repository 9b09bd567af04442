"""The change of shift at the desk: the outgoing clerk prints the handover sheet and signs
out; the incoming clerk signs in and takes over, which puts their name on that handover (on
record, and on the sheet when it is printed again)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, RegisterPrint
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.errors import NotFound, ServiceError
from fusecentre_app.services.uow import changing

# A handover sheet waits this long for the incoming clerk to take over.
TAKE_OVER_WITHIN = timedelta(hours=3)


@dataclass(frozen=True)
class PendingHandover:
    print_id: int
    as_of: datetime
    printed_at: datetime
    outgoing: str


_Taken = aliased(RegisterPrint)
_Earlier = aliased(RegisterPrint)


def _taken_over(printed: type[RegisterPrint] | RegisterPrint):  # type: ignore[no-untyped-def]
    """Someone took over from this handover (from any print of its sheet)."""
    return exists().where(
        _Taken.centre_id == printed.centre_id,
        _Taken.kind == "handover",
        _Taken.as_of == printed.as_of,
        _Taken.acknowledged_by_id.is_not(None),
    )


def first_print_of(s: Session, centre_id: int, as_of: datetime) -> RegisterPrint | None:
    """The first print of the centre's handover sheet of the moment `as_of`: the outgoing
    clerk's own, whoever printed the sheet again later."""
    return s.scalars(
        select(RegisterPrint)
        .where(
            RegisterPrint.centre_id == centre_id,
            RegisterPrint.kind == "handover",
            RegisterPrint.as_of == as_of,
        )
        .order_by(RegisterPrint.id)
        .limit(1)
    ).first()


def _printed_again():  # type: ignore[no-untyped-def]
    """This print of a handover sheet is not its first (the sheet was printed again)."""
    return exists().where(
        _Earlier.centre_id == RegisterPrint.centre_id,
        _Earlier.kind == "handover",
        _Earlier.as_of == RegisterPrint.as_of,
        _Earlier.id < RegisterPrint.id,
    )


def pending_handover(
    db: Database, centre_id: int, user_id: int, *, now: datetime | None = None
) -> PendingHandover | None:
    """The latest handover of the centre that nobody has taken over yet, first printed in
    the last hours by someone else: what the incoming clerk is offered at sign-in. A sheet
    printed again is the same handover (its first print counts, whoever printed it again)."""
    now = now or utcnow()
    with db.read() as s:
        row = s.execute(
            select(RegisterPrint, AppUser.full_name)
            .outerjoin(AppUser, AppUser.id == RegisterPrint.user_id)
            .where(
                RegisterPrint.centre_id == centre_id,
                RegisterPrint.kind == "handover",
                ~_printed_again(),
                ~_taken_over(RegisterPrint),
                RegisterPrint.printed_at >= now - TAKE_OVER_WITHIN,
                RegisterPrint.user_id.is_not(None),
                RegisterPrint.user_id != user_id,
            )
            .order_by(RegisterPrint.as_of.desc(), RegisterPrint.id.desc())
            .limit(1)
        ).first()
    if row is None:
        return None
    printed, who = row
    return PendingHandover(
        printed.id,
        printed.as_of or printed.printed_at,
        printed.printed_at,
        printed.outgoing_clerk or who or "",
    )


def take_over(db: Database, print_id: int, *, user_id: int, now: datetime | None = None) -> None:
    """The incoming clerk acknowledges the handover sheet (any print of it): their name goes
    on it, and on every print of it made later."""
    with changing(db, user_id, UseCase.ACKNOWLEDGE_HANDOVER, now=now) as c:
        given = c.session.get(RegisterPrint, print_id)
        if given is None or given.kind != "handover":
            raise NotFound(
                Message(QT_TRANSLATE_NOOP("messages", "This handover sheet is not on record."))
            )
        printed = given
        if given.as_of is not None:  # the sheet's first print: the outgoing clerk's own
            printed = first_print_of(c.session, given.centre_id, given.as_of) or given
        c.require(UseCase.ACKNOWLEDGE_HANDOVER, printed.centre_id)
        if printed.acknowledged_by_id is not None or c.session.scalar(select(_taken_over(printed))):
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Someone has already taken over from this handover."
                    ),
                )
            )
        if printed.user_id == c.user_id:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The incoming clerk takes over; you printed this handover."
                    ),
                )
            )
        before = c.snapshot("print", printed.id)
        printed.acknowledged_by_id = c.user_id
        printed.acknowledged_at = c.now
        c.saved(
            "print", printed.id, before, kind="handover_taken_over", centre_id=printed.centre_id
        )
