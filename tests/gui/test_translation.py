"""The Hindi interface: the main window and the desk's dialogs in Hindi, one control per
accelerator on each screen (the menu bar's included, for every role), and a Hindi catalogue
that is complete, keeps every placeholder and accelerator, and is compiled into the
committed .qm file."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QMenu, QWidget

from fusecentre_app.cli import _parser
from fusecentre_app.domain.enums import Status
from fusecentre_app.gui.accounts_panel import (
    AddAccountDialog,
    DeactivateDialog,
    ResetPasswordDialog,
)
from fusecentre_app.gui.app import chosen_language, install_translations, make_application
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.first_run import FirstRunDialog
from fusecentre_app.gui.labels import status_text
from fusecentre_app.gui.lock import LockDialog
from fusecentre_app.gui.login import LoginDialog
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.password_dialog import ChangePasswordDialog
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.take_over import TakeOverDialog
from fusecentre_app.paths import resources_dir
from fusecentre_app.services import accounts
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.shift_change import PendingHandover

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = resources_dir() / "translations"
TS = TRANSLATIONS / "fusecentre_hi.ts"
QM = TRANSLATIONS / "fusecentre_hi.qm"
PLACEHOLDER = re.compile(r"%\d")
MNEMONIC = re.compile(r"&(?!&)(.)")
DEVANAGARI = re.compile(r"[\u0900-\u097F]")
ROLES = ("clerk", "supervisor", "inspector", "admin")


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


def _keys(texts: list[str]) -> list[str]:
    return [m.upper() for text in texts for m in MNEMONIC.findall(text)]


def _shared(texts: list[str]) -> dict[str, list[str]]:
    """Each accelerator letter that more than one of `texts` claims, with the texts."""
    claims: dict[str, list[str]] = {}
    for text in texts:
        for key in _keys([text]):
            claims.setdefault(key, []).append(text)
    return {key: found for key, found in claims.items() if len(found) > 1}


def _controls(widget: QWidget | None) -> list[str]:
    """The texts of a screen's labels and buttons, hidden ones included: whichever of them
    the selected complaint's state (or the role) shows, Alt+letter answers to one."""
    assert widget is not None
    labels = [w.text() for w in widget.findChildren(QLabel)]
    return labels + [b.text() for b in widget.findChildren(QAbstractButton)]


def _window_clashes(window: MainWindow) -> list[str]:
    """On each tab, the tab bar, the menu bar and the tab's own controls are on screen
    together: an accelerator shared among them answers to one of them only (or to none).
    Within each menu, its items' accelerators differ too."""
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    menus = window.menuBar().findChildren(QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly)
    titles = [menu.title() for menu in menus]
    found = []
    for i, tab in enumerate(tabs):
        shared = _shared(tabs + titles + _controls(window.tabs.widget(i)))
        found += [f"tab {tab!r}: &{key} in {texts}" for key, texts in shared.items()]
    for menu in menus:
        shared = _shared([a.text() for a in menu.actions() if a.text()])
        found += [f"menu {menu.title()!r}: &{key} in {texts}" for key, texts in shared.items()]
    return found


@pytest.fixture(params=ROLES)
def role_desk(request, qapp, db, centre) -> DeskSession:  # type: ignore[no-untyped-def]
    """A signed-in desk for each role: each opens its own tabs (inspection, accounts)."""
    make_application()
    role = request.param
    user = accounts.create_user(
        db,
        username=f"{role}_desk",
        full_name=f"Desk {role}",
        password="desk-pass-1",
        centre_id=centre.id if role in ("clerk", "supervisor") else None,
        role=role,
    )
    return DeskSession(db, user, centre)


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
    menus = [a.text() for a in window.menuBar().actions()]
    # The Registers menu's title is the catalogue's to translate (with a letter of its own).
    registers = window.registers_menu.title()
    assert menus == ["डेस्क (&K)", "शिकायतें (&L)", "रिपोर्ट (&Y)", registers, "सहायता (&H)"]
    assert window.new_action.text() == "नई शिकायत (&N)"
    assert window.new_action.shortcut().toString() == "Ctrl+N"  # shown beside it in the menu
    assert window.register_action.text() == "दैनिक पंजी (&R)…"
    assert window.lock_action.text() == "डेस्क लॉक करें (&L)"
    assert window.user_label.text().startswith("साइन इन: Asha Kumari (asha), ")
    details = window.queue.details
    assert details.contact_button.text() == "ज़िम्मेदार अधिकारी से संपर्क (&C)…"
    assert details.correct_button.text() == "विवरण सुधारें (&S)…"
    assert details.reverse_button.text() == "मेरी पिछली कार्रवाई वापस लें (&V)"
    assert details.duplicate_of.placeholderText() == "किस डॉकेट की दोहरी…"
    assert details.title.text() == "कतार में से कोई शिकायत चुनें।"
    assert status_text(Status.NEW) == "नई"  # the shared labels too
    clashes = _window_clashes(window)
    assert not clashes, "\n".join(clashes)


def test_every_role_s_window_has_one_control_per_hindi_accelerator(  # type: ignore[no-untyped-def]
    qtbot, role_desk, hindi
) -> None:
    window = MainWindow(role_desk)
    qtbot.addWidget(window)
    for i in range(window.tabs.count()):
        assert DEVANAGARI.search(window.tabs.tabText(i)), window.tabs.tabText(i)
    if window.accounts is not None:
        assert window.tabs.tabText(window.tabs.indexOf(window.accounts)) == "स्टाफ़ खाते (&J)"
        assert window.accounts.add_button.text() == "नया खाता जोड़ें (&N)…"
    clashes = _window_clashes(window)
    assert not clashes, "\n".join(clashes)


def test_the_desk_s_dialogs_speak_hindi_with_one_control_per_accelerator(  # type: ignore[no-untyped-def]
    qtbot, desk, hindi
) -> None:
    account = accounts.list_accounts(desk.db)[0]
    complaint = log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835012345", locality="Thatheri Bazar", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    window = MainWindow(desk)
    qtbot.addWidget(window)
    details = window.queue.details
    details.show_complaint(complaint.id)
    correcting = details.open_correction()
    assert correcting is not None
    pending = PendingHandover(
        print_id=1,
        as_of=datetime(2026, 6, 3, 14, 0, tzinfo=UTC),
        printed_at=datetime(2026, 6, 3, 14, 5, tzinfo=UTC),
        outgoing="Ravi Ranjan",
    )
    dialogs = [
        correcting,
        AddAccountDialog(desk),
        DeactivateDialog(desk, account),
        ResetPasswordDialog(desk, account),
        ChangePasswordDialog(desk.db, desk.user, session=desk),
        LockDialog(desk),
        TakeOverDialog(desk, pending),
        LoginDialog(desk.db),
        FirstRunDialog(desk.db),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        name = type(dialog).__name__
        assert DEVANAGARI.search(dialog.windowTitle()), (name, dialog.windowTitle())
        controls = _controls(dialog)
        assert _keys(controls), name
        assert _shared(controls) == {}, name
    assert correcting.windowTitle() == f"{complaint.docket} में सुधार"
    assert window.lock().password.placeholderText() == "आपका पासवर्ड"


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
    # The GUI's own strings, and the core's messages it shows and prints (domain.messages).
    package = ROOT / "fusecentre_app"
    folders = ("gui", "services", "domain", "reports")
    sources = [*(p for f in folders for p in sorted((package / f).glob("*.py"))), ROOT / "ui"]
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


def test_english_accelerators_answer_to_one_control(qtbot, role_desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(role_desk)
    qtbot.addWidget(window)
    clashes = _window_clashes(window)
    assert not clashes, "\n".join(clashes)
    form = ComplaintForm(role_desk)
    qtbot.addWidget(form)
    follow_up = form.tr("Record this call as a follow-&up on %1")
    for page, extra in ((form.ui.entryPage, [follow_up]), (form.ui.savedPage, [])):
        assert _shared(_controls(page) + extra) == {}
