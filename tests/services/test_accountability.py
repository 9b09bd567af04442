"""Officer accountability from the records: each figure counted from events and contact
attempts inside the date range, and the CSV export."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from fusecentre_app.db.models import Feeder
from fusecentre_app.domain.enums import CallbackOutcome, ContactChannel, ContactOutcome
from fusecentre_app.services import contact, lifecycle
from fusecentre_app.services.accountability import (
    COLUMNS,
    accountability,
    export_accountability,
)
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

# 2026-06-01 09:00 IST
T0 = datetime(2026, 6, 1, 3, 30, tzinfo=UTC)
DAY = date(2026, 6, 1)


def _at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _log(db, centre, clerk, feeder_id: int, minutes: float, n: int) -> int:  # type: ignore[no-untyped-def]
    draft = ComplaintDraft(
        caller_mobile=f"98350{n:05d}",
        locality="Thatheri Bazar",
        feeder_id=feeder_id,
        type_code="FUSE_OFF",
    )
    return log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=_at(minutes)).id


def test_figures_per_officer(db, centre, clerk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with db.read() as s:
        feeder = s.scalar(select(Feeder.id).where(Feeder.code == "F-BXR-01"))
    a, b, c, d = (_log(db, centre, clerk, feeder, m, n) for n, m in enumerate((0, 10, 20, 30)))
    people = contact.responsible_for(db, a)
    lineman, other = people[0], people[1]
    user = clerk.id
    # A: assigned at 5, attended at 35 (30 min), resolved at 95 (95 min from receipt), verified.
    lifecycle.assign(db, a, lineman.id, user_id=user, now=_at(5))
    lifecycle.attend(db, a, user_id=user, now=_at(35))
    lifecycle.resolve(db, a, "fuse replaced", user_id=user, now=_at(95))
    lifecycle.record_callback(db, a, CallbackOutcome.RESTORED, user_id=user, now=_at(100))
    # B: assigned at 15, attended at 25 (10 min), resolved 6 h after receipt (SoP 4 h: late),
    # then the consumer says it is not restored: reopened.
    lifecycle.assign(db, b, lineman.id, user_id=user, now=_at(15))
    lifecycle.attend(db, b, user_id=user, now=_at(25))
    lifecycle.resolve(db, b, "fuse replaced", user_id=user, now=_at(370))
    lifecycle.record_callback(db, b, CallbackOutcome.NOT_RESTORED, user_id=user, now=_at(380))
    # C: assigned to the other officer and still open past its deadline at the end of the day.
    lifecycle.assign(db, c, other.id, user_id=user, now=_at(21))
    # D: the other officer does not answer twice, then is busy; the lineman answers.
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
    # The next day's work does not count for this day.
    lifecycle.assign(db, d, lineman.id, user_id=user, now=_at(24 * 60))

    end_of_day = datetime(2026, 6, 1, 23, 0, tzinfo=UTC)
    records = {r.officer_id: r for r in accountability(db, centre.id, DAY, DAY, now=end_of_day)}
    mine, theirs = records[lineman.id], records[other.id]
    assert mine.assigned == 2 and mine.attend_minutes == [30.0, 10.0]
    assert mine.median_attend_minutes == 20.0
    assert mine.resolve_minutes == [95.0, 360.0] and mine.median_resolve_minutes == 227.5
    assert (mine.sop_breaches, mine.unanswered_attempts, mine.reopened) == (1, 0, 1)
    assert theirs.assigned == 1 and theirs.median_attend_minutes is None
    assert (theirs.sop_breaches, theirs.unanswered_attempts, theirs.reopened) == (1, 3, 0)
    # Worst first: equal breaches, then more unanswered attempts.
    assert [r.officer_id for r in accountability(db, centre.id, DAY, DAY, now=end_of_day)][:2] == [
        other.id,
        lineman.id,
    ]
    # The next day has only D's assignment.
    next_day = accountability(db, centre.id, date(2026, 6, 2), date(2026, 6, 2), now=end_of_day)
    assert [(r.officer_id, r.assigned) for r in next_day] == [(lineman.id, 1)]

    path = tmp_path / "acc.csv"
    assert export_accountability(list(records.values()), path) == 2
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    rows = list(csv.DictReader(path.read_text(encoding="utf-8-sig").splitlines()))
    by_name = {r["officer"]: r for r in rows}
    assert by_name[lineman.name_en]["median_minutes_to_attend"] == "20"
    assert by_name[lineman.name_en]["officer_hi"] == lineman.name_hi
    assert by_name[other.name_en]["unanswered_attempts"] == "3"
    # The same as a workbook: figures as numbers, the Hindi name as text.
    from openpyxl import load_workbook

    export = tmp_path / "acc.xlsx"
    assert export_accountability(list(records.values()), export) == 2
    book = load_workbook(export)
    sheet = book.active
    header = [c.value for c in sheet[1]]
    assert header == list(COLUMNS)
    rows_x = [dict(zip(header, row, strict=True)) for row in sheet.iter_rows(2, values_only=True)]
    by_name_x = {r["officer"]: r for r in rows_x}
    assert by_name_x[lineman.name_en]["median_minutes_to_attend"] == 20
    assert by_name_x[lineman.name_en]["officer_hi"] == lineman.name_hi
    assert by_name_x[other.name_en]["unanswered_attempts"] == 3
