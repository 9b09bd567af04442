"""A clerk or supervisor works their own centre's records only: another centre's complaints,
incidents, contact attempts and register prints are refused in one sentence, and nothing is
written. Accounts with no centre may not do a centre's work at all."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from fusecentre_app.db.models import (
    AppUser,
    AuditRecord,
    ComplaintEvent,
    Feeder,
    Officer,
    RegisterPrint,
)
from fusecentre_app.domain.enums import ContactChannel, ContactOutcome, IncidentKind
from fusecentre_app.services import accounts, contact, incidents, inspection, lifecycle, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import NotPermitted
from tests.conftest import PASSWORD

T0 = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)


def _counts(s: Session) -> tuple[int, int, int]:
    return (
        int(s.scalar(select(func.count()).select_from(ComplaintEvent)) or 0),
        int(s.scalar(select(func.count()).select_from(AuditRecord)) or 0),
        int(s.scalar(select(func.count()).select_from(RegisterPrint)) or 0),
    )


def test_another_centres_records_are_refused_and_nothing_is_written(db, centre, clerk) -> None:  # type: ignore[no-untyped-def]
    dumraon = masterdata.centre_by_code(db, "DMR")
    pooja = accounts.create_user(
        db, username="pooja", full_name="Pooja Devi", password=PASSWORD, centre_id=dumraon.id
    )
    with db.read() as s:
        feeder = int(s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-02")))
        lineman = int(s.scalar(select(Officer.id).where(Officer.designation == "LINEMAN")))
    ids = [
        log_complaint(
            db,
            ComplaintDraft(
                caller_mobile=f"983501200{n}",
                locality="Sohni Patti",
                feeder_id=feeder,
                type_code="NO_SUPPLY_AREA",
            ),
            centre_id=centre.id,
            user_id=clerk.id,
            now=T0 + timedelta(minutes=n),
        ).id
        for n in range(3)
    ]
    incident = incidents.open_incident(
        db,
        centre.id,
        IncidentKind.FEEDER_TRIP,
        feeder,
        ids[:2],
        note="",
        user_id=clerk.id,
        now=T0 + timedelta(minutes=5),
    )
    attempt = contact.record_attempt(
        db,
        centre_id=centre.id,
        officer_id=lineman,
        channel=ContactChannel.CALL,
        number="9835000000",
        complaint_id=ids[2],
        user_id=clerk.id,
        now=T0 + timedelta(minutes=6),
    )
    with db.read() as s:
        before = _counts(s)

    refusals = [
        lambda: lifecycle.assign(db, ids[2], lineman, user_id=pooja.id),
        lambda: incidents.link_complaints(db, incident.id, [ids[2]], user_id=pooja.id),
        lambda: incidents.resolve_incident(db, incident.id, note="", user_id=pooja.id),
        lambda: contact.record_outcome(db, attempt.id, ContactOutcome.ANSWERED, user_id=pooja.id),
        lambda: contact.record_attempt(
            db,
            centre_id=centre.id,
            officer_id=lineman,
            channel=ContactChannel.CALL,
            number="9835000000",
            user_id=pooja.id,
        ),
        lambda: inspection.record_print(
            db,
            centre_code="BXR",
            day=T0.date(),
            kind="register",
            digest="0" * 64,
            cut_event_id=1,
            pages=1,
            by=pooja.id,
        ),
    ]
    for refused in refusals:
        with pytest.raises(NotPermitted, match="belongs to another centre"):
            refused()
    with db.read() as s:
        assert _counts(s) == before

    # An old account with no centre may not do a centre's work either.
    with db.write() as s:
        s.get(AppUser, pooja.id).centre_id = None  # type: ignore[union-attr]
    with pytest.raises(NotPermitted, match="belongs to no centre"):
        lifecycle.assign(db, ids[2], lineman, user_id=pooja.id)
    with db.read() as s:
        assert _counts(s) == before
