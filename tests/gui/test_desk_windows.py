"""The windows around the form: first run, sign-in, the main window and its model."""

from __future__ import annotations

import threading
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import event, func, select

from fusecentre_app.db.models import AppUser, Centre
from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.first_run import FirstRunDialog
from fusecentre_app.gui.login import LoginDialog
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.today_model import RECORD_ROLE, SORT_ROLE, Col, TodayModel
from fusecentre_app.services import auth, lifecycle
from fusecentre_app.services.complaints import (
    ComplaintDraft,
    complaints_received_on,
    log_complaint,
)
from tests.conftest import PASSWORD

pytestmark = pytest.mark.gui


def test_first_run_loads_the_division_and_creates_the_first_user(qtbot, qapp, empty_db) -> None:  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(empty_db)
    qtbot.addWidget(dialog)
    assert dialog.centre.count() == 0 and dialog.load_button.isEnabled()
    # Without a division the desk cannot be set up; the dialog says so.
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.error.isVisibleTo(dialog) and "Load the division" in dialog.error.text()
    qtbot.mouseClick(dialog.load_button, Qt.MouseButton.LeftButton)
    assert dialog.centre.count() == 2 and not dialog.load_button.isEnabled()
    dialog.centre.setCurrentIndex(dialog.centre.findText("DMR", Qt.MatchFlag.MatchStartsWith))
    qtbot.keyClicks(dialog.full_name, "Asha Kumari")
    qtbot.keyClicks(dialog.username, "asha")
    qtbot.keyClicks(dialog.password, "long-password")
    qtbot.keyClicks(dialog.password2, "other-password")
    dialog.create_first_user()
    assert "differ" in dialog.error.text()
    dialog.password2.clear()
    qtbot.keyClicks(dialog.password2, "long-password")
    with qtbot.waitSignal(dialog.signed_in) as signal:
        dialog.create_first_user()
    user = signal.args[0]
    assert user.username == "asha" and user.role == "admin" and user.centre_code == "DMR"
    with empty_db.read() as s:
        assert s.scalar(select(func.count()).select_from(Centre)) == 2
        stored = s.scalar(select(AppUser))
        assert stored is not None and stored.password_hash.startswith("$argon2id$")


def test_sign_in_refuses_a_wrong_password_then_signs_in(qtbot, qapp, db, clerk) -> None:  # type: ignore[no-untyped-def]
    dialog = LoginDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "asha")
    qtbot.keyClicks(dialog.password, "wrong")
    dialog.try_sign_in()
    assert dialog.error.text() == auth.WRONG
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in) as signal:
        dialog.try_sign_in()
    assert signal.args[0].id == clerk.id


def test_ctrl_n_opens_the_form_and_the_list_refreshes_after_a_save(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.windowHandle().requestActivate()  # shortcuts go to the active window
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    assert window.model.rowCount() == 0
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    form = window.form
    assert form is not None and form.isVisible()
    form.ui.mobileEdit.setText("9835012345")
    form.ui.localityEdit.setText("Sohni Patti")
    form.ui.typeCombo.setCurrentIndex(1)
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert window.model.rowCount() == 1
    row = window.model.index(0, Col.DOCKET).data()
    assert row == form.ui.docketLabel.text()
    assert row in window.statusBar().currentMessage()
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        form.close()


def test_today_model_passes_the_model_tester(qtmodeltester, desk) -> None:  # type: ignore[no-untyped-def]
    for i, type_code in enumerate(["FUSE_OFF", "LINE_BREAK", "DT_FAIL"]):
        log_complaint(
            desk.db,
            ComplaintDraft(
                caller_mobile=f"983501234{i}",
                caller_name="रमेश यादव",
                locality="Sohni Patti",
                type_code=type_code,
            ),
            centre_id=desk.centre.id,
            user_id=desk.user.id,
        )
    model = TodayModel()
    model.set_rows(complaints_received_on(desk.db, desk.centre.id, local_day(utcnow())))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.columnCount() == len(Col)
    record = model.index(0, 0).data(RECORD_ROLE)
    assert record.serial == 3  # newest first
    assert model.index(0, Col.SERIAL).data(SORT_ROLE) == 3
    danger_row = next(r for r in range(3) if model.index(r, 0).data(RECORD_ROLE).danger)
    assert model.index(danger_row, Col.TYPE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_launcher_signs_in_then_opens_the_desk(qtbot, qapp, db, clerk) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.app import DeskLauncher
    from fusecentre_app.gui.login import LoginDialog

    launcher = DeskLauncher(db)
    launcher.start()
    dialog = launcher._dialog
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.username, "asha")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert launcher.window is not None and launcher.window.isVisible()
    assert launcher.window.session.user.id == clerk.id
    assert "Buxar" in launcher.window.header.text()
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.No):
        launcher.window.close()  # offered a backup as the desk closes: not now


def test_todays_list_opens_a_complaint_in_the_details_panel(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    def logged(mobile: str) -> str:
        draft = ComplaintDraft(caller_mobile=mobile, locality="Sohni Patti", type_code="FUSE_OFF")
        done = log_complaint(desk.db, draft, centre_id=desk.centre.id, user_id=desk.user.id)
        return done.docket

    open_one, closed_one = logged("9835012345"), logged("9835054321")
    closed_id = next(r.id for r in complaints_of_today(desk) if r.docket == closed_one)
    lifecycle.resolve(desk.db, closed_id, "fuse replaced", user_id=desk.user.id)
    lifecycle.record_callback(desk.db, closed_id, CallbackOutcome.RESTORED, user_id=desk.user.id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentIndex(1)  # today's complaints
    details = window.queue.details

    def open_row(docket: str) -> None:
        row = next(i for i, r in enumerate(window.model.rows()) if r.docket == docket)
        window.table.setFocus()
        window.table.selectRow(row)
        qtbot.keyClick(window.table, Qt.Key.Key_Return)

    open_row(open_one)
    assert window.tabs.currentWidget() is window.queue
    assert details.detail is not None and details.detail.docket == open_one
    assert window.queue.status.currentData() == "open"  # it was in the list as filtered
    window.tabs.setCurrentIndex(1)
    open_row(closed_one)  # closed: not in the open queue, so the list shows every status
    assert window.tabs.currentWidget() is window.queue
    assert details.detail is not None and details.detail.docket == closed_one
    assert window.queue.wait_for_refresh()  # the widened list is read on a worker
    assert window.queue.status.currentData() == "every"
    current = window.queue.table.currentIndex()
    assert window.queue.model.index(current.row(), 1).data() == closed_one
    window.queue.refresh()  # and it stays shown: it is in the list now
    assert window.queue.wait_for_refresh()
    assert details.detail is not None and details.detail.docket == closed_one


def complaints_of_today(desk):  # type: ignore[no-untyped-def]
    return complaints_received_on(desk.db, desk.centre.id, local_day(utcnow()))


def test_building_the_window_reads_no_accountability_until_the_tab_is_shown(  # type: ignore[no-untyped-def]
    qtbot, desk
) -> None:
    """The desk's start must not grow with history: the accountability tab's week of events
    is read when the tab is first shown, not while the window is built."""
    ui_thread = threading.get_ident()
    on_ui_thread: list[str] = []

    def heard(_conn, _cursor, statement, _params, _context, _many) -> None:  # type: ignore[no-untyped-def]
        if threading.get_ident() == ui_thread and "complaint_event" in statement:
            on_ui_thread.append(statement)

    event.listen(desk.db.engine, "before_cursor_execute", heard)
    try:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.queue.wait_for_refresh()
        assert on_ui_thread == []
        assert window.accountability.records == [] and not window.accountability.read
        window.tabs.setCurrentWidget(window.accountability)
        assert window.accountability.read
        assert on_ui_thread, "showing the tab reads its figures"
        read = len(on_ui_thread)
        window.tabs.setCurrentWidget(window.queue)
        window.tabs.setCurrentWidget(window.accountability)
        assert len(on_ui_thread) == read  # read once when first shown; Show re-reads them
    finally:
        event.remove(desk.db.engine, "before_cursor_execute", heard)
