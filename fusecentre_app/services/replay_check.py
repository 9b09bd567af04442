"""The one replay checker: does each complaint row say what its events add up to?

Used by `verify` for the whole store and by the register check for one day. Complaints and
their events are streamed side by side in complaint order, each history replayed with
`domain.history.apply_event` and compared with the row: the lifecycle columns, and the
logging-time details against the `logged` snapshot plus the corrections since. A reversal
must restore the state its history had before the action it reverses.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, select
from sqlalchemy.engine import Connection

from fusecentre_app.db.models import Complaint, ComplaintEvent
from fusecentre_app.domain.enums import EventKind
from fusecentre_app.domain.history import (
    STATE_FIELDS,
    ComplaintState,
    apply_event,
    differences,
)

BATCH = 20_000
_REVERSED = EventKind.REVERSED.value


@dataclass(frozen=True)
class Mismatch:
    complaint_id: int
    docket: str
    fields: tuple[str, ...] = ()  # the row's columns that differ from the replay
    no_history: bool = False
    bad_reversals: tuple[int, ...] = ()  # reversal events restoring a state never held

    def sentence(self) -> str:
        if self.no_history:
            return f"complaint {self.docket}: has no events (its history is missing)"
        parts = []
        if self.fields:
            parts.append(f"row differs from its events in {', '.join(self.fields)}")
        if self.bad_reversals:
            ids = ", ".join(str(i) for i in self.bad_reversals)
            parts.append(f"reversal event {ids} restores a state its history never had")
        return f"complaint {self.docket}: " + "; ".join(parts)


def _replay(events: list[Any]) -> tuple[ComplaintState, tuple[int, ...]]:
    """The state of one history, and the reversals that do not fit it."""
    state = ComplaintState()
    if not any(e.kind == _REVERSED for e in events):
        for e in events:
            apply_event(state, e.at, e.kind, e.data, e.user_id)
        return state, ()
    before: dict[int, ComplaintState] = {}
    bad = []
    for e in events:
        before[e.id] = copy.copy(state)
        if e.kind == _REVERSED:
            reversed_ids = e.data.get("reverses") or [0]
            start = before.get(min(reversed_ids))
            claimed = ComplaintState.from_json(e.data.get("restores", {}))
            claimed.version = start.version if start else -1
            # Every detail the history holds must be restored as it was (a detail an early
            # store never recorded may be restored from the correction's old value).
            if start is None or differences(start, claimed):
                bad.append(e.id)
        apply_event(state, e.at, e.kind, e.data, e.user_id)
    return state, tuple(bad)


def mismatched_complaints(
    conn: Connection, *where: ColumnElement[bool], joined: bool = True
) -> Iterator[Mismatch]:
    """Complaints (those matching `where`, or all) whose row is not what their history says."""
    columns = [getattr(Complaint, name) for name in STATE_FIELDS]
    complaints = conn.execute(
        select(Complaint.id, Complaint.docket, *columns)
        .where(*where)
        .order_by(Complaint.id)
        .execution_options(yield_per=BATCH)
    )
    history_query = select(
        ComplaintEvent.complaint_id,
        ComplaintEvent.id,
        ComplaintEvent.at,
        ComplaintEvent.user_id,
        ComplaintEvent.kind,
        ComplaintEvent.data,
    )
    if where and joined:
        history_query = history_query.join(
            Complaint, Complaint.id == ComplaintEvent.complaint_id
        ).where(*where)
    history = conn.execute(
        history_query.order_by(ComplaintEvent.complaint_id, ComplaintEvent.id).execution_options(
            yield_per=BATCH
        )
    )
    pending = next(history, None)
    for row in complaints:
        complaint_id, docket = row[0], row[1]
        stored = ComplaintState.of(dict(zip(STATE_FIELDS, row[2:], strict=True)))
        while pending is not None and pending.complaint_id < complaint_id:
            pending = next(history, None)  # events of a complaint that is gone
        events = []
        while pending is not None and pending.complaint_id == complaint_id:
            events.append(pending)
            pending = next(history, None)
        if not events:
            yield Mismatch(complaint_id, docket, no_history=True)
            continue
        replayed, bad = _replay(events)
        differ = differences(replayed, stored)
        if differ or bad:
            yield Mismatch(complaint_id, docket, tuple(differ), bad_reversals=bad)
