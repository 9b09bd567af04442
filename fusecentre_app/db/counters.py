"""The gapless daily serial: one counter row per centre and local day, bumped atomically.

This is the one place with dialect-specific SQL: an upsert with RETURNING, which SQLite
(3.35+) and PostgreSQL both run as a single atomic statement inside the caller's transaction.
A complaint's save runs the same upsert on the driver's cursor (`BUMP_ON_DRIVER`).
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import bindparam
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection

from fusecentre_app.db.driver import DriverStatements
from fusecentre_app.db.models import DocketCounter


@cache
def _bump(dialect: str) -> Any:
    """The upsert for one dialect, built once (only its parameters change per call)."""
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = DocketCounter.__table__
    return (
        insert(table)
        .values(centre_id=bindparam("centre_id"), day=bindparam("day"), last_serial=1)
        .on_conflict_do_update(
            index_elements=[table.c.centre_id, table.c.day],
            set_={"last_serial": table.c.last_serial + 1},
        )
        .returning(table.c.last_serial)
    )


def next_serial(conn: Connection, centre_id: int, day: date) -> int:
    """Take the next serial of a centre's day; call inside the transaction that uses it."""
    stmt = _bump(conn.dialect.name)
    return int(conn.execute(stmt, {"centre_id": centre_id, "day": day}).scalar_one())


# The same upsert on the driver's cursor (parameters `centre_id` and `day`; returns the row).
BUMP_ON_DRIVER = DriverStatements(_bump)
