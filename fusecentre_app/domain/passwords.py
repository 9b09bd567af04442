"""What makes a desk password acceptable: long enough, and not one that guessers try first.

The desk PC sits in a public office, so the list below holds the passwords of ten or more
characters that lead published lists of leaked passwords, and the ones people at a fuse-call
centre would reach for (the office, the district, the helpline).
"""

from __future__ import annotations

MIN_LENGTH = 10

COMMON = frozenset(
    {
        "1234567890",
        "0987654321",
        "12345678910",
        "123456789a",
        "1234567890a",
        "a123456789",
        "1111111111",
        "0000000000",
        "1q2w3e4r5t",
        "1qaz2wsx3edc",
        "qwertyuiop",
        "qwerty1234",
        "qwerty12345",
        "qwerty123456",
        "asdfghjkl1",
        "zxcvbnm123",
        "abcdefghij",
        "abcd123456",
        "abc1234567",
        "password12",
        "password123",
        "password1234",
        "password@123",
        "passw0rd123",
        "p@ssw0rd123",
        "p@ssword123",
        "iloveyou12",
        "iloveyou123",
        "welcome123",
        "welcome@123",
        "welcome1234",
        "administrator",
        "admin12345",
        "admin@1234",
        "admin@12345",
        "changeme123",
        "letmein1234",
        "football12",
        "sunshine12",
        "princess12",
        "india12345",
        "india@1234",
        "bharat1234",
        "bihar12345",
        "bihar@1234",
        "buxar12345",
        "buxar@1234",
        "dumraon123",
        "patna12345",
        "helpline1912",
        "1912helpline",
        "fusecall123",
        "fusecentre",
        "fusecentre1",
        "fusecentre123",
        "electricity",
        "electricity1",
        "bijli12345",
        "lineman123",
        "desk123456",
        "clerk12345",
        "supervisor",
        "supervisor1",
        "inspector1",
        "demo123456",
        "test123456",
        "computer123",
        "jaihind123",
        "jaishriram",
        "jaishreeram",
        "omnamahshivay",
        "krishna123",
    }
)


def password_problem(password: str, username: str = "") -> str | None:
    """Why a password will not do, as one sentence; None when it will."""
    if len(password) < MIN_LENGTH:
        return f"Use at least {MIN_LENGTH} characters."
    folded = password.casefold()
    if folded in COMMON or folded.rstrip("!@#.") in COMMON:
        return "This password is one that guessers try first; choose another."
    if len(set(folded)) <= 2:
        return "Use more than one or two different characters."
    if len(username) >= 3 and username.casefold() in folded:
        return "Do not put your user name in your password."
    return None
