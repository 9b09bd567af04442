"""The one path for changes in the desk: a click is one write and a handful of reads (each
screen refreshes only what the change concerns); something unexpected is logged with its
traceback and shown as one calm sentence naming the log file; Help → About says which store
and log; the idle desk locks and only its clerk's password opens it."""

from __future__ import annotations

import logging
import sys
import threading
import time
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import event

from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.operations import Changed, Changes, DeskOp
from fusecentre_app.logs import configure_logging, log_path
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gui


@pytest.fixture
def logged(desk) -> int:  # type: ignore[no-untyped-def]
    done = log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835012345", locality="Sohni Patti", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    return done.id


def test_one_click_is_one_write_and_a_few_reads(qtbot, desk, logged) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.db.models import Officer

    with desk.db.read() as s:
        officer = s.query(Officer.id).filter(Officer.designation == "LINEMAN").first()[0]
    lifecycle.assign(desk.db, logged, officer, user_id=desk.user.id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    assert window.queue.wait_for_refresh()
    window.queue.table.selectRow(window.queue.model.row_of(logged))
    details = window.queue.details
    assert details.detail is not None and details.detail.id == logged
    ui = threading.get_ident()
    seen: list[str] = []

    def begin(conn) -> None:  # type: ignore[no-untyped-def]
        if threading.get_ident() == ui:
            immediate = conn.get_execution_options().get("fusecentre_immediate", False)
            seen.append("write" if immediate else "read")

    event.listen(desk.db.engine, "begin", begin)
    try:
        details.attend_button.click()
        qtbot.wait(50)  # let the list paint its rows
    finally:
        event.remove(desk.db.engine, "begin", begin)
    assert details.detail.status.value == "attending"
    assert seen.count("write") == 1
    # The queue's feeders and ids, the row painted, today's list, and the details panel once
    # (before, the panel read itself twice and each refresh read its parts separately).
    assert seen.count("read") <= 5, seen
    window.queue.wait_for_refresh()
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()


def test_listeners_hear_what_changed_and_who_changed_it(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    heard: list[Changes] = []
    desk.changed.connect(heard.append)
    owner = QWidget()
    qtbot.addWidget(owner)
    assert DeskOp(desk, owner, lambda: 7, changes=Changed.DIRECTORY).run() == 7
    assert DeskOp(desk, owner, lambda: 8, changes=Changed.NOTHING).run() == 8  # a read
    (change,) = heard
    assert change.source is owner and change.touches(Changed.DIRECTORY)
    assert not change.touches(Changed.COMPLAINT)


def test_something_unexpected_is_logged_and_shown_calmly(
    qtbot, desk, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("FUSECENTRE_LOG_DIR", str(tmp_path / "logs"))
    path = configure_logging()
    assert path == log_path() and path.parent == tmp_path / "logs"
    owner = QWidget()
    qtbot.addWidget(owner)
    shown: list[str] = []

    def broken() -> None:
        raise ZeroDivisionError("a bug, not the clerk's doing")

    assert (
        DeskOp(desk, owner, broken, changes=Changed.COMPLAINT).on_refused(shown.append).run()
        is None
    )
    (text,) = shown
    assert text.startswith("Something went wrong and nothing was saved") and str(path) in text
    for handler in logging.getLogger().handlers:
        handler.flush()
    logged = path.read_text(encoding="utf-8")
    assert "operation failed" in logged and "ZeroDivisionError: a bug" in logged
    assert "Traceback" in logged
    # An error outside any operation goes through the same hook.
    from fusecentre_app.gui.app import install_excepthook

    saved = sys.excepthook
    install_excepthook()
    try:
        with patch.object(QMessageBox, "warning") as warned:
            try:
                raise KeyError("outside an operation")
            except KeyError:
                sys.excepthook(*sys.exc_info())
        assert str(path) in warned.call_args.args[2]
    finally:
        sys.excepthook = saved
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert "KeyError: 'outside an operation'" in path.read_text(encoding="utf-8")


def test_about_names_the_version_the_store_and_the_log(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    box = window.show_about()
    from fusecentre_app import __version__

    assert __version__ in box.text() and desk.db.display_name in box.text()
    assert str(log_path()) in box.text() and "desk.sqlite" in box.text()
    box.close()
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()


def test_the_lock_hides_every_window_and_keeps_what_was_typed(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    """A call half taken down when the desk locks, with a drop-down open: the drop-down
    closes, the form's window shows nothing while locked (the lock is application modal),
    and after the unlock it holds what the clerk typed."""
    window = MainWindow(desk, idle_minutes=1)
    qtbot.addWidget(window)
    window.show()
    form = window.open_complaint_form()
    assert form is not None and form.isVisible()
    qtbot.keyClicks(form.ui.mobileEdit, "9835054321")
    form.ui.typeCombo.showPopup()
    assert QApplication.activePopupWidget() is not None
    dialog = window.lock()
    assert dialog.isVisible() and QApplication.activePopupWidget() is None
    assert dialog.windowModality() == Qt.WindowModality.ApplicationModal
    assert not form.ui.mobileEdit.isVisible()  # its window stays, its contents hidden
    assert not window.centralWidget().isVisible()
    dialog.password.setText(PASSWORD)
    dialog.try_unlock()
    assert form.isVisible() and form.ui.mobileEdit.isVisible()
    assert form.ui.mobileEdit.text().replace(" ", "") == "9835054321"
    assert window.centralWidget().isVisible()
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        form.close()
        window.close()


def test_an_idle_desk_locks_and_only_its_clerk_opens_it(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk, idle_minutes=1)
    qtbot.addWidget(window)
    window.show()
    assert window.idle.timer.isActive()
    window.idle.last_input = time.monotonic() - 61  # a minute without a key or a click
    window.idle.check()
    dialog = window.lock_dialog
    assert dialog is not None and dialog.isVisible()
    assert not window.centralWidget().isVisible()  # nothing readable behind the lock
    dialog.reject()  # Esc does not open it
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.password, "not-my-password")
    dialog.try_unlock()
    assert (
        dialog.error.text().startswith("Wrong password, or the account is waiting")
        and dialog.isVisible()
    )
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    dialog.try_unlock()
    assert not dialog.isVisible() and window.centralWidget().isVisible()
    assert not window.idle.paused
    switched: list[str] = []
    window.sign_out_requested.connect(switched.append)
    window.lock().switch_button.click()  # someone else takes the desk
    assert switched == ["switch user at the lock"]  # not the clerk's own sign-out
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()
