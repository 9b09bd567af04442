"""Initial schema: the network, officers, users, consumers, complaints and their events.

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "centre",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=10), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.Column("subdivision_en", sa.String(length=120), nullable=False),
        sa.Column("subdivision_hi", sa.String(length=120), nullable=False),
        sa.Column("division_en", sa.String(length=120), nullable=False),
        sa.Column("division_hi", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_centre")),
        sa.UniqueConstraint("code", name=op.f("uq_centre_code")),
    )
    op.create_table(
        "complaint_type",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.Column("danger", sa.Boolean(), nullable=False),
        sa.Column("sort_order", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_complaint_type")),
    )
    op.create_table(
        "officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.String(length=20), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.Column("designation", sa.String(length=10), nullable=False),
        sa.Column("mobile", sa.String(length=16), nullable=False),
        sa.Column("alternate_mobile", sa.String(length=16), nullable=True),
        sa.Column("reports_to_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["reports_to_id"], ["officer.id"], name=op.f("fk_officer_reports_to_id_officer")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("employee_id", name=op.f("uq_officer_employee_id")),
        sa.UniqueConstraint("mobile", name=op.f("uq_officer_mobile")),
    )
    op.create_table(
        "app_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("full_name", sa.String(length=120), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_app_user_centre_id_centre")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_app_user")),
        sa.UniqueConstraint("username", name=op.f("uq_app_user_username")),
    )
    op.create_table(
        "docket_counter",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last_serial", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_docket_counter_centre_id_centre")
        ),
        sa.PrimaryKeyConstraint("centre_id", "day", name=op.f("pk_docket_counter")),
    )
    op.create_table(
        "pss",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(["centre_id"], ["centre.id"], name=op.f("fk_pss_centre_id_centre")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pss")),
        sa.UniqueConstraint("code", name=op.f("uq_pss_code")),
    )
    op.create_table(
        "sop_rule",
        sa.Column("type_code", sa.String(length=20), nullable=False),
        sa.Column("area", sa.String(length=10), nullable=False),
        sa.Column("hours", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["type_code"],
            ["complaint_type.code"],
            name=op.f("fk_sop_rule_type_code_complaint_type"),
        ),
        sa.PrimaryKeyConstraint("type_code", "area", name=op.f("pk_sop_rule")),
    )
    op.create_table(
        "feeder",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("pss_id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.Column("area", sa.String(length=10), nullable=False),
        sa.Column("consumers", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["pss_id"], ["pss.id"], name=op.f("fk_feeder_pss_id_pss")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feeder")),
        sa.UniqueConstraint("code", name=op.f("uq_feeder_code")),
    )
    op.create_table(
        "dt",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.Column("name_en", sa.String(length=120), nullable=False),
        sa.Column("name_hi", sa.String(length=120), nullable=False),
        sa.Column("kva", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["feeder_id"], ["feeder.id"], name=op.f("fk_dt_feeder_id_feeder")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_dt")),
        sa.UniqueConstraint("code", name=op.f("uq_dt_code")),
    )
    op.create_table(
        "officer_feeder",
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_officer_feeder_feeder_id_feeder")
        ),
        sa.ForeignKeyConstraint(
            ["officer_id"], ["officer.id"], name=op.f("fk_officer_feeder_officer_id_officer")
        ),
        sa.PrimaryKeyConstraint("officer_id", "feeder_id", name=op.f("pk_officer_feeder")),
    )
    op.create_table(
        "consumer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consumer_no", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("mobile", sa.String(length=16), nullable=True),
        sa.Column("locality", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.Column("landmark", sa.String(length=120), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=True),
        sa.Column("dt_id", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["dt_id"], ["dt.id"], name=op.f("fk_consumer_dt_id_dt")),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_consumer_feeder_id_feeder")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consumer")),
        sa.UniqueConstraint("consumer_no", name=op.f("uq_consumer_consumer_no")),
    )
    with op.batch_alter_table("consumer", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_consumer_mobile"), ["mobile"], unique=False)

    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("docket", sa.String(length=30), nullable=False),
        sa.Column("received_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("logged_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("logged_by_id", sa.Integer(), nullable=True),
        sa.Column("channel", sa.String(length=12), nullable=False),
        sa.Column("channel_ref", sa.String(length=255), nullable=False),
        sa.Column("forwarded_by_id", sa.Integer(), nullable=True),
        sa.Column("caller_name", sa.String(length=120), nullable=False),
        sa.Column("caller_mobile", sa.String(length=16), nullable=True),
        sa.Column("consumer_id", sa.Integer(), nullable=True),
        sa.Column("consumer_no", sa.String(length=20), nullable=False),
        sa.Column("locality", sa.String(length=120), nullable=False),
        sa.Column("address", sa.String(length=255), nullable=False),
        sa.Column("landmark", sa.String(length=120), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=True),
        sa.Column("dt_id", sa.Integer(), nullable=True),
        sa.Column("type_code", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sop_hours", sa.Float(), nullable=False),
        sa.Column("sop_due_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("assigned_officer_id", sa.Integer(), nullable=True),
        sa.Column("assigned_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("attended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolution_cause", sa.String(length=40), nullable=False),
        sa.Column("resolution_note", sa.Text(), nullable=False),
        sa.Column("verified_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("closed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("callback_attempts", sa.Integer(), nullable=False),
        sa.Column("reopen_count", sa.Integer(), nullable=False),
        sa.Column("cancel_reason", sa.Text(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assigned_officer_id"],
            ["officer.id"],
            name=op.f("fk_complaint_assigned_officer_id_officer"),
        ),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_complaint_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(
            ["consumer_id"], ["consumer.id"], name=op.f("fk_complaint_consumer_id_consumer")
        ),
        sa.ForeignKeyConstraint(["dt_id"], ["dt.id"], name=op.f("fk_complaint_dt_id_dt")),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_complaint_feeder_id_feeder")
        ),
        sa.ForeignKeyConstraint(
            ["forwarded_by_id"], ["officer.id"], name=op.f("fk_complaint_forwarded_by_id_officer")
        ),
        sa.ForeignKeyConstraint(
            ["logged_by_id"], ["app_user.id"], name=op.f("fk_complaint_logged_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["type_code"],
            ["complaint_type.code"],
            name=op.f("fk_complaint_type_code_complaint_type"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("centre_id", "day", "serial", name="uq_complaint_centre_day_serial"),
        sa.UniqueConstraint("docket", name=op.f("uq_complaint_docket")),
    )
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_caller_mobile"), ["caller_mobile"], unique=False
        )
        batch_op.create_index(
            "ix_complaint_centre_received", ["centre_id", "received_at"], unique=False
        )
        batch_op.create_index("ix_complaint_centre_status", ["centre_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_complaint_consumer_no"), ["consumer_no"], unique=False)

    op.create_table(
        "complaint_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaint.id"],
            name=op.f("fk_complaint_event_complaint_id_complaint"),
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_complaint_event_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint_event")),
    )
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_complaint_event_complaint_id"), ["complaint_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("complaint_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_event_complaint_id"))

    op.drop_table("complaint_event")
    with op.batch_alter_table("complaint", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_complaint_consumer_no"))
        batch_op.drop_index("ix_complaint_centre_status")
        batch_op.drop_index("ix_complaint_centre_received")
        batch_op.drop_index(batch_op.f("ix_complaint_caller_mobile"))

    op.drop_table("complaint")
    with op.batch_alter_table("consumer", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consumer_mobile"))

    op.drop_table("consumer")
    op.drop_table("officer_feeder")
    op.drop_table("dt")
    op.drop_table("feeder")
    op.drop_table("sop_rule")
    op.drop_table("pss")
    op.drop_table("docket_counter")
    op.drop_table("app_user")
    op.drop_table("officer")
    op.drop_table("complaint_type")
    op.drop_table("centre")
