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

NUL = "\x00"

COMPLAINT_FIELDS: dict[str, tuple[str, int | None]] = {
    "caller_name": ("caller's name", 120),
    "consumer_no": ("consumer number", 20),
    "locality": ("village or mohalla", 120),
    "address": ("address", 255),
    "landmark": ("landmark", 120),
    "channel_ref": ("social media handle or link", 255),
    "description": ("description", None),  # any length
}
ACCOUNT_FIELDS: dict[str, tuple[str, int | None]] = {
    "full_name": ("person's name", 120),
}
OFFICER_FIELDS: dict[str, tuple[str, int | None]] = {
    "employee_id": ("employee id", 20),
    "name": ("name", 120),
    "name_hi": ("Hindi name", 120),
    "reports_to": ("reports to", 20),
}


def text_problem(label: str, value: str, limit: int | None) -> str | None:
    """One sentence on what stops `value` being stored, naming the field; None if it may."""
    if NUL in value:
        return f"The {label} holds a NUL character (\\x00), which cannot be stored; type it again."
    length = len(value.strip())
    if limit is not None and length > limit:
        return f"The {label} is {length} characters long; it may have at most {limit}."
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
