"""Incidents (a feeder trip or DT failure behind many complaints), the complaint's link to
one, and each centre's probable-feeder-fault rule (5 complaints in 30 minutes by default).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "incident",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.Column("dt_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("opened_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("opened_by_id", sa.Integer(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by_id", sa.Integer(), nullable=True),
        sa.Column("resolution_cause", sa.String(length=40), nullable=False),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_incident_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(["dt_id"], ["dt.id"], name=op.f("fk_incident_dt_id_dt")),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_incident_feeder_id_feeder")
        ),
        sa.ForeignKeyConstraint(
            ["opened_by_id"], ["app_user.id"], name=op.f("fk_incident_opened_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["resolved_by_id"], ["app_user.id"], name=op.f("fk_incident_resolved_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_incident")),
    )
    op.create_index("ix_incident_centre_status", "incident", ["centre_id", "status"])
    with op.batch_alter_table("complaint") as batch:
        batch.add_column(sa.Column("incident_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            op.f("fk_complaint_incident_id_incident"), "incident", ["incident_id"], ["id"]
        )
        batch.create_index(op.f("ix_complaint_incident_id"), ["incident_id"])
    with op.batch_alter_table("centre") as batch:
        batch.add_column(
            sa.Column("fault_min_complaints", sa.Integer(), nullable=False, server_default="5")
        )
        batch.add_column(
            sa.Column("fault_window_minutes", sa.Integer(), nullable=False, server_default="30")
        )


def downgrade() -> None:
    with op.batch_alter_table("centre") as batch:
        batch.drop_column("fault_window_minutes")
        batch.drop_column("fault_min_complaints")
    with op.batch_alter_table("complaint") as batch:
        batch.drop_index(op.f("ix_complaint_incident_id"))
        batch.drop_constraint(op.f("fk_complaint_incident_id_incident"), type_="foreignkey")
        batch.drop_column("incident_id")
    op.drop_index("ix_incident_centre_status", table_name="incident")
    op.drop_table("incident")
