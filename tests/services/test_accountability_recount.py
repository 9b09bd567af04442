"""Officer accountability against a plain recount: a few demo days plus complaints moved by
the services (a mis-click reversed, a reassignment, a reopening, calls not answered), every
event read whole through the ORM and the rules of `services.accountability` applied to it
directly. Each officer's figures must come out the same, for each day and for the whole
range, on SQLite and on PostgreSQL."""

from __future__ import annotations

import statistics
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint, ComplaintEvent, ContactAttempt, Feeder, Officer
from fusecentre_app.demo import build_demo
from fusecentre_app.domain.enums import CallbackOutcome, ContactChannel, ContactOutcome
from fusecentre_app.domain.timeutil import local_day_bounds
from fusecentre_app.services import accounts, contact, lifecycle, masterdata
from fusecentre_app.services.accountability import accountability
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.corrections import reverse_last_action
from tests.conftest import PASSWORD

END = datetime(2026, 6, 3, 14, 30, tzinfo=UTC)  # 20:00 IST on 3 June: the demo's last moment
DAYS = [date(2026, 6, d) for d in (1, 2, 3, 4)]  # 4 June: deadlines of the evening's calls
NOW = datetime(2026, 6, 10, 6, 0, tzinfo=UTC)


def _at(minutes: float) -> datetime:
    return END + timedelta(minutes=minutes)


@dataclass
class Counted:
    assigned: int = 0
    attend: list[float] = field(default_factory=list)
    resolve: list[float] = field(default_factory=list)
    breaches: int = 0
    unanswered: int = 0
    reopened: int = 0


def _recount(db: Database, centre_id: int, first: date, last: date) -> dict[int, Counted]:
    """Every complaint of the centre walked from its first event, with nothing left unread."""
    start, end = local_day_bounds(first)[0], local_day_bounds(last)[1]
    counted: defaultdict[int, Counted] = defaultdict(Counted)
    with db.read() as s:
        officers = set(s.scalars(select(Officer.id)))
        complaints = s.scalars(select(Complaint).where(Complaint.centre_id == centre_id)).all()
        history: defaultdict[int, list[ComplaintEvent]] = defaultdict(list)
        for event in s.scalars(select(ComplaintEvent).order_by(ComplaintEvent.id)):
            history[event.complaint_id].append(event)
        attempts = s.scalars(
            select(ContactAttempt).where(ContactAttempt.centre_id == centre_id)
        ).all()
        for c in complaints:
            events = history[c.id]
            undone = {i for e in events if e.kind == "reversed" for i in e.data["reverses"]}
            live = [e for e in events if e.kind != "reversed" and e.id not in undone]
            assignee: int | None = None
            assigned_at: datetime | None = None
            resolver: int | None = None
            for e in live:
                inside = start <= e.at < end
                named = e.data.get("officer_id")
                if e.kind == "assigned":
                    assignee, assigned_at = named, e.at
                    if inside and assignee in officers:
                        counted[assignee].assigned += 1
                elif e.kind == "attended":
                    who = named or assignee
                    if inside and who in officers and assigned_at is not None:
                        counted[who].attend.append((e.at - assigned_at).total_seconds() / 60)
                elif e.kind == "resolved":
                    resolver = named or assignee
                    if inside and resolver in officers:
                        minutes = (e.at - c.received_at).total_seconds() / 60
                        counted[resolver].resolve.append(minutes)
                elif e.kind == "reopened" and inside and resolver in officers:
                    counted[resolver].reopened += 1
            if start <= c.sop_due_at < min(end, NOW):
                holder: int | None = None
                done = False
                for e in live:
                    if e.at > c.sop_due_at:
                        break
                    if e.kind == "assigned":
                        holder = e.data.get("officer_id")
                    elif e.kind in ("resolved", "cancelled"):
                        done = True
                    elif e.kind == "reopened":
                        done = False
                if not done and holder in officers:
                    counted[holder].breaches += 1  # type: ignore[index]
        for a in attempts:
            unanswered = a.outcome in {o.value for o in ContactOutcome if o.unanswered}
            if start <= a.at < end and unanswered and a.officer_id in officers:
                counted[a.officer_id].unanswered += 1
    return {k: v for k, v in counted.items() if v != Counted()}


def _build(db: Database) -> tuple[int, int]:
    """Three demo days, then the evening of the third at Buxar moved through the services."""
    build_demo(db, days=3, per_day=30, seed=11, end=END)
    centre = masterdata.centre_by_code(db, "BXR")
    user = accounts.create_user(
        db, username="recount", full_name="Asha", password=PASSWORD, centre_id=centre.id
    ).id
    with db.read() as s:
        feeder = s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-01"))

    def log(minutes: float, n: int) -> int:
        draft = ComplaintDraft(
            caller_mobile=f"98351{n:05d}",
            locality="Thatheri Bazar",
            feeder_id=feeder,
            type_code="FUSE_OFF",
        )
        return log_complaint(db, draft, centre_id=centre.id, user_id=user, now=_at(minutes)).id

    a, b, c = log(1, 1), log(2, 2), log(3, 3)
    lineman, other = (o.id for o in contact.responsible_for(db, a)[:2])
    # A: resolved by mistake and put right, then resolved for real.
    lifecycle.assign(db, a, lineman, user_id=user, now=_at(4))
    lifecycle.attend(db, a, user_id=user, now=_at(10))
    lifecycle.resolve(db, a, "fuse replaced", user_id=user, now=_at(30))
    reverse_last_action(db, a, "resolved the wrong one", user_id=user, now=_at(31))
    lifecycle.resolve(db, a, "fuse replaced", user_id=user, now=_at(45))
    # B: given to the wrong officer, put right, given to the other, who attends and stays
    # on it past the deadline (4 June).
    lifecycle.assign(db, b, lineman, user_id=user, now=_at(5))
    reverse_last_action(db, b, "wrong officer", user_id=user, now=_at(6))
    lifecycle.assign(db, b, other, user_id=user, now=_at(7))
    lifecycle.attend(db, b, user_id=user, now=_at(25))
    # C: resolved by the other officer; the consumer says it is not restored.
    lifecycle.assign(db, c, other, user_id=user, now=_at(8))
    lifecycle.resolve(db, c, "fuse replaced", user_id=user, now=_at(50))
    lifecycle.record_callback(db, c, CallbackOutcome.NOT_RESTORED, user_id=user, now=_at(60))
    for minute, who, outcome in (
        (11, other, ContactOutcome.NO_ANSWER),
        (13, other, ContactOutcome.SWITCHED_OFF),
        (15, lineman, ContactOutcome.ANSWERED),
    ):
        attempt = contact.record_attempt(
            db,
            centre_id=centre.id,
            officer_id=who,
            channel=ContactChannel.CALL,
            number="9835000000",
            complaint_id=c,
            user_id=user,
            now=_at(minute),
        )
        contact.record_outcome(db, attempt.id, outcome, user_id=user, now=_at(minute + 1))
    return centre.id, lineman


def _check(db: Database) -> None:
    bxr, lineman = _build(db)
    ranges = [(d, d) for d in DAYS] + [(DAYS[0], DAYS[-1])]
    totals = Counted()
    for centre in masterdata.list_centres(db):
        for first, last in ranges:
            expected = _recount(db, centre.id, first, last)
            found = accountability(db, centre.id, first, last, now=NOW)
            got = {
                r.officer_id: Counted(
                    r.assigned,
                    sorted(r.attend_minutes),
                    sorted(r.resolve_minutes),
                    r.sop_breaches,
                    r.unanswered_attempts,
                    r.reopened,
                )
                for r in found
            }
            for figures in expected.values():
                figures.attend.sort()
                figures.resolve.sort()
            assert got == expected, (centre.code, first, last)
            for r in found:
                assert r.median_attend_minutes == (
                    statistics.median(r.attend_minutes) if r.attend_minutes else None
                )
            order = [(-r.sop_breaches, -r.unanswered_attempts, -r.reopened) for r in found]
            assert order == sorted(order), "worst first"
            if (first, last) == ranges[-1]:
                for f in expected.values():
                    totals.assigned += f.assigned
                    totals.attend += f.attend
                    totals.resolve += f.resolve
                    totals.breaches += f.breaches
                    totals.unanswered += f.unanswered
                    totals.reopened += f.reopened
                if centre.id == bxr:
                    # The reversed resolution at 30 minutes counts for no one; the real one
                    # does (received at 20:01, resolved at 20:45).
                    assert 44.0 in expected[lineman].resolve
    # Every figure has something in it, so a changed rule shows.
    assert totals.assigned and totals.attend and totals.resolve
    assert totals.breaches and totals.unanswered == 2 and totals.reopened


def test_the_figures_are_a_plain_recount(empty_db: Database) -> None:
    _check(empty_db)


def test_the_figures_are_a_plain_recount_on_postgresql(pg: Database) -> None:
    _check(pg)
