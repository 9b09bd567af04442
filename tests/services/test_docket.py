"""Giving the caller the docket: the message in Hindi or English, and each way it was given
(SMS, the centre's mobile, a printed slip) an event on the complaint naming the clerk."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import ComplaintEvent
from fusecentre_app.domain import dispatch
from fusecentre_app.domain.enums import DocketChannel, EventKind
from fusecentre_app.domain.timeutil import local_day
from fusecentre_app.services import accounts, contact, corrections
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD
from tests.support import row_is_its_history

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def complaint(db, centre, clerk) -> int:  # type: ignore[no-untyped-def]
    draft = ComplaintDraft(
        caller_mobile="9835012345",
        caller_name="शत्रुघ्न क्षत्रिय",
        locality="Thatheri Bazar",
        type_code="FUSE_OFF",
    )
    return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=T0).id


def test_docket_message_in_both_languages(db, complaint) -> None:  # type: ignore[no-untyped-def]
    facts = contact.dispatch_facts(db, complaint)
    hindi = dispatch.docket_message(facts, "hi")
    english = dispatch.docket_message(facts, "en")
    due = (facts.sop_due_at + timedelta(hours=5, minutes=30)).strftime("%d-%m-%Y %H:%M")
    assert facts.docket in hindi and facts.type_name_hi in hindi and due in hindi
    assert "शिकायत संख्या" in hindi and "मानक" in hindi
    assert facts.docket in english and facts.type_name_en in english and due in english
    assert "SoP" in english and "Docket" in english
    # The caller's own name and number are not sent back to them.
    assert "शत्रुघ्न" not in hindi and "98350" not in english


def test_each_way_of_giving_the_docket_is_on_record(db, centre, clerk, complaint) -> None:  # type: ignore[no-untyped-def]
    given = contact.record_docket_sent(
        db, complaint, DocketChannel.SMS, number="+919835012345", user_id=clerk.id, now=T0
    )
    assert given.channel == DocketChannel.SMS and given.version == 2
    contact.record_docket_sent(
        db, complaint, DocketChannel.QR, number="+919835012345", language="en", user_id=clerk.id
    )
    contact.record_docket_sent(db, complaint, DocketChannel.SLIP, user_id=clerk.id)
    with db.read() as s:
        events = s.execute(
            select(ComplaintEvent.kind, ComplaintEvent.user_id, ComplaintEvent.data)
            .where(ComplaintEvent.complaint_id == complaint)
            .order_by(ComplaintEvent.id)
        ).all()
    sent = [(e.user_id, e.data) for e in events if e.kind == EventKind.DOCKET_SENT.value]
    assert sent == [
        (clerk.id, {"channel": "sms", "language": "hi", "number": "+919835012345"}),
        (clerk.id, {"channel": "qr", "language": "en", "number": "+919835012345"}),
        (clerk.id, {"channel": "slip", "language": "hi"}),
    ]
    row_is_its_history(db, complaint)
    assert verify_store(db).ok
    # In the register's remarks, and not undone by "reverse the last action".
    (row,) = gather_register(db, centre.code, local_day(T0), generated_by="test").rows
    assert (
        "Docket sent by SMS, sent from the centre's mobile, slip given to the caller" in row.remarks
    )
    with pytest.raises(ServiceError, match="docket given to the caller stays on record"):
        corrections.reverse_last_action(db, complaint, "wrong caller", user_id=clerk.id)


def test_no_mobile_no_sms_and_an_inspector_gives_no_docket(db, centre, complaint) -> None:  # type: ignore[no-untyped-def]
    clerk_id = accounts.create_user(
        db, username="ravi", full_name="Ravi Kumar", password=PASSWORD, centre_id=centre.id
    ).id
    with pytest.raises(ValidationError, match="no caller mobile"):
        contact.record_docket_sent(db, complaint, DocketChannel.SMS, user_id=clerk_id)
    inspector = accounts.create_user(
        db,
        username="insp",
        full_name="Inspector Sahu",
        password=PASSWORD,
        centre_id=centre.id,
        role="inspector",
    )
    with pytest.raises(ServiceError, match="cannot change them"):
        contact.record_docket_sent(db, complaint, DocketChannel.SLIP, user_id=inspector.id)
