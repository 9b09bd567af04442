"""Test helper: a complaint row must be exactly what its events add up to."""

from __future__ import annotations

from sqlalchemy import Engine, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent
from fusecentre_app.domain.history import ComplaintState, differences, replay
from fusecentre_app.services.uow import CommandLine


def row_is_its_history(db: Database, complaint_id: int) -> ComplaintState:
    """The row's state, after asserting that replaying its events gives the same."""
    with db.read() as s:
        state = ComplaintState.of(s.get(Complaint, complaint_id))
        events = s.execute(
            select(
                ComplaintEvent.at,
                ComplaintEvent.kind,
                ComplaintEvent.data,
                ComplaintEvent.user_id,
            )
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.id)
        ).all()
    assert differences(replay(events), state) == []
    return state


# The command line at the store: what tests use for office work (settings, imports, prints).
OFFICE = CommandLine("test")


def demo_user(db: Database, username: str | None = None) -> int:
    """The id of a demo desk user (default: Buxar's morning clerk)."""
    from fusecentre_app.demo import DEMO_USERNAME
    from fusecentre_app.services.auth import find_user

    user = find_user(db, username or DEMO_USERNAME)
    assert user is not None, f"no demo user {username or DEMO_USERNAME}"
    return user.id


def downgrade(engine: Engine, revision: str) -> None:
    """Take a SQLite store back to an older schema (as an older desk left it)."""
    from alembic import command

    from fusecentre_app.db.migrate import alembic_config

    config = alembic_config(engine)
    with engine.connect() as conn:
        dbapi = conn.connection.dbapi_connection
        assert dbapi is not None
        dbapi.execute("PRAGMA foreign_keys = OFF")  # as upgrades do: tables are rebuilt
        with conn.begin():
            config.attributes["connection"] = conn
            command.downgrade(config, revision)


def drop_test_database(admin: Engine, name: str) -> None:
    """Drop a test's PostgreSQL database, even while autovacuum is working in it.

    ``WITH (FORCE)`` terminates the other sessions in the database; an autovacuum worker
    counts as one, and terminating it needs ``pg_signal_backend`` (which ``.ci/run`` grants).
    Without that grant the drop is refused for a moment, so it is tried again briefly.
    """
    import time

    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    for attempt in range(20):
        try:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            return
        except DBAPIError:
            if attempt == 19:
                raise
            time.sleep(0.5)
