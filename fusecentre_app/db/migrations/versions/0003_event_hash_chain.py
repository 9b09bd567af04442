"""Hash-chain the events: each event's hash covers the previous hash of its centre's chain
and its own content; `chain_head` keeps each chain's last link.

Events already in the store are chained in the order they were written (their ids).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""

from collections.abc import Sequence
from datetime import UTC

import sqlalchemy as sa
from alembic import op

from fusecentre_app.domain.chain import GENESIS, event_hash

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "chain_head",
        sa.Column("centre_id", sa.Integer(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.Column("last_hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(
            ["centre_id"], ["centre.id"], name=op.f("fk_chain_head_centre_id_centre")
        ),
        sa.PrimaryKeyConstraint("centre_id", name=op.f("pk_chain_head")),
    )
    with op.batch_alter_table("complaint_event") as batch:
        batch.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch.add_column(sa.Column("hash", sa.String(length=64), nullable=True))

    bind = op.get_bind()
    meta = sa.MetaData()
    event = sa.Table(
        "complaint_event",
        meta,
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("complaint_id", sa.Integer),
        sa.Column("at", sa.DateTime(timezone=True)),
        sa.Column("user_id", sa.Integer),
        sa.Column("kind", sa.String),
        sa.Column("data", sa.JSON),
        sa.Column("prev_hash", sa.String),
        sa.Column("hash", sa.String),
    )
    complaint = sa.Table(
        "complaint", meta, sa.Column("id", sa.Integer), sa.Column("centre_id", sa.Integer)
    )
    heads: dict[int, tuple[int, str]] = {
        centre_id: (0, GENESIS) for (centre_id,) in bind.execute(sa.text("SELECT id FROM centre"))
    }
    rows = bind.execute(
        sa.select(
            event.c.id,
            complaint.c.centre_id,
            event.c.complaint_id,
            event.c.at,
            event.c.user_id,
            event.c.kind,
            event.c.data,
        )
        .join(complaint, complaint.c.id == event.c.complaint_id)
        .order_by(event.c.id)
    ).all()
    for event_id, centre_id, complaint_id, at, user_id, kind, data in rows:
        at = at.replace(tzinfo=UTC) if at.tzinfo is None else at
        previous = heads[centre_id][1]
        digest = event_hash(previous, complaint_id, at, user_id, kind, data or {})
        bind.execute(
            sa.update(event).where(event.c.id == event_id).values(prev_hash=previous, hash=digest)
        )
        heads[centre_id] = (event_id, digest)
    if heads:
        bind.execute(
            sa.text(
                "INSERT INTO chain_head (centre_id, last_event_id, last_hash) VALUES (:c, :e, :h)"
            ),
            [{"c": c, "e": e, "h": h} for c, (e, h) in heads.items()],
        )
    with op.batch_alter_table("complaint_event") as batch:
        batch.alter_column("prev_hash", existing_type=sa.String(length=64), nullable=False)
        batch.alter_column("hash", existing_type=sa.String(length=64), nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("complaint_event") as batch:
        batch.drop_column("hash")
        batch.drop_column("prev_hash")
    op.drop_table("chain_head")
