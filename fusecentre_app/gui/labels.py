"""Translated names for the domain's codes, shared by every screen.

The names are marked with `QT_TRANSLATE_NOOP` so `pyside6-lupdate` finds them, and are
translated each time they are asked for (in the context "labels")."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fusecentre_app.domain.enums import (
    CallbackOutcome,
    Channel,
    ContactChannel,
    ContactOutcome,
    Designation,
    EventKind,
    Status,
)
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

_EVENT = {
    EventKind.LOGGED: QT_TRANSLATE_NOOP("labels", "logged"),
    EventKind.FOLLOW_UP: QT_TRANSLATE_NOOP("labels", "follow-up call"),
    EventKind.ASSIGNED: QT_TRANSLATE_NOOP("labels", "assigned"),
    EventKind.ATTENDED: QT_TRANSLATE_NOOP("labels", "attended"),
    EventKind.RESOLVED: QT_TRANSLATE_NOOP("labels", "resolved"),
    EventKind.CALLBACK: QT_TRANSLATE_NOOP("labels", "callback"),
    EventKind.REOPENED: QT_TRANSLATE_NOOP("labels", "reopened"),
    EventKind.CLOSED: QT_TRANSLATE_NOOP("labels", "closed"),
    EventKind.CANCELLED: QT_TRANSLATE_NOOP("labels", "cancelled"),
    EventKind.AMENDED: QT_TRANSLATE_NOOP("labels", "details corrected"),
    EventKind.LINKED: QT_TRANSLATE_NOOP("labels", "linked to an incident"),
    EventKind.UNLINKED: QT_TRANSLATE_NOOP("labels", "taken out of an incident"),
    EventKind.CONTACTED: QT_TRANSLATE_NOOP("labels", "officer contacted"),
    EventKind.CONTACT_OUTCOME: QT_TRANSLATE_NOOP("labels", "contact outcome"),
    EventKind.ESCALATED: QT_TRANSLATE_NOOP("labels", "escalated"),
    EventKind.REVERSED: QT_TRANSLATE_NOOP("labels", "reversed"),
    EventKind.DOCKET_SENT: QT_TRANSLATE_NOOP("labels", "docket given to the caller"),
}
# The resolution causes as stored (services.lifecycle.RESOLUTION_CAUSES).
_CAUSE = {
    "fuse replaced": QT_TRANSLATE_NOOP("labels", "fuse replaced"),
    "jumper repaired": QT_TRANSLATE_NOOP("labels", "jumper repaired"),
    "conductor joined": QT_TRANSLATE_NOOP("labels", "conductor joined"),
    "DT replaced": QT_TRANSLATE_NOOP("labels", "DT replaced"),
    "DT fuse replaced": QT_TRANSLATE_NOOP("labels", "DT fuse replaced"),
    "service cable repaired": QT_TRANSLATE_NOOP("labels", "service cable repaired"),
    "pole straightened or replaced": QT_TRANSLATE_NOOP("labels", "pole straightened or replaced"),
    "supply restored from feeder": QT_TRANSLATE_NOOP("labels", "supply restored from feeder"),
    "other": QT_TRANSLATE_NOOP("labels", "other"),
}
_CALLBACK = {
    CallbackOutcome.RESTORED: QT_TRANSLATE_NOOP("labels", "supply restored"),
    CallbackOutcome.NOT_RESTORED: QT_TRANSLATE_NOOP("labels", "not restored"),
    CallbackOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("labels", "unreachable"),
}
_DESIGNATION = {
    Designation.LINEMAN: QT_TRANSLATE_NOOP("labels", "Lineman"),
    Designation.JE: QT_TRANSLATE_NOOP("labels", "JE"),
    Designation.SDO: QT_TRANSLATE_NOOP("labels", "SDO"),
    Designation.EE: QT_TRANSLATE_NOOP("labels", "EE"),
}
# The names of the facts a history line shows (gui.details_panel).
_FIELD = {
    "cause": QT_TRANSLATE_NOOP("labels", "cause"),
    "note": QT_TRANSLATE_NOOP("labels", "note"),
    "outcome": QT_TRANSLATE_NOOP("labels", "outcome"),
    "attempt": QT_TRANSLATE_NOOP("labels", "attempt"),
    "reason": QT_TRANSLATE_NOOP("labels", "reason"),
    "sop_hours_late": QT_TRANSLATE_NOOP("labels", "hours past SoP"),
    "channel": QT_TRANSLATE_NOOP("labels", "channel"),
    "incident_id": QT_TRANSLATE_NOOP("labels", "incident"),
    "officer": QT_TRANSLATE_NOOP("labels", "officer"),
    "from": QT_TRANSLATE_NOOP("labels", "from"),
    "to": QT_TRANSLATE_NOOP("labels", "to"),
    "number": QT_TRANSLATE_NOOP("labels", "number"),
    "duplicate_of": QT_TRANSLATE_NOOP("labels", "duplicate of"),
    "sop": QT_TRANSLATE_NOOP("labels", "SoP"),
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


def event_text(kind: str) -> str:
    """A history line's event, in words ("follow-up call"); an unknown kind as stored."""
    try:
        return _t(_EVENT[EventKind(kind)])
    except ValueError:
        return kind


def cause_text(cause: str) -> str:
    """A resolution cause as stored, in the language of the desk."""
    return _t(_CAUSE[cause]) if cause in _CAUSE else cause


def designation_text(designation: Designation) -> str:
    return _t(_DESIGNATION[designation])


def field_text(name: str) -> str:
    return _t(_FIELD[name]) if name in _FIELD else name


def value_text(name: str, value: object) -> str:
    """A fact's value in words where it is a code: a cause, a channel, an outcome."""
    text = str(value)
    if name == "cause":
        return cause_text(text)
    if name == "channel":
        for kind, words in ((Channel, _CHANNEL), (ContactChannel, _CONTACT_CHANNEL)):
            try:
                return _t(words[kind(text)])  # type: ignore[index]
            except ValueError:
                continue
        return text
    if name == "outcome":
        for outcome, words in ((CallbackOutcome, _CALLBACK), (ContactOutcome, _OUTCOME)):
            try:
                return _t(words[outcome(text)])  # type: ignore[index]
            except ValueError:
                continue
    return text
