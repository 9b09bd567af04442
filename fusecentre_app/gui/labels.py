"""Translated names for the domain's codes, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fusecentre_app.domain.enums import Channel, ContactChannel, ContactOutcome, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_text(status: Status) -> str:
    return {
        Status.NEW: _t("New"),
        Status.ASSIGNED: _t("Assigned"),
        Status.ATTENDING: _t("Attending"),
        Status.RESOLVED: _t("Resolved, callback due"),
        Status.REOPENED: _t("Reopened"),
        Status.CLOSED_VERIFIED: _t("Closed (verified)"),
        Status.CLOSED_UNVERIFIED: _t("Closed (not verified)"),
        Status.CANCELLED: _t("Cancelled"),
    }[status]


def channel_text(channel: Channel) -> str:
    return {
        Channel.PHONE: _t("Phone to centre"),
        Channel.HELPLINE_1912: _t("1912 helpline"),
        Channel.SOCIAL: _t("Social media"),
        Channel.WALK_IN: _t("Walk-in"),
        Channel.OFFICER: _t("Forwarded by officer"),
    }[channel]


def outcome_text(outcome: ContactOutcome) -> str:
    return {
        ContactOutcome.ANSWERED: _t("Answered"),
        ContactOutcome.NO_ANSWER: _t("No answer"),
        ContactOutcome.BUSY: _t("Busy"),
        ContactOutcome.SWITCHED_OFF: _t("Switched off"),
        ContactOutcome.MESSAGE_SENT: _t("Message sent"),
    }[outcome]


def contact_channel_text(channel: ContactChannel) -> str:
    return {
        ContactChannel.CALL: _t("call"),
        ContactChannel.QR: _t("QR, called from mobile"),
        ContactChannel.WHATSAPP: _t("WhatsApp"),
        ContactChannel.SMS: _t("SMS"),
        ContactChannel.COPY: _t("number copied"),
    }[channel]


def hours_text(hours: float) -> str:
    return _t("%1 h").replace("%1", f"{hours:g}")


def duration_text(seconds: float) -> str:
    """`2 h 05 m` / `45 m`: how long, as a clerk says it."""
    minutes = int(abs(seconds) // 60)
    hours, minutes = divmod(minutes, 60)
    if hours >= 48:
        return _t("%1 d %2 h").replace("%1", str(hours // 24)).replace("%2", str(hours % 24))
    if hours:
        return _t("%1 h %2 m").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
    return _t("%1 m").replace("%1", str(minutes))


def countdown_text(due_in_seconds: float) -> str:
    """What is left of an SoP deadline, or how far past it."""
    if due_in_seconds < 0:
        return _t("overdue %1").replace("%1", duration_text(due_in_seconds))
    return _t("in %1").replace("%1", duration_text(due_in_seconds))
