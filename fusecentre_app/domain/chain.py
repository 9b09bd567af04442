"""The hash chain over events: each event's hash covers the previous hash and its content,
so changing, removing or inserting a past event breaks every later link.

There is one chain per centre, in the order events were written (their ids).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import UTC, datetime
from typing import Any

GENESIS = "0" * 64


def canonical(
    complaint_id: int, at: datetime, user_id: int | None, kind: str, data: Mapping[str, Any]
) -> str:
    """The event's content as one stable string (independent of how the store keeps it)."""
    moment = at.astimezone(UTC).isoformat(timespec="microseconds")
    body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return f"{complaint_id}|{moment}|{'' if user_id is None else user_id}|{kind}|{body}"


def link(previous: str, content: str) -> str:
    return hashlib.sha256(f"{previous}|{content}".encode()).hexdigest()


def event_hash(
    previous: str,
    complaint_id: int,
    at: datetime,
    user_id: int | None,
    kind: str,
    data: Mapping[str, Any],
) -> str:
    return link(previous, canonical(complaint_id, at, user_id, kind, data))


def audit_hash(
    previous: str,
    at: datetime,
    user_id: int | None,
    centre_id: int | None,
    kind: str,
    entity: str,
    entity_key: str,
    data: Mapping[str, Any],
) -> str:
    """The link of one audit record (the store's chain of changes to everything that is not a
    complaint): the previous link and the record's content."""
    moment = at.astimezone(UTC).isoformat(timespec="microseconds")
    body = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    who = "" if user_id is None else user_id
    where = "" if centre_id is None else centre_id
    return link(previous, f"A|{moment}|{who}|{where}|{kind}|{entity}|{entity_key}|{body}")
