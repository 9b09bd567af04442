"""The audit chain: every change to a record that is not a complaint, hash-chained.

Complaints carry their history as events (`db.events`). Everything else a person can change
— desk accounts, officers and their feeders, the network, complaint types and SoP rules,
settings, prints, incidents, inspections, compensation claims — is described here as an
*audited entity*: a table and the columns of it that matter. Each write to one appends an
`AuditRecord` holding the row's whole snapshot after the change (and the old values of what
changed), linked to the previous record like complaint events are. `verify` replays the
records and compares the last snapshot of every row with the row itself, so an edit made
outside the desk, a row added behind its back or one removed is named.

Records without an entity are on record only: sign-ins refused, accounts made to wait.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, bindparam, insert, select, update
from sqlalchemy.engine import Connection

from fusecentre_app.db.models import (
    AppUser,
    AuditHead,
    AuditRecord,
    Centre,
    Claim,
    ClaimRecovery,
    ComplaintType,
    ContactAttempt,
    Dt,
    Feeder,
    FeederFact,
    Incident,
    Inspection,
    InspectionDraw,
    InspectionSample,
    Interruption,
    Locality,
    Officer,
    OfficerFeeder,
    PlannedShutdown,
    Pss,
    RegisterPrint,
    Setting,
    SopRule,
)
from fusecentre_app.domain.chain import GENESIS, audit_hash
from fusecentre_app.domain.digest import json_value

HEAD_ID = 1


def password_fingerprint(password_hash: str) -> str:
    """What the audit keeps of a password: enough to notice a swapped hash, nothing to
    guess from."""
    return hashlib.sha256(password_hash.encode()).hexdigest()[:20]


@dataclass(frozen=True)
class Audited:
    """A table whose rows are audited: how a row is named and what of it is kept."""

    entity: str
    table: Table
    key_columns: tuple[str, ...]
    columns: tuple[str, ...]
    # Values kept under another name, computed from the row (the password's fingerprint).
    derived: tuple[tuple[str, Callable[[Mapping[Any, Any]], Any]], ...] = ()

    # A row is any mapping by column name: a dict, or a result row's RowMapping (whose key
    # type is wider than str, hence Mapping[Any, Any]).
    def key_of(self, row: Mapping[Any, Any]) -> str:
        return "/".join(str(row[c]) for c in self.key_columns)

    def snapshot(self, row: Mapping[Any, Any]) -> dict[str, Any]:
        found = {name: json_value(row[name]) for name in self.columns}
        for name, compute in self.derived:
            found[name] = compute(row)
        return found


def _all_but(table: Table, *left_out: str) -> tuple[str, ...]:
    return tuple(c.name for c in table.columns if c.name not in left_out)


def _entities() -> dict[str, Audited]:
    t = {
        "user": AppUser.__table__,
        "officer": Officer.__table__,
        "centre": Centre.__table__,
        "pss": Pss.__table__,
        "feeder": Feeder.__table__,
        "dt": Dt.__table__,
        "locality": Locality.__table__,
        "complaint_type": ComplaintType.__table__,
        "sop_rule": SopRule.__table__,
        "setting": Setting.__table__,
        "print": RegisterPrint.__table__,
        "incident": Incident.__table__,
        "inspection": Inspection.__table__,
        "inspection_draw": InspectionDraw.__table__,
        "inspection_sample": InspectionSample.__table__,
        "contact_attempt": ContactAttempt.__table__,
        "feeder_fact": FeederFact.__table__,
        "interruption": Interruption.__table__,
        "planned_shutdown": PlannedShutdown.__table__,
        "claim": Claim.__table__,
        "claim_recovery": ClaimRecovery.__table__,
    }
    found = {
        # Sign-in counters change with every wrong password; refusals and waits are records
        # of their own. The hash itself is kept only as a fingerprint.
        "user": Audited(
            "user",
            t["user"],
            ("id",),
            ("username", "full_name", "role", "centre_id", "active", "must_change_password"),
            (("password", lambda row: password_fingerprint(row["password_hash"])),),
        ),
        "sop_rule": Audited(
            "sop_rule", t["sop_rule"], ("type_code", "area"), _all_but(t["sop_rule"])
        ),
        "setting": Audited("setting", t["setting"], ("key",), ("key", "value")),
        "complaint_type": Audited(
            "complaint_type",
            t["complaint_type"],
            ("code",),
            _all_but(t["complaint_type"]),
        ),
    }
    for name in (
        "officer",
        "centre",
        "pss",
        "feeder",
        "dt",
        "locality",
        "print",
        "incident",
        "inspection",
        "inspection_draw",
        "inspection_sample",
        "contact_attempt",
        "feeder_fact",
        "interruption",
        "planned_shutdown",
        "claim",
        "claim_recovery",
    ):
        found[name] = Audited(name, t[name], ("id",), _all_but(t[name], "id"))
    return found


ENTITIES: dict[str, Audited] = _entities()
# The officer's feeders live in their own table; they are part of the officer's snapshot.
_OFFICER_FEEDERS = OfficerFeeder.__table__


def _with_feeders(conn: Connection, snapshots: dict[str, dict[str, Any]]) -> None:
    feeders: dict[str, list[int]] = {key: [] for key in snapshots}
    for officer_id, feeder_id in conn.execute(
        select(_OFFICER_FEEDERS.c.officer_id, _OFFICER_FEEDERS.c.feeder_id)
    ):
        if str(officer_id) in feeders:
            feeders[str(officer_id)].append(int(feeder_id))
    for key, snapshot in snapshots.items():
        snapshot["feeders"] = sorted(feeders[key])


def current_snapshots(
    conn: Connection, entity: str, *, present: set[str] | None = None
) -> dict[str, dict[str, Any]]:
    """Every row of an audited table as its audit snapshot, by key (`present`: only these
    columns exist yet, for a migration that runs before later ones add more)."""
    audited = ENTITIES[entity]
    if present is not None:
        audited = Audited(
            audited.entity,
            audited.table,
            audited.key_columns,
            tuple(c for c in audited.columns if c in present),
            audited.derived,
        )
        query = select(*(c for c in audited.table.columns if c.name in present))
    else:
        query = select(audited.table)
    found = {
        audited.key_of(row._mapping): audited.snapshot(row._mapping) for row in conn.execute(query)
    }
    if entity == "officer":
        _with_feeders(conn, found)
    return found


def snapshot_of(conn: Connection, entity: str, key: Any) -> dict[str, Any] | None:
    """One row's snapshot as it is in the transaction now (None: no such row)."""
    audited = ENTITIES[entity]
    values = key if isinstance(key, tuple) else (key,)
    where = [audited.table.c[c] == v for c, v in zip(audited.key_columns, values, strict=True)]
    row = conn.execute(select(audited.table).where(*where)).first()
    if row is None:
        return None
    snapshot = audited.snapshot(row._mapping)
    if entity == "officer":
        snapshot["feeders"] = sorted(
            int(f)
            for f in conn.scalars(
                select(_OFFICER_FEEDERS.c.feeder_id).where(
                    _OFFICER_FEEDERS.c.officer_id == values[0]
                )
            )
        )
    return snapshot


def key_text(key: Any) -> str:
    return "/".join(str(v) for v in key) if isinstance(key, tuple) else str(key)


# Built once; per record only the parameters change.
_RECORD = insert(AuditRecord.__table__).returning(AuditRecord.__table__.c.id)
_HEAD = AuditHead.__table__
_READ_HEAD = select(_HEAD.c.last_hash, _HEAD.c.last_record_id).where(_HEAD.c.id == HEAD_ID)
_LOCK_HEAD = _READ_HEAD.with_for_update()
_MOVE_HEAD = (
    update(_HEAD)
    .where(_HEAD.c.id == HEAD_ID)
    .values(last_record_id=bindparam("record_id"), last_hash=bindparam("digest"))
)
_NEW_HEAD = insert(_HEAD).values(
    id=HEAD_ID, last_record_id=bindparam("record_id"), last_hash=bindparam("digest")
)


def append_record(
    conn: Connection,
    *,
    at: datetime,
    user_id: int | None,
    centre_id: int | None,
    kind: str,
    entity: str = "",
    entity_key: str = "",
    data: dict[str, Any],
) -> tuple[int, str, int]:
    """Insert one audit record at the end of the chain; returns its id and hash, and the id
    of the record before it (0: the chain's first)."""
    query = _LOCK_HEAD if conn.dialect.name == "postgresql" else _READ_HEAD
    head = conn.execute(query).first()
    previous, previous_id = (head[0], int(head[1])) if head is not None else (None, 0)
    digest = audit_hash(previous or GENESIS, at, user_id, centre_id, kind, entity, entity_key, data)
    record_id = conn.execute(
        _RECORD,
        {
            "at": at,
            "user_id": user_id,
            "centre_id": centre_id,
            "kind": kind,
            "entity": entity,
            "entity_key": entity_key,
            "data": data,
            "prev_hash": previous or GENESIS,
            "hash": digest,
        },
    ).scalar_one()
    conn.execute(
        _NEW_HEAD if previous is None else _MOVE_HEAD, {"record_id": record_id, "digest": digest}
    )
    return int(record_id), digest, previous_id


def changed_fields(
    before: Mapping[str, Any] | None, after: Mapping[str, Any] | None
) -> dict[str, Any]:
    """The old values of what differs between two snapshots."""
    before, after = before or {}, after or {}
    names = sorted(set(before) | set(after))
    return {k: before.get(k) for k in names if before.get(k) != after.get(k)}


def baseline(conn: Connection, at: datetime) -> int:
    """Put every audited row on record as it is now (a store that had no audit chain yet);
    returns how many records were written. Only the tables and columns the store has yet
    are read: a later migration that adds an audited table or column puts its rows or values
    on record itself."""
    from sqlalchemy import inspect

    inspector = inspect(conn)
    written = 0
    for entity, audited in ENTITIES.items():
        if not inspector.has_table(audited.table.name):
            continue
        present = {c["name"] for c in inspector.get_columns(audited.table.name)}
        for key, snapshot in sorted(current_snapshots(conn, entity, present=present).items()):
            append_record(
                conn,
                at=at,
                user_id=None,
                centre_id=None,
                kind="baseline",
                entity=entity,
                entity_key=key,
                data={"new": snapshot},
            )
            written += 1
    return written


def put_on_record(conn: Connection, at: datetime, entity: str, kind: str) -> int:
    """Put every row of one audited table on record as it is now, with the columns the
    store has yet: for a migration that added the table or a column of it. Returns how many
    records were written."""
    from sqlalchemy import inspect

    present = {c["name"] for c in inspect(conn).get_columns(ENTITIES[entity].table.name)}
    written = 0
    for key, snapshot in sorted(current_snapshots(conn, entity, present=present).items()):
        append_record(
            conn,
            at=at,
            user_id=None,
            centre_id=None,
            kind=kind,
            entity=entity,
            entity_key=key,
            data={"new": snapshot},
        )
        written += 1
    return written


def records(conn: Connection) -> Iterator[Any]:
    """The chain in order, for `verify`."""
    table = AuditRecord.__table__
    return iter(conn.execute(select(table).order_by(table.c.id).execution_options(yield_per=5000)))
