"""Does a printed register still match the records? The check an inspector runs.

The digest printed on the paper is recomputed from the records at the printed cut
(`services.register_day`). It matches when the day's complaints as their events said at the
cut, and those events' stored hashes, are as they were; and then only if every event's
content still matches its stored hash and every complaint of the day still agrees with its
whole history (`services.replay_check`). What the desk recorded after the print (a callback,
a correction, a complaint logged onto the printed day) is listed with who did it; it does
not spoil the match.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint
from fusecentre_app.domain.chain import event_hash
from fusecentre_app.domain.enums import EventKind
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.services.register_day import (
    centre_by_code,
    day_digest,
    load_day,
    one_snapshot,
)
from fusecentre_app.services.replay_check import mismatched_complaints


@dataclass(frozen=True)
class LaterEvent:
    docket: str
    event_id: int
    at: datetime
    kind: str
    by: str = ""

    @property
    def sentence(self) -> str:
        """For example: BXR-20260601-004: corrected after the print by Ravi Kumar."""
        done = _DONE.get(self.kind) or Message(
            QT_TRANSLATE_NOOP("register check", "{kind} recorded"), kind=self.kind.replace("_", " ")
        )
        return Message(
            QT_TRANSLATE_NOOP("register check", "{docket}: {done} after the print by {by}"),
            docket=self.docket,
            done=done,
            by=self.by or Message(QT_TRANSLATE_NOOP("register check", "the command line")),
        )


_DONE: dict[str, str] = {
    EventKind.LOGGED.value: Message(QT_TRANSLATE_NOOP("register check", "added")),
    EventKind.FOLLOW_UP.value: Message(QT_TRANSLATE_NOOP("register check", "a further call noted")),
    EventKind.ASSIGNED.value: Message(QT_TRANSLATE_NOOP("register check", "assigned")),
    EventKind.ATTENDED.value: Message(QT_TRANSLATE_NOOP("register check", "marked as attended")),
    EventKind.RESOLVED.value: Message(QT_TRANSLATE_NOOP("register check", "resolved")),
    EventKind.CALLBACK.value: Message(QT_TRANSLATE_NOOP("register check", "called back")),
    EventKind.REOPENED.value: Message(QT_TRANSLATE_NOOP("register check", "reopened")),
    EventKind.CLOSED.value: Message(QT_TRANSLATE_NOOP("register check", "closed")),
    EventKind.CANCELLED.value: Message(QT_TRANSLATE_NOOP("register check", "cancelled")),
    EventKind.AMENDED.value: Message(QT_TRANSLATE_NOOP("register check", "corrected")),
    EventKind.LINKED.value: Message(QT_TRANSLATE_NOOP("register check", "linked to an incident")),
    EventKind.UNLINKED.value: Message(
        QT_TRANSLATE_NOOP("register check", "unlinked from an incident")
    ),
    EventKind.CONTACTED.value: Message(QT_TRANSLATE_NOOP("register check", "an officer contacted")),
    EventKind.CONTACT_OUTCOME.value: Message(
        QT_TRANSLATE_NOOP("register check", "a contact's outcome recorded")
    ),
    EventKind.ESCALATED.value: Message(QT_TRANSLATE_NOOP("register check", "escalated")),
    EventKind.REVERSED.value: Message(QT_TRANSLATE_NOOP("register check", "an action reversed")),
    EventKind.DOCKET_SENT.value: Message(
        QT_TRANSLATE_NOOP("register check", "the docket given to the caller")
    ),
}


@dataclass(frozen=True)
class DigestCheck:
    matches: bool
    recomputed: str
    later_events: tuple[LaterEvent, ...] = field(default_factory=tuple)
    inconsistent_dockets: tuple[str, ...] = ()
    altered_events: tuple[int, ...] = ()


def register_digest(db: Database, centre_code: str, day: date, cut_event_id: int) -> str:
    """The digest of a centre's day as the records hold it now, at a printed cut."""
    with db.read() as s:
        one_snapshot(s)
        centre = centre_by_code(s, centre_code)
        rows, events = load_day(s, centre.id, day, None)
    return day_digest(centre.code, day, cut_event_id, rows, events)


def check_register_digest(
    db: Database, centre_code: str, day: date, cut_event_id: int, printed: str
) -> DigestCheck:
    """Compare a printed digest with the records (see the module)."""
    with db.read() as s:
        one_snapshot(s)
        centre = centre_by_code(s, centre_code)
        rows, events = load_day(s, centre.id, day, None)
        recomputed = day_digest(centre.code, day, cut_event_id, rows, events)
        altered = tuple(
            e.id
            for e in events
            if event_hash(e.prev_hash, e.complaint_id, e.at, e.user_id, e.kind, e.data) != e.hash
        )
        inconsistent = tuple(
            m.docket
            for m in mismatched_complaints(
                s.connection(), Complaint.centre_id == centre.id, Complaint.day == day
            )
        )
    # Work recorded on the day's complaints after the print, from the same snapshot.
    dockets = {r["id"]: r["docket"] for r in rows}
    later = tuple(
        LaterEvent(dockets[e.complaint_id], e.id, e.at, e.kind, e.who)
        for e in events
        if e.id > cut_event_id
    )
    matches = recomputed == printed.strip().lower() and not inconsistent and not altered
    return DigestCheck(matches, recomputed, later, inconsistent, altered)
