"""The inspector's desk: read-only, the inspection tab first; a printed digest checked; a
random sample drawn, called back and recorded; remarks that reach the register."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from fusecentre_app.demo import build_demo
from fusecentre_app.domain.timeutil import local_day
from fusecentre_app.gui.inspection_panel import (
    CALL_COLUMN,
    NOTE_COLUMN,
    RESULT_COLUMN,
    InspectionPanel,
)
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.reports.printing import register_pdf
from fusecentre_app.services import accounts, inspection
from tests.support import demo_user

pytestmark = pytest.mark.gui
END = datetime(2026, 6, 3, 12, 0, tzinfo=UTC)
DAY = local_day(END - timedelta(days=1))


@pytest.fixture
def inspector_desk(qapp, empty_db):  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.app import make_application
    from fusecentre_app.services.masterdata import centre_by_code

    make_application()
    build_demo(empty_db, days=2, per_day=40, seed=4, end=END)
    user = accounts.create_user(
        empty_db,
        username="inspector",
        full_name="Rajesh Kumar Srivastava",
        password="checks-the-desk-7",
        centre_id=None,
        role="inspector",
    )
    return DeskSession(empty_db, user, centre_by_code(empty_db, "BXR"))


class Catcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url.toString())


def test_the_inspectors_desk_is_read_only(qtbot, inspector_desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(inspector_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.tabs.currentWidget() is window.inspection
    assert not window.new_action.isVisible() and window.open_complaint_form() is None
    assert not window.directory.import_button.isVisibleTo(window.directory)
    window.tabs.setCurrentWidget(window.queue)
    assert window.queue.wait_for_refresh()  # the list is read on a worker
    window.queue.table.selectRow(0)
    details = window.queue.details
    assert details.detail is not None
    for button in (
        details.assign_button,
        details.attend_button,
        details.resolve_button,
        details.restored_button,
        details.cancel_button,
        details.contact_button,
    ):
        assert not button.isVisibleTo(details)
    # The directory still gives numbers, but nothing goes on record from an inspector's desk.
    dialog = window.directory.contact_selected() if window.directory.selected_id() else None
    if dialog is None:
        window.directory.select_officer(window.directory._all_items()[0].data(0, 0x100))
        dialog = window.directory.contact_selected()
    assert dialog is not None and not dialog.call_button.isEnabled()
    assert not dialog.scanned_button.isEnabled() and dialog.qr is not None
    with patch.object(QMessageBox, "question", return_value=QMessageBox.StandardButton.Discard):
        window.close()


def test_digest_sample_results_and_remarks(qtbot, inspector_desk, tmp_path, print_dialog) -> None:  # type: ignore[no-untyped-def]
    db = inspector_desk.db
    printed = register_pdf(db, "BXR", DAY, user_name="Demo Clerk")
    printed.put_on_record(db, by=demo_user(db))
    panel = InspectionPanel(inspector_desk)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    panel.date.setDate(QDate(DAY.year, DAY.month, DAY.day))

    panel.digest.setText("0" * 64)
    assert panel.check_digest() is None and "give the event number" in panel.digest_result.text()
    panel.digest.setText(printed.digest)
    assert panel.check_digest() is True
    assert "matches the records" in panel.digest_result.text()

    dialog = panel.open_register()
    assert dialog.document.pageCount() >= 1 and dialog.day() == DAY

    assert panel.size.value() == 16  # the division's default
    panel.size.setValue(5)
    first = panel.start(seed=3)
    assert first is not None and len(first.sample) == 5 and panel.table.rowCount() == 5
    assert first.digest_ok is True and "draw 1" in panel.status.text()
    info = panel.draw_again(seed=4)  # a second draw: both stay on record
    assert info is not None and [d.number for d in info.draws] == [1, 2]
    assert "draw 2" in panel.status.text() and panel.table.rowCount() == 5
    catcher = Catcher()
    QDesktopServices.setUrlHandler("tel", catcher, "open")
    try:
        qtbot.mouseClick(panel.table.cellWidget(0, CALL_COLUMN), Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("tel")
    assert catcher.urls == [f"tel:{info.sample[0].caller_mobile}"]
    for row, outcome in enumerate(["confirmed"] * 3 + ["not_restored"]):
        box = panel.table.cellWidget(row, RESULT_COLUMN)
        box.setCurrentIndex(box.findData(outcome))
    panel.finish_button.click()  # one consumer not called yet
    assert "not called yet" in panel.status.text()
    box = panel.table.cellWidget(4, RESULT_COLUMN)
    box.setCurrentIndex(box.findData("not_called"))  # without saying why: refused
    assert "why this consumer was not called" in panel.status.text()
    note = panel.table.cellWidget(4, NOTE_COLUMN)
    note.setText("number out of service")
    note.editingFinished.emit()
    recorded = inspection.inspection_info(db, info.id)
    assert [line.outcome for line in recorded.sample] == ["confirmed"] * 3 + [
        "not_restored",
        "not_called",
    ]
    assert recorded.sample[4].note == "number out of service"

    panel.finish_button.click()  # no remarks yet
    assert "remarks" in panel.status.text().lower()
    panel.remarks.setPlainText("Register in order; one consumer says supply was not restored.")
    report = tmp_path / "inspection.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(report), "")):
        panel.finish_button.click()
    assert "finished" in panel.status.text() and "Report saved" in panel.status.text()
    assert not panel.finish_button.isEnabled()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(report).pages)
    assert "Rajesh Kumar Srivastava" in text and "one consumer says supply was not restored" in text
    kinds = [p.kind for p in inspection.prints_of(db, "BXR", DAY)]
    assert kinds == ["register", "inspection"]
    (remark,) = inspection.inspection_remarks(db, "BXR", DAY)
    assert "3 of 5 sampled consumers confirmed (1 not called" in remark
    assert "digest matched" in remark and "draw 1 at" in remark and "draw 2 at" in remark

    # The finished report on paper: the PDF itself, A4 landscape, on record once printed.
    assert panel.print_button.isEnabled()
    print_dialog.to_file(tmp_path / "printed-report.pdf")
    job = panel.print_report()
    assert job is not None
    with qtbot.waitSignal(job.done):
        pass
    page = PdfReader(tmp_path / "printed-report.pdf").pages[0]
    assert "Rajesh Kumar Srivastava" in page.extract_text()
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (842, 595)
    assert "Report sent to" in panel.status.text()
    kinds = [p.kind for p in inspection.prints_of(db, "BXR", DAY)]
    assert kinds == ["register", "inspection", "inspection"]


def test_the_sample_changes_language_and_keeps_each_result(qtbot, inspector_desk) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from fusecentre_app.gui.app import install_translations

    panel = InspectionPanel(inspector_desk)
    qtbot.addWidget(panel)
    panel.date.setDate(QDate(DAY.year, DAY.month, DAY.day))
    panel.size.setValue(3)
    assert panel.start(seed=3) is not None
    box = panel.table.cellWidget(0, RESULT_COLUMN)
    box.setCurrentIndex(box.findData("not_restored"))
    panel.table.cellWidget(1, NOTE_COLUMN).setText("फोन बंद")
    try:
        install_translations(QApplication.instance(), "hi")
        QApplication.processEvents()
        QApplication.processEvents()
        assert panel.check_button.text() == "डाइजेस्ट जाँचें (&C)"
        assert panel.table.horizontalHeaderItem(0).text() != "Docket"
        assert box.currentData() == "not_restored" and box.currentText() == "बहाल नहीं"
        assert panel.table.cellWidget(1, RESULT_COLUMN).itemText(0) == "— अभी कॉल नहीं —"
        assert panel.table.cellWidget(1, NOTE_COLUMN).text() == "फोन बंद"
        assert panel.table.cellWidget(0, CALL_COLUMN).text() == "कॉल"
    finally:
        install_translations(QApplication.instance(), "en")
