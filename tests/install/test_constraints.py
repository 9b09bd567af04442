"""constraints.txt pins, for the Python that CI runs, every package pyproject.toml asks for
(the desk's, the tests' and the bundle's), each at a version pyproject allows."""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]


def _pins() -> dict[str, str]:
    pins: dict[str, str] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            pin = Requirement(line)
            [spec] = pin.specifier
            assert spec.operator == "==", line
            if pin.marker is None or pin.marker.evaluate():
                pins[canonicalize_name(pin.name)] = spec.version
    return pins


def _asked_for() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = project["optional-dependencies"]
    lines = [*project["dependencies"], *extras["test"], *extras["bundle"]]
    return [r for r in map(Requirement, lines) if r.marker is None or r.marker.evaluate()]


@pytest.mark.skipif(sys.version_info[:2] != (3, 11), reason="the pins are for CI's Python 3.11")
def test_every_requirement_is_pinned_at_an_allowed_version() -> None:
    pins = _pins()
    for requirement in _asked_for():
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{requirement.name} is not in constraints.txt"
        assert requirement.specifier.contains(pins[name]), f"{requirement} against {pins[name]}"


def test_the_desk_asks_for_the_qt_wheels_it_imports_not_the_meta_package() -> None:
    names = {canonicalize_name(r.name) for r in _asked_for()}
    assert "pyside6" not in names
    assert "pyside6-essentials" in names
    assert names & {"pyside6-pdf", "pyside6-addons"}, "QtPdf comes from neither wheel"
