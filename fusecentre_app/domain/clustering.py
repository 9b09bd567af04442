"""Probable feeder faults: many complaints from one feeder in a short time.

When a feeder trips or a conductor snaps, a whole village calls within minutes. Each call is
a separate complaint, but they have one cause, and the supervisor should send one crew to
the feeder rather than a lineman to every house. So the queue raises a banner when a feeder
gets at least `ClusterRule.min_complaints` complaints within `ClusterRule.window` (by
default 5 within 30 minutes).

The rule here is pure: it takes the few facts it needs about each complaint (`Call`) and
returns what the banner shows (`ProbableFault`). Complaints without a feeder never cluster
(we do not know where they are), and complaints already grouped into an incident do not
count (that fault has been recognised already).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

__all__ = ["Call", "ClusterRule", "ProbableFault", "probable_faults"]


def _require_aware(moment: datetime, name: str) -> None:
    # Naive times cannot be ordered against the aware UTC times the store hands out, and
    # guessing their zone would move a complaint by 5 h 30 min; refuse them instead.
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got {moment!r}")


@dataclass(frozen=True)
class ClusterRule:
    """How many complaints (`min_complaints`) within how long (`window`) make a probable fault.

    Centres tune this: a dense town feeder gets many unrelated calls in half an hour, a
    rural feeder few. A cluster of one is no cluster, hence at least two complaints.
    """

    min_complaints: int = 5
    window: timedelta = timedelta(minutes=30)

    def __post_init__(self) -> None:
        if isinstance(self.min_complaints, bool) or not isinstance(self.min_complaints, int):
            raise ValueError(
                f"ClusterRule.min_complaints must be a whole number, got {self.min_complaints!r}"
            )
        if self.min_complaints < 2:
            raise ValueError(
                f"ClusterRule.min_complaints must be at least 2, got {self.min_complaints}"
            )
        if not isinstance(self.window, timedelta):
            raise ValueError(f"ClusterRule.window must be a timedelta, got {self.window!r}")
        if self.window <= timedelta(0):
            raise ValueError(f"ClusterRule.window must be longer than zero, got {self.window}")


@dataclass(frozen=True)
class Call:
    """What the rule needs to know about one complaint."""

    complaint_id: int
    feeder_id: int | None
    received_at: datetime
    incident_id: int | None = None

    def __post_init__(self) -> None:
        _require_aware(self.received_at, f"received_at of complaint {self.complaint_id}")


@dataclass(frozen=True)
class ProbableFault:
    """A feeder with a burst of complaints: the densest qualifying window on that feeder.

    `complaint_ids` are oldest first (equal times by complaint id), so the banner and any
    incident made from it list them in the order they were received.
    """

    feeder_id: int
    complaint_ids: tuple[int, ...]
    first_received_at: datetime
    last_received_at: datetime

    @property
    def count(self) -> int:
        return len(self.complaint_ids)


def probable_faults(
    calls: Iterable[Call],
    rule: ClusterRule = ClusterRule(),
    *,
    now: datetime | None = None,
) -> list[ProbableFault]:
    """The probable feeder faults among `calls`, one per feeder, newest first.

    A window is the closed interval [t, t + rule.window] on received times, so exactly
    `min_complaints` complaints spanning exactly `rule.window` qualify. For each feeder the
    largest qualifying window is reported; between equally large ones the most recent wins,
    because that is the burst a supervisor can still act on.

    With `now`, a window is reported only if its latest complaint was received at or after
    `now - rule.window`: a burst from this morning is not a *probable* fault in the evening
    (it has been attended or has become an incident). Complaints stamped after `now` (another
    desk's clock running a little ahead) count as recent rather than being dropped.

    Input order does not matter. Cost: O(n log n) for sorting, then one linear sweep.
    """
    if now is not None:
        _require_aware(now, "now")
    cutoff = None if now is None else now - rule.window

    by_feeder: defaultdict[int, list[Call]] = defaultdict(list)
    for call in calls:
        if call.feeder_id is None or call.incident_id is not None:
            continue
        by_feeder[call.feeder_id].append(call)

    faults: list[ProbableFault] = []
    for feeder_id, feeder_calls in by_feeder.items():
        if len(feeder_calls) < rule.min_complaints:
            continue
        feeder_calls.sort(key=lambda c: (c.received_at, c.complaint_id))
        fault = _densest_window(feeder_id, feeder_calls, rule, cutoff)
        if fault is not None:
            faults.append(fault)

    # Newest burst first; equal last times by feeder id so the banner does not flicker.
    faults.sort(key=lambda f: f.feeder_id)
    faults.sort(key=lambda f: f.last_received_at, reverse=True)
    return faults


def _densest_window(
    feeder_id: int,
    ordered: list[Call],
    rule: ClusterRule,
    cutoff: datetime | None,
) -> ProbableFault | None:
    """Two-pointer sweep over calls sorted by received time.

    For each call taken as the latest of a window, `start` is the oldest call still within
    `rule.window` of it; every densest window ends at some call, so this finds them all.
    Walking forward and keeping later windows on ties gives the most recent of the largest.
    """
    best: tuple[int, int] | None = None
    best_size = 0
    start = 0
    for end, call in enumerate(ordered):
        while call.received_at - ordered[start].received_at > rule.window:
            start += 1
        size = end - start + 1
        if size < rule.min_complaints or size < best_size:
            continue
        if cutoff is not None and call.received_at < cutoff:
            continue
        best, best_size = (start, end), size

    if best is None:
        return None
    start, end = best
    window = ordered[start : end + 1]
    return ProbableFault(
        feeder_id=feeder_id,
        complaint_ids=tuple(c.complaint_id for c in window),
        first_received_at=window[0].received_at,
        last_received_at=window[-1].received_at,
    )
