"""First come, first served: complaints resolved while an earlier one on their feeder waited."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from fusecentre_app.domain.fairness import Served, out_of_turn
from fusecentre_app.domain.timeutil import LOCAL_TZ

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)
MIN = timedelta(minutes=1)


def at(minutes: float) -> datetime:
    return T0 + MIN * minutes


def served(
    complaint_id: int,
    received: float,
    resolved: float | None,
    *,
    feeder: int | None = 1,
    priority: int = 0,
    cancelled: float | None = None,
) -> Served:
    return Served(
        complaint_id=complaint_id,
        feeder_id=feeder,
        received_at=at(received),
        resolved_at=None if resolved is None else at(resolved),
        priority=priority,
        cancelled_at=None if cancelled is None else at(cancelled),
    )


def test_a_later_complaint_resolved_first_overtook_the_earlier_one() -> None:
    items = [served(1, 0, 60), served(2, 10, 30)]
    assert out_of_turn(items) == {2: [1]}


def test_an_earlier_complaint_never_resolved_was_overtaken() -> None:
    items = [served(1, 0, None), served(2, 10, 30)]
    assert out_of_turn(items) == {2: [1]}


def test_served_in_order_is_fair() -> None:
    items = [served(1, 0, 20), served(2, 10, 30), served(3, 15, 45)]
    assert out_of_turn(items) == {}


def test_resolved_at_the_same_moment_is_not_out_of_turn() -> None:
    items = [served(1, 0, 30), served(2, 10, 30)]
    assert out_of_turn(items) == {}


def test_equal_received_times_are_not_out_of_turn() -> None:
    items = [served(1, 0, 90), served(2, 0, 30), served(3, 0, None)]
    assert out_of_turn(items) == {}


def test_equal_received_times_still_overtake_older_ones() -> None:
    items = [served(1, 0, None), served(2, 5, 90), served(3, 5, 30)]
    assert out_of_turn(items) == {2: [1], 3: [1]}


def test_unresolved_complaints_are_never_flagged() -> None:
    items = [served(1, 0, None), served(2, 10, None), served(3, 20, None, cancelled=25)]
    assert out_of_turn(items) == {}


def test_danger_may_jump_the_queue() -> None:
    items = [served(1, 0, 120), served(2, 30, 40, priority=1)]
    assert out_of_turn(items) == {}


def test_danger_does_not_jump_earlier_danger() -> None:
    items = [served(1, 0, 120, priority=2), served(2, 5, None), served(3, 30, 40, priority=1)]
    assert out_of_turn(items) == {3: [1]}


def test_ordinary_complaints_do_not_jump_waiting_danger() -> None:
    items = [served(1, 0, 120, priority=1), served(2, 30, 40)]
    assert out_of_turn(items) == {2: [1]}


def test_cancelled_earlier_complaint_is_not_overtaken_after_its_cancellation() -> None:
    items = [served(1, 0, None, cancelled=20), served(2, 10, 30)]
    assert out_of_turn(items) == {}
    # Cancelled at the very moment of the later resolution: no longer waiting either.
    assert out_of_turn([served(1, 0, None, cancelled=30), served(2, 10, 30)]) == {}


def test_cancelled_earlier_complaint_was_overtaken_before_its_cancellation() -> None:
    items = [served(1, 0, None, cancelled=50), served(2, 10, 30)]
    assert out_of_turn(items) == {2: [1]}


def test_the_earlier_of_resolution_and_closing_ends_the_wait() -> None:
    # Resolved at 20 then closed at 90: it stopped waiting at 20.
    items = [served(1, 0, 20, cancelled=90), served(2, 10, 30)]
    assert out_of_turn(items) == {}


def test_other_feeders_are_ignored() -> None:
    items = [served(1, 0, None, feeder=1), served(2, 10, 30, feeder=2)]
    assert out_of_turn(items) == {}


def test_complaints_without_a_feeder_are_ignored() -> None:
    items = [served(1, 0, None, feeder=None), served(2, 10, 30, feeder=1)]
    assert out_of_turn(items) == {}
    items = [served(1, 0, None, feeder=1), served(2, 10, 30, feeder=None)]
    assert out_of_turn(items) == {}
    items = [served(1, 0, None, feeder=None), served(2, 10, 30, feeder=None)]
    assert out_of_turn(items) == {}


def test_several_overtaken_complaints_are_listed_oldest_first() -> None:
    items = [
        served(5, 40, 300),
        served(4, 30, None),
        served(3, 20, 50),  # resolved before 6: not overtaken by it
        served(2, 10, None, cancelled=200),
        served(1, 0, 500),
        served(6, 50, 100),
    ]
    assert out_of_turn(items) == {3: [1, 2], 6: [1, 2, 4, 5], 5: [1, 4]}
    assert list(out_of_turn(items)[6]) == [1, 2, 4, 5]


def test_equal_received_overtaken_complaints_are_listed_by_id() -> None:
    items = [served(9, 0, None), served(3, 0, None), served(7, 0, None), served(1, 5, 10)]
    assert out_of_turn(items) == {1: [3, 7, 9]}


def test_times_in_any_zone_compare_as_instants() -> None:
    earlier = Served(1, 1, at(0).astimezone(LOCAL_TZ), None)
    later = Served(2, 1, at(10), at(30).astimezone(LOCAL_TZ))
    assert out_of_turn([later, earlier]) == {2: [1]}


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError, match="received_at of complaint 1"):
        Served(1, 1, datetime(2026, 6, 1, 9, 0), None)
    with pytest.raises(ValueError, match="resolved_at of complaint 2"):
        Served(2, 1, T0, datetime(2026, 6, 1, 9, 0))
    with pytest.raises(ValueError, match="cancelled_at of complaint 3"):
        Served(3, 1, T0, None, cancelled_at=datetime(2026, 6, 1, 9, 0))


def test_empty_input() -> None:
    assert out_of_turn([]) == {}
    assert out_of_turn(iter([])) == {}


def test_a_busy_day_served_backwards() -> None:
    # 300 complaints, each resolved just before the one received before it.
    items = [served(i, i, 1000 - i) for i in range(300)]
    flagged = out_of_turn(items)
    assert len(flagged) == 299
    assert flagged[299] == list(range(299))
    assert 0 not in flagged


def _brute_force(items: list[Served]) -> dict[int, list[int]]:
    """The rule read literally: compare every complaint with every other one."""
    flagged: dict[int, list[int]] = {}
    for x in items:
        if x.resolved_at is None or x.feeder_id is None:
            continue
        overtaken = []
        for y in items:
            if y.feeder_id != x.feeder_id or not y.received_at < x.received_at:
                continue
            if x.priority > 0 and y.priority <= 0:
                continue
            still_unresolved = y.resolved_at is None or y.resolved_at > x.resolved_at
            not_cancelled = y.cancelled_at is None or y.cancelled_at > x.resolved_at
            if still_unresolved and not_cancelled:
                overtaken.append(y)
        if overtaken:
            overtaken.sort(key=lambda y: (y.received_at, y.complaint_id))
            flagged[x.complaint_id] = [y.complaint_id for y in overtaken]
    return flagged


def _random_day(rng: random.Random) -> list[Served]:
    items = []
    for complaint_id in rng.sample(range(1, 1000), rng.randrange(0, 40)):
        received = rng.randrange(0, 60)  # few distinct minutes: many equal times
        resolved = rng.choice([None, received + rng.randrange(0, 60)])
        cancelled = rng.choice([None, None, None, received + rng.randrange(0, 60)])
        items.append(
            served(
                complaint_id,
                received,
                resolved,
                feeder=rng.choice([None, 1, 2, 3]),
                priority=rng.choice([0, 0, 0, 1, 2]),
                cancelled=cancelled,
            )
        )
    return items


def test_matches_brute_force_on_random_days() -> None:
    rng = random.Random(1912)
    for _ in range(400):
        items = _random_day(rng)
        expected = _brute_force(items)
        assert out_of_turn(items) == expected
        shuffled = items[:]
        rng.shuffle(shuffled)
        assert out_of_turn(shuffled) == expected


def test_counts_equal_the_lists_on_random_days() -> None:
    from fusecentre_app.domain.fairness import out_of_turn_counts

    rng = random.Random(11)
    base = datetime(2026, 6, 1, tzinfo=UTC)
    for _round in range(200):
        items = []
        for cid in range(rng.randrange(0, 40)):
            received = base + timedelta(minutes=rng.randrange(0, 120))
            resolved = (
                received + timedelta(minutes=rng.randrange(0, 300)) if rng.random() < 0.6 else None
            )
            cancelled = (
                received + timedelta(minutes=rng.randrange(0, 300)) if rng.random() < 0.1 else None
            )
            items.append(
                Served(
                    cid,
                    rng.choice([1, 2, None]),
                    received,
                    resolved,
                    rng.choice([0, 0, 1]),
                    cancelled,
                )
            )
        expected = {k: len(v) for k, v in out_of_turn(items).items()}
        assert out_of_turn_counts(items) == expected
