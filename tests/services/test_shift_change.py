"""The change of shift: the incoming clerk takes over from the handover sheet the outgoing
clerk printed; the sheet printed again (by anyone, later) is the same sheet, naming the
outgoing clerk, their note and the incoming clerk; and a handover is taken over once."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader

from fusecentre_app.domain.timeutil import local_day, utcnow
from fusecentre_app.reports.printing import handover_pdf
from fusecentre_app.services import accounts
from fusecentre_app.services.errors import ServiceError
from fusecentre_app.services.inspection import prints_of
from fusecentre_app.services.shift_change import pending_handover, take_over
from tests.conftest import PASSWORD


def _text(pdf: bytes) -> str:
    return " ".join(
        " ".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages).split()
    )


def test_a_sheet_printed_again_is_the_outgoing_clerks_and_taken_over_once(
    db, centre, clerk
) -> None:  # type: ignore[no-untyped-def]
    ravi, sunil = (
        accounts.create_user(
            db, username=name, full_name=full, password=PASSWORD, centre_id=centre.id
        )
        for name, full in (("ravi", "Ravi Kumar"), ("sunil", "Sunil Paswan"))
    )
    at = (utcnow() - timedelta(hours=1)).replace(second=0, microsecond=0)
    first = handover_pdf(db, "BXR", at, outgoing_clerk=clerk.full_name, note="DT at Sohni hot")
    first.put_on_record(db, by=clerk.id)
    offered = pending_handover(db, centre.id, ravi.id)
    assert offered is not None and offered.outgoing == clerk.full_name
    assert pending_handover(db, centre.id, clerk.id) is None  # not offered to who printed it
    take_over(db, offered.print_id, user_id=ravi.id)

    # Ravi prints the sheet again later (lost the paper): Asha's sheet, Asha's note, his name.
    again = handover_pdf(db, "BXR", at + timedelta(seconds=30), outgoing_clerk="Ravi Kumar")
    data = again.data
    assert data.at == first.data.at and data.outgoing_clerk == clerk.full_name
    assert data.note == "DT at Sohni hot" and data.incoming_clerk == "Ravi Kumar"
    assert data.first_printed_by == clerk.full_name and data.first_printed_at is not None
    assert data.generated_by == "Ravi Kumar"
    assert "printed again" in again.summary
    text = _text(again.pdf)
    assert "DT at Sohni hot" in text and "first printed" in text
    again.put_on_record(db, by=ravi.id)

    # Taken over once: nobody else is offered it, and the reprint cannot be taken over.
    assert pending_handover(db, centre.id, sunil.id) is None
    reprint = max(p.id for p in prints_of(db, "BXR", local_day(data.at)) if p.kind == "handover")
    with pytest.raises(ServiceError, match="already taken over"):
        take_over(db, reprint, user_id=sunil.id)
