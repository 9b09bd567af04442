"""Localities (village/mohalla -> feeder, DT) and a call count on each complaint.

The call count of existing complaints is rebuilt from their history: the first call plus
one for every follow-up event already recorded.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "locality",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.Column("dt_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["dt_id"], ["dt.id"], name=op.f("fk_locality_dt_id_dt")),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_locality_feeder_id_feeder")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_locality")),
        sa.UniqueConstraint("name_en", name=op.f("uq_locality_name_en")),
    )
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(sa.Column("call_count", sa.Integer(), nullable=False, server_default="1"))
    op.execute(
        "UPDATE complaint SET call_count = 1 + ("
        " SELECT COUNT(*) FROM complaint_event e"
        " WHERE e.complaint_id = complaint.id AND e.kind = 'follow_up')"
    )


def downgrade() -> None:
    with op.batch_alter_table("complaint") as batch:
        batch.drop_column("call_count")
    op.drop_table("locality")
