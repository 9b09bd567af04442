"""The register's integrity digest: recomputed from the records, it matches the printed one
until a record of that day changes, and a mismatch says whether the app made the change."""

from __future__ import annotations

import io
from datetime import timedelta

from pypdf import PdfReader
from sqlalchemy import select, text, update

from fusecentre_app.db.engine import Database
from fusecentre_app.db.events import append_event
from fusecentre_app.db.models import Centre, Complaint, ComplaintEvent
from fusecentre_app.domain.enums import EventKind, Status
from fusecentre_app.reports.register import register_bytes
from fusecentre_app.services import lifecycle
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.register_check import check_register_digest, register_digest
from tests.reports.conftest import CENTRE, DAY, END
from tests.support import demo_user


def _day_complaint(db: Database, status: str | None = None) -> tuple[int, int]:
    """(id, serial) of one complaint of the day (of a given status)."""
    with db.read() as s:
        query = (
            select(Complaint.id, Complaint.serial)
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(Centre.code == CENTRE, Complaint.day == DAY)
            .order_by(Complaint.serial)
        )
        if status is not None:
            query = query.where(Complaint.status == status)
        row = s.execute(query).first()
    assert row is not None
    return row[0], row[1]


def _execute(db: Database, sql: str, **params: object) -> None:
    with db.engine.begin() as conn:
        conn.execute(text(sql), params)


def test_digest_is_recomputed_alike_and_is_stable(demo_db: Database) -> None:
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    again = gather_register(demo_db, CENTRE, DAY, generated_by="y", now=END + timedelta(1))
    assert data.digest == again.digest
    assert register_digest(demo_db, CENTRE, DAY, data.cut_event_id) == data.digest
    assert check_register_digest(demo_db, CENTRE, DAY, data.cut_event_id, data.digest).matches


def test_a_row_changed_in_the_database_fails_the_check_and_is_named(demo_db: Database) -> None:
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    complaint_id, _serial = _day_complaint(demo_db)
    _execute(
        demo_db, "UPDATE complaint SET caller_name = 'Someone Else' WHERE id = :id", id=complaint_id
    )
    # The digest is of what the events say, so the paper's digest is recomputed as printed;
    # the row no longer agrees with its `logged` event, and the check names it.
    assert register_digest(demo_db, CENTRE, DAY, data.cut_event_id) == data.digest
    check = check_register_digest(demo_db, CENTRE, DAY, data.cut_event_id, data.digest)
    assert not check.matches
    assert check.later_events == ()  # not the app: no event explains the change
    with demo_db.read() as s:
        assert check.inconsistent_dockets == (s.get(Complaint, complaint_id).docket,)


def test_an_event_edited_in_the_database_is_named(demo_db: Database) -> None:
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    complaint_id, _serial = _day_complaint(demo_db)
    with demo_db.read() as s:
        event_id, snapshot = s.execute(
            select(ComplaintEvent.id, ComplaintEvent.data).where(
                ComplaintEvent.complaint_id == complaint_id, ComplaintEvent.kind == "logged"
            )
        ).one()
    snapshot["caller_name"] = "Someone Else"
    with demo_db.write() as s:  # both the row and its event, the stored hash left alone
        s.execute(update(ComplaintEvent).where(ComplaintEvent.id == event_id).values(data=snapshot))
        s.execute(
            update(Complaint).where(Complaint.id == complaint_id).values(caller_name="Someone Else")
        )
    check = check_register_digest(demo_db, CENTRE, DAY, data.cut_event_id, data.digest)
    assert not check.matches and check.altered_events == (event_id,)
    assert check.recomputed != data.digest


def test_a_complaint_logged_onto_a_printed_day_is_named_with_who_added_it(
    demo_db: Database,
) -> None:
    from fusecentre_app.reports.printing import register_pdf
    from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

    printed = register_pdf(demo_db, CENTRE, DAY, user_name="x", now=END)
    printed.put_on_record(demo_db, by=demo_user(demo_db))
    with demo_db.read() as s:
        centre_id = s.scalar(select(Centre.id).where(Centre.code == CENTRE))
    late = log_complaint(  # a paper slip found next morning, logged by the supervisor
        demo_db,
        ComplaintDraft(
            caller_mobile="9835012345",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
            received_at=END - timedelta(hours=20),
        ),
        centre_id=centre_id,
        user_id=demo_user(demo_db, "mukesh"),
        now=END,
    )
    assert late.docket.startswith(f"{CENTRE}-{DAY:%Y%m%d}-")
    with demo_db.read() as s:
        data = s.scalar(select(ComplaintEvent.data).where(ComplaintEvent.complaint_id == late.id))
    assert data["after_print"] is not None  # on record as logged onto a printed day
    check = check_register_digest(demo_db, CENTRE, DAY, printed.cut_event_id, printed.digest)
    assert check.matches
    (later,) = check.later_events
    assert later.sentence == f"{late.docket}: added after the print by Mukesh Singh (JE)"


def test_a_resolution_time_edited_directly_fails_the_check(
    demo_db: Database,
) -> None:
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    complaint_id, _serial = _day_complaint(demo_db, Status.CLOSED_VERIFIED.value)
    _execute(
        demo_db,
        "UPDATE complaint SET resolved_at = '2026-03-14 05:00:00.000000' WHERE id = :id",
        id=complaint_id,
    )
    # The digest covers the events, and the row no longer agrees with them.
    check = check_register_digest(demo_db, CENTRE, DAY, data.cut_event_id, data.digest)
    assert not check.matches and check.later_events == ()
    with demo_db.read() as s:
        docket = s.get(Complaint, complaint_id).docket
    assert check.inconsistent_dockets == (docket,)


def test_an_event_hash_rewritten_changes_the_digest(demo_db: Database) -> None:
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    complaint_id, _serial = _day_complaint(demo_db)
    with demo_db.read() as s:
        event_id = s.scalar(
            select(ComplaintEvent.id).where(ComplaintEvent.complaint_id == complaint_id).limit(1)
        )
    _execute(
        demo_db, "UPDATE complaint_event SET hash = :h WHERE id = :id", h="f" * 64, id=event_id
    )
    assert register_digest(demo_db, CENTRE, DAY, data.cut_event_id) != data.digest


def test_a_change_made_through_the_app_after_printing_is_named(demo_db: Database) -> None:
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    complaint_id, serial = _day_complaint(demo_db, Status.ASSIGNED.value)
    lifecycle.attend(
        demo_db, complaint_id, user_id=demo_user(demo_db), now=END + timedelta(minutes=5)
    )
    check = check_register_digest(demo_db, CENTRE, DAY, data.cut_event_id, data.digest)
    # Work recorded through the desk after printing does not spoil the paper: it is listed.
    assert check.matches and check.inconsistent_dockets == ()
    assert [(e.docket, e.kind) for e in check.later_events] == [
        (f"{CENTRE}-{DAY:%Y%m%d}-{serial:03d}", "attended")
    ]
    # printed again, the register has a new cut and a new digest, which then matches
    later = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END + timedelta(1))
    assert later.cut_event_id > data.cut_event_id
    assert check_register_digest(demo_db, CENTRE, DAY, later.cut_event_id, later.digest).matches


def test_events_after_the_cut_do_not_enter_the_digest(demo_db: Database) -> None:
    """Events of other centres after the print do not matter; the cut is the centre's head."""
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    with demo_db.read() as s:
        other = s.execute(
            select(Complaint.id)
            .join(Centre, Centre.id == Complaint.centre_id)
            .where(Centre.code != CENTRE, Complaint.status == Status.ASSIGNED.value)
            .limit(1)
        ).scalar_one()
    lifecycle.attend(
        demo_db, other, user_id=demo_user(demo_db, "pooja"), now=END + timedelta(minutes=5)
    )
    assert register_digest(demo_db, CENTRE, DAY, data.cut_event_id) == data.digest
    again = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END + timedelta(1))
    assert again.digest == data.digest


def test_amendments_after_the_day_are_remarked(demo_db: Database) -> None:
    complaint_id, serial = _day_complaint(demo_db)
    with demo_db.write() as s:
        centre_id = s.scalar(select(Centre.id).where(Centre.code == CENTRE))
        append_event(
            s.connection(),
            centre_id=centre_id,
            complaint_id=complaint_id,
            at=END,
            user_id=None,
            kind=EventKind.AMENDED.value,
            data={"changes": {"caller_name": ["Ramesh", "Ramesh Yadav"]}, "reason": "typo"},
        )
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END + timedelta(1))
    row = next(r for r in data.rows if r.serial == serial)
    assert "Amended 15-03 12:00 (after the day): caller_name (typo)" in row.remarks
    text = "".join(p.extract_text() for p in PdfReader(io.BytesIO(register_bytes(data))).pages)
    assert "Amended 15-03 12:00 (after the day): caller_name (typo)" in " ".join(text.split())


def test_directory_changes_do_not_spoil_a_printed_register(demo_db: Database) -> None:
    """An officer renamed (a directory import) or a feeder renamed is master data, not the
    day's records: the paper still matches."""
    data = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    _execute(
        demo_db, "UPDATE officer SET name_en = upper(name_en), employee_id = employee_id || 'X'"
    )
    _execute(demo_db, "UPDATE feeder SET code = code || '-OLD'")
    assert check_register_digest(demo_db, CENTRE, DAY, data.cut_event_id, data.digest).matches


def test_a_detail_an_old_logged_event_lacks_is_read_as_it_stood_at_the_print(
    demo_db: Database,
) -> None:
    """Stores from before every detail was in the `logged` event: the digest reads such a
    detail from the row. Corrected after the print, the row holds the new value, and the
    correction's old value is the one the paper printed."""
    from fusecentre_app.db.events import event_hash
    from fusecentre_app.db.models import ChainHead
    from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
    from fusecentre_app.services.corrections import amend_complaint

    with demo_db.read() as s:
        centre_id = s.scalar(select(Centre.id).where(Centre.code == CENTRE))
    old = log_complaint(
        demo_db,
        ComplaintDraft(
            caller_mobile="9835012345",
            locality="Sohni Patti",
            landmark="near the temple",
            type_code="FUSE_OFF",
            received_at=END - timedelta(hours=20),
        ),
        centre_id=centre_id,
        user_id=demo_user(demo_db, "mukesh"),
        now=END,
    )
    with demo_db.write() as s:  # as an old desk wrote it: no landmark in the event
        event = s.scalars(select(ComplaintEvent).where(ComplaintEvent.complaint_id == old.id)).one()
        head = s.get(ChainHead, centre_id)
        assert head is not None and head.last_event_id == event.id
        data = {k: v for k, v in event.data.items() if k != "landmark"}
        event.data = data
        event.hash = event_hash(
            event.prev_hash, event.complaint_id, event.at, event.user_id, event.kind, data
        )
        head.last_hash = event.hash

    printed = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END)
    assert check_register_digest(demo_db, CENTRE, DAY, printed.cut_event_id, printed.digest).matches
    amend_complaint(
        demo_db,
        old.id,
        {"landmark": "behind the school"},
        "caller gave the wrong landmark",
        user_id=demo_user(demo_db, "mukesh"),
        now=END + timedelta(minutes=5),
    )
    check = check_register_digest(demo_db, CENTRE, DAY, printed.cut_event_id, printed.digest)
    assert check.matches and check.inconsistent_dockets == ()
    assert [e.sentence for e in check.later_events] == [
        f"{old.docket}: corrected after the print by Mukesh Singh (JE)"
    ]
    # Printed again, the register has the corrected landmark in its digest.
    again = gather_register(demo_db, CENTRE, DAY, generated_by="x", now=END + timedelta(1))
    assert again.digest != printed.digest
