"""Register prints (who printed which day, with which digest) and inspections (the digest
checked, a sample of closed complaints called back, remarks); each centre's shift hours; an
index for the register's carried-over complaints (closed after the day).

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "register_print",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("digest", sa.String(length=80), nullable=False),
        sa.Column("cut_event_id", sa.Integer(), nullable=False),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("printed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_register_print_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_register_print_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_register_print")),
    )
    op.create_index("ix_register_print_centre_day", "register_print", ["centre_id", "day"])
    op.create_table(
        "inspection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("inspector_id", sa.Integer(), nullable=True),
        sa.Column("inspector_name", sa.String(length=120), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("digest_checked", sa.String(length=80), nullable=False),
        sa.Column("digest_ok", sa.Boolean(), nullable=True),
        sa.Column("remarks", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_inspection_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(
            ["inspector_id"], ["app_user.id"], name=op.f("fk_inspection_inspector_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection")),
    )
    op.create_index("ix_inspection_centre_day", "inspection", ["centre_id", "day"])
    op.create_table(
        "inspection_sample",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("called_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_inspection_sample_complaint_id_complaint"),
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_sample_inspection_id_inspection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_sample")),
    )
    op.create_index(
        op.f("ix_inspection_sample_inspection_id"), "inspection_sample", ["inspection_id"]
    )
    op.create_index("ix_complaint_centre_closed", "complaint", ["centre_id", "closed_at"])
    with op.batch_alter_table("centre") as batch:
        batch.add_column(
            sa.Column(
                "shift_hours",
                sa.String(length=60),
                nullable=False,
                server_default="6-14,14-22,22-6",
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("centre") as batch:
        batch.drop_column("shift_hours")
    op.drop_index("ix_complaint_centre_closed", table_name="complaint")
    op.drop_index(op.f("ix_inspection_sample_inspection_id"), table_name="inspection_sample")
    op.drop_table("inspection_sample")
    op.drop_index("ix_inspection_centre_day", table_name="inspection")
    op.drop_table("inspection")
    op.drop_index("ix_register_print_centre_day", table_name="register_print")
    op.drop_table("register_print")
