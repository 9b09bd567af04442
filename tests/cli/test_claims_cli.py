"""`fusecentre claims list|add|decide`: the EE's register on the command line, in a desk
user's name or the command line's, with overdue and late decisions shown and every refusal
one readable line."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.services.accounts import create_user
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _as_ee(monkeypatch: pytest.MonkeyPatch) -> tuple[str, ...]:
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    return ("--user", "ee", "--password-stdin")


@pytest.fixture
def store(db: Database) -> str:
    create_user(
        db,
        username="ee",
        full_name="A. N. Sinha",
        password=PASSWORD,
        centre_id=None,
        role="inspector",
    )
    return str(db.path)


def test_a_claim_overdue_then_decided_late(store, db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    today = local_day(utcnow())
    old = today - timedelta(days=45)
    code, out, err = _cli(
        capsys,
        "claims",
        "add",
        "--db",
        store,
        "--received",
        old.isoformat(),
        "--by",
        "post",
        "--consumer",
        "Ram Pravesh Yadav",
        "--mobile",
        "9835012345",
        "--amount",
        "500",
        *_as_ee(monkeypatch),
    )
    assert code == 0, err
    assert out == f"claim 1 recorded; to be decided by {old + timedelta(days=30)}\n"
    code, out, err = _cli(
        capsys,
        "claims",
        "add",
        "--db",
        store,
        "--received",
        today.isoformat(),
        "--by",
        "hand",
        "--consumer",
        "Sunita Devi",
    )  # the command line's own operator
    assert code == 0, err
    code, out, _ = _cli(capsys, "claims", "list", "--db", store, "--overdue")
    assert code == 0
    lines = out.splitlines()
    assert lines[-1] == "1 overdue claim(s)" and len(lines) == 2
    assert "Ram Pravesh Yadav (no docket): claimed Rs 500, desk liability -" in lines[0]
    assert f"OVERDUE (due {old + timedelta(days=30)})" in lines[0]

    code, out, err = _cli(
        capsys,
        "claims",
        "decide",
        "1",
        "--db",
        store,
        "--amount",
        "300",
        "--recover-from",
        "e1004:200",
        "--recover-from",
        "E1005:100",
        *_as_ee(monkeypatch),
    )
    assert code == 0, err
    assert out == (
        f"claim 1 awarded Rs 300 on {today}, LATE (due {old + timedelta(days=30)}); "
        "recovered from E1004 Rs 200, E1005 Rs 100\n"
    )
    code, out, _ = _cli(capsys, "claims", "list", "--db", store, "--overdue")
    assert out == "0 overdue claim(s)\n"
    code, out, _ = _cli(capsys, "claims", "list", "--db", store)
    assert out.splitlines()[-1] == "2 claim(s)" and "LATE" in out
    assert verify_store(db).ok


def test_refusing_twice_and_bad_input_are_one_line(store, db, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    today = local_day(utcnow()).isoformat()
    add = ("claims", "add", "--db", store, "--received", today, "--by", "hand")
    assert _cli(capsys, *add, "--consumer", "Sunita Devi")[0] == 0
    code, out, err = _cli(
        capsys,
        "claims",
        "decide",
        "1",
        "--db",
        store,
        "--refuse",
        "restored within the SoP",
        *_as_ee(monkeypatch),
    )
    assert code == 0 and out == f"claim 1 refused {today}: restored within the SoP\n", err
    code, out, err = _cli(
        capsys, "claims", "decide", "1", "--db", store, "--refuse", "again", *_as_ee(monkeypatch)
    )
    assert code == 1 and out == ""
    assert err == (
        f"fusecentre: Claim 1 was already decided on {today} (refused); "
        "a decision is not changed.\n"
    )
    code, _, err = _cli(capsys, *add, "--consumer", "X", "--docket", "BXR-20260101-001")
    assert code == 1 and err == "fusecentre: There is no complaint with docket BXR-20260101-001.\n"
    code, _, err = _cli(capsys, *add, "--consumer", " ", "--mobile", "12")
    assert code == 1 and err.count("\n") == 1 and "consumer: give the consumer's name" in err
    assert _cli(capsys, *add, "--consumer", "Y")[0] == 0
    code, _, err = _cli(
        capsys,
        "claims",
        "decide",
        "2",
        "--db",
        store,
        "--amount",
        "100",
        "--recover-from",
        "E1004:60",
    )
    assert code == 1 and err == (
        "fusecentre: Recovery: the shares add up to Rs 60, not the Rs 100 awarded.\n"
    )
    with pytest.raises(SystemExit) as usage:  # argparse: neither an amount nor a refusal
        main(["claims", "decide", "2", "--db", store])
    assert usage.value.code == 2
    capsys.readouterr()
    assert verify_store(db).ok
