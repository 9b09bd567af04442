"""The desk on a centre PC's screen (1280×720, the smallest common one): every action the
details panel offers lies inside the window with its label whole, the Status and SoP due
columns are in sight, the fault banners never move the queue, and the dialogs fit."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialogButtonBox, QPushButton, QWidget

from fusecentre_app.domain.enums import CallbackOutcome
from fusecentre_app.domain.timeutil import utcnow
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.pdf_dialogs import HandoverDialog, RegisterDialog
from fusecentre_app.gui.queue_model import ID_ROLE, QCol
from fusecentre_app.gui.screen_fit import fit_to_screen
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import lifecycle, masterdata
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.details import complaint_view

pytestmark = pytest.mark.gui

SMALL = QSize(1280, 720)


def _in_window(window: QWidget, widget: QWidget) -> QRect:
    """The widget's rectangle in window coordinates, after asserting that it lies inside the
    window and that no scroll area or pane cuts any of it off."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    assert window.rect().contains(rect), f"{widget.objectName() or widget} at {rect}"
    assert widget.visibleRegion().boundingRect() == widget.rect(), f"{widget} is cut off"
    return rect


def _complaints_in_every_state(db, centre, user_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    """New, assigned, attending, resolved (callback due), reopened."""
    feeder = masterdata.form_choices(db, centre.id).feeders[0]
    ids = []
    for i in range(5):
        ids.append(
            log_complaint(
                db,
                ComplaintDraft(
                    caller_mobile=f"983501234{i}",
                    caller_name="सुनीता देवी / Sunita Devi",
                    locality="Keshopur Ward no. 3 near the SBI ATM",
                    type_code="FUSE_OFF",
                    feeder_id=feeder.id,
                    description="पूरे मोहल्ले की बिजली गई / the whole mohalla is dark",
                    # The first has waited 40 h: the widest age the feeder pane shows.
                    received_at=utcnow() - timedelta(hours=40 if i == 0 else 0, minutes=30 - i),
                ),
                centre_id=centre.id,
                user_id=user_id,
            ).id
        )
    officer = complaint_view(db, ids[0], user_id, now=utcnow()).officers[0].id
    for steps, cid in enumerate(ids):
        if steps >= 1:
            lifecycle.assign(db, cid, officer, user_id=user_id)
        if steps >= 2:
            lifecycle.attend(db, cid, user_id=user_id)
        if steps >= 3:
            lifecycle.resolve(db, cid, lifecycle.RESOLUTION_CAUSES[0], user_id=user_id)
        if steps >= 4:
            lifecycle.record_callback(db, cid, CallbackOutcome.NOT_RESTORED, user_id=user_id)
    return ids


@pytest.mark.parametrize("role", ["clerk", "supervisor"])
def test_at_1280x720_every_action_and_the_status_and_sop_columns_are_in_the_window(  # type: ignore[no-untyped-def]
    qtbot, desk, supervisor, role
) -> None:
    session = desk if role == "clerk" else DeskSession(desk.db, supervisor, desk.centre)
    ids = _complaints_in_every_state(desk.db, desk.centre, session.user.id)
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.minimumSizeHint().width() <= SMALL.width()
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    assert window.size() == SMALL
    panel = window.queue
    panel.status.setCurrentIndex(panel.status.findData("every"))
    assert panel.wait_for_refresh()
    header = panel.table.horizontalHeader()
    seen: set[str] = set()
    for cid in ids:
        row = panel.model.row_of(cid)
        assert row >= 0
        panel.table.selectRow(row)
        assert panel.table.currentIndex().data(ID_ROLE) == cid
        QApplication.processEvents()
        details = panel.details
        offered = [b for b in details.findChildren(QPushButton) if b.isVisible()]
        assert offered, f"complaint {cid} offers nothing"
        for button in offered:
            _in_window(window, button)
            # The label is whole: the button is as wide as its text asks.
            assert button.width() >= button.sizeHint().width(), button.text()
            seen.add(button.objectName() or button.text())
        for column in (QCol.STATUS, QCol.DUE):
            left = header.sectionViewportPosition(column)
            right = left + header.sectionSize(column)
            assert left >= 0 and right <= panel.table.viewport().width(), column.name
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column.name
            index = panel.model.index(row, column)
            cell = panel.table.visualRect(index)
            corner = panel.table.viewport().mapTo(window, cell.topLeft())
            assert window.rect().contains(QRect(corner, cell.size())), column.name
    expected = {"contactOfficer", "correct", "Assi&gn", "A&ttended", "&Resolved"}
    expected |= {"Callback: r&estored", "Callback: &not restored", "Callback: &unreachable"}
    if role == "supervisor":
        expected.add("cancelComplaint")
    assert expected <= seen


def test_banners_coming_and_going_never_move_the_queue(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    table = window.queue.table
    bar = window.queue.faults
    assert window.queue.wait_for_refresh() and not bar.isVisible()
    before = table.mapTo(window, QPoint(0, 0))
    assert window.queue.banners.quiet.isVisible()
    feeder = masterdata.form_choices(desk.db, desk.centre.id).feeders[0]
    now = utcnow()
    for i in range(6):  # a burst of calls from one feeder: a probable fault
        log_complaint(
            desk.db,
            ComplaintDraft(
                caller_mobile=f"94310{i:05d}",
                locality="Thatheri Bazar",
                type_code="NO_SUPPLY_AREA",
                feeder_id=feeder.id,
                received_at=now - timedelta(minutes=10 - i),
            ),
            centre_id=desk.centre.id,
            user_id=desk.user.id,
            now=now,
        )
    window.queue.refresh()
    assert window.queue.wait_for_refresh()
    assert bar.isVisible() and bar.alerts
    assert not window.queue.banners.quiet.isVisible()
    assert table.mapTo(window, QPoint(0, 0)) == before


@pytest.mark.parametrize("kind", [RegisterDialog, HandoverDialog])
def test_the_pdf_dialogs_fit_the_screen_with_their_buttons_in_sight(qtbot, desk, kind) -> None:  # type: ignore[no-untyped-def]
    dialog = kind(desk)
    qtbot.addWidget(dialog)
    fit_to_screen(dialog, QSize(1100, 800), SMALL)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= SMALL.height() - 40 and dialog.width() <= SMALL.width()
    for button in (dialog.preview_button, dialog.print_button, dialog.save_button):
        _in_window(dialog, button)
    assert not dialog.findChildren(QDialogButtonBox) or all(
        b.isVisible() for b in dialog.findChildren(QAbstractButton)
    )


def test_a_pane_folded_by_dragging_comes_back_from_the_menu_and_to_show_a_complaint(  # type: ignore[no-untyped-def]
    qtbot, desk
) -> None:
    ids = _complaints_in_every_state(desk.db, desk.centre, desk.user.id)
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.resize(SMALL)
    window.show()
    qtbot.waitExposed(window)
    splitter = window.queue.splitter
    sizes = splitter.sizes()
    splitter.moveSplitter(sum(sizes), 2)  # the details handle dragged to the right edge
    splitter.splitterMoved.emit(sum(sizes), 2)  # as a drag by hand says it
    assert splitter.sizes()[2] == 0
    assert not window.details_action.isChecked()  # the menu's tick says so
    window.details_action.trigger()
    assert window.queue.pane_shown(2) and window.details_action.isChecked()
    assert splitter.sizes()[2] >= window.queue.details_area.minimumSizeHint().width()
    # Folded again: opening a complaint (from Today's list, a notice) shows the pane.
    splitter.moveSplitter(sum(splitter.sizes()), 2)
    splitter.splitterMoved.emit(sum(splitter.sizes()), 2)
    window.open_complaint(ids[1])
    assert window.queue.pane_shown(2) and window.details_action.isChecked()
    assert window.queue.details.detail is not None and window.queue.details.detail.id == ids[1]
