"""The EE's registers at the desk (Registers menu): interruptions keyed in and corrected with
a reason, feeders' and DTs' consumers changed from a day, planned shutdowns registered with
their Reg. 13(2) marks, claims recorded and decided. Each is driven like a clerk would drive
it, read back from the store; a refusal is one sentence with everything typed still there;
what a role may not do is not offered; and each window fits a 1280×720 screen."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QAbstractButton, QWidget
from sqlalchemy import select

from fusecentre_app.db.models import AuditRecord, Claim, ClaimRecovery, Dt, Feeder, FeederFact
from fusecentre_app.db.models import Interruption as InterruptionRow
from fusecentre_app.domain.timeutil import LOCAL_TZ, local_day, utcnow
from fusecentre_app.gui.claims_window import ClaimsWindow
from fusecentre_app.gui.feeders_window import FeedersWindow
from fusecentre_app.gui.interruptions_window import InterruptionsWindow
from fusecentre_app.gui.main_window import MainWindow
from fusecentre_app.gui.register_window import local_moment, show_moment
from fusecentre_app.gui.screen_fit import fit_to_screen, wanted_size
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.gui.shutdowns_window import ShutdownsWindow
from fusecentre_app.services import accounts, claims, interruptions, shutdowns
from fusecentre_app.services.verify import verify_store
from tests.gui.test_hindi_messages import hindi  # noqa: F401

pytestmark = pytest.mark.gui

SMALL = QSize(1280, 720)


@pytest.fixture
def boss(desk, supervisor) -> DeskSession:  # type: ignore[no-untyped-def]
    """The centre's JE signed in at the desk."""
    return DeskSession(desk.db, supervisor, desk.centre)


@pytest.fixture
def inspector(desk) -> DeskSession:  # type: ignore[no-untyped-def]
    user = accounts.create_user(
        desk.db,
        username="ee_office",
        full_name="Division Inspector",
        password="desk-pass-1",
        centre_id=None,
        role="inspector",
    )
    return DeskSession(desk.db, user, desk.centre)


def _early_in_the_month() -> datetime:
    """A minute of this month (India time) that has passed: the 1st, 06:00."""
    now = utcnow().astimezone(LOCAL_TZ)
    return now.replace(day=1, hour=6, minute=0, second=0, microsecond=0)


def _open(qtbot, kind, session):  # type: ignore[no-untyped-def]
    window = kind(session)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _click(qtbot, button: QAbstractButton) -> None:  # type: ignore[no-untyped-def]
    assert button.isVisible() and button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _refused(window) -> str:  # type: ignore[no-untyped-def]
    text = window.outcome.text()
    assert "b00020" in window.outcome.styleSheet(), text
    assert text.count("\n") == 0 and text.endswith("."), text
    return text


def _saved(window) -> str:  # type: ignore[no-untyped-def]
    text = window.outcome.text()
    assert "1b5e20" in window.outcome.styleSheet(), text
    return text


# -- interruptions -------------------------------------------------------------------------


def test_an_interruption_keyed_in_from_the_log_book(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, InterruptionsWindow, desk)  # a clerk keys the log book in
    assert window.adding.isVisible() and not window.correcting.isVisible()
    start = _early_in_the_month()
    window.feeder.setCurrentIndex(window.feeder.findData("F-BXR-02"))
    show_moment(window.start, start)
    show_moment(window.end, start + timedelta(minutes=3))  # a momentary trip
    qtbot.keyClicks(window.cause, "momentary trip / ")
    window.cause.insert("क्षणिक ट्रिप")  # typed through the input method, not as key presses
    qtbot.keyClicks(window.affected, "450")
    _click(qtbot, window.add_button)
    assert "F-BXR-02" in _saved(window)
    with desk.db.read() as s:
        (row,) = s.scalars(select(InterruptionRow)).all()
        assert row.source == "log_book" and row.recorded_by_id == desk.user.id
        assert row.consumers_affected == 450 and row.cause == "momentary trip / क्षणिक ट्रिप"
        assert (row.ended_at - row.started_at) == timedelta(minutes=3)
    assert window.table.rowCount() == 1
    assert window.table.item(0, 0).text() == "F-BXR-02"
    assert window.table.item(0, 3).text() == "3"
    assert window.cause.text() == "" and window.affected.text() == ""  # ready for the next


def test_a_stray_click_on_the_empty_form_records_nothing(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, InterruptionsWindow, desk)  # its times are valid as the form opens
    _click(qtbot, window.add_button)
    assert _refused(window) == "Give the cause as the PSS log book writes it."
    with desk.db.read() as s:
        assert s.scalars(select(InterruptionRow)).all() == []


def test_a_refused_interruption_keeps_what_was_typed(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, InterruptionsWindow, desk)
    start = _early_in_the_month()
    show_moment(window.start, start)
    show_moment(window.end, start - timedelta(minutes=10))
    qtbot.keyClicks(window.cause, "jumper snapped")
    qtbot.keyClicks(window.affected, "120")
    _click(qtbot, window.add_button)
    assert _refused(window) == "The interruption's end is not after its start."
    assert window.cause.text() == "jumper snapped" and window.affected.text() == "120"
    window.affected.setText("a hundred")
    show_moment(window.end, start + timedelta(minutes=40))
    _click(qtbot, window.add_button)
    assert "whole number" in _refused(window)
    assert window.cause.text() == "jumper snapped" and window.affected.text() == "a hundred"
    with desk.db.read() as s:
        assert s.scalars(select(InterruptionRow)).all() == []


def test_a_correction_and_its_reason_reach_the_store(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    start = _early_in_the_month()
    interruptions.record_interruption(
        boss.db,
        interruptions.InterruptionDraft("F-BXR-01", start, start + timedelta(minutes=95)),
        by=boss.user.id,
    )
    window = _open(qtbot, InterruptionsWindow, boss)
    assert window.correcting.isVisible() and not window.correcting.isEnabled()
    window.table.selectRow(0)
    assert window.correcting.isEnabled() and "F-BXR-01" in window.chosen.text()
    show_moment(window.fix_end, start + timedelta(minutes=65))
    qtbot.keyClicks(window.fix_cause, " at Thatheri Bazar")
    _click(qtbot, window.correct_button)  # no reason yet
    assert _refused(window) == "Give the reason for the correction."
    assert window.fix_cause.text() == " at Thatheri Bazar"  # what was typed is still there
    window.fix_cause.setText("jumper snapped at Thatheri Bazar")
    qtbot.keyClicks(window.reason, "PSS log book says supply back at 07:05")
    _click(qtbot, window.correct_button)
    assert "Corrected" in _saved(window)
    with boss.db.read() as s:
        (row,) = s.scalars(select(InterruptionRow)).all()
        assert row.ended_at - row.started_at == timedelta(minutes=65)
        assert row.cause == "jumper snapped at Thatheri Bazar"
        (record,) = s.scalars(
            select(AuditRecord).where(AuditRecord.kind == "interruption_corrected")
        ).all()
        assert record.data["reason"] == "PSS log book says supply back at 07:05"
        assert record.user_id == boss.user.id
    assert window.table.item(0, 3).text() == "65"
    assert window.reason.text() == ""
    assert verify_store(boss.db).ok


def test_a_correction_keeps_another_desk_s_correction_made_meanwhile(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    start = _early_in_the_month()
    interruptions.record_interruption(
        boss.db,
        interruptions.InterruptionDraft("F-BXR-01", start, start + timedelta(minutes=95)),
        by=boss.user.id,
    )
    window = _open(qtbot, InterruptionsWindow, boss)
    window.table.selectRow(0)
    line = window.selected()
    # Another desk puts the cause and the consumers right while this one has the row open.
    interruptions.correct_interruption(
        boss.db,
        line.id,
        by=boss.user.id,
        reason="log book",
        cause="tree branch on the line",
        consumers_affected=400,
    )
    show_moment(window.fix_end, start + timedelta(minutes=65))  # this desk: the end only
    qtbot.keyClicks(window.reason, "PSS log book says supply back at 07:05")
    _click(qtbot, window.correct_button)
    assert "Corrected" in _saved(window)
    with boss.db.read() as s:
        (row,) = s.scalars(select(InterruptionRow)).all()
        assert row.ended_at - row.started_at == timedelta(minutes=65)
        assert (row.cause, row.consumers_affected) == ("tree branch on the line", 400)


def test_an_inspector_reads_the_division_s_interruptions_only(qtbot, inspector) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, InterruptionsWindow, inspector)
    assert not window.adding.isVisible() and not window.correcting.isVisible()
    assert "the division" in window.heading.text()


# -- feeders -------------------------------------------------------------------------------


def test_a_feeder_s_facts_change_from_a_day_and_a_dt_s_consumers(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, FeedersWindow, boss)
    assert window.table.rowCount() == 10  # Buxar's feeders only
    assert window.select_record(lambda f: f.code == "F-BXR-04")
    assert window.consumers.text() == "5400"
    window.consumers.clear()
    qtbot.keyClicks(window.consumers, "5,650")
    window.area.setCurrentIndex(window.area.findData("urban"))
    window.effective.setDate(window.effective.date().addDays(-10))
    _click(qtbot, window.save_button)
    assert "F-BXR-04" in _saved(window)
    day = date.today() - timedelta(days=10)
    with boss.db.read() as s:
        feeder = s.scalars(select(Feeder).where(Feeder.code == "F-BXR-04")).one()
        assert (feeder.consumers, feeder.area) == (5650, "urban")
        fact = s.scalars(select(FeederFact).where(FeederFact.feeder_id == feeder.id)).all()[-1]
        assert fact.source == "desk" and fact.recorded_by_id == boss.user.id
        assert abs((fact.effective_from - day).days) <= 1  # the local day vs the test's
    assert window.table.item(window.table.currentRow(), 5).text() == "5,650"
    # A DT of the chosen feeder.
    window.dts.selectRow(0)
    dt = window._chosen_dt()
    window.dt_consumers.setText("-5")
    _click(qtbot, window.dt_button)
    assert _refused(window) == "Consumers connected cannot be negative."
    assert window.dt_consumers.text() == "-5"
    window.dt_consumers.setText("180")
    _click(qtbot, window.dt_button)
    assert dt.code in _saved(window)
    with boss.db.read() as s:
        assert s.get_one(Dt, dt.id).consumers == 180
        (record,) = s.scalars(
            select(AuditRecord).where(AuditRecord.kind == "dt_consumers_changed")
        ).all()
        assert record.data["via"] == "desk" and record.user_id == boss.user.id
    _click(qtbot, window.dt_button)  # the same count again: nothing new goes on record
    assert _saved(window) == f"{dt.code} already has 180 consumers connected: nothing to record."
    assert verify_store(boss.db).ok


def test_a_change_dated_after_today_is_refused(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    """A slip in the calendar into next week: the feeder row would take the new area at once
    (today's complaints' SoP hours with it), so the desk refuses it as the import does."""
    window = _open(qtbot, FeedersWindow, boss)
    assert window.select_record(lambda f: f.code == "F-BXR-04")
    window.area.setCurrentIndex(window.area.findData("urban"))
    window.effective.setDate(window.effective.date().addDays(7))
    _click(qtbot, window.save_button)
    week = local_day(utcnow()) + timedelta(days=7)
    assert _refused(window) == (
        f"A change cannot take effect after today: record it on {week:%d-%m-%Y} or later."
    )
    window.dts.selectRow(0)
    dt = window._chosen_dt()
    window.dt_consumers.setText("180")
    _click(qtbot, window.dt_button)
    assert "after today" in _refused(window)
    with boss.db.read() as s:
        feeder = s.scalars(select(Feeder).where(Feeder.code == "F-BXR-04")).one()
        assert feeder.area == "rural"
        assert s.scalars(select(FeederFact).where(FeederFact.feeder_id == feeder.id)).all()
        assert s.get_one(Dt, dt.id).consumers != 180


def test_a_clerk_reads_the_feeders_but_changes_nothing(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, FeedersWindow, desk)
    window.table.selectRow(0)
    assert not window.save_button.isVisible() and not window.dt_button.isVisible()
    assert not window.consumers.isEnabled() and not window.dt_consumers.isEnabled()
    assert window.dts.rowCount() == 3  # the DTs are shown all the same


# -- planned shutdowns ---------------------------------------------------------------------


def test_a_shutdown_registered_with_its_reg_13_2_mark(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, ShutdownsWindow, boss)
    start = _early_in_the_month().replace(hour=15)
    window.feeder.setCurrentIndex(window.feeder.findData("F-BXR-03"))
    show_moment(window.start, start)
    show_moment(window.end, start.replace(hour=19))  # ends after 18:00
    qtbot.keyClicks(window.reason, "DT plinth repair")
    _click(qtbot, window.add_button)  # no notice said
    assert _refused(window) == "Say how the consumers were given notice."
    assert window.reason.text() == "DT plinth repair"
    qtbot.keyClicks(window.notice.lineEdit(), "SMS to consumers")
    _click(qtbot, window.add_button)
    said = _saved(window)
    assert "supply back at" in said and "Reg. 13(2)" in said
    assert window.table.rowCount() == 1
    assert "after 18:00" in window.table.item(0, 4).text()
    assert window.table.item(0, 0).background().color().name() == "#fde2e2"
    assert window.reason.text() == ""


def test_a_clerk_is_not_offered_to_register_a_shutdown(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, ShutdownsWindow, desk)
    assert not window.adding.isVisible() and not window.correcting.isVisible()


def test_a_shutdown_corrected_with_its_reason_and_its_interruption_follows(  # type: ignore[no-untyped-def]
    qtbot, boss
) -> None:
    start = _early_in_the_month().replace(hour=9)
    info = shutdowns.register_shutdown(
        boss.db,
        shutdowns.ShutdownDraft("F-BXR-02", start, start + timedelta(hours=3), "jumpers", "sms"),
        by=boss.user.id,
    )
    # The interruption it stands for is corrected with the shutdown, not on its own.
    register = _open(qtbot, InterruptionsWindow, boss)
    register.table.selectRow(0)
    assert not register.correcting.isEnabled() and "Planned shutdowns" in register.chosen.text()
    window = _open(qtbot, ShutdownsWindow, boss)
    window.table.selectRow(0)
    assert window.fix_reason.text() == "jumpers"
    show_moment(window.fix_end, start + timedelta(hours=5))
    _click(qtbot, window.correct_button)  # no reason for the correction
    assert _refused(window) == "Give the reason for the correction."
    assert local_moment(window.fix_end) == start + timedelta(hours=5)  # kept as set
    qtbot.keyClicks(window.why, "the work took longer")
    _click(qtbot, window.correct_button)
    assert "supply back at" in _saved(window)
    with boss.db.read() as s:
        row = s.get_one(InterruptionRow, info.interruption_id)
        assert row.ended_at - row.started_at == timedelta(hours=5)
        reasons = [
            r.data.get("reason")
            for r in s.scalars(select(AuditRecord).where(AuditRecord.user_id == boss.user.id))
            if r.kind in ("shutdown_corrected", "interruption_corrected")
        ]
    assert reasons == ["the work took longer", "the work took longer"]
    assert window.table.item(0, 3).text() == "5.0"
    # The interruptions window heard the change and shows it without being asked.
    assert register.table.item(0, 3).text() == "300"


# -- claims --------------------------------------------------------------------------------


def test_a_claim_recorded_then_awarded_against_an_officer(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, ClaimsWindow, boss)
    window.received_by.setCurrentIndex(window.received_by.findData("post"))
    qtbot.keyClicks(window.mobile, "9835012345")
    qtbot.keyClicks(window.claimed, "12,000")
    _click(qtbot, window.add_button)  # no name
    assert _refused(window) == "Consumer: give the consumer's name."
    assert window.mobile.text() == "9835012345" and window.claimed.text() == "12,000"
    qtbot.keyClicks(window.consumer_name, "Ramesh ")
    window.consumer_name.insert("प्रसाद")
    _click(qtbot, window.add_button)
    assert "claim 1" in _saved(window)
    assert window.table.rowCount() == 1 and window.table.item(0, 2).text() == "post"
    assert window.table.item(0, 5).text() == "Rs 12,000"  # as the register writes rupees
    window.table.selectRow(0)
    assert window.deciding.isEnabled()
    qtbot.keyClicks(window.amount, "1250")
    officer = window.officers.item(1)
    officer.setCheckState(Qt.CheckState.Checked)
    _click(qtbot, window.decide_button)
    employee = officer.data(Qt.ItemDataRole.UserRole)
    assert "Rs 1,250 awarded" in _saved(window)
    with boss.db.read() as s:
        claim = s.scalars(select(Claim)).one()
        assert (claim.decision, claim.amount_awarded) == ("awarded", 1250)
        assert claim.decided_by_id == boss.user.id and claim.received_by == "post"
        (share,) = s.scalars(select(ClaimRecovery)).all()
        assert share.amount == 1250
    assert window.table.item(0, 8).text() == f"{employee} Rs 1,250"
    assert not window.deciding.isEnabled()  # a decision is not changed
    # The next claim's award is not recovered from this one's officer unless ticked again.
    assert window.recover_from() == []


def test_a_refusal_needs_its_reason_and_overdue_claims_are_marked(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    today = date.today()
    old = claims.add_claim(
        boss.db,
        claims.ClaimDraft(today - timedelta(days=45), "hand", "Sunita Devi"),
        by=boss.user.id,
    )
    window = _open(qtbot, ClaimsWindow, boss)
    assert "OVERDUE" in window.table.item(0, 7).text()
    assert window.table.item(0, 0).background().color().name() == "#fde2e2"
    window.table.selectRow(0)
    window.refuse_it.setChecked(True)
    assert not window.amount.isEnabled() and window.refusal.isEnabled()
    _click(qtbot, window.decide_button)
    assert _refused(window) == "Give the reason the claim is refused."
    qtbot.keyClicks(window.refusal, "supply was back within the SoP hours")
    _click(qtbot, window.decide_button)
    assert "refused" in _saved(window) and "(late)" in window.table.item(0, 7).text()
    with boss.db.read() as s:
        claim = s.get_one(Claim, old)
        assert claim.refusal_reason == "supply was back within the SoP hours"


@pytest.mark.usefixtures("hindi")
def test_a_claim_decided_at_another_desk_meanwhile(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    today = local_day(utcnow())
    claim = claims.add_claim(
        boss.db, claims.ClaimDraft(today, "hand", "Sunita Devi"), by=boss.user.id
    )
    window = _open(qtbot, ClaimsWindow, boss)
    window.table.selectRow(0)
    assert window.deciding.isEnabled()
    # Another desk refuses it while this one still lists it as waiting.
    claims.decide_claim(boss.db, claim, by=boss.user.id, refusal="restored within the SoP")
    window.refuse_it.setChecked(True)
    window.refusal.insert("नहीं")
    _click(qtbot, window.decide_button)
    assert "b00020" in window.outcome.styleSheet()
    assert window.outcome.text() == (
        f"दावे {claim} का निर्णय {today} को हो चुका है (अस्वीकृत); निर्णय बदला नहीं जाता।"
    )
    # The list says so now, and what was typed is kept.
    assert "restored within the SoP" in window.table.item(0, 7).text()
    assert not window.deciding.isEnabled() and window.refusal.text() == "नहीं"


@pytest.mark.usefixtures("hindi")
def test_a_refusal_in_hindi_is_one_hindi_sentence(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    """Not 'Reason: सुधार का कारण दें।.' nor 'Consumer: उपभोक्ता का नाम दें.': no English field
    key before a Hindi sentence, and one danda at its end."""
    start = _early_in_the_month()
    interruptions.record_interruption(
        boss.db,
        interruptions.InterruptionDraft("F-BXR-01", start, start + timedelta(minutes=95)),
        by=boss.user.id,
    )
    window = _open(qtbot, InterruptionsWindow, boss)
    window.table.selectRow(0)
    _click(qtbot, window.correct_button)  # no reason
    assert window.outcome.text() == "सुधार का कारण दें।"
    claims_window = _open(qtbot, ClaimsWindow, boss)
    _click(qtbot, claims_window.add_button)  # no name
    assert claims_window.outcome.text() == "उपभोक्ता का नाम दें।"


def test_a_clerk_reads_the_claims_register_only(qtbot, desk) -> None:  # type: ignore[no-untyped-def]
    window = _open(qtbot, ClaimsWindow, desk)
    assert not window.adding.isVisible() and not window.deciding.isVisible()


# -- the menu and the screen ---------------------------------------------------------------


def test_the_registers_menu_opens_each_once(qtbot, boss) -> None:  # type: ignore[no-untyped-def]
    window = MainWindow(boss)
    qtbot.addWidget(window)
    texts = [a.text() for a in window.registers_menu.actions()]
    assert window.registers_menu.title() == "Registers" and len(texts) == 4
    for action, kind in (
        (window.interruptions_action, InterruptionsWindow),
        (window.feeder_facts_action, FeedersWindow),
        (window.shutdowns_action, ShutdownsWindow),
        (window.claims_action, ClaimsWindow),
    ):
        action.trigger()
        opened = [w for w in window.registers.values() if isinstance(w, kind)]
        assert len(opened) == 1 and opened[0].isVisible()
        action.trigger()
        assert [w for w in window.registers.values() if isinstance(w, kind)] == opened
    for shown in window.registers.values():
        shown.close()


def _inside(window: QWidget, widget: QWidget) -> None:
    rect = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    assert window.rect().contains(rect), f"{widget.objectName() or widget} at {rect}"


@pytest.mark.parametrize(
    "kind", [InterruptionsWindow, FeedersWindow, ShutdownsWindow, ClaimsWindow]
)
def test_each_register_fits_a_1280_by_720_screen(qtbot, qtmodeltester, boss, kind) -> None:  # type: ignore[no-untyped-def]
    claims.add_claim(boss.db, claims.ClaimDraft(date.today(), "hand", "Rita Devi"), by=boss.user.id)
    window = kind(boss)
    qtbot.addWidget(window)
    fit_to_screen(window, wanted_size(window), SMALL)
    window.show()
    qtbot.waitExposed(window)
    assert window.width() <= SMALL.width() and window.height() <= SMALL.height() - 40
    assert window.minimumSizeHint().height() <= window.height()
    for button in window.findChildren(QAbstractButton):
        if button.isVisible():
            _inside(window, button)
    keys = [
        text[text.index("&") + 1].upper()
        for text in [w.text() for w in window.findChildren(QAbstractButton)]
        + [w.text() for w in window.findChildren(type(window.outcome))]
        if "&" in text
    ]
    assert len(keys) == len(set(keys)), keys
    assert window.table.rowCount() > 0 or kind in (InterruptionsWindow, ShutdownsWindow)
    qtmodeltester.check(window.table.model(), force_py=True)
