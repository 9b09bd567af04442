"""The register dialog: a preview from memory (not on record), saving and printing (each on
record with its digest), printing through a PDF printer in place of a real one."""

from __future__ import annotations

from datetime import timedelta
from unittest.mock import patch

import pytest
from pypdf import PdfReader
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFileDialog

from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.pdf_dialogs import RegisterDialog
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.inspection import match_printed_digest, prints_of

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, desk):  # type: ignore[no-untyped-def]
    for i, name in enumerate(["शत्रुघ्न क्षत्रिय", "Sunita Devi", "मोहम्मद रिज़वान ख़ान"]):
        log_complaint(
            desk.db,
            ComplaintDraft(
                caller_mobile=f"983501230{i}",
                caller_name=name,
                locality="Sohni Patti",
                type_code="FUSE_OFF",
            ),
            centre_id=desk.centre.id,
            user_id=desk.user.id,
        )
    widget = RegisterDialog(desk)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_preview_is_not_on_record(dialog, desk) -> None:  # type: ignore[no-untyped-def]
    dialog.preview_button.click()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert dialog.document.pageCount() == dialog.rendered.pages >= 1
    assert "Preview (not on record): 3 complaints" in dialog.status.text()
    assert prints_of(desk.db, desk.centre.code, local_day(utcnow())) == []
    # Rendering again replaces the preview (nothing holds a file open).
    dialog.preview_button.click()
    assert dialog.document.status() == QPdfDocument.Status.Ready


def test_save_and_print_are_on_record(qtbot, dialog, desk, tmp_path, print_dialog) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "register.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        dialog.save_button.click()
    assert target.read_bytes()[:5] == b"%PDF-"
    assert "(on record)" in dialog.status.text()
    day = local_day(utcnow())
    (saved,) = prints_of(desk.db, desk.centre.code, day)
    assert saved.printed_by == desk.user.full_name and saved.digest in dialog.status.text()
    assert match_printed_digest(desk.db, desk.centre.code, day, saved.digest).matches

    paper = tmp_path / "printed.pdf"
    print_dialog.to_file(paper)
    job = dialog.print_pdf()
    assert job is not None
    with qtbot.waitSignal(job.done):
        pass
    # "Print to file" is the PDF itself, not pages drawn again.
    assert paper.read_bytes() == dialog.rendered.pdf
    assert len(PdfReader(paper).pages) == dialog.document.pageCount()
    assert len(prints_of(desk.db, desk.centre.code, day)) == 2
    # A cancelled print dialog prints nothing and records nothing.
    print_dialog.cancel()
    assert dialog.print_pdf() is None
    assert len(prints_of(desk.db, desk.centre.code, day)) == 2


def test_a_save_or_print_to_file_the_store_cannot_record_leaves_no_pdf(  # type: ignore[no-untyped-def]
    qtbot, dialog, desk, tmp_path, print_dialog
) -> None:
    """A register saved, or printed to a file, from the desk takes its file name only once it
    is on record."""
    with desk.db.engine.begin() as conn:  # the store fails the print's record
        conn.exec_driver_sql(
            "CREATE TRIGGER no_print BEFORE INSERT ON register_print "
            "BEGIN SELECT RAISE(ABORT, 'disk full'); END"
        )
    target = tmp_path / "register.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        dialog.save_button.click()
    assert "Not saved, and nothing put on record" in dialog.status.text()
    assert not target.exists() and list(tmp_path.glob("register.pdf*")) == []

    paper = tmp_path / "printed.pdf"
    print_dialog.to_file(paper)
    job = dialog.print_pdf()
    assert job is not None
    with qtbot.waitSignal(job.failed):
        pass
    assert "Not printed, and nothing put on record" in dialog.status.text()
    assert not paper.exists() and list(tmp_path.glob("printed.pdf*")) == []
    assert dialog.print_button.isEnabled()
    assert prints_of(desk.db, desk.centre.code, local_day(utcnow())) == []


def test_a_day_not_begun_is_refused_in_the_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.date.setDate(dialog.date.date().addDays(3))
    dialog.preview_button.click()
    assert "has not begun" in dialog.status.text()


def test_a_handover_opened_on_now_is_of_the_moment_it_is_drawn(qtbot, desk, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Left on the time it opened with, the sheet is as of when it is drawn: minutes passing
    (or a full hour that ends no shift) drop nothing logged meanwhile."""
    from datetime import timedelta

    import fusecentre_app.gui.pdf_dialogs as pdf_dialogs
    from fusecentre_app.gui.pdf_dialogs import HandoverDialog

    opened_at = utcnow() - timedelta(minutes=7)
    monkeypatch.setattr(pdf_dialogs, "utcnow", lambda: opened_at)
    dialog = HandoverDialog(desk)  # opened seven minutes ago, on its "now"
    qtbot.addWidget(dialog)
    monkeypatch.undo()
    log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835012399", locality="Sohni Patti", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    assert dialog.moment() > opened_at + timedelta(minutes=6)
    dialog.preview_button.click()
    assert "1 open complaints" in dialog.status.text(), dialog.status.text()


def test_handover_dialog_previews_and_saves_on_record(qtbot, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from fusecentre_app.gui.pdf_dialogs import HandoverDialog

    log_complaint(
        desk.db,
        ComplaintDraft(
            caller_mobile="9835012399",
            caller_name="विद्यासागर पांडेय",
            locality="Sohni Patti",
            type_code="FUSE_OFF",
        ),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    dialog = HandoverDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.note.setText("बिजली कटौती: F-BXR-02 पर JE को सूचना दी")
    dialog.preview_button.click()
    assert dialog.document.status() == QPdfDocument.Status.Ready
    assert "1 open complaints" in dialog.status.text() and "not on record" in dialog.status.text()
    day = local_day(utcnow())
    assert prints_of(desk.db, desk.centre.code, day) == []
    target = tmp_path / "handover.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        dialog.save_button.click()
    text = " ".join(page.extract_text() for page in PdfReader(target).pages)
    assert desk.user.full_name in text
    (record,) = prints_of(desk.db, desk.centre.code, day)
    assert record.kind == "handover" and record.printed_by == desk.user.full_name

    # Chosen again later (that minute now past), it is that sheet, printed again.
    assert record.as_of is not None
    later = HandoverDialog(desk, at=record.as_of)
    qtbot.addWidget(later)
    with patch("fusecentre_app.gui.pdf_dialogs.utcnow", return_value=utcnow() + timedelta(2)):
        assert later.moment() == record.as_of


def test_a_failed_save_is_not_on_record(dialog, desk, tmp_path) -> None:  # type: ignore[no-untyped-def]
    target = tmp_path / "no such folder" / "register.pdf"
    with patch.object(QFileDialog, "getSaveFileName", return_value=(str(target), "")):
        dialog.save_button.click()
    assert dialog.status.text().startswith("Not saved")
    assert prints_of(desk.db, desk.centre.code, local_day(utcnow())) == []
    assert not list(tmp_path.rglob("*.part"))
