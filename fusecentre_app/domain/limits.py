"""How long each typed field may be, and the one character no field may hold: one set of
limits for the form, the imports and both stores.

SQLite keeps a name of any length; PostgreSQL refuses one longer than its column, and
refuses the NUL character (`\\x00`, which a copy from another program can carry) in any
text. Checking both here, before the store sees them, makes the two behave alike: the
person is told which field, and nothing is half-saved. The lengths are the columns' in
`db.models` (a test holds them together).
"""

from __future__ import annotations

from collections.abc import Mapping

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message

NUL = "\x00"

COMPLAINT_FIELDS: dict[str, tuple[str, int | None]] = {
    "caller_name": (Message(QT_TRANSLATE_NOOP("field names", "caller's name")), 120),
    "consumer_no": (Message(QT_TRANSLATE_NOOP("field names", "consumer number")), 20),
    "locality": (Message(QT_TRANSLATE_NOOP("field names", "village or mohalla")), 120),
    "address": (Message(QT_TRANSLATE_NOOP("field names", "address")), 255),
    "landmark": (Message(QT_TRANSLATE_NOOP("field names", "landmark")), 120),
    "channel_ref": (Message(QT_TRANSLATE_NOOP("field names", "social media handle or link")), 255),
    "description": (Message(QT_TRANSLATE_NOOP("field names", "description")), None),  # any length
}
ACCOUNT_FIELDS: dict[str, tuple[str, int | None]] = {
    "full_name": (Message(QT_TRANSLATE_NOOP("field names", "person's name")), 120),
}
OFFICER_FIELDS: dict[str, tuple[str, int | None]] = {
    "employee_id": (Message(QT_TRANSLATE_NOOP("field names", "employee id")), 20),
    "name": (Message(QT_TRANSLATE_NOOP("field names", "name")), 120),
    "name_hi": (Message(QT_TRANSLATE_NOOP("field names", "Hindi name")), 120),
    "reports_to": (Message(QT_TRANSLATE_NOOP("field names", "reports to")), 20),
}


def text_problem(label: str, value: str, limit: int | None) -> str | None:
    """One sentence on what stops `value` being stored, naming the field; None if it may."""
    if NUL in value:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages",
                "The {label} holds a NUL character (\\x00), which cannot be stored; type it again.",
            ),
            label=label,
        )
    length = len(value.strip())
    if limit is not None and length > limit:
        return Message(
            QT_TRANSLATE_NOOP(
                "messages", "The {label} is {length} characters long; it may have at most {limit}."
            ),
            label=label,
            length=length,
            limit=limit,
        )
    return None


def text_problems(
    values: Mapping[str, str], fields: Mapping[str, tuple[str, int | None]]
) -> dict[str, str]:
    """Field name -> message for every field of `values` that cannot be stored."""
    found = {}
    for name, (label, limit) in fields.items():
        problem = text_problem(label, values.get(name, ""), limit)
        if problem is not None:
            found[name] = problem
    return found
