"""The register's queries on PostgreSQL, and a digest that does not depend on the database.

Runs when FUSECENTRE_TEST_PG_URL names a server where the user may create databases."""

from __future__ import annotations

from pathlib import Path

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.demo import build_demo
from fusecentre_app.reports.register import register_bytes
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.register_check import register_digest
from tests.reports.conftest import CENTRE, DAY, END, PER_DAY, Printed

pytestmark = pytest.mark.postgres


def test_the_same_demo_prints_the_same_register_on_postgres(
    pg: Database, printed: Printed, demo_path: Path
) -> None:
    build_demo(pg, days=3, per_day=PER_DAY, end=END)  # as the SQLite demo store was built
    data = gather_register(pg, CENTRE, DAY, generated_by="Test Inspector", now=END)
    assert [r.docket for r in data.rows] == [r.docket for r in printed.data.rows]
    assert data.summary == printed.data.summary
    assert [c.docket for c in data.carried_over] == [c.docket for c in printed.data.carried_over]
    assert data.digest == printed.data.digest
    assert register_digest(pg, CENTRE, DAY, data.cut_event_id) == data.digest
    assert register_bytes(data).startswith(b"%PDF")
