"""The desk speaks up: when a complaint passes its SoP deadline or a danger call has waited
15 minutes unassigned, a notice appears in the window (with a beep the division may switch
off, setting `notice_sound`), and the status bar always shows how many there are.

`DeskNotices` owns the watcher and both widgets; the main window places `bar` and `count`
and connects `open_complaint`."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStatusBar,
    QWidget,
)

from fusecentre_app.domain.timeutil import format_local, utcnow
from fusecentre_app.gui.operations import Changed, Changes
from fusecentre_app.gui.session import DeskSession
from fusecentre_app.services.notices import Alert, DeskAlerts, desk_alerts
from fusecentre_app.services.settings import NOTICE_SOUND, setting

log = logging.getLogger(__name__)
CHECK_MS = 30_000
RECOUNT_MS = 1_000
QUIET_STYLE = "color: #555;"
ALARM_STYLE = "color: #b00020;"


class DeskNotices(QObject):
    open_complaint = Signal(int)

    def __init__(self, session: DeskSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.since: datetime | None = None
        self.alerts: DeskAlerts | None = None
        self.beeps = 0  # how many notices sounded (for tests: a beep cannot be heard there)
        self.count = QLabel()
        self.count.setObjectName("noticeCount")
        self.bar = QFrame()
        self.bar.setObjectName("noticeBar")
        self.bar.setStyleSheet(
            "QFrame#noticeBar { background: #fff4e5; border: 1px solid #e65100; }"
        )
        self.text = QLabel()
        self.text.setObjectName("noticeText")
        self.text.setWordWrap(False)  # one line, in the status bar
        self.open_button = QPushButton()
        self.open_button.setObjectName("noticeOpen")
        self.open_button.setAutoDefault(False)
        self.dismiss_button = QPushButton()
        self.dismiss_button.setObjectName("noticeDismiss")
        self.dismiss_button.setAutoDefault(False)
        row = QHBoxLayout(self.bar)
        row.setContentsMargins(6, 0, 2, 0)
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        row.addWidget(self.dismiss_button)
        self.bar.setVisible(False)
        self.bar.installEventFilter(self)  # the bar hears of a change of language
        self._first: Alert | None = None
        self._announced: tuple[Alert, ...] = ()
        self._retranslate()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        # After a change at the desk (a danger call assigned) the count is read again a
        # moment later, once for a burst of changes, not inside the click that made it.
        self.recount = QTimer(self)
        self.recount.setSingleShot(True)
        self.recount.setInterval(RECOUNT_MS)
        self.recount.timeout.connect(lambda: self.check(announce=False))
        self.open_button.clicked.connect(self._open)
        self.dismiss_button.clicked.connect(lambda: self.bar.setVisible(False))
        session.changed.connect(self._changed)
        self.check()
        self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.bar and event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        return super().eventFilter(watched, event)

    def _retranslate(self) -> None:
        """The buttons, the count and the notice shown, in the language now installed."""
        self.open_button.setText(self.tr("Show"))
        self.dismiss_button.setText(self.tr("Dismiss"))
        if self.alerts is not None:
            self._show_count(self.alerts)
        if self._announced:
            self.text.setText(self._notice_text(self._announced))

    def stop(self) -> None:
        self.timer.stop()
        self.recount.stop()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Changed.COMPLAINT):
            self.recount.start()  # an assignment or a close takes it off the count

    def check(self, now: datetime | None = None, *, announce: bool = True) -> DeskAlerts | None:
        """Count again; announce what crossed the line since the last check."""
        now = now or utcnow()
        since = self.since if announce else None
        try:
            alerts = desk_alerts(self.session.db, self.session.centre.id, now=now, since=since)
        except Exception:  # the store is away a moment: the next check tries again
            log.warning("notices not read", exc_info=True)
            self.count.setToolTip(self.tr("Notices could not be read just now."))
            return None
        if announce:
            self.since = now
        self.alerts = alerts
        self._show_count(alerts)
        if alerts.new:
            self._announce(alerts.new)
        return alerts

    def _show_count(self, alerts: DeskAlerts) -> None:
        # Bold through the font, not the style sheet: the status bar measures the font.
        font = self.count.font()
        font.setBold(bool(alerts.total))
        self.count.setFont(font)
        self.count.setStyleSheet(ALARM_STYLE if alerts.total else QUIET_STYLE)
        self.count.setText(
            self.tr("Overdue: %1 · danger calls waiting: %2")
            .replace("%1", str(alerts.overdue))
            .replace("%2", str(alerts.danger_waiting))
        )

    def _announce(self, new: tuple[Alert, ...]) -> None:
        self._first = new[0]
        self._announced = new
        self.text.setText(self._notice_text(new))
        status = self.bar.parentWidget()
        if isinstance(status, QStatusBar):
            status.clearMessage()  # a message there would hide the notice
        self.bar.setVisible(True)
        if not self.session.read_only and setting(self.session.db, NOTICE_SOUND):
            QApplication.beep()
            self.beeps += 1

    def _notice_text(self, new: tuple[Alert, ...]) -> str:
        first = new[0]
        if first.danger_waiting:
            text = self.tr("Danger call %1 has waited since %2 with nobody assigned.")
        else:
            text = self.tr("Complaint %1 passed its SoP deadline at %2.")
        text = text.replace("%1", first.docket).replace("%2", format_local(first.since, "%H:%M"))
        if len(new) > 1:
            text += " " + self.tr("And %1 more.").replace("%1", str(len(new) - 1))
        return text

    def _open(self) -> None:
        if self._first is not None:
            self.open_complaint.emit(self._first.complaint_id)
        self.bar.setVisible(False)
