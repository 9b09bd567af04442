"""Time rules: everything is stored in UTC; the centre's day and every screen use India time."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

LOCAL_TZ = ZoneInfo("Asia/Kolkata")


def utcnow() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """An aware UTC datetime; a naive one is taken to be UTC already."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def to_local(moment: datetime) -> datetime:
    return as_utc(moment).astimezone(LOCAL_TZ)


def local_day(moment: datetime) -> date:
    """The register day a moment belongs to (the calendar day in India)."""
    return to_local(moment).date()


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """UTC start (inclusive) and end (exclusive) of a local register day."""
    start = datetime.combine(day, time.min, tzinfo=LOCAL_TZ)
    return start.astimezone(UTC), (start + timedelta(days=1)).astimezone(UTC)


def format_local(moment: datetime | None, fmt: str = "%d-%m-%Y %H:%M") -> str:
    return "" if moment is None else to_local(moment).strftime(fmt)
