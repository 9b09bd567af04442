"""Errors a person can act on, worded for them; store failures mapped to calm advice."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError, OperationalError

from fusecentre_app.db.engine import StoreCorrupt, StoreMissing, StoreRefused
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message

log = logging.getLogger(__name__)


class ServiceError(Exception):
    """A refusal with a message for the person at the desk."""


class ValidationError(ServiceError):
    """Input that cannot be saved, with one message per field name."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{field}: {msg}" for field, msg in self.errors.items()))


class NotFound(ServiceError):
    pass


class NotPermitted(ServiceError):
    """A change this person may not make (their role, their centre, their account)."""


class StaleRecord(ServiceError):
    """The record changed at another desk since this one showed it; the screen should show
    it again before the clerk decides."""


class StoreUnavailable(ServiceError):
    """The database could not take the write (locked, read-only, full, gone)."""


def describe_store_error(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", exc)).lower()
    if isinstance(exc, StoreMissing):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The database file was deleted or replaced while the desk was running, so nothing "
                "was saved (your entries are kept): close the desk, put the store back (or restore "
                "the last backup) and start it again.",
            ),
        )
    if isinstance(exc, StoreCorrupt) or any(
        word in text for word in ("malformed", "not a database", "corrupt")
    ):
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The database is damaged, so nothing was saved (your entries are kept): close the "
                "desk and ask the supervisor to restore the last backup.",
            ),
        )
    if "locked" in text or "busy" in text:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The database is busy with another program, so nothing was saved (your entries are "
                "kept): try again in a moment.",
            ),
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The database cannot be written (its file or folder is read-only), so nothing was "
                "saved (your entries are kept): ask the supervisor to check the data folder.",
            ),
        )
    if "full" in text or "no space" in text:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The disk is full, so nothing was saved (your entries are kept): free some space, "
                "then save again.",
            ),
        )
    return Message(
        QT_TRANSLATE_NOOP(
            "messages",
            "The database reported an error, so nothing was saved (your entries are kept): try "
            "again, and tell the supervisor if it keeps happening.",
        ),
    )


@contextmanager
def store_errors() -> Iterator[None]:
    """Turn driver failures during a write into `StoreUnavailable` (logged with a traceback)."""
    try:
        yield
    except StoreRefused as exc:  # gone, or found damaged by the check of the store
        log.error("write refused: %s", exc)
        raise StoreUnavailable(describe_store_error(exc)) from exc
    except DatabaseError as exc:
        # Integrity and programming errors are bugs, not store trouble: they surface as they are.
        if not (isinstance(exc, OperationalError) or type(exc) is DatabaseError):
            raise  # a damaged file is a plain DatabaseError ("database disk image is malformed")
        log.exception("write failed")
        raise StoreUnavailable(describe_store_error(exc)) from exc
