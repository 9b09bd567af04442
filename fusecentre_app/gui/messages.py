"""The desk's sentences from the core (`domain.messages.Message`) in the language installed.

A refusal, a field message or a register remark is translated here, at the moment it is
shown or printed: its template through `QCoreApplication.translate`, then filled with the
values the service put in it. Plain text (a sentence from outside the desk) is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from fusecentre_app.domain.messages import say


def qt_lookup(context: str, template: str) -> str:
    """The installed catalogue's template for `template` (the English one if it has none)."""
    return QCoreApplication.translate(context, template)


def shown(text: str) -> str:
    """`text` as the desk shows it: in the language installed if the core marked it."""
    return say(text, qt_lookup)


def error_text(exc: BaseException) -> str:
    """A refusal's sentence as the desk shows it (its first argument, when the core gave a
    `Message`; otherwise the exception's text)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return shown(first) if isinstance(first, str) else str(exc)
