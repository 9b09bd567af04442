"""The clerks' shifts of a centre, read from and written to `Centre.shift_hours` (the rules
themselves are `domain.shifts`).

A centre keeps its shifts as text such as "6-14,14-22,22-6": local start and end hours
(0-23), a shift whose end is below its start running past midnight. Together the shifts
must cover the 24 hours of the day exactly once, so that every complaint logged belongs to
one shift's clerk (the register's signature blocks) and every handover sheet to one shift.
"""

from __future__ import annotations

import logging

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.shifts import (
    DEFAULT_TEXT,
    SHIFTS,
    ShiftHours,
    ShiftsInvalid,
    format_shifts,
    parse,
    shift_at,
    shift_ending_or_at,
)
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.uow import Who, changing

log = logging.getLogger(__name__)

FIELD = "shift_hours"
# The rules, for the register, the handover and the command line to import from here too.
__all__ = [
    "DEFAULT_TEXT",
    "SHIFTS",
    "ShiftHours",
    "centre_shifts",
    "format_shifts",
    "parse_shifts",
    "set_centre_shifts",
    "shift_at",
    "shift_ending_or_at",
    "shifts_or_default",
]


def parse_shifts(text: str) -> tuple[ShiftHours, ...]:
    """The shifts a text describes (see `domain.shifts.parse`); `ValidationError` (field
    `shift_hours`) for text that will not do."""
    try:
        return parse(text)
    except ShiftsInvalid as exc:
        raise ValidationError({FIELD: exc.args[0]}) from None  # the sentence, translatable


def shifts_or_default(text: str | None, *, centre_code: str = "") -> tuple[ShiftHours, ...]:
    """A centre's stored shifts; text that does not parse (it can only come from outside
    the app) gives the usual three, logged, so that a register still prints."""
    if not text:
        return SHIFTS
    try:
        return parse_shifts(text)
    except ValidationError as exc:
        log.warning("centre %s: stored shifts %r ignored (%s)", centre_code, text, exc)
        return SHIFTS


def _centre(s, code: str) -> Centre:  # type: ignore[no-untyped-def]
    centre = s.scalar(select(Centre).where(Centre.code == code.strip().upper()))
    if centre is None:
        raise NotFound(
            Message(
                QT_TRANSLATE_NOOP("messages", "There is no centre with code {code!r}."),
                code=code,
            )
        )
    return centre


def centre_shifts(db: Database, centre_code: str) -> tuple[ShiftHours, ...]:
    with db.read() as s:
        centre = _centre(s, centre_code)
        return shifts_or_default(centre.shift_hours, centre_code=centre.code)


def set_centre_shifts(
    db: Database, centre_code: str, text: str, *, by: Who
) -> tuple[ShiftHours, ...]:
    """Check and store a centre's shifts (normalised, e.g. "06-14" kept as "6-14")."""
    shifts = parse_shifts(text)
    with changing(db, by, UseCase.CENTRE_SETTINGS) as c:
        centre = _centre(c.session, centre_code)
        c.require(UseCase.CENTRE_SETTINGS, centre.id)
        before = c.snapshot("centre", centre.id)
        centre.shift_hours = format_shifts(shifts)
        c.saved("centre", centre.id, before, kind="shifts_changed", centre_id=centre.id)
    return shifts
