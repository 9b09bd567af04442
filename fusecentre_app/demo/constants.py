"""The demo's public names: its users, password, seed and what a run reports."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

# Every demo account shares this password (a demo store is for trying the desk, never for
# real complaints; `fusecentre demo` refuses a store that already holds records).
DEMO_PASSWORD = "demo-desk-1912"
DEMO_USERNAME = "asha"  # Buxar's morning clerk
DMR_USERNAME = "pooja"  # Dumraon's morning clerk
SUPERVISOR_USERNAME = "mukesh"  # the JE in charge at Buxar
INSPECTOR_USERNAME = "rakesh"
ADMIN_USERNAME = "admin"
DEFAULT_SEED = 1912
# About this many complaints per transaction (a day is never split between transactions).
CHUNK_SIZE = 20_000
# The shifts the demo clerks work (local hours), as the centres' default shift hours.
SHIFT_HOURS = ((6, 14), (14, 22), (22, 6))


@dataclass(frozen=True)
class DemoUser:
    username: str
    full_name: str
    role: str
    centre_code: str | None
    shift: int | None = None  # index into SHIFT_HOURS, for a clerk


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser(DEMO_USERNAME, "Asha Kumari", "clerk", "BXR", 0),
    DemoUser("ravi", "Ravi Ranjan", "clerk", "BXR", 1),
    DemoUser("sunil", "Sunil Paswan", "clerk", "BXR", 2),
    DemoUser(DMR_USERNAME, "Pooja Kumari", "clerk", "DMR", 0),
    DemoUser("arvind", "Arvind Yadav", "clerk", "DMR", 1),
    DemoUser("manoj", "Manoj Ram", "clerk", "DMR", 2),
    DemoUser(SUPERVISOR_USERNAME, "Mukesh Singh (JE)", "supervisor", "BXR"),
    DemoUser("je.dmr", "Santosh Tiwari (JE)", "supervisor", "DMR"),
    DemoUser(INSPECTOR_USERNAME, "Rakesh Prasad (AEE, inspection)", "inspector", None),
    DemoUser(ADMIN_USERNAME, "Division office admin", "admin", None),
)
DEMO_MARK = "demo_store"  # a setting: this store was built by the demo


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
