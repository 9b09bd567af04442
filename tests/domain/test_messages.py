"""The desk's sentences as data: English as written, the template and values kept for the
catalogue, and every marked template in the code filled by exactly the values it names."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from fusecentre_app.domain.messages import QT_TRANSLATE_NOOP, Message, placeholders, say
from fusecentre_app.domain.phone import InvalidPhoneNumber, normalise_phone

PACKAGE = Path(__file__).resolve().parents[2] / "fusecentre_app"
CATALOGUE = {
    ("t", "Feeder {code} has {count} open complaints ({hours:.1f} h)."): (
        "फीडर {code} पर {count} शिकायतें खुली हैं ({hours:.1f} घंटे)।"
    ),
    ("t", "Docket {ways} to the caller"): "शिकायतकर्ता को डॉकेट: {ways}",
    ("t", "sent by SMS"): "SMS से भेजा",
    ("t", "Complaint {docket} {reason}."): "शिकायत {docket} {reason}।",
    ("t", "is closed"): "बंद है",
    ("t", "Broken {code}"): "टूटा {missing}",
}


def lookup(context: str, template: str) -> str:
    return CATALOGUE.get((context, template), "")


def test_a_message_is_its_english_sentence_and_keeps_its_template_and_values() -> None:
    m = Message(
        QT_TRANSLATE_NOOP("t", "Feeder {code} has {count} open complaints ({hours:.1f} h)."),
        code="F-BXR-01",
        count=3,
        hours=2.25,
    )
    assert m == "Feeder F-BXR-01 has 3 open complaints (2.2 h)."
    assert str(m) == "Feeder F-BXR-01 has 3 open complaints (2.2 h)."
    assert type(str(m)) is str
    assert m.template.context == "t" and m.args["code"] == "F-BXR-01"
    # The same values in the translated template, formatted the same way.
    assert m.translated(lookup) == "फीडर F-BXR-01 पर 3 शिकायतें खुली हैं (2.2 घंटे)।"


def test_values_that_are_messages_or_lists_of_them_are_translated_with_the_sentence() -> None:
    ways = Message(
        QT_TRANSLATE_NOOP("t", "Docket {ways} to the caller"),
        ways=(Message(QT_TRANSLATE_NOOP("t", "sent by SMS")), "slip"),
    )
    assert ways == "Docket sent by SMS, slip to the caller"
    assert say(ways, lookup) == "शिकायतकर्ता को डॉकेट: SMS से भेजा, slip"
    refused = Message(
        QT_TRANSLATE_NOOP("t", "Complaint {docket} {reason}."),
        docket="BXR-20261129-042",
        reason=Message(QT_TRANSLATE_NOOP("t", "is closed")),
    )
    assert refused == "Complaint BXR-20261129-042 is closed."
    assert say(refused, lookup) == "शिकायत BXR-20261129-042 बंद है।"


def test_a_missing_or_unfitting_translation_falls_back_to_the_english() -> None:
    untranslated = Message(QT_TRANSLATE_NOOP("t", "Nothing for {x}."), x=1)
    assert say(untranslated, lookup) == "Nothing for 1."
    broken = Message(QT_TRANSLATE_NOOP("t", "Broken {code}"), code="F1")
    assert say(broken, lookup) == "Broken F1"
    assert say("plain text", lookup) == "plain text"


def test_a_domain_refusal_carries_its_message() -> None:
    with pytest.raises(InvalidPhoneNumber) as refused:
        normalise_phone("12345")
    assert str(refused.value) == "This number is too short."
    assert isinstance(refused.value.args[0], Message)


def marked_calls() -> list[tuple[Path, ast.Call, str, set[str]]]:
    """Every `Message(QT_TRANSLATE_NOOP("context", "template"), name=…)` in the package:
    its file, the call, the template and the names of the values given."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "gui" in path.parts or path.name == "messages.py":
            continue  # the GUI translates with tr() and %1; messages.py defines Message
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Message"):
                continue
            marker = node.args[0] if node.args else None
            assert isinstance(marker, ast.Call), f"{path}:{node.lineno}: an unmarked template"
            assert getattr(marker.func, "id", "") == "QT_TRANSLATE_NOOP", f"{path}:{node.lineno}"
            literals = [a.value for a in marker.args if isinstance(a, ast.Constant)]
            assert len(marker.args) == 2 and len(literals) == 2, (
                f"{path}:{node.lineno}: lupdate reads only two literal strings"
            )
            found.append((path, node, literals[1], {k.arg for k in node.keywords if k.arg}))
    return found


def test_every_marked_template_is_filled_by_exactly_the_values_it_names() -> None:
    calls = marked_calls()
    assert len(calls) > 200
    for path, node, template, given in calls:
        wanted = {field.strip("{}").split("!")[0].split(":")[0] for field in placeholders(template)}
        assert wanted == given, f"{path.relative_to(PACKAGE)}:{node.lineno}: {template!r}"


def test_a_copied_or_pickled_message_keeps_its_template_and_values() -> None:
    import copy
    import pickle

    m = Message(QT_TRANSLATE_NOOP("t", "Docket {ways} to the caller"), ways=("sms",))
    for again in (copy.deepcopy(m), pickle.loads(pickle.dumps(m))):
        assert again == m and again.template.context == "t" and again.args == {"ways": ("sms",)}
