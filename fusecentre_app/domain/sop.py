"""Standards of Performance: the restoration deadline a complaint is logged with.

The hours come from a configurable table (complaint type x urban/rural). The clock runs
continuously, day and night, as the regulator's restoration standards do.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from fusecentre_app.domain.enums import Area

DEFAULT_HOURS = 24.0


@dataclass(frozen=True)
class SopTable:
    """Hours allowed per (complaint type code, area); unknown pairs fall back to a default."""

    hours: Mapping[tuple[str, Area], float]
    fallback: float = DEFAULT_HOURS

    def hours_for(self, type_code: str, area: Area | None) -> float:
        if area is None:
            # Unknown feeder: the stricter (urban) standard is the safe promise to a caller.
            area = Area.URBAN
        return self.hours.get((type_code, area), self.fallback)

    def due_at(self, received_at: datetime, type_code: str, area: Area | None) -> datetime:
        return sop_due(received_at, self.hours_for(type_code, area))


def sop_due(received_at: datetime, hours: float) -> datetime:
    if hours <= 0:
        raise ValueError("SoP hours must be positive")
    return received_at + timedelta(hours=hours)


def hours_late(due_at: datetime, done_at: datetime) -> float:
    """How many hours past the deadline something was done (0 when in time)."""
    return max(0.0, (done_at - due_at).total_seconds() / 3600.0)
