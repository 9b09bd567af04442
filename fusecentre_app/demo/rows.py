"""Rows in the driver's own form: times as storage text, events' JSON built by hand, and the
writer that inserts them with one compiled statement per table."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    Date,
    DateTime,
    MetaData,
    String,
    Table,
    Text,
    insert,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import Session

from fusecentre_app.db.models import (
    Complaint,
    ComplaintEvent,
    Consumer,
    DocketCounter,
    UTCDateTime,
)
from fusecentre_app.demo.tables import _DAY, _EPOCH_NAIVE, _EPOCH_UTC, _HOUR, _MIN
from fusecentre_app.domain.enums import (
    EventKind,
)

_TWO = tuple(f"{n:02d}" for n in range(60))


class _TimeText:
    """Epoch seconds -> text, with the date part cached per day (far faster than datetime).

    `storage` is SQLAlchemy's SQLite storage text for a UTCDateTime value (naive UTC,
    `YYYY-MM-DD HH:MM:SS.ffffff`), which the ORM reads back as the aware UTC datetime;
    `iso` is what `isoformat()` gives for the aware UTC datetime (as in event data).
    """

    def __init__(self) -> None:
        self.days: dict[int, str] = {}

    def _split(self, seconds: int) -> tuple[str, str]:
        day, rest = divmod(seconds, _DAY)
        prefix = self.days.get(day)
        if prefix is None:
            prefix = self.days[day] = (_EPOCH_NAIVE + timedelta(days=day)).strftime("%Y-%m-%d")
        hour, rest = divmod(rest, _HOUR)
        minute, second = divmod(rest, _MIN)
        return prefix, _TWO[hour] + ":" + _TWO[minute] + ":" + _TWO[second]

    def storage(self, seconds: int | None) -> str | None:
        if seconds is None:
            return None
        day, clock = self._split(seconds)
        return day + " " + clock + ".000000"

    def iso(self, seconds: int) -> str:
        day, clock = self._split(seconds)
        return day + "T" + clock + "+00:00"


_TIMES = _TimeText()
_iso = _TIMES.iso


def _aware_time(seconds: int | None) -> datetime | None:
    if seconds is None:
        return None
    return _EPOCH_UTC + timedelta(seconds=seconds)


_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _jstr(text: str) -> str:
    if '"' in text or "\\" in text or not text.isprintable():
        return _ENCODE(text)
    return '"' + text + '"'


def _jval(value: Any) -> str:
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, str):
        return _jstr(value)
    if isinstance(value, int | float):
        return repr(value)
    return _ENCODE(value)


def _to_json(data: dict[str, Any]) -> str:
    """Compact JSON of a flat dict, as `json.dumps(data, ensure_ascii=False,
    separators=(",", ":"))` writes it, but several times faster for small dicts."""
    return "{" + ",".join(f'"{key}":{_jval(value)}' for key, value in data.items()) + "}"


def _officer_json(data: dict[str, Any]) -> str:
    return f'{{"officer_id":{_jval(data["officer_id"])}}}'


def _callback_json(data: dict[str, Any]) -> str:
    return f'{{"outcome":"{data["outcome"]}","attempt":{data["attempt"]}}}'


def _resolved_json(data: dict[str, Any]) -> str:
    cause, note, officer = _jstr(data["cause"]), _jstr(data["note"]), _jval(data["officer_id"])
    return f'{{"cause":{cause},"note":{note},"officer_id":{officer}}}'


def _follow_up_json(data: dict[str, Any]) -> str:
    channel, note, at = _jstr(data["channel"]), _jstr(data["note"]), data["received_at"]
    count = data["call_count"]
    return f'{{"channel":{channel},"note":{note},"received_at":"{at}","call_count":{count}}}'


def _closed_json(data: dict[str, Any]) -> str:
    if data["verified"]:
        return f'{{"status":{_jstr(data["status"])},"verified":true}}'
    return f'{{"status":{_jstr(data["status"])},"verified":false,"reason":{_jstr(data["reason"])}}}'


def _logged_json(d: dict[str, Any]) -> str:
    j, v = _jstr, _jval
    return (
        f'{{"docket":{j(d["docket"])},"channel":{j(d["channel"])},'
        f'"channel_ref":{j(d["channel_ref"])},"forwarded_by_id":{v(d["forwarded_by_id"])},'
        f'"caller_name":{j(d["caller_name"])},"caller_mobile":{v(d["caller_mobile"])},'
        f'"consumer_no":{j(d["consumer_no"])},"locality":{j(d["locality"])},'
        f'"address":{j(d["address"])},"landmark":{j(d["landmark"])},'
        f'"feeder_id":{v(d["feeder_id"])},"dt_id":{v(d["dt_id"])},'
        f'"type_code":{j(d["type_code"])},"priority":{v(d["priority"])},'
        f'"description":{j(d["description"])},"status":{j(d["status"])},'
        f'"sop_hours":{v(d["sop_hours"])},"received_at":{j(d["received_at"])},'
        f'"sop_due_at":{j(d["sop_due_at"])}}}'
    )


# The event data the builder makes, by kind, as JSON text; anything else goes to `_to_json`.
# (Each of these writes exactly the keys the builder puts in, in the same order.)
_EVENT_JSON: dict[str, Callable[[dict[str, Any]], str]] = {
    EventKind.ASSIGNED.value: _officer_json,
    EventKind.ATTENDED.value: _officer_json,
    EventKind.CALLBACK.value: _callback_json,
    EventKind.RESOLVED.value: _resolved_json,
    EventKind.FOLLOW_UP.value: _follow_up_json,
    EventKind.CLOSED.value: _closed_json,
    EventKind.LOGGED.value: _logged_json,
}


def _event_json(kind: str, data: dict[str, Any]) -> str:
    encode = _EVENT_JSON.get(kind, _to_json)
    return encode(data)


# The columns the demo fills, in the order its row tuples use.
_COLUMNS: dict[str, Sequence[str]] = {
    "complaint": [
        "id",
        "centre_id",
        "day",
        "serial",
        "docket",
        "received_at",
        "logged_at",
        "logged_by_id",
        "channel",
        "channel_ref",
        "forwarded_by_id",
        "caller_name",
        "caller_mobile",
        "consumer_id",
        "consumer_no",
        "locality",
        "address",
        "landmark",
        "feeder_id",
        "dt_id",
        "type_code",
        "priority",
        "description",
        "status",
        "sop_hours",
        "sop_due_at",
        "assigned_officer_id",
        "assigned_at",
        "attended_at",
        "resolved_at",
        "resolution_cause",
        "resolution_note",
        "verified_at",
        "closed_at",
        "callback_attempts",
        "reopen_count",
        "cancel_reason",
        "call_count",
        "incident_id",
        "version",
    ],
    "complaint_event": (
        "id",
        "complaint_id",
        "at",
        "user_id",
        "kind",
        "data",
        "prev_hash",
        "hash",
    ),
    "consumer": [
        "id",
        "consumer_no",
        "name",
        "mobile",
        "locality",
        "address",
        "landmark",
        "feeder_id",
        "dt_id",
        "updated_at",
    ],
    "docket_counter": ("centre_id", "day", "last_serial"),
}


def _fast_table(table: Table, sqlite: bool) -> Table:
    """A copy of `table` with the columns of `_COLUMNS`, in that order, typed for values
    that are already in the driver's form.

    On SQLite, times are storage text (see `_TimeText`), dates ISO text and JSON text; on
    PostgreSQL, times are aware UTC datetimes and JSON is text the server casts.
    """
    names = _COLUMNS[table.name]
    missing = sorted(set(table.columns.keys()) - set(names))
    if missing:
        raise RuntimeError(f"services/demo does not fill {table.name}.{', '.join(missing)}")
    columns: list[Column[Any]] = []
    for name in names:
        col = table.columns[name]
        kind: Any = col.type
        if isinstance(kind, UTCDateTime):
            kind = String() if sqlite else DateTime(timezone=True)
        elif sqlite and isinstance(kind, Date):
            kind = String()
        elif sqlite and name == "data":
            kind = Text()
        columns.append(Column(name, kind, primary_key=col.primary_key))
    return Table(table.name, MetaData(), *columns)


class _Writer:
    """Inserts rows, given as tuples in `_COLUMNS` order, in the session's transaction.

    SQLAlchemy Core compiles each INSERT once; the rows then go straight to the driver's
    `executemany`, skipping SQLAlchemy's per-row parameter processing, which would cost more
    than making the rows (their values are already what the driver binds).
    """

    def __init__(self, dialect: Dialect) -> None:
        sqlite = dialect.name == "sqlite"
        self.time: Callable[[int | None], Any] = _TIMES.storage if sqlite else _aware_time
        self.day: Callable[[date], Any] = date.isoformat if sqlite else _same
        self.json: Callable[[str, dict[str, Any]], str] = _event_json
        self.sql: dict[str, str] = {}
        self.tables: dict[str, Table] = {}
        direct = sqlite or dialect.name == "postgresql"
        # The driver's executemany takes the tuples as they are with positional parameters.
        positional = dialect if dialect.positional else type(dialect)(paramstyle="format")
        for model in (Complaint, ComplaintEvent, Consumer, DocketCounter):
            table = _fast_table(model.__table__, sqlite)  # type: ignore[arg-type]
            if not direct:  # another back-end: let SQLAlchemy convert every value
                self.tables[table.name] = model.__table__  # type: ignore[assignment]
                continue
            compiled = insert(table).compile(dialect=positional)
            if list(compiled.positiontup or ()) != list(_COLUMNS[table.name]):
                raise RuntimeError(f"unexpected parameter order inserting {table.name}")
            self.sql[table.name] = str(compiled)

    def insert(self, s: Session, name: str, rows: list[tuple[Any, ...]]) -> None:
        if not rows:
            return
        if name in self.sql:
            s.connection().exec_driver_sql(self.sql[name], rows)  # type: ignore[arg-type]
            return
        names = _COLUMNS[name]
        records = [dict(zip(names, r, strict=True)) for r in rows]
        if name == "complaint_event":
            for record in records:
                record["data"] = json.loads(record["data"])
        s.execute(insert(self.tables[name]), records)


def _same(value: Any) -> Any:
    return value
