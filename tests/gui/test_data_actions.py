"""Data in and out from the desk: Export complaints… for a date range through the (mocked)
save dialog, and Take in a list… with its dry-run preview, progress and refusal."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from fusecentre_app.db.models import Complaint
from fusecentre_app.domain.timeutil import local_day, to_local, utcnow
from fusecentre_app.gui.data_actions import DataActions
from fusecentre_app.gui.operations import Changed
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

pytestmark = pytest.mark.gui

HEADER = "received_at,ref_1912,caller_mobile,caller_name,locality,type,description"


@pytest.fixture
def bar(qtbot, desk) -> DataActions:  # type: ignore[no-untyped-def]
    widget = DataActions(desk)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def _count(db) -> int:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return int(s.scalar(select(func.count()).select_from(Complaint)) or 0)


def _list(tmp_path: Path, rows: int, name: str = "1912-list.csv") -> Path:
    at = to_local(utcnow() - timedelta(hours=3))
    lines = [HEADER] + [
        f"{at:%d-%m-%Y %H:%M},1912-{i:04d},98350{i:05d},सुनीता देवी {i},सोहनी पट्टी,FUSE_OFF,"
        for i in range(rows)
    ]
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_export_complaints_of_a_date_range(qtbot, bar, desk, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835012345",
            caller_name="रीता देवी",
            locality="बक्सर",
            type_code="FUSE_OFF",
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    dialog = bar.open_export()
    today = local_day(utcnow())
    assert dialog.last.date() == QDate(today.year, today.month, today.day)
    target = tmp_path / "week"  # no ending: the kind chosen in the dialog gives it
    with patch.object(
        QFileDialog, "getSaveFileName", return_value=(str(target), "Excel workbook (*.xlsx)")
    ):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "week.xlsx"
    assert written.exists()
    assert dialog.status.text() == f"Exported 1 complaint(s) to {written}."
    from openpyxl import load_workbook

    assert load_workbook(written).active["E2"].value == "रीता देवी"
    with patch.object(QFileDialog, "getSaveFileName", return_value=("", "")):
        assert dialog.export() is None  # cancelled: nothing written, nothing said


def test_take_in_a_1912_list_with_preview_and_progress(qtbot, bar, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    seen = []
    desk.changed.connect(seen.append)
    path = _list(tmp_path, 230)
    dialog = bar.open_intake()
    with patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    assert (
        dialog.preview.toPlainText() == "1912-list.csv: 230 complaint(s) to log, 0 already logged."
    )
    assert dialog.log_button.isEnabled() and dialog.log_button.text() == "&Log 230 complaint(s)"
    assert _count(desk.db) == 0 and seen == []  # the preview saved nothing
    with qtbot.waitSignal(desk.changed):
        result = dialog.log()
    assert result is not None and result.logged == 230 and not result.stopped
    assert _count(desk.db) == 230
    assert dialog.preview.toPlainText().startswith("Logged 230 complaint(s), dockets ")
    assert seen and seen[-1].touches(Changed.COMPLAINT)

    # The same list again: nothing new, and the button says there is nothing to log.
    with patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        dialog.choose()
    assert dialog.preview.toPlainText() == (
        "1912-list.csv: nothing new; all 230 rows were logged already."
    )
    assert not dialog.log_button.isEnabled()


def test_a_caller_with_an_open_complaint_is_previewed_and_logged_as_a_follow_up(  # type: ignore[no-untyped-def]
    qtbot, bar, desk, tmp_path
) -> None:
    open_one = log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835000001", locality="बक्सर", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    path = _list(tmp_path, 3)  # its second row is the same caller about the same fault
    dialog = bar.open_intake()
    with patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        dialog.choose()
    assert dialog.preview.toPlainText().splitlines() == [
        "1912-list.csv: 2 complaint(s) to log, 0 already logged.",
        "1 row(s) will be recorded as follow-up calls on open complaints:",
        f"row 3: on {open_one.docket}",
    ]
    assert dialog.log_button.text() == "&Log 2 complaint(s) and 1 follow-up call(s)"
    with qtbot.waitSignal(desk.changed):
        result = dialog.log()
    assert result is not None and result.follow_ups == [open_one.docket]
    assert _count(desk.db) == 3
    assert dialog.preview.toPlainText().endswith(
        f"0 already logged. Recorded 1 call(s) as follow-ups on {open_one.docket}."
    )


def test_stopping_the_progress_keeps_what_was_logged(qtbot, bar, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = _list(tmp_path, 250)
    dialog = bar.open_intake()
    with patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        dialog.choose()
    from PySide6.QtWidgets import QProgressDialog

    with patch.object(QProgressDialog, "wasCanceled", return_value=True):
        result = dialog.log()
    assert result is not None and result.stopped and result.logged == 100
    assert "take in the same file again to log the rest" in dialog.preview.toPlainText()
    assert _count(desk.db) == 100


def test_a_bad_list_is_shown_row_by_row_and_cannot_be_logged(qtbot, bar, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "hearing.csv"
    path.write_text(
        "received_at,caller_mobile,locality,type\n01-06-2026 10:00,12345,Buxar,KITE\n"
        "tomorrow,9835012345,,FUSE_OFF\n",
        encoding="utf-8",
    )
    dialog = bar.open_intake()
    dialog.channel.setCurrentIndex(dialog.channel.findData("hearing"))
    with patch.object(QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        dialog.choose()
    text = dialog.preview.toPlainText().splitlines()
    assert text[0].startswith("hearing.csv cannot be taken in: ")
    assert "row 2: type 'KITE' is not a complaint type (give its code, such as FUSE_OFF)" in text
    assert any(line.startswith("row 3: received_at 'tomorrow'") for line in text)
    assert not dialog.log_button.isEnabled() and _count(desk.db) == 0


def test_an_inspector_sees_export_but_not_intake(qtbot, db, centre) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.session import DeskSession
    from fusecentre_app.services import accounts

    inspector = accounts.create_user(
        db,
        username="insp",
        full_name="Inspector",
        password="desk-pass-1",
        role="inspector",
        centre_id=None,
    )
    widget = DataActions(DeskSession(db, inspector, centre))
    qtbot.addWidget(widget)
    assert widget.intake_button.isHidden() and not widget.export_button.isHidden()
