"""An inspector's account reads and checks: every service that changes records refuses it,
and nothing is written."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from fusecentre_app.db.models import (
    Complaint,
    ComplaintEvent,
    ContactAttempt,
    Feeder,
    Incident,
    Officer,
)
from fusecentre_app.domain.enums import ContactChannel, IncidentKind
from fusecentre_app.services import accounts, contact, incidents, lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, record_follow_up
from fusecentre_app.services.errors import NotPermitted


def _counts(db) -> tuple[int, ...]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(t))
            for t in (Complaint, ComplaintEvent, ContactAttempt, Incident)
        )


def test_an_inspector_changes_nothing(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    inspector = accounts.create_user(
        db,
        username="inspector",
        full_name="Rajesh Kumar Srivastava",
        password="checks-the-desk-7",
        centre_id=None,
        role="inspector",
    )
    with db.read() as s:
        feeder = s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-01"))
        officer = s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN"))
    draft = ComplaintDraft(
        caller_mobile="9835012345",
        locality="Thatheri Bazar",
        feeder_id=feeder,
        type_code="FUSE_OFF",
    )
    cid = log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id).id
    before = _counts(db)
    uid = inspector.id
    attempts = [
        lambda: log_complaint(db, draft, centre_id=centre.id, user_id=uid),
        lambda: record_follow_up(db, cid, user_id=uid),
        lambda: lifecycle.assign(db, cid, officer, user_id=uid),
        lambda: lifecycle.resolve(db, cid, "fuse replaced", user_id=uid),
        lambda: lifecycle.cancel(db, cid, "duplicate", user_id=uid),
        lambda: incidents.open_incident(
            db, centre.id, IncidentKind.FEEDER_TRIP, feeder, [cid], user_id=uid
        ),
        lambda: contact.record_attempt(
            db,
            centre_id=centre.id,
            officer_id=officer,
            channel=ContactChannel.CALL,
            number="+919835012345",
            user_id=uid,
        ),
    ]
    for attempt in attempts:
        with pytest.raises(NotPermitted, match=r"cannot change|Only a supervisor"):
            attempt()
    assert _counts(db) == before
