"""The division console's figures against a small month counted by hand: the centres' counts
and percentages, the funnel, inspections and false closures, the officers (the accountability
tab's figures, with the change from the month before), the worst feeders (the indices') and the
claims awaiting a decision as on the month's end. Work outside the month does not count."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import AuditRecord, Feeder
from fusecentre_app.domain.enums import CallbackOutcome, Channel, ContactChannel, ContactOutcome
from fusecentre_app.services import accounts, contact, inspection, lifecycle
from fusecentre_app.services.accountability import accountability
from fusecentre_app.services.claims import ClaimDraft, add_claim, decide_claim
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, record_follow_up
from fusecentre_app.services.console import (
    CONSOLE_PRINTED,
    division_console,
    record_console_print,
)
from fusecentre_app.services.errors import NotFound
from fusecentre_app.services.interruptions import (
    InterruptionDraft,
    month_indices_of,
    record_interruption,
)
from fusecentre_app.services.settings import INSPECTIONS_PER_MONTH, set_setting
from fusecentre_app.services.uow import CommandLine
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD

T0 = datetime(2026, 6, 1, 3, 30, tzinfo=UTC)  # 2026-06-01 09:00 IST
JUNE = date(2026, 6, 1)
AFTER = datetime(2026, 7, 15, 6, 0, tzinfo=UTC)  # the console drawn after the month


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def month(db, centre, clerk, supervisor):  # type: ignore[no-untyped-def]
    return build_month(db, centre, clerk, supervisor)


def build_month(db, centre, clerk, supervisor):  # type: ignore[no-untyped-def]
    """June at Buxar: five complaints (A to E), one follow-up, an inspection, two
    interruptions; one complaint at the end of May; three claims."""
    with db.read() as s:
        feeder = s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-01"))

    def log(minutes: float, n: int, channel: Channel = Channel.PHONE) -> int:
        draft = ComplaintDraft(
            caller_mobile=f"98350{n:05d}",
            locality="Thatheri Bazar",
            feeder_id=feeder,
            type_code="FUSE_OFF",
            channel=channel,
        )
        return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=_at(minutes)).id

    user = clerk.id
    # F: received on 31 May, never put right: the lineman's breach in May, not in June.
    f = log(-21 * 60, 9)
    a, b, c, d = (log(m, n) for n, m in enumerate((0, 10, 20, 30)))
    e = log(40, 5, Channel.HELPLINE_1912)
    people = contact.responsible_for(db, a)
    lineman, other = people[0], people[1]
    lifecycle.assign(db, f, lineman.id, user_id=user, now=_at(-21 * 60 + 5))
    # A: restored in 95 minutes (SoP 4 h), verified by the consumer.
    lifecycle.assign(db, a, lineman.id, user_id=user, now=_at(5))
    lifecycle.attend(db, a, user_id=user, now=_at(35))
    lifecycle.resolve(db, a, "fuse replaced", user_id=user, now=_at(95))
    lifecycle.record_callback(db, a, CallbackOutcome.RESTORED, user_id=user, now=_at(100))
    # B: resolved 6 h after receipt, then "not restored": reopened, and past its deadline.
    lifecycle.assign(db, b, lineman.id, user_id=user, now=_at(15))
    lifecycle.resolve(db, b, "fuse replaced", user_id=user, now=_at(370))
    lifecycle.record_callback(db, b, CallbackOutcome.NOT_RESTORED, user_id=user, now=_at(380))
    # C: the other officer's, never put right; the consumer calls again.
    lifecycle.assign(db, c, other.id, user_id=user, now=_at(21))
    record_follow_up(db, c, user_id=user, now=_at(300))
    # D: a duplicate, cancelled.
    lifecycle.cancel(db, d, "duplicate of A", user_id=supervisor.id, now=_at(45))
    # E: from 1912, restored in time, the consumer unreachable three times: closed unverified.
    lifecycle.assign(db, e, lineman.id, user_id=user, now=_at(45))
    lifecycle.resolve(db, e, "fuse replaced", user_id=user, now=_at(160))
    for n in range(3):
        lifecycle.record_callback(
            db, e, CallbackOutcome.UNREACHABLE, user_id=user, now=_at(170 + 40 * n)
        )
    # The other officer does not answer once in June.
    attempt = contact.record_attempt(
        db,
        centre_id=centre.id,
        officer_id=other.id,
        channel=ContactChannel.CALL,
        number=other.mobile,
        complaint_id=c,
        user_id=user,
        now=_at(50),
    )
    contact.record_outcome(db, attempt.id, ContactOutcome.NO_ANSWER, user_id=user, now=_at(51))

    ee = accounts.create_user(
        db,
        username="ee",
        full_name="A. N. Sinha",
        password=PASSWORD,
        centre_id=None,
        role="inspector",
    )
    # An inspection of 1 June: A's consumer says supply was never restored (a false closure).
    done = inspection.start_inspection(
        db, "BXR", JUNE, inspector_id=ee.id, sample_size=5, seed=1, now=_at(26 * 60)
    )
    said = {a: "not_restored", e: "confirmed"}
    assert {line.complaint_id for line in done.sample} == set(said)
    for line in done.sample:
        inspection.record_sample(
            db, line.id, said[line.complaint_id], user_id=ee.id, now=_at(26 * 60 + 5)
        )
    inspection.finish_inspection(db, done.id, "one false closure", user_id=ee.id, now=_at(27 * 60))
    # Another opened but never finished: not done.
    inspection.start_inspection(
        db, "BXR", JUNE, inspector_id=ee.id, sample_size=1, seed=2, now=_at(28 * 60)
    )

    by = CommandLine("test")
    record_interruption(
        db,
        InterruptionDraft("F-BXR-01", _at(600), _at(660), consumers_affected=1000),
        by=by,
    )
    record_interruption(db, InterruptionDraft("F-BXR-02", _at(700), _at(702)), by=by)
    record_interruption(  # May's: not in June's indices
        db, InterruptionDraft("F-BXR-03", _at(-2 * 24 * 60), _at(-2 * 24 * 60 + 90)), by=by
    )

    overdue = add_claim(db, ClaimDraft(date(2026, 5, 1), "post", "Ram Pravesh Yadav"), by=ee.id)
    waiting = add_claim(db, ClaimDraft(date(2026, 6, 20), "hand", "Sunita Devi"), by=ee.id)
    decided = add_claim(db, ClaimDraft(date(2026, 5, 5), "hand", "Mohammad Irfan"), by=ee.id)
    decide_claim(db, decided, by=ee.id, refusal="no complaint", decided_on=date(2026, 6, 10))
    return {
        "ids": dict(a=a, b=b, c=c, d=d, e=e, f=f),
        "lineman": lineman,
        "other": other,
        "claims": (overdue, waiting, decided),
        "ee": ee,
    }


def test_the_centres_figures_counted_by_hand(db, centre, month) -> None:  # type: ignore[no-untyped-def]
    console = division_console(db, JUNE, now=AFTER)
    assert [c.code for c in console.centres] == ["BXR", "DMR"]
    bxr, dmr = console.centres
    assert bxr.received == 5  # A to E; F was May's
    assert bxr.pending == 2  # B reopened, C assigned; A and E closed, D cancelled
    assert bxr.overdue == 2  # B (reopened: not restored) and C
    assert bxr.sop_met == 2 and bxr.sop_met_percent == 50.0  # A and E
    assert (bxr.callbacks_verified, bxr.callbacks_closed) == (1, 2)  # A of A and E
    assert bxr.callbacks_verified_percent == 50.0
    assert bxr.false_closures == 1
    assert (bxr.inspections_done, bxr.inspections_required) == (1, 4)
    # A in 95 minutes, E in 120: the median of the two.
    assert bxr.median_hours_by_type == {"FUSE_OFF": pytest.approx((95 + 120) / 2 / 60)}
    assert [t.code for t in console.types] == ["FUSE_OFF"]
    assert dmr.received == 0 and dmr.sop_met_percent is None
    assert dmr.callbacks_verified_percent is None

    bxr_funnel, dmr_funnel, total = console.funnels
    assert (bxr_funnel.complaints, bxr_funnel.follow_ups, bxr_funnel.forwarded_1912) == (5, 1, 1)
    assert bxr_funnel.calls == 6 and total.calls == 6 and total.centre_code is None
    assert dmr_funnel.calls == 0

    set_setting(db, INSPECTIONS_PER_MONTH, 2, by=CommandLine("test"))
    assert division_console(db, JUNE, now=AFTER).centres[0].inspections_required == 2


def test_may_seen_from_its_own_end(db, centre, month) -> None:  # type: ignore[no-untyped-def]
    may = division_console(db, date(2026, 5, 20), centre_code="bxr", now=AFTER)
    assert may.month == date(2026, 5, 1) and may.centre_code == "BXR"
    (bxr,) = may.centres
    assert (bxr.received, bxr.pending, bxr.overdue, bxr.sop_met) == (1, 1, 1, 0)
    assert len(may.funnels) == 1 and may.total_funnel.complaints == 1
    assert may.as_of == datetime(2026, 5, 31, 18, 30, tzinfo=UTC)  # the end of 31 May, IST


def test_the_officers_agree_with_the_accountability_tab(db, centre, month) -> None:  # type: ignore[no-untyped-def]
    console = division_console(db, JUNE, now=AFTER)
    june = accountability(db, centre.id, date(2026, 6, 1), date(2026, 6, 30), now=AFTER)
    may = {
        r.officer_id: r
        for r in accountability(db, centre.id, date(2026, 5, 1), date(2026, 5, 31), now=AFTER)
    }
    shown = [
        (o.officer_id, o.assigned, o.breaches, o.unanswered, o.reopened) for o in console.officers
    ]
    tab = [
        (r.officer_id, r.assigned, r.sop_breaches, r.unanswered_attempts, r.reopened) for r in june
    ]
    assert shown == tab  # the same officers, in the same order, with the same figures
    by_id = {o.officer_id: o for o in console.officers}
    lineman, other = by_id[month["lineman"].id], by_id[month["other"].id]
    # Counted by hand: the lineman had A, B, E in June (B breached and reopened) and F in May
    # (breached); the other officer C (breached) and one unanswered call.
    assert (lineman.assigned, lineman.breaches, lineman.reopened) == (3, 1, 1)
    assert (other.assigned, other.breaches, other.unanswered) == (1, 1, 1)
    assert may[month["lineman"].id].sop_breaches == 1
    assert lineman.breaches_change == 0 and lineman.reopened_change == 1
    assert other.breaches_change == 1 and other.unanswered_change == 1
    assert all(o.centre_code == "BXR" for o in console.officers)


def test_the_worst_feeders_are_the_indices(db, month) -> None:  # type: ignore[no-untyped-def]
    console = division_console(db, JUNE, now=AFTER)
    indices = {f.feeder: f.indices for f in month_indices_of(db, JUNE).feeders}
    # A 2-minute trip on F-BXR-02 is momentary: no SAIFI or SAIDI, so not among the worst.
    assert [f.feeder for f in console.feeders] == ["F-BXR-01"]
    assert indices["F-BXR-02"].momentary == 1 and indices["F-BXR-02"].saifi == 0
    (one,) = console.feeders
    with db.read() as s:
        consumers = s.scalar(select(Feeder.consumers).where(Feeder.code == "F-BXR-01"))
    assert one.saifi == pytest.approx(1000 / consumers) == indices["F-BXR-01"].saifi
    assert one.saidi_minutes == pytest.approx(60 * 1000 / consumers)
    assert (one.saifi_rank, one.saidi_rank) == (1, 1)
    # One centre's console: its own feeders' indices.
    dumraon = division_console(db, JUNE, centre_code="DMR", now=AFTER)
    assert dumraon.feeders == ()


def test_the_claims_pending_as_on_the_months_end(db, month) -> None:  # type: ignore[no-untyped-def]
    overdue, waiting, decided = month["claims"]
    june = division_console(db, JUNE, now=AFTER)
    assert [(c.id, c.overdue) for c in june.claims] == [(overdue, True), (waiting, False)]
    assert june.overdue_claims == 1
    may = division_console(db, date(2026, 5, 1), now=AFTER)
    # On 31 May the refused claim was still waiting, and neither was yet past its 30 days.
    assert [(c.id, c.overdue, c.decision) for c in may.claims] == [
        (overdue, False, None),
        (decided, False, None),
    ]
    # A centre's console shows the claims about its complaints only; these name none.
    assert division_console(db, JUNE, centre_code="BXR", now=AFTER).claims == ()


def test_a_printed_console_is_on_record(db, month) -> None:  # type: ignore[no-untyped-def]
    console = division_console(db, JUNE, now=AFTER)
    record = record_console_print(db, console, pdf=b"%PDF-1.4 x", pages=2, by=month["ee"].id)
    with db.read() as s:
        row = s.get(AuditRecord, record)
    assert row is not None and row.kind == CONSOLE_PRINTED and row.user_id == month["ee"].id
    assert row.data["month"] == "2026-06" and row.data["pages"] == 2
    assert verify_store(db).ok


def test_an_unknown_centre_is_refused(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match="no centre XYZ"):
        division_console(db, JUNE, centre_code="xyz")


def test_the_same_month_on_postgresql(pg) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services import masterdata

    masterdata.load_division(pg)
    centre = masterdata.centre_by_code(pg, "BXR")
    clerk = accounts.create_user(
        pg, username="asha", full_name="Asha", password=PASSWORD, centre_id=centre.id
    )
    supervisor = accounts.create_user(
        pg,
        username="mukesh",
        full_name="Mukesh Singh",
        password=PASSWORD,
        centre_id=centre.id,
        role="supervisor",
    )
    facts = build_month(pg, centre, clerk, supervisor)
    console = division_console(pg, JUNE, now=AFTER)
    bxr = console.centres[0]
    assert (bxr.received, bxr.pending, bxr.overdue, bxr.sop_met) == (5, 2, 2, 2)
    assert (bxr.callbacks_verified, bxr.callbacks_closed, bxr.false_closures) == (1, 2, 1)
    assert console.total_funnel.calls == 6 and console.total_funnel.forwarded_1912 == 1
    june = accountability(pg, centre.id, date(2026, 6, 1), date(2026, 6, 30), now=AFTER)
    assert [(o.officer_id, o.breaches) for o in console.officers] == [
        (r.officer_id, r.sop_breaches) for r in june
    ]
    assert [c.overdue for c in console.claims] == [True, False]
    assert [f.feeder for f in console.feeders] == ["F-BXR-01"]
    assert facts["lineman"].id in {o.officer_id for o in console.officers}
