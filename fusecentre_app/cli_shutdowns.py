"""The command line's register of planned shutdowns (`fusecentre shutdowns add|list`): the
office registers a shutdown it has planned, with how notice was given, and lists a centre's
or the division's month. `cli` registers them."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

AddDb = Callable[[argparse.ArgumentParser, str], None]


def _local_time(text: str) -> datetime:
    from fusecentre_app.domain.timeutil import LOCAL_TZ

    try:
        return datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=LOCAL_TZ)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a time as YYYY-MM-DD HH:MM (India time), got {text!r}"
        ) from None


def _month(text: str) -> date:
    try:
        return datetime.strptime(text, "%Y-%m").date()
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a month as YYYY-MM, got {text!r}") from None


def add_parsers(sub: Any, db_help: str, add_db: AddDb) -> None:
    register = sub.add_parser("shutdowns", help="the register of planned shutdowns")
    add_db(register, db_help)
    verbs = register.add_subparsers(dest="shutdowns_command", metavar="ACTION", required=True)
    add = verbs.add_parser(
        "add",
        help="register a planned shutdown of a feeder (and its interruption); one of more "
        "than 10 hours in a day or ending after 18:00 is flagged (BERC Reg. 13(2))",
    )
    add_db(add, db_help)
    add.add_argument("--feeder", required=True, metavar="CODE", help="the feeder's code")
    add.add_argument(
        "--from",
        dest="start",
        required=True,
        type=_local_time,
        metavar="TIME",
        help="YYYY-MM-DD HH:MM",
    )
    add.add_argument(
        "--to", dest="end", required=True, type=_local_time, metavar="TIME", help="YYYY-MM-DD HH:MM"
    )
    add.add_argument("--reason", required=True, help="the work the feeder is off for")
    add.add_argument(
        "--notice",
        required=True,
        help="how the consumers were told: newspaper, sms, loudspeaker, …",
    )
    add.add_argument("--user", help="the desk user registering it, who signs in")
    add.add_argument(
        "--password-stdin",
        action="store_true",
        help="read the user's password from standard input (else it is asked for)",
    )
    listing = verbs.add_parser("list", help="list the register")
    add_db(listing, db_help)
    listing.add_argument("--centre", metavar="CODE", help="one centre (default: the division)")
    listing.add_argument("--month", type=_month, help="those in one month, YYYY-MM")


def _flags(info: Any) -> str:
    words = []
    for flag in info.flags:
        why = []
        if flag.too_long:
            why.append(f"{flag.hours:g} h")
        if flag.after_six:
            why.append("after 18:00")
        words.append(f"{flag.day:%d-%m-%Y} " + " and ".join(why))
    return "; ".join(words)


def cmd_shutdowns(args: argparse.Namespace, open_db: Callable[..., Any]) -> int:
    from fusecentre_app.domain.timeutil import format_local
    from fusecentre_app.services import shutdowns
    from fusecentre_app.services.uow import CommandLine, Who

    db = open_db(args.db)
    try:
        if args.shutdowns_command == "list":
            found = shutdowns.list_shutdowns(db, centre_code=args.centre, month=args.month)
            for s in found:
                flag = _flags(s)
                print(
                    f"{s.id:>4}  {s.centre_code:<4} {s.feeder_code:<12} "
                    f"{format_local(s.start)} to {format_local(s.end)}  {s.reason} "
                    f"(notice: {s.notice})" + (f"  FLAGGED Reg. 13(2): {flag}" if flag else "")
                )
            flagged = sum(1 for s in found if s.flagged)
            print(f"{len(found)} planned shutdown(s), {flagged} flagged under BERC Reg. 13(2)")
            return 0
        by: Who = CommandLine.current()
        if args.user:
            from fusecentre_app.cli import _password
            from fusecentre_app.services.auth import authenticate

            by = authenticate(db, args.user, _password(args, confirm=False)).id
        draft = shutdowns.ShutdownDraft(args.feeder, args.start, args.end, args.reason, args.notice)
        info = shutdowns.register_shutdown(db, draft, by=by)
    finally:
        db.dispose()
    print(
        f"shutdown {info.id}: {info.feeder_code} from {format_local(info.start)} to "
        f"{info.restoration} (interruption {info.interruption_id})"
    )
    if info.flagged:
        print(f"flagged under BERC Reg. 13(2): {_flags(info)}")
    return 0
