"""`fusecentre negligence --lang hi`: the case file Hindi first, read back with pdftotext (the
title, the headings, the officer's Hindi name, the outcomes in Hindi), the same facts as the
English one; and `fusecentre compensation -o`: the statement put on record with its SHA-256,
refused before anything is written for a desk user who may not print it."""

from __future__ import annotations

import hashlib
import io
import shutil

import pytest
from sqlalchemy import select

from fusecentre_app.db.models import AuditRecord, RegisterPrint
from fusecentre_app.services.compensation import STATEMENT_PRINTED
from tests.cli.test_console_cli import _cli, _hindi, _text
from tests.conftest import PASSWORD
from tests.services.test_console import build_month

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")


@pytest.fixture
def month(db, centre, clerk, supervisor):  # type: ignore[no-untyped-def]
    return build_month(db, centre, clerk, supervisor)


def test_the_case_file_in_hindi(db, month, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    lineman = month["lineman"]
    store = str(db.path)
    files = {}
    for language in ("en", "hi"):
        files[language] = tmp_path / f"case-{language}.pdf"
        code, out, err = _cli(
            capsys,
            "negligence",
            "--db",
            store,
            "--officer",
            lineman.employee_id,
            "--from",
            "2026-06-01",
            "--to",
            "2026-06-30",
            "--lang",
            language,
            "-o",
            str(files[language]),
        )
        assert code == 0, err
        assert "3 assigned, 1 SoP breaches" in out  # the same facts, whatever the language
    english, hindi = _text(files["en"]), _text(files["hi"])
    # The title: the first line's right-hand column (the masthead's centre on its left).
    title = hindi.strip().splitlines()[0].split("   ")[-1].strip()
    assert title.endswith("— Negligence Case File") and _hindi(title, "लापरवाही")  # Hindi first
    assert english.strip().splitlines()[0].split("   ")[-1].strip().startswith("Negligence")
    assert lineman.name_hi and _hindi(hindi, lineman.name_hi)
    for phrase in ("पदाधिकारी एवं अवधि", "सौंपी गई शिकायतें", "मानक समय का उल्लंघन", "जाँच की गई"):
        assert _hindi(hindi, phrase), phrase
    assert "The officer and the period" in hindi  # still in both languages
    assert _hindi(hindi, "पुनः खुली")  # B's state now, in Hindi
    assert "Resolved, awaiting callback" not in hindi and "No answer" not in hindi
    with db.read() as s:
        prints = list(s.scalars(select(RegisterPrint).where(RegisterPrint.kind == "negligence")))
    assert sorted(p.digest for p in prints) == sorted(
        hashlib.sha256(f.read_bytes()).hexdigest() for f in files.values()
    )
    with pytest.raises(SystemExit) as exited:
        _cli(
            capsys, "negligence", "--db", store, "--officer", lineman.employee_id, "--from",
            "2026-06-01", "--to", "2026-06-30", "--lang", "xx", "-o", str(tmp_path / "x.pdf"),
        )  # fmt: skip
    assert exited.value.code == 2 and "invalid choice: 'xx'" in capsys.readouterr().err


def test_the_compensation_statement_on_record(db, month, tmp_path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    store = str(db.path)
    out = tmp_path / "statement.pdf"
    code, said, err = _cli(
        capsys, "compensation", "--db", store, "--month", "2026-06", "-o", str(out)
    )
    assert code == 0, err
    assert said.startswith(f"{out}: ")
    with db.read() as s:
        (record,) = s.scalars(select(AuditRecord).where(AuditRecord.kind == STATEMENT_PRINTED))
    assert record.data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert record.data["centre"] is None and record.data["late"] == 2
    assert record.data["via"]  # the operating-system user who ran it

    # A clerk of Buxar may not print the division's statement: refused, nothing written.
    refused = tmp_path / "refused.pdf"
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, _said, err = _cli(
        capsys, "compensation", "--db", store, "--month", "2026-06", "-o", str(refused),
        "--user", "asha", "--password-stdin",
    )  # fmt: skip
    assert code == 1 and not refused.exists()
    assert err.count("\n") == 1 and err.startswith("fusecentre: ")
