"""The register as a program of its own (what the benchmark and a CLI command spawn)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.reports.conftest import CENTRE, DAY

pytestmark = pytest.mark.slow


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "fusecentre_app.reports.register", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_prints_a_register_file(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "register.pdf"
    done = _run(
        "--db",
        str(demo_path),
        "--centre",
        CENTRE.lower(),
        "--date",
        f"{DAY}",
        "-o",
        str(out),
        "--user",
        "Night Clerk",
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    assert "complaints" in done.stdout and "digest" in done.stdout
    reader = PdfReader(out)
    assert len(reader.pages) >= 4
    assert "by Night Clerk" in reader.pages[0].extract_text()


def test_mistakes_are_one_line(demo_path: Path, tmp_path: Path) -> None:
    done = _run(
        "--db", str(demo_path), "--centre", "XYZ", "--date", f"{DAY}", "-o", str(tmp_path / "x.pdf")
    )
    assert done.returncode == 1
    assert done.stderr.strip() == "register: There is no centre with code 'XYZ'."
    assert not (tmp_path / "x.pdf").exists()

    done = _run(
        "--db",
        str(demo_path),
        "--centre",
        CENTRE,
        "--date",
        "14-03-2026",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert done.returncode == 2
    assert "expected a date as YYYY-MM-DD" in done.stderr

    done = _run(
        "--db",
        str(tmp_path / "none.sqlite"),
        "--centre",
        CENTRE,
        "--date",
        f"{DAY}",
        "-o",
        str(tmp_path / "x.pdf"),
    )
    assert done.returncode == 1
    assert done.stderr.startswith("register: there is no database at ")
    assert not (tmp_path / "none.sqlite").exists()
