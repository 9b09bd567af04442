"""The same store on PostgreSQL: migrations, master data, logging, serials under concurrency.

Runs when FUSECENTRE_TEST_PG_URL names a server where the user may create databases
(`.ci/run` starts one); each test gets a database of its own, dropped afterwards.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Base, Complaint, DocketCounter
from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.services import accounts, auth, lifecycle, masterdata
from fusecentre_app.services.complaints import (
    ComplaintDraft,
    caller_profile,
    log_complaint,
    record_follow_up,
)
from fusecentre_app.services.verify import verify_store

pytestmark = pytest.mark.postgres


def test_postgres_schema_matches_the_models(pg: Database) -> None:
    assert pg.engine.dialect.name == "postgresql"
    with pg.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_postgres_logs_complaints_like_sqlite(pg: Database) -> None:
    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "DMR")
    user = accounts.create_user(
        pg, username="ravi", full_name="Ravi", password="long-pass-1912", centre_id=centre.id
    )
    when = datetime(2026, 6, 1, 19, 0, tzinfo=UTC)  # 00:30 on 2 June in India
    logged = [
        log_complaint(
            pg,
            ComplaintDraft(
                caller_mobile="9835012345",
                caller_name="सुनील कुमार",
                locality="Lala Toli",
                type_code="FUSE_OFF",
                received_at=when,
            ),
            centre_id=centre.id,
            user_id=user.id,
            now=when,
        )
        for _ in range(3)
    ]
    assert [c.docket for c in logged] == [f"DMR-20260602-00{i}" for i in (1, 2, 3)]
    profile = caller_profile(pg, "+91 98350 12345")
    assert profile is not None and profile.name == "सुनील कुमार"
    assert len(profile.open_complaints) == 3
    assert profile.complaints[0].received_at == when
    assert record_follow_up(pg, logged[0].id, user_id=user.id).call_count == 2
    lifecycle.resolve(pg, logged[1].id, "fuse replaced", user_id=user.id)
    lifecycle.record_callback(pg, logged[1].id, CallbackOutcome.RESTORED, user_id=user.id)
    report = verify_store(pg)
    assert report.ok and report.events == 7, report.problems


def test_postgres_serials_stay_gapless_under_concurrent_saves(pg: Database) -> None:
    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    clerk = accounts.create_user(
        pg, username="asha", full_name="Asha", password="long-pass-1912", centre_id=centre.id
    )
    when = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)

    def save(i: int) -> str:
        return log_complaint(
            pg,
            ComplaintDraft(
                caller_mobile=f"98350123{i:02d}",
                locality="x",
                type_code="FUSE_OFF",
                received_at=when,
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=when,
        ).docket

    with ThreadPoolExecutor(max_workers=4) as pool:
        dockets = list(pool.map(save, range(40)))
    assert len(set(dockets)) == 40
    with pg.read() as s:
        serials = sorted(s.scalars(select(Complaint.serial)))
        assert serials == list(range(1, 41))
        assert s.scalar(select(DocketCounter.last_serial)) == 40
    assert verify_store(pg).ok  # concurrent writers linked one after another


def test_postgres_demo_verifies(pg: Database) -> None:
    from fusecentre_app.demo import build_demo

    build_demo(pg, days=2, per_day=20, seed=11, end=datetime(2026, 6, 2, 20, 0, tzinfo=UTC))
    report = verify_store(pg)
    assert report.ok and report.complaints > 30, report.problems
    # The queue's SQL runs on PostgreSQL too.
    from fusecentre_app.services.queue import (
        QueueFilter,
        feeder_loads,
        queue_ids,
        queue_rows,
        served_out_of_turn,
    )

    centre = masterdata.centre_by_code(pg, "BXR")
    ids = queue_ids(pg, QueueFilter(centre.id))
    assert len(queue_rows(pg, ids)) == len(ids)
    assert sum(load.open for load in feeder_loads(pg, centre.id)) == len(ids)
    everyone = queue_ids(pg, QueueFilter(centre.id, statuses=frozenset(), search="kumar"))
    assert everyone
    flagged = served_out_of_turn(pg, centre.id, since=datetime(2026, 5, 1, tzinfo=UTC))
    assert all(isinstance(v, list) and v for v in flagged.values())


def test_postgres_live_faults_banner_and_incident(pg: Database) -> None:
    from fusecentre_app.demo import DEMO_USERNAME, build_demo
    from fusecentre_app.demo.live import add_live_faults
    from fusecentre_app.services import incidents

    end = datetime(2026, 6, 2, 20, 0, tzinfo=UTC)
    build_demo(pg, days=1, per_day=20, seed=11, end=end)
    live = add_live_faults(pg, end=end, username=DEMO_USERNAME)
    centre = masterdata.centre_by_code(pg, "BXR")
    alerts = incidents.probable_faults_now(pg, centre.id, now=end)
    assert [a.feeder_code for a in alerts] == ["F-BXR-03"] and alerts[0].count >= 6
    (incident,) = incidents.open_incidents(pg, centre.id)
    assert incident.id == live.incident_id and len(incident.linked_ids) == 5
    clerk = auth.find_user(pg, DEMO_USERNAME)
    assert clerk is not None
    incidents.link_complaints(pg, incident.id, incident.unlinked_ids, user_id=clerk.id, now=end)
    done = incidents.resolve_incident(pg, incident.id, user_id=clerk.id, now=end)
    assert done.open_linked_ids == () and len(done.linked_ids) >= 6
    report = verify_store(pg)
    assert report.ok, report.problems
