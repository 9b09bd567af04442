"""The store: durability settings, UTC round trips, migrations and the gapless daily serial."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from fusecentre_app.db.engine import Database, open_database
from fusecentre_app.db.migrate import current_revision, head_revision
from fusecentre_app.db.models import Base, Complaint, ComplaintEvent, DocketCounter
from fusecentre_app.db.urls import resolve_url
from fusecentre_app.services.accounts import create_user
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.masterdata import centre_by_code

DATA = Path(__file__).parents[1] / "data"


def test_sqlite_is_opened_for_durability(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 300


def test_url_resolution(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert resolve_url(tmp_path / "a.sqlite") == f"sqlite:///{tmp_path / 'a.sqlite'}"
    assert resolve_url("postgresql://u:p@localhost/x") == "postgresql+psycopg://u:p@localhost/x"
    monkeypatch.setenv("FUSECENTRE_DB_URL", str(tmp_path / "env.sqlite"))
    assert resolve_url(None).endswith("env.sqlite")
    monkeypatch.delenv("FUSECENTRE_DB_URL")
    # Default: the per-user data folder (redirected into tmp_path by conftest).
    assert resolve_url(None).startswith(f"sqlite:///{tmp_path}")


def test_new_store_is_at_head_and_matches_the_models(empty_db: Database) -> None:
    assert current_revision(empty_db.engine) == head_revision()
    with empty_db.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []


def test_timestamps_are_stored_utc_and_read_back_aware(db: Database, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    received = datetime(2026, 6, 1, 23, 45, tzinfo=UTC)
    logged = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835012345",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
            received_at=received,
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=datetime(2026, 6, 1, 23, 50, tzinfo=UTC),
    )
    with db.engine.connect() as conn:
        raw = conn.execute(text("SELECT received_at FROM complaint")).scalar_one()
    assert str(raw).startswith("2026-06-01 23:45:00")
    with db.read() as s:
        c = s.get(Complaint, logged.id)
        assert c is not None and c.received_at == received and c.received_at.tzinfo is not None
    # 23:45 UTC is 05:15 next morning in India: the docket carries the local day.
    assert logged.docket == "BXR-20260602-001"


def test_old_store_upgrades_with_its_data_intact(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(DATA / "schema-0001.sqlite", path)
    before = sqlite3.connect(path)
    complaints_before = before.execute(
        "SELECT id, docket, status, caller_name, received_at FROM complaint ORDER BY id"
    ).fetchall()
    event_columns = "id, complaint_id, at, user_id, kind, data"
    events_before = before.execute(
        f"SELECT {event_columns} FROM complaint_event ORDER BY id"
    ).fetchall()
    before.close()

    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, docket, status, caller_name, received_at FROM complaint ORDER BY id"
                )
            ).all()
            assert [tuple(r) for r in rows] == complaints_before
            events = conn.execute(
                text(f"SELECT {event_columns} FROM complaint_event ORDER BY id")
            ).all()
            assert [tuple(r) for r in events] == events_before
            # 0002 rebuilt the call count from the follow-up events already recorded.
            counts = conn.execute(text("SELECT id, call_count FROM complaint ORDER BY id")).all()
            assert [tuple(r) for r in counts] == [(1, 3), (2, 1), (3, 1)]
        # 0003 chained the existing events: the upgraded store verifies.
        from fusecentre_app.services.verify import verify_store

        report = verify_store(db)
        assert report.ok and report.events == 11, report.problems
        # The copy made before upgrading is a readable 0001 store.
        backups = list(tmp_path.glob("old.before-0001-*.sqlite"))
        assert len(backups) == 1
        copy = sqlite3.connect(backups[0])
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert copy.execute("SELECT COUNT(*) FROM complaint").fetchone() == (3,)
        copy.close()
        # And the upgraded store keeps working: the counter continues the day's serials.
        with db.write() as s:
            from fusecentre_app.db.counters import next_serial

            assert next_serial(s.connection(), 1, date(2026, 5, 1)) == 4
    finally:
        db.dispose()


def test_serials_are_gapless_per_centre_and_local_day(db: Database, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    other = centre_by_code(db, "DMR")
    dmr_clerk = create_user(
        db, username="pooja", full_name="Pooja Kumari", password="desk-pass-1", centre_id=other.id
    )
    day1 = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    day2 = datetime(2026, 6, 1, 19, 0, tzinfo=UTC)  # 00:30 on 2 June in India
    dockets = []
    for when, centre_id in [
        (day1, centre.id),
        (day1, centre.id),
        (day1, other.id),
        (day2, centre.id),
        (day1, centre.id),
    ]:
        dockets.append(
            log_complaint(
                db,
                ComplaintDraft(
                    caller_mobile="9835012345", locality="x", type_code="FUSE_OFF", received_at=when
                ),
                centre_id=centre_id,
                user_id=clerk.id if centre_id == centre.id else dmr_clerk.id,
                now=day2,
            ).docket
        )
    assert dockets == [
        "BXR-20260601-001",
        "BXR-20260601-002",
        "DMR-20260601-001",
        "BXR-20260602-001",
        "BXR-20260601-003",
    ]
    with db.read() as s:
        counters = s.execute(
            select(DocketCounter.day, DocketCounter.last_serial)
            .where(DocketCounter.centre_id == centre.id)
            .order_by(DocketCounter.day)
        ).all()
        assert [tuple(c) for c in counters] == [(date(2026, 6, 1), 3), (date(2026, 6, 2), 1)]
        # One event per complaint, written with it, naming the clerk.
        events = s.execute(select(ComplaintEvent.kind, ComplaintEvent.user_id)).all()
        assert [tuple(e) for e in events] == [("logged", clerk.id)] * 2 + [
            ("logged", dmr_clerk.id)
        ] + [("logged", clerk.id)] * 2


WRITER = textwrap.dedent(
    """
    import sys
    from datetime import UTC, datetime
    from fusecentre_app.db.engine import open_database
    from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
    db = open_database(sys.argv[1], migrate=False)
    when = datetime(2026, 6, 1, 10, 0, tzinfo=UTC)
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(int(sys.argv[2])):
        log_complaint(
            db,
            ComplaintDraft(caller_mobile="98350123%02d" % i, locality="Sohni Patti",
                           type_code="FUSE_OFF", received_at=when),
            centre_id=int(sys.argv[3]), user_id=int(sys.argv[4]), now=when,
        )
    print("done", flush=True)
    """
)


def test_two_processes_saving_at_once_get_distinct_gapless_serials(
    db: Database,
    centre,
    clerk,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "desk.sqlite"
    per_process = 40
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(path),
                str(per_process),
                str(centre.id),
                str(clerk.id),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for p in procs:
        assert p.stdout is not None and p.stdout.readline().strip() == "ready"
    for p in procs:  # release both together
        assert p.stdin is not None
        p.stdin.write("go\n")
        p.stdin.flush()
    for p in procs:
        out, _ = p.communicate(timeout=120)
        assert p.returncode == 0 and "done" in out
    with db.read() as s:
        serials = sorted(s.scalars(select(Complaint.serial)).all())
        dockets = s.scalars(select(Complaint.docket)).all()
        counter = s.scalar(select(DocketCounter.last_serial))
    assert serials == list(range(1, 2 * per_process + 1))
    assert len(set(dockets)) == 2 * per_process
    assert counter == 2 * per_process


def test_the_revisions_read_without_alembic_are_alembics() -> None:
    """The start reads this version's revisions from the migration files' first lines (not
    with Alembic, a tenth of a second of imports): the same head and the same revisions."""
    from alembic.script import ScriptDirectory

    from fusecentre_app.db.migrate import _revisions, alembic_config, known_revision

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert _revisions() == {
        r.revision: r.down_revision
        for r in scripts.walk_revisions()  # type: ignore[misc]
    }
    assert known_revision("0001") and known_revision(None) and not known_revision("0042")


def test_the_desk_starts_without_alembic_or_reportlab(db: Database, tmp_path: Path) -> None:
    """Opening an up-to-date store and building the main window load neither Alembic nor
    ReportLab (each a tenth of a second at every start): they wait for an upgrade and for
    the first document."""
    from fusecentre_app.services.accounts import create_user as make_user

    centre = centre_by_code(db, "BXR")
    make_user(db, username="asha", full_name="Asha", password="desk-pass-1", centre_id=centre.id)
    path = db.path
    db.dispose()
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from fusecentre_app.db.engine import open_database
        from fusecentre_app.gui.app import make_application
        from fusecentre_app.gui.main_window import MainWindow
        from fusecentre_app.gui.session import DeskSession
        from fusecentre_app.services.auth import find_user
        app = make_application()
        db = open_database(sys.argv[1], check_later=True)
        window = MainWindow(DeskSession.for_user(db, find_user(db, "asha")))
        window.show()
        app.processEvents()
        loaded = sorted({m.split(".")[0] for m in sys.modules} & {"alembic", "reportlab"})
        print(" ".join(loaded) or "neither")
        window.shut()
        db.dispose()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "neither"


def test_a_complaint_logged_the_quick_way_waits_for_the_check_and_a_damaged_store_takes_none(  # type: ignore[no-untyped-def]
    db: Database, centre, clerk, monkeypatch
) -> None:
    """The quick way of logging (on the driver's connection) waits for the store's check
    like every write, and a store the check found damaged takes no complaint."""
    from fusecentre_app.db import engine
    from fusecentre_app.services.errors import ServiceError

    def draft(mobile: str) -> ComplaintDraft:
        return ComplaintDraft(caller_mobile=mobile, locality="Lala Toli", type_code="FUSE_OFF")

    log_complaint(db, draft("9835012345"), centre_id=centre.id, user_id=clerk.id)  # the head
    path = db.path
    db.dispose()
    monkeypatch.setattr(engine, "check_sqlite", lambda _store, **_options: ["page 7: damaged"])
    store = open_database(path, check_later=True)
    try:
        try:
            log_complaint(store, draft("9835012346"), centre_id=centre.id, user_id=clerk.id)
        except (ServiceError, engine.StoreRefused) as exc:
            refused = str(exc)
        else:
            refused = ""
        assert refused, "a damaged store took a complaint"
    finally:
        store.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT count(*) FROM complaint").fetchone() == (1,)
