"""The language chosen in the desk (Help → Language): applied at once to the open window
without losing what is on it, remembered on this desk for the next start; Qt's own buttons
in Hindi too; every tab's visible controls, in either language, with one control per
accelerator; and controls without a text of their own named for screen readers."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QWidget,
)

from fusecentre_app.gui.app import chosen_language, install_translations, make_application
from fusecentre_app.gui.complaint_form import ComplaintForm
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.pdf_dialogs import RegisterDialog
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services import accounts
from fusecentre_app.services.complaints import ComplaintDraft, log_complaint
from fusecentre_app.services.desk_prefs import remember_language, remembered_language

pytestmark = pytest.mark.gui

MNEMONIC = re.compile(r"&(?!&)(.)")


@pytest.fixture
def english_after(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("FUSECENTRE_LANG", raising=False)
    yield
    install_translations(qapp, "en")


def _letters(widget: QWidget) -> dict[str, list[str]]:
    """Each accelerator letter of the visible buttons, labels with a buddy, and the window's
    tabs and menu titles, with the texts claiming it."""
    window = widget.window()
    texts = [b.text() for b in widget.findChildren(QAbstractButton) if b.isVisibleTo(window)]
    texts += [
        label.text()
        for label in widget.findChildren(QLabel)
        if label.buddy() is not None and label.isVisibleTo(window)
    ]
    if isinstance(window, MainWindow):
        texts += [window.tabs.tabText(i) for i in range(window.tabs.count())]
        menus = window.menuBar().findChildren(
            QMenu, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        texts += [menu.title() for menu in menus]
    claims: dict[str, list[str]] = {}
    for text in texts:
        for letter in MNEMONIC.findall(text):
            claims.setdefault(letter.upper(), []).append(text)
    return {letter: found for letter, found in claims.items() if len(found) > 1}


@pytest.mark.parametrize("language", ["en", "hi"])
def test_no_accelerator_is_shared_on_any_tab_in_either_language(  # type: ignore[no-untyped-def]
    qtbot, desk, supervisor, english_after, language
) -> None:
    install_translations(QApplication.instance(), language)
    complaint = log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835012345", locality="Thatheri Bazar", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.queue.details.show_complaint(complaint.id)
    clashes = []
    for i in range(window.tabs.count()):
        window.tabs.setCurrentIndex(i)
        clashes += [f"{language} tab {i}: &{k} in {v}" for k, v in _letters(window).items()]
    dialog = RegisterDialog(desk, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    clashes += [f"{language} register: &{k} in {v}" for k, v in _letters(dialog).items()]
    assert not clashes, "\n".join(clashes)


def test_choosing_hindi_in_the_desk_applies_at_once_and_is_remembered(  # type: ignore[no-untyped-def]
    qtbot, desk, english_after
) -> None:
    install_translations(QApplication.instance(), "en")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    window.queue.search.setText("Thatheri")  # what the clerk typed stays
    window.tabs.setCurrentWidget(window.directory)
    assert window.help_menu.title() == "&Help"
    hindi = window.language_actions["hi"]
    assert hindi in window.language_menu.actions()
    hindi.trigger()
    QApplication.processEvents()  # the LanguageChange events, then the retranslation
    QApplication.processEvents()
    assert remembered_language() == "hi"
    assert chosen_language() == "hi"  # the next start opens in Hindi
    assert window.help_menu.title() == "सहायता (&H)"
    assert window.tabs.tabText(0) == "फीडरवार कतार (&Q)"
    assert window.new_action.text() == "नई शिकायत (&N)"
    assert window.queue.details.contact_button.text() == "ज़िम्मेदार अधिकारी से संपर्क (&C)…"
    assert window.queue.details.title.text() == "कतार में से कोई शिकायत चुनें।"
    assert window.queue.search.text() == "Thatheri"
    assert window.tabs.currentWidget() is window.directory
    assert window.directory.import_button.text() == "CSV/Excel आयात (&M)…"
    window.language_actions["en"].trigger()
    QApplication.processEvents()
    QApplication.processEvents()
    assert remembered_language() == "en"
    assert window.tabs.tabText(0) == "&Queue by feeder"
    remember_language(None)
    assert chosen_language() is None  # the system's again


def _switch(window: MainWindow, code: str) -> None:
    """Help → Language, then the LanguageChange events and the retranslations they ask for."""
    window.language_actions[code].trigger()
    QApplication.processEvents()
    QApplication.processEvents()


def test_every_tab_and_the_notices_follow_hindi_and_keep_what_is_on_them(  # type: ignore[no-untyped-def]
    qtbot, db, centre, supervisor, english_after
) -> None:
    install_translations(QApplication.instance(), "en")
    make_application()
    window = MainWindow(DeskSession(db, supervisor, centre))
    qtbot.addWidget(window)
    window.show()
    directory, accountability, inspection = (
        window.directory,
        window.accountability,
        window.inspection,
    )
    assert inspection is not None
    window.tabs.setCurrentWidget(directory)
    directory.search.setText("Singh")
    chosen = directory.selected_id()
    assert chosen is not None
    accountability.first.setDate(QDate(2026, 5, 1))
    inspection.digest.setText("3f9a")
    inspection.remarks.setPlainText("रजिस्टर ठीक मिला")
    _switch(window, "hi")
    # The same widgets, in Hindi, with what was typed and chosen on them.
    assert (window.directory, window.accountability) == (directory, accountability)
    assert directory.search.placeholderText() == "नाम, मोबाइल, फीडर या गाँव खोजें"
    assert directory.search.text() == "Singh" and directory.selected_id() == chosen
    assert window.tabs.currentWidget() is directory
    assert accountability.show_button.text() == "दिखाएँ (&S)"
    assert accountability.first.date() == QDate(2026, 5, 1)
    assert window.data_actions.export_button.text() == "शिकायतें निर्यात करें (&X)…"
    assert window.data_actions.intake_button.text() == "सूची से शिकायतें दर्ज करें (&N)…"
    assert inspection.open_register_button.text() == "पंजी खोलें (&R)…"
    assert inspection.check_button.text() == "डाइजेस्ट जाँचें (&C)"
    assert inspection.again_button.text() == "फिर से चुनें (दोनों चयन रिकॉर्ड में रहेंगे) (&G)"
    assert inspection.digest.text() == "3f9a"
    assert inspection.remarks.toPlainText() == "रजिस्टर ठीक मिला"
    assert window.notices.open_button.text() == "दिखाएँ"
    assert window.notices.dismiss_button.text() == "हटाएँ"
    assert window.notices.count.text() == "विलंबित: 0 · प्रतीक्षा में खतरे की कॉल: 0"
    _switch(window, "en")
    assert inspection.check_button.text() == "&Check digest"
    assert window.notices.open_button.text() == "Show"


def test_a_half_filled_new_account_survives_a_change_of_language(  # type: ignore[no-untyped-def]
    qtbot, db, centre, english_after
) -> None:
    install_translations(QApplication.instance(), "en")
    make_application()
    admin = accounts.create_user(
        db,
        username="admin",
        full_name="Office Administrator",
        password="keeps-the-accounts-1",
        centre_id=None,
        role="admin",
    )
    window = MainWindow(DeskSession(db, admin, centre))
    qtbot.addWidget(window)
    window.show()
    panel = window.accounts
    assert panel is not None
    panel.table.selectRow(0)
    dialog = panel.open_add()
    dialog.full_name.setText("Neha Kumari")
    dialog.username.setText("neha")
    _switch(window, "hi")
    assert window.accounts is panel
    assert shiboken6.isValid(dialog) and dialog.isVisible()
    assert (dialog.full_name.text(), dialog.username.text()) == ("Neha Kumari", "neha")
    assert dialog.windowTitle() == "डेस्क खाता जोड़ें"
    assert dialog.form.labelForField(dialog.full_name).text() == "रिकॉर्ड में दिखने वाला नाम (&N)"
    assert panel.add_button.text() == "नया खाता जोड़ें (&N)…"
    selected = panel.selected()
    assert selected is not None and selected.username == "admin"


def test_the_complaint_form_keeps_enter_on_the_follow_up_in_hindi(  # type: ignore[no-untyped-def]
    qtbot, desk, english_after
) -> None:
    app = QApplication.instance()
    install_translations(app, "en")
    earlier = log_complaint(
        desk.db,
        ComplaintDraft(caller_mobile="9835054321", locality="Thatheri Bazar", type_code="FUSE_OFF"),
        centre_id=desk.centre.id,
        user_id=desk.user.id,
    )
    form = ComplaintForm(desk)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.ui.mobileEdit, "9835054321")
    assert form.ui.followUpButton.isDefault()
    install_translations(app, "hi")
    QApplication.processEvents()
    ui = form.ui
    assert ui.followUpButton.isDefault() and not ui.saveButton.isDefault()
    assert ui.saveButton.text() == "नई शिकायत के रूप में सहेजें (&S)…"  # not "Save (Enter)"
    assert ui.followUpButton.text() == f"इस कॉल को {earlier.docket} पर फॉलो-अप दर्ज करें (&U)"
    assert ui.historyLabel.text() == "पहले की शिकायतें: 1; अभी लंबित: 1।"
    assert ui.historyList.count() == 1 and ui.mobileEdit.text() == "9835054321"
    install_translations(app, "en")
    QApplication.processEvents()
    qtbot.keyClick(ui.mobileEdit, Qt.Key.Key_Return)  # Enter records the follow-up
    assert ui.pages.currentWidget() is ui.savedPage
    assert ui.savedTitle.text() == "Follow-up recorded on the caller's open complaint:"
    install_translations(app, "hi")
    QApplication.processEvents()
    assert ui.pages.currentWidget() is ui.savedPage
    assert ui.savedTitle.text() == "शिकायतकर्ता की लंबित शिकायत पर फॉलो-अप दर्ज हुआ:"
    assert ui.docketLabel.text() == earlier.docket
    assert form.docket_button.text() == "शिकायतकर्ता को डॉकेट भेजें (&D)…"
    assert ui.closeButton.isDefault() and not ui.followUpButton.isDefault()


def test_qt_s_own_buttons_read_in_hindi(qtbot, english_after) -> None:  # type: ignore[no-untyped-def]
    install_translations(QApplication.instance(), "hi")
    box = QMessageBox()
    qtbot.addWidget(box)
    box.setStandardButtons(
        QMessageBox.StandardButton.Ok
        | QMessageBox.StandardButton.Cancel
        | QMessageBox.StandardButton.Yes
        | QMessageBox.StandardButton.No
        | QMessageBox.StandardButton.Discard
    )
    texts = {box.button(b).text() for b in (QMessageBox.StandardButton.Ok,)}
    texts |= {b.text() for b in box.buttons()}
    assert texts == {"ठीक है", "रद्द करें", "हाँ (&Y)", "नहीं (&N)", "छोड़ दें"}
    assert QCoreApplication.translate("QPlatformTheme", "Save") == "सहेजें"


def test_the_pdf_preview_zooms(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    dialog = RegisterDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.preview()
    first = dialog.zoom(1.25)
    assert dialog.zoom_label.text() == f"{round(first * 100)}%"
    assert dialog.zoom(1.25) == pytest.approx(first * 1.25)
    qtbot.mouseClick(dialog.zoom_out_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomFactor() == pytest.approx(first)
    for _ in range(20):
        dialog.zoom(1.25)
    assert dialog.view.zoomFactor() == 6.0  # no further than 600%
    qtbot.mouseClick(dialog.fit_button, Qt.MouseButton.LeftButton)
    assert dialog.view.zoomMode() == dialog.view.ZoomMode.FitToWidth


def test_every_control_without_words_of_its_own_has_an_accessible_name(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    queue = window.queue
    unnamed = [
        w.objectName() or type(w).__name__
        for w in queue.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QAbstractItemView)
        and w.isVisibleTo(window)
        and not isinstance(w, QHeaderView)
        and not w.accessibleName()
        and not w.objectName().startswith("qt_")
    ]
    assert not unnamed, unnamed
    # Every action of the menus has a text, and the daily ones a shortcut.
    assert window.register_action.shortcut().toString() == "Ctrl+Shift+R"
    assert window.handover_action.shortcut().toString() == "Ctrl+Shift+H"
    for menu in (window.desk_menu, window.complaints_menu, window.reports_menu, window.help_menu):
        assert all(a.text() for a in menu.actions() if not a.isSeparator())
    window.details_action.trigger()
    assert not queue.details_area.isVisible()
    window.details_action.trigger()
    assert queue.details_area.isVisible()
