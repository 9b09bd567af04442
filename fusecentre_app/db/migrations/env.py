"""Alembic environment: runs on the connection handed in by `fusecentre_app.db.migrate`."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from fusecentre_app.db.models import Base

config = context.config
target_metadata = Base.metadata


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "")
        with engine.begin() as conn:
            _run_on(conn)
        return
    _run_on(connection)


def _run_on(connection) -> None:  # type: ignore[no-untyped-def]
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run()
