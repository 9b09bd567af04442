"""Translated names for the domain's codes, shared by every screen.

The names are marked with `QT_TRANSLATE_NOOP` so `pyside6-lupdate` finds them, and are
translated each time they are asked for (in the context "labels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fusecentre_app.domain.enums import Channel, ContactChannel, ContactOutcome, Status
from fusecentre_app.domain.roles import Role

_STATUS = {
    Status.NEW: QT_TRANSLATE_NOOP("labels", "New"),
    Status.ASSIGNED: QT_TRANSLATE_NOOP("labels", "Assigned"),
    Status.ATTENDING: QT_TRANSLATE_NOOP("labels", "Attending"),
    Status.RESOLVED: QT_TRANSLATE_NOOP("labels", "Resolved, callback due"),
    Status.REOPENED: QT_TRANSLATE_NOOP("labels", "Reopened"),
    Status.CLOSED_VERIFIED: QT_TRANSLATE_NOOP("labels", "Closed (verified)"),
    Status.CLOSED_UNVERIFIED: QT_TRANSLATE_NOOP("labels", "Closed (not verified)"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("labels", "Cancelled"),
}
_CHANNEL = {
    Channel.PHONE: QT_TRANSLATE_NOOP("labels", "Phone to centre"),
    Channel.HELPLINE_1912: QT_TRANSLATE_NOOP("labels", "1912 helpline"),
    Channel.SOCIAL: QT_TRANSLATE_NOOP("labels", "Social media"),
    Channel.WALK_IN: QT_TRANSLATE_NOOP("labels", "Walk-in"),
    Channel.OFFICER: QT_TRANSLATE_NOOP("labels", "Forwarded by officer"),
    Channel.HEARING: QT_TRANSLATE_NOOP("labels", "Consumer hearing"),
}
_OUTCOME = {
    ContactOutcome.ANSWERED: QT_TRANSLATE_NOOP("labels", "Answered"),
    ContactOutcome.NO_ANSWER: QT_TRANSLATE_NOOP("labels", "No answer"),
    ContactOutcome.BUSY: QT_TRANSLATE_NOOP("labels", "Busy"),
    ContactOutcome.SWITCHED_OFF: QT_TRANSLATE_NOOP("labels", "Switched off"),
    ContactOutcome.MESSAGE_SENT: QT_TRANSLATE_NOOP("labels", "Message sent"),
}
_CONTACT_CHANNEL = {
    ContactChannel.CALL: QT_TRANSLATE_NOOP("labels", "call"),
    ContactChannel.QR: QT_TRANSLATE_NOOP("labels", "QR, called from mobile"),
    ContactChannel.WHATSAPP: QT_TRANSLATE_NOOP("labels", "WhatsApp"),
    ContactChannel.SMS: QT_TRANSLATE_NOOP("labels", "SMS"),
    ContactChannel.COPY: QT_TRANSLATE_NOOP("labels", "number copied"),
}


_ROLE = {
    Role.CLERK: QT_TRANSLATE_NOOP("labels", "Clerk"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("labels", "Supervisor (JE/SDO)"),
    Role.INSPECTOR: QT_TRANSLATE_NOOP("labels", "Inspector"),
    Role.ADMIN: QT_TRANSLATE_NOOP("labels", "Administrator"),
}


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_text(status: Status) -> str:
    return _t(_STATUS[status])


def role_text(role: Role | str) -> str:
    return _t(_ROLE[Role(role)])


def channel_text(channel: Channel) -> str:
    return _t(_CHANNEL[channel])


def outcome_text(outcome: ContactOutcome) -> str:
    return _t(_OUTCOME[outcome])


def contact_channel_text(channel: ContactChannel) -> str:
    return _t(_CONTACT_CHANNEL[channel])


def hours_text(hours: float) -> str:
    return QCoreApplication.translate("labels", "%1 h").replace("%1", f"{hours:g}")


def duration_text(seconds: float) -> str:
    """`2 h 05 m` / `45 m`: how long, as a clerk says it."""
    minutes = int(abs(seconds) // 60)
    hours, minutes = divmod(minutes, 60)
    if hours >= 48:
        return (
            QCoreApplication.translate("labels", "%1 d %2 h")
            .replace("%1", str(hours // 24))
            .replace("%2", str(hours % 24))
        )
    if hours:
        return (
            QCoreApplication.translate("labels", "%1 h %2 m")
            .replace("%1", str(hours))
            .replace("%2", f"{minutes:02d}")
        )
    return QCoreApplication.translate("labels", "%1 m").replace("%1", str(minutes))


def countdown_text(due_in_seconds: float) -> str:
    """What is left of an SoP deadline, or how far past it."""
    if due_in_seconds < 0:
        text = QCoreApplication.translate("labels", "overdue %1")
    else:
        text = QCoreApplication.translate("labels", "in %1")
    return text.replace("%1", duration_text(due_in_seconds))
