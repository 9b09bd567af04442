"""Checking the records an inspector relies on: every centre's event chain, and every
complaint row against the replay of its events.

Problems are named record by record: a tampered event (its content no longer matches its
hash), a broken link (an event missing or inserted before it), a chain whose last link is
not the recorded head (events removed from the end), complaints whose row differs from
what their events say or that have no events at all, and contact attempts about a complaint
whose row (officer, outcome) differs from the events recorded with it, or that are missing.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, ChainHead, Complaint, ComplaintEvent, ContactAttempt
from fusecentre_app.domain.chain import GENESIS, event_hash
from fusecentre_app.domain.enums import EventKind
from fusecentre_app.domain.history import ComplaintState, apply_event

BATCH = 20_000


@dataclass(frozen=True)
class Report:
    events: int
    complaints: int
    chains: int
    problems: list[str]

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(db: Database) -> Report:
    problems: list[str] = []
    with db.read() as s:
        centres = dict(s.execute(select(Centre.id, Centre.code)).all())
        heads = {h.centre_id: h for h in s.scalars(select(ChainHead))}
        running = {cid: GENESIS for cid in centres}
        last_id = dict.fromkeys(centres, 0)
        events = 0
        rows = s.execute(
            select(
                ComplaintEvent.id,
                Complaint.centre_id,
                ComplaintEvent.complaint_id,
                ComplaintEvent.at,
                ComplaintEvent.user_id,
                ComplaintEvent.kind,
                ComplaintEvent.data,
                ComplaintEvent.prev_hash,
                ComplaintEvent.hash,
            )
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .order_by(ComplaintEvent.id)
            .execution_options(yield_per=BATCH)
        )
        for event_id, centre_id, complaint_id, at, user_id, kind, data, prev, digest in rows:
            events += 1
            code = centres[centre_id]
            if prev != running[centre_id]:
                problems.append(
                    f"event {event_id} ({code}): its link to the previous event is broken; "
                    "an event before it is missing, inserted or altered"
                )
            if event_hash(prev, complaint_id, at, user_id, kind, data) != digest:
                problems.append(
                    f"event {event_id} ({code}, complaint {complaint_id}, {kind}): content does "
                    "not match its hash (altered)"
                )
            running[centre_id] = digest
            last_id[centre_id] = event_id
        for centre_id, code in centres.items():
            head = heads.get(centre_id)
            if head is None:
                problems.append(f"centre {code}: the record of its chain's last event is missing")
            elif (head.last_event_id, head.last_hash) != (last_id[centre_id], running[centre_id]):
                problems.append(
                    f"centre {code}: the chain ends at event {last_id[centre_id]} but event "
                    f"{head.last_event_id} was recorded last (events removed from the end)"
                )
        complaints = _check_states(s, problems)
        _check_contacts(s, problems)
    return Report(events, complaints, len(centres), problems)


def _check_contacts(s, problems: list[str]) -> None:  # type: ignore[no-untyped-def]
    """Attempts about a complaint are chained events too: the rows must agree with them."""
    recorded: dict[int, dict[str, object]] = {}
    for complaint_id, kind, data in s.execute(
        select(ComplaintEvent.complaint_id, ComplaintEvent.kind, ComplaintEvent.data).where(
            ComplaintEvent.kind.in_([EventKind.CONTACTED.value, EventKind.CONTACT_OUTCOME.value])
        )
    ):
        entry = recorded.setdefault(int(data["attempt_id"]), {"outcome": None})
        entry["complaint_id"] = complaint_id
        entry["officer_id"] = data["officer_id"]
        if kind == EventKind.CONTACT_OUTCOME.value:
            entry["outcome"] = data["outcome"]
    rows = s.execute(
        select(
            ContactAttempt.id,
            ContactAttempt.complaint_id,
            ContactAttempt.officer_id,
            ContactAttempt.outcome,
        ).where(ContactAttempt.complaint_id.is_not(None))
    ).all()
    for attempt_id, complaint_id, officer_id, outcome in rows:
        entry = recorded.pop(attempt_id, None)
        if entry is None:
            problems.append(
                f"contact attempt {attempt_id}: not in complaint {complaint_id}'s history"
            )
            continue
        found = (entry["complaint_id"], entry["officer_id"], entry["outcome"])
        if found != (complaint_id, officer_id, outcome):
            problems.append(
                f"contact attempt {attempt_id}: row differs from its events (complaint, officer "
                f"or outcome)"
            )
    for attempt_id, entry in recorded.items():
        problems.append(
            f"contact attempt {attempt_id} (complaint {entry['complaint_id']}): in the history "
            "but its row is missing"
        )


def _check_states(s, problems: list[str]) -> int:  # type: ignore[no-untyped-def]
    """Replay each complaint's events (streamed in complaint order) against its row."""
    names = [f.name for f in fields(ComplaintState)]
    complaints = s.execute(
        select(Complaint.id, Complaint.docket, *[getattr(Complaint, n) for n in names])
        .order_by(Complaint.id)
        .execution_options(yield_per=BATCH)
    )
    history = s.execute(
        select(
            ComplaintEvent.complaint_id,
            ComplaintEvent.at,
            ComplaintEvent.kind,
            ComplaintEvent.data,
        )
        .order_by(ComplaintEvent.complaint_id, ComplaintEvent.id)
        .execution_options(yield_per=BATCH)
    )
    pending = next(history, None)
    count = 0
    for row in complaints:
        count += 1
        complaint_id, docket = row[0], row[1]
        stored = ComplaintState.of(dict(zip(names, row[2:], strict=True)))
        while pending is not None and pending[0] < complaint_id:
            pending = next(history, None)  # events of a complaint that is gone
        replayed = ComplaintState()
        while pending is not None and pending[0] == complaint_id:
            apply_event(replayed, pending[1], pending[2], pending[3])
            pending = next(history, None)
        if replayed.version == 0:
            problems.append(f"complaint {docket}: has no events (its history is missing)")
        elif replayed != stored:
            differ = [n for n in names if getattr(replayed, n) != getattr(stored, n)]
            problems.append(
                f"complaint {docket}: row differs from its events in {', '.join(differ)}"
            )
    return count
