"""`fusecentre shutdowns add|list`: a shutdown registered from the command line, by the
office or in a signed-in supervisor's name, its interruption in the register, the Reg. 13(2)
flag, and one readable line when something is wrong."""

from __future__ import annotations

import io

import pytest
from sqlalchemy import select

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AuditRecord, Interruption
from fusecentre_app.services.verify import verify_store
from tests.conftest import PASSWORD


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _add(db: Database, *extra: str) -> list[str]:
    return ["shutdowns", "add", "--db", str(db.path), *extra]


def test_add_and_list(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    ok = _add(
        db,
        "--feeder", "f-bxr-02", "--from", "2026-06-03 09:00", "--to", "2026-06-03 13:00",
        "--reason", "DT plinth repair", "--notice", "newspaper",
    )  # fmt: skip
    code, out, err = _cli(capsys, *ok)
    assert code == 0, err
    assert out.splitlines() == ["shutdown 1: F-BXR-02 from 03-06-2026 09:00 to 03-06-2026 13:00 "
                                "(interruption 1)"]  # fmt: skip
    late = _add(
        db,
        "--feeder", "F-BXR-01", "--from", "2026-06-04 07:00", "--to", "2026-06-04 18:30",
        "--reason", "reconductoring", "--notice", "loudspeaker",
    )  # fmt: skip
    code, out, err = _cli(capsys, *late)
    assert code == 0, err
    assert "flagged under BERC Reg. 13(2): 04-06-2026 11.5 h and after 18:00" in out
    code, out, err = _cli(capsys, "shutdowns", "list", "--db", str(db.path), "--month", "2026-06")
    assert code == 0, err
    lines = out.splitlines()
    assert len(lines) == 3 and "DT plinth repair (notice: newspaper)" in lines[0]
    assert "FLAGGED" not in lines[0] and "FLAGGED Reg. 13(2)" in lines[1]
    assert lines[2] == "2 planned shutdown(s), 1 flagged under BERC Reg. 13(2)"
    code, out, _err = _cli(
        capsys, "shutdowns", "list", "--db", str(db.path), "--centre", "DMR", "--month", "2026-06"
    )
    assert code == 0 and out.strip() == "0 planned shutdown(s), 0 flagged under BERC Reg. 13(2)"
    with db.read() as s:
        rows = s.scalars(select(Interruption).order_by(Interruption.id)).all()
        assert [(r.planned, r.source) for r in rows] == [(True, "shutdown")] * 2
    assert verify_store(db).ok


def test_in_a_supervisors_name(
    db: Database, supervisor, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    args = _add(
        db,
        "--feeder", "F-BXR-02", "--from", "2026-06-03 09:00", "--to", "2026-06-03 10:00",
        "--reason", "tree cutting", "--notice", "sms", "--user", "mukesh", "--password-stdin",
    )  # fmt: skip
    code, _out, err = _cli(capsys, *args)
    assert code == 0, err
    with db.read() as s:
        record = s.scalars(
            select(AuditRecord).where(AuditRecord.kind == "shutdown_registered")
        ).one()
    assert record.user_id == supervisor.id


@pytest.mark.parametrize(
    ("times", "message"),
    [
        (("2026-06-03 13:00", "2026-06-03 09:00"), "to: The shutdown's end is not after"),
        (("2026-06-03 9am", "2026-06-03 13:00"), "expected a time as YYYY-MM-DD HH:MM"),
    ],
)
def test_bad_input_is_one_line(
    db: Database, capsys: pytest.CaptureFixture[str], times: tuple[str, str], message: str
) -> None:
    args = _add(
        db, "--feeder", "F-BXR-02", "--from", times[0], "--to", times[1],
        "--reason", "x", "--notice", "sms",
    )  # fmt: skip
    try:
        code, _out, err = _cli(capsys, *args)
    except SystemExit as exc:  # argparse refuses the time itself
        code, err = int(exc.code or 0), capsys.readouterr().err
    assert code != 0 and message in err and "Traceback" not in err
    code, _out, err = _cli(capsys, *_add(db, "--feeder", "F-NOPE", "--from", "2026-06-03 09:00",
                                         "--to", "2026-06-03 10:00", "--reason", "x",
                                         "--notice", "sms"))  # fmt: skip
    assert code == 1 and err.strip() == "fusecentre: feeder: Feeder F-NOPE is not in the division."
    with db.read() as s:
        assert s.scalars(select(Interruption)).all() == []
