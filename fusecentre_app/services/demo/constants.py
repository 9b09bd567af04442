"""The demo's public names: its users, password, seed and what a run reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

DEMO_PASSWORD = "demo1234"
DEMO_USERNAME = "demo"
DMR_USERNAME = "dmr"
SUPERVISOR_USERNAME = "supervisor"
DEFAULT_SEED = 1912
# About this many complaints per transaction (a day is never split between transactions).
CHUNK_SIZE = 20_000


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    centre_code: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(DEMO_USERNAME, "Demo Clerk", "clerk", "BXR"),
    DemoUser(DMR_USERNAME, "Dumraon Clerk", "clerk", "DMR"),
    DemoUser(SUPERVISOR_USERNAME, "Demo Supervisor", "supervisor", "BXR"),
)


@dataclass(frozen=True)
class DemoSummary:
    """What one `build_demo` run added (`by_status` has every status, zero counts too)."""

    complaints: int
    events: int
    consumers: int
    days: int
    first_day: date
    last_day: date
    by_status: dict[str, int] = field(default_factory=dict)


Progress = Callable[[int, int], None]
_T = TypeVar("_T")
