"""`fusecentre intake`: a list logged in a desk user's name (who signs in), a second run that
adds nothing, and a bad list refused with every row named and one closing line."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Complaint
from fusecentre_app.domain.timeutil import to_local, utcnow
from fusecentre_app.paths import seeds_dir
from tests.conftest import PASSWORD


def _cli(capsys, monkeypatch, *args: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out.splitlines(), err.splitlines()


def _count(db: Database) -> int:
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Complaint)) or 0)


def test_a_1912_list_logged_once_in_the_clerks_name(  # type: ignore[no-untyped-def]
    db, clerk, supervisor, tmp_path: Path, capsys, monkeypatch
) -> None:
    sample = seeds_dir() / "intake-sample.csv"
    base = ("intake", "--db", db.url, "--centre", "bxr", "--channel", "1912", "--password-stdin")
    # The sample is dated 1 June 2026: past two days, so the clerk is refused and the JE not.
    code, out, err = _cli(capsys, monkeypatch, *base, "--user", "asha", str(sample))
    assert code == 1 and out == [] and _count(db) == 0
    assert err[-1] == "fusecentre: intake-sample.csv not taken in, 1 problem(s); nothing was logged"
    assert "only a supervisor can record them (Asha Kumari is not one)" in err[0]

    args = (*base, "--user", "mukesh", str(sample))
    assert _cli(capsys, monkeypatch, *args, "--dry-run") == (
        0,
        ["intake-sample.csv: 3 to log, 0 already logged (dry run: nothing saved)"],
        [],
    )
    assert _count(db) == 0
    code, out, err = _cli(capsys, monkeypatch, *args)
    assert (code, err) == (0, [])
    assert out == [
        "intake-sample.csv: logged 3 complaint(s) as mukesh (BXR-20260601-001 to "
        "BXR-20260601-003), 0 already logged"
    ]
    assert _cli(capsys, monkeypatch, *args) == (
        0,
        ["intake-sample.csv: nothing new; all 3 rows were logged already"],
        [],
    )
    assert _count(db) == 3


def test_a_hearing_list_from_today_and_a_bad_one(  # type: ignore[no-untyped-def]
    db, clerk, tmp_path: Path, capsys, monkeypatch
) -> None:
    at = to_local(utcnow() - timedelta(hours=2))
    good = tmp_path / "hearing.csv"
    good.write_text(
        "Date and time,Mobile,Name,Village,Type\n"
        f"{at:%d-%m-%Y %H:%M},9835012345,गीता देवी,अहिरौली,FUSE_OFF\n",
        encoding="utf-8",
    )
    base = ("intake", "--db", db.url, "--centre", "BXR", "--channel", "hearing")
    args = (*base, "--user", "asha", "--password-stdin")
    code, out, _err = _cli(capsys, monkeypatch, *args, str(good))
    assert code == 0 and out[0].startswith("hearing.csv: logged 1 complaint(s) as asha (BXR-")

    bad = tmp_path / "bad.csv"
    bad.write_text("Mobile,Village,Type\n12345,Buxar,KITE\n", encoding="utf-8")
    code, out, err = _cli(capsys, monkeypatch, *args, str(bad))
    assert (
        code == 1
        and out == []
        and err
        == [
            "row 1: missing column(s): received_at",
            "fusecentre: bad.csv not taken in, 1 problem(s); nothing was logged",
        ]
    )
    # A wrong password is one line too, and nothing is logged.
    code, _out, err = _cli(capsys, monkeypatch, *args, str(good), password="guess-this-1")
    assert code == 1 and len(err) == 1 and err[0].startswith("fusecentre: ")
    missing = _cli(capsys, monkeypatch, *args, str(tmp_path / "none.csv"))
    assert missing == (1, [], ["fusecentre: none.csv: there is no such file."])
    assert _count(db) == 1


def test_a_hearing_list_about_open_complaints_says_which_it_follows_up(  # type: ignore[no-untyped-def]
    db, supervisor, tmp_path: Path, capsys, monkeypatch
) -> None:
    base = ("intake", "--db", db.url, "--centre", "BXR", "--user", "mukesh", "--password-stdin")
    sample = seeds_dir() / "intake-sample.csv"
    assert _cli(capsys, monkeypatch, *base, "--channel", "1912", str(sample))[0] == 0
    hearing = tmp_path / "hearing.csv"
    hearing.write_text(
        "received_at,caller_mobile,locality,type\n"
        "01-06-2026 12:00,9835012345,Sohni Patti,FUSE_OFF\n"
        "01-06-2026 12:05,6201234567,Thatheri Bazar,NO_SUPPLY_HOUSE\n"
        "01-06-2026 12:10,7004512345,Charitravan,LINE_BREAK\n"
        "01-06-2026 12:15,9431012345,Buxar,FUSE_OFF\n"
        "01-06-2026 12:20,9431012345,Buxar,FUSE_OFF\n",
        encoding="utf-8",
    )
    args = (*base, "--channel", "hearing", str(hearing))
    on = "BXR-20260601-001, BXR-20260601-002, BXR-20260601-003"
    assert _cli(capsys, monkeypatch, *args, "--dry-run") == (
        0,
        [
            f"hearing.csv: 1 to log, 4 to record as follow-up calls on open complaints ({on}, "
            "row 5's new complaint), 0 already logged (dry run: nothing saved)"
        ],
        [],
    )
    assert _cli(capsys, monkeypatch, *args) == (
        0,
        [
            "hearing.csv: logged 1 complaint(s) as mukesh (BXR-20260601-004), 4 follow-up "
            f"call(s) on open complaints ({on}, BXR-20260601-004), 0 already logged"
        ],
        [],
    )
    assert _count(db) == 4
    assert _cli(capsys, monkeypatch, *args) == (
        0,
        ["hearing.csv: nothing new; all 5 rows were logged already"],
        [],
    )


def test_channel_must_be_1912_or_hearing(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as caught:
        main(["intake", "x.csv", "--centre", "BXR", "--channel", "phone", "--user", "a"])
    assert caught.value.code == 2
    assert "invalid choice: 'phone'" in capsys.readouterr().err
