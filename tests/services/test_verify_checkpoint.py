"""The daily check: a clean `verify` is put on record and anchored, the next check starts
from it and still names an edit made since; a checkpoint moved in the store (past an edited
event, or to cover a chain rebuilt after an edit) no longer matches the anchor file, and
`verify` names it and checks everything, naming the edited event too."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from fusecentre_app.db.anchors import CHECKPOINT_CHAIN, last_anchor
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, Centre
from fusecentre_app.demo import build_demo
from fusecentre_app.demo.constants import DEMO_USERNAME
from fusecentre_app.domain.chain import GENESIS, audit_hash, event_hash
from fusecentre_app.domain.enums import ContactChannel, ContactOutcome
from fusecentre_app.services import contact, lifecycle, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.uow import CommandLine
from fusecentre_app.services.verify import put_check_on_record, verify_store

END = datetime(2026, 6, 3, 20, 0, tzinfo=UTC)
ME = CommandLine("inspector")


@pytest.fixture
def checked(db: Database, centre, clerk) -> Database:  # type: ignore[no-untyped-def]
    """Two days of demo history, checked clean and put on record; then a day's new work."""
    build_demo(db, days=2, per_day=25, seed=3, end=END)
    report = verify_store(db)
    assert report.ok, report.problems
    put_check_on_record(db, report, by=ME, anchors=db.anchors.path)
    for i in range(3):
        complaint = log_complaint(
            db,
            ComplaintDraft(caller_mobile=f"983501234{i}", locality="x", type_code="FUSE_OFF"),
            centre_id=centre.id,
            user_id=clerk.id,
        )
        lifecycle.resolve(db, complaint.id, "fuse replaced", user_id=clerk.id)
    return db


def _connect(db: Database) -> sqlite3.Connection:
    return sqlite3.connect(str(db.engine.url.database))


def _last_checkpoint_id(db: Database) -> int:
    conn = _connect(db)
    (found,) = conn.execute("SELECT max(id) FROM audit_record WHERE kind = 'verified'").fetchone()
    conn.close()
    return int(found)


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text + "+00:00")


def _rechain_events(conn: sqlite3.Connection, edit: dict[int, dict[str, Any]]) -> None:
    """What someone who knows the algorithm does: edit events' data, recompute every link
    after and the chain heads, so the chains check out again."""
    previous: dict[int, str] = {}
    rows = conn.execute(
        "SELECT e.id, c.centre_id, e.complaint_id, e.at, e.user_id, e.kind, e.data "
        "FROM complaint_event e JOIN complaint c ON c.id = e.complaint_id ORDER BY e.id"
    ).fetchall()
    for event_id, centre_id, complaint_id, at, user_id, kind, text in rows:
        data = {**json.loads(text), **edit.get(event_id, {})}
        prev = previous.get(centre_id, GENESIS)
        digest = event_hash(prev, complaint_id, _moment(at), user_id, kind, data)
        conn.execute(
            "UPDATE complaint_event SET data = ?, prev_hash = ?, hash = ? WHERE id = ?",
            (json.dumps(data, ensure_ascii=False), prev, digest, event_id),
        )
        previous[centre_id] = digest
    for centre_id, digest in previous.items():
        conn.execute("UPDATE chain_head SET last_hash = ? WHERE centre_id = ?", (digest, centre_id))


def _move_checkpoint(conn: sqlite3.Connection, record_id: int) -> None:
    """Point the checkpoint on record at the chains' present ends, and rebuild the audit
    chain from it so that chain checks out too."""
    chains = {
        str(centre_id): [event_id, digest]
        for centre_id, event_id, digest in conn.execute(
            "SELECT centre_id, last_event_id, last_hash FROM chain_head"
        )
    }
    (through,) = conn.execute("SELECT max(id) FROM complaint_event").fetchone()
    (events,) = conn.execute("SELECT count(*) FROM complaint_event").fetchone()
    (complaints,) = conn.execute("SELECT max(id) FROM complaint").fetchone()
    (text,) = conn.execute("SELECT data FROM audit_record WHERE id = ?", (record_id,)).fetchone()
    data = {
        **json.loads(text),
        "chains": chains,
        "through_event": through,
        "events": events,
        "complaints": complaints,
    }
    conn.execute("UPDATE audit_record SET data = ? WHERE id = ?", (json.dumps(data), record_id))
    rows = conn.execute(
        "SELECT id, at, user_id, centre_id, kind, entity, entity_key, data FROM audit_record "
        "ORDER BY id"
    ).fetchall()
    previous = GENESIS
    for rid, at, user_id, centre_id, kind, entity, key, body in rows:
        digest = audit_hash(
            previous, _moment(at), user_id, centre_id, kind, entity, key, json.loads(body)
        )
        conn.execute(
            "UPDATE audit_record SET prev_hash = ?, hash = ? WHERE id = ?",
            (previous, digest, rid),
        )
        previous = digest
    conn.execute(
        "UPDATE audit_head SET last_hash = ?, last_record_id = (SELECT max(id) FROM audit_record)",
        (previous,),
    )


def test_a_clean_check_is_put_on_record_and_anchored(checked: Database) -> None:
    record_id = _last_checkpoint_id(checked)
    anchored = last_anchor(checked.anchors.path, CHECKPOINT_CHAIN)
    assert anchored is not None and anchored.last_id == record_id
    conn = _connect(checked)
    (text,) = conn.execute("SELECT data FROM audit_record WHERE id = ?", (record_id,)).fetchone()
    conn.close()
    data = json.loads(text)
    assert data["via"] == "command line (os user inspector)" and data["whole"] is True
    assert set(data["chains"]) == {"1", "2"} and data["events"] > 100


def test_the_daily_check_starts_from_the_checkpoint(checked: Database) -> None:
    whole = verify_store(checked, anchors=checked.anchors.path)
    daily = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    assert whole.ok and daily.ok, (whole.problems, daily.problems)
    assert daily.since is not None and daily.since.by == "command line (os user inspector)"
    assert daily.events == 6 and daily.complaints == 3  # three logged, three resolved
    assert whole.since is None and whole.events > 100
    # Where the daily check got to is where the whole one did.
    assert daily.reached == whole.reached
    put_check_on_record(checked, daily, by=ME, anchors=checked.anchors.path)
    again = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    assert again.ok and again.events == 0 and again.complaints == 0


def test_an_edit_after_the_checkpoint_is_caught_by_the_daily_check(checked: Database) -> None:
    conn = _connect(checked)
    with conn:
        (event_id,) = conn.execute(
            "SELECT max(id) FROM complaint_event WHERE kind = 'logged'"
        ).fetchone()
        conn.execute(
            "UPDATE complaint_event SET data = json_set(data, '$.caller_name', 'X') WHERE id = ?",
            (event_id,),
        )
        conn.execute(
            "UPDATE complaint SET status = 'new' WHERE id = (SELECT max(id) FROM complaint)"
        )
    conn.close()
    daily = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    assert daily.since is not None  # the checkpoint itself is sound
    assert any(p.startswith(f"event {event_id} (BXR") and "(altered)" in p for p in daily.problems)
    assert any("row differs from its events in status" in p for p in daily.problems)


def test_a_checkpoint_moved_past_an_edited_event_is_named(checked: Database) -> None:
    # An event logged after the last clean check is edited; to keep the daily check off it,
    # the checkpoint on record is moved to the chains' present ends and the audit chain
    # rebuilt. The store alone checks out from the moved checkpoint, but the anchor file
    # still holds the checkpoint's record as it was.
    record_id = _last_checkpoint_id(checked)
    conn = _connect(checked)
    with conn:
        (event_id,) = conn.execute(
            "SELECT max(id) FROM complaint_event WHERE kind = 'logged'"
        ).fetchone()
        conn.execute(
            "UPDATE complaint_event SET data = json_set(data, '$.caller_name', 'X') WHERE id = ?",
            (event_id,),
        )
        _move_checkpoint(conn, record_id)
    conn.close()
    daily = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    assert daily.since is None and daily.why_whole == "the checkpoint was altered"
    assert (
        f"audit record {record_id}, the last clean check: its checkpoint was altered since it "
        "was anchored (line "
    ) in daily.problems[0]
    # Everything was checked instead, so the edited event is named as well.
    assert any(p.startswith(f"event {event_id} (BXR") and "(altered)" in p for p in daily.problems)


def test_an_event_edited_before_the_checkpoint_and_the_chain_rebuilt_is_named(
    checked: Database,
) -> None:
    conn = _connect(checked)
    with conn:
        (event_id,) = conn.execute(
            "SELECT min(id) FROM complaint_event WHERE kind = 'logged'"
        ).fetchone()
        _rechain_events(conn, {event_id: {"caller_name": "Someone Else"}})
    conn.close()
    daily = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    assert daily.since is None and daily.why_whole == "the events before the checkpoint changed"
    assert any(
        "where the check of" in p
        and "no longer has the hash checked then (an event before "
        "it was edited and the chain rebuilt)"
        in p
        for p in daily.problems
    ), daily.problems


def test_an_edit_before_the_checkpoint_with_the_checkpoint_moved_is_named(
    checked: Database,
) -> None:
    # The thorough forger: edits an early event, rebuilds the complaint chains, then moves
    # the checkpoint to the rebuilt ends and rebuilds the audit chain. Every link in the
    # store checks out; the anchor file does not.
    record_id = _last_checkpoint_id(checked)
    conn = _connect(checked)
    with conn:
        (event_id,) = conn.execute(
            "SELECT min(id) FROM complaint_event WHERE kind = 'logged'"
        ).fetchone()
        _rechain_events(conn, {event_id: {"caller_name": "Someone Else"}})
        _move_checkpoint(conn, record_id)
    conn.close()
    for since_checkpoint in (True, False):
        report = verify_store(
            checked, anchors=checked.anchors.path, since_checkpoint=since_checkpoint
        )
        assert not report.ok and report.since is None
        assert any(
            f"audit record {record_id}, the last clean check: its checkpoint was altered" in p
            for p in report.problems
        ), report.problems
        assert any("(the chain was rebuilt after an edit)" in p for p in report.problems)


def test_a_later_checkpoint_slipped_into_the_store_is_named_and_not_started_from(
    checked: Database,
) -> None:
    # A second "clean check" at the chains' present ends, appended to the audit chain and
    # linked properly, to keep the daily check off an event edited since the real one.
    record_id = _last_checkpoint_id(checked)
    conn = _connect(checked)
    with conn:
        (event_id,) = conn.execute(
            "SELECT max(id) FROM complaint_event WHERE kind = 'logged'"
        ).fetchone()
        conn.execute(
            "UPDATE complaint_event SET data = json_set(data, '$.caller_name', 'X') WHERE id = ?",
            (event_id,),
        )
        conn.execute(
            "INSERT INTO audit_record (at, user_id, centre_id, kind, entity, entity_key, data, "
            "prev_hash, hash) SELECT at, user_id, centre_id, kind, entity, entity_key, data, "
            "'', '' FROM audit_record WHERE id = ?",
            (record_id,),
        )
        (forged,) = conn.execute("SELECT max(id) FROM audit_record").fetchone()
        _move_checkpoint(conn, forged)
    conn.close()
    daily = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    # The daily check starts from the anchored check, so the edit is found; the forged
    # check is named.
    assert daily.since is not None and daily.since.record_id == record_id
    assert daily.unanchored == [forged]
    assert any(p.startswith(f"event {event_id} (BXR") and "(altered)" in p for p in daily.problems)
    done = subprocess.run(
        [
            *(sys.executable, "-m", "fusecentre_app", "verify"),
            *("--db", str(checked.engine.url.database), "--since-checkpoint"),
        ],
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "FUSECENTRE_DB_URL"},
        timeout=120,
    )
    assert done.returncode == 1
    assert (
        f"note: audit record(s) {forged}: clean checks on record that are not in this anchor "
        "file (run from another PC, or put into the store by hand); not started from"
    ) in done.stdout


def test_without_the_anchor_file_everything_is_checked(checked: Database) -> None:
    daily = verify_store(checked, since_checkpoint=True)
    assert daily.ok and daily.since is None and daily.events > 100
    assert "is not in the anchor file, so it is not trusted" in daily.why_whole


def test_verify_command_daily_and_full(checked: Database) -> None:
    env = {**os.environ}
    env.pop("FUSECENTRE_DB_URL", None)
    cmd = [
        sys.executable,
        "-m",
        "fusecentre_app",
        "verify",
        "--db",
        str(checked.engine.url.database),
    ]
    daily = subprocess.run(
        [*cmd, "--since-checkpoint"], capture_output=True, text=True, env=env, timeout=120
    )
    assert daily.returncode == 0, daily.stderr
    assert daily.stdout.startswith("OK: 6 events in 2 centre chains, 3 complaints")
    assert "written or changed since the check of" in daily.stdout
    assert "put on record as audit record" in daily.stdout
    before = _last_checkpoint_id(checked)
    full = subprocess.run(
        [*cmd, "--full", "--no-checkpoint"], capture_output=True, text=True, env=env, timeout=120
    )
    assert full.returncode == 0 and "put on record" not in full.stdout, full.stderr
    assert _last_checkpoint_id(checked) == before
    both = subprocess.run(
        [*cmd, "--full", "--since-checkpoint"], capture_output=True, text=True, env=env
    )
    assert both.returncode == 2 and "not allowed with argument" in both.stderr


def test_contact_attempts_since_the_checkpoint_are_checked(
    checked: Database, centre, clerk
) -> None:  # type: ignore[no-untyped-def]
    conn = _connect(checked)
    (complaint_id,) = conn.execute(
        "SELECT max(id) FROM complaint WHERE feeder_id IS NOT NULL AND centre_id = ?", (centre.id,)
    ).fetchone()
    (old_complaint,) = conn.execute("SELECT min(id) FROM complaint").fetchone()
    conn.close()
    lineman = contact.responsible_for(checked, complaint_id)[0]
    attempt = contact.record_attempt(
        checked,
        centre_id=centre.id,
        officer_id=lineman.id,
        channel=ContactChannel.CALL,
        number=lineman.mobile,
        complaint_id=complaint_id,
        user_id=clerk.id,
    )
    contact.record_outcome(checked, attempt.id, ContactOutcome.NO_ANSWER, user_id=clerk.id)
    assert verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True).ok
    conn = _connect(checked)
    with conn:
        # An unanswered call rewritten as answered, and a call that was never made added to a
        # complaint untouched since the checkpoint.
        conn.execute("UPDATE contact_attempt SET outcome = 'answered' WHERE id = ?", (attempt.id,))
        conn.execute(
            "INSERT INTO contact_attempt (centre_id, officer_id, complaint_id, channel, number, "
            "at, user_id, outcome) SELECT centre_id, officer_id, ?, channel, number, at, "
            "user_id, outcome FROM contact_attempt WHERE id = ?",
            (old_complaint, attempt.id),
        )
    conn.close()
    daily = verify_store(checked, anchors=checked.anchors.path, since_checkpoint=True)
    assert daily.since is not None
    assert (
        f"contact attempt {attempt.id}: row differs from its events (complaint, officer or outcome)"
    ) in daily.problems
    assert (
        f"contact attempt {attempt.id + 1}: not in complaint {old_complaint}'s history"
    ) in daily.problems


def test_the_daily_check_on_postgresql(pg: Database, tmp_path) -> None:  # type: ignore[no-untyped-def]
    build_demo(pg, days=1, per_day=15, seed=4, end=END)
    centre = masterdata.centre_by_code(pg, "BXR")
    with pg.read() as s:
        clerk_id = s.scalar(select(AppUser.id).where(AppUser.username == DEMO_USERNAME))
    anchors = tmp_path / "pg.anchors"
    whole = verify_store(pg)
    assert whole.ok, whole.problems
    put_check_on_record(pg, whole, by=ME, anchors=anchors)
    complaint = log_complaint(
        pg,
        ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF"),
        centre_id=centre.id,
        user_id=clerk_id,
    )
    lifecycle.resolve(pg, complaint.id, "fuse replaced", user_id=clerk_id)
    daily = verify_store(pg, anchors=anchors, since_checkpoint=True)
    assert daily.ok and daily.since is not None, daily.problems
    assert daily.complaints == 1 and daily.events == 2
    with pg.write() as s:
        s.connection().exec_driver_sql(
            f"UPDATE complaint SET resolution_cause = 'edited' WHERE id = {complaint.id}"
        )
    daily = verify_store(pg, anchors=anchors, since_checkpoint=True)
    assert daily.since is not None and len(daily.problems) == 1
    assert "row differs from its events in resolution_cause" in daily.problems[0]


def test_a_save_committed_after_the_checkpoint_with_a_lower_event_id_is_checked(
    pg: Database, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL a save at one centre can take an event id and commit after a save at
    another centre with a higher one; a check put on record in between must not make every
    later check say events were inserted before it, and the late event is still checked."""
    import threading

    import fusecentre_app.services.complaints as complaints_module
    from fusecentre_app.services import accounts

    build_demo(pg, days=1, per_day=3, seed=4, end=END)
    with pg.read() as s:
        ids = list(s.scalars(select(Centre.id).order_by(Centre.id)))
    slow_clerk, fast_clerk = (
        accounts.create_user(
            pg, username=f"u{n}", full_name=f"U {n}", password="Passw0rd!x", centre_id=cid
        )
        for n, cid in enumerate(ids[:2])
    )
    anchors = tmp_path / "pg.anchors"
    whole = verify_store(pg)
    assert whole.ok, whole.problems
    put_check_on_record(pg, whole, by=ME, anchors=anchors)

    inside, gate = threading.Event(), threading.Event()
    real = complaints_module.MOVE_HEAD_ON_DRIVER

    class Held:  # the slow save stops with its event written, before it commits
        def on(self, driver: Any) -> Any:
            statement = real.on(driver)

            class Run:
                def run(self, *args: Any) -> Any:
                    result = statement.run(*args)
                    if threading.current_thread().name == "slow":
                        inside.set()
                        gate.wait(30)
                    return result

            return Run()

    monkeypatch.setattr(complaints_module, "MOVE_HEAD_ON_DRIVER", Held())

    def draft() -> ComplaintDraft:
        return ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF")

    logged: list[Any] = []
    slow = threading.Thread(
        target=lambda: logged.append(
            log_complaint(pg, draft(), centre_id=ids[0], user_id=slow_clerk.id)
        ),
        name="slow",
    )
    slow.start()
    try:
        assert inside.wait(30)
        log_complaint(pg, draft(), centre_id=ids[1], user_id=fast_clerk.id)
        daily = verify_store(pg, anchors=anchors, since_checkpoint=True)
        assert daily.ok, daily.problems
        put_check_on_record(pg, daily, by=ME, anchors=anchors)
    finally:
        gate.set()
        slow.join()
    late = logged[0]
    log_complaint(pg, draft(), centre_id=ids[0], user_id=slow_clerk.id)
    daily = verify_store(pg, anchors=anchors, since_checkpoint=True)
    assert daily.ok and daily.since is not None, daily.problems
    assert daily.events == 2 and daily.complaints == 2  # the late save's and the next's
    assert verify_store(pg, anchors=anchors).ok
    # The late save is checked by the daily check: its row edited is named.
    with pg.write() as s:
        s.connection().exec_driver_sql(
            f"UPDATE complaint SET caller_mobile = '9000000000' WHERE id = {late.id}"
        )
    daily = verify_store(pg, anchors=anchors, since_checkpoint=True)
    assert any(f"complaint {late.docket}:" in p for p in daily.problems), daily.problems


def test_a_copy_checked_against_the_live_anchor_file_leaves_that_file_alone(
    checked: Database, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """A backup copy checked with `--anchors` of the live store: its checkpoint is anchored
    beside the copy, so the live store's later checks are not pointed at a record only the
    copy has."""
    import shutil

    from fusecentre_app.cli import main

    live = Path(str(checked.engine.url.database))
    copy = tmp_path / "copy.sqlite"
    checked.dispose()
    shutil.copy(live, copy)
    live_anchors = checked.anchors.path
    before = live_anchors.read_bytes()
    assert main(["verify", "--db", str(copy), "--anchors", str(live_anchors)]) == 0
    assert live_anchors.read_bytes() == before
    assert last_anchor(Path(f"{copy}.anchors"), CHECKPOINT_CHAIN) is not None
    # The live store goes on: it is checked and then checked daily, clean both times.
    assert main(["verify", "--db", str(live)]) == 0
    assert main(["verify", "--db", str(live), "--since-checkpoint"]) == 0


def test_the_daily_check_puts_nothing_on_record_in_a_damaged_audit_chain(
    checked: Database,
) -> None:
    """The daily check does not read the whole file's pages; before it puts its clean check
    on record it checks the audit chain's, and a damaged one is an error."""
    from fusecentre_app.cli import main

    path = str(checked.engine.url.database)
    before = _last_checkpoint_id(checked)
    checked.dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'ix_audit_record_entity'"
    ).fetchone()[0]
    conn.close()
    with open(path, "r+b") as f:  # the index's first cell pointer points off the page
        f.seek((root - 1) * page_size + 8)
        f.write(b"\xff\xff")
    assert main(["verify", "--db", path, "--since-checkpoint"]) == 1
    assert _last_checkpoint_id(checked) == before


def test_a_check_whose_anchor_cannot_be_written_says_where_the_next_one_starts(
    checked: Database, monkeypatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    """The anchor line of a clean check cannot be written (a full disk): the check is on
    record all the same, and the sentence says truly what the next daily check does: it
    starts from the older check the file holds and names the new one as not in it."""
    import errno

    from fusecentre_app.cli import main
    from fusecentre_app.services import verify

    older = _last_checkpoint_id(checked)

    def full_disk(*_args: Any, **_kwargs: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    path = str(checked.engine.url.database)
    monkeypatch.setattr(verify, "append_anchors", full_disk)
    assert main(["verify", "--db", path, "--since-checkpoint"]) == 0
    said = capsys.readouterr().out
    newer = _last_checkpoint_id(checked)
    assert newer > older
    assert f"on record as audit record {newer} but its anchor could not be written" in said
    assert f"starts from the older check the anchor file holds (audit record {older})" in said
    monkeypatch.undo()
    assert main(["verify", "--db", path, "--since-checkpoint", "--no-checkpoint"]) == 0
    said = capsys.readouterr().out
    assert f"(audit record {older})" in said and "written or changed since the check" in said
    assert f"audit record(s) {newer}: clean checks on record that are not in this anchor" in said
