"""An index on the open complaints in queue order (centre, priority descending, received,
id; with the feeder, status and SoP time): the queue's ordered ids are then read straight
from it, with no sort of the open complaints at each refresh. Only open complaints are in
it, so it stays the size of the queue however long the history grows. Its statistics are
gathered after it.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The open statuses as this revision knows them, in the order the queries name them.
_COLUMNS: list[str | sa.TextClause] = [
    "centre_id",
    sa.text("priority DESC"),
    "received_at",
    "id",
    # Not for the order: with them the index alone answers the queue of one feeder and the
    # overdue filter (SQLite reads a partial index alone only when it holds every column named).
    "feeder_id",
    "status",
    "sop_due_at",
]
_OPEN = "status IN ('assigned', 'attending', 'new', 'reopened', 'resolved')"


def upgrade() -> None:
    op.create_index(
        "ix_complaint_open_queue",
        "complaint",
        _COLUMNS,
        sqlite_where=sa.text(_OPEN),
        postgresql_where=sa.text(_OPEN),
    )
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ANALYZE ix_complaint_open_queue")
    else:
        op.execute("ANALYZE complaint")


def downgrade() -> None:
    op.drop_index("ix_complaint_open_queue", table_name="complaint")
