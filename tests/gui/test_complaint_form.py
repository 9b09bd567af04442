"""A clerk at the keyboard: the complaint form driven with pytest-qt, checked in the database."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from unittest.mock import patch

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import select

from fusecentre_app.db.models import Complaint, ComplaintEvent, Feeder, Locality
from fusecentre_app.domain.enums import Status
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot, desk) -> Iterator[ComplaintForm]:  # type: ignore[no-untyped-def]
    widget = ComplaintForm(desk)  # closed below rather than by qtbot, which would block on it
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.ui.mobileEdit.setFocus()
    yield widget
    # Closing a form with unsaved input asks first; answer for the clerk at teardown.
    discard = QMessageBox.StandardButton.Discard
    with patch.object(QMessageBox, "question", return_value=discard):
        widget.close()
    widget.deleteLater()


def type_text(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a clerk would: Latin text as key presses, Hindi as an input method commits it
    (QTest can only press keys for Latin-1 characters)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_then_tab(qtbot, text: str = "") -> None:  # type: ignore[no-untyped-def]
    widget = QApplication.focusWidget()
    assert widget is not None
    if text:
        type_text(qtbot, widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Tab)


def focused_name() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else ""


def complaints(db) -> list[Complaint]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        return list(s.scalars(select(Complaint).order_by(Complaint.id)))


def a_locality(db) -> tuple[str, str, int]:  # type: ignore[no-untyped-def]
    with db.read() as s:
        loc, code = s.execute(
            select(Locality, Feeder.code)
            .join(Feeder, Feeder.id == Locality.feeder_id)
            .where(Feeder.code.like("F-BXR%"), Locality.dt_id.is_not(None))
            .order_by(Locality.name_en)
        ).first()
        return loc.name_en, code, loc.feeder_id


def test_new_complaint_logged_with_the_keyboard_alone(qtbot, form, db, clerk) -> None:  # type: ignore[no-untyped-def]
    village, feeder_code, feeder_id = a_locality(db)
    assert focused_name() == "mobileEdit"
    type_then_tab(qtbot, "+91 98350 12345")
    assert focused_name() == "callerNameEdit"
    type_then_tab(qtbot, "सुनील कुमार")
    type_then_tab(qtbot, "101234567890")
    assert focused_name() == "localityEdit"
    type_then_tab(qtbot, village)
    # The village filled in its feeder.
    assert form.ui.feederCombo.currentText().startswith(feeder_code)
    type_then_tab(qtbot, "Ward 7")  # address
    type_then_tab(qtbot, "पंचायत भवन के पास")  # landmark
    assert focused_name() == "feederCombo"
    type_then_tab(qtbot)  # feeder as filled in
    assert focused_name() == "dtCombo"
    type_then_tab(qtbot)  # DT as filled in
    assert focused_name() == "typeCombo"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # first type: fuse blown
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    assert form.ui.pages.currentWidget() is form.ui.savedPage
    [saved] = complaints(db)
    assert form.ui.docketLabel.text() == saved.docket
    assert saved.docket.startswith("BXR-") and saved.serial == 1
    assert (saved.caller_mobile, saved.caller_name, saved.consumer_no) == (
        "+919835012345",
        "सुनील कुमार",
        "101234567890",
    )
    assert (saved.locality, saved.address, saved.landmark) == (village, "Ward 7", "पंचायत भवन के पास")
    assert saved.feeder_id == feeder_id and saved.dt_id is not None
    assert saved.type_code == "FUSE_OFF" and saved.status == Status.NEW.value
    assert saved.logged_by_id == clerk.id
    assert "SoP" in form.ui.dueLabel.text()
    # Enter on the saved page closes the form.
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not form.isVisible()


def test_returning_caller_sees_history_and_records_a_follow_up(
    qtbot, form, db, centre, clerk
) -> None:  # type: ignore[no-untyped-def]
    village, _code, feeder_id = a_locality(db)
    earlier = log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835054321",
            caller_name="Mohan Singh",
            locality=village,
            feeder_id=feeder_id,
            type_code="FUSE_OFF",
        ),
        centre_id=centre.id,
        user_id=clerk.id,
    )
    qtbot.keyClicks(form.ui.mobileEdit, "098350 54321")
    assert form.ui.historyList.count() == 1
    assert earlier.docket in form.ui.historyList.item(0).text()
    assert form.ui.followUpButton.isVisible()
    assert earlier.docket in form.ui.followUpButton.text()
    # What the desk knew about the caller is filled in.
    assert form.ui.callerNameEdit.text() == "Mohan Singh"
    assert form.ui.localityEdit.text() == village
    type_text(qtbot, form.ui.descriptionEdit, "दूसरी बार फोन")
    qtbot.mouseClick(form.ui.followUpButton, Qt.MouseButton.LeftButton)

    assert form.ui.pages.currentWidget() is form.ui.savedPage
    assert form.ui.docketLabel.text() == earlier.docket
    [only] = complaints(db)
    assert only.call_count == 2
    with db.read() as s:
        kinds = s.scalars(select(ComplaintEvent.kind).order_by(ComplaintEvent.id)).all()
        note = s.scalars(select(ComplaintEvent.data).order_by(ComplaintEvent.id.desc())).first()
    assert kinds == ["logged", "follow_up"]
    assert note["note"] == "दूसरी बार फोन"


def test_unknown_number_says_no_history_and_saves_as_new(qtbot, form, db) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.ui.mobileEdit, "9835099999")
    assert form.ui.historyList.count() == 0
    assert not form.ui.followUpButton.isVisible()
    assert "No earlier" in form.ui.historyLabel.text()


def test_invalid_input_is_reported_at_each_field_and_nothing_saved(qtbot, form, db) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.ui.mobileEdit, "12345")
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.entryPage
    assert form.ui.mobileError.isVisible() and "short" in form.ui.mobileError.text()
    assert form.ui.localityError.isVisible()
    assert form.ui.typeError.isVisible()
    assert focused_name() == "mobileEdit"
    assert complaints(db) == []
    # A feeder typed that is not in the list is named, not silently dropped.
    form.ui.mobileEdit.setText("9835012345")
    form.ui.localityEdit.setText("Somewhere")
    form.ui.typeCombo.setCurrentIndex(1)
    form.ui.feederCombo.setEditText("no such feeder")
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert form.ui.feederError.isVisible()
    assert not form.ui.mobileError.isVisible()
    assert complaints(db) == []


def test_failed_save_keeps_everything_typed_and_retry_works(qtbot, form, db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.ui.mobileEdit, "9835012345")
    type_text(qtbot, form.ui.callerNameEdit, "राधा देवी")
    qtbot.keyClicks(form.ui.localityEdit, "Sohni Patti")
    type_text(qtbot, form.ui.descriptionEdit, "पूरे मोहल्ले की बिजली गई")
    form.ui.typeCombo.setCurrentIndex(2)
    holder = sqlite3.connect(tmp_path / "desk.sqlite")
    holder.execute("BEGIN IMMEDIATE")  # another program holds the database
    try:
        qtbot.keyClick(form.ui.descriptionEdit, Qt.Key.Key_Return)
        assert form.ui.pages.currentWidget() is form.ui.entryPage
        assert form.ui.formError.isVisible()
        assert "entries are kept" in form.ui.formError.text()
        assert form.ui.callerNameEdit.text() == "राधा देवी"
        assert form.ui.descriptionEdit.text() == "पूरे मोहल्ले की बिजली गई"
        assert form.ui.typeCombo.currentIndex() == 2
    finally:
        holder.rollback()
        holder.close()
    assert complaints(db) == []
    qtbot.keyClick(form.ui.descriptionEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    [saved] = complaints(db)
    assert saved.caller_name == "राधा देवी" and saved.serial == 1


def test_escape_asks_before_discarding(qtbot, form, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]

    def fake_question(*args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[1])
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", fake_question)
    qtbot.keyClicks(form.ui.mobileEdit, "98350")
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Escape)
    assert asked and form.isVisible() and form.ui.mobileEdit.text() == "98350"
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_escape_on_an_empty_form_closes_without_asking(qtbot, form, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def fail(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise AssertionError("asked about an empty form")

    monkeypatch.setattr(QMessageBox, "question", fail)
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Escape)
    assert not form.isVisible()


def test_channel_fields_appear_only_when_needed(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    combo = form.ui.channelCombo
    assert not form.ui.channelRefEdit.isVisible() and not form.ui.forwardedByCombo.isVisible()
    combo.setCurrentIndex(combo.findData("social"))
    assert form.ui.channelRefEdit.isVisible()
    combo.setCurrentIndex(combo.findData("officer"))
    assert form.ui.forwardedByCombo.isVisible() and not form.ui.channelRefEdit.isVisible()


def test_ctrl_n_on_the_saved_page_starts_the_next_call(qtbot, form, db) -> None:  # type: ignore[no-untyped-def]
    form.ui.mobileEdit.setText("9835012345")
    form.ui.localityEdit.setText("Sohni Patti")
    form.ui.typeCombo.setCurrentIndex(1)
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    qtbot.keyClick(form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert form.ui.pages.currentWidget() is form.ui.entryPage
    assert form.ui.mobileEdit.text() == "" and focused_name() == "mobileEdit"


def keyboard():  # type: ignore[no-untyped-def]
    """Where a key typed now goes: an open pop-up (a completer's list) takes it first."""
    return QApplication.activePopupWidget() or QApplication.focusWidget()


def test_a_shortcut_with_the_village_list_open_goes_to_its_field(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(form.ui.localityEdit, "Sonpa")
    popup = form.ui.localityEdit.completer().popup()
    assert popup.isVisible()  # the village list is open
    qtbot.keyClick(keyboard(), Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert not popup.isVisible()
    assert focused_name() == "typeCombo"
    qtbot.keyClick(keyboard(), Qt.Key.Key_F)  # the first type starting with "f"
    assert form.ui.localityEdit.text() == "Sonpa"
    assert form.ui.typeCombo.currentData() == "FUSE_OFF"


def test_the_feeder_list_closes_when_the_clerk_moves_on(qtbot, form) -> None:  # type: ignore[no-untyped-def]
    combo = form.ui.feederCombo
    combo.setFocus()
    qtbot.keyClicks(combo.lineEdit(), "BXR")
    popup = combo.completer().popup()
    assert popup.isVisible()
    qtbot.keyClick(keyboard(), Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # &Description
    assert not popup.isVisible()
    assert focused_name() == "descriptionEdit"
    qtbot.keyClicks(keyboard(), "pole")
    assert form.ui.descriptionEdit.text() == "pole"
    assert combo.currentText() == "BXR"


def an_open_complaint(db, centre, clerk, *, received_at=None):  # type: ignore[no-untyped-def]
    village, _code, feeder_id = a_locality(db)
    return log_complaint(
        db,
        ComplaintDraft(
            caller_mobile="9835054321",
            caller_name="Mohan Singh",
            locality=village,
            feeder_id=feeder_id,
            type_code="FUSE_OFF",
            received_at=received_at,
        ),
        centre_id=centre.id,
        user_id=clerk.id,
    )


def test_enter_records_a_returning_callers_call_as_a_follow_up(
    qtbot, form, db, centre, clerk
) -> None:  # type: ignore[no-untyped-def]
    earlier = an_open_complaint(db, centre, clerk)
    qtbot.keyClicks(form.ui.mobileEdit, "9835054321")
    assert form.ui.followUpButton.isDefault() and not form.ui.saveButton.isDefault()
    form.ui.typeCombo.setCurrentIndex(1)  # even with the form complete enough to save
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    [only] = complaints(db)
    assert only.id == earlier.id and only.call_count == 2
    assert "restored by" in form.ui.dueLabel.text()


def test_an_open_complaint_at_another_centre_is_not_offered_for_a_follow_up(
    qtbot, form, db, centre, clerk
) -> None:  # type: ignore[no-untyped-def]
    """The caller's open complaint at Dumraon is Dumraon's to follow up: at Buxar, Enter
    saves a complaint of Buxar's own."""
    from fusecentre_app.services import accounts, masterdata
    from tests.conftest import PASSWORD

    dumraon = masterdata.centre_by_code(db, "DMR")
    pooja = accounts.create_user(
        db, username="pooja", full_name="Pooja", password=PASSWORD, centre_id=dumraon.id
    )
    theirs = log_complaint(
        db,
        ComplaintDraft(caller_mobile="9835054321", locality="Chaugain", type_code="FUSE_OFF"),
        centre_id=dumraon.id,
        user_id=pooja.id,
    )
    qtbot.keyClicks(form.ui.mobileEdit, "9835054321")
    assert theirs.docket in form.ui.historyList.item(0).text()  # the history shows it
    assert form.ui.followUpButton.isHidden() and form.ui.saveButton.isDefault()
    form.ui.typeCombo.setCurrentIndex(form.ui.typeCombo.findData("FUSE_OFF"))
    form.ui.localityEdit.setText("Sohni Patti")
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    assert sorted(c.centre_id for c in complaints(db)) == sorted([dumraon.id, centre.id])


def test_a_new_complaint_for_a_caller_with_an_open_one_is_asked_for(
    qtbot, form, db, centre, clerk, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    earlier = an_open_complaint(db, centre, clerk)
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.No]

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return answer[0]

    monkeypatch.setattr(QMessageBox, "question", question)
    qtbot.keyClicks(form.ui.mobileEdit, "9835054321")
    form.ui.typeCombo.setCurrentIndex(form.ui.typeCombo.findData("LINE_BREAK"))
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert asked and earlier.docket in asked[0]
    assert form.ui.pages.currentWidget() is form.ui.entryPage
    assert len(complaints(db)) == 1  # nothing saved, everything kept
    assert form.ui.typeCombo.currentData() == "LINE_BREAK"
    answer[0] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(form.ui.saveButton, Qt.MouseButton.LeftButton)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    assert [c.type_code for c in complaints(db)] == ["FUSE_OFF", "LINE_BREAK"]


def test_a_follow_up_on_an_overdue_complaint_says_how_late_it_is(
    qtbot, form, db, centre, clerk
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from fusecentre_app.domain.timeutil import utcnow

    earlier = an_open_complaint(db, centre, clerk, received_at=utcnow() - timedelta(hours=30))
    assert earlier.sop_due_at < utcnow()
    qtbot.keyClicks(form.ui.mobileEdit, "9835054321")
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    text = form.ui.dueLabel.text()
    assert text.startswith("Overdue by ") and "restored by" not in text
    late_minutes = (utcnow() - earlier.sop_due_at).total_seconds() // 60
    assert f"{int(late_minutes // 60)} h" in text


def test_a_call_within_a_planned_shutdown_is_told_when_supply_is_back(qtbot, form, db) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from fusecentre_app.domain.timeutil import format_local, utcnow
    from fusecentre_app.services.shutdowns import ShutdownDraft, register_shutdown
    from fusecentre_app.services.uow import CommandLine

    village, feeder_code, feeder_id = a_locality(db)
    now = utcnow()
    end = now + timedelta(hours=2)
    draft = ShutdownDraft(feeder_code, now - timedelta(hours=1), end, "line repair", "sms")
    register_shutdown(db, draft, by=CommandLine.current())
    form.ui.mobileEdit.setText("9835012345")
    form.ui.localityEdit.setText(village)
    form.ui.feederCombo.setCurrentIndex(form.ui.feederCombo.findData(feeder_id))
    form.ui.typeCombo.setCurrentIndex(1)
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert form.ui.pages.currentWidget() is form.ui.savedPage
    text = form.ui.savedDetail.text()
    assert f"Planned shutdown of {feeder_code}: supply back at {format_local(end)}" in text
