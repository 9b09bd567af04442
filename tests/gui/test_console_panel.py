"""The Division tab: only supervisors, inspectors and administrators have it; it reads the
month when first shown, not when the window is built; its tables show the console's figures
for the month and centre chosen; and its monthly PDF is previewed (not on record) and saved
(on record) through the desk's PDF dialog. It fits 1280×720 and 1366×768."""

from __future__ import annotations

from datetime import date
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from fusecentre_app.db.models import AuditRecord
from fusecentre_app.gui import console_panel
from fusecentre_app.gui.console_panel import ConsolePanel
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.console import CONSOLE_PRINTED
from tests.gui.test_hindi_messages import hindi  # noqa: F401
from tests.services.test_console import build_month


@pytest.fixture
def ee_desk(qapp, db, centre, clerk, supervisor):  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.app import make_application

    make_application()
    facts = build_month(db, centre, clerk, supervisor)
    return DeskSession(db, facts["ee"], centre), facts


def _cells(table) -> list[list[str]]:  # type: ignore[no-untyped-def]
    return [
        [table.item(r, c).text() if table.item(r, c) else "" for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]


def test_only_supervisors_inspectors_and_admins_have_the_tab(qtbot, desk, ee_desk) -> None:  # type: ignore[no-untyped-def]
    clerk_window = MainWindow(desk)
    qtbot.addWidget(clerk_window)
    assert clerk_window.console is None
    session, _facts = ee_desk
    window = MainWindow(session)
    qtbot.addWidget(window)
    assert window.console is not None
    assert window.tabs.tabText(window.tabs.indexOf(window.console)) == "Division"
    assert window.console.console is None  # not read while the window is built


def test_the_month_on_screen(qtbot, ee_desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session, facts = ee_desk
    read: list[date] = []
    real = console_panel.division_console

    def counting(db, month, **kwargs):  # type: ignore[no-untyped-def]
        read.append(month)
        return real(db, month, **kwargs)

    monkeypatch.setattr(console_panel, "division_console", counting)
    panel = ConsolePanel(session)
    qtbot.addWidget(panel)
    assert read == []
    panel.month.setDate(QDate(2026, 6, 1))
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.wait_for_read()
    assert read == [date(2026, 6, 1)]  # read when first shown, on a worker thread
    panel.hide()
    panel.show()
    assert panel.wait_for_read() and len(read) == 1  # and not again on every showing

    centres = _cells(panel.centres)
    assert centres[0] == ["Received", "5", "0", "5"]  # BXR, DMR, the division
    assert centres[3] == ["SoP met", "50.0%", "—", "50.0%"]
    assert centres[5] == ["False closures found", "1", "0", "1"]
    assert centres[6] == ["Inspections done / required", "1 / 4", "0 / 4", "1 / 8"]
    assert _cells(panel.types) == [["Fuse blown / फ्यूज उड़ा", "1.8", "—"]]
    assert _cells(panel.funnel)[-1] == ["Division", "6", "5", "1", "1"]
    officers = _cells(panel.officers)
    lineman = facts["lineman"]
    row = next(r for r in officers if r[1].startswith(lineman.name_en))
    assert row[0] == "BXR" and row[2] == "Lineman"
    assert row[3:] == ["3", "1 (+0)", "0 (+0)", "1 (+1)"]
    assert [r[0] for r in _cells(panel.feeders)] == ["F-BXR-01"]
    claims = _cells(panel.claims)
    assert [r[2] for r in claims] == ["Ram Pravesh Yadav", "Sunita Devi"]
    assert [r[3] for r in claims] == ["Overdue", "Awaiting"]
    assert "2 claim(s) pending, 1 overdue" in panel.status.text()

    # One centre, by the picker: Dumraon had nothing in June.
    panel.centre.setCurrentIndex(panel.centre.findData("DMR"))
    panel.show_button.click()
    assert not panel.show_button.isEnabled()  # until the month is read
    assert panel.wait_for_read() and panel.show_button.isEnabled()
    assert _cells(panel.centres)[0] == ["Received", "0"]
    assert panel.officers.rowCount() == 0 and panel.claims.rowCount() == 0


def test_a_month_that_cannot_be_read_is_one_sentence(qtbot, ee_desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    session, _facts = ee_desk
    panel = ConsolePanel(session)
    qtbot.addWidget(panel)

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")

    monkeypatch.setattr(console_panel, "division_console", broken)
    panel.refresh()
    assert panel.wait_for_read()
    assert panel.status.text() == "The month could not be read; the log file has the details."
    assert panel.console is None and panel.show_button.isEnabled()


def test_a_failed_read_leaves_no_other_month(qtbot, ee_desk, monkeypatch, caplog) -> None:  # type: ignore[no-untyped-def]
    session, _facts = ee_desk
    panel = ConsolePanel(session)
    qtbot.addWidget(panel)
    panel.month.setDate(QDate(2026, 6, 1))
    panel.refresh()
    assert panel.wait_for_read() and _cells(panel.centres)[0][1] == "5"

    def broken(*_args, **_kwargs):  # type: ignore[no-untyped-def]
        raise OSError("disk I/O error")

    monkeypatch.setattr(console_panel, "division_console", broken)
    panel.month.setDate(QDate(2026, 5, 1))
    panel.refresh()
    assert panel.wait_for_read()
    assert panel.status.text() == "The month could not be read; the log file has the details."
    # June's figures are not left under May's name in the picker.
    for table in (panel.centres, panel.types, panel.funnel, panel.officers, panel.claims):
        assert table.rowCount() == 0
    assert panel.console is None
    assert "the division console could not be read" in caplog.text
    assert "disk I/O error" in caplog.text


@pytest.mark.usefixtures("hindi")
def test_the_tab_in_hindi(qtbot, ee_desk) -> None:  # type: ignore[no-untyped-def]
    session, facts = ee_desk
    panel = ConsolePanel(session)
    qtbot.addWidget(panel)
    panel.month.setDate(QDate(2026, 6, 1))
    panel.refresh()
    assert panel.wait_for_read()
    row = next(r for r in _cells(panel.officers) if r[1].startswith(facts["lineman"].name_en))
    assert row[2] == "लाइनमैन"
    assert _cells(panel.types)[0][0] == "Fuse blown / फ्यूज उड़ा"  # the form's names

    # A centre gone from the store since the picker was filled: its refusal in Hindi.
    panel.centre.addItem("XYZ", "XYZ")
    panel.centre.setCurrentIndex(panel.centre.count() - 1)
    panel.refresh()
    assert panel.wait_for_read()
    assert panel.status.text() == "XYZ नाम का कोई केंद्र नहीं है।"
    assert panel.officers.rowCount() == 0


def test_the_monthly_pdf_preview_and_save(qtbot, ee_desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, _facts = ee_desk
    panel = ConsolePanel(session)
    qtbot.addWidget(panel)
    panel.month.setDate(QDate(2026, 6, 1))
    dialog = panel.open_pdf()
    assert dialog.chosen_centre() is None and dialog.file_name() == "console-division-2026-06.pdf"
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.document.pageCount() == dialog.rendered.pages >= 1

    def printed() -> int:
        with session.db.read() as s:
            kinds = s.scalars(select(AuditRecord.kind).where(AuditRecord.kind == CONSOLE_PRINTED))
            return len(list(kinds))

    assert printed() == 0  # a preview is not on record
    dialog.language.setCurrentIndex(dialog.language.findData("hi"))
    target = tmp_path / "console.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        assert dialog.save() == target
    assert printed() == 1
    assert len(PdfReader(target).pages) == dialog.rendered.pages
    assert "— Division Console" in PdfReader(target).pages[0].extract_text()  # Hindi first


@pytest.mark.parametrize("size", [QSize(1280, 720), QSize(1366, 768)])
def test_the_tab_fits_the_centres_screen(qtbot, ee_desk, size, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, _facts = ee_desk
    window = MainWindow(session)
    qtbot.addWidget(window)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    window.tabs.setCurrentWidget(window.console)
    panel = window.console
    panel.month.setDate(QDate(2026, 6, 1))
    assert panel.wait_for_read()  # shown, so read
    panel.refresh()
    assert panel.wait_for_read() and panel.console is not None
    assert panel.console.month == date(2026, 6, 1)
    assert window.minimumSizeHint().width() <= size.width()
    assert window.width() == size.width() and window.height() == size.height()
    # Every control and every table is in sight, none squeezed to nothing.
    for widget in (
        panel.month,
        panel.centre,
        panel.show_button,
        panel.pdf_button,
        panel.reg13_button,
        panel.compensation_button,
        panel.case_file_button,
    ):
        assert widget.isVisible() and widget.width() >= widget.minimumSizeHint().width()
        corner = widget.mapTo(window, widget.rect().bottomRight())
        assert corner.x() <= size.width() and corner.y() <= size.height()
    for table in (panel.centres, panel.types, panel.funnel, panel.officers, panel.feeders):
        assert (
            table.isVisible() and table.height() >= 3 * table.verticalHeader().defaultSectionSize()
        )
    # The centres' measures are all in sight without scrolling.
    assert panel.centres.verticalScrollBar().maximum() == 0
    window.grab().save(str(tmp_path / f"division-{size.width()}.png"))
