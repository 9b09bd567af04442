"""The one replay checker: does each complaint row say what its events add up to?

Used by `verify` for the whole store and by the register check for one day. Complaints and
their events are streamed side by side in complaint order, each history replayed with
`domain.history.apply_event` and compared with the row: the lifecycle columns, and the
logging-time details against the `logged` snapshot plus the corrections since. A reversal
must restore the state its history had before the action it reverses.

Events are read as the driver gives them (`history_rows`: the time and the data turned into
an aware datetime and a dict here, once, instead of through the column types), because the
full `verify` replays millions of them; it hands a hook to `mismatched_complaints` to
recompute each event's hash in the same pass instead of reading every event twice.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, NamedTuple

from sqlalchemy import ColumnElement, Select, Text, select, type_coerce
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


class EventRow(NamedTuple):
    complaint_id: int
    id: int
    at: datetime
    user_id: int | None
    kind: str
    data: dict[str, Any]
    prev_hash: str
    hash: str


# The event's columns without their result types: SQLite gives the stored text of the time
# and the data, PostgreSQL's driver a datetime and a dict (see `history_rows`).
EVENT_COLUMNS = (
    ComplaintEvent.complaint_id,
    ComplaintEvent.id,
    type_coerce(ComplaintEvent.at, Text).label("at"),
    ComplaintEvent.user_id,
    ComplaintEvent.kind,
    type_coerce(ComplaintEvent.data, Text).label("data"),
    ComplaintEvent.prev_hash,
    ComplaintEvent.hash,
)


def _moment(value: Any) -> datetime:
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def history_rows(
    conn: Connection, query: Select[int, int, str, int | None, str, str, str, str]
) -> Iterator[EventRow]:
    """The events of a query over `EVENT_COLUMNS`, streamed in batches, as `EventRow`s."""
    loads = json.loads
    for complaint_id, event_id, at, user_id, kind, data, prev, digest in conn.execute(
        query.execution_options(yield_per=BATCH)
    ):
        yield EventRow(
            complaint_id,
            event_id,
            _moment(at),
            user_id,
            kind,
            loads(data) if isinstance(data, str) else data,
            prev,
            digest,
        )


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
    conn: Connection,
    *where: ColumnElement[bool],
    joined: bool = True,
    on_events: Callable[[Iterable[EventRow]], Iterable[EventRow]] | None = None,
) -> Iterator[Mismatch]:
    """Complaints (those matching `where`, or all) whose row is not what their history says.

    `on_events`: wraps the stream of every event read (those of complaints that are gone
    too), for a check made in the same pass."""
    columns = [getattr(Complaint, name) for name in STATE_FIELDS]
    complaints = conn.execute(
        select(Complaint.id, Complaint.docket, *columns)
        .where(*where)
        .order_by(Complaint.id)
        .execution_options(yield_per=BATCH)
    )
    history_query = select(*EVENT_COLUMNS)
    if where and joined:
        history_query = history_query.join(
            Complaint, Complaint.id == ComplaintEvent.complaint_id
        ).where(*where)
    stream: Iterable[EventRow] = history_rows(
        conn, history_query.order_by(ComplaintEvent.complaint_id, ComplaintEvent.id)
    )
    if on_events is not None:
        stream = on_events(stream)
    history = iter(stream)
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
    if on_events is not None:
        for _rest in history:  # events after the last complaint's pass through the hook too
            pass
