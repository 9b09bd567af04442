"""The desk's side of the store's safety: the last backup always in the status bar, "Back up
now" to a chosen folder, and a store refused at start-up in a dialog that says why."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fusecentre_app.db.engine import Database
from fusecentre_app.db.migrate import stamp_version
from fusecentre_app.gui.app import run_desk
from fusecentre_app.gui.backup import BackupLabel, back_up_now
from fusecentre_app.gui.main_window import MainWindow
from tests.db.test_backup import _corrupt


def test_back_up_now_to_a_chosen_folder_and_the_label_says_when(
    qtbot, desk, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    label = BackupLabel(desk)
    qtbot.addWidget(label)
    assert label.text() == "Last backup: never"
    usb = tmp_path / "usb"
    usb.mkdir()
    with (
        patch.object(QFileDialog, "getExistingDirectory", return_value=str(usb)) as asked,
        patch.object(QMessageBox, "information") as told,
    ):
        made = back_up_now(desk, label)
    assert made is not None and made.path.parent == usb and made.on_record
    assert "the copy was checked" in told.call_args.args[2]
    label.refresh()
    assert label.text().startswith("Last backup: ") and label.toolTip() == str(made.path)
    # The next time, the dialog starts at the folder used last; cancelling makes nothing.
    with patch.object(QFileDialog, "getExistingDirectory", return_value="") as asked:
        assert back_up_now(desk, label) is None
    assert asked.call_args.args[2] == str(usb)
    assert len(list(usb.glob("*.sqlite"))) == 1
    # A store deleted under the running desk is said at once.
    assert desk.db.path is not None
    desk.db.path.unlink()
    label.refresh()
    assert "missing" in label.text()


def test_the_status_bar_shows_the_last_backup(qtbot, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk, idle_minutes=0)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    assert window.backup_label.text() == "Last backup: never"
    assert window.backup_label.isVisible()
    window.grab().save(str(tmp_path / "status-bar.png"))  # looked at by eye
    window.shut()


@pytest.fixture
def _desk_start(monkeypatch: pytest.MonkeyPatch, qapp) -> list[str]:  # type: ignore[no-untyped-def]
    """`run_desk` as far as its store: what the critical box said."""
    said: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_desk installs its own
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: said.append(text))
    )
    return said


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_store_from_a_newer_version_is_refused_in_a_dialog(
    _desk_start: list[str], empty_db: Database
) -> None:
    path = empty_db.path
    assert path is not None
    with empty_db.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0042'")
        stamp_version(conn, "2.3.0")
    empty_db.dispose()
    before = _digest(path)
    assert run_desk(str(path)) == 1
    (text,) = _desk_start
    assert "made by version 2.3.0 of the desk" in text and "install version 2.3.0" in text
    assert _digest(path) == before and not list(path.parent.glob("*.before-*"))


def test_a_damaged_store_is_refused_in_a_dialog(_desk_start: list[str], db: Database) -> None:
    path = db.path
    assert path is not None
    db.dispose()
    _corrupt(path, 0.5)
    before = _digest(path)
    assert run_desk(str(path)) == 1
    (text,) = _desk_start
    assert "is damaged" in text and "restore the last backup" in text
    assert _digest(path) == before
