"""Prints on record and inspections: a printed digest matched from the print alone, a random
sample of the day's closed complaints, results and remarks, and the remarks in the register
when it is printed again."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from fusecentre_app.db.models import Complaint
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.services import auth, inspection
from fusecentre_app.services.errors import ServiceError, ValidationError

from .conftest import CENTRE, DAY


@pytest.fixture
def inspector(demo_db):  # type: ignore[no-untyped-def]
    return auth.create_user(
        demo_db,
        username="inspector",
        full_name="Rajesh Kumar Srivastava",
        password="inspector-pass",
        centre_id=None,
        role="inspector",
    )


def test_print_is_recorded_and_its_digest_matched(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    printed = register_pdf(demo_db, CENTRE, DAY, user_name="x")
    assert inspection.prints_of(demo_db, CENTRE, DAY) == []  # rendered, not yet on record
    printed.put_on_record(demo_db, user_id=inspector.id)
    (record,) = inspection.prints_of(demo_db, CENTRE, DAY)
    assert (record.digest, record.cut_event_id, record.pages) == (
        printed.data.digest,
        printed.data.cut_event_id,
        printed.pages,
    )
    assert record.printed_by == "Rajesh Kumar Srivastava" and record.kind == "register"
    assert inspection.match_printed_digest(
        demo_db, CENTRE, DAY, printed.data.digest.upper()
    ).matches
    with pytest.raises(ServiceError, match="event number"):
        inspection.match_printed_digest(demo_db, CENTRE, DAY, "f" * 64)
    with demo_db.write() as s:
        s.execute(
            update(Complaint)
            .where(Complaint.day == DAY, Complaint.serial == 1)
            .values(locality="Somewhere else")
        )
    check = inspection.match_printed_digest(demo_db, CENTRE, DAY, printed.data.digest)
    assert not check.matches and check.later_events == ()


def test_inspection_samples_closed_complaints_and_remarks_reach_the_register(
    demo_db, inspector
) -> None:  # type: ignore[no-untyped-def]
    printed = register_pdf(demo_db, CENTRE, DAY, user_name="clerk")
    printed.put_on_record(demo_db, user_id=None)
    info = inspection.start_inspection(
        demo_db,
        CENTRE,
        DAY,
        inspector_id=inspector.id,
        seed=7,
        printed_digest=printed.data.digest,
    )
    assert info.digest_ok is True and len(info.sample) == 5
    assert all(line.status in inspection.CLOSED for line in info.sample)
    with demo_db.read() as s:
        days = set(
            s.scalars(
                select(Complaint.day).where(Complaint.id.in_([x.complaint_id for x in info.sample]))
            )
        )
    assert days == {DAY}
    # Another draw is (almost certainly) another sample; the same seed repeats it.
    again = inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=inspector.id, seed=7)
    assert [x.complaint_id for x in again.sample] == [x.complaint_id for x in info.sample]
    assert again.digest_ok is None

    with pytest.raises(ValidationError):
        inspection.record_sample(demo_db, info.sample[0].id, "maybe")
    for line, outcome in zip(
        info.sample, ["confirmed"] * 3 + ["not_restored", "unreachable"], strict=True
    ):
        inspection.record_sample(demo_db, line.id, outcome, "called from the office")
    with pytest.raises(ValidationError):
        inspection.finish_inspection(demo_db, info.id, "  ")
    done = inspection.finish_inspection(
        demo_db, info.id, "Register complete; one consumer still without supply."
    )
    assert done.finished_at is not None and [x.outcome for x in done.sample].count("confirmed") == 3
    with pytest.raises(ServiceError, match="finished"):
        inspection.record_sample(demo_db, info.sample[0].id, "confirmed")

    (remark,) = inspection.inspection_remarks(demo_db, CENTRE, DAY)
    assert "Rajesh Kumar Srivastava" in remark and "3 of 5 sampled consumers confirmed" in remark
    assert "digest matched" in remark and "still without supply" in remark
    reprinted = register_pdf(demo_db, CENTRE, DAY, user_name="clerk")
    assert reprinted.data.inspection_remarks == (remark,)
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(reprinted.pdf)).pages)
    assert "3 of 5 sampled consumers confirmed" in " ".join(text.split())


def test_small_day_gives_a_smaller_sample(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    with demo_db.read() as s:
        closed = len(
            s.scalars(
                select(Complaint.id).where(
                    Complaint.day == DAY,
                    Complaint.status.in_(inspection.CLOSED),
                    Complaint.docket.like(f"{CENTRE}-%"),
                )
            ).all()
        )
    info = inspection.start_inspection(
        demo_db, CENTRE, DAY, inspector_id=inspector.id, sample_size=closed + 10, seed=1
    )
    assert len(info.sample) == closed
    with pytest.raises(ValidationError):
        inspection.start_inspection(demo_db, CENTRE, DAY, inspector_id=None, sample_size=0)


def test_a_digest_with_no_print_on_record_is_a_failed_check(demo_db, inspector) -> None:  # type: ignore[no-untyped-def]
    info = inspection.start_inspection(
        demo_db, CENTRE, DAY, inspector_id=inspector.id, seed=2, printed_digest="ab" * 32
    )
    assert info.digest_ok is False and len(info.sample) == 5
