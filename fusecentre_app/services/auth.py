"""Signing in: argon2id password hashes, and an account that waits after repeated failures.

Passwords are hashed with argon2id at OWASP's parameters (19 MiB, 2 passes, 1 lane: about
25 ms on a desk PC). A user name that does not exist costs the same time as a wrong
password, and the answer is the same, so neither tells a guesser which names exist. From
the fifth wrong password in a row the account waits (30 s, then twice as long after each
further failure, at most an hour); while it waits even the right password is refused, with
the same sentence (which says an account may be waiting), so a wait does not tell a guesser
the name exists either. Refusals, waits and attempts during a wait are audit records. Hashes made by
earlier versions (scrypt) still sign in, and are replaced by argon2id when they do.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, Centre
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.passwords import password_problem
from fusecentre_app.domain.roles import UseCase
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.errors import ServiceError, ValidationError
from fusecentre_app.services.uow import SignIn, changing

HASHER = PasswordHasher(time_cost=2, memory_cost=19_456, parallelism=1)
FREE_FAILURES = 4  # wrong passwords before the account starts to wait
FIRST_WAIT = timedelta(seconds=30)
LONGEST_WAIT = timedelta(hours=1)
WRONG = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        "Wrong user name or password, or the account is waiting after repeated wrong tries: "
        "try again later, or ask the administrator to reset the password.",
    ),
)


class AuthError(ServiceError):
    pass


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    role: str
    centre_id: int | None
    centre_code: str | None
    must_change_password: bool = False


def hash_password(password: str) -> str:
    return HASHER.hash(password)


def _check_scrypt(password: str, stored: str) -> bool:
    """A hash from before argon2id: scrypt$N$r$p$salt$digest."""
    try:
        _scheme, n, r, p, salt, digest = stored.split("$")
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(
            password.encode(),
            salt=base64.b64decode(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            maxmem=64 * 1024 * 1024,
            dklen=len(expected),
        )
    except ValueError:
        return False
    return hmac.compare_digest(actual, expected)


def check_password(password: str, stored: str) -> bool:
    if stored.startswith("scrypt$"):
        return _check_scrypt(password, stored)
    try:
        return HASHER.verify(stored, password)
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(stored: str) -> bool:
    if not stored.startswith("$argon2"):
        return True
    try:
        return HASHER.check_needs_rehash(stored)
    except InvalidHashError:
        return True


# Checked against when the user name is unknown, so that it costs a real check (made at
# import: made on the first unknown name, it would make that answer slower).
_DECOY_HASH = HASHER.hash("no such user: this hash only spends the time a real check takes")


def wait_after(failures: int) -> timedelta:
    """How long the account waits after `failures` wrong passwords in a row."""
    if failures <= FREE_FAILURES:
        return timedelta(0)
    return min(FIRST_WAIT * 2 ** (failures - FREE_FAILURES - 1), LONGEST_WAIT)


def check_new_password(password: str, username: str = "", *, field: str = "password") -> None:
    problem = password_problem(password, username)
    if problem:
        raise ValidationError({field: problem})


def has_users(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(AppUser)))


def _info(user: AppUser, centre_code: str | None) -> UserInfo:
    return UserInfo(
        user.id,
        user.username,
        user.full_name,
        user.role,
        user.centre_id,
        centre_code,
        bool(user.must_change_password),
    )


def authenticate(
    db: Database, username: str, password: str, *, now: datetime | None = None
) -> UserInfo:
    """The user, when the name and password are right and the account may sign in now."""
    now = now or utcnow()
    name = username.strip().lower()
    with db.read() as s:
        row = s.execute(
            select(AppUser, Centre.code)
            .outerjoin(Centre, Centre.id == AppUser.centre_id)
            .where(AppUser.username == name)
        ).first()
    if row is None:
        check_password(password, _DECOY_HASH)
        with changing(db, SignIn(None, name), UseCase.SIGN_IN, now=now) as change:
            change.record("sign_in_refused", data={"username": name, "reason": "unknown user"})
        raise AuthError(WRONG)
    user, centre_code = row
    right = check_password(password, user.password_hash)
    if user.locked_until is not None and user.locked_until > now:
        with changing(db, SignIn(None, name), UseCase.SIGN_IN, now=now) as change:
            change.record(
                "sign_in_refused",
                data={"username": name, "user_id": user.id, "reason": "waiting"},
            )
        raise AuthError(WRONG)
    if not right:
        _refused(db, user.id, name, now)
        raise AuthError(WRONG)
    if not user.active:
        raise AuthError(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "This account has been deactivated; ask the administrator."
                ),
            )
        )
    with changing(db, SignIn(user.id, name), UseCase.SIGN_IN, now=now) as change:
        account = change.session.get(AppUser, user.id, with_for_update=True)
        assert account is not None
        account.failed_sign_ins = 0
        account.locked_until = None
        if needs_rehash(account.password_hash):
            before = change.snapshot("user", account.id)
            account.password_hash = hash_password(password)
            change.saved("user", account.id, before, kind="password_rehashed")
        change.record("signed_in", entity="", key="", centre_id=account.centre_id)
    return _info(user, centre_code)


def _refused(db: Database, user_id: int, name: str, now: datetime) -> None:
    with changing(db, SignIn(None, name), UseCase.SIGN_IN, now=now) as change:
        # Locked for the count: two desks' wrong passwords at once both count (PostgreSQL).
        account = change.session.get(AppUser, user_id, with_for_update=True)
        assert account is not None
        account.failed_sign_ins += 1
        wait = wait_after(account.failed_sign_ins)
        data: dict[str, object] = {
            "username": name,
            "user_id": user_id,
            "failures": account.failed_sign_ins,
        }
        if wait:
            account.locked_until = now + wait
            data["waits_until"] = account.locked_until.isoformat()
        change.record("sign_in_refused", data=data)


def record_sign_out(db: Database, user_id: int, *, reason: str = "signed out") -> None:
    """Signing out, switching user or closing the desk is on record (`reason` says which),
    and anchors the chains. The idle lock is not a sign-out: the same clerk unlocks it."""
    with changing(db, SignIn(user_id, ""), UseCase.SIGN_IN) as change:
        change.record("signed_out", data={"reason": reason})
        change.force_anchor = True


def find_user(db: Database, username: str | None = None) -> UserInfo | None:
    """A user by name, or the first user made when no name is given."""
    query = (
        select(AppUser, Centre.code)
        .outerjoin(Centre, Centre.id == AppUser.centre_id)
        .order_by(AppUser.id)
        .limit(1)
    )
    if username:
        query = query.where(AppUser.username == username.strip().lower())
    with db.read() as s:
        row = s.execute(query).first()
    return _info(row[0], row[1]) if row else None
