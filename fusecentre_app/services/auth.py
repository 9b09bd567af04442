"""Desk users: the first user on a new store, and sign-in with a slow salted hash."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import bindparam, func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, Centre
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services.errors import ServiceError, ValidationError, store_errors

# scrypt: memory-hard; about 0.1 s per check on a desk PC, which is slow for guessing.
_N, _R, _P = 2**15, 8, 1
_MAXMEM = 64 * 1024 * 1024
MIN_PASSWORD = 8
ROLES = ("clerk", "supervisor", "admin", "inspector")
READ_ONLY_ROLES = frozenset({"inspector"})
READ_ONLY_MESSAGE = "An inspector's account reads and checks records; it cannot change them."


class ReadOnlyUser(ServiceError):
    """A change asked for by an account that may only read (an inspector)."""


def ensure_may_change(conn, user_id: int | None) -> None:  # type: ignore[no-untyped-def]
    """Refuse a change made in the name of a read-only account (within the caller's
    transaction; `conn` is a Connection or Session)."""
    if user_id is None:
        return
    role = conn.scalar(_ROLE, {"user_id": user_id})
    if role in READ_ONLY_ROLES:
        raise ReadOnlyUser(READ_ONLY_MESSAGE)


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


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=_N, r=_R, p=_P, maxmem=_MAXMEM)
    b64 = base64.b64encode
    return f"scrypt${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    expected = base64.b64decode(digest)
    actual = hashlib.scrypt(
        password.encode(),
        salt=base64.b64decode(salt),
        n=int(n),
        r=int(r),
        p=int(p),
        maxmem=_MAXMEM,
        dklen=len(expected),
    )
    return hmac.compare_digest(actual, expected)


def has_users(db: Database) -> bool:
    with db.read() as s:
        return bool(s.scalar(select(func.count()).select_from(AppUser)))


def _info(user: AppUser, centre_code: str | None) -> UserInfo:
    return UserInfo(user.id, user.username, user.full_name, user.role, user.centre_id, centre_code)


def create_user(
    db: Database,
    *,
    username: str,
    full_name: str,
    password: str,
    centre_id: int | None,
    role: str = "clerk",
) -> UserInfo:
    errors: dict[str, str] = {}
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").isalnum():
        errors["username"] = "Use letters, digits, dots or underscores."
    if not full_name.strip():
        errors["full_name"] = "Enter the person's name."
    if len(password) < MIN_PASSWORD:
        errors["password"] = f"Use at least {MIN_PASSWORD} characters."
    if role not in ROLES:
        errors["role"] = "Unknown role."
    if errors:
        raise ValidationError(errors)
    with store_errors(), db.write() as s:
        if s.scalar(select(AppUser.id).where(AppUser.username == username)) is not None:
            raise ValidationError({"username": "This user name is taken."})
        centre_code = None
        if centre_id is not None:
            centre_code = s.scalar(select(Centre.code).where(Centre.id == centre_id))
            if centre_code is None:
                raise ValidationError({"centre": "Choose this desk's centre."})
        user = AppUser(
            username=username,
            full_name=full_name.strip(),
            password_hash=hash_password(password),
            role=role,
            centre_id=centre_id,
            active=True,
            created_at=utcnow(),
        )
        s.add(user)
        s.flush()
        return _info(user, centre_code)


def authenticate(db: Database, username: str, password: str) -> UserInfo:
    with db.read() as s:
        row = s.execute(
            select(AppUser, Centre.code)
            .outerjoin(Centre, Centre.id == AppUser.centre_id)
            .where(AppUser.username == username.strip().lower())
        ).first()
    if row is None or not row[0].active or not check_password(password, row[0].password_hash):
        raise AuthError("Wrong user name or password.")
    return _info(row[0], row[1])


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


_ROLE = select(AppUser.role).where(AppUser.id == bindparam("user_id"))
