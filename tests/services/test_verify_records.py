"""`verify` covers every record: each logging-time detail of a complaint edited in the store
is named with its field; so are an incident, a role, a password, a print record, a setting
and an officer changed outside the desk, a removed complaint (a serial gap) and a docket
counter set back; and a chain rebuilt after an edit — whose links all check out — fails
against the anchor file written before the edit."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.chain import GENESIS, event_hash
from fusecentre_app.domain.enums import IncidentKind
from fusecentre_app.domain.record import LOGGED_FIELDS
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.services import incidents
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.verify import verify_store

NOW = datetime(2026, 6, 2, 11, 0, tzinfo=LOCAL_TZ)
DAY = date(2026, 6, 2)


@pytest.fixture
def store(db: Database, centre, clerk) -> Database:  # type: ignore[no-untyped-def]
    ids = [
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile=f"983501234{i}",
                caller_name="रमेश यादव",
                consumer_no="BXR/1234",
                locality="Thatheri Bazar",
                address="Ward 7",
                landmark="near the temple",
                feeder_id=1,
                type_code="FUSE_OFF",
                description="फ्यूज उड़ा",
                received_at=NOW - timedelta(minutes=30 - i),
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=NOW,
        ).id
        for i in range(3)
    ]
    incidents.open_incident(
        db, centre.id, IncidentKind.FEEDER_TRIP, 1, ids[:2], note="breaker", user_id=clerk.id
    )
    register_pdf(db, "BXR", DAY, user_name="Asha", now=NOW).put_on_record(db, by=clerk.id)
    assert verify_store(db).ok, verify_store(db).problems
    return db


def _sql(tmp_path: Path, *statements: str) -> None:
    conn = sqlite3.connect(tmp_path / "desk.sqlite")
    with conn:
        for statement in statements:
            conn.execute(statement)
    conn.close()


# A different value of the right kind for each column, as SQL.
_EDITS = {
    "text": "'edited'",
    "id": "99",
    "number": "7",
    "time": "'2026-06-01 00:00:00.000000'",
    "day": "'2026-06-01'",
}


@pytest.mark.parametrize("field", [f for f in LOGGED_FIELDS], ids=[f.name for f in LOGGED_FIELDS])
def test_each_logging_time_column_edited_is_named(store: Database, tmp_path: Path, field) -> None:  # type: ignore[no-untyped-def]
    value = {"feeder_id": "NULL", "dt_id": "5", "forwarded_by_id": "3", "logged_by_id": "2"}.get(
        field.name, _EDITS[field.kind]
    )
    _sql(
        tmp_path,
        "PRAGMA foreign_keys = OFF",
        f"UPDATE complaint SET {field.name} = {value} WHERE serial = 2",
    )
    problems = verify_store(store).problems
    docket = "edited" if field.name == "docket" else "BXR-20260602-002"
    named = [p for p in problems if p.startswith(f"complaint {docket}:")]
    assert named and field.name in named[0], problems


def test_an_incident_edited_outside_the_desk_is_named(store: Database, tmp_path: Path) -> None:
    _sql(tmp_path, "UPDATE incident SET note = 'nothing happened', kind = 'dt_failure'")
    assert verify_store(store).problems == [
        "incident 1: differs from its record in kind, note (changed outside the desk)"
    ]


def test_a_role_or_a_password_changed_outside_the_desk_is_named(
    store: Database, tmp_path: Path
) -> None:
    _sql(tmp_path, "UPDATE app_user SET role = 'supervisor' WHERE username = 'asha'")
    assert verify_store(store).problems == [
        "user 1 (asha): differs from its record in role (changed outside the desk)"
    ]
    _sql(
        tmp_path,
        "UPDATE app_user SET role = 'clerk', password_hash = 'scrypt$1$1$1$AA==$AA==' "
        "WHERE username = 'asha'",
    )
    assert verify_store(store).problems == [
        "user 1 (asha): differs from its record in password (changed outside the desk)"
    ]
    _sql(
        tmp_path,
        "INSERT INTO app_user (username, full_name, password_hash, role, active, created_at, "
        "must_change_password, failed_sign_ins) VALUES ('ghost', 'Ghost', 'x', 'admin', 1, "
        "'2026-06-01 00:00:00', 0, 0)",
    )
    assert "user 2 (ghost): not on record (added outside the desk)" in verify_store(store).problems


def test_a_print_record_setting_or_officer_edited_is_named(store: Database, tmp_path: Path) -> None:
    _sql(tmp_path, "UPDATE register_print SET digest = 'ff', printed_at = '2026-06-02 01:00:00'")
    assert verify_store(store).problems == [
        "print 1: differs from its record in digest, printed_at (changed outside the desk)"
    ]
    _sql(tmp_path, "DELETE FROM register_print")
    assert verify_store(store).problems == ["print 1: on record but its row is gone"]
    _sql(tmp_path, "UPDATE officer SET mobile = '+919999999999' WHERE id = 3")
    assert any("officer 3 (" in p and "mobile" in p for p in verify_store(store).problems)
    _sql(tmp_path, "INSERT INTO setting (key, value) VALUES ('inspection_sample_size', '1')")
    assert (
        "setting inspection_sample_size (inspection_sample_size): not on record (added outside "
        "the desk)" in verify_store(store).problems
    )


def test_a_removed_complaint_leaves_a_serial_gap_that_is_named(
    store: Database, tmp_path: Path
) -> None:
    _sql(
        tmp_path,
        "PRAGMA foreign_keys = OFF",
        "DELETE FROM complaint_event WHERE complaint_id = (SELECT id FROM complaint "
        "WHERE serial = 2)",
        "DELETE FROM complaint WHERE serial = 2",
    )
    problems = verify_store(store).problems
    assert "BXR 02-06-2026: serial(s) 2 missing (a complaint removed)" in problems
    _sql(tmp_path, "UPDATE docket_counter SET last_serial = 2")
    assert "BXR 02-06-2026: the docket counter says 2 but the last serial is 3" in (
        verify_store(store).problems
    )


def test_a_chain_rebuilt_after_an_edit_fails_against_the_anchors(
    store: Database, tmp_path: Path
) -> None:
    anchors = store.anchors.path
    assert anchors.exists() and anchors.read_text().count("\t") >= 3
    # Someone who knows the algorithm edits a caller's name in the logged event and the row,
    # then recomputes every later hash and the chain head: the chain checks out.
    conn = sqlite3.connect(tmp_path / "desk.sqlite")
    with conn:
        conn.execute("UPDATE complaint SET caller_name = 'Someone Else' WHERE serial = 1")
        rows = conn.execute(
            "SELECT e.id, e.complaint_id, e.at, e.user_id, e.kind, e.data FROM complaint_event e "
            "ORDER BY e.id"
        ).fetchall()
        previous = GENESIS
        for event_id, complaint_id, at, user_id, kind, text in rows:
            data = json.loads(text)
            if kind == "logged" and data.get("docket") == "BXR-20260602-001":
                data["caller_name"] = "Someone Else"
            moment = datetime.fromisoformat(at + "+00:00")
            digest = event_hash(previous, complaint_id, moment, user_id, kind, data)
            conn.execute(
                "UPDATE complaint_event SET data = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (json.dumps(data, ensure_ascii=False), previous, digest, event_id),
            )
            previous = digest
        conn.execute("UPDATE chain_head SET last_hash = ? WHERE centre_id = 1", (previous,))
    conn.close()
    rebuilt = verify_store(store)
    assert rebuilt.ok, rebuilt.problems  # the store alone cannot tell
    anchored = verify_store(store, anchors=anchors)
    assert not anchored.ok and anchored.anchors >= 1
    assert any(
        "no longer has the hash anchored then (the chain was rebuilt after an edit)" in p
        for p in anchored.problems
    ), anchored.problems
