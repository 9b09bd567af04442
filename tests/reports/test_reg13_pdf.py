"""The monthly Reg. 13 sheet: `fusecentre indices -o` writes what `--json` says (settings,
totals, feeders worst first), charts the twelve months ending with the sheet's, prints in
Hindi, puts each sheet on record, and refuses a bad month in one line."""

from __future__ import annotations

import csv
import hashlib
import json
import subprocess
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fusecentre_app.cli import main
from fusecentre_app.db.engine import Database
from fusecentre_app.db.models import Centre, RegisterPrint
from fusecentre_app.domain.reliability import IndexSettings
from fusecentre_app.reports.reg13 import sheet_pdf, trend_drawings
from fusecentre_app.services import interruptions
from fusecentre_app.services.auth import UserInfo
from fusecentre_app.services.errors import NotPermitted
from fusecentre_app.services.reg13 import check_may_print, gather_sheet, record_sheet, trend_months
from fusecentre_app.services.uow import CommandLine
from fusecentre_app.services.verify import verify_store
from tests.cli.test_cli import run
from tests.reports.pdfread import runs

HEADER = ["feeder", "start", "end", "planned", "cause", "consumers_affected"]
# (feeder, start, minutes, planned, consumers affected): June 2026 makes F-BXR-02 the worst
# by SAIDI; F-CSA-01 (62 min × 1,000 of 6,200) and F-CSA-02 (2 × 19 min × 1,000 of 3,800)
# tie on SAIDI at 10 minutes and F-CSA-02 comes first on SAIFI; a 4-minute trip is
# momentary at BERC's 5 minutes and sustained at the Rules' 3; F-DMR-01's shutdown is planned.
JUNE = [
    ("F-BXR-02", "2026-06-03 10:00", 300, "no", ""),
    ("F-BXR-01", "2026-06-04 10:00", 120, "no", ""),
    ("F-BXR-01", "2026-06-05 10:00", 4, "no", ""),
    ("F-CSA-01", "2026-06-06 10:00", 62, "no", "1000"),
    ("F-CSA-02", "2026-06-06 12:00", 19, "no", "1000"),
    ("F-CSA-02", "2026-06-06 14:00", 19, "no", "1000"),
    ("F-DMR-01", "2026-06-07 09:00", 240, "yes", ""),
]
# Earlier months of the trend, and one month too old for it (June 2025).
EARLIER = [
    ("F-BXR-01", "2025-06-15 10:00", 600, "no", ""),
    ("F-BXR-01", "2025-07-15 10:00", 90, "no", ""),
    ("F-BRP-01", "2026-01-01 02:00", 45, "no", ""),
    ("F-BXR-03", "2026-03-01 00:10", 200, "no", ""),
]


def _log_book(path: Path, rows: list[tuple[str, str, int, str, str]]) -> Path:
    from datetime import datetime, timedelta

    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for feeder, start, minutes, planned, affected in rows:
            begin = datetime.strptime(start, "%Y-%m-%d %H:%M")
            end = begin + timedelta(minutes=minutes)
            writer.writerow([feeder, start, f"{end:%Y-%m-%d %H:%M}", planned, "trip", affected])
    return path


@pytest.fixture
def year(db: Database, tmp_path: Path) -> Database:
    book = _log_book(tmp_path / "log.csv", JUNE + EARLIER)
    interruptions.import_interruptions(db, book, by=CommandLine("test"))
    return db


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def _prints(db: Database) -> list[tuple[str, str, str, date, str]]:
    with db.read() as s:
        return [
            tuple(r)  # type: ignore[misc]
            for r in s.execute(
                select(
                    Centre.code,
                    RegisterPrint.kind,
                    RegisterPrint.digest,
                    RegisterPrint.day,
                    RegisterPrint.note,
                )
                .join(Centre, Centre.id == RegisterPrint.centre_id)
                .order_by(Centre.code)
            )
        ]


@pytest.mark.parametrize(
    "options",
    [(), ("--sustained-over", "3", "--planned", "exclude")],
    ids=["berc", "rules-without-planned"],
)
def test_the_sheet_says_what_the_json_says(
    year: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], options: tuple[str, ...]
) -> None:
    store = str(year.path)
    code, out, err = _cli(
        capsys, "indices", "--db", store, "--month", "2026-06", *options, "--json"
    )
    assert code == 0, err
    body = json.loads(out)
    sheet = tmp_path / "reg13.pdf"
    code, out, err = _cli(
        capsys, "indices", "--db", store, "--month", "2026-06", *options, "-o", str(sheet)
    )
    assert code == 0, err
    assert out.startswith(f"{sheet}: Reg. 13 sheet 2026-06 division, 20 feeders")
    text = _text(sheet)
    flat = " ".join(text.split())

    assert "Reliability Indices — BERC Reg. 13(3)" in flat and "Month: 06-2026" in flat
    assert "Division: all centres" in flat
    minutes = body["settings"]["sustained_over_minutes"]
    assert f"an interruption longer than {minutes:g} min" in flat
    planned = "included" if body["settings"]["planned"] == "include" else "left out"
    assert f"Planned interruptions (shutdowns): {planned}." in flat
    assert "agricultural load: left out of the sums (2 this month)" in flat
    total = body["total"]
    assert f"Consumers served (N_T): {total['consumers']:,}." in flat
    # The totals row, as the JSON has them, in the sheet's precision.
    row = (
        f"{total['consumers']:,} {total['saifi']:.4f} {total['saidi_minutes']:.2f} "
        f"{total['saidi_hours']:.4f} {total['maifi']:.4f} {total['caidi_minutes']:.2f} "
        f"{total['caifi']:.3f} {total['sustained']} {total['momentary']}"
    )
    assert row in flat

    # Every feeder, in the JSON's order, which is worst first.
    feeders = body["feeders"]
    ranked = sorted(feeders, key=lambda f: (-f["saidi_minutes"], -f["saifi"], f["feeder"]))
    assert [f["feeder"] for f in feeders] == [f["feeder"] for f in ranked]
    where = [text.index(f" {f['feeder']}") for f in feeders]
    assert where == sorted(where)
    assert feeders[0]["feeder"] == "F-BXR-02"
    assert [f["feeder"] for f in feeders[:5]] == (
        ["F-BXR-02", "F-DMR-01", "F-BXR-01", "F-CSA-02", "F-CSA-01"]
        if not options
        else ["F-BXR-02", "F-BXR-01", "F-CSA-02", "F-CSA-01", "F-BRP-01"]
    )
    for f in feeders[:5]:
        line = next(x for x in text.splitlines() if f" {f['feeder']} " in f" {x} ")
        cells = " ".join(line.split())
        note = " (agricultural: left out of the sums)" if f["agricultural"] else ""
        assert (
            f"{f['feeder']}{note} {f['consumers']:,} {f['sustained']} {f['momentary']} "
            f"{f['saifi']:.4f} {f['saidi_minutes']:.2f} {f['saidi_hours']:.4f}"
        ) in cells
    # The planned shutdown counts only when planned interruptions are included.
    dmr = next(f for f in feeders if f["feeder"] == "F-DMR-01")
    assert dmr["sustained"] == (1 if not options else 0)
    # The 4-minute trip: momentary at 5 minutes, sustained at 3.
    bxr1 = next(f for f in feeders if f["feeder"] == "F-BXR-01")
    assert (bxr1["sustained"], bxr1["momentary"]) == ((1, 1) if not options else (2, 0))
    assert verify_store(year).ok


def test_the_chart_holds_the_twelve_months_ending_with_the_sheets(year: Database) -> None:
    settings = IndexSettings()
    sheet = gather_sheet(year, date(2026, 6, 1), settings=settings)
    months = trend_months(date(2026, 6, 1))
    assert months[0] == date(2025, 7, 1) and months[-1] == date(2026, 6, 1) and len(months) == 12
    assert [p.month for p in sheet.trend] == months
    # The single pass gives each month what the month's own computation gives.
    alone = [interruptions.month_indices_of(year, m, settings=settings).total for m in months]
    assert [p.saifi for p in sheet.trend] == [t.saifi for t in alone]
    assert [p.saidi_hours for p in sheet.trend] == [t.saidi_hours for t in alone]

    saifi, saidi = trend_drawings(sheet, 380, 120)
    for drawing, expected in (
        (saifi, [t.saifi for t in alone]),
        (saidi, [t.saidi_hours for t in alone]),
    ):
        chart = drawing.contents[0]
        assert list(chart.categoryAxis.categoryNames) == [f"{m:%m-%y}" for m in months]
        assert list(chart.data[0]) == expected
    values = dict(zip((f"{m:%m-%y}" for m in months), saidi.contents[0].data[0], strict=True))
    # July 2025: 90 minutes on F-BXR-01's 8,200 consumers over the division's 115,600 (the
    # 600 minutes of June 2025 are before the chart). 02:00 on 1 January in India is still
    # 31 December in UTC: the interruption is January's, as is 00:10 on 1 March March's.
    assert values["07-25"] == pytest.approx(90 * 8200 / 115_600 / 60)
    assert values["01-26"] == pytest.approx(45 * 6900 / 115_600 / 60)
    assert values["12-25"] == 0 and values["02-26"] == 0 and values["03-26"] > 0
    assert values["06-26"] == pytest.approx(sheet.indices.total.saidi_hours)


def test_the_hindi_sheet(
    year: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    sheet = tmp_path / "reg13-hi.pdf"
    code, _out, err = _cli(
        capsys,
        "indices",
        "--db",
        str(year.path),
        "--month",
        "2026-06",
        "--centre",
        "bxr",
        "--lang",
        "hi",
        "-o",
        str(sheet),
    )
    assert code == 0, err
    flat = " ".join(_text(sheet).split())
    for words in ("कुल", "माह: 06-2026", "माहवार", "(शटडाउन)", "योग से बाहर", "सबसे खराब पहले"):
        assert words in flat, words
    assert "Settings" not in flat and "Feeders, worst first" not in flat
    assert "F-CSA-01" in flat and "F-DMR-01" not in flat  # the centre's feeders only
    fonts = {r.font for page in PdfReader(sheet).pages for r in runs(page)}
    assert "NotoSansDevanagari-Regular" in fonts and "NotoSansDevanagari-Bold" in fonts
    [(centre, kind, digest, day, note)] = _prints(year)
    assert (centre, kind, day) == ("BXR", "reg13", date(2026, 6, 30))
    assert digest == hashlib.sha256(sheet.read_bytes()).hexdigest()
    assert note.startswith("Reg. 13 sheet 2026-06, BXR; sustained over 5 min")


def test_the_division_sheet_is_on_record_for_every_centre(
    year: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], clerk: UserInfo
) -> None:
    sheet = tmp_path / "division.pdf"
    code, _out, err = _cli(
        capsys, "indices", "--db", str(year.path), "--month", "2026-06", "-o", str(sheet)
    )
    assert code == 0, err
    prints = _prints(year)
    assert [p[0] for p in prints] == ["BXR", "DMR"]
    digest = hashlib.sha256(sheet.read_bytes()).hexdigest()
    assert {(p[1], p[2], p[3]) for p in prints} == {("reg13", digest, date(2026, 6, 30))}
    assert verify_store(year).ok
    # A centre's clerk prints the centre's sheet, not the division's.
    assert check_may_print(year, "BXR", clerk.id) == "Asha Kumari"
    with pytest.raises(NotPermitted):
        check_may_print(year, None, clerk.id)


def test_a_bad_month_is_one_line_and_no_sheet(year: Database, tmp_path: Path) -> None:
    sheet = tmp_path / "bad.pdf"
    done = run("indices", "--db", str(year.path), "--month", "2026-13", "-o", str(sheet))
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.splitlines()[-1] == (
        "fusecentre indices: error: argument --month: expected a month as YYYY-MM, got '2026-13'"
    )
    assert not sheet.exists() and not list(tmp_path.glob("bad.pdf*"))
    done = run(
        "indices", "--db", str(year.path), "--month", "2026-06", "--centre", "XYZ", "-o", str(sheet)
    )
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "XYZ" in done.stderr
    assert not sheet.exists()
    assert _prints(year) == []


def test_an_empty_month_still_makes_a_sheet(db: Database) -> None:
    sheet = gather_sheet(db, date(2026, 6, 1))
    pdf, pages = sheet_pdf(sheet, language="hi")
    assert pages == 1 and pdf.startswith(b"%PDF")
    assert all(p.saifi == 0 for p in sheet.trend)
    with pytest.raises(ValueError):
        sheet_pdf(sheet, language="fr")


@pytest.mark.postgres
def test_the_sheet_is_the_same_on_postgresql(pg: Database, year: Database, tmp_path: Path) -> None:
    from fusecentre_app.services import masterdata

    masterdata.load_division(pg, by=CommandLine("test"))
    book = _log_book(tmp_path / "log.csv", JUNE + EARLIER)
    interruptions.import_interruptions(pg, book, by=CommandLine("test"))
    on_pg = gather_sheet(pg, date(2026, 6, 1), centre_code="BXR")
    on_sqlite = gather_sheet(year, date(2026, 6, 1), centre_code="BXR")
    assert on_pg.trend == on_sqlite.trend and on_pg.indices == on_sqlite.indices
    pdf, pages = sheet_pdf(on_pg)
    assert record_sheet(pg, on_pg, pdf=pdf, pages=pages, by=CommandLine("test"))
    assert verify_store(pg).ok
