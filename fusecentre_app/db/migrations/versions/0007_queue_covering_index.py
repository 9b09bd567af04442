"""The queue's covering index on complaint (centre, status, feeder, priority, received,
SoP due), replacing the narrower (centre, status) index it starts with: the queue's ordered
ids and the feeder counts are then read from the index alone.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = ["centre_id", "status", "feeder_id", "priority", "received_at", "sop_due_at"]


def upgrade() -> None:
    op.create_index("ix_complaint_queue", "complaint", _COLUMNS)
    op.drop_index("ix_complaint_centre_status", table_name="complaint")


def downgrade() -> None:
    op.create_index("ix_complaint_centre_status", "complaint", ["centre_id", "status"])
    op.drop_index("ix_complaint_queue", table_name="complaint")
