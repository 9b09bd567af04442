"""The `fusecentre` command as a person runs it: real processes, exit codes, one-line errors."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from fusecentre_app import __version__
from fusecentre_app.demo import DEMO_PASSWORD, DEMO_USERNAME

pytestmark = pytest.mark.slow


def run(*args: str, cwd: Path | None = None, exe: list[str] | None = None, stdin: str = ""):  # type: ignore[no-untyped-def]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("FUSECENTRE_DB_URL", None)
    return subprocess.run(
        [*(exe or [sys.executable, "-m", "fusecentre_app"]), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=cwd,
        timeout=300,
        input=stdin,
    )


def test_version() -> None:
    done = run("--version")
    assert done.returncode == 0 and done.stdout.strip() == f"fusecentre {__version__}"


def test_demo_then_screenshot(tmp_path: Path) -> None:
    db = tmp_path / "demo.sqlite"
    done = run(
        "demo",
        "--db",
        str(db),
        "--days",
        "2",
        "--per-day",
        "30",
        "--seed",
        "7",
        "--end",
        "2026-06-01 21:00",
    )
    assert done.returncode == 0, done.stderr
    assert "complaints" in done.stdout
    conn = sqlite3.connect(db)
    complaints = conn.execute("SELECT COUNT(*) FROM complaint").fetchone()[0]
    days = conn.execute("SELECT COUNT(DISTINCT day) FROM complaint").fetchone()[0]
    conn.close()
    assert complaints > 60 * 0.5 and days == 2
    shots = tmp_path / "shots"
    done = run("screenshot", "--db", str(db), "--out", str(shots), "--size", "1280x720")
    assert done.returncode == 0, done.stderr
    pngs = sorted(p.name for p in shots.glob("*.png"))
    assert pngs == [
        "01-first-run.png",
        "02-sign-in.png",
        "03-main-window.png",
        "04-complaint-form.png",
        "05-returning-caller.png",
        "06-validation-errors.png",
        "07-saved-docket.png",
        "08-todays-complaints.png",
        "10-contact-panel.png",  # no 09: the demo ended long ago, so no fault is live
        "11-directory.png",
        "12-accountability.png",
        "13-register-dialog.png",
        "14-inspection.png",
        "15-accounts.png",
        "16-change-password.png",
        "17-locked-desk.png",
        "18-take-over.png",
        "19-correction.png",
        "20-division-console.png",
        "21-registers-interruptions.png",
        "22-registers-claims.png",
    ]
    for png in shots.glob("*.png"):
        head = png.read_bytes()[:24]
        assert head[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5_000
        width, height = int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")
        assert width <= 1280 and height <= 720, f"{png.name} is {width}x{height}"
        if png.name in ("03-main-window.png", "11-directory.png"):
            assert (width, height) == (1280, 720), png.name  # the window at the size asked
    # Screenshots write nothing to the store.
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM complaint").fetchone()[0] == complaints
    conn.close()


def test_global_db_option_and_environment_variable(tmp_path: Path) -> None:
    db = tmp_path / "env.sqlite"
    done = run("--db", str(db), "demo", "--days", "1", "--per-day", "5")
    assert done.returncode == 0, done.stderr
    assert db.exists()


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["demo", "--days", "0", "--db", "x.sqlite"], 2, "must be 1 or more"),
        (["demo", "--end", "yesterday", "--db", "x.sqlite"], 2, "expected 'YYYY-MM-DD HH:MM'"),
        (["demo"], 1, "say which database"),
        (["screenshot", "--db", "{dir}", "--out", "{dir}/shots"], 1, "cannot open the database"),
        (["screenshot", "--db", "{dir}", "--out", "{dir}/s", "--size", "1280"], 2, "WIDTHxHEIGHT"),
        (
            ["screenshot", "--db", "{garbage}", "--out", "{dir}/shots"],
            1,
            "is not a desk store (not a SQLite database",
        ),
        (["screenshot", "--db", "{empty}", "--out", "{dir}/shots"], 1, "there is no store at"),
        (["verify", "--db", "{dir}/typo/x.sqlite"], 1, "there is no store at"),
    ],
)
def test_bad_input_exits_non_zero_with_one_readable_line(
    tmp_path: Path, args: list[str], code: int, message: str
) -> None:
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database" * 100)
    subs = {"dir": str(tmp_path), "garbage": str(garbage), "empty": str(tmp_path / "new.sqlite")}
    done = run(*[a.format(**subs) for a in args], cwd=tmp_path)
    assert done.returncode == code
    lines = done.stderr.strip().splitlines()
    assert message in lines[-1]
    assert "Traceback" not in done.stderr
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("fusecentre: ")


def test_fault_rule_shown_set_and_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "rule.sqlite")
    done = run("demo", "--db", db, "--days", "1", "--per-day", "5")
    assert done.returncode == 0, done.stderr
    done = run("fault-rule", "--db", db, "--centre", "bxr")
    assert done.returncode == 0
    assert done.stdout == "BXR: 5 complaints from one feeder within 30 min\n"
    done = run("fault-rule", "--db", db, "--centre", "BXR", "--calls", "8", "--minutes", "20")
    assert done.stdout == "BXR: 8 complaints from one feeder within 20 min\n"
    done = run("fault-rule", "--db", db, "--centre", "BXR", "--calls", "1")
    assert done.returncode == 1
    assert done.stderr == "fusecentre: min_complaints: At least 2 complaints make a cluster.\n"
    done = run("fault-rule", "--db", db, "--centre", "XYZ")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "XYZ" in done.stderr
    assert run("fault-rule", "--db", db, "--centre", "BXR").stdout.startswith("BXR: 8 ")


def test_register_printed_recorded_and_verified(tmp_path: Path) -> None:
    db = tmp_path / "reg.sqlite"
    done = run(
        "demo", "--db", str(db), "--days", "2", "--per-day", "20", "--end", "2026-06-02 21:00"
    )
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "register.pdf"
    done = run(
        "register",
        "--db",
        str(db),
        "--centre",
        "bxr",
        "--date",
        "2026-06-01",
        "-o",
        str(pdf),
        "--user",
        DEMO_USERNAME,
        "--password-stdin",
        stdin=DEMO_PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-" and not list(tmp_path.glob("*.part"))
    digest = done.stdout.split("digest ")[1].split()[0]
    conn = sqlite3.connect(db)
    printed = conn.execute("SELECT kind, digest, pages, user_id FROM register_print").fetchall()
    conn.close()
    assert len(printed) == 1 and printed[0][:2] == ("register", digest) and printed[0][2] >= 1
    assert printed[0][3] is not None  # the desk user who printed it

    check = ("verify", "--db", str(db), "--centre", "BXR", "--date", "2026-06-01", "--digest")
    done = run(*check, digest)
    assert done.returncode == 0 and done.stdout.startswith("OK: the printed register of BXR")
    # A row changed behind the desk's back no longer matches the paper.
    conn = sqlite3.connect(db)
    conn.execute(
        "UPDATE complaint SET caller_name = 'Someone Else' WHERE day = '2026-06-01' AND serial = 2"
    )
    conn.commit()
    conn.close()
    done = run(*check, digest)
    assert done.returncode == 1
    # The caller's name is a logging-time detail its `logged` event holds: the docket is named.
    assert (
        "does not match the records: these complaints no longer agree with their history: "
        "BXR-20260601-002" in done.stderr
    )
    assert done.stderr.count("\n") == 1
    # A callback count set behind the desk's back disagrees with the history: named.
    conn = sqlite3.connect(db)
    docket = conn.execute(
        "SELECT docket FROM complaint"
        " WHERE day = '2026-06-01' AND serial = 3 AND docket LIKE 'BXR-%'"
    ).fetchone()[0]
    conn.execute(
        "UPDATE complaint SET callback_attempts = callback_attempts + 7 WHERE docket = ?",
        (docket,),
    )
    conn.commit()
    conn.close()
    done = run(*check, digest)
    assert done.returncode == 1 and f"their history: BXR-20260601-002, {docket};" in done.stderr
    # Unknown digests and missing options are one readable line each.
    done = run(*check, "0" * 64)
    assert done.returncode == 1 and "give the event number" in done.stderr
    done = run("verify", "--db", str(db), "--digest", digest)
    assert done.returncode == 1 and "--centre, --date and --digest" in done.stderr
    done = run(
        "register", "--db", str(db), "--centre", "BXR", "--date", "2026-13-01", "-o", "x.pdf"
    )
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
    done = run(
        "register", "--db", str(db), "--centre", "XYZ", "--date", "2026-06-01", "-o", str(pdf)
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "XYZ" in done.stderr


def test_handover_sheet_printed_and_recorded(tmp_path: Path) -> None:
    db = tmp_path / "handover.sqlite"
    done = run(
        "demo", "--db", str(db), "--days", "1", "--per-day", "30", "--end", "2026-06-02 13:50"
    )
    assert done.returncode == 0, done.stderr
    pdf = tmp_path / "handover.pdf"
    args = (
        "handover",
        "--db",
        str(db),
        "--centre",
        "BXR",
        "--at",
        "2026-06-02 14:00",
        "-o",
        str(pdf),
    )
    wrong = run(*args, "--user", DEMO_USERNAME, "--password-stdin", stdin="guess-this-1\n")
    assert wrong.returncode == 1 and wrong.stderr.startswith(
        "fusecentre: Wrong user name or password, or"
    )
    assert not pdf.exists()  # nothing printed or recorded for someone who did not sign in
    other = run(*args, "--user", "pooja", "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert other.returncode == 1 and other.stderr == (
        "fusecentre: Your account belongs to another centre; this record is not yours.\n"
    )
    assert not pdf.exists()  # refused before a page was drawn
    done = run(
        *args,
        "--user",
        DEMO_USERNAME,
        "--password-stdin",
        "--note",
        "लाइनमैन को सूचना दी",
        stdin=DEMO_PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert "Morning shift to 02-06-2026 14:00" in done.stdout and "open incidents" in done.stdout
    assert pdf.read_bytes()[:5] == b"%PDF-"
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT kind, day FROM register_print").fetchall() == [
        ("handover", "2026-06-02")
    ]
    conn.close()
    done = run(
        "handover", "--db", str(db), "--centre", "BXR", "--at", "2099-01-01 10:00", "-o", str(pdf)
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "ahead" in done.stderr
    done = run("handover", "--db", str(db), "--centre", "BXR", "--at", "yesterday", "-o", str(pdf))
    assert done.returncode == 2 and "YYYY-MM-DD HH:MM" in done.stderr


def test_shift_hours_shown_set_and_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "shifts.sqlite")
    assert run("demo", "--db", db, "--days", "1", "--per-day", "5").returncode == 0
    done = run("shifts", "--db", db, "--centre", "BXR")
    assert done.stdout == "BXR: Morning 06:00–14:00, Evening 14:00–22:00, Night 22:00–06:00\n"
    done = run("shifts", "--db", db, "--centre", "BXR", "--set", "8-20,20-8")
    assert done.returncode == 0 and done.stdout.count("–") == 2
    done = run("shifts", "--db", db, "--centre", "BXR", "--set", "6-13,14-22,22-6")
    assert done.returncode == 1 and "13:00–14:00" in done.stderr and done.stderr.count("\n") == 1
    assert run("shifts", "--db", db, "--centre", "BXR").stdout.count("–") == 2


def test_users_listed_added_deactivated_and_reset_from_the_command_line(tmp_path: Path) -> None:
    db = str(tmp_path / "users.sqlite")
    assert run("demo", "--db", db, "--days", "1", "--per-day", "5").returncode == 0
    listed = run("users", "list", "--db", db)
    assert listed.returncode == 0 and "asha" in listed.stdout and "admin" in listed.stdout
    add = ("users", "add", "neha", "--db", db, "--role", "clerk", "--centre", "BXR")
    done = run(*add, "--full-name", "Neha Kumari", "--password-stdin", stdin="first-desk-pass-1\n")
    assert done.returncode == 0, done.stderr
    assert "password to change at first sign-in" in done.stdout
    assert "first-desk-pass-1" not in done.stdout + done.stderr
    again = run(*add, "--full-name", "Neha", "--password-stdin", stdin="short\n")
    assert again.returncode == 1 and again.stderr.count("\n") == 1
    assert "taken" in again.stderr or "at least 10" in again.stderr
    no_centre = run(
        "users",
        "add",
        "om",
        "--db",
        db,
        "--role",
        "clerk",
        "--full-name",
        "Om",
        "--password-stdin",
        stdin="first-desk-pass-3\n",
    )
    assert no_centre.returncode == 1 and "works at one centre" in no_centre.stderr
    # A password is never taken from the command line itself.
    assert run(*add, "--full-name", "N", "--password", "x").returncode == 2
    reset = run(
        "users",
        "reset-password",
        "neha",
        "--db",
        db,
        "--password-stdin",
        stdin="second-desk-pass-2\n",
    )
    assert reset.returncode == 0 and "next sign-in" in reset.stdout
    gone = run("users", "deactivate", "neha", "--db", db, "--reason", "transferred")
    assert gone.returncode == 0 and "still name them" in gone.stdout
    listed = run("users", "list", "--db", db).stdout
    assert "neha" in listed and "deactivated" in listed
    missing = run("users", "deactivate", "nobody", "--db", db, "--reason", "x")
    assert missing.returncode == 1 and "no desk user 'nobody'" in missing.stderr
    verify = run("verify", "--db", db)
    assert verify.returncode == 0, verify.stdout + verify.stderr
    assert "audit records" in verify.stdout and "anchors" in verify.stdout


def test_the_demo_keeps_out_of_a_real_store(tmp_path: Path) -> None:
    db = str(tmp_path / "real.sqlite")
    assert run("demo", "--db", db, "--days", "1", "--per-day", "5").returncode == 0
    again = run("demo", "--db", db, "--days", "1", "--per-day", "5")
    assert again.returncode == 1 and "already holds records" in again.stderr
    more = run("demo", "--db", db, "--days", "1", "--per-day", "5", "--into-existing")
    assert more.returncode == 0, more.stderr  # an earlier demo's store takes more days
    real = tmp_path / "office.sqlite"
    from fusecentre_app.db.engine import open_database
    from fusecentre_app.services import masterdata

    store = open_database(real)
    masterdata.load_division(store)
    store.dispose()
    refused = run("demo", "--db", str(real), "--into-existing")
    assert refused.returncode == 1 and "is not a demo store" in refused.stderr
    assert run("verify", "--db", str(real)).returncode == 0


def test_no_command_but_demo_makes_a_store(tmp_path: Path) -> None:
    for args in (
        ("verify", "--db", str(tmp_path / "typo" / "x.sqlite")),
        ("users", "list", "--db", str(tmp_path / "new.sqlite")),
        ("shifts", "--db", str(tmp_path / "new.sqlite"), "--centre", "BXR"),
    ):
        done = run(*args)
        assert done.returncode == 1 and "there is no store at" in done.stderr, done.stderr
    assert not (tmp_path / "typo").exists() and not (tmp_path / "new.sqlite").exists()


def test_division_settings_shown_set_and_refused(tmp_path: Path) -> None:
    db = str(tmp_path / "settings.sqlite")
    assert run("demo", "--db", db, "--days", "1", "--per-day", "5").returncode == 0
    shown = run("settings", "--db", db)
    assert "inspection_sample_size: 16" in shown.stdout and "idle_lock_minutes: 10" in shown.stdout
    done = run("settings", "--db", db, "--sample-size", "20", "--idle-lock-minutes", "5")
    assert done.returncode == 0 and "inspection_sample_size: 20" in done.stdout
    assert "callback_spacing_minutes: 30" in done.stdout and "notice_sound: 1" in done.stdout
    quiet = run("settings", "--db", db, "--callback-spacing-minutes", "45", "--notice-sound", "0")
    assert "callback_spacing_minutes: 45" in quiet.stdout and "notice_sound: 0" in quiet.stdout
    bad = run("settings", "--db", db, "--idle-lock-minutes", "999")
    assert bad.returncode == 1 and bad.stderr.count("\n") == 1 and "from 0 to 240" in bad.stderr
    assert run("verify", "--db", db).returncode == 0  # each change on record


def test_postgres_grant_prints_its_sql_and_refuses_sqlite(tmp_path: Path) -> None:
    printed = run("postgres-grant", "fusecentre_desk", "--print-sql")
    assert printed.returncode == 0
    assert (
        'REVOKE UPDATE, DELETE, TRUNCATE ON TABLE "public"."audit_record", '
        '"public"."complaint_event" FROM "fusecentre_desk", PUBLIC;' in printed.stdout
    )
    assert run("postgres-grant", "Robert'); DROP TABLE x;--", "--print-sql").returncode == 1
    db = str(tmp_path / "s.sqlite")
    assert run("demo", "--db", db, "--days", "1", "--per-day", "5").returncode == 0
    refused = run("postgres-grant", "fusecentre_desk", "--db", db)
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1


@pytest.mark.postgres
def test_the_demo_on_a_server_never_prints_its_password(pg) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    url = make_url(pg.url)
    pg.dispose()
    with pg.engine.connect() as conn:  # the fixture's store is migrated but empty
        assert conn.exec_driver_sql("SELECT count(*) FROM centre").scalar() == 0
    done = run(
        "demo", "--db", url.render_as_string(hide_password=False), "--days", "1", "--per-day", "5"
    )
    assert done.returncode == 0, done.stderr
    assert url.password and f":{url.password}@" not in done.stdout + done.stderr
    assert f"postgresql://{url.username}@" in done.stdout and "***" not in done.stdout


def test_verify_never_upgrades_and_upgrade_does(tmp_path: Path) -> None:
    """`verify` checks a store as it is: an older schema is refused with the command that
    upgrades it, and nothing is changed; `upgrade` copies the store aside and upgrades it."""
    from fusecentre_app.db.engine import open_database
    from fusecentre_app.db.migrate import current_revision, head_revision
    from tests.support import downgrade

    db = tmp_path / "old.sqlite"
    done = run("demo", "--db", str(db), "--days", "1", "--per-day", "10")
    assert done.returncode == 0, done.stderr
    store = open_database(db, migrate=False)
    downgrade(store.engine, "0007")
    store.dispose()
    (tmp_path / "old.sqlite.anchors").unlink()  # the older desk kept no anchor file
    done = run("verify", "--db", str(db))
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "the store is at schema 0007" in done.stderr and "fusecentre upgrade" in done.stderr
    store = open_database(db, migrate=False)
    assert current_revision(store.engine) == "0007"  # verify changed nothing
    store.dispose()
    done = run("upgrade", "--db", str(db))
    assert done.returncode == 0, done.stderr
    assert f"upgraded from schema 0007 to {head_revision()}" in done.stdout
    (copy,) = tmp_path.glob("old.before-0007-*.sqlite")
    assert str(copy) in done.stdout
    done = run("verify", "--db", str(db))
    assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stdout + done.stderr
    assert "no anchor file at" in done.stdout and "no anchors were checked" in done.stdout
    done = run("upgrade", "--db", str(db))
    assert done.returncode == 0 and f"already at schema {head_revision()}" in done.stdout
    # A store a newer version made: neither command touches it, and both say why.
    conn = sqlite3.connect(db)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    done = run("verify", "--db", str(db))
    assert done.returncode == 1 and "made by a newer version" in done.stderr
    done = run("upgrade", "--db", str(db))
    assert done.returncode == 1 and "made by a newer version" in done.stderr
    assert done.stderr.count("\n") == 1
    done = run("upgrade", "--db", str(tmp_path / "typo.sqlite"))
    assert done.returncode == 1 and "there is no store at" in done.stderr
    assert not (tmp_path / "typo.sqlite").exists()


@pytest.mark.postgres
def test_upgrade_gives_an_empty_server_database_the_schema(pg) -> None:  # type: ignore[no-untyped-def]
    from sqlalchemy.engine import make_url

    from fusecentre_app.db.migrate import current_revision, head_revision

    url = make_url(pg.url).render_as_string(hide_password=False)
    with pg.engine.begin() as conn:  # an empty database, as the owner first has it
        conn.exec_driver_sql("DROP SCHEMA public CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA public")
    pg.engine.dispose()
    refused = run("verify", "--db", url)
    assert refused.returncode == 1 and "holds no desk records" in refused.stderr
    done = run("upgrade", "--db", url)
    assert done.returncode == 0 and f"schema {head_revision()} made" in done.stdout, done.stderr
    assert current_revision(pg.engine) == head_revision()
    done = run("verify", "--db", url)
    assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stderr


def test_backup_restore_and_a_print_that_cannot_be_recorded(tmp_path: Path) -> None:
    """A backup is a checked copy with its counts; a restore keeps the store it replaces;
    a register the store cannot put on record leaves no PDF behind."""
    db = tmp_path / "desk.sqlite"
    done = run(
        "demo", "--db", str(db), "--days", "1", "--per-day", "20", "--end", "2026-06-02 21:00"
    )
    assert done.returncode == 0, done.stderr
    usb = tmp_path / "usb"
    usb.mkdir()
    done = run("backup", "--db", str(db), str(usb))
    assert done.returncode == 0, done.stderr
    (copy,) = usb.glob("desk-backup-*.sqlite")
    assert f"{copy}: " in done.stdout and " complaints, " in done.stdout
    assert "integrity_check ok" in done.stdout
    done = run("restore", "--db", str(db), str(tmp_path / "nothing.sqlite"))
    assert done.returncode == 1 and "There is no backup" in done.stderr
    done = run("restore", "--db", str(db), str(copy))
    assert done.returncode == 0, done.stderr
    (kept,) = tmp_path.glob("desk.replaced-*.sqlite")
    assert str(kept) in done.stdout
    done = run("verify", "--db", str(db))
    assert done.returncode == 0 and done.stdout.startswith("OK:"), done.stdout + done.stderr

    conn = sqlite3.connect(db)  # the store fails the print's record (as a full disk would)
    conn.executescript(
        "CREATE TABLE gone (x); CREATE TRIGGER no_print BEFORE INSERT ON register_print "
        "BEGIN INSERT INTO gone VALUES (1); END; DROP TABLE gone;"
    )
    conn.close()
    pdf = tmp_path / "register.pdf"
    done = run(
        "register", "--db", str(db), "--centre", "BXR", "--date", "2026-06-02", "-o", str(pdf)
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
    assert "nothing was saved" in done.stderr and "no PDF was written" in done.stderr
    assert "Traceback" not in done.stderr
    assert not pdf.exists() and not list(tmp_path.glob("register.pdf*"))


def test_negligence_file_printed_recorded_and_refused(tmp_path: Path) -> None:
    db = tmp_path / "neg.sqlite"
    done = run(
        "demo", "--db", str(db), "--days", "2", "--per-day", "40", "--end", "2026-06-02 21:00"
    )
    assert done.returncode == 0, done.stderr
    conn = sqlite3.connect(db)
    employee_id, mobile = conn.execute(
        "SELECT employee_id, mobile FROM officer WHERE designation = 'LINEMAN' ORDER BY id"
    ).fetchone()
    conn.close()
    pdf = tmp_path / "case.pdf"
    period = ("--from", "2026-06-01", "--to", "2026-06-02")
    args = ("negligence", "--db", str(db), "--officer", employee_id, *period, "-o", str(pdf))
    # A clerk may not; nothing is written.
    done = run(*args, "--user", DEMO_USERNAME, "--password-stdin", stdin=DEMO_PASSWORD + "\n")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "negligence case file" in done.stderr and not pdf.exists()
    # The JE at the centre may (and the officer is found by mobile as well).
    done = run(
        "negligence",
        "--db",
        str(db),
        "--officer",
        mobile[3:],
        *period,
        "-o",
        str(pdf),
        "--user",
        "mukesh",
        "--password-stdin",
        stdin=DEMO_PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert f"({employee_id})" in done.stdout and "assigned" in done.stdout
    assert pdf.read_bytes()[:5] == b"%PDF-" and not list(tmp_path.glob("*.part"))
    conn = sqlite3.connect(db)
    printed = conn.execute("SELECT kind, digest, pages, day, note FROM register_print").fetchall()
    conn.close()
    import hashlib

    assert len(printed) == 1
    kind, digest, pages, day, note = printed[0]
    assert (kind, day) == ("negligence", "2026-06-02") and employee_id in note
    assert digest == hashlib.sha256(pdf.read_bytes()).hexdigest() and pages >= 1
    # Mistakes are one readable line each.
    done = run(*args[:4], "E0000", *period, "-o", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "E0000" in done.stderr
    done = run(*args[:5], "--from", "2026-06-02", "--to", "2026-06-01", "-o", "x.pdf")
    assert done.returncode == 1 and "--to is before --from" in done.stderr
    done = run(*args[:5], "--from", "2026-06-31", "--to", "2026-06-01", "-o", "x.pdf")
    assert done.returncode == 2 and "YYYY-MM-DD" in done.stderr
