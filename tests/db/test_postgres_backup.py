"""The PostgreSQL backup procedure of docs/deploy-postgresql.md, run for real: `pg_dump -Fc`
of a store desks have written, `pg_restore` into a new database, and the desk's own verify
passes there with the same counts."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.migrate import current_revision, head_revision, stamped_version
from fusecentre_app.db.models import AuditRecord, Complaint, ComplaintEvent
from fusecentre_app.services.verify import verify_store
from tests.support import drop_test_database

pytestmark = pytest.mark.postgres


def _libpq(url: str) -> str:
    """The URL as libpq (pg_dump, pg_restore) takes it."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            int(s.scalar(select(func.count()).select_from(m)) or 0)
            for m in (Complaint, ComplaintEvent, AuditRecord)
        )


def test_pg_dump_and_pg_restore_give_a_store_that_verifies(pg: Database, tmp_path: Path) -> None:
    if shutil.which("pg_dump") is None or shutil.which("pg_restore") is None:
        pytest.skip("pg_dump and pg_restore are not installed")
    from datetime import UTC, datetime

    from fusecentre_app.demo import build_demo

    build_demo(pg, days=2, per_day=20, seed=5, end=datetime(2026, 6, 2, 20, 0, tzinfo=UTC))
    counts = _counts(pg)
    dump = tmp_path / "fusecentre.dump"
    subprocess.run(["pg_dump", "-Fc", "-f", str(dump), "-d", _libpq(pg.url)], check=True)
    assert dump.stat().st_size > 0

    name = f"fc_restored_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(pg.url).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    restored_url = make_url(pg.url).set(database=name).render_as_string(hide_password=False)
    try:
        subprocess.run(
            ["pg_restore", "--exit-on-error", "--no-owner", "-d", _libpq(restored_url), str(dump)],
            check=True,
        )
        restored = open_database(restored_url, create=False, migrate=False)
        try:
            assert current_revision(restored.engine) == head_revision()
            assert stamped_version(restored.engine) is not None  # the version stamp came too
            assert _counts(restored) == counts
            report = verify_store(restored)
            assert report.ok, report.problems
            assert report.complaints == counts[0] and report.events == counts[1]
        finally:
            restored.dispose()
    finally:
        drop_test_database(admin, name)
        admin.dispose()
