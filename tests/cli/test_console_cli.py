"""`fusecentre console`: the month of a hand-counted fixture as text, as one JSON object and as
the monthly PDF (its pages, and its words in English and Hindi read back with pdftotext); a
bad month is one line and exit 2, an unknown centre one line and exit 1."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from fusecentre_app.cli import main
from fusecentre_app.db.models import AuditRecord
from fusecentre_app.services.console import CONSOLE_PRINTED
from tests.cli.test_cli import run
from tests.reports.test_text import _harfbuzz_pattern
from tests.services.test_console import build_month

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture
def month(db, centre, clerk, supervisor):  # type: ignore[no-untyped-def]
    return build_month(db, centre, clerk, supervisor)


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def _hindi(text: str, phrase: str) -> bool:
    """Each word of `phrase` is in the text as HarfBuzz shapes it (conjuncts and matra
    variants read back as glyphs of their own)."""
    return all(_harfbuzz_pattern(word).search(text) for word in phrase.split())


def _text(pdf: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_month_as_text_and_json(db, month, capsys) -> None:  # type: ignore[no-untyped-def]
    store = str(db.path)
    code, out, err = _cli(capsys, "console", "--db", store, "--month", "2026-06")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Division console 2026-06, division"
    bxr = next(line for line in lines if line.startswith("BXR "))
    assert bxr.split() == ["BXR", "5", "2", "2", "50.0%", "50.0%", "1", "1/4"]
    assert "calls received 6 = complaints registered 5 + follow-ups 1; forwarded by 1912 1" in lines
    assert "claims pending decision: 2, overdue 1" in lines

    code, out, err = _cli(capsys, "console", "--db", store, "--month", "2026-06", "--json")
    assert code == 0, err
    body = json.loads(out)
    assert body["month"] == "2026-06" and body["centre"] is None
    first = body["centres"][0]
    assert first["centre"] == "BXR"
    assert (first["received"], first["pending"], first["overdue"]) == (5, 2, 2)
    assert first["sop_met_percent"] == 50.0 and first["callbacks_verified_percent"] == 50.0
    assert (first["false_closures"], first["inspections_done"]) == (1, 1)
    assert body["funnel"][-1] == {
        "centre": None,
        "calls_received": 6,
        "complaints_registered": 5,
        "follow_ups": 1,
        "forwarded_by_1912": 1,
    }
    assert [f["feeder"] for f in body["worst_feeders"]] == ["F-BXR-01"]
    assert [c["overdue"] for c in body["claims_pending"]] == [True, False]
    lineman = next(o for o in body["officers"] if o["officer"] == month["lineman"].name_en)
    assert lineman["sop_breaches"] == 1 and lineman["change"]["reopened"] == 1

    code, out, err = _cli(
        capsys, "console", "--db", store, "--month", "2026-06", "--centre", "dmr", "--json"
    )
    assert code == 0, err
    dmr = json.loads(out)
    assert dmr["centre"] == "DMR" and [c["centre"] for c in dmr["centres"]] == ["DMR"]
    assert dmr["officers"] == [] and dmr["funnel"][0]["calls_received"] == 0


def test_the_monthly_pdf_in_english_and_hindi(db, month, capsys, tmp_path) -> None:  # type: ignore[no-untyped-def]
    store = str(db.path)
    english, hindi = tmp_path / "console.pdf", tmp_path / "console-hi.pdf"
    code, out, err = _cli(
        capsys, "console", "--db", store, "--month", "2026-06", "-o", str(english)
    )
    assert code == 0, err
    pages = len(PdfReader(english).pages)
    assert out == f"{english}: the console for 2026-06, {pages} page(s), on record\n"
    assert pages >= 1 and not list(tmp_path.glob("*.partial*"))
    with db.read() as s:
        printed = s.scalars(select(AuditRecord).where(AuditRecord.kind == CONSOLE_PRINTED)).one()
    assert printed.data["month"] == "2026-06" and printed.data["via"]  # the operator
    assert printed.data["sha256"] == hashlib.sha256(english.read_bytes()).hexdigest()
    width, height = PdfReader(english).pages[0].mediabox.upper_right
    assert float(width) > float(height)  # A4 landscape
    text = _text(english)
    assert "Division Console —" in text and _hindi(text, "प्रमंडल कंसोल")
    assert "The centres side by side" in text and _hindi(text, "केंद्रवार")
    assert "Buxar (BXR)" in text and "Division" in text
    assert "Officers ranked" in text and month["lineman"].name_en in text
    assert "F-BXR-01" in text and "OVERDUE" in text and "Ram Pravesh Yadav" in text
    assert "to the end of 30-06-2026" in text
    assert f"Page 1 of {pages}" in text
    assert not _hindi(text, month["lineman"].name_hi)  # English names in the English PDF

    code, _out, err = _cli(
        capsys, "console", "--db", store, "--month", "2026-06", "--lang", "hi", "-o", str(hindi)
    )
    assert code == 0, err
    text = _text(hindi)
    assert "— Division Console" in text  # Hindi first
    assert _hindi(text, "बक्सर") and "(BXR)" in text  # the centre's Hindi name
    assert _hindi(text, month["lineman"].name_hi)  # the officers' too
    assert month["lineman"].name_en not in text
    assert _hindi(text, "फ्यूज उड़ा")  # and the complaint type's
    assert _hindi(text, "निर्णय हेतु लंबित दावे") and "Claims pending decision: 2, 1 overdue" in text


def test_refusals_are_one_line(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    done = run("console", "--db", str(db.path), "--month", "June")
    assert done.returncode == 2
    assert done.stderr == "fusecentre: expected a month as YYYY-MM, got 'June'\n"
    done = run("console", "--db", str(db.path), "--month", "2026-06", "--centre", "XYZ")
    assert done.returncode == 1 and done.stderr == "fusecentre: There is no centre XYZ.\n"
    missing = str(tmp_path / "no" / "x.pdf")
    done = run("console", "--db", str(db.path), "--month", "2026-06", "-o", missing)
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "cannot write" in done.stderr


@pytest.fixture
def damaged(tmp_path: Path) -> Path:
    """A demo store of some thousands of pages, one page in ten of its middle overwritten
    with garbage (a failing disk)."""
    from datetime import UTC, datetime

    from fusecentre_app.db.engine import open_database
    from fusecentre_app.demo import build_demo

    path = tmp_path / "damaged.sqlite"
    db = open_database(path)
    try:
        build_demo(db, days=3, per_day=150, seed=7, end=datetime(2026, 6, 20, 14, 30, tzinfo=UTC))
    finally:
        db.dispose()
    page = 4096
    pages = path.stat().st_size // page
    with path.open("r+b") as file:
        for n in range(pages * 3 // 10, pages * 9 // 10, 10):
            file.seek(n * page)
            file.write(bytes((i * 37 + 11) % 256 for i in range(page)))
    return path


def _digest(path: Path) -> str:
    """The store's file and its write-ahead log (the shared-memory index is not records)."""
    files = [path, path.with_name(path.name + "-wal")]
    return hashlib.sha256(b"".join(p.read_bytes() for p in files if p.exists())).hexdigest()


def test_a_console_shown_reads_a_damaged_store_without_writing(damaged, capsys) -> None:  # type: ignore[no-untyped-def]
    """Shown as text or JSON, the console writes nothing, so the store is not checked whole
    first (seconds for years of records): a damaged page it reads is one line and exit 1."""
    before = _digest(damaged)
    for extra in ((), ("--json",)):
        code, out, err = _cli(capsys, "console", "--db", str(damaged), "--month", "2026-06", *extra)
        assert (code, out) == (1, "")
        assert (
            err.startswith("fusecentre: the store could not be read (")
            and len(err.splitlines()) == 1
        )
        assert "fusecentre verify" in err and "restore the last backup" in err
    assert _digest(damaged) == before


def test_a_console_printed_checks_the_store_whole_first(damaged, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    before = _digest(damaged)
    pdf = tmp_path / "console.pdf"
    code, out, err = _cli(
        capsys, "console", "--db", str(damaged), "--month", "2026-06", "-o", str(pdf)
    )
    assert code == 1 and out == "" and "restore the last backup" in err
    assert not pdf.exists() and _digest(damaged) == before


def test_a_console_that_cannot_read_a_sound_store_does_not_advise_a_restore(  # type: ignore[no-untyped-def]
    db, month, capsys, monkeypatch
) -> None:
    """A lock or a timeout is not damage: one line, exit 1, and no advice to restore a
    backup over good records."""
    from sqlalchemy.exc import OperationalError

    from fusecentre_app.services import console

    def locked(*_args: object, **_kwargs: object) -> object:
        raise OperationalError("SELECT …", {}, sqlite3.OperationalError("database is locked"))

    monkeypatch.setattr(console, "division_console", locked)
    code, out, err = _cli(capsys, "console", "--db", str(db.path), "--month", "2026-06")
    assert (code, out) == (1, "")
    assert err.splitlines() == [
        "fusecentre: cannot read the database just now (database is locked); try again"
    ]
