"""The command line's claims register: `fusecentre claims list [--overdue]`, `claims add` (a
claim as received) and `claims decide ID` (an amount, or refused with a reason, and the
officers the award is recovered from). `cli` registers them and says who is acting: a desk
user who signs in with `--user`, or else the command line's operating-system user.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from typing import Any

AddDb = Callable[[argparse.ArgumentParser, str], None]
AddUser = Callable[[argparse.ArgumentParser, str], None]


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a date as YYYY-MM-DD, got {text!r}") from None


def _rupees(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected whole rupees, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError("an amount cannot be negative")
    return value


def _share(text: str) -> tuple[str, int | None]:
    employee_id, sep, share = text.partition(":")
    if not employee_id.strip() or (sep and not share.strip()):
        raise argparse.ArgumentTypeError(f"expected EMPLOYEE_ID or EMPLOYEE_ID:SHARE, got {text!r}")
    return employee_id.strip().upper(), _rupees(share) if sep else None


def add_parsers(sub: Any, db_help: str, add_db: AddDb, add_user: AddUser) -> None:
    claims = sub.add_parser("claims", help="the EE's register of consumers' compensation claims")
    add_db(claims, db_help)
    verbs = claims.add_subparsers(dest="claims_command", metavar="ACTION", required=True)
    listing = verbs.add_parser("list", help="every claim, oldest first, with the desk's liability")
    add_db(listing, db_help)
    listing.add_argument(
        "--overdue", action="store_true", help="only claims undecided after their 30 days"
    )

    add = verbs.add_parser("add", help="a claim received from a consumer")
    add_db(add, db_help)
    add.add_argument("--received", required=True, type=_day, help="the day received, YYYY-MM-DD")
    add.add_argument("--by", required=True, choices=["hand", "post"], help="how it came")
    add.add_argument("--consumer", required=True, help="the consumer's name")
    add.add_argument("--consumer-number", default="", help="the consumer (account) number")
    add.add_argument("--mobile", help="the consumer's mobile")
    add.add_argument("--docket", help="the complaint docket the claim is about")
    add.add_argument("--amount", type=_rupees, help="the amount claimed, in rupees")
    add_user(add, "the desk user recording it, who signs in (default: the operating-system user)")

    decide = verbs.add_parser("decide", help="decide a claim: an amount, or refused with a reason")
    add_db(decide, db_help)
    decide.add_argument("id", type=int, metavar="ID", help="the claim's number in the register")
    how = decide.add_mutually_exclusive_group(required=True)
    how.add_argument("--amount", type=_rupees, help="the compensation awarded, in rupees")
    how.add_argument("--refuse", metavar="REASON", help="refuse the claim, with the reason")
    decide.add_argument(
        "--recover-from",
        type=_share,
        action="append",
        default=[],
        metavar="EMPLOYEE_ID[:SHARE]",
        help="an officer the award is recovered from, with the rupees of their share (none "
        "given: split equally); repeat for each",
    )
    decide.add_argument("--on", type=_day, help="the day decided, YYYY-MM-DD (default: today)")
    add_user(decide, "the desk user deciding it, who signs in (default: the operating-system user)")


def _money(value: int | None) -> str:
    return "-" if value is None else f"Rs {value}"


def _state(line: Any) -> str:
    if line.decision is None:
        return f"OVERDUE (due {line.due_on})" if line.overdue else f"due {line.due_on}"
    late = f", LATE (due {line.due_on})" if line.late else ""
    if line.decision.value == "refused":
        return f"refused {line.decided_on}{late}: {line.refusal_reason}"
    shares = ", ".join(f"{s.employee_id} Rs {s.amount}" for s in line.recovered_from)
    recovered = f"; recovered from {shares}" if shares else ""
    return f"awarded Rs {line.amount_awarded} on {line.decided_on}{late}{recovered}"


def cmd_claims(
    args: argparse.Namespace, open_db: Callable[..., Any], who_of: Callable[..., Any]
) -> int:
    from fusecentre_app.domain.claims import decision_due
    from fusecentre_app.services import claims

    db = open_db(args.db)
    try:
        if args.claims_command == "list":
            lines = claims.claims_register(db, overdue_only=args.overdue)
            for line in lines:
                about = line.docket or "no docket"
                print(
                    f"{line.id:>4} {line.received_on} {line.received_by.value:<4} "
                    f"{line.consumer_name} ({about}): claimed {_money(line.amount_claimed)}, "
                    f"desk liability {_money(line.desk_liability)}; {_state(line)}"
                )
            which = "overdue claim(s)" if args.overdue else "claim(s)"
            print(f"{len(lines)} {which}")
            return 0
        who = who_of(args, db)
        if args.claims_command == "add":
            draft = claims.ClaimDraft(
                received_on=args.received,
                received_by=args.by,
                consumer_name=args.consumer,
                consumer_number=args.consumer_number,
                mobile=args.mobile,
                docket=args.docket,
                amount_claimed=args.amount,
            )
            claim_id = claims.add_claim(db, draft, by=who)
            print(f"claim {claim_id} recorded; to be decided by {decision_due(args.received)}")
            return 0
        line = claims.decide_claim(
            db,
            args.id,
            by=who,
            amount=args.amount,
            refusal=args.refuse,
            recover_from=args.recover_from,
            decided_on=args.on,
        )
        print(f"claim {line.id} {_state(line)}")
        return 0
    finally:
        db.dispose()
