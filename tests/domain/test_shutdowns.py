"""BERC Reg. 13(2): a planned shutdown over 10 hours in a day, or running after 18:00, is
flagged, day by day in India time."""

from __future__ import annotations

from datetime import date, datetime

from fusecentre_app.domain.shutdowns import shutdown_flags
from fusecentre_app.domain.timeutil import LOCAL_TZ


def _ist(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=LOCAL_TZ)


def test_ten_hours_ending_at_six_keeps_to_the_rule() -> None:
    assert shutdown_flags(_ist(3, 8), _ist(3, 18)) == ()
    assert shutdown_flags(_ist(3, 9), _ist(3, 13)) == ()


def test_over_ten_hours_in_a_day_is_flagged() -> None:
    (flag,) = shutdown_flags(_ist(3, 7, 59), _ist(3, 18))
    assert flag.day == date(2026, 6, 3) and flag.too_long and not flag.after_six
    assert flag.hours == 10.02


def test_ending_after_six_is_flagged_however_short() -> None:
    (flag,) = shutdown_flags(_ist(3, 17), _ist(3, 18, 1))
    assert flag.after_six and not flag.too_long and flag.hours == 1.02


def test_over_midnight_is_judged_day_by_day() -> None:
    # 22:00 to 06:00: the evening runs after six; the morning (6 h) keeps to the rule.
    (evening,) = shutdown_flags(_ist(3, 22), _ist(4, 6))
    assert evening.day == date(2026, 6, 3) and evening.after_six and evening.hours == 2
    # Two whole days off: both over ten hours and after six; the third day's hour is not.
    flags = shutdown_flags(_ist(3, 0), _ist(5, 1))
    assert [(f.day.day, f.hours, f.after_six) for f in flags] == [(3, 24, True), (4, 24, True)]
