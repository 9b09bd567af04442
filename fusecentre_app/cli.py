"""The `fusecentre` command: the desk window by default, and subcommands for the office.

Errors a person can fix end the command with one readable line on stderr and a non-zero
exit status; tracebacks go to the log file (`logs.log_path()`), never to the terminal unless
`FUSECENTRE_DEBUG` is set.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from fusecentre_app import __version__

if TYPE_CHECKING:
    from fusecentre_app.db.engine import Database
    from fusecentre_app.services.uow import CommandLine
    from fusecentre_app.services.verify import Report

log = logging.getLogger("fusecentre")


class CliError(Exception):
    """A failure reported as one line, exit status 1 (2 is argparse's usage error)."""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fusecentre",
        description="Fuse Call Centre Desk. With no command, opens the desk window.",
    )
    parser.add_argument("--version", action="version", version=f"fusecentre {__version__}")
    db_help = "database: a SQLite file path or a SQLAlchemy URL (default: $FUSECENTRE_DB_URL or "
    db_help += "the per-user data folder)"
    parser.add_argument("--db", help=db_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help="build a database with the demo division and complaints")
    _add_db(demo, db_help)
    demo.add_argument("--days", type=_positive, default=3, help="days of complaints (default 3)")
    demo.add_argument(
        "--per-day", type=_positive, default=150, help="complaints per centre per day (default 150)"
    )
    demo.add_argument("--seed", type=int, default=1912, help="random seed (default 1912)")
    demo.add_argument(
        "--end",
        type=_moment,
        help="last moment of the data, 'YYYY-MM-DD HH:MM' India time (default: now)",
    )
    demo.add_argument(
        "--into-existing",
        action="store_true",
        help="add more days to a store that an earlier demo built (never to a real one)",
    )

    shot = sub.add_parser("screenshot", help="render every main screen offscreen to PNG")
    _add_db(shot, db_help)
    shot.add_argument("--out", required=True, type=Path, help="folder for the PNG files")
    shot.add_argument("--user", help="user to render the desk for (default: the first)")
    shot.add_argument(
        "--size",
        type=_screen_size,
        default="1366x768",
        metavar="WxH",
        help="window size in pixels, as a centre PC's screen (default 1366x768)",
    )
    shot.add_argument(
        "--lang",
        metavar="CODE",
        help="interface language, e.g. hi or en (default: $FUSECENTRE_LANG, else the system's)",
    )
    check = sub.add_parser(
        "verify",
        help="check the event chains and every complaint against its history; with --digest, "
        "whether a printed register still matches the records",
    )
    _add_db(check, db_help)
    check.add_argument("--centre", metavar="CODE", help="with --digest: the register's centre")
    check.add_argument("--date", type=_day, help="with --digest: the register's day, YYYY-MM-DD")
    check.add_argument("--digest", help="the integrity digest printed on the register")
    check.add_argument(
        "--event",
        type=_positive,
        help="the event number printed beside the digest (needed only if the print is not on "
        "record in this database)",
    )
    check.add_argument(
        "--anchors",
        type=Path,
        metavar="FILE",
        help="an anchor file to hold the chains to (default: the one beside the store, if any)",
    )
    scope = check.add_mutually_exclusive_group()
    scope.add_argument(
        "--full",
        action="store_true",
        help="check every record since the store was set up (the default: what an inspector "
        "relies on)",
    )
    scope.add_argument(
        "--since-checkpoint",
        action="store_true",
        help="the daily check: only what was written since the last clean check on record "
        "(its checkpoint must be the one in the anchor file; if not, or if there is none, "
        "everything is checked); a row edited in place with no event since, and a damaged "
        "page of the file, are found only by the full check (the pages of the audit chain, "
        "where the clean check is put on record, are checked first)",
    )
    check.add_argument(
        "--no-checkpoint",
        action="store_true",
        help="do not put a clean check on record (by default a clean check is recorded in "
        "your name and anchored in the store's own anchor file, never in an --anchors file "
        "of another store, for the next --since-checkpoint to start from)",
    )

    register = sub.add_parser("register", help="print a centre's daily register as a PDF")
    _add_db(register, db_help)
    register.add_argument("--centre", required=True, metavar="CODE", help="centre code, e.g. BXR")
    register.add_argument("--date", required=True, type=_day, help="the day, YYYY-MM-DD")
    register.add_argument("-o", "--out", required=True, type=Path, help="the PDF file to write")
    _add_user(register, "desk user printing it, who signs in (default: the operating-system user)")

    negligence = sub.add_parser(
        "negligence",
        help="print an officer's negligence case file for a period as a PDF (for the EE)",
    )
    _add_db(negligence, db_help)
    negligence.add_argument(
        "--officer", required=True, metavar="EMPLOYEE_ID_OR_MOBILE", help="e.g. E1011"
    )
    negligence.add_argument(
        "--from", dest="first", required=True, type=_day, help="first day, YYYY-MM-DD"
    )
    negligence.add_argument(
        "--to", dest="last", required=True, type=_day, help="last day, YYYY-MM-DD"
    )
    negligence.add_argument("-o", "--out", required=True, type=Path, help="the PDF file to write")
    negligence.add_argument(
        "--lang",
        choices=["en", "hi"],
        default="en",
        help="the file's first language: its headings, words and the names printed (default en)",
    )
    _add_user(
        negligence, "desk user printing it, who signs in (default: the operating-system user)"
    )

    rule = sub.add_parser(
        "fault-rule",
        help="show or set a centre's probable-feeder-fault rule (N complaints in M minutes)",
    )
    _add_db(rule, db_help)
    rule.add_argument("--centre", required=True, metavar="CODE", help="centre code, e.g. BXR")
    rule.add_argument("--calls", type=_positive, help="complaints from one feeder (at least 2)")
    rule.add_argument("--minutes", type=_positive, help="within this many minutes")

    comp = sub.add_parser(
        "compensation",
        help="the month's compensation statement: every late restoration and what it owes",
    )
    _add_db(comp, db_help)
    comp.add_argument("--month", required=True, metavar="YYYY-MM", help="month received")
    comp.add_argument("--centre", metavar="CODE", help="one centre (default: the division)")
    comp_out = comp.add_mutually_exclusive_group()
    comp_out.add_argument(
        "-o", "--out", type=Path, metavar="FILE.pdf", help="write a PDF and put it on record"
    )
    comp_out.add_argument("--json", action="store_true", help="print one JSON object")
    _add_user(
        comp,
        "with -o: the desk user printing it, who signs in (default: the operating-system user)",
    )

    shifts = sub.add_parser("shifts", help="show or set a centre's shift hours")
    _add_db(shifts, db_help)
    shifts.add_argument("--centre", required=True, metavar="CODE", help="centre code, e.g. BXR")
    shifts.add_argument(
        "--set", dest="hours", metavar="HOURS", help='e.g. "6-14,14-22,22-6" (must cover the day)'
    )

    handover = sub.add_parser(
        "handover", help="print the shift handover sheet: everything open at a moment"
    )
    _add_db(handover, db_help)
    handover.add_argument("--centre", required=True, metavar="CODE", help="centre code, e.g. BXR")
    handover.add_argument(
        "--at", required=True, type=_moment, help="'YYYY-MM-DD HH:MM' India time (shift end)"
    )
    handover.add_argument("-o", "--out", required=True, type=Path, help="the PDF file to write")
    _add_user(handover, "the outgoing clerk, a desk user who signs in")
    handover.add_argument("--note", default="", help="the outgoing clerk's note")

    directory = sub.add_parser("directory", help="import or export the officer directory (CSV)")
    _add_db(directory, db_help)
    actions = directory.add_subparsers(dest="directory_command", metavar="ACTION", required=True)
    load = actions.add_parser(
        "import",
        help="add and update officers from a CSV (columns as in seeds/officers.csv); a file "
        "with any bad row changes nothing",
    )
    _add_db(load, db_help)
    load.add_argument("file", type=Path, metavar="FILE", help="the CSV file to read")
    load.add_argument(
        "--dry-run", action="store_true", help="check the file and count changes; save nothing"
    )
    save = actions.add_parser(
        "export", help="write every officer to a CSV (UTF-8 with BOM, opens in Excel)"
    )
    _add_db(save, db_help)
    save.add_argument("file", type=Path, metavar="FILE", help="the CSV file to write")

    intake = sub.add_parser(
        "intake",
        help="log a list of complaints (CSV or .xlsx, columns as in seeds/intake-sample.csv) "
        "forwarded by 1912 or written at a consumer hearing; a list with any bad row logs "
        "nothing, and rows already logged are skipped",
    )
    _add_db(intake, db_help)
    intake.add_argument("file", type=Path, metavar="FILE", help="the CSV or .xlsx list")
    intake.add_argument("--centre", required=True, metavar="CODE", help="centre code, e.g. BXR")
    intake.add_argument(
        "--channel", required=True, choices=["1912", "hearing"], help="where the list came from"
    )
    intake.add_argument("--user", required=True, help="the desk user logging it, who signs in")
    _add_password_stdin(intake)
    intake.add_argument(
        "--dry-run", action="store_true", help="check the list and count its rows; log nothing"
    )

    settings = sub.add_parser(
        "settings",
        help="show or set the division's settings (inspection sample, idle lock, callback "
        "spacing, notice sound, inspections a month)",
    )
    _add_db(settings, db_help)
    settings.add_argument(
        "--sample-size", type=_positive, help="closed complaints an inspection draws (default 16)"
    )
    settings.add_argument(
        "--inspections-per-month",
        type=int,
        help="finished inspections each centre needs in a month, which the console counts "
        "against (default 4)",
    )
    settings.add_argument(
        "--idle-lock-minutes",
        type=int,
        help="minutes without a key or a click before a desk locks (0: never; default 10)",
    )
    settings.add_argument(
        "--callback-spacing-minutes",
        type=int,
        help="minutes apart the three unreachable callbacks that close a complaint unverified "
        "must be (default 30)",
    )
    settings.add_argument(
        "--notice-sound",
        type=int,
        choices=(0, 1),
        help="1: the desk beeps with its notices (overdue, danger call waiting); 0: silent",
    )

    upgrade = sub.add_parser(
        "upgrade",
        help="bring a store's schema up to this version (a SQLite store is copied aside "
        "first); on a server, give an empty database the schema",
    )
    _add_db(upgrade, db_help)

    backup = sub.add_parser(
        "backup",
        help="copy a SQLite store consistently (desks may keep working), check the copy and "
        "put it on record; for PostgreSQL see docs/deploy-postgresql.md",
    )
    _add_db(backup, db_help)
    backup.add_argument(
        "out", type=Path, metavar="OUT", help="a folder (a dated file is made in it) or a new file"
    )
    restore = sub.add_parser(
        "restore",
        help="put a checked backup in the place of a SQLite store nobody has open (the store "
        "there is kept aside, never deleted)",
    )
    _add_db(restore, db_help)
    restore.add_argument("backup", type=Path, metavar="BACKUP", help="the backup file")

    grant = sub.add_parser(
        "postgres-grant",
        help="on a PostgreSQL store, let a desk role add records but never change or delete "
        "the events (run as the owner; see docs/deploy-postgresql.md)",
    )
    _add_db(grant, db_help)
    grant.add_argument("role", metavar="ROLE", help="the LOGIN role the desks connect as")
    grant.add_argument(
        "--print-sql", action="store_true", help="print the SQL instead of running it"
    )

    users = sub.add_parser("users", help="list, add, deactivate desk accounts, reset passwords")
    _add_db(users, db_help)
    verbs = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    listing = verbs.add_parser("list", help="every desk account")
    _add_db(listing, db_help)
    add = verbs.add_parser("add", help="a new desk account (the user changes the password)")
    _add_db(add, db_help)
    add.add_argument("name", metavar="NAME", help="the user name to sign in with")
    add.add_argument("--role", required=True, choices=["clerk", "supervisor", "inspector", "admin"])
    add.add_argument("--centre", metavar="CODE", help="the centre (required for clerks)")
    add.add_argument("--full-name", required=True, help="the person's name as records show it")
    _add_password_stdin(add)
    off = verbs.add_parser("deactivate", help="stop an account signing in (never deleted)")
    _add_db(off, db_help)
    off.add_argument("name", metavar="NAME")
    off.add_argument("--reason", required=True, help="why, for the record")
    reset = verbs.add_parser("reset-password", help="a new password, changed at next sign-in")
    _add_db(reset, db_help)
    reset.add_argument("name", metavar="NAME")
    _add_password_stdin(reset)
    from fusecentre_app import cli_claims, cli_console, cli_indices, cli_shutdowns

    cli_indices.add_parsers(sub, db_help, _add_db, _add_user)
    cli_console.add_parsers(sub, db_help, _add_db)
    cli_shutdowns.add_parsers(sub, db_help, _add_db)
    cli_claims.add_parsers(sub, db_help, _add_db, _add_user)
    return parser


def _add_password_stdin(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the password from standard input (else it is asked for, twice)",
    )


def _add_user(parser: argparse.ArgumentParser, text: str) -> None:
    parser.add_argument("--user", help=text)
    _add_password_stdin(parser)


def _add_db(parser: argparse.ArgumentParser, db_help: str) -> None:
    # SUPPRESS keeps a --db given before the command from being overwritten by this default.
    parser.add_argument("--db", default=argparse.SUPPRESS, help=db_help)


def _day(text: str):  # type: ignore[no-untyped-def]
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _screen_size(text: str) -> tuple[int, int]:
    width, sep, height = text.lower().replace("×", "x").partition("x")
    if not (sep and width.strip().isdigit() and height.strip().isdigit()):
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT such as 1366x768, got {text!r}")
    size = int(width), int(height)
    if size[0] < 640 or size[1] < 480:
        raise argparse.ArgumentTypeError(f"{text} is smaller than a desk screen (640x480)")
    return size


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return value


def _moment(text: str) -> datetime:
    from fusecentre_app.domain.timeutil import LOCAL_TZ

    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=LOCAL_TZ)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"expected 'YYYY-MM-DD HH:MM', got {text!r}")


def _open(  # type: ignore[no-untyped-def]
    target: str | None,
    *,
    create: bool = False,
    migrate: bool = True,
    read_only: bool = False,
    check: bool = True,
):
    """The store named by --db; only `demo` (and `upgrade` on a server) may make a new one;
    `read_only`: for commands that only read (a store in a read-only folder still opens);
    `check=False`: without SQLite's page check of the whole file first (the daily verify)."""
    from sqlalchemy.exc import SQLAlchemyError

    from fusecentre_app.db.backup import CopyFailed
    from fusecentre_app.db.engine import StoreNotFound, StoreRefused, open_database
    from fusecentre_app.db.migrate import StoreTooNew

    try:
        return open_database(
            target, create=create, migrate=migrate, read_only=read_only, check=check
        )
    except StoreNotFound as exc:
        raise CliError(f"{exc} (check --db; only `fusecentre demo` makes a new store)") from exc
    except (StoreRefused, StoreTooNew) as exc:
        raise CliError(str(exc)) from exc
    except CopyFailed as exc:
        raise CliError(f"the store was not upgraded, nothing was changed: {exc}") from exc
    except (SQLAlchemyError, OSError) as exc:
        log.error("cannot open the database", exc_info=True)
        raise CliError(f"cannot open the database: {_open_failure(target, exc)}") from exc


def _open_failure(target: str | None, exc: BaseException) -> str:
    """Why a store did not open, in words: a folder that cannot be written is named."""
    from fusecentre_app.db.urls import resolve_url, sqlite_path

    path = sqlite_path(resolve_url(target))
    if path is not None and not os.access(path.parent, os.W_OK):
        return (
            f"{path.parent} cannot be written (read-only), and this command changes the store "
            "(`fusecentre verify` can still check it)"
        )
    return _first_line(exc)


def _open_as_it_is(target: str | None, *, check: bool = True):  # type: ignore[no-untyped-def]
    """The store named by --db, never migrated: it must be at this version's schema."""
    from fusecentre_app.db.migrate import current_revision, head_revision

    db = _open(target, migrate=False, read_only=True, check=check)
    revision = current_revision(db.engine)
    if revision != head_revision():
        db.dispose()
        raise CliError(
            f"the store is at schema {revision} and this version's is {head_revision()}: "
            "run `fusecentre upgrade` with the same --db first (verify changes nothing in a "
            "store but putting a clean check on record)"
        )
    return db


def _password(args: argparse.Namespace, *, confirm: bool, prompt: str = "Password: ") -> str:
    """From standard input (`--password-stdin`: the first line) or asked for; never argv."""
    if getattr(args, "password_stdin", False):
        line = sys.stdin.readline()
        if not line:
            raise CliError("no password on standard input")
        return line.rstrip("\r\n")
    import getpass

    if not sys.stdin.isatty():
        raise CliError("give the password on standard input with --password-stdin")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass("Again: ") != first:
        raise CliError("the two passwords differ")
    return first


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _cmd_demo(args: argparse.Namespace) -> int:
    from fusecentre_app.demo import build_demo, is_demo_store
    from fusecentre_app.demo.live import BURST_FEEDER, add_live_faults
    from fusecentre_app.domain.timeutil import utcnow
    from fusecentre_app.services.masterdata import has_division

    if not (args.db or os.environ.get("FUSECENTRE_DB_URL")):
        raise CliError("say which database to build with --db PATH (it may be a new file)")
    db = _open(args.db, create=True)
    try:
        if has_division(db) and not (args.into_existing and is_demo_store(db)):
            if args.into_existing:
                raise CliError(f"{db.display_name} is not a demo store; demo data stays out of it")
            raise CliError(
                f"{db.display_name} already holds records; build the demo in a new file "
                "(or add --into-existing to add days to an earlier demo store)"
            )
        end = args.end or utcnow()
        summary = build_demo(db, days=args.days, per_day=args.per_day, seed=args.seed, end=end)
        live = add_live_faults(db, end=end, seed=args.seed)
    finally:
        db.dispose()
    print(
        f"demo store {db.display_name}: {summary.complaints + live.complaints} complaints, "
        f"{summary.events} events from the bulk days, {summary.first_day} to {summary.last_day}; "
        f"in the last hour a burst of calls on {BURST_FEEDER} and open incident {live.incident_id}"
    )
    return 0


def _cmd_screenshot(args: argparse.Namespace) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from fusecentre_app.gui.screenshots import render_all

    db = _open(args.db)
    try:
        written = render_all(db, args.out, username=args.user, language=args.lang, size=args.size)
    finally:
        db.dispose()
    for path in written:
        print(path)
    return 0


def _cmd_verify(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import DatabaseError

    from fusecentre_app.services.uow import CommandLine
    from fusecentre_app.services.verify import verify_store

    if args.digest or args.centre or args.date:
        return _verify_register(args)
    # The daily check leaves SQLite's page check of the whole file (seconds at a million
    # complaints) to the full check and to the desk's start; a damaged page it meets is
    # still an error.
    db = _open_as_it_is(args.db, check=not args.since_checkpoint)
    recorded = ""
    try:
        anchors = args.anchors
        if anchors is None and db.anchors.path.exists():
            anchors = db.anchors.path
        if anchors is not None and not anchors.exists():
            raise CliError(f"there is no anchor file {anchors}")
        try:
            report = verify_store(db, anchors=anchors, since_checkpoint=args.since_checkpoint)
        except DatabaseError as exc:
            log.error("the store could not be read", exc_info=True)
            raise CliError(
                f"the store could not be read ({_first_line(exc)}): run `fusecentre verify "
                "--full`, which checks the file itself first"
            ) from exc
        if report.ok and not args.no_checkpoint and args.since_checkpoint:
            _pages_to_record_in(db)
        if report.ok and not args.no_checkpoint:
            # Only ever in the store's own anchor file: a copy checked against the live
            # store's file would put a line there naming a record only the copy has.
            recorded = _record_check(db, report, db.anchors.path, CommandLine.current())
            if anchors is not None and anchors.resolve() != db.anchors.path.resolve():
                recorded += f" (anchored in {db.anchors.path}, the store's own anchor file)"
    finally:
        db.dispose()
    for problem in report.problems:
        print(problem)
    if report.unanchored:
        ids = ", ".join(str(i) for i in report.unanchored)
        print(
            f"note: audit record(s) {ids}: clean checks on record that are not in this anchor "
            "file (run from another PC, or put into the store by hand); not started from"
        )
    summary = (
        f"{report.events} events in {report.chains} centre chains, {report.complaints} complaints"
    )
    if report.since is not None:
        summary += f" written or changed since {report.since.sentence()}, all"
    summary += f" {report.audit_records} audit records"
    if report.since is None and args.since_checkpoint:
        summary += f" (everything: {report.why_whole})"
    unanchored = ""
    if anchors is not None:
        summary += f", {report.anchors} anchors in {anchors.name}"
    else:
        unanchored = f"; no anchor file at {db.anchors.path}, so no anchors were checked"
    if report.ok:
        print(f"OK: {summary} checked; records match their history{unanchored}{recorded}")
        return 0
    print(
        f"fusecentre: {len(report.problems)} problem(s) found; {summary} checked{unanchored}",
        file=sys.stderr,
    )
    return 1


def _pages_to_record_in(db: Database) -> None:
    """The daily check opens a SQLite store without the page check of the whole file: the
    pages of the audit chain, where its checkpoint goes, are checked before it is written
    (a fraction of a second); a damaged one is an error and nothing is put on record."""
    if db.engine.dialect.name != "sqlite":
        return
    for table in ("audit_record", "audit_head"):
        with db.engine.connect() as conn:
            found = [str(row[0]) for row in conn.exec_driver_sql(f"PRAGMA quick_check({table})")]
        if found != ["ok"]:
            said = next((line for line in found if not line.startswith("***")), found[0])
            raise CliError(
                f"the store's file is damaged in table {table} ({said.splitlines()[-1]}): "
                "nothing was put "
                "on record; run `fusecentre verify --full`, which checks the file itself first"
            )


def _newest_check(db: Database) -> str:
    """The id of the last clean check on record (the one just put there), as text."""
    from sqlalchemy import func, select

    from fusecentre_app.db.models import AuditRecord
    from fusecentre_app.services.verify import CHECKPOINT_KIND

    with db.read() as s:
        found = s.scalar(
            select(func.max(AuditRecord.id)).where(AuditRecord.kind == CHECKPOINT_KIND)
        )
    return str(found) if found is not None else "?"


def _starts_from(anchors: Path) -> str:
    """Where the next daily check starts when `anchors` did not take the latest check."""
    from fusecentre_app.db.anchors import CHECKPOINT_CHAIN, last_anchor

    try:
        held = last_anchor(anchors, CHECKPOINT_CHAIN)
    except OSError:
        held = None
    if held is None:
        return "checks everything (the anchor file holds no clean check)"
    return f"starts from the older check the anchor file holds (audit record {held.last_id})"


def _record_check(db: Database, report: Report, anchors: Path, by: CommandLine) -> str:
    """Put a clean check on record and anchor it; what to add to the OK line."""
    from fusecentre_app.services.errors import ServiceError
    from fusecentre_app.services.verify import put_check_on_record

    try:
        record_id = put_check_on_record(db, report, by=by, anchors=anchors)
    except ServiceError as exc:
        return f"; the check could not be put on record ({exc})"
    except OSError as exc:
        return (
            f"; the check is on record as audit record {_newest_check(db)} but its anchor could "
            f"not be written to {anchors} ({exc.strerror or exc}), so the next daily check "
            f"{_starts_from(anchors)} and names that record as not in the anchor file"
        )
    return f"; put on record as audit record {record_id} for the next daily check"


def _cmd_fault_rule(args: argparse.Namespace) -> int:
    from fusecentre_app.services import incidents, masterdata
    from fusecentre_app.services.uow import CommandLine

    db = _open(args.db)
    try:
        centre = masterdata.centre_by_code(db, args.centre)
        rule = incidents.fault_rule(db, centre.id)
        if args.calls is not None or args.minutes is not None:
            minutes = args.minutes or int(rule.window.total_seconds() // 60)
            rule = incidents.set_fault_rule(
                db, centre.id, args.calls or rule.min_complaints, minutes, by=CommandLine.current()
            )
    finally:
        db.dispose()
    minutes = int(rule.window.total_seconds() // 60)
    print(f"{centre.code}: {rule.min_complaints} complaints from one feeder within {minutes} min")
    return 0


def _verify_register(args: argparse.Namespace) -> int:
    from fusecentre_app.domain.timeutil import format_local
    from fusecentre_app.services.inspection import match_printed_digest

    if not (args.digest and args.centre and args.date):
        raise CliError("to check a printed register give --centre, --date and --digest")
    db = _open_as_it_is(args.db)
    try:
        check = match_printed_digest(
            db, args.centre, args.date, args.digest, cut_event_id=args.event
        )
    finally:
        db.dispose()
    where = f"{args.centre.upper()} {args.date:%d-%m-%Y}"
    for later in check.later_events:
        print(f"{later.sentence} ({format_local(later.at, '%d-%m-%Y %H:%M')})")
    if check.matches:
        print(f"OK: the printed register of {where} matches the records")
        return 0
    if check.altered_events:
        cause = "these events no longer match their hashes (altered): " + ", ".join(
            str(e) for e in check.altered_events
        )
    elif check.inconsistent_dockets:
        cause = "these complaints no longer agree with their history: " + ", ".join(
            check.inconsistent_dockets
        )
    else:
        cause = "the day's records (or their events) were changed outside the desk"
    print(
        f"fusecentre: the printed register of {where} does not match the records: {cause}; "
        f"digest now {check.recomputed}",
        file=sys.stderr,
    )
    return 1


def _cmd_register(args: argparse.Namespace) -> int:
    from fusecentre_app.reports.printing import register_pdf

    return _print_pdf(
        args, lambda db, name: register_pdf(db, args.centre, args.date, user_name=name)
    )


def _cmd_negligence(args: argparse.Namespace) -> int:
    from fusecentre_app.reports.negligence import negligence_bytes
    from fusecentre_app.reports.printing import save_pdf_on_record
    from fusecentre_app.services.auth import authenticate
    from fusecentre_app.services.errors import ServiceError
    from fusecentre_app.services.negligence import check_may_draw, gather_file, record_file
    from fusecentre_app.services.uow import CommandLine, Who

    if args.last < args.first:
        raise CliError("--to is before --from")
    db = _open(args.db)
    try:
        command_line = CommandLine.current()
        by: Who = command_line
        name = command_line.os_user
        if args.user:
            user = authenticate(db, args.user, _password(args, confirm=False))
            by, name = user.id, user.full_name
        case = gather_file(db, args.officer, args.first, args.last)
        check_may_draw(db, case.centre.code, by)  # before a page is drawn or a file written
        pdf, pages = negligence_bytes(case, generated_by=name, language=args.lang)
        try:
            save_pdf_on_record(
                pdf, args.out, lambda: record_file(db, case, pdf=pdf, pages=pages, by=by)
            )
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        except ServiceError as exc:
            raise CliError(f"{exc} (no PDF was written)") from exc
    finally:
        db.dispose()
    o = case.officer
    print(
        f"{args.out}: {o.name_en} ({o.employee_id}), {len(case.assignments)} assigned, "
        f"{len(case.breaches)} SoP breaches ({case.hours_late:.1f} hours late), "
        f"{case.unanswered} unanswered attempts, {len(case.reopenings)} reopened, "
        f"{case.contradicted} contradicted; {len(case.days)} register days; {pages} pages"
    )
    return 0


def _print_pdf(args: argparse.Namespace, render) -> int:  # type: ignore[no-untyped-def]
    """Render with `render(db, printer's name)`, write `args.out`, then put the print on
    record in the name of `--user` (a desk user, who signs in here) or else of the command
    line's operating-system user."""
    from fusecentre_app.reports.printing import save_pdf_on_record
    from fusecentre_app.services.auth import authenticate
    from fusecentre_app.services.errors import ServiceError
    from fusecentre_app.services.inspection import check_may_print
    from fusecentre_app.services.uow import CommandLine, Who

    db = _open(args.db)
    try:
        command_line = CommandLine.current()
        by: Who = command_line
        name = command_line.os_user
        if args.user:
            user = authenticate(db, args.user, _password(args, confirm=False))
            by, name = user.id, user.full_name
        check_may_print(db, args.centre, by)  # before a page is drawn or a file written
        printed = render(db, name)
        try:
            save_pdf_on_record(printed.pdf, args.out, lambda: printed.put_on_record(db, by=by))
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        except ServiceError as exc:
            raise CliError(f"{exc} (no PDF was written)") from exc
    finally:
        db.dispose()
    print(f"{args.out}: {printed.summary}")
    return 0


def _cmd_compensation(args: argparse.Namespace) -> int:
    import json

    from fusecentre_app.domain.timeutil import format_local, utcnow
    from fusecentre_app.services.compensation import monthly_statement, parse_month

    month = parse_month(args.month)
    if args.out is not None:
        return _compensation_pdf(args, month)
    db = _open(args.db, read_only=True)
    try:
        statement = monthly_statement(db, month, args.centre, now=utcnow())
    finally:
        db.dispose()
    if args.json:
        print(json.dumps(statement_json(statement), ensure_ascii=False, indent=1))
        return 0
    where = statement.centre_code or "division"
    print(f"Compensation statement {month:%Y-%m}, {where}")
    for line in statement.lines:
        restored = format_local(line.restored_at) if line.restored_at else "not restored yet"
        each = (
            f" (the same failure of {line.each_consumer_of}: counted with {line.counted_with})"
            if line.counted_with
            else f" (Rs {line.per_consumer:,} to each of {line.consumers:,} consumer(s) of "
            f"{line.each_consumer_of})"
            if line.each_consumer_of
            else ""
        )
        print(
            f"{line.docket}  {line.type_code:<15} {line.area.value:<5} due "
            f"{format_local(line.due_at)}  restored {restored}  {line.hours_late:g} h late  "
            f"Rs {line.total:,}{each}"
        )
    print(
        f"{len(statement.lines)} late, {len(statement.owed)} owing compensation, "
        f"Rs {statement.total:,} in all"
    )
    return 0


def _compensation_pdf(args: argparse.Namespace, month: date) -> int:
    """Write the month's statement to `--out` and put it on record in the name of `--user`
    (who signs in) or else of the operating-system user; refused before anything is drawn
    when that person may not print for every centre it covers."""
    from fusecentre_app.domain.timeutil import utcnow
    from fusecentre_app.reports.compensation_statement import statement_bytes
    from fusecentre_app.reports.printing import save_pdf_on_record
    from fusecentre_app.services.compensation import (
        check_may_print,
        monthly_statement,
        record_statement,
    )
    from fusecentre_app.services.errors import ServiceError

    db = _open(args.db)
    try:
        by = _acting(args, db)
        centre = args.centre.upper() if args.centre else None
        name = check_may_print(db, centre, by)
        statement = monthly_statement(db, month, args.centre, now=utcnow())
        pdf, pages = statement_bytes(db, statement, made_by=name)
        try:
            save_pdf_on_record(
                pdf,
                args.out,
                lambda: record_statement(db, statement, pdf=pdf, pages=pages, by=by),
            )
        except OSError as exc:
            raise CliError(f"cannot write {args.out}: {exc.strerror or exc}") from exc
        except ServiceError as exc:
            raise CliError(f"{exc} (no PDF was written)") from exc
    finally:
        db.dispose()
    print(f"{args.out}: {len(statement.owed)} late restorations owe Rs {statement.total:,}")
    return 0


def statement_json(statement):  # type: ignore[no-untyped-def]
    """The statement as `--json` prints it."""
    from fusecentre_app.domain.timeutil import to_local

    def moment(value):  # type: ignore[no-untyped-def]
        return to_local(value).isoformat(timespec="minutes") if value else None

    return {
        "month": f"{statement.month:%Y-%m}",
        "centre": statement.centre_code,
        "total_rs": statement.total,
        "late": len(statement.lines),
        "owing": len(statement.owed),
        "lines": [
            {
                "docket": line.docket,
                "centre": line.centre_code,
                "type": line.type_code,
                "area": line.area.value,
                "received_at": moment(line.received_at),
                "due_at": moment(line.due_at),
                "restored_at": moment(line.restored_at),
                "hours_late": line.hours_late,
                "rule": line.rule,
                "each_consumer_of": line.each_consumer_of,
                "per_consumer_rs": line.per_consumer,
                "consumers": line.consumers,
                "total_rs": line.total,
                "counted_with": line.counted_with,
            }
            for line in statement.lines
        ],
        "rules": [
            {
                "type": rule.type_code,
                "area": rule.area.value,
                "hours": rule.hours,
                "clock": rule.clock.value,
                "working_day": rule.working_day.text() if rule.working_day else None,
                "compensation": rule.compensation.describe(),
                "effective_from": rule.effective_from.isoformat() if rule.effective_from else None,
                "hours_source": rule.hours_source,
                "compensation_source": rule.compensation_source,
            }
            for rule in statement.rules
        ],
    }


def _cmd_shifts(args: argparse.Namespace) -> int:
    from fusecentre_app.services.shifts import centre_shifts, set_centre_shifts
    from fusecentre_app.services.uow import CommandLine

    db = _open(args.db)
    try:
        if args.hours is not None:
            set_centre_shifts(db, args.centre, args.hours, by=CommandLine.current())
        shifts = centre_shifts(db, args.centre)
    finally:
        db.dispose()
    print(f"{args.centre.upper()}: " + ", ".join(shift.label for shift in shifts))
    return 0


def _cmd_handover(args: argparse.Namespace) -> int:
    from fusecentre_app.reports.printing import handover_pdf
    from fusecentre_app.services.handover import handover_moment

    return _print_pdf(
        args,
        lambda db, name: handover_pdf(
            db,
            args.centre,
            handover_moment(db, args.centre, args.at) or args.at,  # that minute's, again
            outgoing_clerk=name,
            note=args.note,
        ),
    )


def _cmd_directory(args: argparse.Namespace) -> int:
    from fusecentre_app.services import directory
    from fusecentre_app.services.uow import CommandLine

    db = _open(args.db)
    try:
        if args.directory_command == "export":
            count = directory.export_officers(db, args.file)
            print(f"exported {count} officers to {args.file}")
            return 0
        try:
            done = directory.import_officers(
                db, args.file, by=CommandLine.current(), dry_run=args.dry_run
            )
        except directory.ImportRefused as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            count = len(exc.problems)
            print(
                f"fusecentre: {args.file.name} not imported, {count} problem(s); "
                "nothing was changed",
                file=sys.stderr,
            )
            return 1
    finally:
        db.dispose()
    note = " (dry run: nothing saved)" if args.dry_run else ""
    print(f"added {done.added}, updated {done.updated}, unchanged {done.unchanged}{note}")
    return 0


def _cmd_intake(args: argparse.Namespace) -> int:
    from fusecentre_app.domain.enums import Channel
    from fusecentre_app.services import intake, masterdata
    from fusecentre_app.services.auth import authenticate

    db = _open(args.db)
    try:
        centre = masterdata.centre_by_code(db, args.centre)
        user = authenticate(db, args.user, _password(args, confirm=False))
        channel = Channel(args.channel)
        try:
            plan = intake.check_intake(
                db, args.file, centre_id=centre.id, channel=channel, by=user.id
            )
        except intake.IntakeRefused as exc:
            for problem in exc.problems:
                print(problem, file=sys.stderr)
            print(
                f"fusecentre: {args.file.name} not taken in, {len(exc.problems)} problem(s); "
                "nothing was logged",
                file=sys.stderr,
            )
            return 1
        if args.dry_run:
            follows = ""
            if plan.follow_ups:
                on = [r.follows or f"row {r.follows_row}'s new complaint" for r in plan.follow_ups]
                follows = (
                    f"{len(plan.follow_ups)} to record as follow-up calls on open complaints "
                    f"({_some(on)}), "
                )
            print(
                f"{args.file.name}: {plan.new} to log, {follows}{plan.already} already logged "
                "(dry run: nothing saved)"
            )
            return 0
        done = intake.run_intake(db, plan, by=user.id)
    finally:
        db.dispose()
    if not done.logged and not done.follow_ups:
        print(f"{args.file.name}: nothing new; all {done.already} rows were logged already")
        return 0
    said = f"logged {done.logged} complaint(s) as {user.username}"
    if done.logged:
        span = done.dockets[0] if done.logged == 1 else f"{done.dockets[0]} to {done.dockets[-1]}"
        said += f" ({span})"
    if done.follow_ups:
        said += (
            f", {len(done.follow_ups)} follow-up call(s) on open complaints "
            f"({_some(done.follow_ups)})"
        )
    print(f"{args.file.name}: {said}, {done.already} already logged")
    return 0


def _some(items: list[str], limit: int = 10) -> str:
    """Each of them once, in order, the first `limit` of them named."""
    unique = list(dict.fromkeys(items))
    named = ", ".join(unique[:limit])
    return named if len(unique) <= limit else f"{named} and {len(unique) - limit} more"


def _cmd_users(args: argparse.Namespace) -> int:
    from fusecentre_app.services import accounts
    from fusecentre_app.services.errors import ValidationError
    from fusecentre_app.services.uow import CommandLine

    by = CommandLine.current()
    db = _open(args.db)
    try:
        if args.users_command == "list":
            for a in accounts.list_accounts(db):
                state = "active" if a.active else "deactivated"
                if a.must_change_password:
                    state += ", must change password"
                where = a.centre_code or "-"
                print(f"{a.username:<16} {a.role.value:<10} {where:<6} {state:<32} {a.full_name}")
            return 0
        try:
            if args.users_command == "add":
                made = accounts.add_user(
                    db,
                    by,
                    username=args.name,
                    full_name=args.full_name,
                    password=_password(args, confirm=True),
                    role=args.role,
                    centre_code=args.centre,
                    must_change=True,
                )
                print(f"added {made.username} ({made.role}); password to change at first sign-in")
            elif args.users_command == "deactivate":
                account = accounts.account_by_name(db, args.name)
                accounts.deactivate_user(db, by, account.id, args.reason)
                print(f"deactivated {account.username}; their records still name them")
            else:
                account = accounts.account_by_name(db, args.name)
                accounts.reset_password(db, by, account.id, _password(args, confirm=True))
                print(
                    f"reset the password of {account.username}; to be changed at the next sign-in"
                )
        except ValidationError as exc:
            raise CliError("; ".join(exc.errors.values())) from exc
    finally:
        db.dispose()
    return 0


def _cmd_settings(args: argparse.Namespace) -> int:
    from fusecentre_app.services.errors import ValidationError
    from fusecentre_app.services.settings import (
        CALLBACK_SPACING,
        IDLE_LOCK,
        INSPECTIONS_PER_MONTH,
        NOTICE_SOUND,
        SAMPLE_SIZE,
        set_setting,
        setting,
    )
    from fusecentre_app.services.uow import CommandLine

    db = _open(args.db)
    try:
        asked = (
            (SAMPLE_SIZE, args.sample_size),
            (IDLE_LOCK, args.idle_lock_minutes),
            (CALLBACK_SPACING, args.callback_spacing_minutes),
            (NOTICE_SOUND, args.notice_sound),
            (INSPECTIONS_PER_MONTH, args.inspections_per_month),
        )
        for rule, value in asked:
            if value is not None:
                try:
                    set_setting(db, rule, value, by=CommandLine.current())
                except ValidationError as exc:
                    raise CliError("; ".join(exc.errors.values())) from exc
        shown = {rule: setting(db, rule) for rule, _value in asked}
    finally:
        db.dispose()
    for rule, value in shown.items():
        print(f"{rule.key}: {value} ({rule.label})")
    return 0


def _cmd_postgres_grant(args: argparse.Namespace) -> int:
    from fusecentre_app.db.desk_role import DeskRoleError, desk_role_sql, grant_desk_role

    try:
        if args.print_sql:
            print(desk_role_sql(args.role))
            return 0
        db = _open(args.db)
        try:
            grant_desk_role(db.engine, args.role)
        finally:
            db.dispose()
    except DeskRoleError as exc:
        raise CliError(str(exc)) from exc
    print(f"{args.role} may now add complaints and records, and never change or delete events")
    return 0


def _cmd_upgrade(args: argparse.Namespace) -> int:
    """Bring a store's schema up to this version (a SQLite store is copied aside first); on a
    database server, an empty database is given the schema (the owner's first step)."""
    from sqlalchemy.exc import SQLAlchemyError

    from fusecentre_app.db.backup import CopyFailed
    from fusecentre_app.db.migrate import current_revision, head_revision, upgrade_to_head
    from fusecentre_app.db.urls import resolve_url, sqlite_path

    server = sqlite_path(resolve_url(args.db)) is None
    db = _open(args.db, create=server, migrate=False)
    try:
        before = current_revision(db.engine)
        try:
            copy = upgrade_to_head(db.engine)
        except CopyFailed as exc:
            raise CliError(f"the store was not upgraded, nothing was changed: {exc}") from exc
        except SQLAlchemyError as exc:
            log.error("upgrade failed", exc_info=True)
            raise CliError(f"the upgrade failed, nothing was changed: {_first_line(exc)}") from exc
    finally:
        db.dispose()
    after = head_revision()
    if before == after:
        print(f"{db.display_name}: already at schema {after}")
    elif before is None:
        print(f"{db.display_name}: schema {after} made")
    else:
        print(
            f"{db.display_name}: upgraded from schema {before} to {after}"
            + (f"; the store as it was is copied to {copy}" if copy else "")
        )
    return 0


def _cmd_backup(args: argparse.Namespace) -> int:
    from fusecentre_app.services.backup import back_up
    from fusecentre_app.services.uow import CommandLine

    db = _open(args.db, migrate=False, read_only=True)
    try:
        made = back_up(db, args.out, by=CommandLine.current())
    finally:
        db.dispose()
    c = made.contents
    print(
        f"{made.path}: {c.complaints} complaints, {c.events} events, "
        f"{made.size / 2**20:.1f} MB, checked (integrity_check ok) in {made.seconds:.1f} s"
        + ("" if made.on_record else "; the store could not put this backup on record")
    )
    return 0


def _cmd_restore(args: argparse.Namespace) -> int:
    from fusecentre_app.db.urls import resolve_url, sqlite_path
    from fusecentre_app.services.backup import SERVER_BACKUP, restore
    from fusecentre_app.services.uow import CommandLine

    if not (args.db or os.environ.get("FUSECENTRE_DB_URL")):
        raise CliError("say which store to restore with --db PATH")
    store = sqlite_path(resolve_url(args.db))
    if store is None:
        raise CliError(SERVER_BACKUP)
    done = restore(args.backup, store, by=CommandLine.current())
    c = done.contents
    print(
        f"{store}: restored from {args.backup} ({c.complaints} complaints, {c.events} events)"
        + (f"; the store that was there is kept as {done.replaced}" if done.replaced else "")
    )
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from fusecentre_app.gui.app import run_desk

    return run_desk(args.db)


def _reliability(name: str, args: argparse.Namespace) -> int:
    from fusecentre_app import cli_indices

    if name == "cmd_indices":
        return cli_indices.cmd_indices(args, _open, _acting)
    command: Callable[[argparse.Namespace, Callable[..., Any]], int] = getattr(cli_indices, name)
    return command(args, _open)


def _cmd_shutdowns(args: argparse.Namespace) -> int:
    from fusecentre_app import cli_shutdowns

    return cli_shutdowns.cmd_shutdowns(args, _open)


def _cmd_console(args: argparse.Namespace) -> int:
    from fusecentre_app import cli_console

    return cli_console.cmd_console(args, _open, CliError)


def _cmd_claims(args: argparse.Namespace) -> int:
    from fusecentre_app import cli_claims

    return cli_claims.cmd_claims(args, _open, _acting)


def _acting(args: argparse.Namespace, db):  # type: ignore[no-untyped-def]
    """Who a change is recorded against: the desk user of `--user`, who signs in here, or
    else the command line's operating-system user."""
    from fusecentre_app.services.auth import authenticate
    from fusecentre_app.services.uow import CommandLine

    if args.user:
        return authenticate(db, args.user, _password(args, confirm=False)).id
    return CommandLine.current()


COMMANDS = {
    "claims": _cmd_claims,
    "compensation": _cmd_compensation,
    "console": _cmd_console,
    "demo": _cmd_demo,
    "screenshot": _cmd_screenshot,
    "verify": _cmd_verify,
    "directory": _cmd_directory,
    "fault-rule": _cmd_fault_rule,
    "register": _cmd_register,
    "handover": _cmd_handover,
    "shifts": _cmd_shifts,
    "users": _cmd_users,
    "intake": _cmd_intake,
    "settings": _cmd_settings,
    "postgres-grant": _cmd_postgres_grant,
    "negligence": _cmd_negligence,
    "upgrade": _cmd_upgrade,
    "backup": _cmd_backup,
    "restore": _cmd_restore,
    "interruptions": lambda args: _reliability("cmd_interruptions", args),
    "feeders": lambda args: _reliability("cmd_feeders", args),
    "dts": lambda args: _reliability("cmd_dts", args),
    "indices": lambda args: _reliability("cmd_indices", args),
    "shutdowns": _cmd_shutdowns,
}


def _log_to_file() -> None:
    """Tracebacks go to the log file, never to the terminal before the one readable line."""
    from fusecentre_app.logs import configure_logging

    try:
        configure_logging()
    except OSError:  # no log folder to be had: say nothing rather than fail the command
        logging.getLogger().addHandler(logging.NullHandler())


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    _log_to_file()
    handler = COMMANDS.get(args.command or "", _cmd_gui)
    try:
        return handler(args)
    except CliError as exc:
        print(f"fusecentre: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        from fusecentre_app.services.errors import ServiceError

        if os.environ.get("FUSECENTRE_DEBUG"):
            raise
        if isinstance(exc, ServiceError):
            print(f"fusecentre: {exc}", file=sys.stderr)
            return 1
        from fusecentre_app.logs import log_path

        log.error("unexpected failure", exc_info=True)
        print(
            f"fusecentre: unexpected error: {_first_line(exc)} (details in {log_path()})",
            file=sys.stderr,
        )
        return 1
    except KeyboardInterrupt:
        print("fusecentre: interrupted", file=sys.stderr)
        return 130
