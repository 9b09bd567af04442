"""The interruption register and feeder facts with the day they took effect: each feeder's
agricultural flag, each DT's consumers connected, a `feeder_fact` row per feeder holding its
consumers, area and flag as they stand (in force since the store began), and an interruption
for every feeder-trip incident already resolved (start: its first complaint or its opening,
whichever came first; end: its resolution). All of it is put on the audit record.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""

from collections.abc import Sequence
from datetime import date

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_AT = sa.DateTime(timezone=True)
# The facts a store holds when it gains the register are taken to hold from long before any
# month it can report on.
SINCE = date(2000, 1, 1)
# Typed, so SQLAlchemy writes them as the models do (Python 3.12 deprecates sqlite3's own
# date and datetime adapters).
_SINCE_PARAM = sa.bindparam("since", type_=sa.Date())
_AT_PARAM = sa.bindparam("at", type_=sa.DateTime())


def upgrade() -> None:
    with op.batch_alter_table("feeder") as table:
        table.add_column(
            sa.Column("agricultural", sa.Boolean(), nullable=False, server_default=sa.false())
        )
    with op.batch_alter_table("feeder") as table:
        table.alter_column("agricultural", server_default=None)
    with op.batch_alter_table("dt") as table:
        table.add_column(sa.Column("consumers", sa.Integer(), nullable=False, server_default="0"))
    with op.batch_alter_table("dt") as table:
        table.alter_column("consumers", server_default=None)

    op.create_table(
        "feeder_fact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("consumers", sa.Integer(), nullable=False),
        sa.Column("area", sa.String(length=10), nullable=False),
        sa.Column("agricultural", sa.Boolean(), nullable=False),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("recorded_at", _AT, nullable=False),
        sa.Column("source", sa.String(length=120), nullable=False),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_feeder_fact_feeder_id_feeder")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_feeder_fact_recorded_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feeder_fact")),
    )
    op.create_index(
        "ix_feeder_fact_feeder_effective", "feeder_fact", ["feeder_id", "effective_from"]
    )
    op.create_table(
        "interruption",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("feeder_id", sa.Integer(), nullable=False),
        sa.Column("started_at", _AT, nullable=False),
        sa.Column("ended_at", _AT, nullable=False),
        sa.Column("planned", sa.Boolean(), nullable=False),
        sa.Column("cause", sa.String(length=200), nullable=False),
        sa.Column("consumers_affected", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=12), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=True),
        sa.Column("recorded_by_id", sa.Integer(), nullable=True),
        sa.Column("created_at", _AT, nullable=False),
        sa.ForeignKeyConstraint(
            ["feeder_id"], ["feeder.id"], name=op.f("fk_interruption_feeder_id_feeder")
        ),
        sa.ForeignKeyConstraint(
            ["incident_id"], ["incident.id"], name=op.f("fk_interruption_incident_id_incident")
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_id"],
            ["app_user.id"],
            name=op.f("fk_interruption_recorded_by_id_app_user"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interruption")),
        sa.UniqueConstraint("incident_id", name=op.f("uq_interruption_incident_id")),
    )
    op.create_index("ix_interruption_started", "interruption", ["started_at"])
    op.create_index("ix_interruption_feeder_started", "interruption", ["feeder_id", "started_at"])

    from fusecentre_app.db.audit import put_on_record
    from fusecentre_app.domain.timeutil import utcnow

    conn = op.get_bind()
    now = utcnow()
    # Stored as the models store it (naive UTC text on SQLite).
    stamp = now.replace(tzinfo=None) if conn.dialect.name == "sqlite" else now
    conn.execute(
        sa.text(
            "INSERT INTO feeder_fact (feeder_id, effective_from, consumers, area, agricultural, "
            "recorded_by_id, recorded_at, source) SELECT id, :since, consumers, area, :no, "
            "NULL, :at, 'upgrade to schema 0009' FROM feeder ORDER BY id"
        ).bindparams(_SINCE_PARAM, _AT_PARAM),
        {"since": SINCE, "no": False, "at": stamp},
    )
    conn.execute(
        sa.text(
            "INSERT INTO interruption (feeder_id, started_at, ended_at, planned, cause, "
            "consumers_affected, source, incident_id, recorded_by_id, created_at) "
            "SELECT i.feeder_id, COALESCE((SELECT min(c.received_at) FROM complaint c "
            "WHERE c.incident_id = i.id AND c.received_at < i.opened_at), i.opened_at), "
            "i.resolved_at, :no, i.resolution_cause, NULL, 'incident', i.id, i.resolved_by_id, "
            ":at FROM incident i WHERE i.kind = 'feeder_trip' AND i.status = 'resolved' "
            "AND i.resolved_at IS NOT NULL ORDER BY i.id"
        ).bindparams(_AT_PARAM),
        {"no": False, "at": stamp},
    )
    for entity in ("feeder", "dt"):
        put_on_record(conn, now, entity, "upgraded")
    for entity in ("feeder_fact", "interruption"):
        put_on_record(conn, now, entity, "added")


def downgrade() -> None:
    op.drop_index("ix_interruption_feeder_started", table_name="interruption")
    op.drop_index("ix_interruption_started", table_name="interruption")
    op.drop_table("interruption")
    op.drop_index("ix_feeder_fact_feeder_effective", table_name="feeder_fact")
    op.drop_table("feeder_fact")
    with op.batch_alter_table("dt") as table:
        table.drop_column("consumers")
    with op.batch_alter_table("feeder") as table:
        table.drop_column("agricultural")
