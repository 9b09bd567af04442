"""The negligence case file's facts: each one found in the records it names, the figures the
same as the accountability table's, and the register digests those of the register's code."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import ComplaintEvent, Feeder, RegisterPrint
from fusecentre_app.domain.enums import CallbackOutcome, ContactChannel, ContactOutcome
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.services import accounts, contact, inspection, lifecycle
from fusecentre_app.services.accountability import accountability
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import NotFound, NotPermitted, ValidationError
from fusecentre_app.services.negligence import gather_file, pdf_digest, record_file
from fusecentre_app.services.register_check import register_digest
from fusecentre_app.services.register_day import current_cut
from tests.conftest import PASSWORD

T0 = datetime(2026, 6, 1, 3, 30, tzinfo=UTC)  # 09:00 IST
DAY = date(2026, 6, 1)
END_OF_DAY = datetime(2026, 6, 1, 18, 0, tzinfo=UTC)


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@pytest.fixture
def scene(db, centre, clerk):  # type: ignore[no-untyped-def]
    """The accountability test's day: the lineman late once and reopened once; the other
    officer holding a complaint past its deadline and not answering three calls."""
    with db.read() as s:
        feeder = s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-01"))

    def log(minutes: float, n: int) -> int:
        draft = ComplaintDraft(
            caller_mobile=f"98350{n:05d}",
            locality="Thatheri Bazar",
            feeder_id=feeder,
            type_code="FUSE_OFF",
        )
        return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=_at(minutes)).id

    a, b, c, d = (log(m, n) for n, m in enumerate((0, 10, 20, 30)))
    lineman, other = contact.responsible_for(db, a)[:2]
    user = clerk.id
    lifecycle.assign(db, a, lineman.id, user_id=user, now=_at(5))
    lifecycle.attend(db, a, user_id=user, now=_at(35))
    lifecycle.resolve(db, a, "fuse replaced", user_id=user, now=_at(95))
    lifecycle.record_callback(db, a, CallbackOutcome.RESTORED, user_id=user, now=_at(100))
    lifecycle.assign(db, b, lineman.id, user_id=user, now=_at(15))
    lifecycle.attend(db, b, user_id=user, now=_at(25))
    lifecycle.resolve(db, b, "fuse replaced", user_id=user, now=_at(370))  # 2 h late
    lifecycle.record_callback(db, b, CallbackOutcome.NOT_RESTORED, user_id=user, now=_at(380))
    lifecycle.assign(db, c, other.id, user_id=user, now=_at(21))  # never put right
    for minute, who, outcome in (
        (31, other, ContactOutcome.NO_ANSWER),
        (33, other, ContactOutcome.NO_ANSWER),
        (35, other, ContactOutcome.BUSY),
        (37, lineman, ContactOutcome.ANSWERED),
    ):
        attempt = contact.record_attempt(
            db,
            centre_id=centre.id,
            officer_id=who.id,
            channel=ContactChannel.CALL,
            number=who.mobile,
            complaint_id=d,
            user_id=user,
            now=_at(minute),
        )
        contact.record_outcome(db, attempt.id, outcome, user_id=user, now=_at(minute + 1))
    lifecycle.assign(db, d, lineman.id, user_id=user, now=_at(24 * 60))  # the next day
    return {"a": a, "b": b, "c": c, "d": d, "lineman": lineman, "other": other}


def _event(db, event_id: int) -> ComplaintEvent:  # type: ignore[no-untyped-def]
    with db.read() as s:
        found = s.get(ComplaintEvent, event_id)
        assert found is not None
        s.expunge(found)
        return found


def test_the_lineman_late_once_and_reopened_once(db, centre, scene) -> None:  # type: ignore[no-untyped-def]
    lineman = scene["lineman"]
    case = gather_file(db, lineman.employee_id, DAY, DAY, now=END_OF_DAY)
    assert case.officer.id == lineman.id and case.centre.code == "BXR"
    assert "F-BXR-01" in " ".join(case.officer.feeders)
    # Every complaint assigned in the period, by its `assigned` event; D's next-day one is out.
    assert [a.complaint.id for a in case.assignments] == [scene["a"], scene["b"]]
    for a in case.assignments:
        e = _event(db, a.event_id)
        assert (e.kind, e.complaint_id, e.data["officer_id"]) == (
            "assigned",
            a.complaint.id,
            lineman.id,
        )
        assert a.resolved_event_id is not None
        assert _event(db, a.resolved_event_id).kind == "resolved"
    # B: due 4 h after receipt at minute 10, resolved at minute 370: 2.0 hours late.
    (breach,) = case.breaches
    assert breach.complaint.id == scene["b"] and breach.hours_late == pytest.approx(2.0)
    assert breach.holder_event_id == case.assignments[1].event_id
    assert breach.put_right_at == _at(370)
    assert _event(db, breach.put_right_event_id).kind == "resolved"
    # B reopened by the consumer's callback, which contradicted the lineman's resolution.
    (reopened,) = case.reopenings
    assert reopened.complaint.id == scene["b"] and reopened.contradicted_by == "callback"
    callback = _event(db, reopened.contradicted_by_event_id)
    assert callback.kind == "callback" and callback.data["outcome"] == "not_restored"
    assert _event(db, reopened.reopened_event_id).kind == "reopened"
    assert case.contradicted == 1
    # The one call to the lineman was answered, and it is in D's hash chain.
    (call,) = case.contacts
    assert call.outcome == "answered" and not call.unanswered and case.unanswered == 0
    assert call.complaint is not None and call.complaint.id == scene["d"]
    assert _event(db, call.event_id).data["attempt_id"] == call.attempt_id
    assert _event(db, call.outcome_event_id).kind == "contact_outcome"
    # The figures are the accountability table's.
    (mine,) = [
        r
        for r in accountability(db, centre.id, DAY, DAY, now=END_OF_DAY)
        if r.officer_id == lineman.id
    ]
    assert (mine.assigned, mine.sop_breaches, mine.reopened, mine.unanswered_attempts) == (
        len(case.assignments),
        len(case.breaches),
        len(case.reopenings),
        case.unanswered,
    )


def test_the_other_officer_holding_a_complaint_and_not_answering(db, centre, scene) -> None:  # type: ignore[no-untyped-def]
    other = scene["other"]
    case = gather_file(db, other.mobile, DAY, DAY, now=END_OF_DAY)  # found by mobile too
    assert case.officer.id == other.id
    (breach,) = case.breaches
    assert breach.complaint.id == scene["c"] and breach.put_right_at is None
    due = _at(20 + 4 * 60)
    assert breach.due_at == due
    assert breach.hours_late == pytest.approx((END_OF_DAY - due).total_seconds() / 3600)
    assert case.hours_late == pytest.approx(breach.hours_late)
    assert [c.outcome for c in case.contacts] == ["no_answer", "no_answer", "busy"]
    assert case.unanswered == 3 and not case.reopenings
    (theirs,) = [
        r
        for r in accountability(db, centre.id, DAY, DAY, now=END_OF_DAY)
        if r.officer_id == other.id
    ]
    assert (theirs.sop_breaches, theirs.unanswered_attempts) == (1, 3)


def test_register_digests_of_the_days_involved(db, centre, clerk, scene) -> None:  # type: ignore[no-untyped-def]
    printed = register_pdf(db, "BXR", DAY, user_name="Asha Kumari", now=END_OF_DAY)
    printed.put_on_record(db, by=clerk.id)
    case = gather_file(db, scene["lineman"].employee_id, DAY, DAY, now=END_OF_DAY)
    (proof,) = case.days
    assert (proof.centre_code, proof.day, proof.complaints) == ("BXR", DAY, 3)
    with db.read() as s:
        assert proof.cut_event_id == current_cut(s, centre.id)
    assert proof.digest == register_digest(db, "BXR", DAY, proof.cut_event_id)
    (paper,) = proof.prints
    assert paper.digest == printed.digest and paper.still_matches
    assert paper.printed_by == "Asha Kumari"


def test_the_file_put_on_record_and_who_may(db, centre, clerk, supervisor, scene) -> None:  # type: ignore[no-untyped-def]
    case = gather_file(db, scene["lineman"].employee_id, DAY, DAY, now=END_OF_DAY)
    with pytest.raises(NotPermitted, match="negligence case file"):
        record_file(db, case, pdf=b"%PDF-", pages=1, by=clerk.id)
    print_id = record_file(db, case, pdf=b"%PDF-x", pages=2, by=supervisor.id)
    inspector = accounts.create_user(
        db,
        username="rakesh",
        full_name="Rakesh EE",
        password=PASSWORD,
        centre_id=None,
        role="inspector",
    )
    record_file(db, case, pdf=b"%PDF-y", pages=2, by=inspector.id)
    with db.read() as s:
        row = s.get(RegisterPrint, print_id)
        assert row is not None
        assert (row.kind, row.day, row.pages, row.user_id) == ("negligence", DAY, 2, supervisor.id)
        assert row.digest == pdf_digest(b"%PDF-x") and scene["lineman"].employee_id in row.note


def test_unknown_officer_and_backwards_period(db, scene) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotFound, match="E9999"):
        gather_file(db, "E9999", DAY, DAY)
    with pytest.raises(ValidationError):
        gather_file(db, scene["lineman"].employee_id, DAY, DAY - timedelta(days=1))


def test_an_inspectors_call_back_denying_a_resolution_of_theirs(db, scene) -> None:  # type: ignore[no-untyped-def]
    """Every sampled consumer says supply was not restored; only A's counts against the
    lineman: B's resolution was reopened before the call, C and D were never resolved."""
    ee = accounts.create_user(
        db,
        username="ee",
        full_name="A. N. Sinha",
        password=PASSWORD,
        centre_id=None,
        role="inspector",
    )
    drawn = inspection.start_inspection(
        db, "BXR", DAY, inspector_id=ee.id, sample_size=4, seed=1, now=_at(590)
    )
    assert scene["a"] in {line.complaint_id for line in drawn.sample}
    for line in drawn.sample:
        inspection.record_sample(
            db, line.id, "not_restored", "no fuse", user_id=ee.id, now=_at(600)
        )
    lineman = gather_file(db, scene["lineman"].employee_id, DAY, DAY, now=END_OF_DAY)
    (denied,) = lineman.samples
    assert (denied.complaint.id, denied.outcome, denied.note) == (
        scene["a"],
        "not_restored",
        "no fuse",
    )
    resolved = _event(db, denied.resolved_event_id)
    assert (resolved.kind, resolved.complaint_id) == ("resolved", scene["a"])
    assert lineman.contradicted == 2  # B's callback and A's sample
    other = gather_file(db, scene["other"].employee_id, DAY, DAY, now=END_OF_DAY)
    assert other.samples == ()
    # A period without the call-back has none.
    later = date(2026, 6, 2)
    assert gather_file(db, scene["lineman"].employee_id, later, later).samples == ()
