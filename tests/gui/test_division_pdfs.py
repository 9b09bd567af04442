"""The Division tab's PDFs: the Reg. 13 sheet, the compensation statement and an officer's
negligence case file, each previewed (not on record), saved (on record with the PDF's SHA-256,
as the command line records it), refused in one sentence for someone who may not print it
(nothing drawn, nothing on record), and fitting 1280×720. The case file in Hindi reads back
(pdftotext) Hindi first."""

from __future__ import annotations

import hashlib
import shutil
from datetime import date
from pathlib import Path
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, QSize
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog
from sqlalchemy import select

from fusecentre_app.cli import main
from fusecentre_app.db.models import AuditRecord, RegisterPrint
from fusecentre_app.gui.console_panel import ConsolePanel
from fusecentre_app.gui.division_pdfs import CaseFileDialog, CompensationDialog, Reg13Dialog
from fusecentre_app.gui.pdf_dialogs import PdfDialog
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import accounts
from fusecentre_app.services.compensation import STATEMENT_PRINTED
from fusecentre_app.services.masterdata import centre_by_code
from tests.cli.test_console_cli import _hindi, _text
from tests.conftest import PASSWORD
from tests.services.test_console import build_month

JUNE = date(2026, 6, 1)


@pytest.fixture
def ee_desk(qapp, db, centre, clerk, supervisor):  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.app import make_application

    make_application()
    facts = build_month(db, centre, clerk, supervisor)
    return DeskSession(db, facts["ee"], centre), facts


@pytest.fixture
def dmr_supervisor(db, ee_desk) -> DeskSession:  # type: ignore[no-untyped-def]
    """Dumraon's JE: may print Dumraon's papers, not Buxar's nor the division's."""
    dmr = centre_by_code(db, "DMR")
    user = accounts.create_user(
        db,
        username="dmr_je",
        full_name="Dumraon JE",
        password=PASSWORD,
        centre_id=dmr.id,
        role="supervisor",
    )
    return DeskSession(db, user, dmr)


def _panel(qtbot, session: DeskSession) -> ConsolePanel:  # type: ignore[no-untyped-def]
    panel = ConsolePanel(session)
    qtbot.addWidget(panel)
    panel.month.setDate(QDate(2026, 6, 1))
    return panel


def _ready(qtbot, dialog: PdfDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: dialog.document.status() == QPdfDocument.Status.Ready)
    assert dialog.rendered is not None
    assert dialog.document.pageCount() == dialog.rendered.pages >= 1
    assert dialog.status.text().startswith("Preview (not on record)")


def _save(dialog: PdfDialog, target: Path) -> str:
    """Save through the dialog as a clerk would; the saved file's SHA-256."""
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        assert dialog.save() == target
    assert dialog.status.text().startswith(f"Saved {target.name} (on record)")
    assert len(PdfReader(target).pages) == dialog.rendered.pages  # type: ignore[union-attr]
    return hashlib.sha256(target.read_bytes()).hexdigest()


def _prints(session: DeskSession, kind: str) -> list[RegisterPrint]:
    with session.db.read() as s:
        rows = s.scalars(select(RegisterPrint).where(RegisterPrint.kind == kind))
        return sorted(rows, key=lambda r: r.id)


def _audits(session: DeskSession, kind: str) -> list[AuditRecord]:
    with session.db.read() as s:
        rows = s.scalars(select(AuditRecord).where(AuditRecord.kind == kind))
        return sorted(rows, key=lambda r: r.id)


def _refused(qtbot, dialog: PdfDialog, words: str) -> None:  # type: ignore[no-untyped-def]
    """Previewed, printed or saved: refused in one sentence, nothing drawn or written."""
    qtbot.addWidget(dialog)
    dialog.preview()
    assert words in dialog.status.text()
    assert dialog.rendered is None and dialog.document.pageCount() == 0
    with patch.object(QFileDialog, "getSaveFileName", return_value=("/nonexistent/x.pdf", "")):
        assert dialog.save() is None
    assert words in dialog.status.text()


def test_the_reg13_sheet_preview_and_save(qtbot, ee_desk, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    session, _facts = ee_desk
    panel = _panel(qtbot, session)
    dialog = panel.open_reg13()
    assert isinstance(dialog, Reg13Dialog)
    assert dialog.chosen_centre() is None and dialog.file_name() == "reg13-division-2026-06.pdf"
    # The command line's defaults: sustained over 5 minutes (BERC), planned included.
    settings = dialog.settings()
    assert (settings.sustained_over_minutes, settings.include_planned) == (5.0, True)
    _ready(qtbot, dialog)
    assert "the division, 20 feeder(s), 1 page(s)" in dialog.status.text()
    assert _prints(session, "reg13") == []  # a preview is not on record

    dialog.sustained.setCurrentIndex(dialog.sustained.findData(3.0))
    dialog.planned.setCurrentIndex(dialog.planned.findData(False))
    dialog.language.setCurrentIndex(dialog.language.findData("hi"))  # type: ignore[union-attr]
    digest = _save(dialog, tmp_path / "reg13.pdf")
    desk_prints = _prints(session, "reg13")
    assert [p.centre_id for p in desk_prints] == [
        centre_by_code(session.db, code).id for code in ("BXR", "DMR")
    ]  # one per centre the division's sheet covers, as the command line's
    assert {p.digest for p in desk_prints} == {digest}
    assert {p.user_id for p in desk_prints} == {session.user.id}
    assert {p.day for p in desk_prints} == {date(2026, 6, 30)}

    # The command line's record of the same sheet says the same.
    out = tmp_path / "cli.pdf"
    code = main(
        [
            "indices",
            "--db",
            str(session.db.path),
            "--month",
            "2026-06",
            "--sustained-over",
            "3",
            "--planned",
            "exclude",
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    cli_prints = _prints(session, "reg13")[len(desk_prints) :]
    assert [(p.centre_id, p.day, p.note, p.pages) for p in cli_prints] == [
        (p.centre_id, p.day, p.note, p.pages) for p in desk_prints
    ]
    assert "sustained over 3 min, planned excluded" in desk_prints[0].note


def test_the_compensation_statement_preview_and_save(qtbot, ee_desk, tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    session, _facts = ee_desk
    panel = _panel(qtbot, session)
    panel.centre.setCurrentIndex(panel.centre.findData("BXR"))
    dialog = panel.open_compensation()
    assert isinstance(dialog, CompensationDialog)
    assert dialog.file_name() == "compensation-BXR-2026-06.pdf"
    assert dialog.language is None  # the statement is printed in both languages
    _ready(qtbot, dialog)
    assert "2 late" in dialog.status.text()  # B and C
    assert _audits(session, STATEMENT_PRINTED) == []

    digest = _save(dialog, tmp_path / "compensation.pdf")
    (record,) = _audits(session, STATEMENT_PRINTED)
    assert record.user_id == session.user.id
    assert record.centre_id == centre_by_code(session.db, "BXR").id
    assert record.data["sha256"] == digest
    assert record.data["month"] == "2026-06" and record.data["centre"] == "BXR"
    assert record.data["late"] == 2

    out = tmp_path / "cli.pdf"
    code = main(
        [
            "compensation",
            "--db",
            str(session.db.path),
            "--month",
            "2026-06",
            "--centre",
            "BXR",
            "-o",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    _desk, cli = _audits(session, STATEMENT_PRINTED)
    assert cli.data["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    same = ("month", "centre", "late", "total_rs", "pages")
    assert {k: cli.data[k] for k in same} == {k: record.data[k] for k in same}
    assert cli.centre_id == record.centre_id and cli.user_id is None  # the OS user's, by name


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_the_case_file_of_the_officer_chosen(qtbot, ee_desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, facts = ee_desk
    lineman = facts["lineman"]
    panel = _panel(qtbot, session)
    panel.refresh()
    assert panel.wait_for_read() and panel.console is not None
    assert not panel.case_file_button.isHidden()
    assert not panel.case_file_button.isEnabled()  # no officer chosen yet
    assert panel.open_case_file() is None
    row = next(n for n, o in enumerate(panel.console.officers) if o.officer_id == lineman.id)
    panel.officers.selectRow(row)
    assert panel.case_file_button.isEnabled() and panel.case_file_action.isEnabled()
    panel.case_file_button.click()
    dialog = panel.dialog
    assert isinstance(dialog, CaseFileDialog)
    assert dialog.period() == (date(2026, 6, 1), date(2026, 6, 30))  # the console's month
    assert dialog.employee_id == lineman.employee_id
    _ready(qtbot, dialog)
    assert _prints(session, "negligence") == []

    dialog.language.setCurrentIndex(dialog.language.findData("hi"))
    target = tmp_path / "case.pdf"
    digest = _save(dialog, target)
    (record,) = _prints(session, "negligence")
    assert record.digest == digest and record.user_id == session.user.id
    assert record.day == date(2026, 6, 30)
    period = "2026-06-01 to 2026-06-30"
    assert record.note == f"officer {lineman.employee_id} {lineman.name_en}, {period}"
    assert record.centre_id == centre_by_code(session.db, "BXR").id

    text = _text(target)
    title = text.strip().splitlines()[0].split("   ")[-1].strip()  # the masthead's right
    assert title.endswith("— Negligence Case File")  # Hindi first
    assert _hindi(text, "लापरवाही प्रकरण संचिका")
    assert _hindi(text, lineman.name_hi)
    assert _hindi(text, "सौंपी गई शिकायतें")
    assert _hindi(text, "मानक समय का उल्लंघन")


def test_refused_for_whom_may_not(qtbot, ee_desk, dmr_supervisor, desk) -> None:  # type: ignore[no-untyped-def]
    session, facts = ee_desk
    # Dumraon's JE may not print the division's sheet or statement (Buxar's among them)...
    _refused(qtbot, Reg13Dialog(dmr_supervisor, JUNE, None), "centre")
    _refused(qtbot, CompensationDialog(dmr_supervisor, JUNE, "BXR"), "centre")
    # ...nor draw the case file of Buxar's lineman.
    lineman = facts["lineman"]
    _refused(qtbot, CaseFileDialog(dmr_supervisor, lineman.employee_id, "x", JUNE), "centre")
    # A clerk may not draw a case file at all: the panel hides it, and the dialog refuses.
    panel = ConsolePanel(desk)
    qtbot.addWidget(panel)
    assert panel.case_file_button.isHidden() and panel.officers.actions() == []
    _refused(
        qtbot,
        CaseFileDialog(desk, lineman.employee_id, "x", JUNE),
        "Only a supervisor, an inspector or an administrator can print a negligence case file.",
    )
    assert _prints(session, "reg13") == [] and _prints(session, "negligence") == []
    assert _audits(session, STATEMENT_PRINTED) == []
    # Dumraon's own sheet is the JE's to print.
    own = Reg13Dialog(dmr_supervisor, JUNE, "DMR")
    qtbot.addWidget(own)
    own.preview()
    _ready(qtbot, own)


@pytest.mark.parametrize("kind", ["reg13", "compensation", "case file"])
def test_each_dialog_fits_1280x720(qtbot, ee_desk, kind, tmp_path) -> None:  # type: ignore[no-untyped-def]
    session, facts = ee_desk
    size = QSize(1280, 720)
    lineman = facts["lineman"]
    dialog: PdfDialog
    if kind == "reg13":
        dialog = Reg13Dialog(session, JUNE, None)
    elif kind == "compensation":
        dialog = CompensationDialog(session, JUNE, None)
    else:
        dialog = CaseFileDialog(session, lineman.employee_id, lineman.name_en, JUNE)
    qtbot.addWidget(dialog)
    assert dialog.minimumSizeHint().width() <= size.width()
    assert dialog.minimumSizeHint().height() <= size.height()
    dialog.resize(size)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.preview()
    _ready(qtbot, dialog)
    for button in (dialog.preview_button, dialog.print_button, dialog.save_button):
        corner = button.mapTo(dialog, button.rect().bottomRight())
        assert corner.x() <= size.width() and corner.y() <= size.height()
        assert button.width() >= button.minimumSizeHint().width()
    assert dialog.view.height() > size.height() // 2
    dialog.grab().save(str(tmp_path / f"{kind.replace(' ', '-')}-1280.png"))
