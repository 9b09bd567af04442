"""The built wheel, installed in a fresh virtual environment, finds its resources and seeds
and runs `fusecentre demo` and `fusecentre screenshot` from outside the checkout."""

from __future__ import annotations

import os
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def test_wheel_installs_and_runs(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(dist),
            str(ROOT),
        ],
        check=True,
        timeout=300,
    )
    [wheel] = dist.glob("fusecentre-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "fusecentre_app/resources/fonts/NotoSansDevanagari-Regular.ttf" in names
    assert "fusecentre_app/seeds/officers.csv" in names
    assert "fusecentre_app/db/migrations/versions/0001_initial_schema.py" in names
    assert "fusecentre_app/gui/forms/ui_complaint_form.py" in names
    assert "fusecentre_app/resources/icons/fusecentre-256.png" in names
    assert "fusecentre_app/resources/linux/fusecentre.desktop" in names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names), names[-8:]

    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / "python"
    subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", "--no-index", str(wheel)],
        check=True,
        timeout=300,
    )
    # The dependencies (PySide6 and the rest) come from this environment rather than the
    # network; the package itself only from the wheel.
    fresh_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    suffix = ".exe" if os.name == "nt" else ""
    assert (bin_dir / f"fusecentre-desk{suffix}").is_file()
    deps = [p for p in site.getsitepackages() if Path(p).exists()]
    (Path(fresh_site) / "zz_test_deps.pth").write_text("\n".join(deps) + "\n")

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONNOUSERSITE": "1"}
    env.pop("PYTHONPATH", None)
    where = subprocess.run(
        [
            str(python),
            "-c",
            "import fusecentre_app, fusecentre_app.paths as p; "
            "print(fusecentre_app.__file__); print(p.resources_dir()); print(p.seeds_dir())",
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tmp_path,
    ).stdout.split()
    assert all(line.startswith(str(env_dir)) for line in where), where

    db = tmp_path / "demo.sqlite"
    exe = str(bin_dir / "fusecentre")
    done = subprocess.run(
        [exe, "demo", "--db", str(db), "--days", "2", "--per-day", "20"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    done = subprocess.run(
        [exe, "screenshot", "--db", str(db), "--out", str(tmp_path / "png")],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    # The demo ends now, so its burst of calls is a live fault and its dialog is drawn too.
    assert len(list((tmp_path / "png").glob("*.png"))) == 22
