"""A complaint's state is what its events say: `apply_event` is the one rule for each kind,
used when a service records a change and when a history is replayed to check a row.

Rules: `logged` sets the logging-time details from its snapshot (`domain.record`), with the
logging time and clerk of the event itself; `amended` sets the fields it corrects to their
new values; `assigned` sets the officer and `assigned_at` and clears `attended_at` (a new
visit); `attended` sets `attended_at`; `resolved` sets `resolved_at`, the cause and note, and
starts the callback count again; `callback` adds an attempt; `reopened` adds to
`reopen_count` and clears the resolution; `closed` and `cancelled` set `closed_at` (and
`verified_at` for a verified close); `follow_up` adds a call; `linked` and `unlinked` set and
clear the incident; `reversed` puts back the state from before the action it reverses (its
data carries that state); `contacted`, `contact_outcome` and `escalated` are on record only.
`version` is the number of events.

A complaint logged by an early version of the desk has a `logged` event without the details;
those fields replay as `UNRECORDED`, which `differences` does not hold against the row.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any

from fusecentre_app.domain.enums import EventKind, Status
from fusecentre_app.domain.record import LOGGED_NAMES, SNAPSHOT_FIELDS, from_json, to_json


class _Unrecorded:
    """A logging-time detail its `logged` event does not hold (an early store)."""

    def __repr__(self) -> str:
        return "UNRECORDED"


UNRECORDED: Any = _Unrecorded()


@dataclass
class ComplaintState:
    """The columns of a complaint row that its events determine."""

    status: Status = Status.NEW
    call_count: int = 1
    assigned_officer_id: int | None = None
    assigned_at: datetime | None = None
    attended_at: datetime | None = None
    resolved_at: datetime | None = None
    resolution_cause: str = ""
    resolution_note: str = ""
    verified_at: datetime | None = None
    closed_at: datetime | None = None
    callback_attempts: int = 0
    reopen_count: int = 0
    cancel_reason: str = ""
    incident_id: int | None = None
    version: int = 0
    # The logging-time details (domain.record), as the logged event and corrections say.
    serial: int = UNRECORDED
    docket: str = UNRECORDED
    received_at: datetime = UNRECORDED
    logged_at: datetime = UNRECORDED
    logged_by_id: int | None = UNRECORDED
    channel: str = UNRECORDED
    channel_ref: str = UNRECORDED
    caller_name: str = UNRECORDED
    caller_mobile: str | None = UNRECORDED
    consumer_no: str = UNRECORDED
    locality: str = UNRECORDED
    address: str = UNRECORDED
    landmark: str = UNRECORDED
    feeder_id: int | None = UNRECORDED
    dt_id: int | None = UNRECORDED
    type_code: str = UNRECORDED
    priority: int = UNRECORDED
    description: str = UNRECORDED
    sop_hours: float = UNRECORDED
    sop_due_at: datetime = UNRECORDED
    forwarded_by_id: int | None = UNRECORDED
    day: date = UNRECORDED

    @classmethod
    def of(cls, row: Any) -> ComplaintState:
        """The state held by a complaint row (an object with these attributes, or a mapping)."""
        get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
        values: dict[str, Any] = {f.name: get(f.name) for f in fields(cls)}
        values["status"] = Status(values["status"])
        return cls(**values)

    def write_to(self, row: Any) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            if value is UNRECORDED:
                continue
            setattr(row, f.name, value.value if isinstance(value, Status) else value)

    def as_json(self) -> dict[str, Any]:
        """The whole state as event data keeps it (a reversal carries the state it restores)."""
        found: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is UNRECORDED:
                continue
            if isinstance(value, Status):
                value = value.value
            found[f.name] = to_json(f.name, value) if f.name in LOGGED_NAMES else _plain(value)
        return found

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ComplaintState:
        state = cls()
        for f in fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            if f.name == "status":
                value = Status(value)
            elif f.name in LOGGED_NAMES:
                value = from_json(f.name, value)
            elif f.name.endswith("_at") and isinstance(value, str):
                value = datetime.fromisoformat(value)
            setattr(state, f.name, value)
        return state


def _plain(value: Any) -> Any:
    return value.isoformat() if isinstance(value, datetime) else value


STATE_FIELDS = tuple(f.name for f in fields(ComplaintState))


def differences(replayed: ComplaintState, stored: ComplaintState) -> list[str]:
    """The fields in which a row differs from what its events say (the version included)."""
    differ = []
    for name in STATE_FIELDS:
        expected = getattr(replayed, name)
        if expected is UNRECORDED:
            continue
        if expected != getattr(stored, name):
            differ.append(name)
    return differ


def _serial_of(docket: str) -> int:
    try:
        return int(docket.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return UNRECORDED  # type: ignore[no-any-return]


def _day_of(docket: str) -> date:
    try:
        ymd = docket.rsplit("-", 2)[1]
        return date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
    except (IndexError, ValueError):
        return UNRECORDED  # type: ignore[no-any-return]


def apply_event(
    state: ComplaintState,
    at: datetime,
    kind: str,
    data: Mapping[str, Any],
    user_id: int | None = None,
) -> None:
    """Change `state` as one event (written at `at` by `user_id`) says."""
    event = EventKind(kind)
    state.version += 1
    if event == EventKind.LOGGED:
        for name in SNAPSHOT_FIELDS:
            if name in data:
                setattr(state, name, from_json(name, data[name]))
        state.logged_at = at
        state.logged_by_id = user_id
        if "docket" in data:
            state.serial = _serial_of(data["docket"])
            state.day = _day_of(data["docket"])
    elif event == EventKind.AMENDED:
        for name, (_old, new) in data.get("changes", {}).items():
            setattr(state, name, from_json(name, new))
    elif event == EventKind.REVERSED:
        restored = ComplaintState.from_json(data["restores"])
        for name in STATE_FIELDS:
            if name != "version" and name in data["restores"]:
                setattr(state, name, getattr(restored, name))
    elif event == EventKind.FOLLOW_UP:
        state.call_count += 1
    elif event == EventKind.ASSIGNED:
        state.status = Status.ASSIGNED
        state.assigned_officer_id = data["officer_id"]
        state.assigned_at = at
        state.attended_at = None
    elif event == EventKind.ATTENDED:
        state.status = Status.ATTENDING
        state.attended_at = at
    elif event == EventKind.RESOLVED:
        state.status = Status.RESOLVED
        state.resolved_at = at
        state.resolution_cause = data["cause"]
        state.resolution_note = data.get("note", "")
        state.callback_attempts = 0
    elif event == EventKind.CALLBACK:
        state.callback_attempts += 1
    elif event == EventKind.REOPENED:
        state.status = Status.REOPENED
        state.reopen_count += 1
        state.resolved_at = None
        state.resolution_cause = state.resolution_note = ""
    elif event == EventKind.CLOSED:
        state.status = Status(data["status"])
        state.closed_at = at
        if data.get("verified"):
            state.verified_at = at
    elif event == EventKind.LINKED:
        state.incident_id = data["incident_id"]
    elif event == EventKind.UNLINKED:
        state.incident_id = None
    elif event == EventKind.CANCELLED:
        state.status = Status.CANCELLED
        state.cancel_reason = data["reason"]
        state.closed_at = at


def reversed_events(events: Iterable[tuple[str, Mapping[str, Any]]]) -> set[int]:
    """The ids of events that a later `reversed` event took back, from (kind, data) pairs:
    figures drawn from the history (who attended, who resolved) leave them out."""
    undone: set[int] = set()
    for kind, data in events:
        if kind == EventKind.REVERSED.value:
            undone.update(int(i) for i in data.get("reverses", ()))
    return undone


def replay(
    events: Iterable[tuple[datetime, str, Mapping[str, Any]]]
    | Iterable[tuple[datetime, str, Mapping[str, Any], int | None]],
) -> ComplaintState:
    """The state a complaint's history (oldest first) leads to."""
    state = ComplaintState()
    for event in events:
        apply_event(state, *event)
    return state
