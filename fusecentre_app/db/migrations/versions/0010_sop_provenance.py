"""The SoP table as data with its provenance: each rule's clock (continuous, or working hours
with the working day), its compensation (per case or per day of default, with the rounding;
to a lone consumer or to each of several), the day it took effect and the sources of its
figures. Rules already in a store keep their hours and are marked "to be confirmed with
BERC"; complaints already logged keep the deadline they were logged with.

Revision ID: 0010
Revises: 0008
Create Date: 2026-12-01
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_TO_CONFIRM = "to be confirmed with BERC"
_NEW = (
    "clock",
    "working_day",
    "comp_basis",
    "comp_single",
    "comp_each",
    "comp_rounding",
    "effective_from",
    "hours_source",
    "compensation_source",
)


def upgrade() -> None:
    with op.batch_alter_table("sop_rule") as table:
        table.add_column(
            sa.Column("clock", sa.String(12), nullable=False, server_default="continuous")
        )
        table.add_column(sa.Column("working_day", sa.String(11), nullable=True))
        table.add_column(
            sa.Column("comp_basis", sa.String(12), nullable=False, server_default="none")
        )
        table.add_column(sa.Column("comp_single", sa.Integer(), nullable=False, server_default="0"))
        table.add_column(sa.Column("comp_each", sa.Integer(), nullable=True))
        table.add_column(
            sa.Column(
                "comp_rounding", sa.String(16), nullable=False, server_default="part_day_counts"
            )
        )
        table.add_column(sa.Column("effective_from", sa.Date(), nullable=True))
        table.add_column(
            sa.Column("hours_source", sa.String(200), nullable=False, server_default=_TO_CONFIRM)
        )
        table.add_column(
            sa.Column(
                "compensation_source", sa.String(200), nullable=False, server_default=_TO_CONFIRM
            )
        )
    with op.batch_alter_table("sop_rule") as table:
        for name in ("clock", "comp_basis", "comp_single", "comp_rounding"):
            table.alter_column(name, server_default=None)
        table.alter_column("hours_source", server_default=None)
        table.alter_column("compensation_source", server_default=None)

    # The audit chain holds each rule as it was; put the new values on record (as 0008 did
    # for every audited row), so that verification sees the columns this upgrade added.
    from fusecentre_app.db.audit import append_record, current_snapshots
    from fusecentre_app.domain.timeutil import utcnow

    conn = op.get_bind()
    if not sa.inspect(conn).has_table("audit_head"):
        return
    now = utcnow()
    present = {c["name"] for c in sa.inspect(conn).get_columns("sop_rule")}
    rules = current_snapshots(conn, "sop_rule", present=present)
    for key, snapshot in sorted(rules.items()):
        append_record(
            conn,
            at=now,
            user_id=None,
            centre_id=None,
            kind="baseline",
            entity="sop_rule",
            entity_key=key,
            data={"new": snapshot, "old": {name: None for name in _NEW}},
        )


def downgrade() -> None:
    with op.batch_alter_table("sop_rule") as table:
        for name in reversed(_NEW):
            table.drop_column(name)
