"""Prints on record and inspections: a printed digest matched from the print alone; a random
sample of the day's closed complaints with a mobile, on record the moment it is drawn (a
second draw is another record, and the register lists both); every sampled consumer called
or a reason given before the inspection is finished; and the remarks in the register when
it is printed again."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, update

from fusecentre_app.db.models import AuditRecord, Complaint, InspectionDraw
from fusecentre_app.demo import INSPECTOR_USERNAME, SUPERVISOR_USERNAME
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.services import inspection
from fusecentre_app.services.errors import NotPermitted, ServiceError, ValidationError
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.settings import SAMPLE_SIZE, set_setting
from fusecentre_app.services.verify import verify_store
from tests.support import OFFICE, demo_user, downgrade

from .conftest import CENTRE, DAY


@pytest.fixture
def inspector(demo_db) -> int:  # type: ignore[no-untyped-def]
    return demo_user(demo_db, INSPECTOR_USERNAME)


def _closed_with_mobile(demo_db) -> int:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        return int(
            s.scalar(
                select(func.count())
                .select_from(Complaint)
                .where(
                    Complaint.day == DAY,
                    Complaint.status.in_(inspection.CLOSED),
                    Complaint.docket.like(f"{CENTRE}-%"),
                    Complaint.caller_mobile.is_not(None),
                )
            )
        )


def test_print_is_recorded_and_its_digest_matched(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    printed = register_pdf(demo_db, CENTRE, DAY, user_name="x")
    assert inspection.prints_of(demo_db, CENTRE, DAY) == []  # rendered, not yet on record
    printed.put_on_record(demo_db, by=inspector)
    (record,) = inspection.prints_of(demo_db, CENTRE, DAY)
    assert (record.digest, record.cut_event_id, record.pages) == (
        printed.digest,
        printed.cut_event_id,
        printed.pages,
    )
    assert record.printed_by == "Rakesh Prasad (AEE, inspection)" and record.kind == "register"
    assert inspection.match_printed_digest(demo_db, CENTRE, DAY, printed.digest.upper()).matches
    with pytest.raises(ServiceError, match="event number"):
        inspection.match_printed_digest(demo_db, CENTRE, DAY, "f" * 64)
    with demo_db.write() as s:
        s.execute(
            update(Complaint)
            .where(Complaint.day == DAY, Complaint.serial == 1)
            .values(locality="Somewhere else")
        )
    check = inspection.match_printed_digest(demo_db, CENTRE, DAY, printed.digest)
    assert not check.matches and check.later_events == ()
    assert len(check.inconsistent_dockets) == 1


def test_the_default_sample_is_sixteen_and_every_draw_is_on_record(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    assert _closed_with_mobile(demo_db) > 16
    info = inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=inspector, seed=7)
    assert len(info.sample) == 16 and [d.number for d in info.draws] == [1]
    assert all(line.status in inspection.CLOSED for line in info.sample)
    with demo_db.read() as s:
        days = set(
            s.scalars(
                select(Complaint.day).where(Complaint.id.in_([x.complaint_id for x in info.sample]))
            )
        )
        kinds = s.scalars(select(AuditRecord.kind).order_by(AuditRecord.id.desc()).limit(18))
        assert "sample_drawn" in set(kinds)
    assert days == {DAY}
    # The draw is on record before anything else happens: the register lists it already.
    (remark,) = inspection.inspection_remarks(demo_db, CENTRE, DAY)
    assert "not finished" in remark and "draw 1 at" in remark
    assert f"16 of {_closed_with_mobile(demo_db)} closed complaints with a mobile" in remark

    again = inspection.draw_again(demo_db, info.id, user_id=inspector, seed=8)
    assert [d.number for d in again.draws] == [1, 2] and len(again.sample) == 16
    assert {x.complaint_id for x in again.sample} != {x.complaint_id for x in info.sample}
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(InspectionDraw)) == 2
    (remark,) = inspection.inspection_remarks(demo_db, CENTRE, DAY)
    assert "draw 1 at" in remark and "draw 2 at" in remark
    reprinted = register_pdf(demo_db, CENTRE, DAY, user_name="clerk")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(reprinted.pdf)).pages).split()
    )
    assert "draw 1 at" in text and "draw 2 at" in text
    assert verify_store(demo_db).ok


def test_the_sample_size_is_set_for_the_division(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    set_setting(demo_db, SAMPLE_SIZE, 5, by=OFFICE)
    assert (
        len(inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=inspector).sample) == 5
    )
    with pytest.raises(NotPermitted, match="administrator"):
        set_setting(demo_db, SAMPLE_SIZE, 9, by=inspector)
    with pytest.raises(ValidationError, match="from 1 to 200"):
        set_setting(demo_db, SAMPLE_SIZE, 0, by=OFFICE)
    assert verify_store(demo_db).ok


def test_complaints_without_a_mobile_are_never_drawn(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    with demo_db.write() as s:  # half the day's callers gave no number
        ids = s.scalars(
            select(Complaint.id).where(Complaint.day == DAY, Complaint.serial % 2 == 0)
        ).all()
        s.execute(update(Complaint).where(Complaint.id.in_(ids)).values(caller_mobile=None))
    eligible = _closed_with_mobile(demo_db)
    info = inspection.start_inspection(
        demo_db, CENTRE, DAY, inspector_id=inspector, sample_size=500, seed=3
    )
    assert len(info.sample) == eligible and info.draws[0].eligible == eligible
    assert all(line.caller_mobile for line in info.sample)


def test_finishing_needs_every_consumer_called_or_a_reason(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    printed = register_pdf(demo_db, CENTRE, DAY, user_name="clerk")
    printed.put_on_record(demo_db, by=demo_user(demo_db))
    info = inspection.start_inspection(
        demo_db,
        CENTRE,
        DAY,
        inspector_id=inspector,
        sample_size=5,
        seed=7,
        printed_digest=printed.digest,
    )
    assert info.digest_ok is True and len(info.sample) == 5
    with pytest.raises(ValidationError):
        inspection.record_sample(demo_db, info.sample[0].id, "maybe", user_id=inspector)
    for line, outcome in zip(info.sample[:4], ["confirmed"] * 3 + ["not_restored"], strict=True):
        inspection.record_sample(
            demo_db, line.id, outcome, "called from the office", user_id=inspector
        )
    with pytest.raises(ValidationError, match="1 sampled consumer"):
        inspection.finish_inspection(demo_db, info.id, "All well.", user_id=inspector)
    with pytest.raises(ValidationError, match="why this consumer was not called"):
        inspection.record_sample(demo_db, info.sample[4].id, "not_called", user_id=inspector)
    inspection.record_sample(
        demo_db, info.sample[4].id, "not_called", "number out of service", user_id=inspector
    )
    with pytest.raises(ValidationError):
        inspection.finish_inspection(demo_db, info.id, "  ", user_id=inspector)
    done = inspection.finish_inspection(
        demo_db, info.id, "Register complete; one consumer still without supply.", user_id=inspector
    )
    assert done.finished_at is not None and [x.outcome for x in done.sample].count("confirmed") == 3
    with pytest.raises(ServiceError, match="finished"):
        inspection.record_sample(demo_db, info.sample[0].id, "confirmed", user_id=inspector)
    with pytest.raises(ServiceError, match="finished"):
        inspection.draw_again(demo_db, info.id, user_id=inspector)

    (remark,) = inspection.inspection_remarks(demo_db, CENTRE, DAY)
    assert "Rakesh Prasad" in remark and "3 of 5 sampled consumers confirmed" in remark
    assert "1 not called, reasons given" in remark
    assert "digest matched" in remark and "still without supply" in remark
    reprinted = register_pdf(demo_db, CENTRE, DAY, user_name="clerk")
    assert gather_register(demo_db, CENTRE, DAY, generated_by="clerk").inspection_remarks == (
        remark,
    )
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(reprinted.pdf)).pages)
    assert "3 of 5 sampled consumers confirmed" in " ".join(text.split())
    assert verify_store(demo_db).ok


def test_who_may_inspect_and_which_days(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    future = local_day(utcnow()) + timedelta(days=1)
    with pytest.raises(ValidationError, match="has not come yet"):
        inspection.start_inspection(demo_db, CENTRE, future, inspector_id=inspector)
    with pytest.raises(NotPermitted, match="inspector or a supervisor"):
        inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=demo_user(demo_db))
    with pytest.raises(NotPermitted, match="Sign in first"):
        inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=None)
    # The centre's own JE may inspect their centre, not another one.
    je = demo_user(demo_db, SUPERVISOR_USERNAME)
    assert inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=je, seed=1).sample
    with pytest.raises(NotPermitted, match="another centre"):
        inspection.start_inspection(demo_db, "DMR", date(2026, 3, 14), inspector_id=je)
    with pytest.raises(ValidationError):
        inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=inspector, sample_size=0)


def test_a_digest_with_no_print_on_record_is_a_failed_check(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    info = inspection.start_inspection(
        demo_db, CENTRE, DAY, inspector_id=inspector, seed=2, printed_digest="ab" * 32
    )
    assert info.digest_ok is False and len(info.sample) == 16


def test_an_inspection_from_before_draws_were_kept_upgrades_with_its_one_draw(
    demo_db, inspector
) -> None:  # type: ignore[no-untyped-def]
    """A store at revision 0007 (the schema before accounts, audit and draws), with an
    inspection: upgraded, the inspection has one draw whose pool is the day's closed
    complaints with a mobile, the audit chain starts from a baseline, and the store
    verifies."""
    from fusecentre_app.db.migrate import current_revision, upgrade_to_head

    info = inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=inspector, seed=3)
    downgrade(demo_db.engine, "0007")
    assert current_revision(demo_db.engine) == "0007"
    upgrade_to_head(demo_db.engine)
    with demo_db.read() as s:
        (draw,) = s.scalars(
            select(InspectionDraw).where(InspectionDraw.inspection_id == info.id)
        ).all()
        kinds = set(s.scalars(select(AuditRecord.kind)))
    assert (draw.number, draw.size) == (1, len(info.sample))
    assert draw.eligible == _closed_with_mobile(demo_db) > draw.size
    # 0008 starts the chain from a baseline; later upgrades put what they add on record.
    assert "baseline" in kinds and kinds <= {"baseline", "added", "upgraded"}
    report = verify_store(demo_db)
    assert report.ok, report.problems
