"""A centre's shifts: parsing and refusing the hours text, the shift a moment falls in
(across midnight), storing them on the centre, and the register's signature blocks."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.domain.timeutil import LOCAL_TZ
from fusecentre_app.services.auth import UserInfo
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import NotFound, ValidationError
from fusecentre_app.services.masterdata import CentreInfo
from fusecentre_app.services.register import gather_register
from fusecentre_app.services.shifts import (
    SHIFTS,
    ShiftHours,
    centre_shifts,
    format_shifts,
    parse_shifts,
    set_centre_shifts,
    shift_at,
    shift_ending_or_at,
    shifts_or_default,
)
from tests.support import OFFICE


def _local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=LOCAL_TZ)


# ------------------------------------------------------------------------------ parsing


def test_the_usual_three_are_morning_evening_and_night() -> None:
    assert parse_shifts("6-14,14-22,22-6") == SHIFTS
    assert [(s.name_en, s.name_hi) for s in SHIFTS] == [
        ("Morning", "सुबह"),
        ("Evening", "शाम"),
        ("Night", "रात"),
    ]
    # written in another order or with spaces and leading zeros: the same shifts
    assert parse_shifts(" 22-6 , 06-14,14 - 22") == SHIFTS
    assert parse_shifts("6-14,22-6,14-22") == SHIFTS
    # three other hours: still named from the one starting in the morning
    eight = parse_shifts("0-8,8-16,16-0")
    assert [(s.name_en, s.start, s.end) for s in eight] == [
        ("Morning", 8, 16),
        ("Evening", 16, 0),
        ("Night", 0, 8),
    ]


def test_other_sets_are_numbered_through_the_day() -> None:
    two = parse_shifts("8-20,20-8")
    assert two == (ShiftHours("Shift 1", "पाली 1", 8, 20), ShiftHours("Shift 2", "पाली 2", 20, 8))
    four = parse_shifts("0-6,12-18,6-12,18-0")
    assert [(s.name_en, s.name_hi, s.start) for s in four] == [
        ("Shift 1", "पाली 1", 0),
        ("Shift 2", "पाली 2", 6),
        ("Shift 3", "पाली 3", 12),
        ("Shift 4", "पाली 4", 18),
    ]
    (whole,) = parse_shifts("7-7")
    assert whole.hours == 24 and all(whole.holds(h) for h in range(24))
    # three shifts none of which starts in the morning are numbered too
    assert parse_shifts("12-20,20-2,2-12")[0].name_en == "Shift 1"
    assert format_shifts(parse_shifts("06-14,14-22,22-06")) == "6-14,14-22,22-6"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("6-14,13-22,22-6", "Shifts 1 (6-14) and 2 (13-22) overlap at 13:00"),
        ("6-14,14-22,21-6", "overlap at 21:00"),
        ("6-14,14-22", "No shift covers 22:00–06:00; the shifts must cover all 24 hours"),
        ("6-14,15-22,22-6", "No shift covers 14:00–15:00"),
        ("6-14,14-22,22-5", "No shift covers 05:00–06:00"),
        ("", 'for example "6-14,14-22,22-6"'),
        ("   ", 'for example "6-14,14-22,22-6"'),
        ("6-14,,22-6", "Shift 2 is an empty entry"),
        ("6 to 14,14-22,22-6", 'Shift 1 is "6 to 14": write each shift as start-end hours'),
        ("6-14;14-22;22-6", "write each shift as start-end hours"),
        ("6-14,14-24,0-6", 'Shift 2 ("14-24"): hours run from 0 to 23; write midnight as 0'),
        ("-6-14", "write each shift as start-end hours"),
        ("6-6,6-6", "only a single shift may cover the whole day"),
    ],
)
def test_bad_shift_hours_are_refused_with_a_clear_message(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as raised:
        parse_shifts(text)
    assert list(raised.value.errors) == ["shift_hours"]
    assert message in raised.value.errors["shift_hours"]


def test_stored_text_that_does_not_parse_falls_back_to_the_usual_three() -> None:
    assert shifts_or_default(None) == SHIFTS
    assert shifts_or_default("6-14,14-22") == SHIFTS
    assert shifts_or_default("8-20,20-8")[0].name_en == "Shift 1"


# ------------------------------------------------------------------------------ moments


@pytest.mark.parametrize(
    ("moment", "name", "start", "end"),
    [
        (_local(15, 6), "Morning", _local(15, 6), _local(15, 14)),
        (_local(15, 13, 59), "Morning", _local(15, 6), _local(15, 14)),
        (_local(15, 14), "Evening", _local(15, 14), _local(15, 22)),
        (_local(15, 22), "Night", _local(15, 22), _local(16, 6)),
        (_local(15, 23, 30), "Night", _local(15, 22), _local(16, 6)),
        (_local(16, 0), "Night", _local(15, 22), _local(16, 6)),
        (_local(16, 2, 30), "Night", _local(15, 22), _local(16, 6)),
        (_local(16, 5, 59), "Night", _local(15, 22), _local(16, 6)),
    ],
)
def test_shift_at_handles_midnight(
    moment: datetime, name: str, start: datetime, end: datetime
) -> None:
    shift, began, ends = shift_at(SHIFTS, moment)
    assert (shift.name_en, began, ends) == (name, start, end)
    assert began.tzinfo is moment.tzinfo
    # a naive local moment gives naive times
    naive = shift_at(SHIFTS, moment.replace(tzinfo=None))
    assert naive[1:] == (start.replace(tzinfo=None), end.replace(tzinfo=None))


def test_a_shift_starting_at_midnight_and_a_whole_day_shift() -> None:
    shifts = parse_shifts("0-8,8-16,16-0")
    assert shift_at(shifts, _local(15, 23))[1:] == (_local(15, 16), _local(16, 0))
    assert shift_at(shifts, _local(16, 0))[1:] == (_local(16, 0), _local(16, 8))
    whole = parse_shifts("7-7")
    assert shift_at(whole, _local(15, 3))[1:] == (_local(14, 7), _local(15, 7))
    assert shift_at(whole, _local(15, 7))[1:] == (_local(15, 7), _local(16, 7))


def test_a_handover_on_the_hour_closes_the_shift_ending_then() -> None:
    shift, start, end = shift_ending_or_at(SHIFTS, _local(15, 14))
    assert (shift.name_en, start, end) == ("Morning", _local(15, 6), _local(15, 14))
    shift, start, end = shift_ending_or_at(SHIFTS, _local(16, 6))
    assert (shift.name_en, start, end) == ("Night", _local(15, 22), _local(16, 6))
    # not on the hour: the shift the moment falls in
    assert shift_ending_or_at(SHIFTS, _local(15, 14, 1))[0].name_en == "Evening"
    assert shift_ending_or_at(SHIFTS, _local(15, 13, 45))[0].name_en == "Morning"


# ------------------------------------------------------------------------------ stored


def test_a_centre_keeps_its_shifts(db: Database, centre: CentreInfo) -> None:
    assert centre_shifts(db, "BXR") == SHIFTS  # the default of a new centre
    assert centre_shifts(db, " bxr ") == SHIFTS
    stored = set_centre_shifts(db, "BXR", "08-20, 20-08", by=OFFICE)
    assert [(s.start, s.end) for s in stored] == [(8, 20), (20, 8)]
    assert centre_shifts(db, "BXR") == stored
    with pytest.raises(ValidationError, match="overlap"):
        set_centre_shifts(db, "BXR", "8-20,19-8", by=OFFICE)
    assert centre_shifts(db, "BXR") == stored  # nothing half-saved
    with pytest.raises(NotFound):
        centre_shifts(db, "NOPE")
    with pytest.raises(NotFound):
        set_centre_shifts(db, "NOPE", "6-14,14-22,22-6", by=OFFICE)


def test_the_register_signs_off_the_centres_own_shifts(
    db: Database, centre: CentreInfo, clerk: UserInfo
) -> None:
    day = date(2026, 6, 15)
    # logged at 07:00, 19:30 and 21:00 local (the last two in the evening shift by default)
    for n, (hour, minute) in enumerate([(7, 0), (19, 30), (21, 0)]):
        draft = ComplaintDraft(
            caller_mobile=f"98350{31000 + n:05d}", locality="Sohni Patti", type_code="FUSE_OFF"
        )
        now = datetime(2026, 6, 15, hour, minute, tzinfo=LOCAL_TZ).astimezone(UTC)
        log_complaint(db, draft, centre_id=centre.id, user_id=clerk.id, now=now)
    end = datetime(2026, 6, 16, 1, 0, tzinfo=UTC)

    default = gather_register(db, "BXR", day, generated_by="t", now=end)
    assert [(b.name_en, b.complaints) for b in default.shifts] == [
        ("Morning", 1),
        ("Evening", 2),
        ("Night", 0),
    ]
    set_centre_shifts(db, "BXR", "8-20,20-8", by=OFFICE)
    two = gather_register(db, "BXR", day, generated_by="t", now=end)
    assert [(b.name_en, b.start, b.end, b.complaints) for b in two.shifts] == [
        ("Shift 1", 8, 20, 1),
        ("Shift 2", 20, 8, 2),
    ]
    assert two.shifts[0].clerks == ("Asha Kumari",)
    assert two.digest == default.digest  # shifts are not part of the records digested
