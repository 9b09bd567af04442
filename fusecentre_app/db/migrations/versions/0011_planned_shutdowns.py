"""The register of planned shutdowns: feeder, window, reason and how notice was given, each
with its interruption in the register. A store has none yet; the empty table is on record.

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "planned_shutdown",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.Column("starts_at", _AT, nullable=False),
        sa.Column("ends_at", _AT, nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("notice", sa.String(length=40), nullable=False),
        sa.Column("interruption_id", sa.Integer(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _AT, nullable=False),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_planned_shutdown_feeder_id_feeder")
        ),
        sa.ForeignKeyConstraint(
            ["interruption_id"],
            ["interruption.id"],
            name=op.f("fk_planned_shutdown_interruption_id_interruption"),
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_planned_shutdown_recorded_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_planned_shutdown")),
        sa.UniqueConstraint("interruption_id", name=op.f("uq_planned_shutdown_interruption_id")),
    )
    op.create_index(
        "ix_planned_shutdown_feeder_starts", "planned_shutdown", ["feeder_id", "starts_at"]
    )


def downgrade() -> None:
    op.drop_index("ix_planned_shutdown_feeder_starts", table_name="planned_shutdown")
    op.drop_table("planned_shutdown")
