"""Probable feeder faults: the 5-in-30-minutes rule, its boundaries, and what never clusters."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from fusecentre_app.domain.clustering import Call, ClusterRule, ProbableFault, probable_faults
from fusecentre_app.domain.timeutil import LOCAL_TZ

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


def _burst(feeder_id: int | None, offsets: list[timedelta], first_id: int = 1) -> list[Call]:
    return [
        Call(complaint_id=first_id + i, feeder_id=feeder_id, received_at=T0 + offset)
        for i, offset in enumerate(offsets)
    ]


def _spread(count: int, span: timedelta) -> list[timedelta]:
    """`count` offsets from 0 to exactly `span`, evenly spaced."""
    return [span * i / (count - 1) for i in range(count)]


def test_exactly_five_in_exactly_thirty_minutes_is_a_probable_fault() -> None:
    calls = _burst(7, _spread(5, timedelta(minutes=30)))
    assert probable_faults(calls) == [
        ProbableFault(
            feeder_id=7,
            complaint_ids=(1, 2, 3, 4, 5),
            first_received_at=T0,
            last_received_at=T0 + timedelta(minutes=30),
        )
    ]


def test_five_in_thirty_minutes_and_one_second_is_not() -> None:
    calls = _burst(7, _spread(5, timedelta(minutes=30, seconds=1)))
    assert probable_faults(calls) == []


def test_four_is_not_enough() -> None:
    calls = _burst(7, [MIN * i for i in range(4)])
    assert probable_faults(calls) == []


def test_same_instant_calls_cluster() -> None:
    calls = _burst(7, [timedelta(0)] * 5)
    [fault] = probable_faults(calls)
    assert fault.complaint_ids == (1, 2, 3, 4, 5)
    assert fault.first_received_at == fault.last_received_at == T0


def test_the_densest_window_is_reported_with_its_count() -> None:
    # 5 spread over 40 minutes: only the last five minutes' worth of them are within 30.
    offsets = [timedelta(0), MIN * 20, MIN * 25, MIN * 30, MIN * 35, MIN * 40, MIN * 45]
    [fault] = probable_faults(_burst(3, offsets))
    assert fault.complaint_ids == (2, 3, 4, 5, 6, 7)
    assert fault.count == 6
    assert fault.first_received_at == T0 + MIN * 20
    assert fault.last_received_at == T0 + MIN * 45


def test_ties_go_to_the_most_recent_window() -> None:
    morning = _burst(3, [MIN * i for i in range(5)], first_id=1)
    later = _burst(3, [timedelta(hours=2) + MIN * i for i in range(5)], first_id=10)
    [fault] = probable_faults(morning + later)
    assert fault.complaint_ids == (10, 11, 12, 13, 14)


def test_a_larger_older_window_beats_a_smaller_recent_one() -> None:
    morning = _burst(3, [MIN * i for i in range(7)], first_id=1)
    later = _burst(3, [timedelta(hours=2) + MIN * i for i in range(5)], first_id=10)
    [fault] = probable_faults(morning + later)
    assert fault.complaint_ids == tuple(range(1, 8))


def test_two_feeders_are_reported_separately_newest_first() -> None:
    early = _burst(1, [MIN * i for i in range(5)], first_id=1)
    late = _burst(2, [MIN * 10 + MIN * i for i in range(6)], first_id=100)
    faults = probable_faults(early + late)
    assert [f.feeder_id for f in faults] == [2, 1]
    assert faults[0].complaint_ids == tuple(range(100, 106))
    assert faults[1].complaint_ids == tuple(range(1, 6))


def test_feeders_do_not_add_up() -> None:
    calls = _burst(1, [MIN * i for i in range(3)], first_id=1)
    calls += _burst(2, [MIN * i for i in range(3)], first_id=10)
    assert probable_faults(calls) == []


def test_equal_last_times_are_ordered_by_feeder() -> None:
    calls = _burst(9, [MIN * i for i in range(5)], first_id=1)
    calls += _burst(4, [MIN * i for i in range(5)], first_id=10)
    assert [f.feeder_id for f in probable_faults(calls)] == [4, 9]


def test_calls_without_a_feeder_never_cluster() -> None:
    assert probable_faults(_burst(None, [timedelta(0)] * 20)) == []
    # ... nor do they help a feeder reach the threshold.
    calls = _burst(5, [MIN * i for i in range(4)]) + _burst(None, [MIN] * 5, first_id=50)
    assert probable_faults(calls) == []


def test_calls_already_in_an_incident_do_not_count() -> None:
    calls = _burst(5, [MIN * i for i in range(5)])
    linked = [Call(c.complaint_id, c.feeder_id, c.received_at, incident_id=77) for c in calls[:2]]
    assert probable_faults(linked + calls[2:]) == []
    # Five unlinked calls still cluster, and the linked ones are not listed.
    more = _burst(5, [MIN * 10 + MIN * i for i in range(2)], first_id=20)
    [fault] = probable_faults(linked + calls[2:] + more)
    assert fault.complaint_ids == (3, 4, 5, 20, 21)


def test_unsorted_input_gives_the_same_answer() -> None:
    calls = _burst(1, [MIN * 3 * i for i in range(8)], first_id=1)
    calls += _burst(2, [MIN * 50 + MIN * i for i in range(5)], first_id=30)
    calls += _burst(None, [MIN * i for i in range(9)], first_id=60)
    expected = probable_faults(calls)
    assert [f.feeder_id for f in expected] == [2, 1]
    rng = random.Random(1912)
    for _ in range(20):
        shuffled = calls[:]
        rng.shuffle(shuffled)
        assert probable_faults(shuffled) == expected


def test_equal_times_list_ids_in_order() -> None:
    calls = [Call(i, 1, T0) for i in (9, 3, 7, 1, 5)]
    [fault] = probable_faults(calls)
    assert fault.complaint_ids == (1, 3, 5, 7, 9)


def test_times_in_any_zone_compare_as_instants() -> None:
    calls = _burst(1, [MIN * i for i in range(4)])
    calls.append(Call(99, 1, (T0 + MIN * 29).astimezone(LOCAL_TZ)))
    [fault] = probable_faults(calls)
    assert fault.complaint_ids == (1, 2, 3, 4, 99)


def test_now_cuts_off_stale_bursts() -> None:
    calls = _burst(1, [MIN * i for i in range(5)])  # last at T0 + 4 min
    last = T0 + MIN * 4
    assert len(probable_faults(calls, now=last)) == 1
    assert len(probable_faults(calls, now=last + timedelta(minutes=30))) == 1
    assert probable_faults(calls, now=last + timedelta(minutes=30, seconds=1)) == []
    assert probable_faults(calls, now=T0 + timedelta(hours=9)) == []


def test_now_keeps_the_recent_window_when_an_older_one_is_larger() -> None:
    morning = _burst(3, [MIN * i for i in range(8)], first_id=1)
    evening = _burst(3, [timedelta(hours=8) + MIN * i for i in range(5)], first_id=10)
    [fault] = probable_faults(morning + evening, now=T0 + timedelta(hours=8, minutes=10))
    assert fault.complaint_ids == (10, 11, 12, 13, 14)
    [fault] = probable_faults(morning + evening)
    assert fault.complaint_ids == tuple(range(1, 9))


def test_now_counts_calls_stamped_slightly_after_it() -> None:
    calls = _burst(1, [MIN * i for i in range(5)])
    [fault] = probable_faults(calls, now=T0 + MIN * 2)
    assert fault.complaint_ids == (1, 2, 3, 4, 5)


def test_custom_rule() -> None:
    calls = _burst(1, [timedelta(0), MIN * 9, MIN * 10])
    rule = ClusterRule(min_complaints=3, window=timedelta(minutes=10))
    [fault] = probable_faults(calls, rule)
    assert fault.complaint_ids == (1, 2, 3)
    assert probable_faults(calls, ClusterRule(min_complaints=3, window=MIN * 9)) == []
    assert probable_faults(calls, ClusterRule(min_complaints=2, window=MIN)) == [
        ProbableFault(1, (2, 3), T0 + MIN * 9, T0 + MIN * 10)
    ]
    # The custom window also sets the `now` cut-off.
    assert probable_faults(calls, rule, now=T0 + MIN * 20) == [fault]
    assert probable_faults(calls, rule, now=T0 + MIN * 21) == []


def test_default_rule() -> None:
    assert ClusterRule() == ClusterRule(min_complaints=5, window=timedelta(minutes=30))


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"min_complaints": 1}, "at least 2"),
        ({"min_complaints": 0}, "at least 2"),
        ({"min_complaints": -3}, "at least 2"),
        ({"min_complaints": 2.5}, "whole number"),
        ({"min_complaints": True}, "whole number"),
        ({"window": timedelta(0)}, "longer than zero"),
        ({"window": -MIN}, "longer than zero"),
        ({"window": 30}, "timedelta"),
    ],
)
def test_invalid_rules_are_refused(kwargs: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        ClusterRule(**kwargs)  # type: ignore[arg-type]


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="received_at of complaint 1"):
        Call(1, 1, datetime(2026, 6, 1, 9, 0))
    with pytest.raises(ValueError, match="now"):
        probable_faults([], now=datetime(2026, 6, 1, 9, 0))


def test_empty_input() -> None:
    assert probable_faults([]) == []
    assert probable_faults(iter([]), now=T0) == []


def _brute_force(calls: list[Call], rule: ClusterRule, now: datetime | None) -> list[ProbableFault]:
    """Try every window start; keep the largest, latest-ending qualifying one per feeder."""
    best: dict[int, tuple[int, datetime, list[Call]]] = {}
    usable = [c for c in calls if c.feeder_id is not None and c.incident_id is None]
    for start in usable:
        inside = sorted(
            (
                c
                for c in usable
                if c.feeder_id == start.feeder_id
                and start.received_at <= c.received_at <= start.received_at + rule.window
            ),
            key=lambda c: (c.received_at, c.complaint_id),
        )
        last = inside[-1].received_at
        if len(inside) < rule.min_complaints:
            continue
        if now is not None and last < now - rule.window:
            continue
        assert start.feeder_id is not None
        key = (len(inside), last)
        current = best.get(start.feeder_id)
        if current is None or key > current[:2]:
            best[start.feeder_id] = (len(inside), last, inside)
    faults = [
        ProbableFault(
            feeder,
            tuple(c.complaint_id for c in inside),
            inside[0].received_at,
            inside[-1].received_at,
        )
        for feeder, (_size, _last, inside) in best.items()
    ]
    return sorted(faults, key=lambda f: (-f.last_received_at.timestamp(), f.feeder_id))


def test_matches_brute_force_on_random_days() -> None:
    rng = random.Random(20261129)
    for _ in range(300):
        calls = [
            Call(
                complaint_id=i,
                feeder_id=rng.choice([None, 1, 2, 3]),
                received_at=T0 + MIN * rng.randrange(0, 240),
                incident_id=rng.choice([None] * 5 + [1]),
            )
            for i in range(rng.randrange(0, 60))
        ]
        rule = ClusterRule(rng.randrange(2, 7), MIN * rng.randrange(1, 60))
        now = rng.choice([None, T0 + MIN * rng.randrange(0, 300)])
        assert probable_faults(calls, rule, now=now) == _brute_force(calls, rule, now)
