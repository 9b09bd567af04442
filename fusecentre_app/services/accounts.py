"""Desk accounts: added by an administrator, deactivated (never deleted: the history names
them), passwords reset (to be changed at the next sign-in) or changed by their owner.

Every change is an audit record naming who made it; a role or a password changed in the
store by other means no longer matches its record, and `verify` says so.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AppUser, Centre
from fusecentre_app.domain.limits import ACCOUNT_FIELDS, text_problems
from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message
from fusecentre_app.domain.roles import Role, UseCase, role_label
from fusecentre_app.services.auth import (
    AuthError,
    UserInfo,
    check_new_password,
    check_password,
    hash_password,
)
from fusecentre_app.services.errors import NotFound, ServiceError, ValidationError
from fusecentre_app.services.uow import FIRST_RUN, Change, CommandLine, Who, changing

USERNAME_HELP = Message(QT_TRANSLATE_NOOP("messages", "Use letters, digits, dots or underscores."))


@dataclass(frozen=True)
class Account:
    """One desk account as the accounts screen lists it."""

    id: int
    username: str
    full_name: str
    role: Role
    centre_code: str | None
    active: bool
    must_change_password: bool
    locked_until: datetime | None
    created_at: datetime

    @property
    def role_label(self) -> str:
        return role_label(self.role)


def _clean_username(username: str) -> str:
    name = username.strip().lower()
    if not name or not name.replace(".", "").replace("_", "").isalnum() or len(name) > 40:
        raise ValidationError({"username": USERNAME_HELP})
    return name


def add_user(
    db: Database,
    by: Who,
    *,
    username: str,
    full_name: str,
    password: str,
    role: str,
    centre_id: int | None = None,
    centre_code: str | None = None,
    must_change: bool = True,
) -> UserInfo:
    """A new account. Clerks and supervisors belong to a centre; inspectors and
    administrators may be division-wide. The first administrator is made by the desk's first
    run (`by=FIRST_RUN`); after that only an administrator (or the command line) adds."""
    use_case = UseCase.SET_UP_STORE if by is FIRST_RUN else UseCase.MANAGE_ACCOUNTS
    with changing(db, by, use_case) as c:  # who may add comes before what they typed
        errors: dict[str, str] = {}
        try:
            name = _clean_username(username)
        except ValidationError as exc:
            errors.update(exc.errors)
            name = username
        if not full_name.strip():
            errors["full_name"] = Message(QT_TRANSLATE_NOOP("messages", "Enter the person's name."))
        errors.update(text_problems({"full_name": full_name}, ACCOUNT_FIELDS))
        try:
            check_new_password(password, name)
        except ValidationError as exc:
            errors.update(exc.errors)
        try:
            chosen = Role(role)
        except ValueError:
            errors["role"] = Message(
                QT_TRANSLATE_NOOP(
                    "messages", "Choose a role: clerk, supervisor, inspector or admin."
                ),
            )
            chosen = Role.CLERK
        if by is FIRST_RUN and chosen != Role.ADMIN:
            errors["role"] = Message(
                QT_TRANSLATE_NOOP("messages", "The first account of a store is its administrator."),
            )
        if errors:
            raise ValidationError(errors)
        return _add(c, name, full_name, password, chosen, centre_id, centre_code, must_change)


def _add(
    c: Change,
    name: str,
    full_name: str,
    password: str,
    role: Role,
    centre_id: int | None,
    centre_code: str | None,
    must_change: bool,
) -> UserInfo:
    s = c.session
    if centre_code is not None:
        centre_id = s.scalar(select(Centre.id).where(Centre.code == centre_code.strip().upper()))
        if centre_id is None:
            raise ValidationError(
                {
                    "centre": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "There is no centre with code {centre_code!r}."
                        ),
                        centre_code=centre_code,
                    )
                }
            )
    code = None
    if centre_id is not None:
        code = s.scalar(select(Centre.code).where(Centre.id == centre_id))
        if code is None:
            raise ValidationError(
                {"centre": Message(QT_TRANSLATE_NOOP("messages", "Choose the account's centre."))}
            )
    elif not role.division_wide_allowed:
        raise ValidationError(
            {
                "centre": Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "A clerk or supervisor works at one centre: choose it."
                    ),
                )
            }
        )
    if s.scalar(select(AppUser.id).where(AppUser.username == name)) is not None:
        raise ValidationError(
            {"username": Message(QT_TRANSLATE_NOOP("messages", "This user name is taken."))}
        )
    user = AppUser(
        username=name,
        full_name=full_name.strip(),
        password_hash=hash_password(password),
        role=role.value,
        centre_id=centre_id,
        active=True,
        created_at=c.now,
        password_changed_at=c.now,
        must_change_password=must_change,
        failed_sign_ins=0,
    )
    s.add(user)
    s.flush()
    c.saved("user", user.id, None, kind="user_added", centre_id=centre_id)
    return UserInfo(user.id, name, user.full_name, role.value, centre_id, code, must_change)


def _account(c: Change, user_id: int) -> AppUser:
    user = c.session.get(AppUser, user_id)
    if user is None:
        raise NotFound(
            Message(QT_TRANSLATE_NOOP("messages", "This account is not in the database."))
        )
    return user


def create_user(
    db: Database,
    *,
    username: str,
    full_name: str,
    password: str,
    centre_id: int | None,
    role: str = Role.CLERK.value,
    by: Who | None = None,
    must_change: bool = False,
) -> UserInfo:
    """A new desk account, on record in the name of `by` (default: the command line)."""
    return add_user(
        db,
        by if by is not None else CommandLine.current(),
        username=username,
        full_name=full_name,
        password=password,
        centre_id=centre_id,
        role=role,
        must_change=must_change,
    )


def deactivate_user(db: Database, by: Who, user_id: int, reason: str) -> None:
    """The person no longer works at the desk: they cannot sign in, and everything they did
    still names them."""
    if not reason.strip():
        raise ValidationError(
            {
                "reason": Message(
                    QT_TRANSLATE_NOOP("messages", "Say why (for example, transferred to Dumraon).")
                )
            }
        )
    with changing(db, by, UseCase.MANAGE_ACCOUNTS) as c:
        user = _account(c, user_id)
        if not user.active:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP("messages", "{username} is already deactivated."),
                    username=user.username,
                )
            )
        if user.id == c.user_id:
            raise ServiceError(
                Message(QT_TRANSLATE_NOOP("messages", "You cannot deactivate your own account."))
            )
        if user.role == Role.ADMIN.value and _active_admins(c) <= 1:
            raise ServiceError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "messages", "This is the last administrator; add another one first."
                    ),
                )
            )
        before = c.snapshot("user", user.id)
        user.active = False
        c.saved("user", user.id, before, kind="user_deactivated", reason=reason.strip())


def _active_admins(c: Change) -> int:
    return int(
        c.session.scalar(
            select(func.count())
            .select_from(AppUser)
            .where(AppUser.role == Role.ADMIN.value, AppUser.active.is_(True))
        )
        or 0
    )


def reset_password(db: Database, by: Who, user_id: int, new_password: str) -> None:
    """A forgotten password: the administrator sets one, the user must change it at the next
    sign-in; an account waiting after wrong passwords may sign in again at once."""
    with changing(db, by, UseCase.MANAGE_ACCOUNTS) as c:
        user = _account(c, user_id)
        check_new_password(new_password, user.username)
        before = c.snapshot("user", user.id)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = c.now
        user.must_change_password = True
        user.failed_sign_ins = 0
        user.locked_until = None
        c.saved("user", user.id, before, kind="password_reset")


def change_own_password(db: Database, user_id: int, current: str, new_password: str) -> None:
    """The user chooses their own password (required after a reset)."""
    with changing(db, user_id, UseCase.CHANGE_OWN_PASSWORD) as c:
        user = _account(c, user_id)
        if not check_password(current, user.password_hash):
            raise ValidationError(
                {
                    "current": Message(
                        QT_TRANSLATE_NOOP("messages", "This is not your current password.")
                    )
                }
            )
        if new_password == current:
            raise ValidationError(
                {
                    "password": Message(
                        QT_TRANSLATE_NOOP(
                            "messages", "Choose a password other than the current one."
                        )
                    )
                }
            )
        check_new_password(new_password, user.username)
        before = c.snapshot("user", user.id)
        user.password_hash = hash_password(new_password)
        user.password_changed_at = c.now
        user.must_change_password = False
        c.saved("user", user.id, before, kind="password_changed")


def list_accounts(db: Database) -> list[Account]:
    with db.read() as s:
        rows = s.execute(
            select(AppUser, Centre.code)
            .outerjoin(Centre, Centre.id == AppUser.centre_id)
            .order_by(AppUser.active.desc(), AppUser.username)
        ).all()
    return [
        Account(
            u.id,
            u.username,
            u.full_name,
            Role(u.role),
            code,
            bool(u.active),
            bool(u.must_change_password),
            u.locked_until,
            u.created_at,
        )
        for u, code in rows
    ]


def account_by_name(db: Database, username: str) -> Account:
    name = username.strip().lower()
    for account in list_accounts(db):
        if account.username == name:
            return account
    raise NotFound(
        Message(
            QT_TRANSLATE_NOOP("messages", "There is no desk user {username!r}."),
            username=username,
        )
    )


__all__ = [
    "Account",
    "AuthError",
    "account_by_name",
    "add_user",
    "change_own_password",
    "create_user",
    "deactivate_user",
    "list_accounts",
    "reset_password",
]
