"""The feeders' facts as the desk keeps them: one feeder changed from a day (the month's
indices use the count in force then), a DT's consumers, and the desk's reads of a centre's
feeders and of a month's interruptions, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AuditRecord, Dt
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.services import accounts, feeder_facts, interruptions, masterdata
from fusecentre_app.services.errors import NotPermitted, ValidationError
from fusecentre_app.services.uow import CommandLine
from fusecentre_app.services.verify import verify_store

JUNE = date(2026, 6, 1)


def _id(db: Database, code: str) -> int:
    return next(f.id for f in feeder_facts.centre_feeders(db) if f.code == code)


def _check(db: Database, supervisor_id: int, clerk_id: int) -> None:
    bxr = masterdata.centre_by_code(db, "BXR")
    feeders = feeder_facts.centre_feeders(db, bxr.id)
    assert len(feeders) == 10 and {f.pss_code for f in feeders} <= {"PSS-BXR", "PSS-CSA"}
    assert len(feeder_facts.centre_feeders(db)) == 20
    first = next(f for f in feeders if f.code == "F-BXR-01")
    assert first.dt_consumers == 132 + 91 + 146
    # From 15 June F-BXR-01 has 9,000 consumers: June's indices count them, May's do not.
    fid = _id(db, "F-BXR-01")
    done = feeder_facts.set_feeder_facts(
        db,
        fid,
        consumers=9000,
        area="urban",
        agricultural=False,
        effective_from=date(2026, 6, 15),
        by=supervisor_id,
    )
    assert done
    again = feeder_facts.set_feeder_facts(
        db,
        fid,
        consumers=9000,
        area="urban",
        agricultural=False,
        effective_from=date(2026, 6, 20),
        by=supervisor_id,
    )
    assert not again  # already in force that day: nothing recorded
    june = interruptions.month_indices_of(db, JUNE, centre_code="BXR")
    may = interruptions.month_indices_of(db, date(2026, 5, 1), centre_code="BXR")
    assert june.total.consumers - may.total.consumers == 9000 - first.consumers
    changed = next(f for f in feeder_facts.centre_feeders(db, bxr.id) if f.code == "F-BXR-01")
    assert changed.consumers == 9000 and changed.effective_from == date(2026, 6, 15)
    with pytest.raises(ValidationError) as refused:
        feeder_facts.set_feeder_facts(
            db,
            fid,
            consumers=-1,
            area="town",
            agricultural=False,
            effective_from=JUNE,
            by=supervisor_id,
        )
    assert set(refused.value.errors) == {"consumers", "area"}
    with pytest.raises(NotPermitted):  # a clerk keys the log book in, not the feeders' facts
        feeder_facts.set_feeder_facts(
            db,
            fid,
            consumers=1,
            area="urban",
            agricultural=False,
            effective_from=JUNE,
            by=clerk_id,
        )
    dt = feeder_facts.feeder_dts(db, fid)[0]
    assert feeder_facts.set_dt_consumers(db, dt.id, 200, effective_from=JUNE, by=supervisor_id)
    assert not feeder_facts.set_dt_consumers(db, dt.id, 200, effective_from=JUNE, by=supervisor_id)
    with db.read() as s:
        assert s.get_one(Dt, dt.id).consumers == 200
        kinds = [
            r.kind
            for r in s.scalars(select(AuditRecord).where(AuditRecord.user_id == supervisor_id))
        ]
    assert kinds.count("feeder_fact_added") == 1 and kinds.count("dt_consumers_changed") == 1
    # The month's interruptions, the centre's or the division's.
    start = datetime(2026, 6, 30, 23, 50, tzinfo=LOCAL_TZ)  # June's, though it ends in July
    for code in ("F-BXR-02", "F-DMR-01"):
        interruptions.record_interruption(
            db,
            interruptions.InterruptionDraft(code, start, start + timedelta(minutes=20)),
            by=supervisor_id if code == "F-BXR-02" else CommandLine.current(),
        )
    ours = interruptions.month_interruptions(db, JUNE, centre_id=bxr.id)
    assert [(i.feeder_code, i.minutes, i.centre_code) for i in ours] == [("F-BXR-02", 20, "BXR")]
    assert len(interruptions.month_interruptions(db, JUNE)) == 2
    assert interruptions.month_interruptions(db, date(2026, 7, 1)) == []
    assert verify_store(db).ok


def _users(db: Database) -> tuple[int, int]:
    bxr = masterdata.centre_by_code(db, "BXR")
    boss = accounts.create_user(
        db,
        username="mukesh",
        full_name="Mukesh Singh",
        password="long-pass-1912",
        centre_id=bxr.id,
        role="supervisor",
    )
    clerk = accounts.create_user(
        db, username="asha", full_name="Asha", password="long-pass-1912", centre_id=bxr.id
    )
    return boss.id, clerk.id


def test_the_desk_s_feeders_and_interruptions(db: Database) -> None:
    _check(db, *_users(db))


@pytest.mark.postgres
def test_the_same_on_postgresql(pg: Database) -> None:
    masterdata.load_division(pg)
    _check(pg, *_users(pg))
