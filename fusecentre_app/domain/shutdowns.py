"""Planned shutdowns: the rule of BERC Reg. 13(2) on how long and how late supply may be
taken off for planned work, and how notice was given.

A shutdown longer than 10 hours in one day, or running after 18:00, is flagged: the EE must
answer for it. Days are India's calendar days; a shutdown over midnight is judged day by day.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from fusecentre_app.domain.timeutil import LOCAL_TZ, to_local

__all__ = ["LATEST_END", "MAX_HOURS_A_DAY", "NOTICES", "ShutdownFlag", "shutdown_flags"]

MAX_HOURS_A_DAY = 10
LATEST_END = time(18, 0)
# How the consumers were told; anything else is written as it was given.
NOTICES = ("newspaper", "sms", "loudspeaker", "whatsapp", "phone", "notice board")


@dataclass(frozen=True)
class ShutdownFlag:
    """One day on which a shutdown breaks Reg. 13(2): `hours` off that day, and whether it
    ran after 18:00."""

    day: date
    hours: float
    after_six: bool

    @property
    def too_long(self) -> bool:
        return self.hours > MAX_HOURS_A_DAY


def shutdown_flags(start: datetime, end: datetime) -> tuple[ShutdownFlag, ...]:
    """The days (India time) on which the shutdown from `start` to `end` is more than 10 hours
    or runs after 18:00; empty when it keeps to Reg. 13(2)."""
    first, last = to_local(start), to_local(end)
    flags: list[ShutdownFlag] = []
    day = first.date()
    while True:
        midnight = datetime.combine(day, time.min, tzinfo=LOCAL_TZ)
        following = datetime.combine(day + timedelta(days=1), time.min, tzinfo=LOCAL_TZ)
        off_from, off_to = max(first, midnight), min(last, following)
        if off_to <= off_from:
            break
        hours = (off_to - off_from).total_seconds() / 3600
        after_six = off_to > datetime.combine(day, LATEST_END, tzinfo=LOCAL_TZ)
        if hours > MAX_HOURS_A_DAY or after_six:
            flags.append(ShutdownFlag(day, round(hours, 2), after_six))
        day += timedelta(days=1)
    return tuple(flags)
