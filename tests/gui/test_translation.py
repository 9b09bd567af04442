"""The Hindi interface: the main window in Hindi, and a Hindi catalogue that is complete,
keeps every placeholder and accelerator, and is compiled into the committed .qm file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from fusecentre_app.cli import _parser
from fusecentre_app.domain.enums import Status
from fusecentre_app.gui.app import chosen_language, install_translations
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.labels import status_text
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.paths import resources_dir

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
TS = TRANSLATIONS / "fusecentre_hi.ts"
QM = TRANSLATIONS / "fusecentre_hi.qm"
PLACEHOLDER = re.compile(r"%\d")
MNEMONIC = re.compile(r"&(?!&)(.)")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")


def _tool(name: str) -> str:
    found = shutil.which(name, path=str(Path(sys.executable).parent)) or shutil.which(name)
    assert found, f"{name} is part of PySide6 and must be installed"
    return found


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            found.append((name, message.findtext("source", ""), translation))
    return found


@pytest.fixture
def hindi(qapp: QApplication) -> Iterator[None]:
    translators = install_translations(qapp, "hi")
    assert translators, "fusecentre_hi.qm did not load"
    try:
        yield
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_the_main_window_speaks_hindi(qtbot, desk, hindi) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs[:4] == [
        "फीडरवार कतार (&Q)",
        "आज की शिकायतें (&T)",
        "अधिकारी सूची (&D)",
        "जवाबदेही (&A)",
    ]
    assert window.new_action.text() == "नई शिकायत (Ctrl+N)"
    assert window.register_action.text() == "दैनिक पंजी…"
    details = window.queue.details
    assert details.contact_button.text() == "ज़िम्मेदार अधिकारी से संपर्क (&C)…"
    assert details.title.text() == "कतार में से कोई शिकायत चुनें।"
    assert status_text(Status.NEW) == "नई"  # the shared labels too

    # On each tab, an accelerator answers to one control only (the tab bar's included),
    # whichever of the tab's buttons the selected complaint's state shows.
    for i in range(window.tabs.count()):
        buttons = [b.text() for b in window.tabs.widget(i).findChildren(QAbstractButton)]
        keys = [m.upper() for text in tabs + buttons for m in MNEMONIC.findall(text)]
        assert len(keys) == len(set(keys)), (tabs[i], keys)


def test_the_complaint_form_speaks_hindi_with_one_control_per_accelerator(  # type: ignore[no-untyped-def]
    qtbot, desk, hindi
) -> None:
    form = ComplaintForm(desk)
    qtbot.addWidget(form)
    assert form.ui.mobileLabel.text() == "शिकायतकर्ता का मोबाइल (&M)"
    assert form.ui.saveButton.text() == "सहेजें (Enter) (&S)"
    # The follow-up button is labelled only for a returning caller.
    follow_up = form.tr("Record this call as a follow-&up on %1")
    for page, extra in ((form.ui.entryPage, [follow_up]), (form.ui.savedPage, [])):
        widgets = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        texts = [w.text() for w in widgets] + extra
        keys = [m.upper() for text in texts for m in MNEMONIC.findall(text)]
        assert len(keys) == len(set(keys)), keys
    assert DEVANAGARI.search(form.windowTitle())


def test_every_message_is_translated_with_its_placeholders_and_accelerator() -> None:
    messages = _messages(TS)
    assert len(messages) > 250
    for context, source, translation in messages:
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        text = translation.text or ""
        assert text.strip(), f"{where} has no translation"
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(text)), where
        # Qt's convention: the accelerator stays a Latin letter, in brackets after Hindi words.
        source_keys, keys = MNEMONIC.findall(source), MNEMONIC.findall(text)
        assert len(keys) == len(source_keys), where
        assert all(k.isascii() and k.isalpha() for k in keys), where


def test_the_catalogue_covers_the_sources_and_the_qm_is_compiled_from_it(tmp_path: Path) -> None:
    """A string added to the GUI without a translation, or a .ts edited without running
    lrelease, fails here with the commands that fix it."""
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    sources = [*sorted((ROOT / "fusecentre_app" / "gui").glob("*.py")), ROOT / "ui"]
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            *map(str, sources),
            "-ts",
            str(fresh),
        ],
        check=True,
    )
    untranslated = [
        f"{context}: {source!r}"
        for context, source, translation in _messages(fresh)
        if translation.get("type") is not None
    ]
    assert not untranslated, "run pyside6-lupdate (see README) and translate:\n" + "\n".join(
        untranslated
    )
    compiled = tmp_path / QM.name
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True
    )
    assert compiled.read_bytes() == QM.read_bytes(), f"run pyside6-lrelease {TS.relative_to(ROOT)}"


def test_the_language_comes_from_the_option_then_the_environment(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FUSECENTRE_LANG", raising=False)
    assert chosen_language() is None  # the system's
    monkeypatch.setenv("FUSECENTRE_LANG", "hi")
    assert chosen_language() == "hi"
    assert chosen_language("en") == "en"
    args = _parser().parse_args(["screenshot", "--db", "x", "--out", "y", "--lang", "hi"])
    assert args.lang == "hi"


def test_english_accelerators_answer_to_one_control(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    for i in range(window.tabs.count()):
        labels = [w.text() for w in window.tabs.widget(i).findChildren(QLabel)]
        buttons = [b.text() for b in window.tabs.widget(i).findChildren(QAbstractButton)]
        keys = [m.upper() for text in tabs + labels + buttons for m in MNEMONIC.findall(text)]
        assert len(keys) == len(set(keys)), (tabs[i], keys)
    form = ComplaintForm(desk)
    qtbot.addWidget(form)
    follow_up = form.tr("Record this call as a follow-&up on %1")
    for page, extra in ((form.ui.entryPage, [follow_up]), (form.ui.savedPage, [])):
        widgets = [*page.findChildren(QLabel), *page.findChildren(QAbstractButton)]
        keys = [m.upper() for w in widgets for m in MNEMONIC.findall(w.text())]
        keys += [m.upper() for text in extra for m in MNEMONIC.findall(text)]
        assert len(keys) == len(set(keys)), keys
