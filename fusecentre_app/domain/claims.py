"""The EE's claims register, the rules without the store: a consumer's compensation claim is
decided within 30 days of its receipt (the Electricity (Rights of Consumers) Rules), and what
is awarded may be recovered from the officers whose delay caused it, in shares that add up to
the award.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

DECISION_DAYS = 30


class ReceivedBy(StrEnum):
    HAND = "hand"
    POST = "post"


class Decision(StrEnum):
    AWARDED = "awarded"
    REFUSED = "refused"


def decision_due(received_on: date) -> date:
    """The last day the EE may decide a claim received on `received_on`."""
    return received_on + timedelta(days=DECISION_DAYS)


def is_overdue(received_on: date, today: date, decided_on: date | None) -> bool:
    """Undecided past its due day (a decided claim is never overdue, only late)."""
    return decided_on is None and today > decision_due(received_on)


def is_late(received_on: date, decided_on: date | None) -> bool:
    """Decided after its due day."""
    return decided_on is not None and decided_on > decision_due(received_on)


@dataclass(frozen=True)
class Share:
    """Rupees of an award recovered from one officer (by employee id)."""

    employee_id: str
    amount: int


def recovery_shares(award: int, wanted: list[tuple[str, int | None]]) -> list[Share]:
    """The shares of `award` recovered from each officer: given in rupees, or (none given)
    split equally with the odd rupees to the first named. Raises ValueError, in the EE's
    words, when the shares do not add up to the award."""
    if not wanted:
        return []
    ids = [employee_id for employee_id, _ in wanted]
    if len(set(ids)) != len(ids):
        raise ValueError("an officer is named twice among those it is recovered from")
    given = [amount for _, amount in wanted]
    if any(amount is not None and amount < 0 for amount in given):
        raise ValueError("a share cannot be negative")
    if all(amount is None for amount in given):
        each, odd = divmod(award, len(wanted))
        return [Share(e, each + (odd if i == 0 else 0)) for i, e in enumerate(ids)]
    if any(amount is None for amount in given):
        raise ValueError("give every officer's share in rupees, or none of them")
    total = sum(amount or 0 for amount in given)
    if total != award:
        raise ValueError(f"the shares add up to Rs {total}, not the Rs {award} awarded")
    return [Share(e, amount or 0) for e, amount in wanted]
