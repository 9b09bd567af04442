"""What the core says, in Hindi at the Hindi desk: a refusal from a real service call shown
through the desk's one write path, a field message at the complaint form, and the remarks of
a register printed at the Hindi desk; in English their text is what it always was. Every
template the core marks has a finished Hindi translation with the same values in it."""

from __future__ import annotations

import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from unittest.mock import patch

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from fusecentre_app.domain.messages import placeholders
from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.gui.app import install_translations, make_application
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.directory_panel import DirectoryPanel
from fusecentre_app.gui.messages import qt_lookup, shown
from fusecentre_app.gui.operations import Changed, DeskOp
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.paths import resources_dir, seeds_dir
from fusecentre_app.reports.printing import handover_pdf, register_pdf
from fusecentre_app.services import lifecycle
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint, record_follow_up
from fusecentre_app.services.errors import NotPermitted, ServiceError
from fusecentre_app.services.register_check import LaterEvent
from tests.domain.test_messages import marked_calls

pytestmark = pytest.mark.gui

TS = resources_dir() / "translations" / "fusecentre_hi.ts"
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
LETTERS = re.compile(r"[A-Za-z]")


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    make_application()
    translators = install_translations(qapp, "hi")
    assert translators, "fusecentre_hi.qm did not load"
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def _complaint(desk) -> int:  # type: ignore[no-untyped-def]
    return log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835012345", locality="Thatheri Bazar", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    ).id


def _refused(desk, op) -> list[str]:  # type: ignore[no-untyped-def]
    said: list[str] = []
    parent = QWidget()
    DeskOp(desk, parent, op, changes=Changed.COMPLAINT).on_refused(said.append).run()
    parent.deleteLater()
    return said


def test_a_clerk_s_refusals_are_hindi_at_the_hindi_desk_and_english_in_their_text(
    qtbot, desk, hindi
) -> None:  # type: ignore[no-untyped-def]
    complaint_id = _complaint(desk)
    cancel = lambda: lifecycle.cancel(desk.db, complaint_id, "दोहरी", user_id=desk.user.id)  # noqa: E731
    assert _refused(desk, cancel) == ["केवल पर्यवेक्षक ही शिकायत रद्द कर सकते हैं।"]
    with pytest.raises(NotPermitted) as refused:
        cancel()
    assert str(refused.value) == "Only a supervisor can cancel a complaint."

    # A refusal built of words: the state and the action are translated with the sentence.
    attend = lambda: lifecycle.attend(desk.db, complaint_id, user_id=desk.user.id)  # noqa: E731
    docket = _docket(desk, complaint_id)
    assert _refused(desk, attend) == [
        f"शिकायत {docket} नई है, इसलिए यह कार्य नहीं हो सकता: पहुँचना दर्ज करना।"
    ]
    with pytest.raises(ServiceError) as wrong_state:
        attend()
    assert str(wrong_state.value) == (
        f"Complaint {docket} is new, so it cannot be marked as attended."
    )


def _docket(desk, complaint_id: int) -> str:  # type: ignore[no-untyped-def]
    from fusecentre_app.db.models import Complaint

    with desk.db.read() as s:
        row = s.get(Complaint, complaint_id)
        assert row is not None
        return row.docket


def test_the_complaint_form_says_what_is_wrong_in_hindi(qtbot, desk, hindi) -> None:  # type: ignore[no-untyped-def]
    form = ComplaintForm(desk)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    qtbot.keyClicks(form.ui.mobileEdit, "12345")
    qtbot.keyClick(form.ui.mobileEdit, Qt.Key.Key_Return)
    assert form.ui.mobileError.text() == "यह नंबर बहुत छोटा है।"
    assert form.ui.localityError.text() == "गाँव या मोहल्ला लिखें ताकि लाइनमैन जगह ढूँढ सके।"
    assert form.ui.typeError.text() == "शिकायत का प्रकार चुनें।"
    form.ui.mobileEdit.clear()  # nothing typed is left to ask about when the form closes


def test_a_register_printed_at_the_hindi_desk_has_its_remarks_in_hindi(
    qtbot, desk, hindi, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    complaint_id = _complaint(desk)
    record_follow_up(desk.db, complaint_id, user_id=desk.user.id)
    record_follow_up(desk.db, complaint_id, user_id=desk.user.id)
    day = local_day(_received(desk, complaint_id))
    english = register_pdf(desk.db, desk.centre.code, day, user_name="Asha Kumari")
    printed = register_pdf(
        desk.db, desk.centre.code, day, user_name="Asha Kumari", lookup=qt_lookup
    )
    assert "3 calls received" in _text(english.pdf, tmp_path)
    text = _text(printed.pdf, tmp_path)
    assert "3 calls received" not in text
    # The status note and the remark, in Hindi ("प्राप्त" is drawn as conjunct glyphs that
    # pdftotext does not map back to letters, so the words before it are what it reads).
    assert re.search(r"नई।\s+3\s+कॉल", text), text
    assert re.search(r"\d\d:\d\d\s+तक", text), text  # when its SoP falls due ("due 00:34")
    assert printed.digest == english.digest  # the same records, whatever the words


def _received(desk, complaint_id: int):  # type: ignore[no-untyped-def]
    from fusecentre_app.db.models import Complaint

    with desk.db.read() as s:
        row = s.get(Complaint, complaint_id)
        assert row is not None
        return row.received_at


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "register.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def test_every_marked_template_has_a_finished_hindi_translation_with_its_values() -> None:
    catalogue: dict[tuple[str, str], ET.Element] = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            catalogue[(name, message.findtext("source", ""))] = translation
    calls = marked_calls()
    for path, node, template, _given in calls:
        context = node.args[0].args[0].value  # type: ignore[attr-defined]
        where = f"{path.name}:{node.lineno} {context}: {template!r}"
        translation = catalogue.get((context, template))
        assert translation is not None, f"{where} is not in the catalogue: run pyside6-lupdate"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        text = translation.text or ""
        assert placeholders(text) == placeholders(template), where
        if LETTERS.search(re.sub(r"\{[^}]*\}", "", template)):
            assert DEVANAGARI.search(text), f"{where} is not in Hindi"


def test_a_message_box_refusal_is_hindi_too(qtbot, desk, hindi, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Without a handler of its own, a refusal is a message box: in Hindi."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text, *a, **k: shown.append((title, text))
    )
    complaint_id = _complaint(desk)
    parent = QWidget()
    qtbot.addWidget(parent)
    DeskOp(
        desk,
        parent,
        lambda: lifecycle.cancel(desk.db, complaint_id, "x", user_id=desk.user.id),
        changes=Changed.COMPLAINT,
    ).run()
    assert [text for _title, text in shown] == ["केवल पर्यवेक्षक ही शिकायत रद्द कर सकते हैं।"]
    assert DEVANAGARI.search(shown[0][0])  # the box's title too


def test_an_import_refused_at_the_hindi_desk_names_its_bad_row_in_hindi(
    qtbot, desk, supervisor, hindi, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    panel = DirectoryPanel(DeskSession(desk.db, supervisor, desk.centre))
    qtbot.addWidget(panel)
    header = (seeds_dir() / "officers.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    bad = tmp_path / "officers.csv"
    row = "E9998,Naya Lineman,,FITTER,9431055555,,,"
    bad.write_text(f"{header}\r\n{row}\r\n", encoding="utf-8-sig")
    with (
        patch.object(QFileDialog, "getOpenFileName", return_value=(str(bad), "")),
        patch.object(QMessageBox, "exec", return_value=0),
    ):
        panel.import_button.click()
    said = panel.status.text()
    assert "पंक्ति 2: पदनाम 'FITTER' EE, SDO, JE, LINEMAN में से कोई नहीं है" in said, said


def test_a_handover_sheet_printed_at_the_hindi_desk_has_its_notes_in_hindi(
    qtbot, desk, hindi, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    complaint_id = _complaint(desk)
    record_follow_up(desk.db, complaint_id, user_id=desk.user.id)
    at = utcnow()
    english = handover_pdf(desk.db, desk.centre.code, at, outgoing_clerk="Asha Kumari")
    printed = handover_pdf(
        desk.db, desk.centre.code, at, outgoing_clerk="Asha Kumari", lookup=qt_lookup
    )
    assert "2 calls" in _text(english.pdf, tmp_path)
    text = _text(printed.pdf, tmp_path)
    assert "2 calls" not in text and re.search(r"2\s+कॉल", text), text


def test_what_was_recorded_after_a_print_is_said_in_hindi(hindi) -> None:  # type: ignore[no-untyped-def]
    later = LaterEvent("BXR-20260601-004", 7, utcnow(), "amended", "Ravi Kumar")
    assert later.sentence == "BXR-20260601-004: corrected after the print by Ravi Kumar"
    assert shown(later.sentence) == "BXR-20260601-004: छपाई के बाद Ravi Kumar द्वारा सुधारी गई"
