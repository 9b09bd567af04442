"""Generated form code stays generated: each ui/*.ui compiles to exactly the committed module."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = sorted((ROOT / "ui").glob("*.ui"))


def _body(text: str) -> list[str]:
    # The header names the uic version that made the file; only the code must match.
    return [line for line in text.splitlines() if not line.startswith("## Created by")]


@pytest.mark.parametrize("source", UI, ids=[p.stem for p in UI])
def test_generated_form_matches_its_ui_file(source: Path, tmp_path: Path) -> None:
    uic = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-uic"
    )
    assert uic, "pyside6-uic is part of PySide6 and must be installed"
    out = tmp_path / f"ui_{source.stem}.py"
    subprocess.run([uic, str(source), "-o", str(out)], check=True)
    committed = ROOT / "fusecentre_app" / "gui" / "forms" / f"ui_{source.stem}.py"
    assert _body(committed.read_text(encoding="utf-8")) == _body(out.read_text(encoding="utf-8")), (
        f"recompile: pyside6-uic ui/{source.name} -o {committed.relative_to(ROOT)}"
    )


def test_there_is_a_form_to_check() -> None:
    assert UI, "no .ui files found"
