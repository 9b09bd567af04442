"""The SoP table as data with its provenance: each rule's clock (continuous, or working hours
with the working day), its compensation (per case or per day of default, with the rounding;
to a lone consumer or to each of several), the day it took effect and the sources of its
figures. A rule still holding the hours the desk shipped before (Telangana's figures) for a
fault whose Bihar figures have a source — fuse-off 4 h urban / 24 h rural with Rs 25 per day
of default, DT failure 24 h / 72 h — takes Bihar's rule with its sources; every other rule
keeps its hours (the office may have set them) and is marked "to be confirmed with BERC".
Complaints already logged keep the deadline they were logged with.

Revision ID: 0010
Revises: 0009
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

_BERC_2006 = "BERC SoP Regulations 2006 (as BERC's chairman described them in 2011)"
# (type, area): (hours the desk shipped before, Bihar's rule as the seeds give it).
_BIHAR: dict[tuple[str, str], tuple[float, dict[str, object]]] = {
    ("FUSE_OFF", area): (
        shipped,
        {
            "hours": hours,
            "comp_basis": "per_day",
            "comp_single": 25,
            "comp_rounding": "part_day_counts",
            "hours_source": _BERC_2006,
            "compensation_source": f"{_BERC_2006}; rounding of a part day to be confirmed "
            "with BERC",
        },
    )
    for area, shipped, hours in (("urban", 4.0, 4.0), ("rural", 8.0, 24.0))
} | {
    ("DT_FAIL", area): (shipped, {"hours": hours, "hours_source": "SBPDCL's stated practice"})
    for area, shipped, hours in (("urban", 24.0, 24.0), ("rural", 48.0, 72.0))
}


def _bihar_where_shipped(conn: sa.Connection) -> dict[str, float]:
    """Give the rules still as shipped Bihar's figures; the old hours of each, by audit key."""
    rule = sa.table(
        "sop_rule",
        sa.column("type_code", sa.String),
        sa.column("area", sa.String),
        sa.column("hours", sa.Float),
        *(sa.column(name) for name in _NEW),
    )
    changed: dict[str, float] = {}
    for (type_code, area), (shipped, values) in _BIHAR.items():
        where = (rule.c.type_code == type_code, rule.c.area == area)
        hours = conn.execute(sa.select(rule.c.hours).where(*where)).scalar()
        if hours is None or abs(hours - shipped) > 1e-9:
            continue
        conn.execute(sa.update(rule).where(*where).values(**values))
        if values["hours"] != hours:
            changed[f"{type_code}/{area}"] = hours
    return changed


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
    old_hours = _bihar_where_shipped(conn)
    if not sa.inspect(conn).has_table("audit_head"):
        return
    now = utcnow()
    present = {c["name"] for c in sa.inspect(conn).get_columns("sop_rule")}
    rules = current_snapshots(conn, "sop_rule", present=present)
    for key, snapshot in sorted(rules.items()):
        old: dict[str, object] = {name: None for name in _NEW}
        if key in old_hours:
            old["hours"] = old_hours[key]
        append_record(
            conn,
            at=now,
            user_id=None,
            centre_id=None,
            kind="baseline",
            entity="sop_rule",
            entity_key=key,
            data={"new": snapshot, "old": old},
        )


def downgrade() -> None:
    with op.batch_alter_table("sop_rule") as table:
        for name in reversed(_NEW):
            table.drop_column(name)
