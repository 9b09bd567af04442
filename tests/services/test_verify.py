"""`fusecentre verify`: a store made through the services verifies; a row changed, an event
removed or altered directly in the database is named."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.demo import build_demo
from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, record_follow_up
from fusecentre_app.services.verify import verify_store

END = datetime(2026, 6, 3, 20, 0, tzinfo=UTC)


@pytest.fixture
def store(db: Database, centre, clerk) -> Database:  # type: ignore[no-untyped-def]
    """Demo history plus complaints moved by the services, interleaved on one chain."""
    build_demo(db, days=2, per_day=25, seed=3, end=END)
    first = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk.id,
    )
    record_follow_up(db, first.id, user_id=clerk.id, note="फिर से फोन")
    lifecycle.resolve(db, first.id, "fuse replaced", user_id=clerk.id)
    lifecycle.record_callback(db, first.id, CallbackOutcome.RESTORED, user_id=clerk.id)
    return db


def _sql(tmp_path: Path, statement: str) -> None:
    conn = sqlite3.connect(tmp_path / "desk.sqlite")
    with conn:
        conn.execute(statement)
    conn.close()


def test_untouched_store_verifies(store: Database) -> None:
    report = verify_store(store)
    assert report.ok, report.problems
    assert report.chains == 2 and report.events > 100 and report.complaints > 50


def test_changed_complaint_row_is_named(store: Database, tmp_path: Path) -> None:
    _sql(
        tmp_path,
        "UPDATE complaint SET status = 'new' WHERE id = (SELECT max(id) FROM complaint)",
    )
    report = verify_store(store)
    assert len(report.problems) == 1
    assert "row differs from its events in status" in report.problems[0]


def test_altered_event_is_named(store: Database, tmp_path: Path) -> None:
    _sql(
        tmp_path,
        "UPDATE complaint_event SET data = replace(data, 'fuse replaced', "
        "'DT replaced') WHERE id = (SELECT max(id) FROM complaint_event "
        "WHERE kind = 'resolved')",
    )
    report = verify_store(store)
    assert any("content does not match its hash" in p for p in report.problems)
    assert any("row differs from its events in resolution_cause" in p for p in report.problems)


def test_removed_events_are_named(store: Database, tmp_path: Path) -> None:
    _sql(tmp_path, "DELETE FROM complaint_event WHERE id = 5")
    report = verify_store(store)
    assert any("link to the previous event is broken" in p for p in report.problems)
    _sql(tmp_path, "DELETE FROM complaint_event WHERE id = (SELECT max(id) FROM complaint_event)")
    report = verify_store(store)
    assert any("events removed from the end" in p for p in report.problems)


def test_verify_command_exit_codes(store: Database, tmp_path: Path) -> None:
    env = {**os.environ}
    env.pop("FUSECENTRE_DB_URL", None)
    cmd = [sys.executable, "-m", "fusecentre_app", "verify", "--db", str(tmp_path / "desk.sqlite")]
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stderr
    _sql(tmp_path, "UPDATE complaint SET caller_mobile = '+919999999999' WHERE id = 1")
    _sql(tmp_path, "UPDATE complaint_event SET user_id = NULL WHERE id = 1")
    done = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 1
    assert "event 1 " in done.stdout and "problem(s) found" in done.stderr
