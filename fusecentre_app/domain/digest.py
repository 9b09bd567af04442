"""The register's integrity digest: a contract with paper already in cupboards.

Every printed daily register carries this SHA-256 in its footer, with the event number it
was cut at. Years later an inspector types it into `fusecentre verify --digest`, and the desk
must compute the same text from the same records. So the format below never changes in
place: a different format is a new `DIGEST_VERSION`, and the old one stays computable.

    fusecentre-register-digest/2
    <centre code>|<day YYYY-MM-DD>|<cut event id>
    R<JSON array of the DIGEST_COLUMNS of a complaint>   one line per complaint, by serial
    E<event id>|<complaint id>|<stored event hash>       one line per event, by id

The complaints are those of the day logged by the cut, as their events up to the cut say
(`domain.record.DIGEST_COLUMNS`, in that order); the events are theirs up to the cut. The
JSON is compact UTF-8 (no ASCII escapes); times are UTC ISO text with microseconds, `None`
is null. Lines end with a newline. Nothing depends on the database: SQLite and PostgreSQL
give the same digest for the same records.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime
from typing import Any

from fusecentre_app.domain.record import DIGEST_COLUMNS

DIGEST_VERSION = "fusecentre-register-digest/2"


def json_value(value: Any) -> Any:
    """A value as the digest (and the audit records) write it: times as UTC ISO text with
    microseconds, days as ISO dates, everything else as it is."""
    if isinstance(value, datetime):
        if value.tzinfo is not UTC:
            value = value.astimezone(UTC)
        return value.isoformat(timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


class RegisterDigest:
    """The digest's text hashed as it comes: the complaint lines (in serial order), then the
    event lines (by id); for a register read in batches, however long its day."""

    def __init__(self, centre_code: str, day: date, cut_event_id: int) -> None:
        self._hash = hashlib.sha256()
        self._hash.update(
            f"{DIGEST_VERSION}\n{centre_code}|{day.isoformat()}|{cut_event_id}\n".encode()
        )

    def add_rows(self, rows: Iterable[Mapping[str, Any]]) -> None:
        h = self._hash
        for row in rows:
            values = [json_value(row[name]) for name in DIGEST_COLUMNS]
            line = json.dumps(values, ensure_ascii=False, separators=(",", ":"))
            h.update(f"R{line}\n".encode())

    def add_events(self, events: Iterable[tuple[int, int, str]]) -> None:
        h = self._hash
        for event_id, complaint_id, digest in events:
            h.update(f"E{event_id}|{complaint_id}|{digest}\n".encode())

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


def digest_of(
    centre_code: str,
    day: date,
    cut_event_id: int,
    rows: Iterable[Mapping[str, Any]],
    events: Iterable[tuple[int, int, str]],
) -> str:
    """SHA-256 (hex) of the register's canonical text (see the module)."""
    digest = RegisterDigest(centre_code, day, cut_event_id)
    digest.add_rows(rows)
    digest.add_events(events)
    return digest.hexdigest()
