"""Who may do what: the desk's four roles and, in one table, the use cases each may carry out.

Services ask `may(role, use_case)` inside the transaction that makes the change, with the
role read from the store for the person making it (never taken from the caller); widgets ask
the same table only to hide what would be refused anyway.
"""

from __future__ import annotations

from enum import StrEnum

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message


class Role(StrEnum):
    """A desk user's role. Clerks and supervisors belong to a centre; inspectors and
    administrators may be division-wide (no centre)."""

    CLERK = "clerk"  # logs calls, moves complaints, calls back, contacts officers
    SUPERVISOR = "supervisor"  # the JE or SDO at the centre: also cancels, back-dates, settings
    INSPECTOR = "inspector"  # reads and checks records, inspects; changes no complaint
    ADMIN = "admin"  # accounts and settings

    @property
    def division_wide_allowed(self) -> bool:
        return self in (Role.INSPECTOR, Role.ADMIN)


class UseCase(StrEnum):
    """Each thing a person does that changes the records."""

    LOG_COMPLAINT = "log a complaint"
    FOLLOW_UP = "record a follow-up call"
    MOVE_COMPLAINT = "assign, attend, resolve or call back"
    CANCEL_COMPLAINT = "cancel a complaint"
    AMEND_COMPLAINT = "correct a complaint"
    BACKDATE = "record a call received more than two days ago"
    REVERSE_ACTION = "reverse a mistaken action"
    HANDLE_INCIDENT = "open, link or resolve an incident"
    CONTACT_OFFICER = "record a contact attempt"
    CONTACT_CONSUMER = "give the caller the docket"
    PRINT = "print a register, handover sheet or report"
    ACKNOWLEDGE_HANDOVER = "take over a shift"
    INSPECT = "inspect a centre's day"
    NEGLIGENCE_FILE = "print an officer's negligence case file"
    IMPORT_DIRECTORY = "import the officer directory"
    CENTRE_SETTINGS = "change a centre's settings"
    DIVISION_SETTINGS = "change the division's settings"
    MANAGE_ACCOUNTS = "add, deactivate or reset desk accounts"
    CHANGE_OWN_PASSWORD = "change one's own password"
    SIGN_IN = "sign in or out"
    SET_UP_STORE = "set up a new store"
    LOAD_DIVISION = "load a division's master data"
    BACK_UP = "back up the store"
    RESTORE = "restore the store from a backup"
    RECORD_INTERRUPTION = "record a feeder interruption"
    CORRECT_INTERRUPTION = "correct a feeder interruption"
    UPDATE_FEEDERS = "update the feeders' consumers and area"
    PLAN_SHUTDOWN = "register or correct a planned shutdown"
    RECORD_CLAIM = "record a compensation claim received"
    DECIDE_CLAIM = "decide a compensation claim"
    RECORD_CHECK = "put a clean check of the store on record"


_DESK = frozenset({Role.CLERK, Role.SUPERVISOR})
_EVERYONE = frozenset(Role)

PERMISSIONS: dict[UseCase, frozenset[Role]] = {
    UseCase.LOG_COMPLAINT: _DESK,
    UseCase.FOLLOW_UP: _DESK,
    UseCase.MOVE_COMPLAINT: _DESK,
    UseCase.CANCEL_COMPLAINT: frozenset({Role.SUPERVISOR}),
    UseCase.AMEND_COMPLAINT: _DESK,
    UseCase.BACKDATE: frozenset({Role.SUPERVISOR}),
    UseCase.REVERSE_ACTION: _DESK,
    UseCase.HANDLE_INCIDENT: _DESK,
    UseCase.CONTACT_OFFICER: _DESK,
    UseCase.CONTACT_CONSUMER: _DESK,
    UseCase.PRINT: _EVERYONE,
    UseCase.ACKNOWLEDGE_HANDOVER: _DESK,
    UseCase.INSPECT: frozenset({Role.INSPECTOR, Role.SUPERVISOR}),
    # For the EE's departmental action: the EE (an inspector's or administrator's account
    # at the division) and the centre's JE/SDO.
    UseCase.NEGLIGENCE_FILE: frozenset({Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN}),
    UseCase.IMPORT_DIRECTORY: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    UseCase.CENTRE_SETTINGS: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    UseCase.DIVISION_SETTINGS: frozenset({Role.ADMIN}),
    UseCase.MANAGE_ACCOUNTS: frozenset({Role.ADMIN}),
    UseCase.CHANGE_OWN_PASSWORD: _EVERYONE,
    UseCase.SIGN_IN: _EVERYONE,
    UseCase.SET_UP_STORE: frozenset(),  # the first run's alone (see services.uow)
    UseCase.LOAD_DIVISION: frozenset({Role.ADMIN}),
    UseCase.BACK_UP: _EVERYONE,  # at shift end, whoever is at the desk
    UseCase.RESTORE: frozenset({Role.ADMIN}),
    # The PSS log book is keyed in at the desk; a correction is the JE's or SDO's.
    UseCase.RECORD_INTERRUPTION: frozenset({Role.CLERK, Role.SUPERVISOR, Role.ADMIN}),
    UseCase.CORRECT_INTERRUPTION: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    UseCase.UPDATE_FEEDERS: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    # Shutdowns are the JE's, SDO's or EE's to plan; the desk only reads them to callers.
    UseCase.PLAN_SHUTDOWN: frozenset({Role.SUPERVISOR, Role.ADMIN}),
    # The EE's claims register: the EE (an inspector's or administrator's account at the
    # division) and the centre's JE/SDO, for the claims about that centre's complaints.
    UseCase.RECORD_CLAIM: frozenset({Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN}),
    UseCase.DECIDE_CLAIM: frozenset({Role.SUPERVISOR, Role.INSPECTOR, Role.ADMIN}),
    # Whoever runs `verify` (an inspector, the office at shift end) puts the check on record.
    UseCase.RECORD_CHECK: _EVERYONE,
}

# The command line is run by whoever holds the store itself (the office's administrator):
# it may do the office's work on the store, never the desk's work on complaints.
COMMAND_LINE_MAY = frozenset(
    {
        UseCase.PRINT,
        UseCase.NEGLIGENCE_FILE,
        UseCase.IMPORT_DIRECTORY,
        UseCase.CENTRE_SETTINGS,
        UseCase.DIVISION_SETTINGS,
        UseCase.MANAGE_ACCOUNTS,
        UseCase.LOAD_DIVISION,
        UseCase.BACK_UP,
        UseCase.RESTORE,
        UseCase.RECORD_INTERRUPTION,
        UseCase.CORRECT_INTERRUPTION,
        UseCase.UPDATE_FEEDERS,
        UseCase.PLAN_SHUTDOWN,
        UseCase.RECORD_CLAIM,
        UseCase.DECIDE_CLAIM,
        UseCase.RECORD_CHECK,
    }
)

# One sentence for each refusal, in the words of the person refused.
REFUSALS: dict[UseCase, str] = {
    UseCase.CANCEL_COMPLAINT: Message(
        QT_TRANSLATE_NOOP("messages", "Only a supervisor can cancel a complaint.")
    ),
    UseCase.BACKDATE: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages", "Only a supervisor can record a call received more than two days ago."
            ),
        )
    ),
    UseCase.INSPECT: Message(
        QT_TRANSLATE_NOOP(
            "messages", "Only an inspector or a supervisor can record an inspection."
        ),
    ),
    UseCase.NEGLIGENCE_FILE: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor, an inspector or an administrator can print a negligence case "
                "file.",
            ),
        )
    ),
    UseCase.IMPORT_DIRECTORY: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor or an administrator can import the officer directory.",
            ),
        )
    ),
    UseCase.CENTRE_SETTINGS: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor or an administrator can change the centre's settings.",
            ),
        )
    ),
    UseCase.DIVISION_SETTINGS: Message(
        QT_TRANSLATE_NOOP("messages", "Only an administrator can change the division's settings."),
    ),
    UseCase.MANAGE_ACCOUNTS: Message(
        QT_TRANSLATE_NOOP("messages", "Only an administrator can manage desk accounts.")
    ),
    UseCase.RESTORE: Message(
        QT_TRANSLATE_NOOP("messages", "Only an administrator can restore the store from a backup."),
    ),
    UseCase.CORRECT_INTERRUPTION: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor or an administrator can correct a feeder interruption.",
            ),
        )
    ),
    UseCase.UPDATE_FEEDERS: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor or an administrator can change the feeders' consumers and area.",
            ),
        )
    ),
    UseCase.PLAN_SHUTDOWN: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor or an administrator can register or correct a planned shutdown.",
            ),
        )
    ),
    UseCase.RECORD_CLAIM: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor, an inspector or an administrator "
                "can record a compensation claim.",
            ),
        )
    ),
    UseCase.DECIDE_CLAIM: (
        Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "Only a supervisor, an inspector or an administrator "
                "can decide a compensation claim.",
            ),
        )
    ),
}
INSPECTOR_REFUSAL = Message(
    QT_TRANSLATE_NOOP(
        "messages", "An inspector's account reads and checks records; it cannot change them."
    ),
)
ADMIN_REFUSAL = Message(
    QT_TRANSLATE_NOOP(
        "messages",
        "An administrator's account manages accounts and settings; sign in as a clerk or "
        "supervisor to work on complaints.",
    ),
)


def may(role: Role | str, use_case: UseCase) -> bool:
    return Role(role) in PERMISSIONS[use_case]


def refusal(role: Role | str, use_case: UseCase) -> str:
    """Why `role` may not carry out `use_case`, as one sentence."""
    if use_case in REFUSALS:
        return REFUSALS[use_case]
    if Role(role) == Role.INSPECTOR:
        return INSPECTOR_REFUSAL
    if Role(role) == Role.ADMIN:
        return ADMIN_REFUSAL
    return f"Your account may not {use_case.value}."


def role_label(role: Role | str) -> str:
    return {
        Role.CLERK: "Clerk",
        Role.SUPERVISOR: "Supervisor (JE/SDO)",
        Role.INSPECTOR: "Inspector",
        Role.ADMIN: "Administrator",
    }[Role(role)]
