"""A complaint's logging-time details, declared once.

What the clerk took down when the call came in (and what the desk worked out from it: the
docket, the priority, the SoP deadline) is declared here, field by field. From this one list
derive: the snapshot the `logged` event keeps, the columns the register's integrity digest
covers (a format that printed registers depend on: see `reports.digest`), the fields a
correction may change, and the columns `verify` replays and checks.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True)
class LoggedField:
    name: str
    kind: str  # "text", "id" (a number or None), "number", "time", "day"
    # Kept in the `logged` event's data (else known from the event itself or the docket).
    in_snapshot: bool = True
    # Covered by the register digest (fusecentre-register-digest/2: fixed for printed paper).
    in_digest: bool = True
    # Open to a correction by the clerk ("amended"); derived fields follow what they depend on.
    amendable: bool = True


LOGGED_FIELDS: tuple[LoggedField, ...] = (
    LoggedField("serial", "number", in_snapshot=False, amendable=False),  # from the docket
    LoggedField("docket", "text", amendable=False),
    LoggedField("received_at", "time"),
    LoggedField("logged_at", "time", in_snapshot=False, amendable=False),  # the event's time
    LoggedField("logged_by_id", "id", in_snapshot=False, amendable=False),  # the event's user
    LoggedField("channel", "text"),
    LoggedField("channel_ref", "text"),
    LoggedField("caller_name", "text"),
    LoggedField("caller_mobile", "text"),
    LoggedField("consumer_no", "text"),
    LoggedField("locality", "text"),
    LoggedField("address", "text"),
    LoggedField("landmark", "text"),
    LoggedField("feeder_id", "id"),
    LoggedField("dt_id", "id"),
    LoggedField("type_code", "text"),
    LoggedField("priority", "number", amendable=False),  # from the type (danger first)
    LoggedField("description", "text"),
    LoggedField("sop_hours", "number", amendable=False),  # from the type and feeder area
    LoggedField("sop_due_at", "time", amendable=False),  # received + SoP hours
    LoggedField("forwarded_by_id", "id", in_digest=False),
    LoggedField("day", "day", in_snapshot=False, in_digest=False, amendable=False),  # docket
)

BY_NAME = {f.name: f for f in LOGGED_FIELDS}
LOGGED_NAMES = tuple(f.name for f in LOGGED_FIELDS)
SNAPSHOT_FIELDS = tuple(f.name for f in LOGGED_FIELDS if f.in_snapshot)
DIGEST_COLUMNS = tuple(f.name for f in LOGGED_FIELDS if f.in_digest)
AMENDABLE_FIELDS = tuple(f.name for f in LOGGED_FIELDS if f.amendable)


def to_json(name: str, value: Any) -> Any:
    """A field's value as events keep it (times as ISO text)."""
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def from_json(name: str, value: Any) -> Any:
    """A field's value as the complaint row holds it, from an event's data."""
    kind = BY_NAME[name].kind
    if value is None:
        return None
    if kind == "time":
        return datetime.fromisoformat(value) if isinstance(value, str) else value
    if kind == "day":
        return date.fromisoformat(value) if isinstance(value, str) else value
    if kind == "number" and isinstance(value, int | float) and name == "sop_hours":
        return float(value)
    return value


def snapshot(values: dict[str, Any], status: str) -> dict[str, Any]:
    """What the `logged` event records of a new complaint."""
    data = {name: to_json(name, values[name]) for name in SNAPSHOT_FIELDS}
    data["status"] = status
    return data
