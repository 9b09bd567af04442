"""First come, first served: which complaints were served out of turn.

An inspection once found most of a day's complaints unattended while later ones had been
served first. The queue therefore shows, for each complaint served out of turn, the earlier
complaints on the same feeder that it overtook, so that favouritism is visible and traceable.

The rule: a resolved complaint was *served out of turn* if, at the moment it was resolved, an
earlier-received complaint on the same feeder was still waiting, i.e. had not been resolved
and had not been cancelled or closed by then. Received at the same moment is not earlier.
Danger complaints (priority > 0: a snapped wire, a burning transformer) may jump the queue,
so they are only measured against earlier danger complaints. Complaints on other feeders or
without a feeder never make a complaint out of turn: a lineman on feeder A cannot serve
feeder B's queue, and a complaint with no feeder belongs to no lineman's queue yet.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

__all__ = ["Served", "out_of_turn", "out_of_turn_counts"]

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_MICROSECOND = timedelta(microseconds=1)


def _require_aware(moment: datetime, name: str) -> None:
    # Naive times cannot be ordered against the aware UTC times the store hands out, and
    # guessing their zone would move a complaint by 5 h 30 min; refuse them instead.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")


@dataclass(frozen=True)
class Served:
    """What the rule needs to know about one complaint.

    `resolved_at` is None while the complaint is unresolved. `cancelled_at` is when it left
    the queue without being served (cancelled, or closed); a complaint stops waiting at the
    earlier of the two. `priority` > 0 marks a danger complaint.
    """

    complaint_id: int
    feeder_id: int | None
    received_at: datetime
    resolved_at: datetime | None
    priority: int = 0
    cancelled_at: datetime | None = None

    def __post_init__(self) -> None:
        for name in ("received_at", "resolved_at", "cancelled_at"):
            moment = getattr(self, name)
            if moment is not None:
                _require_aware(moment, f"{name} of complaint {self.complaint_id}")

    @property
    def is_danger(self) -> bool:
        return self.priority > 0


def out_of_turn(items: Iterable[Served]) -> dict[int, list[int]]:
    """Each complaint served out of turn -> the earlier complaints it overtook, oldest first.

    Complaints that overtook no one are left out, so an empty dict means the
    centre kept its queue. Ties in received time are ordered by complaint id.

    Cost per feeder: O(n log n) to sort and build, then O(log n) per flagged pair reported
    (the answer itself can hold up to n²/2 pairs if a feeder's queue was served backwards).
    """
    by_feeder: defaultdict[int, list[Served]] = defaultdict(list)
    for item in items:
        if item.feeder_id is not None:
            by_feeder[item.feeder_id].append(item)

    flagged: dict[int, list[int]] = {}
    for feeder_items in by_feeder.values():
        flagged.update(_feeder_out_of_turn(feeder_items))
    return flagged


def out_of_turn_counts(items: Iterable[Served]) -> dict[int, int]:
    """Each complaint served out of turn -> how many earlier complaints it overtook.

    The same rule as `out_of_turn`, for the queue, which shows only the count: it costs
    O(n log n) per feeder however many pairs there are, where listing them can cost n²/2.
    """
    by_feeder: defaultdict[int, list[Served]] = defaultdict(list)
    for item in items:
        if item.feeder_id is not None:
            by_feeder[item.feeder_id].append(item)
    counts: dict[int, int] = {}
    for feeder_items in by_feeder.values():
        feeder_items.sort(key=lambda s: (s.received_at, s.complaint_id))
        received = [_micros(s.received_at) for s in feeder_items]
        leaves = [_left_queue(s) for s in feeder_items]
        ordinary: list[tuple[int, int, int]] = []  # (prefix, served at, complaint id)
        danger: list[tuple[int, int, int]] = []
        danger_positions = [i for i, s in enumerate(feeder_items) if s.is_danger]
        earlier = danger_earlier = 0
        for index, item in enumerate(feeder_items):
            while received[earlier] < received[index]:
                if feeder_items[earlier].is_danger:
                    danger_earlier += 1
                earlier += 1
            if item.resolved_at is None:
                continue
            query = (danger_earlier if item.is_danger else earlier, _micros(item.resolved_at))
            (danger if item.is_danger else ordinary).append((*query, item.complaint_id))
        counts.update(_count_above(leaves, ordinary))
        counts.update(_count_above([leaves[i] for i in danger_positions], danger))
    return counts


def _count_above(values: Sequence[float], queries: list[tuple[int, int, int]]) -> dict[int, int]:
    """For each (prefix, threshold, key): how many of values[:prefix] exceed threshold.

    Offline: thresholds from high to low, values inserted into a Fenwick tree by position as
    they come to exceed the threshold, then one prefix sum per query."""
    n = len(values)
    tree = [0] * (n + 1)
    order = sorted(range(n), key=lambda i: values[i], reverse=True)
    inserted = 0
    counts: dict[int, int] = {}
    for prefix, threshold, key in sorted(queries, key=lambda q: q[1], reverse=True):
        while inserted < n and values[order[inserted]] > threshold:
            position = order[inserted] + 1
            while position <= n:
                tree[position] += 1
                position += position & -position
            inserted += 1
        total, position = 0, prefix
        while position > 0:
            total += tree[position]
            position -= position & -position
        if total:
            counts[key] = total
    return counts


def _micros(moment: datetime) -> int:
    """Exact integer time, so any zone and any microsecond compare correctly."""
    return (moment - _EPOCH) // _MICROSECOND


def _left_queue(item: Served) -> float:
    """When a complaint stopped waiting (math.inf while it is still waiting)."""
    ends = [_micros(m) for m in (item.resolved_at, item.cancelled_at) if m is not None]
    return min(ends) if ends else math.inf


def _feeder_out_of_turn(items: list[Served]) -> dict[int, list[int]]:
    """The rule for one feeder's complaints.

    In received order, "earlier than X" is a prefix of the list, so "earlier complaints still
    waiting when X was resolved" is every position in that prefix whose leaving time is after
    X's resolution. A max tree over leaving times answers that by visiting only branches
    that hold a match, and reports them left to right, i.e. oldest first. Danger complaints
    get a second tree holding only danger complaints.
    """
    items.sort(key=lambda s: (s.received_at, s.complaint_id))
    received = [_micros(s.received_at) for s in items]
    leaves = [_left_queue(s) for s in items]
    everyone = _MaxTree(leaves)
    danger_positions = [i for i, s in enumerate(items) if s.is_danger]
    danger = _MaxTree([leaves[i] for i in danger_positions])

    flagged: dict[int, list[int]] = {}
    earlier = 0  # items[:earlier] were received strictly before the current item
    danger_earlier = 0  # the same, counted among danger complaints
    for index, item in enumerate(items):
        while received[earlier] < received[index]:
            if items[earlier].is_danger:
                danger_earlier += 1
            earlier += 1
        if item.resolved_at is None:
            continue
        served_at = _micros(item.resolved_at)
        if item.is_danger:
            positions = [danger_positions[i] for i in danger.above(danger_earlier, served_at)]
        else:
            positions = everyone.above(earlier, served_at)
        if positions:
            flagged[item.complaint_id] = [items[i].complaint_id for i in positions]
    return flagged


class _MaxTree:
    """A static segment tree of maxima over a list of numbers."""

    def __init__(self, values: Sequence[float]) -> None:
        self._n = len(values)
        size = 1
        while size < self._n:
            size *= 2
        self._size = size
        tree = [-math.inf] * (2 * size)
        tree[size : size + self._n] = values
        for node in range(size - 1, 0, -1):
            tree[node] = max(tree[2 * node], tree[2 * node + 1])
        self._tree = tree

    def above(self, prefix: int, threshold: float) -> list[int]:
        """Positions i < `prefix` whose value is greater than `threshold`, in increasing order.

        Depth-first, left child first, skipping any subtree that starts at or past `prefix`
        or whose maximum is not above `threshold`.
        """
        found: list[int] = []
        if prefix <= 0 or self._n == 0:
            return found
        tree = self._tree
        stack = [(1, 0, self._size)]  # (node, first position, width)
        while stack:
            node, first, width = stack.pop()
            if first >= prefix or tree[node] <= threshold:
                continue
            if width == 1:
                found.append(first)
                continue
            half = width // 2
            stack.append((2 * node + 1, first + half, half))
            stack.append((2 * node, first, half))
        return found
