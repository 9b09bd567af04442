"""Complaints of a date range exported for the office: CSV (UTF-8 with BOM) and .xlsx, with
Hindi intact, numbers kept as text in the workbook, and both read back by LibreOffice
(`soffice --headless --convert-to`, as an office PC without Excel opens them)."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from fusecentre_app.db.engine import Database
from fusecentre_app.services.complaint_export import COLUMNS, export_complaints
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.errors import ServiceError

DAY = date(2026, 6, 1)
NOW = datetime(2026, 6, 1, 9, 0, tzinfo=UTC)  # 14:30 in India


@pytest.fixture
def logged(db: Database, centre, clerk) -> list[str]:  # type: ignore[no-untyped-def]
    """Two complaints on 1 June, one on 2 June (received at 00:10 India time)."""
    dockets = []
    for mobile, name, place, at in (
        ("9835012345", "सुनील कुमार", "सोहनी पट्टी", NOW),
        ("6201234567", "=cmd|' /C calc'!A0", "Thatheri Bazar", NOW.replace(hour=10)),
        ("9835099999", "रीता देवी", "चरित्रवन", datetime(2026, 6, 1, 18, 40, tzinfo=UTC)),
    ):
        dockets.append(
            log_complaint(
                db,
                ComplaintDraft(
                    caller_mobile=mobile,
                    caller_name=name,
                    consumer_no="0012345678",
                    locality=place,
                    type_code="FUSE_OFF",
                    description="तार से चिंगारी",
                    received_at=at,
                ),
                centre_id=centre.id,
                user_id=clerk.id,
                now=at,
            ).docket
        )
    return dockets


def _csv_rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_csv_export_of_a_day_for_excel(db: Database, centre, logged, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "complaints.csv"
    assert export_complaints(db, centre.id, DAY, DAY, out) == 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + ",".join(COLUMNS).encode() + b"\r\n")
    first, second = _csv_rows(out)
    assert first["docket"] == logged[0] and first["received_at"] == "2026-06-01 14:30"
    assert (first["caller_name"], first["locality"]) == ("सुनील कुमार", "सोहनी पट्टी")
    assert first["caller_mobile"] == "9835012345" and first["consumer_no"] == "0012345678"
    assert (first["type_en"], first["type_hi"]) == ("Fuse blown", "फ्यूज उड़ा")
    assert first["description"] == "तार से चिंगारी" and first["status"] == "new"
    assert second["caller_name"] == "'=cmd|' /C calc'!A0"  # never a formula in a spreadsheet
    # Both days; the range may be given either way round.
    assert export_complaints(db, centre.id, date(2026, 6, 2), DAY, out) == 3
    assert _csv_rows(out)[2]["docket"] == logged[2]


def test_xlsx_export_keeps_numbers_and_hindi_as_text(
    db: Database,
    centre,
    logged,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    from openpyxl import load_workbook

    out = tmp_path / "complaints.xlsx"
    assert export_complaints(db, centre.id, DAY, date(2026, 6, 2), out) == 3
    sheet = load_workbook(out).active
    assert [c.value for c in sheet[1]] == list(COLUMNS)
    row = {h: c for h, c in zip(COLUMNS, sheet[2], strict=True)}
    assert row["docket"].value == logged[0]
    assert row["caller_mobile"].value == "9835012345" and row["caller_mobile"].data_type == "s"
    assert row["consumer_no"].value == "0012345678"
    assert row["caller_name"].value == "सुनील कुमार"
    assert row["call_count"].value == 1
    formula = {h: c for h, c in zip(COLUMNS, sheet[3], strict=True)}["caller_name"]
    assert formula.value == "=cmd|' /C calc'!A0" and formula.data_type == "s"
    assert sheet.freeze_panes == "A2"


def test_more_than_a_year_is_refused(db: Database, centre, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ServiceError, match="at most 400 days"):
        export_complaints(db, centre.id, date(2024, 1, 1), DAY, tmp_path / "x.csv")
    assert not (tmp_path / "x.csv").exists()


def _soffice() -> str:
    found = shutil.which("soffice")
    if found is None:
        if os.environ.get("FUSECENTRE_REQUIRE_SOFFICE"):
            pytest.fail("FUSECENTRE_REQUIRE_SOFFICE is set but soffice is not installed")
        pytest.skip("LibreOffice (soffice) is not installed")
    return found


def _convert(source: Path, target_filter: str, out_dir: Path, *options: str) -> None:
    soffice = _soffice()
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            *options,
            "--convert-to",
            target_filter,
            "--outdir",
            str(out_dir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.mark.slow
def test_libreoffice_reads_both_exports_with_hindi_intact(
    db: Database,
    centre,
    logged,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    """Our CSV opened by LibreOffice as UTF-8 and saved as a workbook, and our workbook opened
    as it is and saved as CSV: the Hindi and the numbers come through.

    LibreOffice's text import asks for the character set; run headless with no options it
    takes the system's 8-bit set and ignores the BOM (the header came back as "ï»¿docket"),
    so the CSV is given the UTF-8 option (76) a clerk picks in that dialog. The workbook
    needs no option at all, which is why the desk suggests .xlsx first."""
    from openpyxl import load_workbook

    ours = tmp_path / "ours"
    ours.mkdir()
    export_complaints(db, centre.id, DAY, date(2026, 6, 2), ours / "from-csv.csv")
    export_complaints(db, centre.id, DAY, date(2026, 6, 2), ours / "from-xlsx.xlsx")
    out = tmp_path / "converted"
    # 44,34,76: comma, double quote, UTF-8 (LibreOffice's CSV filter options).
    _convert(ours / "from-csv.csv", "xlsx", out, "--infilter=CSV:44,34,76")
    _convert(ours / "from-xlsx.xlsx", "csv:Text - txt - csv (StarCalc):44,34,76", out)

    sheet = load_workbook(out / "from-csv.xlsx").active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[0] == list(COLUMNS)
    by_column = dict(zip(COLUMNS, values[1], strict=True))
    assert by_column["caller_name"] == "सुनील कुमार" and by_column["type_hi"] == "फ्यूज उड़ा"
    assert by_column["docket"] == logged[0]
    assert str(by_column["caller_mobile"]) == "9835012345"

    rows = _csv_rows(out / "from-xlsx.csv")
    assert [r["docket"] for r in rows] == logged
    assert rows[0]["caller_name"] == "सुनील कुमार" and rows[2]["locality"] == "चरित्रवन"
    assert rows[0]["consumer_no"] == "0012345678"  # text in the workbook, so kept
    assert rows[0]["description"] == "तार से चिंगारी"
