"""Compensation for late restoration: the arithmetic, with Telangana's published cases as a
second configured SoP table (tests/data/sop_telangana.csv, documented beside it)."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from fusecentre_app.domain.compensation import (
    Basis,
    CompensationRule,
    DayRounding,
    days_of_default,
    liability,
)
from fusecentre_app.domain.enums import Area
from fusecentre_app.domain.sop import Clock, SopRule, WorkingDay
from fusecentre_app.services.masterdata import sop_rule_from_row

DATA = Path(__file__).parents[1] / "data"


@pytest.fixture
def telangana() -> dict[tuple[str, Area], SopRule]:
    with (DATA / "sop_telangana.csv").open(encoding="utf-8", newline="") as handle:
        rules = [sop_rule_from_row(row) for row in csv.DictReader(handle)]
    return {(r.type_code, r.area): r for r in rules}


def _owed(rule: SopRule, restored_after_hours: float, consumers: int) -> int:
    received = datetime(2026, 6, 1, 8, 0, tzinfo=UTC)
    due = rule.due_at(received)
    late = rule.hours_late(due, received + timedelta(hours=restored_after_hours))
    return liability(rule.compensation, late, consumers).total


def test_telangana_cases(telangana: dict[tuple[str, Area], SopRule]) -> None:
    line = telangana[("LINE_BREAK", Area.RURAL)]
    assert line.hours == 24 and line.hours_source.startswith("Telangana (TSERC)")
    assert _owed(line, 30, 1) == 200
    assert _owed(line, 30, 120) == 12_000  # Rs 100 to each of 120
    dt = telangana[("DT_FAIL", Area.URBAN)]
    assert dt.hours == 24
    assert _owed(dt, 26, 85) == 17_000
    # In time: nothing owed.
    assert _owed(dt, 24, 85) == 0 and _owed(line, 23.5, 1) == 0


def test_per_case_and_per_day_part_from_beyond_a_day() -> None:
    per_case = CompensationRule(Basis.PER_CASE, single=200, each=100)
    per_day = CompensationRule(Basis.PER_DAY, single=200, each=100)
    assert liability(per_case, 6).total == liability(per_day, 6).total == 200
    assert liability(per_case, 50).total == 200
    assert liability(per_day, 50).total == 600  # three days of default, the third a part day


def test_bihar_fuse_off_per_day_of_default_with_its_rounding() -> None:
    rule = CompensationRule(Basis.PER_DAY, single=25)
    assert liability(rule, 0.5).total == 25
    assert liability(rule, 24).total == 25
    assert liability(rule, 24.01).total == 50
    whole = CompensationRule(Basis.PER_DAY, single=25, rounding=DayRounding.WHOLE_DAYS)
    assert liability(whole, 23).total == 0 and liability(whole, 49).total == 50
    assert days_of_default(48.0000000001, DayRounding.PART_DAY_COUNTS) == 2


def test_no_rule_owes_nothing_and_bad_rules_are_refused() -> None:
    assert not liability(CompensationRule(), 100, 50).owed
    with pytest.raises(ValueError):
        CompensationRule(Basis.PER_CASE, single=-1)
    with pytest.raises(ValueError):
        liability(CompensationRule(Basis.PER_CASE, single=1), 3, consumers=0)
    assert "per day of default" in CompensationRule(Basis.PER_DAY, single=25).describe()


def test_working_hours_clock() -> None:
    day = WorkingDay(time(10), time(17))
    rule = SopRule("OTHER", Area.URBAN, 8, clock=Clock.WORKING, working_day=day)
    # 16:00 India time (10:30 UTC): one hour today, seven tomorrow → 17:00 next day.
    received = datetime(2026, 6, 1, 10, 30, tzinfo=UTC)
    due = rule.due_at(received)
    assert due == datetime(2026, 6, 2, 11, 30, tzinfo=UTC)
    # A call at night starts counting at ten next morning: seven hours that day, one more
    # the day after (11:00 India time on the 3rd).
    night = datetime(2026, 6, 1, 17, 0, tzinfo=UTC)  # 22:30 India time
    assert rule.due_at(night) == datetime(2026, 6, 3, 5, 30, tzinfo=UTC)
    # Late on the working clock: the night does not count.
    assert rule.hours_late(due, due + timedelta(hours=18)) == pytest.approx(1.0)
    with pytest.raises(ValueError):
        SopRule("OTHER", Area.URBAN, 8, clock=Clock.WORKING)
