"""What makes the desk install like a desktop program: the licence, the two commands, the
Linux menu entry and its icon, and a windowed start with no console to write to."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = ROOT / "resources" / "linux" / "fusecentre.desktop"


def _pyproject() -> dict:  # type: ignore[type-arg]
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_the_desk_command_is_a_gui_script_beside_the_cli() -> None:
    project = _pyproject()["project"]
    assert project["scripts"]["fusecentre"] == "fusecentre_app.cli:main"
    assert project["gui-scripts"]["fusecentre-desk"] == "fusecentre_app.gui.app:main"
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert project["license"] == "MIT"
    assert licence.startswith("MIT License") and "Fuse Call Centre Desk developers" in licence


def test_the_menu_entry_starts_the_desk_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    desk = entry["Desktop Entry"]
    assert desk["Type"] == "Application"
    assert desk["Exec"].split()[0] in _pyproject()["project"]["gui-scripts"]
    assert desk["Terminal"] == "false"
    assert desk["Name[hi]"] == "फ्यूज कॉल सेंटर डेस्क"
    icons = ROOT / "resources" / "icons"
    assert (icons / f"{desk['Icon']}.svg").is_file()
    assert (icons / f"{desk['Icon']}-256.png").is_file()


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None, reason="desktop-file-utils")
def test_the_menu_entry_passes_desktop_file_validate() -> None:
    done = subprocess.run(
        ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_a_windowed_start_with_no_standard_streams_does_not_fail() -> None:
    """Windows starts a GUI script with sys.stdout and sys.stderr set to None."""
    code = (
        "import sys; sys.stdout = None; sys.stderr = None\n"
        "from fusecentre_app.gui.app import main\n"
        "main(['--version'])\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
