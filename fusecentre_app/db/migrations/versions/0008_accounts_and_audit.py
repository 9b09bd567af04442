"""Accounts that can be held to their work, and an audit chain for everything that is not a
complaint: password changes and sign-in waits on desk accounts; division settings; each
inspection's draws on record; handover sheets that name the incoming clerk; and the audit
records (hash-chained) with a baseline of every audited row as it stands.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = sa.DateTime(timezone=True)


def upgrade() -> None:
    with op.batch_alter_table("app_user") as table:
        table.add_column(
            sa.Column(
                "must_change_password", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )
        table.add_column(sa.Column("password_changed_at", _AT, nullable=True))
        table.add_column(
            sa.Column("failed_sign_ins", sa.Integer(), nullable=False, server_default="0")
        )
        table.add_column(sa.Column("locked_until", _AT, nullable=True))
    with op.batch_alter_table("app_user") as table:
        table.alter_column("must_change_password", server_default=None)
        table.alter_column("failed_sign_ins", server_default=None)

    with op.batch_alter_table("register_print") as table:
        table.add_column(sa.Column("as_of", _AT, nullable=True))
        table.add_column(sa.Column("acknowledged_by_id", sa.Integer(), nullable=True))
        table.add_column(sa.Column("acknowledged_at", _AT, nullable=True))
        table.add_column(sa.Column("note", sa.Text(), nullable=False, server_default=""))
        table.add_column(
            sa.Column("outgoing_clerk", sa.String(length=120), nullable=False, server_default="")
        )
        table.create_foreign_key(
            op.f("fk_register_print_acknowledged_by_id_app_user"),
            "app_user",
            ["acknowledged_by_id"],
            ["id"],
        )

    op.create_table(
        "inspection_draw",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("drawn_at", _AT, nullable=False),
        sa.Column("drawn_by_id", sa.Integer(), nullable=True),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("eligible", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["drawn_by_id"], ["app_user.id"], name=op.f("fk_inspection_draw_drawn_by_id_app_user")
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"],
            ["inspection.id"],
            name=op.f("fk_inspection_draw_inspection_id_inspection"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_draw")),
    )
    op.create_index(op.f("ix_inspection_draw_inspection_id"), "inspection_draw", ["inspection_id"])
    with op.batch_alter_table("inspection_sample") as table:
        table.add_column(sa.Column("draw_id", sa.Integer(), nullable=True))
        table.create_foreign_key(
            op.f("fk_inspection_sample_draw_id_inspection_draw"),
            "inspection_draw",
            ["draw_id"],
            ["id"],
        )
    # Each inspection so far drew once, when it was started, from the day's closed complaints
    # that have a mobile to call (counted as they are now: the nearest the store can say).
    conn = op.get_bind()
    inspections = conn.execute(
        sa.text(
            "SELECT i.id, i.started_at, i.inspector_id, "
            "(SELECT count(*) FROM inspection_sample s WHERE s.inspection_id = i.id), "
            "(SELECT count(*) FROM complaint c WHERE c.centre_id = i.centre_id "
            "AND c.day = i.day AND c.status IN ('closed_verified', 'closed_unverified') "
            "AND c.caller_mobile IS NOT NULL AND c.caller_mobile != '') "
            "FROM inspection i ORDER BY i.id"
        )
    ).all()
    for inspection_id, started_at, inspector_id, size, eligible in inspections:
        conn.execute(
            sa.text(
                "INSERT INTO inspection_draw "
                "(inspection_id, number, drawn_at, drawn_by_id, size, eligible) "
                "VALUES (:i, 1, :at, :by, :n, :e)"
            ),
            {
                "i": inspection_id,
                "at": started_at,
                "by": inspector_id,
                "n": size,
                "e": max(size, eligible),
            },
        )
        conn.execute(
            sa.text(
                "UPDATE inspection_sample SET draw_id = "
                "(SELECT id FROM inspection_draw WHERE inspection_id = :i) "
                "WHERE inspection_id = :i"
            ),
            {"i": inspection_id},
        )

    op.create_table(
        "setting",
        sa.Column("key", sa.String(length=40), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_setting")),
    )
    op.create_table(
        "audit_record",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", _AT, nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("centre_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("entity", sa.String(length=24), nullable=False),
        sa.Column("entity_key", sa.String(length=60), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_audit_record_centre_id_centre")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["app_user.id"], name=op.f("fk_audit_record_user_id_app_user")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_record")),
    )
    op.create_index("ix_audit_record_entity", "audit_record", ["entity", "entity_key"])
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_record_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_head")),
    )

    # The chain's head exists from the start, so that two desks' first records queue on it.
    conn.execute(
        sa.text("INSERT INTO audit_head (id, last_record_id, last_hash) VALUES (1, 0, :g)"),
        {"g": "0" * 64},
    )
    # Everything audited from now on starts from what the store holds at this upgrade.
    from fusecentre_app.db.audit import baseline
    from fusecentre_app.domain.timeutil import utcnow

    baseline(conn, utcnow())


def downgrade() -> None:
    op.drop_table("audit_head")
    op.drop_index("ix_audit_record_entity", table_name="audit_record")
    op.drop_table("audit_record")
    op.drop_table("setting")
    with op.batch_alter_table("inspection_sample") as table:
        table.drop_constraint(
            op.f("fk_inspection_sample_draw_id_inspection_draw"), type_="foreignkey"
        )
        table.drop_column("draw_id")
    op.drop_index(op.f("ix_inspection_draw_inspection_id"), table_name="inspection_draw")
    op.drop_table("inspection_draw")
    with op.batch_alter_table("register_print") as table:
        table.drop_constraint(
            op.f("fk_register_print_acknowledged_by_id_app_user"), type_="foreignkey"
        )
        table.drop_column("outgoing_clerk")
        table.drop_column("note")
        table.drop_column("acknowledged_at")
        table.drop_column("acknowledged_by_id")
        table.drop_column("as_of")
    with op.batch_alter_table("app_user") as table:
        table.drop_column("locked_until")
        table.drop_column("failed_sign_ins")
        table.drop_column("password_changed_at")
        table.drop_column("must_change_password")
