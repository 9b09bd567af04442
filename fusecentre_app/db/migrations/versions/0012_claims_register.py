"""The EE's claims register: a consumer's compensation claim as received (the day, by hand or
post, the consumer, the complaint it is about, the amount claimed), its decision (an amount,
or refused with a reason) and the officers the award is recovered from. Both tables start
empty, so nothing is put on the audit record here; every row the desk adds is.

Revision ID: 0012
Revises: 0010
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=False),
        sa.Column("received_by", sa.String(length=4), nullable=False),
        sa.Column("consumer_name", sa.String(length=120), nullable=False),
        sa.Column("consumer_number", sa.String(length=30), nullable=False),
        sa.Column("mobile", sa.String(length=16), nullable=True),
        sa.Column("complaint_id", sa.Integer(), nullable=True),
        sa.Column("centre_id", sa.Integer(), nullable=True),
        sa.Column("amount_claimed", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _AT, nullable=False),
        sa.Column("decision", sa.String(length=8), nullable=True),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("amount_awarded", sa.Integer(), nullable=True),
        sa.Column("refusal_reason", sa.String(length=300), nullable=True),
        sa.Column("decided_by_id", sa.Integer(), nullable=True),
        sa.Column("decided_at", _AT, nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"], ["complaint.id"], name=op.f("fk_claim_complaint_id_complaint")
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_claim_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"], ["app_user.id"], name=op.f("fk_claim_recorded_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["decided_by_id"], ["app_user.id"], name=op.f("fk_claim_decided_by_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
    )
    op.create_index("ix_claim_received", "claim", ["received_on"])
    op.create_table(
        "claim_recovery",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_claim_recovery_claim_id_claim")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_claim_recovery_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_recovery")),
        sa.UniqueConstraint("claim_id", "officer_id", name="uq_claim_recovery_claim_officer"),
    )


def downgrade() -> None:
    op.drop_table("claim_recovery")
    op.drop_index("ix_claim_received", table_name="claim")
    op.drop_table("claim")
