"""An index on complaint events' time: the accountability table, the console and the
negligence file read the events of a period, which without it meant reading every event of
the store's history. The planner's statistics are refreshed after it (ANALYZE).

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-01
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_index("ix_complaint_event_at", "complaint_event", ["at"])
    op.execute("ANALYZE")


def downgrade() -> None:
    op.drop_index("ix_complaint_event_at", table_name="complaint_event")
