"""The desk's side of the store's safety: the last backup always in the status bar, "Back up
now" to a chosen folder on a worker thread, a backup offered when the signed-in person
leaves (never to someone at the lock), and a store refused at start-up in a dialog that
says why."""

from __future__ import annotations

import hashlib
import sys
import threading
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from fusecentre_app.db.engine import Database
from fusecentre_app.db.migrate import stamp_version
from fusecentre_app.db.models import AuditRecord
from fusecentre_app.gui.app import DeskLauncher, run_desk
from fusecentre_app.gui.backup import BackupLabel, back_up_now
from fusecentre_app.gui.login import LoginDialog
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.services.backup import BACKED_UP, back_up
from tests.conftest import PASSWORD
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
        job = back_up_now(desk, label)
        assert job is not None
        with qtbot.waitSignal(job.ended, timeout=10_000) as ended:
            pass
    made = ended.args[0]
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


def _backups_on_record(db: Database) -> list[tuple[str, int | None]]:
    with db.read() as s:
        return [
            (row.data["file"], row.user_id)
            for row in s.scalars(select(AuditRecord).where(AuditRecord.kind == BACKED_UP))
        ]


def _last_sign_out(db: Database) -> str:
    with db.read() as s:
        row = s.scalars(
            select(AuditRecord)
            .where(AuditRecord.kind == "signed_out")
            .order_by(AuditRecord.id.desc())
        ).first()
    assert row is not None
    return str(row.data["reason"])


def test_a_backup_runs_off_the_ui_thread_with_its_progress(qtbot, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk, idle_minutes=0)
    qtbot.addWidget(window)
    window.show()
    usb = tmp_path / "usb"
    usb.mkdir()
    threads: list[threading.Thread] = []
    copied: list[tuple[int, int]] = []

    def copying(*args, progress, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())

        def heard(done: int, total: int) -> None:
            copied.append((done, total))
            progress(done, total)

        return back_up(*args, progress=heard, **kwargs)

    with (
        patch.object(QFileDialog, "getExistingDirectory", return_value=str(usb)),
        patch.object(QMessageBox, "information") as told,
        patch("fusecentre_app.gui.backup.back_up", copying),
    ):
        job = window.back_up()
        assert job is not None
        # Back at the event loop at once: the copy is the worker's, its progress is shown.
        assert job.running and job.made is None and job.progress.isVisible()
        assert window.back_up() is job  # asked again while it runs: the same backup
        with qtbot.waitSignal(job.ended, timeout=10_000):
            pass
    assert threads and threads[0] is not threading.main_thread()
    assert copied and copied[-1][0] == copied[-1][1] > 0
    (copy,) = usb.glob("*.sqlite")
    assert job.made is not None and job.made.path == copy and not job.running
    assert _backups_on_record(desk.db) == [(str(copy), desk.user.id)]
    assert str(copy) in told.call_args.args[2]
    assert window.backup_label.toolTip() == str(copy)
    window.shut()


def test_a_failed_backup_is_said_in_words_and_leaves_nothing(qtbot, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk, idle_minutes=0)
    qtbot.addWidget(window)
    gone = tmp_path / "stick-pulled-out" / "backups"
    with (
        patch.object(QFileDialog, "getExistingDirectory", return_value=str(gone)),
        patch.object(QMessageBox, "warning") as warned,
    ):
        job = window.back_up()
        assert job is not None
        with qtbot.waitSignal(job.ended, timeout=10_000) as ended:
            pass
    assert ended.args == [None] and "There is no folder" in warned.call_args.args[2]
    assert _backups_on_record(desk.db) == []
    window.shut()


def test_someone_signing_in_at_the_lock_is_offered_no_backup(qtbot, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    launcher = DeskLauncher(desk.db)
    launcher._open_desk(desk.user)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    lock = window.lock()
    usb = tmp_path / "usb"
    usb.mkdir()
    with (
        patch.object(QMessageBox, "question") as asked,
        patch.object(QFileDialog, "getExistingDirectory", return_value=str(usb)),
    ):
        lock.switch_button.click()  # someone else signs in: Asha typed no password
    asked.assert_not_called()
    assert launcher.window is None and isinstance(launcher._dialog, LoginDialog)
    assert _backups_on_record(desk.db) == [] and not list(usb.iterdir())
    assert _last_sign_out(desk.db) == "switch user at the lock"
    launcher._dialog.close()


def test_closing_the_desk_offers_a_backup_first(qtbot, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    launcher = DeskLauncher(desk.db)

    def opened() -> MainWindow:
        launcher._open_desk(desk.user)
        window = launcher.window
        assert window is not None
        qtbot.addWidget(window)
        return window

    buttons = QMessageBox.StandardButton
    window = opened()
    with patch.object(QMessageBox, "question", return_value=buttons.Cancel) as asked:
        window.close()  # Cancel: the desk stays open
    assert window.isVisible() and "never been backed up" in asked.call_args.args[2]
    with patch.object(QMessageBox, "question", return_value=buttons.No):
        window.close()  # No: it closes without a backup
    assert not window.isVisible() and _backups_on_record(desk.db) == []
    launcher.closing()
    assert _last_sign_out(desk.db) == "desk closed"

    # Yes: the window stays until the copy is made and checked, then closes.
    window = opened()
    usb = tmp_path / "usb"
    usb.mkdir()
    with (
        patch.object(QMessageBox, "question", return_value=buttons.Yes),
        patch.object(QFileDialog, "getExistingDirectory", return_value=str(usb)),
        patch.object(QMessageBox, "information"),
    ):
        window.close()
        job = window.backup_job
        assert job is not None and job.running and window.isVisible()
        window.close()  # closed again meanwhile: nothing more is asked or started
        assert window.backup_job is job
        with qtbot.waitSignal(job.ended, timeout=10_000):
            pass
    assert not window.isVisible()
    (copy,) = usb.glob("*.sqlite")
    assert _backups_on_record(desk.db) == [(str(copy), desk.user.id)]
    launcher.closing()

    # A locked desk closes without an offer: whoever is at it did not sign in.
    window = opened()
    window.lock()
    with patch.object(QMessageBox, "question") as asked:
        window.close()
    asked.assert_not_called()
    assert not window.isVisible()
    launcher.closing()


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


def test_the_first_sign_in_waits_for_the_check_of_the_store(  # type: ignore[no-untyped-def]
    qtbot, db: Database, clerk, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sign-in is written to the store: while the store's check still runs (held here
    until the test lets it go) "Sign in" waits with a word why, and goes on by itself once
    the store is found sound."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from fusecentre_app.db import engine

    path = db.path
    db.dispose()
    gate = threading.Event()
    check = engine.check_sqlite

    def held(store: Path, **options: object) -> list[str]:
        gate.wait(30)
        return check(store, **options)  # type: ignore[arg-type]

    monkeypatch.setattr(engine, "check_sqlite", held)
    store = engine.open_database(path, check_later=True)
    try:
        dialog = LoginDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        signed: list[object] = []
        dialog.signed_in.connect(signed.append)
        qtbot.keyClicks(dialog.username, "asha")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        sign_in = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.checking.isVisible() and not sign_in.isEnabled() and signed == []
        with store.read() as s:
            kinds = list(s.scalars(select(AuditRecord.kind)))
        assert "signed_in" not in kinds
        gate.set()
        qtbot.waitUntil(lambda: bool(signed), timeout=10_000)
        assert not dialog.checking.isVisible() and sign_in.isEnabled()
    finally:
        gate.set()
        store.dispose()


def test_a_sign_in_waiting_for_a_check_that_finds_damage_stays_off(  # type: ignore[no-untyped-def]
    qtbot, db, monkeypatch
) -> None:
    """The clerk pressed Sign in while the store was being checked and the check finds it
    damaged: Sign in stays off and says why, and no sign-in is written."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialogButtonBox

    from fusecentre_app.db import engine

    path = db.path
    db.dispose()
    gate = threading.Event()

    def damaged(store: Path, **options: object) -> list[str]:
        gate.wait(30)
        return ["*** in database main ***\nPage 7 is never used"]

    monkeypatch.setattr(engine, "check_sqlite", damaged)
    store = engine.open_database(path, check_later=True)
    try:
        dialog = LoginDialog(store)
        qtbot.addWidget(dialog)
        dialog.show()
        signed: list[object] = []
        dialog.signed_in.connect(signed.append)
        qtbot.keyClicks(dialog.username, "asha")
        qtbot.keyClicks(dialog.password, PASSWORD)
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
        sign_in = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert dialog.checking.isVisible() and not sign_in.isEnabled()
        gate.set()
        qtbot.waitUntil(lambda: not dialog.checking.isVisible(), timeout=10_000)
        assert not sign_in.isEnabled() and signed == []
        assert dialog.error.isVisible() and "damaged" in dialog.error.text()
        with store.read() as s:
            kinds = list(s.scalars(select(AuditRecord.kind)))
        assert "signed_in" not in kinds
    finally:
        gate.set()
        store.dispose()


def test_signing_out_offers_a_backup_and_cancel_stays_signed_in(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    launcher = DeskLauncher(desk.db)
    launcher._open_desk(desk.user)
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    buttons = QMessageBox.StandardButton
    with patch.object(QMessageBox, "question", return_value=buttons.Cancel) as asked:
        window.sign_out_action.trigger()
    assert asked.call_count == 1 and launcher.window is window and window.isVisible()
    with patch.object(QMessageBox, "question", return_value=buttons.No):
        window.sign_out_action.trigger()
    assert launcher.window is None and isinstance(launcher._dialog, LoginDialog)
    assert _last_sign_out(desk.db) == "sign out" and _backups_on_record(desk.db) == []
    launcher._dialog.close()
