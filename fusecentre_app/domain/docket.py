"""Docket numbers: `CENTRE-YYYYMMDD-NNN`, short enough to read to a caller over the phone."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

_DOCKET = re.compile(r"^([A-Z][A-Z0-9]{1,9})-(\d{8})-(\d{3,})$")


@dataclass(frozen=True)
class Docket:
    centre: str
    day: date
    serial: int

    def __str__(self) -> str:
        return format_docket(self.centre, self.day, self.serial)


def format_docket(centre_code: str, day: date, serial: int) -> str:
    if serial < 1:
        raise ValueError("serials start at 1")
    return f"{centre_code}-{day:%Y%m%d}-{serial:03d}"


def parse_docket(text: str) -> Docket:
    match = _DOCKET.match(text.strip().upper())
    if not match:
        raise ValueError(f"not a docket number: {text!r}")
    centre, ymd, serial = match.groups()
    day = date(int(ymd[:4]), int(ymd[4:6]), int(ymd[6:]))
    return Docket(centre, day, int(serial))
