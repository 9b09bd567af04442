"""Translated names for the domain's codes, shared by every screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fusecentre_app.domain.enums import Channel, Status


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


def hours_text(hours: float) -> str:
    return _t("%1 h").replace("%1", f"{hours:g}")
