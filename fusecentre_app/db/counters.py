"""The gapless daily serial: one counter row per centre and local day, bumped atomically.

This is the one place with dialect-specific SQL: an upsert with RETURNING, which SQLite
(3.35+) and PostgreSQL both run as a single atomic statement inside the caller's transaction.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from fusecentre_app.db.models import DocketCounter


def next_serial(session: Session, centre_id: int, day: date) -> int:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    table = DocketCounter.__table__
    stmt = (
        insert(table)
        .values(centre_id=centre_id, day=day, last_serial=1)
        .on_conflict_do_update(
            index_elements=[table.c.centre_id, table.c.day],
            set_={"last_serial": table.c.last_serial + 1},
        )
        .returning(table.c.last_serial)
    )
    return int(session.execute(stmt).scalar_one())
