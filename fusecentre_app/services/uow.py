"""The one way the services change the store: `changing(db, who, use_case)`.

Every write opens one of these units of work. It starts the transaction, reads the person
making the change from the store (their role, centre and whether the account is active;
never from the caller's arguments), refuses the change in one sentence if the permission
table (`domain.roles`) or the centre does not allow it, gives the use case a `Change` to
write through — complaint events and audit records both name the person — maps store
failures to calm advice, and after the commit notes the chain heads in the anchor file.

Logging a complaint at the desk, the hottest write, has a leaner twin, `changing_on_driver`:
the same transaction and durability on the pool's driver connection, the person read in the
use case's own first query and checked by `admit` with the same rules and sentences, and the
same `committed` step after the commit.

Who may be a desk user (their id), the command line (`CommandLine`: the office's
administrator at the store itself, for accounts, settings, imports and prints), or the
desk's first run (`FIRST_RUN`: setting up a store that has no users yet).
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, func, select
from sqlalchemy.engine import Connection, Dialect
from sqlalchemy.orm import Session
from sqlalchemy.pool import PoolProxiedConnection

from fusecentre_app.db.anchors import AUDIT_CHAIN, centre_chain
from fusecentre_app.db.audit import (
    append_record,
    changed_fields,
    current_snapshots,
    key_text,
    snapshot_of,
)
from fusecentre_app.db.engine import Database
from fusecentre_app.db.events import append_event
from fusecentre_app.db.live import announce, announce_on_driver, own_committed
from fusecentre_app.db.models import AppUser
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import COMMAND_LINE_MAY, Role, UseCase, may, refusal
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.errors import NotPermitted, store_errors


@dataclass(frozen=True)
class CommandLine:
    """The `fusecentre` command run at the store by the office's administrator."""

    os_user: str

    @classmethod
    def current(cls) -> CommandLine:
        """The operating system's account running the command (from the system, not from
        environment variables anyone can set)."""
        try:
            import pwd

            return cls(pwd.getpwuid(os.getuid()).pw_name)
        except (ImportError, KeyError):  # Windows has no pwd; a uid with no name
            pass
        try:
            return cls(os.getlogin())
        except OSError:
            return cls(getpass.getuser() if os.name == "nt" else "unknown")


@dataclass(frozen=True)
class _FirstRun:
    """The desk's first run on a store with no users: the division loaded, the first
    administrator made."""


FIRST_RUN = _FirstRun()


@dataclass(frozen=True)
class SignIn:
    """Signing in or out: the account (None for a user name that does not exist) has not
    proved who it is yet, or is leaving; only the sign-in records may be written."""

    user_id: int | None
    username: str


Who = int | CommandLine | _FirstRun | SignIn


@dataclass(frozen=True)
class Actor:
    """The person a change is recorded against."""

    id: int | None
    username: str
    full_name: str
    role: Role | None
    centre_id: int | None
    via: str  # "desk", "command line (os user …)", "first run"
    must_change_password: bool = False

    def may(self, use_case: UseCase) -> bool:
        if self.via == "sign-in" or use_case == UseCase.SIGN_IN:
            return self.via == "sign-in"
        if self.via == "first run" or use_case == UseCase.SET_UP_STORE:
            return self.via == "first run"
        if self.role is None:
            return use_case in COMMAND_LINE_MAY
        return may(self.role, use_case)


_USER = select(
    AppUser.id,
    AppUser.username,
    AppUser.full_name,
    AppUser.role,
    AppUser.centre_id,
    AppUser.active,
    AppUser.must_change_password,
).where(AppUser.id == bindparam("user_id"))


def read_actor(conn: Connection | Session, who: Who | None) -> Actor:
    """The person behind `who`, read in the caller's transaction."""
    if isinstance(who, CommandLine):
        return Actor(None, "", "", None, None, f"command line (os user {who.os_user})")
    if isinstance(who, SignIn):
        return Actor(who.user_id, who.username, "", None, None, "sign-in")
    if isinstance(who, _FirstRun):
        if conn.scalar(select(func.count()).select_from(AppUser)):
            raise NotPermitted(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "This store already has desk users; sign in instead."
                    ),
                )
            )
        return Actor(None, "", "", None, None, "first run")
    if who is None:
        raise NotPermitted(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Sign in first: every change names the person who made it."
                ),
            )
        )
    row = conn.execute(_USER, {"user_id": who}).first()
    if row is None:
        raise NotPermitted(
            Message(QT_TRANSLATE_NOOP("messages", "This account is not in the database."))
        )
    return desk_actor(*row)


def desk_actor(
    user_id: int,
    username: str,
    full_name: str,
    role_value: str,
    centre_id: int | None,
    active: Any,
    must_change_password: Any,
) -> Actor:
    """A desk user from their row (the columns of `_USER`, read in the write's own
    transaction), or the sentence that says why the account may not write."""
    if not active:
        raise NotPermitted(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This account has been deactivated; ask the administrator for a new one.",
                ),
            )
        )
    try:
        role = Role(role_value)
    except ValueError:
        raise NotPermitted(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This account's role is not one the desk knows; ask the administrator.",
                ),
            )
        ) from None
    return Actor(user_id, username, full_name, role, centre_id, "desk", bool(must_change_password))


def check(actor: Actor, use_case: UseCase, centre_id: int | None = None) -> None:
    """Refuse, in one sentence, what this person may not do (at that centre)."""
    if actor.must_change_password and use_case not in (
        UseCase.CHANGE_OWN_PASSWORD,
        UseCase.SIGN_IN,
    ):
        raise NotPermitted(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Choose your own password first: sign in at the "
                    "desk, which asks for a new one.",
                ),
            )
        )
    if not actor.may(use_case):
        if actor.role is None:
            raise NotPermitted(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "The command line may not {action}; use the desk."
                    ),
                    action=use_case.value,
                )
            )
        raise NotPermitted(refusal(actor.role, use_case))
    if actor.role in (Role.CLERK, Role.SUPERVISOR):
        if actor.centre_id is None:  # an account from before every clerk had a centre
            raise NotPermitted(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Your account belongs to no centre; ask the "
                        "administrator to set one up for you.",
                    ),
                )
            )
        if centre_id is not None and actor.centre_id != centre_id:
            raise NotPermitted(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Your account belongs to another centre; this record is not yours.",
                    ),
                )
            )


class Change:
    """What a use case writes through: complaint events and audit records, each naming the
    actor, at one moment `now`."""

    def __init__(self, session: Session, actor: Actor, now: datetime) -> None:
        self.session = session
        self.actor = actor
        self.now = now
        self.heads: dict[str, tuple[int, str]] = {}
        self.before: dict[str, int] = {}  # each chain's head before this change's first move
        self.force_anchor = False

    @property
    def conn(self) -> Connection:
        return self.session.connection()

    @property
    def user_id(self) -> int | None:
        return self.actor.id

    def require(self, use_case: UseCase, centre_id: int | None = None) -> None:
        """A further permission the change turned out to need (a back-dated call)."""
        check(self.actor, use_case, centre_id)

    def event(self, *, centre_id: int, complaint_id: int, kind: str, data: dict[str, Any]) -> int:
        """A complaint event at the end of its centre's chain."""
        event_id, digest, previous_id = append_event(
            self.conn,
            centre_id=centre_id,
            complaint_id=complaint_id,
            at=self.now,
            user_id=self.actor.id,
            kind=kind,
            data=data,
        )
        self.heads[centre_chain(centre_id)] = (event_id, digest)
        self.before.setdefault(centre_chain(centre_id), previous_id)
        return event_id

    def record(
        self,
        kind: str,
        *,
        entity: str = "",
        key: Any = "",
        centre_id: int | None = None,
        data: dict[str, Any] | None = None,
    ) -> int:
        """An audit record; the command line's operator is named in it."""
        body = dict(data or {})
        if self.actor.id is None:
            body["via"] = self.actor.via
        record_id, digest, previous_id = append_record(
            self.conn,
            at=self.now,
            user_id=self.actor.id,
            centre_id=centre_id,
            kind=kind,
            entity=entity,
            entity_key=key_text(key),
            data=body,
        )
        self.heads[AUDIT_CHAIN] = (record_id, digest)
        self.before.setdefault(AUDIT_CHAIN, previous_id)
        return record_id

    def snapshot(self, entity: str, key: Any) -> dict[str, Any] | None:
        self.session.flush()
        return snapshot_of(self.conn, entity, key)

    def saved(
        self,
        entity: str,
        key: Any,
        before: dict[str, Any] | None,
        *,
        kind: str | None = None,
        centre_id: int | None = None,
        **extra: Any,
    ) -> int | None:
        """Put an audited row on record as it is now (after an add or a change): its whole
        snapshot, and the old values of what changed. Nothing is written when nothing
        changed."""
        after = self.snapshot(entity, key)
        if after is None:
            raise RuntimeError(f"{entity} {key_text(key)} is not in the store")
        old = changed_fields(before, after)
        if before is not None and not old:
            return None
        data: dict[str, Any] = {"new": after, **extra}
        if before is not None:
            data["old"] = old
        kind = kind or ("added" if before is None else "changed")
        return self.record(kind, entity=entity, key=key, centre_id=centre_id, data=data)

    def snapshots(self, entity: str) -> dict[str, dict[str, Any]]:
        """Every row of an audited table as it is in the transaction now, by key."""
        self.session.flush()
        return current_snapshots(self.conn, entity)

    def saved_all(
        self,
        entity: str,
        before: dict[str, dict[str, Any]],
        *,
        centre_id: int | None = None,
        **extra: Any,
    ) -> int:
        """Put on record every row of an audited table that was added or changed since
        `before` (from `snapshots`); returns how many."""
        written = 0
        for key, after in sorted(self.snapshots(entity).items()):
            old = before.get(key)
            if old == after:
                continue
            data: dict[str, Any] = {"new": after, **extra}
            if old is not None:
                data["old"] = changed_fields(old, after)
            kind = f"{entity}_added" if old is None else f"{entity}_changed"
            self.record(kind, entity=entity, key=key, centre_id=centre_id, data=data)
            written += 1
        return written


@contextmanager
def changing(
    db: Database,
    who: Who | None,
    use_case: UseCase,
    *,
    centre_id: int | None = None,
    now: datetime | None = None,
) -> Iterator[Change]:
    """One unit of work: a transaction on `db`, in `who`'s name, for `use_case`."""
    with store_errors(), db.write() as s:
        actor = read_actor(s, who)
        check(actor, use_case, centre_id)
        change = Change(s, actor, now or utcnow())
        yield change
        s.flush()
        announce(s, change.heads, change.before)  # the other desks hear of it at the commit
    committed(db, change.heads, force_anchor=change.force_anchor)


def committed(
    db: Database, heads: dict[str, tuple[int, str]], *, force_anchor: bool = False
) -> None:
    """What follows every committed change, by either unit of work: the moved chain heads
    noted in the anchor file."""
    db.anchors.note(heads, force=force_anchor)


class DriverChange:
    """A unit of work for a hot path (logging a complaint) that runs its few statements on
    the driver's cursor (`db.driver`) and reads the person in its own first query: it
    commits only once `admit` has checked that person, in the same transaction."""

    def __init__(self, conn: PoolProxiedConnection, dialect: Dialect, now: datetime) -> None:
        self.conn = conn
        self.dialect = dialect
        self.cursor = conn.cursor()
        self.now = now
        self.actor: Actor | None = None
        self.heads: dict[str, tuple[int, str]] = {}
        self.before: dict[str, int] = {}  # each chain's head before this change's first move

    def admit(
        self, user_row: tuple[Any, ...], use_case: UseCase, centre_id: int | None = None
    ) -> Actor:
        """The person from their row (the columns of `read_actor`'s query), checked as
        `changing` checks them."""
        actor = desk_actor(*user_row)
        check(actor, use_case, centre_id)
        self.actor = actor
        return actor

    def require(self, use_case: UseCase, centre_id: int | None = None) -> None:
        """A further permission the change turned out to need (a back-dated call)."""
        if self.actor is None:
            raise RuntimeError("admit the person before checking further permissions")
        check(self.actor, use_case, centre_id)


# The person's columns, for a hot path's own first query (in `desk_actor`'s order).
USER_COLUMNS = tuple(_USER.selected_columns)


class _NotAdmitted(Exception):
    """A driver unit of work that ends without its person checked: nothing is committed."""


@contextmanager
def changing_on_driver(db: Database, *, now: datetime | None = None) -> Iterator[DriverChange]:
    """One unit of work on the pool's driver connection (no ORM session), for a hot path.
    The use case reads the person itself and calls `admit`; when it does not (its folded
    read found nothing, and it will go the general way through `changing`), nothing is
    committed."""
    try:
        with store_errors(), db.write_on_driver() as conn:
            change = DriverChange(conn, db.engine.dialect, now or utcnow())
            try:
                yield change
                if change.actor is None:
                    raise _NotAdmitted  # rolls the transaction back
                announce_on_driver(change.cursor, db.engine, change.heads)
            finally:
                change.cursor.close()
    except _NotAdmitted:
        return
    own_committed(db.engine, change.heads, change.before)
    committed(db, change.heads)


def permitted(
    s: Session, who: Who | None, use_case: UseCase, centre_id: int | None = None
) -> Actor:
    """Check a permission inside a read (a dry run, or a check before slow work, that must
    be refused like the real write)."""
    actor = read_actor(s, who)
    check(actor, use_case, centre_id)
    return actor
