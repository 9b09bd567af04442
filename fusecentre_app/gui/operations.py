"""The one path from a widget to a change in the store, in the manner of Anki's
`CollectionOp` (ankitects/anki qt/aqt/operations/__init__.py).

A widget builds a `DeskOp` around one service call and says what kind of record it changes.
`run()` calls the service; a `ValidationError` goes to the fields (`on_invalid`), a
complaint changed meanwhile at another desk (`StaleRecord`) is said and shown again
(`on_stale`), any other refusal (`ServiceError`) is one sentence (`on_refused`, else a
message box), and anything unexpected is logged with its traceback and shown as one calm
sentence naming the log file. After a change — and after a stale refusal, since the record
did change — the session announces one `Changes`: the kinds of record changed and the
widget that made it, so each screen refreshes only what concerns it and the widget that
acted can skip what it has already shown.

Writes are short transactions (a few milliseconds on the desk's own store), so they run on
the UI thread; reads that scan history run on workers where they are (the queue's flags).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Flag, auto
from typing import Generic, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from fusecentre_app.gui.messages import error_text, shown
from fusecentre_app.logs import log_path
from fusecentre_app.services.errors import ServiceError, StaleRecord, ValidationError

log = logging.getLogger(__name__)
T = TypeVar("T")


class Changed(Flag):
    """Which kinds of record an operation changed."""

    NOTHING = 0
    COMPLAINT = auto()
    INCIDENT = auto()
    DIRECTORY = auto()
    PRINT = auto()
    INSPECTION = auto()
    SETTINGS = auto()
    ACCOUNTS = auto()
    REGISTERS = auto()  # the EE's: interruptions, feeders' facts, shutdowns, claims
    EVERYTHING = (
        COMPLAINT | INCIDENT | DIRECTORY | PRINT | INSPECTION | SETTINGS | ACCOUNTS | REGISTERS
    )


@dataclass(frozen=True)
class Changes:
    """What one operation changed, and who (which widget) made the change."""

    what: Changed
    source: object | None = None
    complaint_ids: frozenset[int] = field(default_factory=frozenset)

    def touches(self, kinds: Changed) -> bool:
        return bool(self.what & kinds)


def unexpected_message() -> str:
    return QCoreApplication.translate(
        "DeskOp",
        "Something went wrong and nothing was saved (your entries are kept); the details "
        "are in the log file %1.",
    ).replace("%1", str(log_path()))


class _NoSession:
    """Before anyone is signed in (sign-in, first run) there is no desk to tell."""

    def notify(self, _changes: Changes) -> None:
        pass


NO_SESSION = _NoSession()


class DeskOp(Generic[T]):
    """One service call from a widget (see the module)."""

    def __init__(
        self,
        session,  # type: ignore[no-untyped-def]  # DeskSession (imports this module)
        parent: QWidget,
        op: Callable[[], T],
        *,
        changes: Changed,
        complaint_ids: frozenset[int] | set[int] = frozenset(),
    ) -> None:
        self.session = session
        self.parent = parent
        self.op = op
        self.changes = changes
        self.complaint_ids = frozenset(complaint_ids)
        self._success: Callable[[T], None] | None = None
        self._invalid: Callable[[dict[str, str]], None] | None = None
        self._refused: Callable[[str], None] | None = None
        self._stale: Callable[[str], None] | None = None
        self.error: Exception | None = None  # what refused the last run, for a closer look

    def on_success(self, fn: Callable[[T], None]) -> DeskOp[T]:
        self._success = fn
        return self

    def on_invalid(self, fn: Callable[[dict[str, str]], None]) -> DeskOp[T]:
        self._invalid = fn
        return self

    def on_refused(self, fn: Callable[[str], None]) -> DeskOp[T]:
        self._refused = fn
        return self

    def on_stale(self, fn: Callable[[str], None]) -> DeskOp[T]:
        self._stale = fn
        return self

    def _refuse(self, text: str) -> None:
        if self._refused is not None:
            self._refused(text)
        else:
            QMessageBox.warning(self.parent, QCoreApplication.translate("DeskOp", "Not done"), text)

    def run(self) -> T | None:
        self.error = None
        try:
            result = self.op()
        except ValidationError as exc:
            self.error = exc
            if self._invalid is not None:
                self._invalid({name: shown(text) for name, text in exc.errors.items()})
            else:
                self._refuse("\n".join(shown(text) for text in exc.errors.values()))
            return None
        except StaleRecord as exc:
            self.error = exc
            self._announce()  # it did change: every screen shows it again
            if self._stale is not None:
                self._stale(error_text(exc))
            else:
                self._refuse(error_text(exc))
            return None
        except ServiceError as exc:
            self.error = exc
            self._refuse(error_text(exc))
            return None
        except Exception as exc:
            self.error = exc
            log.exception("operation failed: %r", self.op)
            self._refuse(unexpected_message())
            return None
        self._announce()
        if self._success is not None:
            self._success(result)
        return result

    def _announce(self) -> None:
        if self.changes:  # a read (Changed.NOTHING) announces nothing
            self.session.notify(Changes(self.changes, self.parent, self.complaint_ids))
