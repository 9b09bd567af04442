"""`fusecentre dts export|import`: each DT's consumers connected from a file, matched by
feeder code and DT code or name, refused whole naming the bad rows, audited."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import AuditRecord, Dt
from fusecentre_app.services.verify import verify_store


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def _consumers(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {code: n for code, n in s.execute(select(Dt.code, Dt.consumers))}


def test_dts_go_out_and_come_back_matched_by_code_or_name(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = str(db.path)
    exported = tmp_path / "dts.csv"
    code, out, err = _cli(capsys, "dts", "export", str(exported), "--db", store)
    assert code == 0, err
    assert "exported 60 DTs" in out
    with exported.open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    first = next(r for r in rows if r["dt"] == "DT-BXR-01-1")
    assert first["feeder"] == "F-BXR-01" and first["consumers"] == "132"
    path = _write(
        tmp_path / "edited.csv",
        [
            ["feeder", "dt", "consumers", "effective_from"],
            ["F-BXR-01", "DT-BXR-01-1", "140", ""],
            ["f-bxr-01", "munim chowk", "91", ""],  # as it is: unchanged
            ["F-BXR-01", "बड़ी बाजार", "150", "2026-05-01"],
        ],
    )
    code, out, err = _cli(
        capsys, "dts", "import", str(path), "--db", store, "--effective", "2026-06-01"
    )
    assert code == 0, err
    assert "changed 2, unchanged 1" in out
    after = _consumers(db)
    assert after["DT-BXR-01-1"] == 140 and after["DT-BXR-01-3"] == 150
    assert after["DT-BXR-01-2"] == 91
    with db.read() as s:
        records = list(
            s.scalars(select(AuditRecord).where(AuditRecord.kind == "dt_consumers_changed"))
        )
    assert sorted(r.data["effective_from"] for r in records) == ["2026-05-01", "2026-06-01"]
    assert {r.data["row"] for r in records} == {2, 4}
    assert all("command line" in r.data["via"] for r in records)
    assert verify_store(db).ok


def test_a_bad_dts_file_changes_nothing_and_names_each_row(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _consumers(db)
    path = _write(
        tmp_path / "dts.csv",
        [
            ["feeder", "dt", "consumers"],
            ["F-BXR-01", "DT-BXR-01-1", "500"],
            ["F-NONE", "DT-BXR-01-2", "10"],
            ["F-BXR-01", "Nowhere Tola", "10"],
            ["F-BXR-01", "DT-BXR-01-1", "20"],
            ["F-BXR-02", "DT-BXR-02-1", "many"],
        ],
    )
    code, _out, err = _cli(capsys, "dts", "import", str(path), "--db", str(db.path))
    assert code == 1
    assert "row 3: feeder F-NONE is not in the division" in err
    assert "row 4: F-BXR-01 has no DT with code or name 'Nowhere Tola'" in err
    assert "row 5: DT DT-BXR-01-1 appears twice (also on row 2)" in err
    assert "row 6: consumers 'many' is not a whole number" in err
    assert err.strip().splitlines()[-1].startswith("fusecentre: dts.csv not imported, 4 problem")
    assert _consumers(db) == before


def test_a_dts_file_dated_after_today_changes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A DT's count takes effect at once, so a row (or --effective) after today is refused,
    as the feeders import refuses it; a count that looks like a formula is named once."""
    from datetime import timedelta

    from fusecentre_app.domain.timeutil import local_day, utcnow

    before = _consumers(db)
    today = local_day(utcnow())
    later = today + timedelta(days=31)
    path = _write(
        tmp_path / "dts.csv",
        [
            ["feeder", "dt", "consumers", "effective_from"],
            ["F-BXR-01", "DT-BXR-01-1", "500", later.isoformat()],
            ["F-BXR-01", "DT-BXR-01-2", "-4", ""],
        ],
    )
    code, _out, err = _cli(capsys, "dts", "import", str(path), "--db", str(db.path))
    assert code == 1
    assert f"row 2: effective_from {later} is after today ({today})" in err
    assert "row 3: consumers starts with '-'" in err and "(empty)" not in err
    assert err.strip().splitlines()[-1].startswith("fusecentre: dts.csv not imported, 2 problem")
    path = _write(
        tmp_path / "dts2.csv",
        [["feeder", "dt", "consumers"], ["F-BXR-01", "DT-BXR-01-1", "500"]],
    )
    code, _out, err = _cli(
        capsys, "dts", "import", str(path), "--db", str(db.path), "--effective", str(later)
    )
    assert code == 1 and f"the changes take effect on {later}, after today" in err
    assert _consumers(db) == before
