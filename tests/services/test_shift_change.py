"""The change of shift: the incoming clerk takes over from the handover sheet the outgoing
clerk printed; the sheet printed again (by anyone, later) is the same sheet, naming the
outgoing clerk, their note and the incoming clerk; a new sheet in the same minute is a new
sheet; and a handover is offered and taken over once, as a sheet, however often printed."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.reports.printing import handover_pdf
from fusecentre_app.services import accounts
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.handover import handover_moment
from fusecentre_app.services.inspection import prints_of
from fusecentre_app.services.shift_change import pending_handover, take_over
from fusecentre_app.services.uow import CommandLine
from tests.conftest import PASSWORD


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )


@pytest.fixture
def staff(db, centre, clerk):  # type: ignore[no-untyped-def]
    ravi, sunil = (
        accounts.create_user(
            db, username=name, full_name=full, password=PASSWORD, centre_id=centre.id
        )
        for name, full in (("ravi", "Ravi Kumar"), ("sunil", "Sunil Paswan"))
    )
    return clerk, ravi, sunil


def _last_handover_id(db, *moments) -> int:  # type: ignore[no-untyped-def]
    """The last handover print on the local days of `moments` (near midnight India time a
    sheet's day and the print's may differ)."""
    days = {local_day(at) for at in moments}
    return max(p.id for d in days for p in prints_of(db, "BXR", d) if p.kind == "handover")


def test_a_sheet_printed_again_is_the_outgoing_clerks_and_taken_over_once(
    db, centre, staff
) -> None:  # type: ignore[no-untyped-def]
    asha, ravi, sunil = staff
    at = utcnow() - timedelta(hours=1, seconds=17)  # printed "now" then: seconds and all
    first = handover_pdf(db, "BXR", at, outgoing_clerk=asha.full_name, note="DT at Sohni hot")
    first.put_on_record(db, by=asha.id)
    offered = pending_handover(db, centre.id, ravi.id)
    assert offered is not None and offered.outgoing == asha.full_name
    assert pending_handover(db, centre.id, asha.id) is None  # not offered to who printed it
    take_over(db, offered.print_id, user_id=ravi.id)

    # Ravi prints that minute's sheet again later (lost the paper), typing a note of his own.
    moment = handover_moment(db, "BXR", at.replace(second=0))
    assert moment == first.data.at
    again = handover_pdf(db, "BXR", moment, outgoing_clerk="Ravi Kumar", note="my own note")
    data = again.data
    assert data.at == first.data.at and data.outgoing_clerk == asha.full_name
    assert data.note == "DT at Sohni hot" and data.incoming_clerk == "Ravi Kumar"
    assert data.first_printed_by == asha.full_name and data.first_printed_at is not None
    assert data.generated_by == "Ravi Kumar" and data.note_not_printed == "my own note"
    assert "printed again" in again.summary and "note typed now is not on it" in again.summary
    text = _text(again.pdf)
    assert "DT at Sohni hot" in text and "first printed" in text and "my own note" not in text
    again.put_on_record(db, by=ravi.id)

    # Taken over once: nobody else is offered it, and the reprint cannot be taken over.
    assert pending_handover(db, centre.id, sunil.id) is None
    with pytest.raises(ServiceError, match="already taken over"):
        take_over(db, _last_handover_id(db, at), user_id=sunil.id)


def test_a_new_sheet_in_the_same_minute_is_a_new_sheet(db, centre, staff) -> None:  # type: ignore[no-untyped-def]
    asha, ravi, _sunil = staff
    at = (utcnow() - timedelta(minutes=30)).replace(second=5)
    handover_pdf(db, "BXR", at, outgoing_clerk=asha.full_name, note="note A").put_on_record(
        db, by=asha.id
    )
    later = handover_pdf(
        db, "BXR", at + timedelta(seconds=40), outgoing_clerk=ravi.full_name, note="note B"
    )
    assert later.data.first_printed_at is None and later.data.at == at + timedelta(seconds=40)
    assert (later.data.outgoing_clerk, later.data.note) == ("Ravi Kumar", "note B")


def test_a_sheet_is_offered_as_its_first_print_says(db, centre, staff) -> None:  # type: ignore[no-untyped-def]
    asha, ravi, sunil = staff
    now = utcnow()
    morning = handover_pdf(
        db, "BXR", now - timedelta(hours=2), outgoing_clerk=asha.full_name, note="morning"
    )
    morning.put_on_record(db, by=asha.id)
    noon = handover_pdf(db, "BXR", now - timedelta(hours=1), outgoing_clerk=asha.full_name)
    noon.put_on_record(db, by=asha.id)
    # Ravi prints the morning sheet again: it is still Asha's, and the noon one stays offered.
    handover_pdf(db, "BXR", morning.data.at, outgoing_clerk=ravi.full_name).put_on_record(
        db, by=ravi.id
    )
    assert pending_handover(db, centre.id, asha.id) is None  # never her own, reprinted or not
    offered = pending_handover(db, centre.id, sunil.id)
    assert offered is not None and offered.as_of == noon.data.at
    assert offered.outgoing == asha.full_name
    with pytest.raises(ServiceError, match="you printed this handover"):
        take_over(db, _last_handover_id(db, morning.data.at, now), user_id=asha.id)  # reprint


def test_a_command_line_sheet_printed_again_names_its_outgoing_clerk(db, centre, staff) -> None:  # type: ignore[no-untyped-def]
    _asha, ravi, _sunil = staff
    at = (utcnow() - timedelta(hours=1)).replace(second=0, microsecond=0)
    first = handover_pdf(db, "BXR", at, outgoing_clerk="deskops")
    first.put_on_record(db, by=CommandLine("deskops"))
    again = handover_pdf(db, "BXR", at, outgoing_clerk=ravi.full_name)
    assert again.data.outgoing_clerk == "deskops" and again.data.first_printed_at is not None
