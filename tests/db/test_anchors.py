"""Where a store's anchor file lives: beside a SQLite store; in this PC's data folder for a
server; in `$FUSECENTRE_ANCHORS` (a folder) when it is set, still one file per store."""

from __future__ import annotations

from pathlib import Path

import pytest

from fusecentre_app.db.anchors import ENV_ANCHORS, default_anchor_path
from fusecentre_app.db.urls import resolve_url


def test_beside_the_store_unless_a_folder_is_named(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(ENV_ANCHORS, raising=False)
    one, two = tmp_path / "a" / "desk.sqlite", tmp_path / "b" / "desk.sqlite"
    assert default_anchor_path(resolve_url(one)) == Path(f"{one}.anchors")
    server = default_anchor_path("postgresql+psycopg://desk@dbserver:5432/fusecentre")
    assert server.name == "dbserver-5432-fusecentre.anchors" and server.parent.name == "anchors"

    folder = tmp_path / "usb"
    monkeypatch.setenv(ENV_ANCHORS, str(folder))
    first, second = default_anchor_path(resolve_url(one)), default_anchor_path(resolve_url(two))
    assert first.parent == second.parent == folder
    assert first != second  # two stores of the same name never share a file
    assert first.name.startswith("desk.sqlite-") and first.suffix == ".anchors"
    assert first == default_anchor_path(resolve_url(one))  # the same store, the same file
    server = default_anchor_path("postgresql+psycopg://desk@dbserver:5432/fusecentre")
    assert server == folder / "dbserver-5432-fusecentre.anchors"


def test_a_file_named_by_an_earlier_setting_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Earlier versions took the setting as a file: an existing file there is used as it is
    (creating a folder of that name would fail, and anchors would silently stop)."""
    old = tmp_path / "anchors.txt"
    old.write_text("")
    monkeypatch.setenv(ENV_ANCHORS, str(old))
    assert default_anchor_path(resolve_url(tmp_path / "desk.sqlite")) == old
