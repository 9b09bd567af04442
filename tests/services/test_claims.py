"""The EE's claims register: a claim received and decided once within 30 days, the award
recovered from officers, overdue and late decisions, the desk's liability beside the claim,
refusals in the EE's words, and the audit chain still verifying."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AuditRecord
from fusecentre_app.domain.claims import Decision, Share, recovery_shares
from fusecentre_app.services import lifecycle
from fusecentre_app.services.accounts import create_user
from fusecentre_app.services.claims import ClaimDraft, add_claim, claims_register, decide_claim
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import NotFound, NotPermitted, ServiceError, ValidationError
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD
from tests.support import OFFICE

NOW = datetime(2026, 7, 20, 6, 0, tzinfo=UTC)  # 11:30 in India, 20 July


@pytest.fixture
def ee(db: Database):  # type: ignore[no-untyped-def]
    """The EE: an inspector's account at the division."""
    return create_user(
        db,
        username="ee",
        full_name="A. N. Sinha",
        password=PASSWORD,
        centre_id=None,
        role="inspector",
    )


def _late_fuse_off(db, centre, clerk) -> str:  # type: ignore[no-untyped-def]
    """A fuse-off at Sohni Patti (4 h) restored at 30 h: two days of default, Rs 50 owed."""
    t0 = datetime(2026, 6, 1, 3, 0, tzinfo=UTC)
    logged = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835012345",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
            received_at=t0,
        ),
        centre_id=centre.id,
        user_id=clerk.id,
        now=t0 + timedelta(minutes=1),
    )
    lifecycle.resolve(
        db, logged.id, "fuse replaced", user_id=clerk.id, now=t0 + timedelta(hours=30)
    )
    return logged.docket


def _draft(received: date, **kw) -> ClaimDraft:  # type: ignore[no-untyped-def]
    return ClaimDraft(
        received_on=received, received_by="post", consumer_name="Ram Pravesh Yadav", **kw
    )


def test_recovery_shares() -> None:
    assert recovery_shares(100, [("E1", None), ("E2", None), ("E3", None)]) == [
        Share("E1", 34),
        Share("E2", 33),
        Share("E3", 33),
    ]
    assert recovery_shares(100, [("E1", 60), ("E2", 40)]) == [Share("E1", 60), Share("E2", 40)]
    with pytest.raises(ValueError, match="add up to Rs 90, not the Rs 100"):
        recovery_shares(100, [("E1", 60), ("E2", 30)])
    with pytest.raises(ValueError, match="every officer's share"):
        recovery_shares(100, [("E1", 60), ("E2", None)])
    with pytest.raises(ValueError, match="named twice"):
        recovery_shares(100, [("E1", None), ("E1", None)])


def test_a_claim_decided_in_time_with_recovery(db, centre, clerk, ee) -> None:  # type: ignore[no-untyped-def]
    docket = _late_fuse_off(db, centre, clerk)
    claim_id = add_claim(
        db,
        _draft(
            date(2026, 7, 1),
            docket=docket,
            mobile="98350 12345",
            amount_claimed=500,
            consumer_number="BXR-102-3344",
        ),
        by=ee.id,
        now=NOW,
    )
    [line] = claims_register(db, now=NOW)
    assert (line.id, line.docket, line.amount_claimed, line.mobile) == (
        claim_id,
        docket,
        500,
        "+919835012345",
    )
    assert line.due_on == date(2026, 7, 31) and not line.overdue and not line.decided
    assert line.desk_liability == 50  # what the desk computed the complaint owes
    decided = decide_claim(
        db,
        claim_id,
        by=ee.id,
        amount=50,
        recover_from=[("E1004", None), ("E1005", None), ("E1006", None)],
        now=NOW,
    )
    assert decided.decision is Decision.AWARDED and decided.amount_awarded == 50
    assert decided.recovered_from == (Share("E1004", 18), Share("E1005", 16), Share("E1006", 16))
    assert not decided.late and decided.decided_on == date(2026, 7, 20)
    report = verify_store(db)
    assert report.ok, report.problems
    with db.read() as s:
        kinds = list(s.scalars(select(AuditRecord.kind).where(AuditRecord.entity.like("claim%"))))
    assert kinds == ["claim_received", "claim_decided", *["claim_recovery"] * 3]


def test_overdue_then_decided_late(db, ee) -> None:  # type: ignore[no-untyped-def]
    old = add_claim(db, _draft(date(2026, 6, 1)), by=ee.id, now=NOW)
    recent = add_claim(db, _draft(date(2026, 7, 10)), by=OFFICE, now=NOW)
    overdue = claims_register(db, overdue_only=True, now=NOW)
    assert [c.id for c in overdue] == [old]  # due 1 July, undecided on 20 July
    assert {c.id for c in claims_register(db, now=NOW)} == {old, recent}
    line = decide_claim(db, old, by=ee.id, refusal="no complaint was registered", now=NOW)
    assert line.decision is Decision.REFUSED and line.late and not line.overdue
    assert line.refusal_reason == "no complaint was registered"
    assert claims_register(db, overdue_only=True, now=NOW) == []
    with db.read() as s:
        record = s.scalars(select(AuditRecord).where(AuditRecord.kind == "claim_decided")).one()
    assert record.data["late"] is True and record.data["old"]["decision"] is None


def test_a_claim_is_decided_once(db, ee) -> None:  # type: ignore[no-untyped-def]
    claim_id = add_claim(db, _draft(date(2026, 7, 1)), by=ee.id, now=NOW)
    decide_claim(db, claim_id, by=ee.id, refusal="supply restored within the SoP", now=NOW)
    with pytest.raises(ServiceError, match="already decided on 2026-07-20 \\(refused\\)"):
        decide_claim(db, claim_id, by=ee.id, refusal="again", now=NOW)
    with pytest.raises(ServiceError, match="already decided"):
        decide_claim(db, claim_id, by=ee.id, amount=100, now=NOW)
    [line] = claims_register(db, now=NOW)
    assert line.refusal_reason == "supply restored within the SoP"
    assert verify_store(db).ok


def test_bad_claims_and_decisions_are_refused(db, clerk, ee) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as caught:
        add_claim(
            db,
            ClaimDraft(date(2026, 8, 1), "email", " ", mobile="12", amount_claimed=-5),
            by=ee.id,
            now=NOW,
        )
    assert set(caught.value.errors) == {"received by", "consumer", "received", "mobile", "amount"}
    with pytest.raises(NotFound, match="no complaint with docket BXR-1"):
        add_claim(db, _draft(date(2026, 7, 1), docket="bxr-1"), by=ee.id, now=NOW)
    with pytest.raises(NotPermitted, match="Only a supervisor, an inspector or an admin"):
        add_claim(db, _draft(date(2026, 7, 1)), by=clerk.id, now=NOW)
    claim_id = add_claim(db, _draft(date(2026, 7, 1)), by=ee.id, now=NOW)
    with pytest.raises(ServiceError, match="an amount, or refuse"):
        decide_claim(db, claim_id, by=ee.id, now=NOW)
    with pytest.raises(ServiceError, match="refused claim awards nothing"):
        decide_claim(db, claim_id, by=ee.id, refusal="no", recover_from=[("E1004", None)], now=NOW)
    with pytest.raises(ServiceError, match="add up to Rs 50, not the Rs 100"):
        decide_claim(db, claim_id, by=ee.id, amount=100, recover_from=[("E1004", 50)], now=NOW)
    with pytest.raises(NotFound, match="employee id E9999"):
        decide_claim(db, claim_id, by=ee.id, amount=100, recover_from=[("E9999", None)], now=NOW)
    with pytest.raises(NotFound, match="no claim 99"):
        decide_claim(db, 99, by=ee.id, amount=100, now=NOW)
    [line] = claims_register(db, now=NOW)
    assert not line.decided and line.recovered_from == ()


def test_a_supervisor_decides_only_their_centres_claims(db, centre, clerk, supervisor) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.services.masterdata import centre_by_code

    docket = _late_fuse_off(db, centre, clerk)
    other = create_user(
        db,
        username="sdo2",
        full_name="Other SDO",
        password=PASSWORD,
        centre_id=centre_by_code(db, "DMR").id,
        role="supervisor",
    )
    claim_id = add_claim(db, _draft(date(2026, 7, 1), docket=docket), by=supervisor.id, now=NOW)
    with pytest.raises(NotPermitted, match="another centre"):
        decide_claim(db, claim_id, by=other.id, amount=25, now=NOW)
    assert decide_claim(db, claim_id, by=supervisor.id, amount=25, now=NOW).amount_awarded == 25


def test_the_register_on_postgres(pg: Database) -> None:
    from fusecentre_app.services import masterdata

    masterdata.load_division(pg)
    claim_id = add_claim(pg, _draft(date(2026, 6, 1), amount_claimed=100), by=OFFICE, now=NOW)
    assert [c.id for c in claims_register(pg, overdue_only=True, now=NOW)] == [claim_id]
    line = decide_claim(
        pg, claim_id, by=OFFICE, amount=100, recover_from=[("E1004", 70), ("E1005", 30)], now=NOW
    )
    assert line.late and line.recovered_from == (Share("E1004", 70), Share("E1005", 30))
    with pytest.raises(ServiceError, match="already decided"):
        decide_claim(pg, claim_id, by=OFFICE, refusal="again", now=NOW)
    report = verify_store(pg)
    assert report.ok, report.problems


def test_upgrade_from_0010_gives_an_empty_register(db: Database) -> None:
    from fusecentre_app.db.engine import open_database
    from fusecentre_app.db.migrate import current_revision, head_revision
    from tests.support import downgrade

    downgrade(db.engine, "0010")
    path = db.engine.url.database
    db.dispose()
    again = open_database(path)
    try:
        assert current_revision(again.engine) == head_revision()
        assert claims_register(again, now=NOW) == []
        add_claim(again, _draft(date(2026, 7, 1)), by=OFFICE, now=NOW)
        report = verify_store(again)
        assert report.ok, report.problems
    finally:
        again.dispose()


def test_text_longer_than_the_register_holds_is_refused(db: Database, ee) -> None:  # type: ignore[no-untyped-def]
    """On PostgreSQL an over-long name or reason failed as an unexpected error."""
    from fusecentre_app.domain.timeutil import local_day, utcnow

    today = local_day(utcnow())
    with pytest.raises(ValidationError) as bad:
        add_claim(
            db,
            ClaimDraft(today, "hand", "Ram " * 40, consumer_number="1" * 31),
            by=ee.id,
        )
    assert set(bad.value.errors) == {"consumer", "consumer number"}
    claim = add_claim(db, ClaimDraft(today, "hand", "Ram Kumar"), by=ee.id)
    with pytest.raises(ServiceError, match="300 characters or fewer"):
        decide_claim(db, claim, by=ee.id, refusal="not late; " * 40)
    assert not claims_register(db)[0].decided


def test_a_claim_received_before_its_complaint_is_refused(db, centre, clerk, ee) -> None:  # type: ignore[no-untyped-def]
    docket = _late_fuse_off(db, centre, clerk)  # logged on 1 June 2026
    with pytest.raises(ValidationError) as bad:
        add_claim(db, _draft(date(2026, 5, 20), docket=docket), by=ee.id)
    assert bad.value.errors["received"] == (
        f"2026-05-20 is before complaint {docket} was logged (2026-06-01)"
    )
    assert add_claim(db, _draft(date(2026, 6, 1), docket=docket), by=ee.id)
