"""A desk signed in to PostgreSQL as a desk role: it works, and cannot rewrite the records.

Runs when FUSECENTRE_TEST_PG_URL names a server where the user may create databases and
roles (`.ci/run` starts one). The role is made for the test and dropped afterwards.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from fusecentre_app.db.desk_role import (
    DeskRoleError,
    check_role_name,
    desk_role_sql,
    grant_desk_role,
    revoke_desk_role,
)
from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.models import ComplaintEvent, Officer, OfficerFeeder
from fusecentre_app.services import accounts, auth, directory, lifecycle, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD

pytestmark = pytest.mark.postgres


@pytest.fixture
def desk_login(pg: Database) -> Iterator[tuple[str, str]]:
    """A new LOGIN role with a password, and the store's URL signed in as it."""
    role = f"fc_desk_{uuid.uuid4().hex[:10]}"
    password = secrets.token_hex(16)
    with pg.engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
        # So that the owner may end whatever sessions of the role a failed test left open.
        conn.exec_driver_sql(f"GRANT {role} TO CURRENT_USER")
    url = make_url(pg.url).set(username=role, password=password)
    try:
        yield role, url.render_as_string(hide_password=False)
    finally:
        try:
            with pg.engine.begin() as conn:
                conn.execute(
                    text(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = :r"
                    ),
                    {"r": role},
                )
            revoke_desk_role(pg.engine, role)
        finally:
            with pg.engine.begin() as conn:
                conn.exec_driver_sql(f"DROP ROLE IF EXISTS {role}")


def _refused(db: Database, statement: str, match: str) -> None:
    with pytest.raises(DBAPIError, match=match), db.engine.begin() as conn:
        conn.exec_driver_sql(statement)


def test_a_desk_role_keeps_the_desk_working_but_cannot_rewrite_records(
    pg: Database, desk_login: tuple[str, str], tmp_path: Path
) -> None:
    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    clerk = accounts.create_user(
        pg, username="asha", full_name="Asha Kumari", password=PASSWORD, centre_id=centre.id
    )
    supervisor = accounts.create_user(
        pg,
        username="mukesh",
        full_name="Mukesh Singh",
        password=PASSWORD,
        centre_id=centre.id,
        role="supervisor",
    )
    role, url = desk_login
    grant_desk_role(pg.engine, role)
    grant_desk_role(pg.engine, role)  # again, as after an upgrade: the same rights

    desk = open_database(url, migrate=False)
    try:
        assert desk.display_name.startswith(f"postgresql://{role}@")
        # What a desk does: sign in, log a call, assign it.
        assert auth.authenticate(desk, "asha", PASSWORD).id == clerk.id
        logged = log_complaint(
            desk,
            ComplaintDraft(
                caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"
            ),
            centre_id=centre.id,
            user_id=clerk.id,
        )
        with desk.read() as s:
            lineman = s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN"))
        assert lineman is not None
        moved = lifecycle.assign(desk, logged.id, lineman, user_id=clerk.id)
        assert moved.status == "assigned"

        # A directory import replaces an officer's feeders: the one delete a desk makes.
        listing = tmp_path / "officers.csv"
        directory.export_officers(desk, listing)
        lines = listing.read_text(encoding="utf-8-sig").splitlines()
        row = next(i for i, line in enumerate(lines) if line.endswith("F-BXR-01;F-BXR-02;F-BXR-03"))
        lines[row] = lines[row].removesuffix(";F-BXR-02;F-BXR-03")
        listing.write_text("\n".join(lines) + "\n", encoding="utf-8")
        with desk.read() as s:
            links_before = s.scalar(select(func.count()).select_from(OfficerFeeder))
        assert directory.import_officers(desk, listing, by=supervisor.id).updated == 1
        with desk.read() as s:
            assert s.scalar(select(func.count()).select_from(OfficerFeeder)) == links_before - 2

        # What it may not: rewrite or remove the history, or remove anything else.
        denied = "permission denied"
        _refused(desk, "UPDATE complaint_event SET data = '{}'", denied)
        _refused(desk, "DELETE FROM complaint_event", denied)
        _refused(desk, "TRUNCATE complaint_event", denied)
        _refused(desk, "UPDATE audit_record SET data = '{}'", denied)
        _refused(desk, "DELETE FROM audit_record", denied)
        _refused(desk, "DELETE FROM complaint", denied)
        _refused(desk, "DELETE FROM app_user", denied)
        _refused(desk, "UPDATE alembic_version SET version_num = '0001'", denied)
        _refused(desk, "CREATE TABLE notes (id integer)", denied)

        # The owner may by its rights, but the triggers refuse it too.
        _refused(pg, "UPDATE complaint_event SET data = '{}'", "complaint events are append-only")
        _refused(pg, "DELETE FROM complaint_event", "complaint events are append-only")
        _refused(pg, "TRUNCATE complaint_event CASCADE", "complaint events are append-only")
        _refused(pg, "UPDATE audit_record SET kind = 'x'", "audit records are append-only")
        _refused(pg, "DELETE FROM audit_record", "audit records are append-only")

        with desk.read() as s:
            assert s.scalar(select(func.count()).select_from(ComplaintEvent)) == 2
        report = verify_store(desk)
        assert report.ok, report.problems
    finally:
        desk.dispose()

    # The desk's start-up migrates: on a store at head that reads and changes nothing.
    again = open_database(url)
    again.dispose()


def test_the_printed_script_run_by_hand_grants_what_the_call_does(
    pg: Database, desk_login: tuple[str, str]
) -> None:
    role, _url = desk_login
    raw = pg.engine.raw_connection()
    try:
        raw.driver_connection.autocommit = True  # the script has its own BEGIN and COMMIT
        raw.driver_connection.execute(desk_role_sql(role))
    finally:
        raw.close()
    rights = "SELECT has_table_privilege(:role, :table, :right)"
    with pg.engine.connect() as conn:

        def may(table: str, right: str) -> bool:
            return bool(conn.scalar(text(rights), {"role": role, "table": table, "right": right}))

        assert may("complaint_event", "INSERT") and not may("complaint_event", "UPDATE")
        assert may("audit_record", "SELECT") and not may("audit_record", "DELETE")
        assert may("chain_head", "UPDATE") and may("audit_head", "UPDATE")
        assert may("complaint", "UPDATE") and not may("complaint", "DELETE")
        assert may("officer_feeder", "DELETE") and not may("alembic_version", "UPDATE")
    _refused(pg, "DELETE FROM audit_record", "audit records are append-only")


def test_the_owner_and_a_superuser_are_not_desk_roles(pg: Database) -> None:
    owner = make_url(pg.url).username
    assert owner is not None
    with pytest.raises(DeskRoleError, match="owner"):
        grant_desk_role(pg.engine, owner)
    with pytest.raises(DeskRoleError, match="superuser"):
        grant_desk_role(pg.engine, "postgres")
    with pytest.raises(DeskRoleError, match="no role"):
        grant_desk_role(pg.engine, f"fc_nobody_{uuid.uuid4().hex[:8]}")


def test_role_names_are_checked_and_sqlite_is_refused(db: Database) -> None:
    for bad in ('desk"; DROP TABLE complaint; --', "Desk", "1desk", "public", "pg_desk", ""):
        with pytest.raises(DeskRoleError):
            check_role_name(bad)
        with pytest.raises(DeskRoleError):
            desk_role_sql(bad)
    with pytest.raises(DeskRoleError, match="PostgreSQL"):
        grant_desk_role(db.engine, "desk_bxr")


def test_the_script_grants_no_rewrite_of_the_append_only_tables() -> None:
    sql = desk_role_sql("desk_bxr")
    assert sql.startswith("-- Desk role desk_bxr") and sql.rstrip().endswith("COMMIT;")
    grants = [line for line in sql.splitlines() if line.startswith("GRANT")]
    assert (
        'GRANT SELECT, INSERT ON TABLE "public"."audit_record", "public"."complaint_event"' in sql
    )
    for line in grants:
        if "UPDATE" in line or "DELETE" in line:
            assert "complaint_event" not in line and "audit_record" not in line
        if "DELETE" in line:
            assert line == 'GRANT DELETE ON TABLE "public"."officer_feeder" TO "desk_bxr";'
    assert '"public"."chain_head"' in next(g for g in grants if "UPDATE" in g)
    assert sql.count("CREATE TRIGGER") == 2 and sql.count("DROP TRIGGER IF EXISTS") == 2
