"""Appending events to a centre's hash chain, inside the caller's write transaction.

The chain head row is locked first (on PostgreSQL with SELECT ... FOR UPDATE; a SQLite write
transaction already holds the database's write lock), so concurrent writers link one after
another and never fork the chain.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.engine import Connection

from fusecentre_app.db.models import ChainHead, ComplaintEvent
from fusecentre_app.domain.chain import GENESIS, event_hash

_EVENT = insert(ComplaintEvent.__table__).returning(ComplaintEvent.__table__.c.id)
_HEAD = ChainHead.__table__


def append_event(
    conn: Connection,
    *,
    centre_id: int,
    complaint_id: int,
    at: datetime,
    user_id: int | None,
    kind: str,
    data: dict[str, Any],
) -> int:
    """Insert one event linked to the end of its centre's chain; returns its id."""
    query = select(_HEAD.c.last_hash).where(_HEAD.c.centre_id == centre_id)
    if conn.dialect.name == "postgresql":
        query = query.with_for_update()
    previous = conn.scalar(query)
    digest = event_hash(previous or GENESIS, complaint_id, at, user_id, kind, data)
    event_id = conn.execute(
        _EVENT,
        {
            "complaint_id": complaint_id,
            "at": at,
            "user_id": user_id,
            "kind": kind,
            "data": data,
            "prev_hash": previous or GENESIS,
            "hash": digest,
        },
    ).scalar_one()
    values = {"last_event_id": event_id, "last_hash": digest}
    if previous is None:
        conn.execute(insert(_HEAD).values(centre_id=centre_id, **values))
    else:
        conn.execute(update(_HEAD).where(_HEAD.c.centre_id == centre_id).values(**values))
    return int(event_id)
