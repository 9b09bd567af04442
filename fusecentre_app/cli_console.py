"""The command line's division console: `fusecentre console --db … --month YYYY-MM [--centre
CODE] [-o FILE.pdf | --json]`, the EE's month at a glance as text, one JSON object or the
monthly PDF (put on record, like a print, in the name of the command line's operator). `cli`
registers it; the `--json` keys are an interface other offices script against.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

AddDb = Callable[[argparse.ArgumentParser, str], None]


def _month(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        return None


def add_parsers(sub: Any, db_help: str, add_db: AddDb) -> None:
    console = sub.add_parser(
        "console",
        help="the EE's division console for a month: centres side by side, officers ranked, "
        "the calls funnel, the worst feeders, claims awaiting a decision",
    )
    add_db(console, db_help)
    console.add_argument("--month", required=True, help="the month, YYYY-MM")
    console.add_argument("--centre", metavar="CODE", help="one centre (default: the division)")
    out = console.add_mutually_exclusive_group()
    out.add_argument("-o", "--out", type=Path, metavar="FILE.pdf", help="write the monthly PDF")
    out.add_argument("--json", action="store_true", help="print one JSON object")
    console.add_argument(
        "--lang",
        choices=["en", "hi"],
        default="en",
        help="the PDF's first language: its headings and the names printed (default en)",
    )


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value, 1)


def console_json(console: Any) -> dict[str, Any]:
    """The console as `--json` prints it."""
    from fusecentre_app.domain.timeutil import to_local

    return {
        "month": f"{console.month:%Y-%m}",
        "centre": console.centre_code,
        "as_of": to_local(console.as_of).isoformat(timespec="minutes"),
        "centres": [
            {
                "centre": c.code,
                "received": c.received,
                "pending": c.pending,
                "overdue": c.overdue,
                "sop_met": c.sop_met,
                "sop_met_percent": _percent(c.sop_met_percent),
                "callbacks_verified": c.callbacks_verified,
                "callbacks_closed": c.callbacks_closed,
                "callbacks_verified_percent": _percent(c.callbacks_verified_percent),
                "false_closures": c.false_closures,
                "inspections_done": c.inspections_done,
                "inspections_required": c.inspections_required,
                "median_hours_by_type": {k: round(v, 2) for k, v in c.median_hours_by_type.items()},
            }
            for c in console.centres
        ],
        "officers": [
            {
                "centre": o.centre_code,
                "officer": o.name_en,
                "designation": o.designation.value,
                "assigned": o.assigned,
                "sop_breaches": o.breaches,
                "unanswered_attempts": o.unanswered,
                "reopened": o.reopened,
                "change": {
                    "sop_breaches": o.breaches_change,
                    "unanswered_attempts": o.unanswered_change,
                    "reopened": o.reopened_change,
                },
            }
            for o in console.officers
        ],
        "funnel": [
            {
                "centre": f.centre_code,
                "calls_received": f.calls,
                "complaints_registered": f.complaints,
                "follow_ups": f.follow_ups,
                "forwarded_by_1912": f.forwarded_1912,
            }
            for f in console.funnels
        ],
        "worst_feeders": [
            {
                "feeder": f.feeder,
                "agricultural": f.agricultural,
                "saifi": round(f.saifi, 6),
                "saidi_minutes": round(f.saidi_minutes, 6),
                "saifi_rank": f.saifi_rank,
                "saidi_rank": f.saidi_rank,
            }
            for f in console.feeders
        ],
        "claims_pending": [
            {
                "claim": c.id,
                "received_on": c.received_on.isoformat(),
                "due_on": c.due_on.isoformat(),
                "consumer": c.consumer_name,
                "docket": c.docket,
                "amount_claimed": c.amount_claimed,
                "desk_liability": c.desk_liability,
                "overdue": c.overdue,
            }
            for c in console.claims
        ],
    }


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}%"


def _text(console: Any) -> None:
    where = console.centre_code or "division"
    print(f"Division console {console.month:%Y-%m}, {where}")
    print(
        f"{'centre':<8}{'received':>9}{'pending':>8}{'overdue':>8}{'SoP met':>9}"
        f"{'verified':>9}{'false cl.':>10}{'inspections':>12}"
    )
    for c in console.centres:
        print(
            f"{c.code:<8}{c.received:>9}{c.pending:>8}{c.overdue:>8}"
            f"{_pct(c.sop_met_percent):>9}{_pct(c.callbacks_verified_percent):>9}"
            f"{c.false_closures:>10}{f'{c.inspections_done}/{c.inspections_required}':>12}"
        )
    if console.types:
        print("median hours to restore by type")
        for t in console.types:
            cells = "  ".join(
                f"{c.code} {c.median_hours_by_type[t.code]:.1f}"
                if t.code in c.median_hours_by_type
                else f"{c.code} —"
                for c in console.centres
            )
            print(f"  {t.code:<16}{cells}")
    print("officers (breaches, unanswered, reopened; change from last month)")
    for o in console.officers:
        print(
            f"  {o.centre_code} {o.name_en:<24} {o.breaches:>3} ({o.breaches_change:+d}) "
            f"{o.unanswered:>3} ({o.unanswered_change:+d}) {o.reopened:>3} "
            f"({o.reopened_change:+d})"
        )
    f = console.total_funnel
    print(
        f"calls received {f.calls} = complaints registered {f.complaints} + follow-ups "
        f"{f.follow_ups}; forwarded by 1912 {f.forwarded_1912}"
    )
    print("worst feeders (SAIFI, SAIDI minutes)")
    for row in console.feeders:
        print(f"  {row.feeder:<16}{row.saifi:>10.4f}{row.saidi_minutes:>11.2f}")
    print(f"claims pending decision: {len(console.claims)}, overdue {console.overdue_claims}")
    for c in console.claims:
        mark = "  OVERDUE" if c.overdue else ""
        print(f"  claim {c.id} received {c.received_on} due {c.due_on} {c.consumer_name}{mark}")


def _open_to_read(target: str | None, open_db: Callable[..., Any], fail: type) -> Any:
    """The store for a console shown, not printed: nothing is written, so the whole file is
    not checked first (seconds for years of records); its first page is, and a damaged page
    met while reading is refused in words. A store not in WAL mode, or not at this version's
    schema, is opened as usual (checked whole, then upgraded), since opening it writes."""
    from fusecentre_app.db.engine import StoreRefused, refuse_unreadable
    from fusecentre_app.db.migrate import current_revision, head_revision

    try:
        writes_nothing = refuse_unreadable(target)
    except StoreRefused as exc:
        raise fail(str(exc)) from exc
    if not writes_nothing:
        return open_db(target, read_only=True)
    db = open_db(target, migrate=False, read_only=True, check=False)
    try:
        at_head = current_revision(db.engine) == head_revision()
    except BaseException:
        db.dispose()
        raise
    if at_head:
        return db
    db.dispose()
    return open_db(target, read_only=True)


def cmd_console(args: argparse.Namespace, open_db: Callable[..., Any], fail: type) -> int:
    import sqlite3

    from sqlalchemy.exc import DatabaseError

    from fusecentre_app.services.console import division_console

    month = _month(args.month)
    if month is None:  # a usage error: one line, as argparse's exit status says
        print(f"fusecentre: expected a month as YYYY-MM, got {args.month!r}", file=sys.stderr)
        return 2
    db = open_db(args.db) if args.out is not None else _open_to_read(args.db, open_db, fail)
    try:
        try:
            console = division_console(db, month, centre_code=args.centre)
        except (DatabaseError, sqlite3.DatabaseError) as exc:  # rows read from the driver too
            cause = getattr(exc, "orig", None) or exc
            reason = str(cause).splitlines()[0]
            if getattr(cause, "sqlite_errorname", "") in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
                raise fail(
                    f"the store could not be read ({reason}): run `fusecentre verify` with the "
                    "same --db, or restore the last backup"
                ) from exc
            # A lock, a timeout, a dropped connection: the records are sound; try again.
            raise fail(f"cannot read the database just now ({reason}); try again") from exc
        if args.out is not None:
            from fusecentre_app.reports.console import console_pdf
            from fusecentre_app.reports.printing import save_pdf_on_record
            from fusecentre_app.services.console import record_console_print
            from fusecentre_app.services.uow import CommandLine

            pdf, pages = console_pdf(db, console, language=args.lang)
            # The file takes its name once the print is on record, in the operator's name.
            try:
                save_pdf_on_record(
                    pdf,
                    args.out,
                    lambda: record_console_print(
                        db, console, pdf=pdf, pages=pages, by=CommandLine.current()
                    ),
                )
            except OSError as exc:
                raise fail(f"cannot write {args.out}: {exc.strerror or exc}") from exc
    finally:
        db.dispose()
    if args.out is not None:
        print(f"{args.out}: the console for {console.month:%Y-%m}, {pages} page(s), on record")
        return 0
    if args.json:
        print(json.dumps(console_json(console), ensure_ascii=False, indent=1))
        return 0
    _text(console)
    return 0
