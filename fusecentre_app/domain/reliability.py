"""Reliability indices of a month's feeder interruptions: SAIFI, SAIDI, MAIFI, CAIDI, CAIFI.

BERC's Regulation 13(3) asks for them monthly, per 11 kV feeder; the Electricity (Rights of
Consumers) Rules add CAIDI and CAIFI. Every index is a sum over *events* divided by the
consumers served:

    SAIFI = Σ(A_i·N_i) / N_T      A_i: sustained interruptions of event i (1), N_i: consumers
    SAIDI = Σ(B_i·N_i) / N_T      B_i: its duration
    MAIFI = Σ(C_i·N_i) / N_T      C_i: momentary interruptions of event i (1)
    CAIDI = SAIDI / SAIFI
    CAIFI = customer interruptions / distinct consumers interrupted

The products are taken event by event and then added: multiplying a month's total of
interruptions by its total (or average) duration gives a different, wrong figure (the
Gujarat MIS of April 2010 is a sum of per-event products).

Settings (`IndexSettings`): an interruption longer than `sustained_over_minutes` (5 by
default, BERC; the Rules' default is 3) is sustained, one of that length or shorter is
momentary; planned interruptions are counted unless `include_planned` is off. Feeders that
serve predominantly agricultural load are left out of the sums, while N_T stays every
consumer of the division (or centre). An event with no consumers affected given counts every
consumer of its feeder. The distinct consumers interrupted on a feeder are taken as the
largest number affected by any one of its events (the records do not say which consumers
they were, so this is the fewest there can have been).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

BERC_SUSTAINED_OVER_MINUTES = 5.0
RULES_SUSTAINED_OVER_MINUTES = 3.0


@dataclass(frozen=True)
class IndexSettings:
    sustained_over_minutes: float = BERC_SUSTAINED_OVER_MINUTES
    include_planned: bool = True


BERC_DEFAULTS = IndexSettings()


@dataclass(frozen=True)
class FeederCount:
    """A feeder as it stood in the month: its consumers connected and whether it serves
    predominantly agricultural load."""

    feeder: str
    consumers: int
    agricultural: bool = False


@dataclass(frozen=True)
class Outage:
    """One interruption of a feeder's supply (`consumers` None: every consumer of it)."""

    feeder: str
    minutes: float
    planned: bool = False
    consumers: int | None = None


@dataclass(frozen=True)
class Indices:
    """The sums behind the indices, and the indices themselves as properties."""

    consumers: int  # N_T
    customer_interruptions: float = 0.0  # Σ A_i·N_i
    customer_minutes: float = 0.0  # Σ B_i·N_i
    momentary_customer_interruptions: float = 0.0  # Σ C_i·N_i
    consumers_interrupted: int = 0  # distinct consumers with a sustained interruption
    sustained: int = 0
    momentary: int = 0

    @property
    def saifi(self) -> float:
        return self.customer_interruptions / self.consumers if self.consumers else 0.0

    @property
    def saidi_minutes(self) -> float:
        return self.customer_minutes / self.consumers if self.consumers else 0.0

    @property
    def saidi_hours(self) -> float:
        return self.saidi_minutes / 60

    @property
    def maifi(self) -> float:
        return self.momentary_customer_interruptions / self.consumers if self.consumers else 0.0

    @property
    def caidi_minutes(self) -> float:
        return self.saidi_minutes / self.saifi if self.saifi else 0.0

    @property
    def caifi(self) -> float:
        if not self.consumers_interrupted:
            return 0.0
        return self.customer_interruptions / self.consumers_interrupted


@dataclass(frozen=True)
class FeederIndices:
    feeder: str
    agricultural: bool
    indices: Indices


@dataclass(frozen=True)
class MonthIndices:
    settings: IndexSettings
    total: Indices
    feeders: tuple[FeederIndices, ...] = field(default=())


@dataclass
class _Sums:
    consumers: int
    customer_interruptions: float = 0.0
    customer_minutes: float = 0.0
    momentary: float = 0.0
    largest: int = 0
    sustained_count: int = 0
    momentary_count: int = 0

    def add(self, outage: Outage, affected: int, settings: IndexSettings) -> None:
        if outage.minutes > settings.sustained_over_minutes:
            self.customer_interruptions += affected
            self.customer_minutes += outage.minutes * affected
            self.largest = max(self.largest, affected)
            self.sustained_count += 1
        else:
            self.momentary += affected
            self.momentary_count += 1

    def indices(self, consumers: int, interrupted: int) -> Indices:
        return Indices(
            consumers=consumers,
            customer_interruptions=self.customer_interruptions,
            customer_minutes=self.customer_minutes,
            momentary_customer_interruptions=self.momentary,
            consumers_interrupted=interrupted,
            sustained=self.sustained_count,
            momentary=self.momentary_count,
        )


def _interrupted(sums: _Sums, consumers: int) -> int:
    """The fewest distinct consumers a feeder's sustained interruptions can have reached."""
    return min(sums.largest, consumers) if consumers else sums.largest


class UnknownFeeder(ValueError):
    """An outage on a feeder the month's counts do not include."""


def month_indices(
    feeders: Sequence[FeederCount],
    outages: Iterable[Outage],
    settings: IndexSettings = BERC_DEFAULTS,
) -> MonthIndices:
    """The indices per feeder (each over its own consumers) and in total (over every
    consumer, agricultural feeders' interruptions left out), worst first by SAIDI."""
    sums = {f.feeder: _Sums(f.consumers) for f in feeders}
    counts = {f.feeder: f for f in feeders}
    for outage in outages:
        if outage.planned and not settings.include_planned:
            continue
        if outage.feeder not in sums:
            raise UnknownFeeder(outage.feeder)
        feeder_consumers = counts[outage.feeder].consumers
        affected = feeder_consumers if outage.consumers is None else outage.consumers
        sums[outage.feeder].add(outage, affected, settings)

    total = _Sums(sum(f.consumers for f in feeders))
    interrupted = 0
    for f in feeders:
        if f.agricultural:
            continue
        one = sums[f.feeder]
        total.customer_interruptions += one.customer_interruptions
        total.customer_minutes += one.customer_minutes
        total.momentary += one.momentary
        total.sustained_count += one.sustained_count
        total.momentary_count += one.momentary_count
        interrupted += _interrupted(one, f.consumers)
    per_feeder = [
        FeederIndices(
            f.feeder,
            f.agricultural,
            sums[f.feeder].indices(f.consumers, _interrupted(sums[f.feeder], f.consumers)),
        )
        for f in feeders
    ]
    per_feeder.sort(key=lambda r: (-r.indices.saidi_minutes, -r.indices.saifi, r.feeder))
    return MonthIndices(settings, total.indices(total.consumers, interrupted), tuple(per_feeder))
