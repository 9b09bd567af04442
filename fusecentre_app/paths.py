"""Finds the bundled `resources/` and `seeds/` folders in a source checkout and in a wheel.

In a wheel they are installed inside the package (see `pyproject.toml`); in a checkout they
sit at the repository root next to the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _find(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    return _find("resources")


def seeds_dir() -> Path:
    return _find("seeds")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
