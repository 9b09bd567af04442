"""Checking the records an inspector relies on, all of them.

- Each centre's chain of complaint events: an event whose content no longer matches its
  hash (altered), a broken link (an event missing or inserted before it), and a chain that
  does not end at its recorded head (events removed from the end).
- Every complaint row against the replay of its events (`services.replay_check`): its
  lifecycle and its logging-time details (caller, received time, SoP deadline…), and every
  reversal against the state it claims to restore.
- Contact attempts about a complaint against the events recorded with them.
- The audit chain (accounts, officers, the network, SoP rules, settings, prints, incidents,
  inspections, contact attempts): altered or missing records, and every audited row against
  its last snapshot on record — a row edited, added or removed outside the desk is named.
- Daily serials: a gap (a complaint removed), and a counter that does not agree with them.
- With an anchor file (`db.anchors`): every anchored head still has the hash written down,
  so a chain rebuilt after an edit is caught although its links check out.

A clean check is put on record (`put_check_on_record`: an audit record naming who ran it,
where each chain had been checked to, anchored at once in the anchor file). The daily check,
`verify_store(since_checkpoint=True)`, starts from the last one the anchor file names: the
chains from their checkpointed events onwards (each checkpointed event must still have the
hash checked then, and the events up to it must still be as many), and the complaints and
contact attempts with events since; the audit chain, the audited rows and the serials are
checked whole (they are small). The checkpoint is trusted only when its record is as
anchored: one altered or removed in the store is named and everything is checked; a later
one on record that the file does not hold (another PC's, or slipped in) is named in
`Report.unanchored`, never used. What only the full check finds: an event before the
checkpoint edited in place while the checkpointed event is left as it was, and a complaint
row or contact attempt edited directly with no event since.

What `verify` cannot prove: that what a clerk typed is what the caller said; that nobody
with the store and the anchor file both rebuilt the chains and the file after the last
paper was printed (keep the anchor file on the backup medium and the paper in the
cupboard); or anything about changes made before the store was first set up.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fusecentre_app.db.anchors import (
    AUDIT_CHAIN,
    CHECKPOINT_CHAIN,
    append_anchors,
    last_anchor,
    read_anchors,
)
from fusecentre_app.db.audit import ENTITIES, current_snapshots, records
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
    AppUser,
    AuditHead,
    AuditRecord,
    Centre,
    ChainHead,
    Complaint,
    ComplaintEvent,
    ContactAttempt,
    DocketCounter,
)
from fusecentre_app.domain.chain import GENESIS, audit_hash, event_hash
from fusecentre_app.domain.enums import EventKind
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.services.register_day import one_snapshot
from fusecentre_app.services.replay_check import BATCH, EventRow, mismatched_complaints
from fusecentre_app.services.uow import Who, changing

CHECKPOINT_KIND = "verified"  # the audit record of a clean check


@dataclass(frozen=True)
class Reached:
    """Where a check got to: what the next daily check may start from."""

    # centre id → its last event checked, and that hash. Each chain is checked to its own
    # event: on PostgreSQL a save at one centre can hold a lower event id and commit after
    # another centre's higher one, so no single event id divides checked from unchecked.
    chains: dict[int, tuple[int, str]]
    through_event: int  # the highest event id checked
    events: int  # how many events the chains had, each up to its own last event checked
    complaints: int  # the highest complaint id checked
    attempts: int  # the highest contact attempt id checked
    audit: tuple[int, str]  # the last audit record checked, and its hash

    def as_json(self) -> dict[str, Any]:
        return {
            "chains": {str(c): list(head) for c, head in sorted(self.chains.items())},
            "through_event": self.through_event,
            "events": self.events,
            "complaints": self.complaints,
            "attempts": self.attempts,
            "audit": list(self.audit),
        }

    @classmethod
    def of(cls, data: dict[str, Any]) -> Reached:
        chains = {int(c): (int(i), str(h)) for c, (i, h) in data["chains"].items()}
        audit_id, audit_digest = data["audit"]
        return cls(
            chains,
            int(data["through_event"]),
            int(data["events"]),
            int(data["complaints"]),
            int(data["attempts"]),
            (int(audit_id), str(audit_digest)),
        )


@dataclass(frozen=True)
class Checkpoint:
    """A clean check on record: its audit record, when, who ran it, and where it got to."""

    record_id: int
    at: datetime
    by: str
    reached: Reached

    def sentence(self) -> str:
        when = f"{self.at:%d-%m-%Y %H:%M} UTC"
        return f"the check of {when} by {self.by} (audit record {self.record_id})"


@dataclass(frozen=True)
class Report:
    events: int
    complaints: int
    chains: int
    problems: list[str]
    audit_records: int = 0
    anchors: int = 0
    reached: Reached | None = None
    since: Checkpoint | None = None  # the daily check started here; None: everything checked
    why_whole: str = ""  # a daily check asked for that checked everything instead, and why
    # Clean checks on record after the anchored one, not in this anchor file (another PC's,
    # or slipped in): never started from.
    unanchored: list[int] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(
    db: Database, *, anchors: Path | None = None, since_checkpoint: bool = False
) -> Report:
    """Check everything (see the module), or with `since_checkpoint` what changed since the
    last clean check on record; `anchors`: an anchor file to hold the chains to (and the
    only place a checkpoint is trusted from)."""
    problems: list[str] = []
    with db.read() as s:
        one_snapshot(s)  # on PostgreSQL, desks writing meanwhile would look like tampering
        conn = s.connection()
        centres = dict(conn.execute(select(Centre.id, Centre.code)).all())
        # The last checkpoint is held to the anchor file even by the full check: an altered
        # one is named either way.
        since, unanchored, why_whole = _trusted_checkpoint(conn, anchors, centres, problems)
        trusted = since
        if not since_checkpoint:
            since, why_whole = None, ""
        start = since.reached if since is not None else None
        links: list[tuple[int, str]] = []
        ends: list[str] = []
        scan = _check_links(conn, centres, links, ends, start, trusted)
        events, chains = scan.events, scan.chains
        if scan.miscounted:
            problems.append(scan.miscounted)
        hashes = _Hashes(scan.after)
        replayed: list[int] = []
        if start is None:
            complaints = int(conn.scalar(select(func.count()).select_from(Complaint)) or 0)
            mismatches = [m.sentence() for m in mismatched_complaints(conn, on_events=hashes)]
        else:
            # The complaints with an event since their chain's checkpoint, and any complaint
            # since (one added outside the desk has none): their ids first, so each is read
            # by its key.
            replayed = sorted(
                scan.complaints
                | set(conn.scalars(select(Complaint.id).where(Complaint.id > start.complaints)))
            )
            complaints = len(replayed)
            mismatches = [
                m.sentence()
                for chunk in _chunks(replayed)
                for m in mismatched_complaints(conn, Complaint.id.in_(chunk), on_events=hashes)
            ]
        problems.extend(_in_event_order(links, hashes.sentences(conn, centres)))
        problems.extend(ends)
        problems.extend(mismatches)
        _check_contacts(conn, problems, start, hashes.contacts, replayed)
        audited, audit_head = _check_audit(conn, problems)
        _check_serials(conn, centres, problems)
        checked = 0
        if anchors is not None:
            checked = _check_anchors(conn, anchors, centres, problems)
        through = max((i for i, _ in chains.values()), default=0)
        reached = Reached(
            chains,
            through,
            events + (start.events if start is not None else 0),
            int(conn.scalar(select(func.max(Complaint.id))) or 0),
            int(conn.scalar(select(func.max(ContactAttempt.id))) or 0),
            audit_head,
        )
    return Report(
        events,
        complaints,
        len(centres),
        problems,
        audited,
        checked,
        reached,
        since,
        why_whole,
        unanchored,
    )


def _chunks(ids: list[int], size: int = 2000) -> Iterator[list[int]]:
    """Ids in lists short enough for one IN (...) on every store."""
    for first in range(0, len(ids), size):
        yield ids[first : first + size]


def _in_event_order(links: list[tuple[int, str]], altered: list[tuple[int, str]]) -> list[str]:
    """The chains' problems by event, a broken link before its event's altered content."""
    keyed = [(event_id, 0, sentence) for event_id, sentence in links]
    keyed.extend((event_id, 1, sentence) for event_id, sentence in altered)
    return [sentence for _, _, sentence in sorted(keyed)]


def put_check_on_record(db: Database, report: Report, *, by: Who, anchors: Path) -> int:
    """A clean check on record in `by`'s name, and its record anchored at once in `anchors`:
    the next daily check starts from it. Returns the record's id; raises OSError when the
    anchor line cannot be written (the record is then on record but not trusted)."""
    if not report.ok or report.reached is None:
        raise ValueError("only a clean check is put on record")
    data = {**report.reached.as_json(), "whole": report.since is None}
    with changing(db, by, UseCase.RECORD_CHECK) as change:
        record_id = change.record(CHECKPOINT_KIND, data=data)
        digest = change.heads[AUDIT_CHAIN][1]
    append_anchors(anchors, {CHECKPOINT_CHAIN: (record_id, digest)}, durable=True)
    return record_id


def _events_up_to(conn: Connection, event_id: int) -> int:
    return int(
        conn.scalar(
            select(func.count()).select_from(ComplaintEvent).where(ComplaintEvent.id <= event_id)
        )
        or 0
    )


def _miscount(conn: Connection, checkpoint: Checkpoint, late: int) -> str:
    """The events before `checkpoint`, each chain up to its own last event checked, must
    still be as many: those up to its highest event id now, less the `late` ones among them
    that are past their own chain's checkpointed event (saves that committed after it)."""
    reached = checkpoint.reached
    counted = _events_up_to(conn, reached.through_event) - late
    if counted == reached.events:
        return ""
    return (
        f"{reached.events} events up to event {reached.through_event} were checked by "
        f"{checkpoint.sentence()}, {counted} are there now (events removed or inserted "
        "before the checkpoint)"
    )


def _trusted_checkpoint(
    conn: Connection, anchors: Path | None, centres: dict[int, str], problems: list[str]
) -> tuple[Checkpoint | None, list[int], str]:
    """The last checkpoint the anchor file names, if it can be started from, else None and
    why not (one removed or altered, or an event it names changed, is also a problem); and
    the checks on record after it that the file does not name."""
    table = AuditRecord.__table__
    anchored = last_anchor(anchors, CHECKPOINT_CHAIN) if anchors is not None else None
    if anchored is None:
        latest = conn.scalar(select(func.max(table.c.id)).where(table.c.kind == CHECKPOINT_KIND))
        if latest is None:
            return None, [], "no clean check is on record yet"
        return (
            None,
            [],
            (
                f"the last clean check on record (audit record {latest}) is not in the "
                "anchor file, so it is not trusted"
            ),
        )
    record = conn.execute(select(table).where(table.c.id == anchored.last_id)).first()
    if record is None or record.kind != CHECKPOINT_KIND:
        problems.append(
            f"anchor line {anchored.line}: the clean check put on record as audit record "
            f"{anchored.last_id} is gone from the store (the checkpoint was removed or replaced)"
        )
        return None, [], "the checkpoint was removed"
    digest = audit_hash(
        record.prev_hash,
        record.at,
        record.user_id,
        record.centre_id,
        record.kind,
        record.entity,
        record.entity_key,
        record.data,
    )
    if digest != record.hash or record.hash != anchored.hash:
        problems.append(
            f"audit record {record.id}, the last clean check: its checkpoint was altered "
            f"since it was anchored (line {anchored.line})"
        )
        return None, [], "the checkpoint was altered"
    # Checks on record after it that this file does not hold (from another PC of a server's
    # store, or slipped into the store): named, never started from.
    later = list(
        conn.scalars(
            select(table.c.id)
            .where(table.c.kind == CHECKPOINT_KIND, table.c.id > record.id)
            .order_by(table.c.id)
        )
    )
    try:
        reached = Reached.of(record.data)
    except (KeyError, TypeError, ValueError):
        problems.append(f"audit record {record.id}, the last clean check: cannot be read")
        return None, later, "the checkpoint cannot be read"
    if record.user_id is not None:
        by = conn.scalar(select(AppUser.username).where(AppUser.id == record.user_id)) or str(
            record.user_id
        )
    else:
        by = str(record.data.get("via", "the command line"))
    checkpoint = Checkpoint(record.id, record.at, by, reached)
    doubts = len(problems)
    for centre_id, (event_id, digest) in sorted(reached.chains.items()):
        if not event_id:
            continue
        code = centres.get(centre_id, str(centre_id))
        row = conn.execute(
            select(
                ComplaintEvent.complaint_id,
                ComplaintEvent.at,
                ComplaintEvent.user_id,
                ComplaintEvent.kind,
                ComplaintEvent.data,
                ComplaintEvent.prev_hash,
                ComplaintEvent.hash,
                Complaint.centre_id,
            )
            .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
            .where(ComplaintEvent.id == event_id)
        ).first()
        where = f"event {event_id} ({code}), where {checkpoint.sentence()} ended"
        if row is None or row.centre_id != centre_id:
            problems.append(f"{where}: is gone (events removed before the checkpoint)")
        elif row.hash != digest:
            problems.append(
                f"{where}: no longer has the hash checked then (an event before it was "
                "edited and the chain rebuilt)"
            )
        elif (
            event_hash(row.prev_hash, row.complaint_id, row.at, row.user_id, row.kind, row.data)
            != digest
        ):
            problems.append(f"{where}: content does not match its hash (altered)")
    if len(problems) > doubts:
        return None, later, "the events before the checkpoint changed"
    return checkpoint, later, ""


_CONTACT_KINDS = (EventKind.CONTACTED.value, EventKind.CONTACT_OUTCOME.value)


@dataclass
class _Scan:
    """What `_check_links` read."""

    events: int  # how many events were read
    chains: dict[int, tuple[int, str]]  # each chain's last event and hash
    after: int  # every event after this id was read
    complaints: set[int]  # the complaints of the events read
    miscounted: str  # the last checkpoint's events no longer as many (a problem), or ""


def _check_links(
    conn: Connection,
    centres: dict[int, str],
    links: list[tuple[int, str]],
    ends: list[str],
    start: Reached | None,
    checkpoint: Checkpoint | None = None,
) -> _Scan:
    """The chains' links, in the order the events were written (each chain from its event
    in `start` onwards, or all), and their ends against the heads on record; and, against
    `checkpoint` (the last trusted one), whether its events are still as many. (Each
    event's own hash is recomputed in the replay's pass, `_hashes`.) Only the ids and
    hashes are read: no data to decode."""
    heads = {h.centre_id: h for h in conn.execute(select(ChainHead))}
    begun = start.chains if start is not None else {}
    running = {cid: begun.get(cid, (0, GENESIS))[1] for cid in centres}
    last_id = {cid: begun.get(cid, (0, GENESIS))[0] for cid in centres}
    after = 0
    if start is not None:
        # From the lowest checkpointed event of a chain that moved on since (a chain new
        # since, from its first event): another chain's save may have committed late.
        moved = [
            cid
            for cid in centres
            if (h := heads.get(cid)) is None or (h.last_event_id, h.last_hash) != begun.get(cid)
        ]
        floors = [begun[cid][0] for cid in moved if begun.get(cid, (0, ""))[0]]
        for cid in moved:
            if not begun.get(cid, (0, ""))[0]:
                first = conn.scalar(
                    select(func.min(ComplaintEvent.id))
                    .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
                    .where(Complaint.centre_id == cid)
                )
                floors.append(int(first) - 1 if first is not None else start.through_event)
        after = min(floors, default=start.through_event)
    counted = checkpoint.reached if checkpoint is not None else None
    late = 0
    events = 0
    complaints: set[int] = set()
    rows = conn.execute(
        select(
            ComplaintEvent.id,
            Complaint.centre_id,
            ComplaintEvent.complaint_id,
            ComplaintEvent.prev_hash,
            ComplaintEvent.hash,
        )
        .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
        .where(ComplaintEvent.id > after)
        .order_by(ComplaintEvent.id)
        .execution_options(yield_per=BATCH)
    )
    for event_id, centre_id, complaint_id, prev, digest in rows:
        if counted is not None and (
            counted.chains.get(centre_id, (0, ""))[0] < event_id <= counted.through_event
        ):
            late += 1
        if event_id <= begun.get(centre_id, (0, ""))[0]:
            continue  # checked by the checkpoint already
        events += 1
        complaints.add(complaint_id)
        if prev != running[centre_id]:
            links.append(
                (
                    event_id,
                    f"event {event_id} ({centres[centre_id]}): its link to the previous event "
                    "is broken; an event before it is missing, inserted or altered",
                )
            )
        running[centre_id] = digest
        last_id[centre_id] = event_id
    for centre_id, code in centres.items():
        head = heads.get(centre_id)
        if head is None:
            ends.append(f"centre {code}: the record of its chain's last event is missing")
        elif (head.last_event_id, head.last_hash) != (last_id[centre_id], running[centre_id]):
            ends.append(
                f"centre {code}: the chain ends at event {last_id[centre_id]} but event "
                f"{head.last_event_id} was recorded last (events removed from the end)"
            )
    miscounted = _miscount(conn, checkpoint, late) if checkpoint is not None else ""
    chains = {cid: (last_id[cid], running[cid]) for cid in centres}
    return _Scan(events, chains, after, complaints, miscounted)


class _Hashes:
    """Recomputes the hash of every event the replay reads (after `after`), and keeps the
    contact events for `_check_contacts`, so the full check reads and decodes each event
    once."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.altered: list[EventRow] = []
        self.contacts: list[tuple[int, str, dict[str, Any]]] = []

    def __call__(self, stream: Iterable[EventRow]) -> Iterator[EventRow]:
        after, altered, contacts = self.after, self.altered, self.contacts
        for e in stream:
            if e.id > after and (
                event_hash(e.prev_hash, e.complaint_id, e.at, e.user_id, e.kind, e.data) != e.hash
            ):
                altered.append(e)
            if e.kind in _CONTACT_KINDS:
                contacts.append((e.complaint_id, e.kind, e.data))
            yield e

    def sentences(self, conn: Connection, centres: dict[int, str]) -> list[tuple[int, str]]:
        """The altered events, by id, in the chain's words."""
        ids = sorted({e.complaint_id for e in self.altered})
        owner: dict[int, int] = {}
        for chunk in range(0, len(ids), 500):
            owner.update(
                conn.execute(
                    select(Complaint.id, Complaint.centre_id).where(
                        Complaint.id.in_(ids[chunk : chunk + 500])
                    )
                ).all()
            )
        return [
            (
                e.id,
                f"event {e.id} ({centres.get(owner.get(e.complaint_id, 0), '?')}, complaint "
                f"{e.complaint_id}, {e.kind}): content does not match its hash (altered)",
            )
            for e in self.altered
            if e.complaint_id in owner  # the events of a complaint that is gone: a link
        ]


def _check_contacts(
    conn: Connection,
    problems: list[str],
    start: Reached | None,
    events: list[tuple[int, str, dict[str, Any]]],
    replayed: list[int],
) -> None:
    """Attempts about a complaint are chained events too: the rows must agree with them.
    `events`: the contact events of the complaints replayed (all, or since `start` those
    `replayed`, with events since); the rows are those complaints' attempts and any attempt
    since (one added outside the desk is in no history)."""
    recorded: dict[int, dict[str, object]] = {}
    columns = (
        ContactAttempt.id,
        ContactAttempt.complaint_id,
        ContactAttempt.officer_id,
        ContactAttempt.outcome,
    )
    if start is None:
        rows = conn.execute(select(*columns).where(ContactAttempt.complaint_id.is_not(None)))
        attempts = rows.all()
    else:
        found = {
            row[0]: row
            for chunk in _chunks(replayed)
            for row in conn.execute(select(*columns).where(ContactAttempt.complaint_id.in_(chunk)))
        }
        later = select(*columns).where(
            ContactAttempt.id > start.attempts, ContactAttempt.complaint_id.is_not(None)
        )
        found.update((row[0], row) for row in conn.execute(later))
        attempts = [found[i] for i in sorted(found)]
    for complaint_id, kind, data in events:
        entry = recorded.setdefault(int(data["attempt_id"]), {"outcome": None})
        entry["complaint_id"] = complaint_id
        entry["officer_id"] = data["officer_id"]
        if kind == EventKind.CONTACT_OUTCOME.value:
            entry["outcome"] = data["outcome"]
    for attempt_id, complaint_id, officer_id, outcome in attempts:
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


def _name(entity: str, key: str, snapshot: dict[str, Any] | None) -> str:
    """How a person would name an audited row in a sentence."""
    label = entity.replace("_", " ")
    if snapshot:
        for field in ("username", "code", "employee_id", "key", "name_en"):
            if snapshot.get(field):
                return f"{label} {key} ({snapshot[field]})"
    return f"{label} {key}"


def _check_audit(conn: Connection, problems: list[str]) -> tuple[int, tuple[int, str]]:
    """The audit chain's links and content, then every audited row against its record;
    returns how many records there are and the last one's id and hash."""
    running, last_id, count = GENESIS, 0, 0
    expected: dict[tuple[str, str], dict[str, Any] | None] = {}
    for r in records(conn):
        count += 1
        if r.prev_hash != running:
            problems.append(
                f"audit record {r.id}: its link to the previous record is broken; a record "
                "before it is missing, inserted or altered"
            )
        digest = audit_hash(
            r.prev_hash, r.at, r.user_id, r.centre_id, r.kind, r.entity, r.entity_key, r.data
        )
        if digest != r.hash:
            problems.append(f"audit record {r.id} ({r.kind}): content does not match its hash")
        running, last_id = r.hash, r.id
        if r.entity and isinstance(r.data, dict) and "new" in r.data:
            expected[(r.entity, r.entity_key)] = r.data["new"]
    head = conn.execute(select(AuditHead.last_record_id, AuditHead.last_hash)).first()
    if count and head is None:
        problems.append("the record of the audit chain's last record is missing")
    elif head is not None and (head[0], head[1]) != (last_id, running):
        problems.append(
            f"the audit chain ends at record {last_id} but record {head[0]} was recorded last "
            "(records removed from the end)"
        )
    by_entity: dict[str, dict[str, dict[str, Any] | None]] = defaultdict(dict)
    for (entity, key), snapshot in expected.items():
        by_entity[entity][key] = snapshot
    for entity in ENTITIES:
        rows = current_snapshots(conn, entity)
        wanted = by_entity.get(entity, {})
        for key, snapshot in rows.items():
            if key not in wanted:
                problems.append(
                    f"{_name(entity, key, snapshot)}: not on record (added outside the desk)"
                )
                continue
            record = wanted[key] or {}
            names = set(record) | set(snapshot)
            differ = sorted(k for k in names if record.get(k) != snapshot.get(k))
            if differ:
                problems.append(
                    f"{_name(entity, key, snapshot)}: differs from its record in "
                    f"{', '.join(differ)} (changed outside the desk)"
                )
        for key in sorted(set(wanted) - set(rows)):
            problems.append(f"{_name(entity, key, wanted[key])}: on record but its row is gone")
    return count, (last_id, running)


def _check_serials(conn: Connection, centres: dict[int, str], problems: list[str]) -> None:
    """Each centre's day has serials 1…n without a gap, and its counter says n."""
    counters = {(c.centre_id, c.day): c.last_serial for c in conn.execute(select(DocketCounter))}
    days = conn.execute(
        select(
            Complaint.centre_id,
            Complaint.day,
            func.count(),
            func.max(Complaint.serial),
        ).group_by(Complaint.centre_id, Complaint.day)
    ).all()
    seen = set()
    for centre_id, day, count, highest in days:
        seen.add((centre_id, day))
        code = centres.get(centre_id, str(centre_id))
        if count != highest:
            serials = set(
                conn.scalars(
                    select(Complaint.serial).where(
                        Complaint.centre_id == centre_id, Complaint.day == day
                    )
                )
            )
            missing = [n for n in range(1, highest + 1) if n not in serials]
            shown = ", ".join(str(n) for n in missing[:10])
            problems.append(
                f"{code} {day:%d-%m-%Y}: serial(s) {shown} missing (a complaint removed)"
            )
        counter = counters.get((centre_id, day))
        if counter is not None and counter != highest:
            problems.append(
                f"{code} {day:%d-%m-%Y}: the docket counter says {counter} but the last serial "
                f"is {highest}"
            )
        elif counter is None:
            problems.append(f"{code} {day:%d-%m-%Y}: the docket counter of the day is missing")
    for (centre_id, day), counter in counters.items():
        if (centre_id, day) not in seen and counter:
            code = centres.get(centre_id, str(centre_id))
            problems.append(
                f"{code} {day:%d-%m-%Y}: the docket counter says {counter} but no complaint of "
                "the day is left (complaints removed)"
            )


def _check_anchors(
    conn: Connection, path: Path, centres: dict[int, str], problems: list[str]
) -> int:
    """Every anchored head: the record it names still has the hash written down."""
    try:
        anchors = list(read_anchors(path))
    except OSError as exc:
        problems.append(f"anchor file {path}: cannot be read ({exc.strerror or exc})")
        return 0
    for a in anchors:
        when = f"{a.at:%d-%m-%Y %H:%M} UTC"
        if a.chain in (AUDIT_CHAIN, CHECKPOINT_CHAIN):
            found = conn.scalar(select(AuditRecord.hash).where(AuditRecord.id == a.last_id))
            what = f"audit record {a.last_id}"
        elif a.chain.startswith("centre:"):
            centre_id = int(a.chain.split(":", 1)[1])
            found = conn.scalar(
                select(ComplaintEvent.hash)
                .join(Complaint, Complaint.id == ComplaintEvent.complaint_id)
                .where(ComplaintEvent.id == a.last_id, Complaint.centre_id == centre_id)
            )
            what = f"event {a.last_id} of {centres.get(centre_id, a.chain)}"
        else:
            problems.append(f"anchor line {a.line}: unknown chain {a.chain!r}")
            continue
        if found is None:
            problems.append(
                f"anchor line {a.line} ({when}): {what} is gone (records removed after then)"
            )
        elif found != a.hash:
            problems.append(
                f"anchor line {a.line} ({when}): {what} no longer has the hash anchored then "
                "(the chain was rebuilt after an edit)"
            )
    return len(anchors)
