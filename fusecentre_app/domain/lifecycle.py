"""The complaint state machine. Widgets ask it what is legal; services refuse anything else."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from fusecentre_app.domain.enums import Status
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message

# action name -> (states it may start from, state it leads to)
TRANSITIONS: dict[str, tuple[frozenset[Status], Status]] = {
    # Reassigning while the first officer is attending hands the fault to someone else.
    "assign": (
        frozenset({Status.NEW, Status.ASSIGNED, Status.ATTENDING, Status.REOPENED}),
        Status.ASSIGNED,
    ),
    "attend": (frozenset({Status.ASSIGNED}), Status.ATTENDING),
    "resolve": (
        frozenset({Status.NEW, Status.ASSIGNED, Status.ATTENDING, Status.REOPENED}),
        Status.RESOLVED,
    ),
    "verify": (frozenset({Status.RESOLVED}), Status.CLOSED_VERIFIED),
    "reopen": (frozenset({Status.RESOLVED}), Status.REOPENED),
    "close_unverified": (frozenset({Status.RESOLVED}), Status.CLOSED_UNVERIFIED),
    "cancel": (
        frozenset({Status.NEW, Status.ASSIGNED, Status.ATTENDING, Status.REOPENED}),
        Status.CANCELLED,
    ),
}

MAX_CALLBACK_ATTEMPTS = 3
DEFAULT_CALLBACK_SPACING = timedelta(minutes=30)

# For refusals a clerk reads: "Complaint X is closed (verified), so it cannot be reopened."
STATUS_WORDS: dict[Status, str] = {
    Status.NEW: Message(QT_TRANSLATE_NOOP("status words", "new")),
    Status.ASSIGNED: Message(QT_TRANSLATE_NOOP("status words", "assigned")),
    Status.ATTENDING: Message(QT_TRANSLATE_NOOP("status words", "being attended")),
    Status.RESOLVED: Message(
        QT_TRANSLATE_NOOP("status words", "resolved and waiting for its call back")
    ),
    Status.CLOSED_VERIFIED: Message(QT_TRANSLATE_NOOP("status words", "closed (verified)")),
    Status.CLOSED_UNVERIFIED: Message(QT_TRANSLATE_NOOP("status words", "closed (not verified)")),
    Status.CANCELLED: Message(QT_TRANSLATE_NOOP("status words", "cancelled")),
    Status.REOPENED: Message(QT_TRANSLATE_NOOP("status words", "reopened")),
}
ACTION_WORDS: dict[str, str] = {
    "assign": Message(QT_TRANSLATE_NOOP("action words", "assigned")),
    "attend": Message(QT_TRANSLATE_NOOP("action words", "marked as attended")),
    "resolve": Message(QT_TRANSLATE_NOOP("action words", "resolved")),
    "verify": Message(QT_TRANSLATE_NOOP("action words", "closed as verified")),
    "reopen": Message(QT_TRANSLATE_NOOP("action words", "reopened")),
    "close_unverified": Message(QT_TRANSLATE_NOOP("action words", "closed unverified")),
    "cancel": Message(QT_TRANSLATE_NOOP("action words", "cancelled")),
}


class IllegalTransition(ValueError):
    """An action that the complaint's current state does not allow."""


def allowed_actions(status: Status) -> list[str]:
    return [name for name, (sources, _target) in TRANSITIONS.items() if status in sources]


def next_status(status: Status, action: str) -> Status:
    try:
        sources, target = TRANSITIONS[action]
    except KeyError as exc:
        raise IllegalTransition(
            Message(
                QT_TRANSLATE_NOOP("messages", "has no action {action!r}"),
                action=action,
            )
        ) from exc
    if status not in sources:
        raise IllegalTransition(
            Message(
                QT_TRANSLATE_NOOP("messages", "is {status}, so it cannot be {action}"),
                status=STATUS_WORDS[status],
                action=ACTION_WORDS.get(action, action),
            )
        )
    return target


def counted_unreachable(times: Iterable[datetime], spacing: timedelta) -> list[datetime]:
    """The unreachable callbacks (since the resolution, oldest first) that count towards
    closing a complaint unverified: the first, and each one at least `spacing` after the last
    one counted. Three tries in a minute are one try: a consumer away from the phone for a
    while is not unreachable."""
    counted: list[datetime] = []
    for at in times:
        if not counted or at - counted[-1] >= spacing:
            counted.append(at)
    return counted


def unreachable_closes(counted: list[datetime], now: datetime, spacing: timedelta) -> bool:
    """Whether an unreachable callback at `now` would close the complaint unverified."""
    return len(counted_unreachable([*counted, now], spacing)) >= MAX_CALLBACK_ATTEMPTS


def next_counted_at(counted: list[datetime], spacing: timedelta) -> datetime | None:
    """From when the next unreachable callback counts (None: any time does)."""
    return counted[-1] + spacing if counted else None
