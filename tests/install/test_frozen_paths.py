"""In the one-folder bundle the package finds its resources and seeds in the bundle's own
folder (`sys._MEIPASS`), laid out as in a wheel."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from fusecentre_app import paths


def test_the_bundle_folder_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("resources", "seeds"):
        (tmp_path / "fusecentre_app" / name).mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    paths._find.cache_clear()
    try:
        assert paths.resources_dir() == tmp_path / "fusecentre_app" / "resources"
        assert paths.seeds_dir() == tmp_path / "fusecentre_app" / "seeds"
    finally:
        monkeypatch.undo()
        paths._find.cache_clear()
    assert (paths.fonts_dir() / "NotoSansDevanagari-Regular.ttf").is_file()
