"""Compensation owed for a late restoration, under a Standards of Performance rule.

A regulator's table says, per fault type and area, what a consumer is paid when supply is
restored after the deadline: a sum once per case, or a sum for each day of default (with the
day's part counted as a whole day, or only whole days counted); to the one consumer who
complained, or to each consumer of a failed transformer or feeder. The rule is data (see
`services.masterdata`); this module only does the arithmetic, so that the EE can check it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Basis(StrEnum):
    """How a delay turns into money."""

    NONE = "none"  # no compensation in the table (or not yet confirmed)
    PER_CASE = "per_case"  # one sum however late
    PER_DAY = "per_day"  # a sum for each day of default


class DayRounding(StrEnum):
    """How a part of a day of default is counted (per-day rules only)."""

    PART_DAY_COUNTS = "part_day_counts"  # 1 h late is one day of default
    WHOLE_DAYS = "whole_days"  # only completed days of default are paid


@dataclass(frozen=True)
class CompensationRule:
    """What one rule pays. `single` goes to a lone consumer; when a fault affects several
    (a DT or feeder), `each` goes to every one of them (`None`: the single sum each)."""

    basis: Basis = Basis.NONE
    single: int = 0  # rupees
    each: int | None = None  # rupees to each of several consumers
    rounding: DayRounding = DayRounding.PART_DAY_COUNTS
    day_hours: float = 24.0  # a day of default, in the rule's clock hours

    def __post_init__(self) -> None:
        if self.single < 0 or (self.each is not None and self.each < 0):
            raise ValueError("compensation cannot be negative")
        if self.day_hours <= 0:
            raise ValueError("a day of default must be longer than zero hours")

    @property
    def pays(self) -> bool:
        return self.basis is not Basis.NONE and (self.single > 0 or bool(self.each))

    def describe(self) -> str:
        """The rule in one line, as printed on the statement."""
        if not self.pays:
            return "no compensation"
        unit = "per case" if self.basis is Basis.PER_CASE else "per day of default"
        text = f"Rs {self.single} {unit}"
        if self.each is not None and self.each != self.single:
            text += f" (Rs {self.each} to each consumer when several are affected)"
        if self.basis is Basis.PER_DAY:
            text += (
                "; part of a day counts as a day"
                if self.rounding is DayRounding.PART_DAY_COUNTS
                else "; whole days only"
            )
        return text


@dataclass(frozen=True)
class Liability:
    """What a late restoration costs: the figures the EE decides a claim on."""

    hours_late: float
    units: int  # cases (0 or 1) or days of default
    per_consumer: int  # rupees to each consumer
    consumers: int
    total: int  # rupees

    @property
    def owed(self) -> bool:
        return self.total > 0


def days_of_default(hours_late: float, rounding: DayRounding, day_hours: float = 24.0) -> int:
    if hours_late <= 0:
        return 0
    days = hours_late / day_hours
    # A float like 2.0000000001 from clock arithmetic is two whole days, not three.
    days = round(days, 9)
    return math.ceil(days) if rounding is DayRounding.PART_DAY_COUNTS else math.floor(days)


def liability(rule: CompensationRule, hours_late: float, consumers: int = 1) -> Liability:
    """The sum owed for a restoration `hours_late` past its deadline (0 or less: in time) to
    `consumers` consumers (1 for a lone complaint; each consumer of a DT or feeder fault)."""
    if consumers < 1:
        raise ValueError("a fault affects at least one consumer")
    late = max(0.0, hours_late)
    if not rule.pays or late == 0:
        units = 0
    elif rule.basis is Basis.PER_CASE:
        units = 1
    else:
        units = days_of_default(late, rule.rounding, rule.day_hours)
    rate = rule.single if consumers == 1 or rule.each is None else rule.each
    per_consumer = rate * units
    return Liability(late, units, per_consumer, consumers, per_consumer * consumers)
