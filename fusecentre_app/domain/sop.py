"""Standards of Performance: the restoration deadline a complaint is logged with.

The hours come from a configurable table (complaint type x urban/rural), each rule with its
clock, its compensation, the day it took effect and where its figures come from. Most clocks
run continuously, day and night, as the regulator's restoration standards do; a rule may
instead count only the working hours of each day (every day alike: holidays are not known).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from fusecentre_app.domain.compensation import CompensationRule
from fusecentre_app.domain.enums import Area
from fusecentre_app.domain.timeutil import LOCAL_TZ

DEFAULT_HOURS = 24.0
TO_CONFIRM = "to be confirmed with BERC"


class Clock(StrEnum):
    CONTINUOUS = "continuous"
    WORKING = "working"  # only the working day's hours count


@dataclass(frozen=True)
class WorkingDay:
    """The hours of a day a working-hours clock counts, in India time."""

    start: time = time(10, 0)
    end: time = time(17, 0)

    def __post_init__(self) -> None:
        if self.end <= self.start:
            raise ValueError("a working day must end after it starts")

    @property
    def hours(self) -> float:
        return (
            datetime.combine(date.min, self.end) - datetime.combine(date.min, self.start)
        ).total_seconds() / 3600.0

    @staticmethod
    def parse(text: str) -> WorkingDay:
        """`10:00-17:00`."""
        start, _, end = text.partition("-")
        return WorkingDay(time.fromisoformat(start.strip()), time.fromisoformat(end.strip()))

    def text(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"


@dataclass(frozen=True)
class SopRule:
    """One row of the SoP table with its provenance."""

    type_code: str
    area: Area
    hours: float
    clock: Clock = Clock.CONTINUOUS
    working_day: WorkingDay | None = None
    compensation: CompensationRule = field(default_factory=CompensationRule)
    effective_from: date | None = None
    hours_source: str = TO_CONFIRM
    compensation_source: str = TO_CONFIRM

    def __post_init__(self) -> None:
        if self.hours <= 0:
            raise ValueError("SoP hours must be positive")
        if self.clock is Clock.WORKING and self.working_day is None:
            raise ValueError("a working-hours clock needs its working day")

    def due_at(self, received_at: datetime) -> datetime:
        if self.clock is Clock.WORKING and self.working_day is not None:
            return working_due(received_at, self.hours, self.working_day)
        return sop_due(received_at, self.hours)

    def hours_late(self, due_at: datetime, done_at: datetime) -> float:
        """Hours past the deadline on this rule's clock (0 when in time)."""
        if self.clock is Clock.WORKING and self.working_day is not None:
            return working_hours_between(due_at, done_at, self.working_day)
        return hours_late(due_at, done_at)


@dataclass(frozen=True)
class SopTable:
    """Hours allowed per (complaint type code, area); unknown pairs fall back to a default."""

    hours: Mapping[tuple[str, Area], float]
    fallback: float = DEFAULT_HOURS

    def hours_for(self, type_code: str, area: Area | None) -> float:
        if area is None:
            # Unknown feeder: the stricter (urban) standard is the safe promise to a caller.
            area = Area.URBAN
        return self.hours.get((type_code, area), self.fallback)

    def due_at(self, received_at: datetime, type_code: str, area: Area | None) -> datetime:
        return sop_due(received_at, self.hours_for(type_code, area))


def sop_due(received_at: datetime, hours: float) -> datetime:
    if hours <= 0:
        raise ValueError("SoP hours must be positive")
    return received_at + timedelta(hours=hours)


def hours_late(due_at: datetime, done_at: datetime) -> float:
    """How many hours past the deadline something was done (0 when in time)."""
    return max(0.0, (done_at - due_at).total_seconds() / 3600.0)


def working_due(received_at: datetime, hours: float, day: WorkingDay) -> datetime:
    """The moment `hours` of working time have passed since `received_at` (a call after the
    day's end starts counting next morning)."""
    if hours <= 0:
        raise ValueError("SoP hours must be positive")
    left = timedelta(hours=hours)
    moment = received_at.astimezone(LOCAL_TZ)
    while True:
        opens = datetime.combine(moment.date(), day.start, LOCAL_TZ)
        closes = datetime.combine(moment.date(), day.end, LOCAL_TZ)
        moment = max(moment, opens)
        if moment < closes:
            if moment + left <= closes:
                return (moment + left).astimezone(received_at.tzinfo)
            left -= closes - moment
        moment = datetime.combine(moment.date() + timedelta(days=1), day.start, LOCAL_TZ)


def working_hours_between(start: datetime, end: datetime, day: WorkingDay) -> float:
    """Working hours from `start` to `end` (0 when `end` is not later)."""
    if end <= start:
        return 0.0
    total = timedelta()
    first, last = start.astimezone(LOCAL_TZ), end.astimezone(LOCAL_TZ)
    current = first.date()
    while current <= last.date():
        opens = max(first, datetime.combine(current, day.start, LOCAL_TZ))
        closes = min(last, datetime.combine(current, day.end, LOCAL_TZ))
        if closes > opens:
            total += closes - opens
        current += timedelta(days=1)
    return total.total_seconds() / 3600.0
