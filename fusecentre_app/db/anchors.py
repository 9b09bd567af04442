"""Anchors: the chain heads written down outside the store, where an editor of the store
cannot reach them.

Anyone who knows the hash algorithm can edit an event and rebuild every later link; the
chain inside the store then checks out. An anchor is a line in a small append-only text file
beside the store (and copied to the backup medium) that says "at this moment, this chain
ended at this record with this hash". A rebuilt chain gives that record another hash, and
`fusecentre verify --anchors FILE` names the disagreement.

A line is written after a change commits when its chain has not been anchored by this
process for `INTERVAL` (a busy desk writes a few lines an hour, not one a click), and always
when asked to (a print, signing out, closing the desk). Each line is
`<UTC time>\\t<chain>\\t<last id>\\t<hash>`, the chain being `centre:<id>` for a centre's
complaint events or `audit` for the audit records. Failing to write an anchor never fails
the change itself (it is already durable): it is logged.

A clean `verify` is put on record as an audit record (its checkpoint: where each chain had
been checked to) and anchored at once under `verified`, so the next daily check can start
from it and a checkpoint moved in the store (past an edited event, say) no longer matches
the line written here.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy.engine import make_url

log = logging.getLogger(__name__)

ENV_ANCHORS = "FUSECENTRE_ANCHORS"
INTERVAL = 300.0  # seconds between two anchors of one chain, unless forced
AUDIT_CHAIN = "audit"
CHECKPOINT_CHAIN = "verified"  # the audit record of the last clean check


def centre_chain(centre_id: int) -> str:
    return f"centre:{centre_id}"


def default_anchor_path(url: str) -> Path:
    """Beside a SQLite file (`desk.sqlite.anchors`); for a server, in this PC's data folder,
    one file per server and database. `$FUSECENTRE_ANCHORS` names a folder to keep them in
    instead (another drive, say), still one file per store: a store's anchors never mix with
    another's. (A file already there, as earlier versions took the setting, is used as it
    is.) Reach a store by one path: the file's name comes from it."""
    override = os.environ.get(ENV_ANCHORS)
    if override and Path(override).expanduser().is_file():
        return Path(override).expanduser()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        database = str(parsed.database)
        if database.startswith("file:"):
            database = database[5:].split("?", 1)[0]
        path = Path(database).resolve()
        if not override:
            return Path(f"{path}.anchors")
        tag = hashlib.sha256(str(path).encode()).hexdigest()[:8]
        return Path(override).expanduser() / f"{path.name}-{tag}.anchors"
    name = f"{parsed.host or 'local'}-{parsed.port or ''}-{parsed.database or ''}".replace("/", "_")
    folder = (
        Path(override).expanduser()
        if override
        else Path(user_data_dir("fusecentre", appauthor=False)) / "anchors"
    )
    return folder / f"{name}.anchors"


@dataclass(frozen=True)
class Anchor:
    line: int
    at: datetime
    chain: str
    last_id: int
    hash: str


class AnchorLog:
    """The anchor file of one open store."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._last_written: dict[str, float] = {}
        self._pending: dict[str, tuple[int, str]] = {}

    def note(self, heads: Mapping[str, tuple[int, str]], *, force: bool = False) -> None:
        """Chains moved by a committed change: write those due (or all, when forced)."""
        with self._lock:
            self._pending.update(heads)
            now = time.monotonic()
            due = {
                chain: head
                for chain, head in self._pending.items()
                if force or now - self._last_written.get(chain, -INTERVAL) >= INTERVAL
            }
            if not due:
                return
            try:
                append_anchors(self.path, due)
            except OSError:
                log.exception("could not write the anchor file %s", self.path)
                return
            for chain in due:
                self._pending.pop(chain, None)
                self._last_written[chain] = now

    def flush(self) -> None:
        """Write every chain moved since its last anchor (a print, signing out, closing)."""
        self.note({}, force=True)


def append_anchors(
    path: Path, heads: Mapping[str, tuple[int, str]], *, durable: bool = False
) -> None:
    """Write one line per chain now (raises OSError: the caller decides whether that fails
    what it was doing); `durable`: on the disk before returning (a checkpoint)."""
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    text = "".join(f"{stamp}\t{c}\t{i}\t{h}\n" for c, (i, h) in sorted(heads.items()))
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="ascii") as handle:
        handle.write(text)
        if durable:
            handle.flush()
            os.fsync(handle.fileno())


def last_anchor(path: Path, chain: str) -> Anchor | None:
    """The latest line of one chain in an anchor file (None: no such line, or no file)."""
    if not path.exists():
        return None
    found = None
    for anchor in read_anchors(path):
        if anchor.chain == chain:
            found = anchor
    return found


def read_anchors(path: Path) -> Iterator[Anchor]:
    """The lines of an anchor file; a line that cannot be read is skipped with a warning
    (a half-written last line after a power cut)."""
    with path.open(encoding="ascii", errors="replace") as handle:
        for number, raw in enumerate(handle, start=1):
            parts = raw.rstrip("\n").split("\t")
            try:
                at, chain, last_id, digest = parts
                yield Anchor(number, datetime.fromisoformat(at), chain, int(last_id), digest)
            except ValueError:
                log.warning("anchor file %s line %d is not an anchor: %r", path, number, raw)
