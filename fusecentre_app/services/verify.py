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

What `verify` cannot prove: that what a clerk typed is what the caller said; that nobody
with the store and the anchor file both rebuilt the chains and the file after the last
paper was printed (keep the anchor file on the backup medium and the paper in the
cupboard); or anything about changes made before the store was first set up.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from fusecentre_app.db.anchors import AUDIT_CHAIN, read_anchors
from fusecentre_app.db.audit import ENTITIES, current_snapshots, records
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import (
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
from fusecentre_app.services.register_day import one_snapshot
from fusecentre_app.services.replay_check import BATCH, mismatched_complaints


@dataclass(frozen=True)
class Report:
    events: int
    complaints: int
    chains: int
    problems: list[str]
    audit_records: int = 0
    anchors: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_store(db: Database, *, anchors: Path | None = None) -> Report:
    """Check everything (see the module); `anchors`: an anchor file to hold the chains to."""
    problems: list[str] = []
    with db.read() as s:
        one_snapshot(s)  # on PostgreSQL, desks writing meanwhile would look like tampering
        conn = s.connection()
        centres = dict(conn.execute(select(Centre.id, Centre.code)).all())
        events = _check_event_chains(conn, centres, problems)
        for mismatch in mismatched_complaints(conn):
            problems.append(mismatch.sentence())
        complaints = int(conn.scalar(select(func.count()).select_from(Complaint)) or 0)
        _check_contacts(conn, problems)
        audited = _check_audit(conn, problems)
        _check_serials(conn, centres, problems)
        checked = 0
        if anchors is not None:
            checked = _check_anchors(conn, anchors, centres, problems)
    return Report(events, complaints, len(centres), problems, audited, checked)


def _check_event_chains(conn: Connection, centres: dict[int, str], problems: list[str]) -> int:
    heads = {h.centre_id: h for h in conn.execute(select(ChainHead))}
    running = {cid: GENESIS for cid in centres}
    last_id = dict.fromkeys(centres, 0)
    events = 0
    rows = conn.execute(
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
    return events


def _check_contacts(conn: Connection, problems: list[str]) -> None:
    """Attempts about a complaint are chained events too: the rows must agree with them."""
    recorded: dict[int, dict[str, object]] = {}
    for complaint_id, kind, data in conn.execute(
        select(ComplaintEvent.complaint_id, ComplaintEvent.kind, ComplaintEvent.data).where(
            ComplaintEvent.kind.in_([EventKind.CONTACTED.value, EventKind.CONTACT_OUTCOME.value])
        )
    ):
        entry = recorded.setdefault(int(data["attempt_id"]), {"outcome": None})
        entry["complaint_id"] = complaint_id
        entry["officer_id"] = data["officer_id"]
        if kind == EventKind.CONTACT_OUTCOME.value:
            entry["outcome"] = data["outcome"]
    rows = conn.execute(
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


def _name(entity: str, key: str, snapshot: dict[str, Any] | None) -> str:
    """How a person would name an audited row in a sentence."""
    label = entity.replace("_", " ")
    if snapshot:
        for field in ("username", "code", "employee_id", "key", "name_en"):
            if snapshot.get(field):
                return f"{label} {key} ({snapshot[field]})"
    return f"{label} {key}"


def _check_audit(conn: Connection, problems: list[str]) -> int:
    """The audit chain's links and content, then every audited row against its record."""
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
    return count


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
        if a.chain == AUDIT_CHAIN:
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
