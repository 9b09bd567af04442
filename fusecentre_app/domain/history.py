"""A complaint's state is what its events say: `apply_event` is the one rule for each kind,
used when a service records a change and when a history is replayed to check a row.

Rules: `assigned` sets the officer and `assigned_at` and clears `attended_at` (a new visit);
`attended` sets `attended_at`; `resolved` sets `resolved_at`, the cause and note, and starts
the callback count again; `callback` adds an attempt; `reopened` adds to `reopen_count` and
clears the resolution; `closed` and `cancelled` set `closed_at` (and `verified_at` for a
verified close); `follow_up` adds a call; `linked` and `unlinked` set and clear the
incident; `contacted`, `contact_outcome`, `escalated` and `amended` are on record only.
`version` is the number of events.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import datetime
from typing import Any

from fusecentre_app.domain.enums import EventKind, Status


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

    @classmethod
    def of(cls, row: Any) -> ComplaintState:
        """The state held by a complaint row (an object with these attributes, or a mapping)."""
        get = row.get if isinstance(row, Mapping) else lambda name: getattr(row, name)
        values = {f.name: get(f.name) for f in fields(cls)}
        values["status"] = Status(values["status"])
        return cls(**values)

    def write_to(self, row: Any) -> None:
        for f in fields(self):
            value = getattr(self, f.name)
            setattr(row, f.name, value.value if isinstance(value, Status) else value)


def apply_event(state: ComplaintState, at: datetime, kind: str, data: Mapping[str, Any]) -> None:
    """Change `state` as one event says."""
    event = EventKind(kind)
    state.version += 1
    if event == EventKind.LOGGED:
        return
    if event == EventKind.FOLLOW_UP:
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


def replay(events: Iterable[tuple[datetime, str, Mapping[str, Any]]]) -> ComplaintState:
    """The state a complaint's history (oldest first) leads to."""
    state = ComplaintState()
    for at, kind, data in events:
        apply_event(state, at, kind, data)
    return state
