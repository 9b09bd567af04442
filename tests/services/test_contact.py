"""Contacting officers: whom, the dispatch message and links, attempts and outcomes on
record (and in the complaint's chained history), and the escalation ladder."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import ComplaintEvent, Dt, Feeder, Officer
from fusecentre_app.domain import dispatch
from fusecentre_app.domain.enums import ContactChannel, ContactOutcome, Designation
from fusecentre_app.services import contact, lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.verify import verify_store

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def complaint(db, centre, clerk) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        feeder = s.scalar(select(Feeder).where(Feeder.code == "F-BXR-01"))
        dt = s.scalar(select(Dt).where(Dt.code == "DT-BXR-01-1"))
    draft = ComplaintDraft(
        caller_mobile="9835012345",
        caller_name="शत्रुघ्न क्षत्रिय",
        consumer_no="101234567890",
        locality="Thatheri Bazar",
        address="Ward 7",
        landmark="पंचायत भवन के पास",
        feeder_id=feeder.id,
        dt_id=dt.id,
        type_code="FUSE_OFF",
    )
    return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=T0).id


def test_responsible_officers_lineman_then_je_and_assigned_first(db, complaint, clerk) -> None:  # type: ignore[no-untyped-def]
    people = contact.responsible_for(db, complaint)
    kinds = [p.designation for p in people]
    assert kinds[0] == Designation.LINEMAN and Designation.JE in kinds
    assert kinds.index(Designation.JE) > max(
        i for i, k in enumerate(kinds) if k == Designation.LINEMAN
    )
    je = next(p for p in people if p.designation == Designation.JE)
    lifecycle.assign(db, complaint, je.id, user_id=clerk.id, now=T0)
    assert contact.responsible_for(db, complaint)[0].id == je.id
    assert len({p.id for p in contact.responsible_for(db, complaint)}) == len(people)


def test_dispatch_message_in_both_languages_and_exact_links(db, complaint) -> None:  # type: ignore[no-untyped-def]
    facts = contact.dispatch_facts(db, complaint)
    hindi = dispatch.dispatch_message(facts, "hi")
    english = dispatch.dispatch_message(facts, "en")
    for text in (hindi, english):
        for fact in (facts.docket, "शत्रुघ्न क्षत्रिय", "98350 12345", "101234567890"):
            assert fact in text
        assert "Thatheri Bazar, Ward 7" in text and "पंचायत भवन के पास" in text
        assert "F-BXR-01" in text
    assert "फ्यूज उड़ा" in hindi and "बक्सर टाउन" in hindi and "ठठेरी बाजार" in hindi
    assert "Fuse blown" in english and "Buxar Town" in english

    got = dispatch.links("+919431012345", hindi)
    assert got.tel == "tel:+919431012345"
    assert got.sms.startswith("sms:+919431012345?body=%E0%A4%AB%E0%A5%8D")  # फ् in UTF-8
    assert got.whatsapp.startswith("https://wa.me/919431012345?text=")
    assert unquote(got.sms.split("?body=", 1)[1]) == hindi
    assert parse_qs(urlsplit(got.whatsapp).query)["text"] == [hindi]
    assert " " not in got.sms and "\n" not in got.whatsapp
    assert dispatch.links("+919431012345").sms == "sms:+919431012345"
    with pytest.raises(ValueError):
        dispatch.links("9431012345")


def test_attempts_outcomes_escalation_are_on_record(db, centre, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    lineman = contact.responsible_for(db, complaint)[0]
    boss = contact.next_up(db, lineman.id)
    assert boss is not None and boss.designation == Designation.JE
    assert contact.escalation_offer(db, complaint, lineman.id, now=T0) is None

    for minute in (1, 6):
        attempt = contact.record_attempt(
            db,
            centre_id=centre.id,
            officer_id=lineman.id,
            channel=ContactChannel.CALL,
            number=lineman.mobile,
            complaint_id=complaint,
            user_id=clerk.id,
            now=T0 + timedelta(minutes=minute),
        )
        assert attempt.outcome is None
        if minute == 1:
            assert contact.escalation_offer(db, complaint, lineman.id, now=T0) is None
        contact.record_outcome(
            db,
            attempt.id,
            ContactOutcome.NO_ANSWER,
            user_id=clerk.id,
            now=T0 + timedelta(minutes=minute + 1),
        )
    with pytest.raises(ServiceError, match="already recorded"):
        contact.record_outcome(db, attempt.id, ContactOutcome.ANSWERED, user_id=clerk.id)
    offer = contact.escalation_offer(db, complaint, lineman.id, now=T0 + timedelta(minutes=8))
    assert offer is not None and offer.to.id == boss.id and offer.reason == "2 unanswered attempts"
    contact.escalate(
        db,
        complaint,
        lineman.id,
        boss.id,
        offer.reason,
        user_id=clerk.id,
        now=T0 + timedelta(minutes=9),
    )
    done = contact.record_attempt(
        db,
        centre_id=centre.id,
        officer_id=boss.id,
        channel=ContactChannel.WHATSAPP,
        number=boss.mobile,
        complaint_id=complaint,
        user_id=clerk.id,
        now=T0 + timedelta(minutes=10),
    )
    with pytest.raises(ValidationError, match="message was sent"):  # nobody answers a message
        contact.record_outcome(db, done.id, ContactOutcome.ANSWERED, user_id=clerk.id)
    contact.record_outcome(
        db, done.id, ContactOutcome.MESSAGE_SENT, user_id=clerk.id, now=T0 + timedelta(minutes=11)
    )
    attempts = contact.attempts_on(db, complaint)
    assert [(a.officer_id, a.outcome) for a in attempts] == [
        (lineman.id, ContactOutcome.NO_ANSWER),
        (lineman.id, ContactOutcome.NO_ANSWER),
        (boss.id, ContactOutcome.MESSAGE_SENT),
    ]
    assert (
        contact.unanswered(attempts, lineman.id) == 2 and contact.unanswered(attempts, boss.id) == 0
    )
    with db.read() as s:
        kinds = s.scalars(
            select(ComplaintEvent.kind)
            .where(ComplaintEvent.complaint_id == complaint)
            .order_by(ComplaintEvent.id)
        ).all()
    assert kinds == [
        "logged",
        "contacted",
        "contact_outcome",
        "contacted",
        "contact_outcome",
        "escalated",
        "contacted",
        "contact_outcome",
    ]
    assert verify_store(db).ok


def test_escalation_when_the_sop_deadline_is_near(db, complaint) -> None:  # type: ignore[no-untyped-def]
    lineman = contact.responsible_for(db, complaint)[0]
    facts = contact.dispatch_facts(db, complaint)
    near = contact.escalation_offer(
        db, complaint, lineman.id, now=facts.sop_due_at - timedelta(minutes=30)
    )
    assert near is not None and near.reason == "SoP deadline near"
    late = contact.escalation_offer(
        db, complaint, lineman.id, now=facts.sop_due_at + timedelta(minutes=1)
    )
    assert late is not None and late.reason == "SoP deadline passed"
    # At the top of the ladder there is no one to escalate to.
    with db.read() as s:
        ee = s.scalar(select(Officer.id).where(Officer.designation == "EE"))
    assert contact.next_up(db, ee) is None
    assert contact.escalation_offer(db, complaint, ee, now=facts.sop_due_at) is None


def test_attempt_from_the_directory_has_no_complaint(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        sdo = s.scalar(select(Officer).where(Officer.designation == "SDO"))
    attempt = contact.record_attempt(
        db,
        centre_id=centre.id,
        officer_id=sdo.id,
        channel=ContactChannel.QR,
        number=sdo.mobile,
        user_id=clerk.id,
    )
    assert attempt.complaint_id is None and attempt.channel == ContactChannel.QR
    done = contact.record_outcome(db, attempt.id, ContactOutcome.SWITCHED_OFF, user_id=clerk.id)
    assert done.outcome == ContactOutcome.SWITCHED_OFF and done.outcome.unanswered


def test_verify_checks_attempt_rows_against_their_events(db, centre, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    lineman = contact.responsible_for(db, complaint)[0]
    attempt = contact.record_attempt(
        db,
        centre_id=centre.id,
        officer_id=lineman.id,
        channel=ContactChannel.CALL,
        number=lineman.mobile,
        complaint_id=complaint,
        user_id=clerk.id,
        now=T0,
    )
    contact.record_outcome(db, attempt.id, ContactOutcome.NO_ANSWER, user_id=clerk.id, now=T0)
    assert verify_store(db).ok
    # An unanswered call rewritten as answered, behind the desk's back.
    with db.write() as s:
        s.connection().exec_driver_sql(
            f"UPDATE contact_attempt SET outcome = 'answered' WHERE id = {attempt.id}"
        )
    report = verify_store(db)
    assert report.problems == [
        f"contact attempt {attempt.id}: row differs from its events (complaint, officer or "
        "outcome)",
        f"contact attempt {attempt.id}: differs from its record in outcome (changed outside the "
        "desk)",
    ]
    # A removed row is named too, against its events and against its audit record.
    with db.write() as s:
        s.connection().exec_driver_sql(f"DELETE FROM contact_attempt WHERE id = {attempt.id}")
    problems = verify_store(db).problems
    assert "its row is missing" in problems[0]
    assert f"contact attempt {attempt.id}: on record but its row is gone" in problems
