"""The desk live: what another desk changes shows here within a second.

`LiveDesk` runs the store's watcher (`db.live`: LISTEN/NOTIFY on PostgreSQL, data_version
on SQLite) on its own thread and turns what it hears into one `session.notify_changed(...)`
on the UI thread, the same announcement a change made at this desk gives, so every screen
refreshes as it does after its own changes. Notices arriving together (a burst of 50 from an
import at another desk) are gathered for `GATHER_MS` and give one refresh, and a busy
division's stream of them refreshes the desk at most every `MIN_GAP_MS`.

Only what concerns this desk is announced: its own centre's complaint events (another
centre's queue is not on its screen) and the store-wide audit records (directory, settings,
accounts, prints, incidents), each told apart by its entity: a sign-in at another desk
refreshes nothing here. The window stops the watcher when it shuts, signs out or
locks, and starts it again at the unlock, which catches up on what happened meanwhile.
`up` says whether the watcher is connected; the window's 30-s poll is the fallback while it
is not.
"""

from __future__ import annotations

import logging
import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from sqlalchemy import text

from fusecentre_app.db.anchors import AUDIT_CHAIN, centre_chain
from fusecentre_app.db.live import Watcher, read_heads, watcher_for
from fusecentre_app.gui.operations import Changed
from fusecentre_app.gui.session import DeskSession

GATHER_MS = 100
MIN_GAP_MS = 500  # between two refreshes for other desks' changes
# What an audit record may stand for when its entity is not known here: anything but a
# complaint's own events.
AUDITED = Changed.EVERYTHING & ~Changed.COMPLAINT
# What another desk's audit record changes on this desk's screens, by its entity.
_BY_ENTITY: dict[str, Changed] = {
    "user": Changed.ACCOUNTS,
    **dict.fromkeys(
        ("officer", "centre", "pss", "feeder", "dt", "locality", "complaint_type", "sop_rule"),
        Changed.DIRECTORY,
    ),
    "setting": Changed.SETTINGS,
    "print": Changed.PRINT,
    "incident": Changed.INCIDENT,
    **dict.fromkeys(("inspection", "inspection_draw", "inspection_sample"), Changed.INSPECTION),
    "contact_attempt": Changed.NOTHING,  # its complaint's own event is heard on its chain
    **dict.fromkeys(
        ("feeder_fact", "interruption", "planned_shutdown", "claim", "claim_recovery"),
        Changed.REGISTERS,
    ),
}
# Records of no entity that no screen shows: sign-ins, sign-outs, prints, clean checks.
_SHOWN_NOWHERE = frozenset(
    {
        "signed_in",
        "signed_out",
        "sign_in_refused",
        "verified",
        "console_printed",
        "compensation_printed",
    }
)
_AUDITED_SINCE = text(
    "SELECT entity, kind, max(id) FROM audit_record WHERE id > :seen GROUP BY entity, kind"
)

log = logging.getLogger(__name__)


def audited(entity: str, kind: str) -> Changed:
    """What one audit record (its entity and kind) changes on the desk's screens."""
    if entity:
        return _BY_ENTITY.get(entity, AUDITED)
    return Changed.NOTHING if kind in _SHOWN_NOWHERE else AUDITED


class LiveDesk(QObject):
    heard = Signal(object)  # a `Changed`, emitted on the watcher's thread
    connection = Signal(bool)  # emitted on the watcher's thread
    up_changed = Signal(bool)  # on the UI thread: connected (True) or not

    def __init__(self, session: DeskSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.up = False
        self.refreshes = 0  # announcements made (one per gathered burst)
        self._own = centre_chain(session.centre.id)
        self._pending = Changed.NOTHING
        self.last_refresh = float("-inf")  # when the last refresh was announced (monotonic, s)
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setTimerType(Qt.TimerType.PreciseTimer)  # the gap is kept, not 5 % less
        self._gather.timeout.connect(self._announce)
        self.heard.connect(self._heard, Qt.ConnectionType.QueuedConnection)
        self.connection.connect(self._connection, Qt.ConnectionType.QueuedConnection)
        # The heads as they are before the window's first read: anything after is heard.
        with session.db.read() as s:
            seen = read_heads(s)
        self._audit_seen = seen.get(AUDIT_CHAIN, 0)  # the last audit record told apart
        self.watcher: Watcher | None = watcher_for(
            session.db.engine, seen, self._moved, self.connection.emit
        )

    def start(self) -> None:
        """Start the watcher (again); what was heard just before the stop, and not shown
        yet, is announced now (the watcher has counted it as seen and will not hear it
        again)."""
        if self.watcher is not None:
            self.watcher.start()
            if self._pending and not self._gather.isActive():
                self._gather.start(GATHER_MS)

    def stop(self) -> None:
        """Stop the watcher and wait for its thread (sign-out, lock, close). What was heard
        and not announced yet is kept for the next `start()`."""
        self._gather.stop()
        if self.watcher is not None:
            self.watcher.stop()
        self._connection(False)

    def close(self) -> None:
        """Stopped for good (the window goes)."""
        self.stop()
        if self.watcher is not None and hasattr(self.watcher, "close"):
            self.watcher.close()

    @property
    def running(self) -> bool:
        return self.watcher is not None and self.watcher.running

    def _moved(self, chains: frozenset[str]) -> None:
        """On the watcher's thread: what the moved chains change here (the audit records
        since the last ones told apart are read once, here, not on the UI thread)."""
        what = Changed.NOTHING
        if self._own in chains:
            what |= Changed.COMPLAINT | Changed.INCIDENT
        if AUDIT_CHAIN in chains:
            what |= self._audited()
        if what:
            self.heard.emit(what)

    def _audited(self) -> Changed:
        try:
            with self.session.db.read() as s:
                rows = s.execute(_AUDITED_SINCE, {"seen": self._audit_seen}).all()
        except Exception:  # the store away for a moment: everything it may stand for
            log.warning("audit records not read; refreshing all they may change", exc_info=True)
            return AUDITED
        what = Changed.NOTHING
        for entity, kind, last in rows:
            what |= audited(str(entity or ""), str(kind))
            self._audit_seen = max(self._audit_seen, int(last))
        return what

    def _heard(self, what: Changed) -> None:
        if not what:
            return
        self._pending |= what
        if not self.running:
            return  # a notice queued before the stop: announced at the next start
        if not self._gather.isActive():
            since_ms = (time.monotonic() - self.last_refresh) * 1000
            self._gather.start(math.ceil(max(GATHER_MS, MIN_GAP_MS - since_ms)))

    def _announce(self) -> None:
        what, self._pending = self._pending, Changed.NOTHING
        if what:
            self.last_refresh = time.monotonic()
            self.refreshes += 1
            self.session.notify_changed(what, source=self)

    def _connection(self, up: bool) -> None:
        if up and not self.running:
            return  # queued before the stop
        if up != self.up:
            self.up = up
            self.up_changed.emit(up)
