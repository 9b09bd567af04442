"""Appending events to a centre's hash chain, inside the caller's write transaction.

The chain head row is locked first (on PostgreSQL with SELECT ... FOR UPDATE; a SQLite write
transaction already holds the database's write lock), so concurrent writers link one after
another and never fork the chain.

A complaint's save reads (and on PostgreSQL locks) the head in its own folded query and
links its `logged` event with `link_event`, on the driver's cursor (`EVENT_ON_DRIVER`,
`MOVE_HEAD_ON_DRIVER`): the same row, the same hash, fewer round trips through SQLAlchemy.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from fusecentre_app.db.driver import DriverStatements
from fusecentre_app.db.models import ChainHead, ComplaintEvent
from fusecentre_app.domain.chain import GENESIS, event_hash

# Built once; per event only the parameters change.
_EVENT = insert(ComplaintEvent.__table__).returning(ComplaintEvent.__table__.c.id)
_HEAD = ChainHead.__table__
HEAD = _HEAD  # for a caller that reads (and locks) the head in a query of its own
_READ_HEAD = select(_HEAD.c.last_hash, _HEAD.c.last_event_id).where(
    _HEAD.c.centre_id == bindparam("centre_id")
)
_LOCK_HEAD = _READ_HEAD.with_for_update()
_MOVE_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.centre_id == bindparam("centre"))
    .values(last_event_id=bindparam("event_id"), last_hash=bindparam("digest"))
)
_NEW_HEAD = insert(_HEAD).values(
    centre_id=bindparam("centre"),
    last_event_id=bindparam("event_id"),
    last_hash=bindparam("digest"),
)


def append_event(
    conn: Connection,
    *,
    centre_id: int,
    complaint_id: int,
    at: datetime,
    user_id: int | None,
    kind: str,
    data: dict[str, Any],
) -> tuple[int, str, int]:
    """Insert one event linked to the end of its centre's chain; returns its id and hash,
    and the id of the event before it (0: the chain's first)."""
    query = _LOCK_HEAD if conn.dialect.name == "postgresql" else _READ_HEAD
    head = conn.execute(query, {"centre_id": centre_id}).first()
    previous, previous_id = (head[0], int(head[1])) if head is not None else (None, 0)
    row = link_event(previous, complaint_id, at, user_id, kind, data)
    event_id = conn.execute(_EVENT, row).scalar_one()
    params = {"centre": centre_id, "event_id": event_id, "digest": row["hash"]}
    conn.execute(_NEW_HEAD if previous is None else _MOVE_HEAD, params)
    return int(event_id), row["hash"], previous_id


def link_event(
    previous: str | None,
    complaint_id: int,
    at: datetime,
    user_id: int | None,
    kind: str,
    data: dict[str, Any],
) -> dict[str, Any]:
    """The event row that follows `previous` (the head's hash; None: the chain's first)."""
    prev_hash = previous or GENESIS
    return {
        "complaint_id": complaint_id,
        "at": at,
        "user_id": user_id,
        "kind": kind,
        "data": data,
        "prev_hash": prev_hash,
        "hash": event_hash(prev_hash, complaint_id, at, user_id, kind, data),
    }


def _event_on_driver(_dialect: str) -> Any:
    table = ComplaintEvent.__table__
    columns = [c for c in table.columns if c.key != "id"]
    return (
        insert(table)
        .values({c.key: bindparam(c.key, type_=c.type) for c in columns})
        .returning(table.c.id)
    )


# The event insert and the head's move (never its first row: a centre's first event goes
# the general way) on the driver's cursor; parameters as `link_event` and `_MOVE_HEAD` name them.
EVENT_ON_DRIVER = DriverStatements(_event_on_driver)
MOVE_HEAD_ON_DRIVER = DriverStatements(lambda _dialect: _MOVE_HEAD)
