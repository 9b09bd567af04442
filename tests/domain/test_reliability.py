"""Reliability indices from per-event records: the textbook day and the Gujarat MIS month."""

from __future__ import annotations

import pytest

from fusecentre_app.domain.reliability import (
    FeederCount,
    IndexSettings,
    Outage,
    UnknownFeeder,
    month_indices,
)

# A textbook day: 5 outages on a system of 50,000 customers.
TEXTBOOK = [(10, 90), (1000, 20), (2, 175), (1, 120), (1, 38)]

# The Gujarat DISCOM's urban MIS, April 2010: the published monthly sums.
GUJARAT_NT = 1_322_770
GUJARAT_CI = 2_175_290
GUJARAT_CUSTOMER_MINUTES = 66_632_946  # 1,110,549.10 customer-hours
GUJARAT_MOMENTARY = 9_194_540


def gujarat_events() -> tuple[list[FeederCount], list[Outage]]:
    """Ten feeders of 132,277 consumers and a month of events whose per-event products add
    up to the published sums (sustained events of 30 and 31 minutes, momentary of 2)."""
    per = GUJARAT_NT // 10
    feeders = [FeederCount(f"F{n:02d}", per) for n in range(10)]
    outages: list[Outage] = []

    def spread(total: int, minutes: float) -> None:
        whole, rest = divmod(total, per)
        for i in range(whole):
            outages.append(Outage(f"F{i % 10:02d}", minutes))
        if rest:
            outages.append(Outage("F00", minutes, consumers=rest))

    at_31 = GUJARAT_CUSTOMER_MINUTES - 30 * GUJARAT_CI  # one more minute each
    spread(at_31, 31)
    spread(GUJARAT_CI - at_31, 30)
    spread(GUJARAT_MOMENTARY, 2)
    return feeders, outages


def test_the_textbook_day() -> None:
    feeders = [FeederCount("SYS", 50_000)]
    outages = [Outage("SYS", minutes, consumers=n) for n, minutes in TEXTBOOK]
    total = month_indices(feeders, outages).total
    assert round(total.saifi, 5) == 0.02028
    assert round(total.saidi_minutes, 5) == 0.42816
    assert round(total.caidi_minutes, 3) == 21.112
    assert total.sustained == 5 and total.momentary == 0


def test_the_gujarat_mis_month() -> None:
    feeders, outages = gujarat_events()
    total = month_indices(feeders, outages).total
    assert total.consumers == GUJARAT_NT
    assert total.customer_interruptions == GUJARAT_CI
    assert round(total.customer_minutes / 60, 2) == 1_110_549.10
    assert round(total.saifi, 4) == 1.6445
    assert round(total.saidi_hours, 4) == 0.8396
    assert round(total.maifi, 4) == 6.9510


def test_customer_hours_are_summed_per_event_not_multiplied_from_totals() -> None:
    """A big feeder out briefly and a small one out long: multiplying the month's customer
    interruptions by its average duration (or by the total duration) is far off."""
    feeders = [FeederCount("BIG", 1000), FeederCount("SMALL", 10)]
    outages = [Outage("BIG", 10), Outage("SMALL", 600)]
    total = month_indices(feeders, outages).total
    per_event = (1000 * 10 + 10 * 600) / 1010
    assert total.saidi_minutes == pytest.approx(per_event)
    average = (10 + 600) / 2
    assert total.saidi_minutes != pytest.approx(total.customer_interruptions * average / 1010)
    assert total.saidi_minutes != pytest.approx(total.customer_interruptions * 610 / 1010)
    # The Gujarat month too: its customer-hours are not its interruptions times a mean.
    feeders, gujarat = gujarat_events()
    month = month_indices(feeders, gujarat).total
    sustained = [o for o in gujarat if o.minutes > 5]
    mean = sum(o.minutes for o in sustained) / len(sustained)
    assert round(month.saidi_hours, 4) == 0.8396
    assert round(GUJARAT_CI * mean / 60 / GUJARAT_NT, 4) != 0.8396


def test_the_threshold_decides_sustained_or_momentary() -> None:
    feeders = [FeederCount("F", 100)]
    outages = [Outage("F", 5), Outage("F", 4), Outage("F", 6), Outage("F", 3)]
    berc = month_indices(feeders, outages).total
    assert (berc.sustained, berc.momentary) == (1, 3)
    assert berc.saifi == 1 and berc.maifi == 3
    rules = month_indices(feeders, outages, IndexSettings(sustained_over_minutes=3)).total
    assert (rules.sustained, rules.momentary) == (3, 1)


def test_planned_and_agricultural() -> None:
    feeders = [FeederCount("TOWN", 600), FeederCount("FARM", 400, agricultural=True)]
    outages = [
        Outage("TOWN", 60),
        Outage("TOWN", 120, planned=True, consumers=300),
        Outage("FARM", 600),
    ]
    month = month_indices(feeders, outages)
    # N_T is every consumer; the farm feeder's interruption is left out of the sums.
    assert month.total.consumers == 1000
    assert month.total.customer_interruptions == 900
    assert month.total.customer_minutes == 600 * 60 + 300 * 120
    assert month.total.caifi == pytest.approx(900 / 600)
    # Per feeder, each over its own consumers, worst first.
    assert [f.feeder for f in month.feeders] == ["FARM", "TOWN"]
    farm = month.feeders[0]
    assert farm.agricultural and farm.indices.saidi_minutes == 600
    without = month_indices(feeders, outages, IndexSettings(include_planned=False)).total
    assert without.customer_interruptions == 600 and without.saidi_minutes == 36


def test_an_outage_on_an_unknown_feeder_is_refused() -> None:
    with pytest.raises(UnknownFeeder):
        month_indices([FeederCount("A", 10)], [Outage("B", 10)])


def test_no_consumers_gives_zeroes_not_a_division_by_zero() -> None:
    total = month_indices([], []).total
    assert (total.saifi, total.saidi_minutes, total.maifi, total.caidi_minutes) == (0, 0, 0, 0)
    assert total.caifi == 0
