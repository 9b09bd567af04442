"""A centre's shifts as rules: the hours text ("6-14,14-22,22-6") parsed and checked, the
names of the shifts, and the shift a local moment falls in (across midnight).

The shifts must cover the 24 hours of the day exactly once, so that every complaint logged
belongs to one shift's clerk (the register's signature blocks) and every handover sheet to
one shift. Text that is not that is refused with a sentence naming the wrong shift.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message


class ShiftsInvalid(ValueError):
    """Shift hours that are not start-end hours covering the day once; the message says why."""


_PART = re.compile(r"^(\d{1,2})\s*-\s*(\d{1,2})$")
# The names of a centre with three shifts, the first starting in the morning.
_THREE = (("Morning", "सुबह"), ("Evening", "शाम"), ("Night", "रात"))
_MORNING_STARTS = range(4, 12)


@dataclass(frozen=True)
class ShiftHours:
    """A clerk's shift in local hours; `end` below `start` runs past midnight, and `end`
    equal to `start` is a single shift of the whole day."""

    name_en: str
    name_hi: str
    start: int
    end: int

    def holds(self, hour: int) -> bool:
        if self.start < self.end:
            return self.start <= hour < self.end
        return hour >= self.start or hour < self.end

    @property
    def hours(self) -> int:
        return (self.end - self.start) % 24 or 24

    @property
    def label(self) -> str:
        """ "Morning 06:00–14:00" (English name and hours)."""
        return f"{self.name_en} {self.start:02d}:00–{self.end:02d}:00"


# The usual three of a fuse-call centre (a centre's default, see `Centre.shift_hours`).
SHIFTS: tuple[ShiftHours, ...] = (
    ShiftHours("Morning", "सुबह", 6, 14),
    ShiftHours("Evening", "शाम", 14, 22),
    ShiftHours("Night", "रात", 22, 6),
)
DEFAULT_TEXT = "6-14,14-22,22-6"


def _refuse(message: str) -> ShiftsInvalid:
    return ShiftsInvalid(message)


def _hours(text: str) -> list[tuple[int, int]]:
    parts = [p.strip() for p in text.split(",")]
    if not text.strip():
        raise _refuse(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", 'Give the shifts as start-end hours, for example "6-14,14-22,22-6".'
                ),
            )
        )
    found = []
    for number, part in enumerate(parts, start=1):
        match = _PART.match(part)
        if match is None:
            shown = (
                f'"{part}"' if part else Message(QT_TRANSLATE_NOOP("messages", "an empty entry"))
            )
            raise _refuse(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Shift {number} is {shown}: write each shift as start-end hours, "
                        'for example "6-14", separated by commas.',
                    ),
                    number=number,
                    shown=shown,
                )
            )
        start, end = int(match.group(1)), int(match.group(2))
        for hour in (start, end):
            if hour > 23:
                raise _refuse(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            'Shift {number} ("{part}"): hours run from 0 to 23; '
                            "write midnight as 0.",
                        ),
                        number=number,
                        part=part,
                    )
                )
        if start == end and len(parts) > 1:
            raise _refuse(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'Shift {number} ("{part}") starts and ends at the same hour; '
                        "only a single shift may cover the whole day.",
                    ),
                    number=number,
                    part=part,
                )
            )
        found.append((start, end))
    return found


def _span(start: int, end: int) -> list[int]:
    length = (end - start) % 24 or 24
    return [(start + i) % 24 for i in range(length)]


def _check_cover(spans: Sequence[tuple[int, int]]) -> None:
    owner: dict[int, int] = {}
    for number, (start, end) in enumerate(spans, start=1):
        for hour in _span(start, end):
            if hour in owner:
                first = spans[owner[hour] - 1]
                raise _refuse(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Shifts {owner} ({first}-{first_end}) and {number} "
                            "({start}-{end}) overlap at "
                            "{hour:02d}:00.",
                        ),
                        owner=owner[hour],
                        first=first[0],
                        first_end=first[1],
                        number=number,
                        start=start,
                        end=end,
                        hour=hour,
                    )
                )
            owner[hour] = number
    missing = [h for h in range(24) if h not in owner]
    if missing:
        # the first uncovered hour after a covered one (or hour 0) starts the gap
        gap = next((h for h in missing if (h - 1) % 24 in owner), missing[0])
        last = gap
        while (last + 1) % 24 in missing and (last + 1) % 24 != gap:
            last = (last + 1) % 24
        raise _refuse(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "No shift covers {gap:02d}:00–{until:02d}:00; the "
                    "shifts must cover all 24 hours.",
                ),
                gap=gap,
                until=(last + 1) % 24,
            )
        )


def parse(text: str) -> tuple[ShiftHours, ...]:
    """The shifts a centre's text describes, in the order of the day from the first given.

    Three shifts, one of them starting between 04:00 and 11:00, are named Morning, Evening
    and Night (सुबह, शाम, रात) from that one on; any other set is numbered (Shift 1, पाली 1,
    …) through the day from the first given. Raises `ShiftsInvalid`
    for text that is not start-end hours, hours outside 0-23, and shifts that overlap or
    leave a gap.
    """
    spans = _hours(text)
    _check_cover(spans)
    starts = {start: (start, end) for start, end in spans}
    ordered = [spans[0]]
    while len(ordered) < len(spans):  # each shift ends where the next begins
        ordered.append(starts[ordered[-1][1]])
    if len(ordered) == 3:
        morning = next((i for i, (s, _e) in enumerate(ordered) if s in _MORNING_STARTS), None)
        if morning is not None:
            return tuple(
                ShiftHours(en, hi, *ordered[(morning + i) % 3]) for i, (en, hi) in enumerate(_THREE)
            )
    return tuple(
        ShiftHours(f"Shift {n}", f"पाली {n}", s, e) for n, (s, e) in enumerate(ordered, start=1)
    )


def format_shifts(shifts: Sequence[ShiftHours]) -> str:
    """The text a centre keeps: "6-14,14-22,22-6"."""
    return ",".join(f"{s.start}-{s.end}" for s in shifts)


def shift_at(
    shifts: Sequence[ShiftHours], moment: datetime
) -> tuple[ShiftHours, datetime, datetime]:
    """The shift a local moment falls in, with its start (inclusive) and end (exclusive) as
    datetimes in the moment's own time zone (naive in, naive out): at 02:30 on the 15th, the
    22-6 shift runs from 22:00 on the 14th to 06:00 on the 15th."""
    if not shifts:
        raise ValueError("no shifts given")
    for shift in shifts:
        if shift.holds(moment.hour):
            day = moment.date()
            if shift.start > moment.hour:
                day -= timedelta(days=1)  # began the day before (a night shift)
            start = datetime.combine(day, time(shift.start), tzinfo=moment.tzinfo)
            return shift, start, start + timedelta(hours=shift.hours)
    raise ValueError(f"no shift holds {moment:%H:%M}")


def shift_ending_or_at(
    shifts: Sequence[ShiftHours], moment: datetime
) -> tuple[ShiftHours, datetime, datetime]:
    """The shift that ends exactly at `moment` (a handover at 14:00 closes the 6-14 shift,
    not the 14-22 one that begins then), or else the one `moment` falls in."""
    on_the_hour = moment.minute == moment.second == moment.microsecond == 0
    if on_the_hour:
        for shift in shifts:
            if shift.end == moment.hour:
                return shift, moment - timedelta(hours=shift.hours), moment
    return shift_at(shifts, moment)
