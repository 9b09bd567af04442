"""Desk accounts and signing in: argon2id hashes (old scrypt ones still sign in and are
replaced), passwords long enough and not common, a user name that does not exist costs the
time of a wrong password, the fifth wrong password in a row makes the account wait (longer
each time, on record); accounts added, deactivated and reset only by an administrator, each
change on record; and a reset password must be changed before any other work."""

from __future__ import annotations

import base64
import hashlib
import statistics
import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import AppUser, AuditRecord
from fusecentre_app.domain.roles import PERMISSIONS, REFUSALS, Role, UseCase, refusal
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.services import accounts, auth
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import NotPermitted, ServiceError, ValidationError
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD
from tests.support import OFFICE

ADMIN_PASSWORD = "division-office-2026"


@pytest.fixture
def admin(db):  # type: ignore[no-untyped-def]
    return accounts.create_user(
        db,
        username="admin",
        full_name="Admin",
        password=ADMIN_PASSWORD,
        centre_id=None,
        role="admin",
    )


def _kinds(db) -> list[str]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(s.scalars(select(AuditRecord.kind).order_by(AuditRecord.id)))


@pytest.mark.parametrize(
    ("password", "problem"),
    [
        ("short-1", "at least 10"),
        ("password123", "guessers try first"),
        ("Buxar12345", "guessers try first"),
        ("aaaaaaaaaaaa", "more than one or two"),
        ("ravi.k-1912-desk", "user name"),
    ],
)
def test_a_password_must_be_long_and_not_common(db, centre, password, problem) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError, match=problem):
        accounts.create_user(
            db, username="ravi.k", full_name="Ravi", password=password, centre_id=centre.id
        )


def _set_hash(db, user_id: int, stored: str) -> None:  # type: ignore[no-untyped-def]
    """A hash as an earlier version of the desk left it (on record, as a migration would)."""
    from fusecentre_app.services.uow import changing

    with changing(db, OFFICE, UseCase.MANAGE_ACCOUNTS) as c:
        before = c.snapshot("user", user_id)
        c.session.get(AppUser, user_id).password_hash = stored
        c.saved("user", user_id, before, kind="password_changed")


def _scrypt(password: str) -> str:
    salt = b"0123456789abcdef"
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, maxmem=2**26)
    b64 = base64.b64encode
    return f"scrypt$16384$8$1${b64(salt).decode()}${b64(digest).decode()}"


@pytest.mark.parametrize("kind", ["scrypt", "weak argon2"])
def test_an_older_hash_signs_in_and_is_replaced_on_record(db, clerk, kind) -> None:  # type: ignore[no-untyped-def]
    if kind == "scrypt":
        old = _scrypt(PASSWORD)
    else:
        old = auth.PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(PASSWORD)
    _set_hash(db, clerk.id, old)
    assert not auth.check_password("not-the-password", old)
    assert auth.authenticate(db, "asha", PASSWORD).id == clerk.id
    with db.read() as s:
        assert s.get(AppUser, clerk.id).password_hash.startswith("$argon2id$v=19$m=19456,t=2")
    assert "password_rehashed" in _kinds(db)
    report = verify_store(db)
    assert report.ok, report.problems


def test_an_unknown_user_name_costs_the_time_of_a_wrong_password(db, clerk) -> None:  # type: ignore[no-untyped-def]
    def timed(name: str) -> float:
        started = time.perf_counter()
        with pytest.raises(auth.AuthError, match="Wrong user name or password"):
            auth.authenticate(db, name, "not-the-password")
        return time.perf_counter() - started

    timed("nobody")  # the decoy hash is made once
    wrong = statistics.median(timed("asha") for _ in range(3))
    unknown = statistics.median(timed("nobody") for _ in range(3))
    assert 0.5 < unknown / wrong < 2.0, (unknown, wrong)
    assert auth.WRONG.startswith("Wrong user name or password, or the account is waiting")


def test_the_fifth_wrong_password_makes_the_account_wait_longer_each_time(db, clerk) -> None:  # type: ignore[no-untyped-def]
    now = utcnow()
    for _ in range(4):
        with pytest.raises(auth.AuthError, match="Wrong"):
            auth.authenticate(db, "asha", "guess-again-1", now=now)
    assert auth.authenticate(db, "asha", PASSWORD, now=now).id == clerk.id  # still free
    for _ in range(5):
        with pytest.raises(auth.AuthError, match="Wrong"):
            auth.authenticate(db, "asha", "guess-again-1", now=now)
    with db.read() as s:
        user = s.get(AppUser, clerk.id)
        assert user.failed_sign_ins == 5 and user.locked_until == now + timedelta(seconds=30)
    # Even the right password waits, with the same sentence (a wait does not tell a guesser
    # that the name exists); the attempt is on record and does not count as a failure.
    with pytest.raises(auth.AuthError) as waiting:
        auth.authenticate(db, "asha", PASSWORD, now=now + timedelta(seconds=10))
    assert str(waiting.value) == auth.WRONG
    with db.read() as s:
        assert s.get(AppUser, clerk.id).failed_sign_ins == 5
        last = s.scalars(select(AuditRecord).order_by(AuditRecord.id.desc()).limit(1)).one()
        assert last.kind == "sign_in_refused" and last.data["reason"] == "waiting"
    later = now + timedelta(seconds=31)
    with pytest.raises(auth.AuthError, match="Wrong"):
        auth.authenticate(db, "asha", "guess-again-1", now=later)
    with db.read() as s:
        assert s.get(AppUser, clerk.id).locked_until == later + timedelta(seconds=60)
    assert auth.authenticate(db, "asha", PASSWORD, now=later + timedelta(seconds=61)).id
    with db.read() as s:
        user = s.get(AppUser, clerk.id)
        assert user.failed_sign_ins == 0 and user.locked_until is None
        waits = [
            r.data
            for r in s.scalars(select(AuditRecord).where(AuditRecord.kind == "sign_in_refused"))
            if "waits_until" in r.data
        ]
    assert len(waits) == 2 and verify_store(db).ok
    assert auth.wait_after(4) == timedelta(0) and auth.wait_after(12) == timedelta(hours=1)


def test_accounts_are_added_deactivated_and_reset_by_an_administrator_on_record(
    db, centre, clerk, admin
) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotPermitted, match="Only an administrator can manage desk accounts"):
        accounts.add_user(
            db,
            clerk.id,
            username="ravi",
            full_name="Ravi",
            password="ravi-desk-pass",
            role="clerk",
            centre_id=centre.id,
        )
    with pytest.raises(ValidationError, match="works at one centre"):
        accounts.add_user(
            db,
            admin.id,
            username="ravi",
            full_name="Ravi",
            password="first-desk-pass",
            role="clerk",
        )
    ravi = accounts.add_user(
        db,
        admin.id,
        username="ravi",
        full_name="Ravi Ranjan",
        password="first-desk-pass",
        role="clerk",
        centre_id=centre.id,
    )
    assert ravi.must_change_password
    signed = auth.authenticate(db, "ravi", "first-desk-pass")
    assert signed.must_change_password
    draft = ComplaintDraft(caller_mobile="9835012345", locality="x", type_code="FUSE_OFF")
    with pytest.raises(NotPermitted, match="Choose your own password first"):
        log_complaint(db, draft, centre_id=centre.id, user_id=ravi.id)
    with pytest.raises(ValidationError, match="not your current password"):
        accounts.change_own_password(db, ravi.id, "wrong-password", "ravi-chose-this-1")
    accounts.change_own_password(db, ravi.id, "first-desk-pass", "desk-of-my-own-1")
    assert log_complaint(db, draft, centre_id=centre.id, user_id=ravi.id).serial == 1

    accounts.reset_password(db, admin.id, ravi.id, "reset-by-office-1")
    assert auth.authenticate(db, "ravi", "reset-by-office-1").must_change_password
    with pytest.raises(ValidationError, match="Say why"):
        accounts.deactivate_user(db, admin.id, ravi.id, " ")
    accounts.deactivate_user(db, admin.id, ravi.id, "transferred to Dumraon")
    with pytest.raises(auth.AuthError, match="deactivated"):
        auth.authenticate(db, "ravi", "reset-by-office-1")
    with pytest.raises(NotPermitted, match="deactivated"):
        log_complaint(db, draft, centre_id=centre.id, user_id=ravi.id)
    with pytest.raises(ServiceError, match="last administrator"):
        accounts.deactivate_user(db, OFFICE, admin.id, "leaving")
    with pytest.raises(ServiceError, match="your own account"):
        accounts.deactivate_user(db, admin.id, admin.id, "leaving")
    listed = {a.username: a for a in accounts.list_accounts(db)}
    assert not listed["ravi"].active and listed["asha"].active  # never deleted
    kinds = _kinds(db)
    for kind in ("user_added", "password_changed", "password_reset", "user_deactivated"):
        assert kind in kinds
    report = verify_store(db)
    assert report.ok, report.problems


def test_every_refusal_is_one_sentence_for_every_role() -> None:
    for use_case in UseCase:
        for role in Role:
            if role in PERMISSIONS[use_case]:
                continue
            text = refusal(role, use_case)
            assert text.endswith(".") and text.count(". ") == 0, (role, use_case, text)
    assert set(REFUSALS) <= set(UseCase)
