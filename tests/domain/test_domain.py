"""Pure rules: phone numbers, dockets, SoP deadlines, local days, the lifecycle."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from fusecentre_app.domain.docket import format_docket, parse_docket
from fusecentre_app.domain.enums import Area, Status
from fusecentre_app.domain.lifecycle import (
    TRANSITIONS,
    IllegalTransition,
    allowed_actions,
    next_status,
)
from fusecentre_app.domain.phone import (
    InvalidPhoneNumber,
    display_phone,
    is_plausible_prefix,
    normalise_phone,
)
from fusecentre_app.domain.sop import SopTable, hours_late, sop_due
from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day, local_day_bounds


@pytest.mark.parametrize(
    "typed",
    [
        "9835012345",
        "98350 12345",
        "+91 98350 12345",
        "+919835012345",
        "09835012345",
        "0 98350-12345",
        "91 9835012345",
        " 98350\t12345 ",
    ],
)
def test_mobile_numbers_as_callers_say_them_become_e164(typed: str) -> None:
    assert normalise_phone(typed) == "+919835012345"


def test_landline_with_std_code_is_accepted_but_not_as_mobile() -> None:
    assert normalise_phone("06183 223344") == "+916183223344"
    with pytest.raises(InvalidPhoneNumber, match="not a mobile"):
        normalise_phone("06183 223344", mobile_only=True)
    with pytest.raises(InvalidPhoneNumber, match="not a mobile"):
        normalise_phone("1234567890", mobile_only=True)


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("", "Enter a phone number"),
        ("12345", "too short"),
        ("98350 1234", "not a valid Indian"),
        ("+1 650 253 0000", "Only Indian numbers"),
        ("call me", "too short"),
    ],
)
def test_bad_numbers_are_refused_with_a_reason(typed: str, message: str) -> None:
    with pytest.raises(InvalidPhoneNumber, match=message):
        normalise_phone(typed)


def test_numbers_are_shown_as_read_aloud() -> None:
    assert display_phone("+919835012345") == "98350 12345"
    assert display_phone(None) == ""


def test_lookup_waits_for_ten_digits() -> None:
    assert not is_plausible_prefix("98350 1234")
    assert is_plausible_prefix("98350 12345")
    assert is_plausible_prefix("+91 98350 12345")
    assert not is_plausible_prefix("+91 98350 1234")


def test_docket_format_and_parse_round_trip() -> None:
    text = format_docket("DMR", date(2026, 11, 29), 42)
    assert text == "DMR-20261129-042"
    parsed = parse_docket(text.lower())
    assert (parsed.centre, parsed.day, parsed.serial) == ("DMR", date(2026, 11, 29), 42)
    assert format_docket("BXR", date(2026, 5, 1), 1234) == "BXR-20260501-1234"
    with pytest.raises(ValueError):
        format_docket("BXR", date(2026, 5, 1), 0)
    with pytest.raises(ValueError):
        parse_docket("BXR-2026-1")


def test_local_day_is_india_time() -> None:
    # 19:00 UTC is 00:30 the next day in India.
    assert local_day(datetime(2026, 11, 29, 19, 0, tzinfo=UTC)) == date(2026, 11, 30)
    assert local_day(datetime(2026, 11, 29, 18, 29, tzinfo=UTC)) == date(2026, 11, 29)
    start, end = local_day_bounds(date(2026, 11, 30))
    assert start == datetime(2026, 11, 29, 18, 30, tzinfo=UTC)
    assert end - start == timedelta(days=1)


def test_sop_due_runs_through_midnight() -> None:
    table = SopTable({("FUSE_OFF", Area.URBAN): 4.0, ("FUSE_OFF", Area.RURAL): 8.0})
    received = datetime(2026, 6, 10, 22, 15, tzinfo=LOCAL_TZ)
    assert table.due_at(received, "FUSE_OFF", Area.URBAN) == datetime(
        2026, 6, 11, 2, 15, tzinfo=LOCAL_TZ
    )
    assert table.due_at(received, "FUSE_OFF", Area.RURAL) == datetime(
        2026, 6, 11, 6, 15, tzinfo=LOCAL_TZ
    )
    # Unknown feeder: the stricter urban standard; unknown type: the fallback.
    assert table.hours_for("FUSE_OFF", None) == 4.0
    assert table.hours_for("NOT_A_TYPE", Area.RURAL) == 24.0
    with pytest.raises(ValueError):
        sop_due(received, 0)


def test_hours_late() -> None:
    due = datetime(2026, 6, 11, 2, 0, tzinfo=UTC)
    assert hours_late(due, due - timedelta(hours=1)) == 0.0
    assert hours_late(due, due + timedelta(minutes=90)) == 1.5


def test_lifecycle_legal_and_illegal_moves() -> None:
    assert next_status(Status.NEW, "assign") == Status.ASSIGNED
    assert next_status(Status.ASSIGNED, "attend") == Status.ATTENDING
    assert next_status(Status.ATTENDING, "resolve") == Status.RESOLVED
    assert next_status(Status.RESOLVED, "verify") == Status.CLOSED_VERIFIED
    assert next_status(Status.RESOLVED, "reopen") == Status.REOPENED
    assert next_status(Status.REOPENED, "assign") == Status.ASSIGNED
    assert next_status(Status.RESOLVED, "close_unverified") == Status.CLOSED_UNVERIFIED
    assert next_status(Status.NEW, "cancel") == Status.CANCELLED
    for closed in (Status.CLOSED_VERIFIED, Status.CLOSED_UNVERIFIED, Status.CANCELLED):
        assert allowed_actions(closed) == []
        for action in TRANSITIONS:
            with pytest.raises(IllegalTransition):
                next_status(closed, action)
    with pytest.raises(IllegalTransition):
        next_status(Status.NEW, "verify")
    with pytest.raises(IllegalTransition):
        next_status(Status.NEW, "fly")
