"""Finds the bundled `resources/` and `seeds/` folders in a source checkout, in a wheel and in
the one-folder bundle.

In a wheel they are installed inside the package (see `pyproject.toml`); in a checkout they
sit at the repository root next to the package; in the bundle (bundle/fusecentre.spec)
they are unpacked as in a wheel, inside `fusecentre_app/` in the bundle's own folder
(`sys._MEIPASS`), where no Python source file of the package is.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _places() -> list[Path]:
    frozen = getattr(sys, "_MEIPASS", None)
    bundle = [Path(frozen) / "fusecentre_app"] if frozen else []
    return [*bundle, _PACKAGE, _PACKAGE.parent]


@cache
def _find(name: str) -> Path:
    for candidate in (place / name for place in _places()):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"the bundled {name}/ folder is missing from this installation")


def resources_dir() -> Path:
    return _find("resources")


def seeds_dir() -> Path:
    return _find("seeds")


def fonts_dir() -> Path:
    return resources_dir() / "fonts"
