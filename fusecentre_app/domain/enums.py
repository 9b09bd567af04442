"""The closed vocabularies of the domain, stored in the database by their string values."""

from __future__ import annotations

from enum import StrEnum


class Area(StrEnum):
    """Whether a feeder serves a town or villages; SoP hours differ between the two."""

    URBAN = "urban"
    RURAL = "rural"


class Designation(StrEnum):
    """Rungs of the escalation ladder, lowest first."""

    LINEMAN = "LINEMAN"
    JE = "JE"
    SDO = "SDO"
    EE = "EE"


class Channel(StrEnum):
    """How a complaint reached the centre."""

    PHONE = "phone"
    HELPLINE_1912 = "1912"
    SOCIAL = "social"
    WALK_IN = "walk_in"
    OFFICER = "officer"
    # Written down at the Monday and Friday consumer hearings (उपभोक्ता सुनवाई) and brought to
    # the centre as a list (see `services.intake`).
    HEARING = "hearing"


class Status(StrEnum):
    """Where a complaint is in its life (see `lifecycle`)."""

    NEW = "new"
    ASSIGNED = "assigned"
    ATTENDING = "attending"
    RESOLVED = "resolved"
    REOPENED = "reopened"
    CLOSED_VERIFIED = "closed_verified"
    CLOSED_UNVERIFIED = "closed_unverified"
    CANCELLED = "cancelled"

    @property
    def is_open(self) -> bool:
        return self not in CLOSED_STATUSES


CLOSED_STATUSES = frozenset({Status.CLOSED_VERIFIED, Status.CLOSED_UNVERIFIED, Status.CANCELLED})
OPEN_STATUSES = frozenset(set(Status) - CLOSED_STATUSES)
# As stored, in a fixed order (for SQL `IN` lists, so statements cache).
OPEN_STATUS_VALUES = tuple(sorted(s.value for s in OPEN_STATUSES))
# Open and the fault still to be put right (a resolved complaint awaits only its callback):
# what can be resolved, linked to an incident, escalated, or counts as pending.
PENDING_STATUSES = frozenset({Status.NEW, Status.ASSIGNED, Status.ATTENDING, Status.REOPENED})
PENDING_STATUS_VALUES = tuple(sorted(s.value for s in PENDING_STATUSES))


class EventKind(StrEnum):
    """What an event on a complaint records."""

    LOGGED = "logged"
    FOLLOW_UP = "follow_up"
    ASSIGNED = "assigned"
    ATTENDED = "attended"
    RESOLVED = "resolved"
    CALLBACK = "callback"
    REOPENED = "reopened"
    CLOSED = "closed"
    CANCELLED = "cancelled"
    AMENDED = "amended"
    LINKED = "linked"
    UNLINKED = "unlinked"
    CONTACTED = "contacted"
    CONTACT_OUTCOME = "contact_outcome"
    ESCALATED = "escalated"
    REVERSED = "reversed"
    DOCKET_SENT = "docket_sent"


class ContactChannel(StrEnum):
    """How the desk reached for an officer."""

    CALL = "call"
    QR = "qr"
    WHATSAPP = "whatsapp"
    SMS = "sms"
    COPY = "copy"


class DocketChannel(StrEnum):
    """How the caller was given the docket: an SMS from the desk's phone app, the centre's
    mobile after scanning the QR code, or a printed slip for a walk-in."""

    SMS = "sms"
    QR = "qr"
    SLIP = "slip"


class ContactOutcome(StrEnum):
    """What came of a contact attempt, as the clerk records it."""

    ANSWERED = "answered"
    NO_ANSWER = "no_answer"
    BUSY = "busy"
    SWITCHED_OFF = "switched_off"
    MESSAGE_SENT = "message_sent"

    @property
    def unanswered(self) -> bool:
        return self in (ContactOutcome.NO_ANSWER, ContactOutcome.BUSY, ContactOutcome.SWITCHED_OFF)


class IncidentKind(StrEnum):
    """The fault behind a group of complaints."""

    FEEDER_TRIP = "feeder_trip"
    DT_FAILURE = "dt_failure"


class CallbackOutcome(StrEnum):
    """What the consumer said when called back after a resolution."""

    RESTORED = "restored"
    NOT_RESTORED = "not_restored"
    UNREACHABLE = "unreachable"
