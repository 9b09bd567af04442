"""The command line's reliability commands: the interruption register, the feeders' facts
and the month's indices (`fusecentre interruptions import`, `fusecentre feeders export|import`,
`fusecentre dts export|import`, `fusecentre indices`, and with `-o` the month's Reg. 13
sheet). `cli` registers them; the names and the `--json` keys are an interface other offices
script against.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fusecentre_app.domain.reliability import IndexSettings

AddDb = Callable[[argparse.ArgumentParser, str], None]
AddUser = Callable[[argparse.ArgumentParser, str], None]


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a month as YYYY-MM, got {text!r}") from None


def _minutes(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of minutes: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("minutes cannot be negative")
    return value


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def add_parsers(sub: Any, db_help: str, add_db: AddDb, add_user: AddUser) -> None:
    register = sub.add_parser("interruptions", help="the feeder interruption register")
    add_db(register, db_help)
    verbs = register.add_subparsers(dest="interruptions_command", metavar="ACTION", required=True)
    load = verbs.add_parser(
        "import",
        help="record interruptions from the PSS log book (CSV or .xlsx, columns "
        "feeder,start,end,planned,cause,consumers_affected; times YYYY-MM-DD HH:MM India "
        "time; planned yes/no); a file with any bad row records nothing",
    )
    add_db(load, db_help)
    load.add_argument("file", type=Path, metavar="FILE")

    feeders = sub.add_parser("feeders", help="the feeders' consumers, area and agricultural flag")
    add_db(feeders, db_help)
    actions = feeders.add_subparsers(dest="feeders_command", metavar="ACTION", required=True)
    save = actions.add_parser(
        "export", help="write every feeder to a CSV (or .xlsx) to edit and import"
    )
    add_db(save, db_help)
    save.add_argument("file", type=Path, metavar="FILE")
    take = actions.add_parser(
        "import",
        help="update feeders from a CSV (columns code,area,agricultural,consumers, optionally "
        "effective_from), matched by code; a file with any bad row changes nothing",
    )
    add_db(take, db_help)
    take.add_argument("file", type=Path, metavar="FILE")
    take.add_argument(
        "--effective",
        type=_day,
        help="the day the changes take effect, YYYY-MM-DD, not after today (default: today; "
        "a row's effective_from wins)",
    )

    dts = sub.add_parser("dts", help="each distribution transformer's consumers connected")
    add_db(dts, db_help)
    dt_actions = dts.add_subparsers(dest="dts_command", metavar="ACTION", required=True)
    save = dt_actions.add_parser("export", help="write every DT to a CSV to edit and import")
    add_db(save, db_help)
    save.add_argument("file", type=Path, metavar="FILE")
    take = dt_actions.add_parser(
        "import",
        help="update DTs' consumers connected from a CSV or .xlsx (columns feeder,dt,consumers, "
        "optionally effective_from), matched by feeder code and DT code or name; a file with "
        "any bad row changes nothing",
    )
    add_db(take, db_help)
    take.add_argument("file", type=Path, metavar="FILE")
    take.add_argument(
        "--effective",
        type=_day,
        help="the day the counts take effect, put on record with them, YYYY-MM-DD (default: "
        "today; a row's effective_from wins)",
    )

    indices = sub.add_parser(
        "indices", help="a month's reliability indices (SAIFI, SAIDI, MAIFI, CAIDI, CAIFI)"
    )
    add_db(indices, db_help)
    indices.add_argument("--month", required=True, type=_month, help="the month, YYYY-MM")
    indices.add_argument("--centre", metavar="CODE", help="one centre (default: the division)")
    indices.add_argument(
        "--sustained-over",
        type=_minutes,
        default=5.0,
        metavar="MINUTES",
        help="longer than this is sustained, this or shorter momentary (default 5, BERC; "
        "the Rules' default is 3)",
    )
    indices.add_argument(
        "--planned",
        choices=["include", "exclude"],
        default="include",
        help="count planned interruptions (default include)",
    )
    out = indices.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print one JSON object")
    out.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="FILE.pdf",
        help="write the month's Reg. 13 sheet (settings, totals, feeders worst first, the "
        "last 12 months charted) and put it on record",
    )
    indices.add_argument(
        "--lang",
        choices=["en", "hi"],
        default="en",
        help="with -o: the sheet's language (default en)",
    )
    add_user(
        indices,
        "with -o: the desk user printing it, who signs in (default: the operating-system user)",
    )


def _refused(name: str, problems: Any) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(
        f"fusecentre: {name} not imported, {len(problems)} problem(s); nothing was changed",
        file=sys.stderr,
    )
    return 1


def cmd_interruptions(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from fusecentre_app.services import interruptions
    from fusecentre_app.services.uow import CommandLine

    db = open_db(args.db)
    try:
        count = interruptions.import_interruptions(db, args.file, by=CommandLine.current())
    except interruptions.ImportRefused as exc:
        return _refused(args.file.name, exc.problems)
    finally:
        db.dispose()
    print(f"recorded {count} interruption(s) from {args.file.name}")
    return 0


def cmd_feeders(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from fusecentre_app.services import interruptions

    return _facts_file(
        args,
        args.feeders_command,
        open_db,
        interruptions.export_feeders,
        interruptions.import_feeders,
        "feeders",
        "rows without effective_from take effect from",
    )


def cmd_dts(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from fusecentre_app.services import feeder_facts

    return _facts_file(
        args,
        args.dts_command,
        open_db,
        feeder_facts.export_dts,
        feeder_facts.import_dts,
        "DTs",
        "effective from",
    )


def _facts_file(
    args: argparse.Namespace,
    command: str,
    open_db: Callable[..., Any],
    export: Callable[..., int],
    load: Callable[..., Any],
    noun: str,
    since: str,
) -> int:
    """`export FILE` or `import FILE [--effective DAY]` of the feeders' or DTs' counts."""
    from fusecentre_app.domain.timeutil import local_day, utcnow
    from fusecentre_app.services import interruptions
    from fusecentre_app.services.uow import CommandLine

    db = open_db(args.db)
    try:
        if command == "export":
            count = export(db, args.file)
            print(f"exported {count} {noun} to {args.file}")
            return 0
        day = args.effective or local_day(utcnow())
        try:
            done = load(db, args.file, by=CommandLine.current(), effective_from=day)
        except interruptions.ImportRefused as exc:
            return _refused(args.file.name, exc.problems)
    finally:
        db.dispose()
    print(f"changed {done.changed}, unchanged {done.unchanged} ({since} {day})")
    return 0


def _keys(indices: Any) -> dict[str, Any]:
    return {
        "consumers": indices.consumers,
        "saifi": round(indices.saifi, 6),
        "saidi_minutes": round(indices.saidi_minutes, 6),
        "saidi_hours": round(indices.saidi_hours, 6),
        "maifi": round(indices.maifi, 6),
        "caidi_minutes": round(indices.caidi_minutes, 6),
        "caifi": round(indices.caifi, 6),
    }


def cmd_indices(
    args: argparse.Namespace, open_db: Callable[..., Any], acting: Callable[..., Any]
) -> int:
    from fusecentre_app.domain.reliability import IndexSettings
    from fusecentre_app.services.interruptions import month_indices_of

    settings = IndexSettings(
        sustained_over_minutes=args.sustained_over, include_planned=args.planned == "include"
    )
    if args.out is not None:
        return _sheet(args, settings, open_db, acting)
    db = open_db(args.db)
    try:
        month = month_indices_of(db, args.month, centre_code=args.centre, settings=settings)
    finally:
        db.dispose()
    label = f"{args.month:%Y-%m}"
    if args.json:
        body = {
            "month": label,
            "settings": {
                "centre": args.centre.upper() if args.centre else None,
                "sustained_over_minutes": settings.sustained_over_minutes,
                "planned": args.planned,
                "agricultural_feeders": "left out of the sums; their consumers count in N_T",
            },
            "total": {
                **_keys(month.total),
                "sustained": month.total.sustained,
                "momentary": month.total.momentary,
            },
            "feeders": [
                {
                    "feeder": f.feeder,
                    **_keys(f.indices),
                    "sustained": f.indices.sustained,
                    "momentary": f.indices.momentary,
                    "agricultural": f.agricultural,
                }
                for f in month.feeders
            ],
        }
        print(json.dumps(body, ensure_ascii=False, indent=2))
        return 0
    where = args.centre.upper() if args.centre else "division"
    print(
        f"{label} {where}: sustained over {settings.sustained_over_minutes:g} min, planned "
        f"{args.planned}d; N_T {month.total.consumers}"
    )
    head = f"{'feeder':<16}{'SAIFI':>10}{'SAIDI min':>11}{'SAIDI h':>9}{'MAIFI':>9}"
    print(head + f"{'CAIDI min':>11}{'CAIFI':>8}{'sust':>6}{'mom':>5}")
    rows = [(f.feeder + (" (agri)" if f.agricultural else ""), f.indices) for f in month.feeders]
    for name, ix in [("TOTAL", month.total), *rows]:
        print(
            f"{name:<16}{ix.saifi:>10.4f}{ix.saidi_minutes:>11.2f}{ix.saidi_hours:>9.4f}"
            f"{ix.maifi:>9.4f}{ix.caidi_minutes:>11.2f}{ix.caifi:>8.3f}{ix.sustained:>6}"
            f"{ix.momentary:>5}"
        )
    return 0


def _sheet(
    args: argparse.Namespace,
    settings: IndexSettings,
    open_db: Callable[..., Any],
    acting: Callable[..., Any],
) -> int:
    """Write the Reg. 13 sheet to `--out`, and put it on record in the name of `--user` (who
    signs in) or else of the operating-system user; refused before anything is drawn when
    that person may not print for every centre the sheet covers."""
    from fusecentre_app.reports.printing import save_pdf_on_record
    from fusecentre_app.reports.reg13 import sheet_pdf
    from fusecentre_app.services.reg13 import check_may_print, gather_sheet, record_sheet

    db = open_db(args.db)
    try:
        by = acting(args, db)
        name = check_may_print(db, args.centre.upper() if args.centre else None, by)
        sheet = gather_sheet(db, args.month, centre_code=args.centre, settings=settings)
        pdf, pages = sheet_pdf(sheet, language=args.lang, made_by=name)
        try:
            save_pdf_on_record(
                pdf, args.out, lambda: record_sheet(db, sheet, pdf=pdf, pages=pages, by=by)
            )
        except OSError as exc:
            print(f"fusecentre: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
            return 1
    finally:
        db.dispose()
    total = sheet.indices.total
    where = sheet.centre_code or "division"
    print(
        f"{args.out}: Reg. 13 sheet {args.month:%Y-%m} {where}, {len(sheet.indices.feeders)} "
        f"feeders, SAIFI {total.saifi:.4f}, SAIDI {total.saidi_hours:.4f} h; {pages} page(s)"
    )
    return 0
