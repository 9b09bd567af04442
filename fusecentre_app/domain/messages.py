"""Sentences the desk says (refusals, field messages, register remarks), kept translatable.

A service builds a `Message` from a marked English template and its named values:

    raise NotFound(Message(QT_TRANSLATE_NOOP("refusals", "There is no feeder {code}."), code=c))

Its text is the English sentence, so the command line, the log and any test that reads the
message see what they always saw. The template and the values travel with it, so the desk
translates the template at the moment it shows the sentence (`gui.messages.shown`) or
prints it in a PDF, and puts the same values into it, formatted the same way.

`QT_TRANSLATE_NOOP` is spelt as Qt's so that `pyside6-lupdate` finds every template (it
reads that name with exactly two literal arguments); it returns a `Template` that knows its
context, and a `Message` takes nothing else, so an unmarked sentence is a type error. The
core imports no Qt: translating is done by whoever holds a catalogue (`Message.translated`).
"""

from __future__ import annotations

import logging
import string
from collections.abc import Callable, Mapping
from typing import Any

log = logging.getLogger(__name__)

# (context, English template) → the template in another language ("" when it has none).
Lookup = Callable[[str, str], str]


class Template(str):
    """An English template with `{name}` fields, marked for the catalogue in `context`."""

    context: str

    def __new__(cls, context: str, text: str) -> Template:
        template = super().__new__(cls, text)
        template.context = context
        return template

    def __reduce__(self) -> tuple[Any, ...]:  # copied or pickled, it keeps its context
        return (Template, (self.context, str(self)))

    def fields(self) -> list[str]:
        """The template's fields as written (`{code!r}`), for checking a translation."""
        return placeholders(self)


def QT_TRANSLATE_NOOP(context: str, text: str) -> Template:
    """Mark `text` for the catalogue under `context` (read by pyside6-lupdate)."""
    return Template(context, text)


def placeholders(text: str) -> list[str]:
    """Each `{field}` of a template with its conversion and format, sorted."""
    found = []
    for _literal, name, spec, conversion in string.Formatter().parse(text):
        if name is not None:
            found.append(
                "{"
                + name
                + (f"!{conversion}" if conversion else "")
                + (f":{spec}" if spec else "")
                + "}"
            )
    return sorted(found)


class Message(str):
    """One sentence in English (its text), with the template and values it was made from."""

    template: Template
    args: Mapping[str, Any]

    def __new__(cls, template: Template, /, **args: Any) -> Message:
        english = {name: _joined(value, str) for name, value in args.items()}
        message = super().__new__(cls, template.format(**english))
        message.template = template
        message.args = args
        return message

    def __reduce__(self) -> tuple[Any, ...]:  # copied or pickled, it keeps its template
        return (_message, (self.template, dict(self.args)))

    def translated(self, lookup: Lookup) -> str:
        """The sentence in the catalogue's language: its template looked up, then filled with
        the same values (a value that is itself a `Message` translated too; a tuple of them
        joined with commas). Where the catalogue has no template, or one that does not fit
        the values, the English."""
        text = lookup(self.template.context, self.template)
        if not text:
            return str(self)
        values = {
            name: _joined(value, lambda item: say(item, lookup))
            for name, value in self.args.items()
        }
        try:
            return text.format(**values)
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its values", str(self.template))
            return str(self)


def _message(template: Template, args: dict[str, Any]) -> Message:
    return Message(template, **args)


def _joined(value: Any, each: Callable[[Any], str]) -> Any:
    """A tuple of values as one text ("a, b"); a `Message` in words; any other value as it
    is, so that the template's own format (`{hours:.1f}`) applies to it."""
    if isinstance(value, tuple):
        return ", ".join(each(item) for item in value)
    return each(value) if isinstance(value, Message) else value


def english(_context: str, _template: str) -> str:
    """The lookup of no catalogue: every message in English, as written."""
    return ""


def say(text: str, lookup: Lookup = english) -> str:
    """`text` in the catalogue's language if it is a `Message`, else as it is."""
    return text.translated(lookup) if isinstance(text, Message) else text
