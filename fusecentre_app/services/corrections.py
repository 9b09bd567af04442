"""Putting a wrong entry right, on record: nothing is ever overwritten or deleted.

`amend_complaint` corrects what was taken down when the call came in (caller, mobile,
consumer number, village, address, landmark, feeder, DT, type, channel, description,
received time), with a reason; the `amended` event holds each field's old and new value. A
changed type or feeder area recomputes the SoP deadline (and the event says from what to
what); a changed type recomputes the priority; the queue shows the complaint under its new
feeder at once.

`reverse_last_action` puts right a mis-click: the person who made the last action on a
complaint may reverse it within `REVERSE_WITHIN`, with a reason. The `reversed` event names
the events it reverses and carries the state it restores; the reversed events stay in the
history (and `verify` checks that the restored state is the one they started from).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    ComplaintEvent,
    ComplaintType,
    Dt,
    Feeder,
    Officer,
    Pss,
)
from fusecentre_app.domain.enums import Area, Channel, EventKind
from fusecentre_app.domain.history import ComplaintState, apply_event
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.phone import normalise_phone
from fusecentre_app.domain.record import AMENDABLE_FIELDS, to_json
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import format_local
from fusecentre_app.services.complaints import (
    BACKDATE_LIMIT,
    ComplaintDraft,
    reference_problems,
    sop_deadline,
    validate_draft,
)
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.lifecycle import ComplaintChange, Moved
from fusecentre_app.services.uow import changing

REVERSE_WITHIN = timedelta(minutes=10)
# What one click cannot take back: a logged complaint (cancel it instead), a reversal, and
# the record of reaching an officer (the attempt happened).
_NOT_REVERSIBLE = {
    EventKind.LOGGED.value: Message(
        QT_TRANSLATE_NOOP(
            "messages", "A logged complaint is not reversed; a supervisor cancels it."
        ),
    ),
    EventKind.REVERSED.value: Message(
        QT_TRANSLATE_NOOP(
            "messages", "A reversal cannot itself be reversed; correct the complaint."
        ),
    ),
    EventKind.CONTACTED.value: Message(
        QT_TRANSLATE_NOOP("messages", "A contact attempt stays on record; record its outcome."),
    ),
    EventKind.CONTACT_OUTCOME.value: Message(
        QT_TRANSLATE_NOOP("messages", "A contact attempt's outcome stays on record.")
    ),
    EventKind.ESCALATED.value: Message(
        QT_TRANSLATE_NOOP("messages", "An escalation stays on record.")
    ),
    EventKind.DOCKET_SENT.value: Message(
        QT_TRANSLATE_NOOP("messages", "The docket given to the caller stays on record.")
    ),
    EventKind.LINKED.value: Message(
        QT_TRANSLATE_NOOP(
            "messages", "A link to an incident is undone by taking the complaint out."
        ),
    ),
    EventKind.UNLINKED.value: Message(
        QT_TRANSLATE_NOOP("messages", "Taking a complaint out of an incident stays on record."),
    ),
}


def _draft_of(state: ComplaintState) -> ComplaintDraft:
    return ComplaintDraft(
        caller_mobile=state.caller_mobile or "",
        caller_name=state.caller_name,
        consumer_no=state.consumer_no,
        locality=state.locality,
        address=state.address,
        landmark=state.landmark,
        feeder_id=state.feeder_id,
        dt_id=state.dt_id,
        type_code=state.type_code,
        channel=Channel(state.channel),
        channel_ref=state.channel_ref,
        forwarded_by_id=state.forwarded_by_id,
        description=state.description,
        received_at=state.received_at,
    )


def _normalised(name: str, value: Any) -> Any:
    if isinstance(value, str):
        value = value.strip()
    if name == "caller_mobile":
        return normalise_phone(value, mobile_only=True) if value else None
    if name == "consumer_no":
        return value.upper()
    if name == "channel":
        return Channel(value).value
    return value


def amend_complaint(
    db: Database,
    complaint_id: int,
    changes: dict[str, Any],
    reason: str,
    *,
    user_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """Correct logging-time details of a complaint, with a reason (see the module)."""
    unknown = sorted(set(changes) - set(AMENDABLE_FIELDS))
    if unknown:
        raise ValidationError(
            {
                unknown[0]: Message(
                    QT_TRANSLATE_NOOP("messages", "This detail cannot be corrected here.")
                )
            }
        )
    if not reason.strip():
        raise ValidationError(
            {"reason": Message(QT_TRANSLATE_NOOP("messages", "Say why the details are corrected."))}
        )
    with changing(db, user_id, UseCase.AMEND_COMPLAINT, now=now) as c:
        change = ComplaintChange(c, complaint_id, UseCase.AMEND_COMPLAINT, expected_version)
        state = change.state
        draft = replace(_draft_of(state), **changes)
        errors = {k: v for k, v in validate_draft(draft, c.now).items() if k in changes}
        if errors:
            raise ValidationError(errors)
        new = {name: _normalised(name, value) for name, value in changes.items()}
        danger, area, dt_feeder, officer = _references(c.session, change.row.centre_id, draft)
        errors = reference_problems(
            draft, danger=danger, area=area, dt_feeder_id=dt_feeder, officer_id=officer
        )
        errors = {k: v for k, v in errors.items() if k in changes or k == "feeder_id"}
        if errors:
            raise ValidationError(errors)
        received = new.get("received_at", state.received_at)
        if "received_at" in new and received < c.now - BACKDATE_LIMIT:
            c.require(UseCase.BACKDATE, change.row.centre_id)
        new["priority"] = 1 if danger else 0
        new["sop_hours"], new["sop_due_at"] = sop_deadline(
            c.conn, draft.type_code, Area(area) if area else None, received
        )
        differ = {
            name: [to_json(name, getattr(state, name)), to_json(name, value)]
            for name, value in new.items()
            if getattr(state, name) != value
        }
        if not differ:
            raise ValidationError(
                {
                    "reason": Message(
                        QT_TRANSLATE_NOOP("messages", "Nothing differs from what is recorded.")
                    )
                }
            )
        data: dict[str, Any] = {"reason": reason.strip(), "changes": differ}
        if "sop_due_at" in differ:
            data["sop"] = (
                f"SoP deadline {format_local(state.sop_due_at)} → "
                f"{format_local(new['sop_due_at'])} ({state.sop_hours:g} h → "
                f"{new['sop_hours']:g} h)"
            )
        change.record(EventKind.AMENDED, data)
        return change.finish()


def _references(s, centre_id: int, draft: ComplaintDraft) -> tuple[Any, Any, Any, Any]:  # type: ignore[no-untyped-def]
    danger = s.scalar(select(ComplaintType.danger).where(ComplaintType.code == draft.type_code))
    area = None
    if draft.feeder_id is not None:
        area = s.scalar(
            select(Feeder.area)
            .join(Pss, Pss.id == Feeder.pss_id)
            .where(Feeder.id == draft.feeder_id, Pss.centre_id == centre_id)
        )
    dt_feeder = s.scalar(select(Dt.feeder_id).where(Dt.id == draft.dt_id)) if draft.dt_id else None
    officer = (
        s.scalar(select(Officer.id).where(Officer.id == draft.forwarded_by_id))
        if draft.forwarded_by_id
        else None
    )
    return danger, area, dt_feeder, officer


@dataclass(frozen=True)
class LastAction:
    """The last action on a complaint, as the reverse button offers it."""

    event_ids: tuple[int, ...]
    kinds: tuple[str, ...]
    at: datetime
    user_id: int | None
    user_name: str
    refusal: str  # why it may not be reversed (empty: it may)


def last_action(
    db: Database, complaint_id: int, user_id: int | None, *, now: datetime
) -> LastAction | None:
    """The complaint's last action, and whether `user_id` may reverse it now."""
    with db.read() as s:
        return last_action_in(s, complaint_id, user_id, now=now)


def last_action_in(
    s: Session, complaint_id: int, user_id: int | None, *, now: datetime
) -> LastAction | None:
    e = ComplaintEvent
    events = s.execute(
        select(e.id, e.at, e.user_id, e.kind)
        .where(ComplaintEvent.complaint_id == complaint_id)
        .order_by(ComplaintEvent.id)
    ).all()
    if not events:
        return None
    group = _last_group(events)
    name = s.scalar(select(AppUser.full_name).where(AppUser.id == group[0].user_id)) or ""
    return _judge(group, name, user_id, now)


def _last_group(events: list[Any]) -> list[Any]:
    """The events of the last action: written at one moment by one person."""
    last = events[-1]
    tail = []
    for event in reversed(events):
        if event.at != last.at or event.user_id != last.user_id:
            break
        tail.append(event)
    return tail[::-1]


def _judge(group: list[Any], name: str, user_id: int | None, now: datetime) -> LastAction:
    kinds = tuple(e.kind for e in group)
    refusal = next((_NOT_REVERSIBLE[k] for k in kinds if k in _NOT_REVERSIBLE), "")
    first = group[0]
    if not refusal and first.user_id != user_id:
        refusal = f"Only {name or 'the person who did it'} can reverse this action."
    if not refusal and now - first.at > REVERSE_WITHIN:
        minutes = int(REVERSE_WITHIN.total_seconds() // 60)
        refusal = f"This was done more than {minutes} minutes ago; correct the complaint instead."
    return LastAction(tuple(e.id for e in group), kinds, first.at, first.user_id, name, refusal)


def reverse_last_action(
    db: Database,
    complaint_id: int,
    reason: str,
    *,
    user_id: int | None,
    expected_version: int | None = None,
    now: datetime | None = None,
) -> Moved:
    """Reverse the last action on a complaint (see the module), with a reason."""
    if not reason.strip():
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "Say what went wrong (for example, wrong complaint)."
                    ),
                )
            }
        )
    with changing(db, user_id, UseCase.REVERSE_ACTION, now=now) as c:
        change = ComplaintChange(c, complaint_id, UseCase.REVERSE_ACTION, expected_version)
        events = c.session.execute(
            select(
                ComplaintEvent.id,
                ComplaintEvent.at,
                ComplaintEvent.user_id,
                ComplaintEvent.kind,
                ComplaintEvent.data,
            )
            .where(ComplaintEvent.complaint_id == complaint_id)
            .order_by(ComplaintEvent.id)
        ).all()
        group = _last_group(events)
        name = (
            c.session.scalar(select(AppUser.full_name).where(AppUser.id == group[0].user_id)) or ""
        )
        judged = _judge(group, name, c.user_id, c.now)
        if judged.refusal:
            raise ServiceError(judged.refusal)
        if any(e.kind == EventKind.RESOLVED.value and e.data.get("incident_id") for e in group):
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This complaint was resolved with its incident; "
                        "take it out of the incident or "
                        "correct the incident instead.",
                    ),
                )
            )
        before = ComplaintState()
        for event in events:
            if event.id == group[0].id:
                break
            apply_event(before, event.at, event.kind, event.data, event.user_id)
        restores = before.as_json()
        restores.pop("version", None)
        for event in group:  # a detail an early `logged` event lacks: the correction's old value
            if event.kind == EventKind.AMENDED.value:
                for name, (old, _new) in event.data.get("changes", {}).items():
                    restores.setdefault(name, old)
        change.record(
            EventKind.REVERSED,
            {
                "reverses": list(judged.event_ids),
                "kinds": list(judged.kinds),
                "reason": reason.strip(),
                "restores": restores,
            },
        )
        return change.finish()
