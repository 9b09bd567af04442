"""Indian phone numbers as callers say them (`+91`, a leading `0`, spaces) made canonical."""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, PhoneNumberType

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message


class InvalidPhoneNumber(ValueError):
    """A number that is not a dialable Indian phone number; the message is for the clerk."""


_DIALABLE = {
    PhoneNumberType.MOBILE,
    PhoneNumberType.FIXED_LINE,
    PhoneNumberType.FIXED_LINE_OR_MOBILE,
}


@lru_cache(maxsize=4096)
def normalise_phone(text: str, *, mobile_only: bool = False) -> str:
    """Return the number in E.164 (`+919835012345`), or raise `InvalidPhoneNumber`.

    Cached: the form checks a number as it is typed, validates it and saves it."""
    raw = re.sub(r"[\s().-]+", "", text or "")
    if not raw:
        raise InvalidPhoneNumber(Message(QT_TRANSLATE_NOOP("messages", "Enter a phone number.")))
    if sum(ch.isdigit() for ch in raw) < 6:
        raise InvalidPhoneNumber(
            Message(QT_TRANSLATE_NOOP("messages", "This number is too short."))
        )
    try:
        number = phonenumbers.parse(raw, "IN")
    except NumberParseException as exc:
        raise InvalidPhoneNumber(
            Message(QT_TRANSLATE_NOOP("messages", "This is not a phone number."))
        ) from exc
    if number.country_code != 91:
        raise InvalidPhoneNumber(
            Message(QT_TRANSLATE_NOOP("messages", "Only Indian numbers (+91) can be recorded."))
        )
    if not phonenumbers.is_valid_number(number):
        raise InvalidPhoneNumber(
            Message(
                QT_TRANSLATE_NOOP(
                    "messages", "This is not a valid Indian phone number; check the digits."
                ),
            )
        )
    kind = phonenumbers.number_type(number)
    allowed = {PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE}
    if kind not in (allowed if mobile_only else _DIALABLE):
        raise InvalidPhoneNumber(
            Message(QT_TRANSLATE_NOOP("messages", "This is not a mobile number."))
        )
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


@lru_cache(maxsize=8192)
def display_phone(e164: str | None) -> str:
    """The way a clerk reads a number aloud: `98350 12345` for mobiles, STD style otherwise.
    Remembered: a list paints each row's number many times (sizing its columns, scrolling),
    and parsing one costs a quarter of a millisecond."""
    if not e164:
        return ""
    try:
        number = phonenumbers.parse(e164, "IN")
    except NumberParseException:
        return e164
    return phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL).lstrip("0").strip()


def is_plausible_prefix(text: str) -> bool:
    """True once enough digits are typed to be worth a lookup (ten national digits)."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if digits.startswith("91") and len(digits) > 10:
        digits = digits[2:]
    return len(digits.lstrip("0")) >= 10
